"""The folding key for names: variants meet, different names and genders stay apart; properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.names import fold_text, given_canonical, initial_matches, name_key

SAME = [
    ("Lukashenko", "Lukashenka", "Łukaszenka", "Лукашенко", "Лукашэнка"),
    ("Tikhanovskaya", "Tihanovskaya", "Tsikhanouskaya", "Tsikhanouskaja", "Tsikhanouska", "Ціханоўская"),
    ("Hrytsenko", "Grytsenko", "Gritsenko", "Гриценко"),
    ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Зеленський"),
    ("Linkevičius", "Linkevicius"),
    ("Wiśniewski", "Wisniewski"),
    ("Syamashka", "Semashko"),
    ("Yanukovych", "Ianukovych", "Yanukovich"),
    ("Gaddafi", "Qaddafi", "Gadhafi", "Qaddhafi", "al-Qaddhafi", "el-Qaddafi"),
    ("Assad", "al-Assad"),
]
DIFFERENT = [
    ("Peskov", "Peskova"),
    ("Tikhanovsky", "Tikhanovskaya"),
    ("Peskov", "Mezentsev"),
    ("Peskov", "Pushkov"),
    ("Makey", "Macron"),
    ("Rumas", "Rapota"),
    ("Golovchenko", "Golovanov"),
    ("Kolesnikova", "Kolesnikov"),
    ("Hrytsenko", "Grishchenko"),
]


@pytest.mark.parametrize("variants", SAME)
def test_variants_share_a_key(variants: tuple[str, ...]) -> None:
    assert len({name_key(v) for v in variants}) == 1, {v: name_key(v) for v in variants}


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    "variants",
    [
        ("Alexander", "Aleksandr", "Aliaksandr", "Alyaksandr", "Oleksandr", "Аляксандр"),
        ("Dmitry", "Dmitri", "Dzmitry", "Dmytro"),
        ("Sergei", "Sergey", "Syarhei", "Siarhei", "Serhiy"),
        ("Vladimir", "Uladzimir", "Volodymyr"),
    ],
)
def test_given_name_equivalents(variants: tuple[str, ...]) -> None:
    assert len({given_canonical(v) for v in variants}) == 1


def test_initials_match_every_spelling_of_a_given_name() -> None:
    assert initial_matches("D", given_canonical("Dmitry"))
    assert initial_matches("U", given_canonical("Vladimir"))
    assert not initial_matches("A", given_canonical("Dmitry"))


NAMES = st.text(
    alphabet=st.sampled_from(
        list(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZčšžłśéёйцукенгшщзхъфывапролджэячсмитьбюўіЁЙЦУК"
        )
    ),
    min_size=1,
    max_size=20,
)


@given(NAMES)
def test_folding_is_idempotent(name: str) -> None:
    assert fold_text(fold_text(name)) == fold_text(name)
    if fold_text(name):
        assert name_key(fold_text(name)) == name_key(name)


@given(NAMES)
def test_key_ignores_case(name: str) -> None:
    assert name_key(name.upper()) == name_key(name.lower()) == name_key(name)


@given(st.text(alphabet=st.sampled_from(list("aeiouclnsz")), min_size=1, max_size=12))
def test_key_ignores_diacritics(name: str) -> None:
    marked = name.replace("c", "č").replace("s", "ś").replace("z", "ž").replace("e", "é").replace("l", "ł")
    assert name_key(marked) == name_key(name)


@given(NAMES)
def test_key_is_never_empty_for_a_letter_name(name: str) -> None:
    assert name_key(name) != ""
