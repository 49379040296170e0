"""English language data: number words (numbers.py); read-only tables and pure functions over them."""
