"""Cleaning quality gate: our HTML path against trafilatura alone on the article-extraction benchmark."""
