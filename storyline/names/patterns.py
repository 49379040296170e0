"""Compiled text patterns for names NER misses: outlets, web domains, Cyrillic names, surname endings."""

from __future__ import annotations

import re

from storyline.names.lexicon import OUTLETS

# Listed outlets and agencies as whole words, longest first so "RIA Novosti" beats "RIA".
OUTLET_PATTERN = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(name) for name in sorted(OUTLETS, key=len, reverse=True))
    + r")(?![\w])"
)

# A bare web domain used as an outlet name ("Gazeta.ru", "tv3.lt", "kremlin.ru"); not a URL path,
# not an e-mail address.
DOMAIN_PATTERN = re.compile(
    r"(?<![\w./@-])[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:ru|by|ua|lt|lv|ee|pl|eu|com|org|net|info|io|tv|fm|uk|de|fr)(?![\w/.@-])"
)

_CYR_UPPER = "А-ЯЁІЎЄЇҐ"
_CYR_LOWER = "а-яёіўєїґ"
# One to three capitalised Cyrillic words ("Александр Лукашенко", "Лукашэнка").
CYRILLIC_NAME = re.compile(
    rf"(?<![\w])[{_CYR_UPPER}][{_CYR_LOWER}'’-]+(?:\s+[{_CYR_UPPER}][{_CYR_LOWER}'’-]+){{0,2}}(?![\w])"
)

# Two or three capitalised words (Latin or Cyrillic), the first checked against the given-name lexicon.
CAPITALISED_RUN = re.compile(
    r"(?<![\w.])([A-ZÀ-ÖØ-ÞĀ-Ž" + _CYR_UPPER + r"][\w'’-]+)"
    r"\s+([A-ZÀ-ÖØ-ÞĀ-Ž" + _CYR_UPPER + r"][\w'’-]+)"
    r"(?:\s+([A-ZÀ-ÖØ-ÞĀ-Ž" + _CYR_UPPER + r"][\w'’-]+))?"
)

# Patronymics ("Grigoryevich", "Nikolaevna", "Рыгоравіч"): the middle word of a three-word name.
PATRONYMIC = re.compile(r"(?:vich|vych|vna|ovna|evna|ichna|ich|ович|евич|овна|евна|авіч|эвіч|івна)$", re.I)

# Endings of East Slavic, Baltic and Georgian surnames: a capitalised word with one of these before a
# verb of saying is a person, not a place ("Peskov said", "Tikhanovskaya stressed").
SURNAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|sky|skiy|skyy|ski|skaya|skaja|ska|enko|enka|chuk|yuk|vich|vych|shvili|dze|"
    r"ius|iene|aite|yte|ов|ова|ев|ева|ский|ская|енко|энка|вич)$",
    re.IGNORECASE,
)

ROMAN_NUMERAL = re.compile(r"^(?:[IVX]+|[ІⅠ-Ⅻ]+)$")  # not L, C, D, M: "CDC", "DC" and "MD" are names

# Words that follow a given name in non-person names ("Roman Empire", "Nicholas Street").
NOT_SURNAMES: frozenset[str] = frozenset(
    {
        "empire",
        "republic",
        "federation",
        "church",
        "street",
        "square",
        "avenue",
        "university",
        "catholic",
        "catholics",
        "law",
        "bridge",
        "cathedral",
        "palace",
        "airport",
        "day",
        "forum",
    }
)
