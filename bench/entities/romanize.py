"""Romanization systems used to build the transliteration test set (generation only, not a runtime part).

ISO 9:1995 (with diacritics), BGN/PCGN for Russian (simplified: no diacritics, y for й), the official
Belarusian (2007/2023 passport style) and Ukrainian (2010 national) systems, and anyascii as a fifth.
Tables are written here by hand from the published standards.
"""

from __future__ import annotations

from anyascii import anyascii

ISO9 = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєїґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "ë",
            "ž",
            "z",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "c",
            "č",
            "š",
            "ŝ",
            "ʺ",
            "y",
            "ʹ",
            "è",
            "û",
            "â",
            "ì",
            "ǔ",
            "ê",
            "ï",
            "g̀",
        ],
        strict=True,
    )
)
BGN_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "ye",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
BELARUS_PASSPORT = dict(
    zip(
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя'",
        [
            "a",
            "b",
            "v",
            "h",
            "d",
            "ie",
            "io",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "y",
            "",
            "e",
            "iu",
            "ia",
            "",
        ],
        strict=True,
    )
)
UKRAINE_2010 = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "",
        ],
        strict=True,
    )
)
SYSTEMS = {"iso9": ISO9, "bgn": BGN_RU, "by-passport": BELARUS_PASSPORT, "ua-2010": UKRAINE_2010}


def romanize(text: str, table: dict[str, str]) -> str:
    """`text` romanized letter by letter; word-initial е/ё/ю/я/є/ї iotated as BGN does (ye, yu, ya)."""
    out: list[str] = []
    for index, char in enumerate(text):
        lower = char.lower()
        latin = table.get(lower)
        if latin is None:
            latin = anyascii(char).lower()
        initial = index == 0 or not text[index - 1].isalpha()
        if initial and table is BGN_RU and lower in "еёюя":
            latin = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}[lower]
        if initial and table in (UKRAINE_2010, BELARUS_PASSPORT) and lower in "єїйюяеё":
            latin = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "е": "e", "ё": "yo"}.get(
                lower, latin
            )
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def all_systems(text: str, language: str) -> dict[str, str]:
    """`text` in every system that applies to its language (ru, be, uk), plus anyascii."""
    chosen = {"iso9": ISO9, "anyascii": {}}
    chosen.update(
        {"ru": {"bgn": BGN_RU}, "be": {"by-passport": BELARUS_PASSPORT}, "uk": {"ua-2010": UKRAINE_2010}}[
            language
        ]
    )
    return {name: (romanize(text, table) if table else anyascii(text)) for name, table in chosen.items()}
