"""English language data: number words (numbers.py), nouns numbered by Roman numerals (roman.py), the
reporting verbs and their frames (reporting.py) and the other words quote extraction reads (quoting.py).

Read-only tables and pure functions over them.
"""
