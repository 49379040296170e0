"""Cleaning: boilerplate removal and normalisation with a map back to raw offsets."""
