"""Reading benchmark: seeded samples of storyline's real output, judged by a person (verdicts in data/)."""
