"""Word lists for in-document coreference: first names by gender, pronouns, titles, role heads and tags."""

from __future__ import annotations

import re


def word_set(words: str) -> frozenset[str]:
    """The space-separated words of `words` as a set."""
    return frozenset(words.split())


MALE_NAMES = word_set(
    "alexander aleksandr alyaksandr aliaksandr dmitry dmitri vladimir uladzimir roman mikhail anton "
    "linas grigory syarhei sergei sergey sergiy nathan donald barack joe joseph john mike michael "
    "bill george viktor victor igor ivan pavel andrei andrey andrzej alexei alexey oleg yuri boris "
    "nikolai emmanuel olaf volodymyr petro gitanas antony jens mark david james robert tom peter paul "
    "ramzan maxim ilya valentin valery vitaly ales pavel yevgeny evgeny artem kirill stepan"
)
FEMALE_NAMES = word_set(
    "svetlana sviatlana jovita hanna alena maria mariya anna olga elena natalia natalya tatiana irina "
    "hillary angela ursula kamala nancy maria veronika veranika lidia lydia yulia julia marina "
    "ekaterina kristina ingrida kaja annalena liz theresa margaret valentina victoria maryna sofia"
)
FEMALE_ENDINGS = ("ova", "eva", "ina", "aya", "skaya", "ienė", "iene", "aitė", "aite", "ytė", "yte", "ska")
MALE_ENDINGS = ("ov", "ev", "sky", "skiy", "ski", "ius", "kas", "nas")
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
            "herself": "f", "they": "p", "them": "p", "their": "p", "themselves": "p"}  # fmt: skip
TITLES = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "madam": "f",
    "dr": "",
    "dr.": "",
}
ROLE_HEADS = word_set(
    "spokesman spokeswoman spokesperson secretary leader president minister premier diplomat head "
    "candidate chancellor ambassador envoy chairman chairwoman governor mayor representative chief "
    "counterpart director official"
)
ROLE_TAGS = (
    ("spokes", re.compile(r"press secretary|spokes(?:man|woman|person)|press (?:officer|service)")),
    ("pm", re.compile(r"prime minister|premier|head of (?:the )?government")),
    ("diplomat", re.compile(r"diplomat|foreign (?:minister|ministry|affairs)|ambassador|envoy")),
    ("minister", re.compile(r"(?<!prime )\bminister\b|\bministry\b")),
    ("candidate", re.compile(r"candidate|contender")),
    ("leader", re.compile(r"\bpresident\b|head of state|\bleader\b")),
    ("secretary", re.compile(r"state secretary")),
    ("governor", re.compile(r"\bgovernor\b")),
    ("mayor", re.compile(r"\bmayor\b")),
)  # fmt: skip
# Tags of roles that, after "of/for/to" behind another role, name the possessor ("spokesman for the mayor").
POSSESSOR_TAGS = frozenset({"leader", "pm", "governor", "mayor"})
NATIONS = {"russian": "ru", "russia": "ru", "kremlin": "ru", "belarusian": "by", "belarus": "by",
           "lithuanian": "lt", "lithuania": "lt", "ukrainian": "ua", "ukraine": "ua", "american": "us",
           "polish": "pl", "poland": "pl", "german": "de", "germany": "de", "french": "fr", "france": "fr",
           "british": "uk", "chinese": "cn", "china": "cn", "kazakh": "kz", "latvian": "lv"}  # fmt: skip
WALK_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
MAX_PRONOUN_SENTENCES = 4
