"""The temporal layer: publication dates, temporal expressions (TIMEX3) and their anchoring."""

from storyline.extract.time.extract import extract_times, times_in
from storyline.extract.time.publication import resolve_publication_date

__all__ = ["extract_times", "resolve_publication_date", "times_in"]
