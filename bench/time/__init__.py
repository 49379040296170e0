"""Benchmarks of the temporal layer: TempEval-3, publication dates, speed."""
