"""Web app and JSON API over a storyline database (planned; see the roadmap in README)."""
