"""English language data: number words (numbers.py) and nouns numbered by Roman numerals (roman.py).

Read-only tables and pure functions over them.
"""
