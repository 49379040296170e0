"""English nouns that take a Roman numeral after them ("World War I", "Phase II", "Title IX").

A capital "I" right after one of them is the numeral one, not the writer speaking; code that looks for
first-person voice (summarize/reportable.py) reads it as a number.
"""

from __future__ import annotations

from typing import Final

NUMBERED_BY_ROMAN: Final = (
    "War", "Phase", "Title", "Class", "Type", "Stage", "Chapter", "Part", "Act", "Article", "Section",
    "Level", "Category", "Round", "Division", "Grade", "Schedule", "Annex", "Volume", "Book", "Tier",
)  # fmt: skip
