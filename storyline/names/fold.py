"""Folding of names to comparison keys: script- and diacritic-free text, and a romanization-blind key.

`fold_text` turns any script into lowercase ASCII words (anyascii: Лукашэнка → lukashenka,
Linkevičius → linkevicius). `name_key` folds one name word further, so that the spellings the press and
the romanization systems (BGN/PCGN, ISO 9, national passports, Łacinka-ish Polish forms) give for one
Cyrillic name meet on one key, while grammatical gender stays visible:

    Lukashenko, Lukashenka, Łukaszenka, Лукашенко, Лукашэнка  → lukasankA
    Tikhanovskaya, Tihanovskaya, Tsikhanouskaya, Tsikhanouskaja → taganauskA   (Tikhanovsky → …skI)
    Hrytsenko, Grytsenko, Gritsenko → graCankA;   Zelensky, Zelenskyy, Zelenskiy → zalanskI

Body letters fold to a small alphabet (a vowel run other than u → a; kh/h/g → g;
ч, ц, č, c, ts → C, but ці → ti;
sh/š → s; zh/ž → z; dz → d; x → ks; w → v; v after a vowel before a consonant or at the end → u;
ISO 9's â/û/ŝ read as ya/yu/shch; for Arabic names q → g, dh → d and a hyphenated article al-/el- dropped:
Gaddafi, Qaddafi, al-Qaddhafi, Gadhafi meet), doubles collapse; the ending is classified in upper case
(A: -a/-o/-aya/-aja/-ska; I: -iy/-yy/-y/-i/-ei/-ij), so Peskov ≠ Peskova and Tikhanovsky ≠ Tikhanovskaya.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_NON_WORD = re.compile(r"[^a-z0-9\s-]+")
ARABIC_ARTICLES = frozenset({"al", "el"})  # joined by a hyphen to a surname, no part of its key
_SPACES = re.compile(r"\s+")

# ISO 9 letters whose anyascii form would lose what they stand for (â = я, û = ю, ŝ = щ, ǔ = ў).
_ISO9 = str.maketrans(
    {
        "â": "ya",
        "û": "yu",
        "ŝ": "shch",
        "ǔ": "u",
        "ì": "i",
        "è": "e",
        "ë": "yo",
        "ê": "ye",
        "ï": "yi",
        "ʹ": "",
        "ʺ": "",
    }
)

# Endings first (anchored), so that the body rules below do not see them.
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:aya|aja|aia|aja)$"), "A"),
    (re.compile(r"(?<=sk)a$"), "A"),
    (re.compile(r"[eiy]*[iyj]$"), "I"),
    (re.compile(r"[ao]$"), "A"),
)

# Body rewrites, applied in order on lowercase ASCII (upper-case letters are already-folded symbols).
_BODY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"shch|szcz|shtsh|schtsch"), "Q"),  # щ
    (re.compile(r"dzh|dj"), "J"),  # дж
    (re.compile(r"(?:ts|c)(?=[iy])"), "t"),  # Belarusian ці for Russian ти (Tsikhanouskaya)
    (re.compile(r"tsch|tch|ch|cz|ts|tz|c"), "C"),  # ч and ц: one symbol (Linkevičius ~ Linkevicius)
    (re.compile(r"sch|sh|sz"), "s"),  # ш ~ s (Neliupšienė ~ Neliupsiene)
    (re.compile(r"zh|rz"), "z"),  # ж ~ z
    (re.compile(r"x"), "ks"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(?<=d)h"), ""),  # Arabic ذ: Qaddhafi ~ Qaddafi
    (re.compile(r"q"), "g"),  # Arabic ق: Qaddafi ~ Gaddafi
    (re.compile(r"kh|h"), "g"),  # х and Ukrainian/Belarusian г (Hrytsenko/Grytsenko)
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"dz"), "d"),  # Belarusian дз for Russian д (Dzmitry)
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[aeiouy])v(?=[^aeiouyAI]|$)"), "u"),  # ў: Tsikhanouskaya ~ Tikhanovskaya, -ou ~ -ov
    (re.compile(r"^[yij](?=[aeiou])"), ""),  # initial iotation: Yevgeny ~ Evgeny, Ianukovych ~ Yanukovych
    (re.compile(r"(?<=[^aeiouy])[yij](?=[aeou])"), ""),  # я, ю, е, ё after a consonant
    (re.compile(r"j"), "y"),
    (re.compile(r"[aeioy]+"), "a"),  # vowels but u: akanye and romanization make them unreliable
)
_DOUBLES = re.compile(r"(.)\1+")


def fold_text(text: str) -> str:
    """Lowercase ASCII words of `text`, any script, no diacritics or punctuation (hyphens kept)."""
    ascii_text = anyascii(text).lower().replace("'", "").replace("`", "")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", ascii_text)).strip()


def fold_word(word: str) -> str:
    """One word in lowercase ASCII, edge periods, commas, apostrophes and quote marks stripped."""
    return anyascii(word).lower().strip(".,'’\"")


@lru_cache(maxsize=65_536)  # a pure function of the word, asked about the same names again and again
def name_key(word: str) -> str:
    """The romanization-blind key of one name word (a hyphenated word folds part by part).

    A word with letters never gets an empty key: one that folds to nothing (a lone hard sign) keys as
    its casefolded letters."""
    folded = fold_text(word.lower().translate(_ISO9))
    split = [part for part in re.split(r"[\s-]+", folded) if part]
    if len(split) >= 2 and split[0] in ARABIC_ARTICLES:  # al-Qaddhafi ~ Qaddafi, el-Erian ~ Erian
        split = split[1:]
    parts = [_fold_part(part) for part in split]
    key = "-".join(part for part in parts if part)
    return key or "".join(char for char in word.casefold() if char.isalnum())


def _fold_part(part: str) -> str:
    if len(part) >= 3:
        for pattern, replacement in _ENDINGS:
            part, count = pattern.subn(replacement, part)
            if count:
                break
    for pattern, replacement in _BODY:
        part = pattern.sub(replacement, part)
    return _DOUBLES.sub(r"\1", part)


def phrase_key(text: str) -> str:
    """The key of a multi-word name for organisations and places: folded words, no leading article."""
    words = fold_text(text).split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)
