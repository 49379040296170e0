"""Build bench/entities/data/translit_pairs.tsv: same-person and different-person name pairs.

Run: python -m bench.entities.make_translit. Each public figure is listed with their name in Cyrillic
(in one or more languages) and common press spellings written by us; every romanization system in
bench/entities/romanize.py is applied to each Cyrillic form. Positive pairs: any two spellings of one
person. Negative pairs: people sharing a given name or with similar surnames (listed below), each
spelled by two systems.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from bench.entities.romanize import all_systems

OUT = Path(__file__).resolve().parent / "data" / "translit_pairs.tsv"

# key: [(language, Cyrillic name), ...], [press spellings]
PEOPLE: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "lukashenko": (
        [("ru", "Александр Лукашенко"), ("be", "Аляксандр Лукашэнка")],
        ["Alexander Lukashenko", "Aliaksandr Lukashenka", "Alyaksandr Lukashenka", "Aleksandr Lukashenko"],
    ),
    "tikhanovskaya": (
        [("ru", "Светлана Тихановская"), ("be", "Святлана Ціханоўская")],
        ["Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya", "Svetlana Tihanovskaya"],
    ),
    "tikhanovsky": (
        [("ru", "Сергей Тихановский"), ("be", "Сяргей Ціханоўскі")],
        ["Sergei Tikhanovsky", "Siarhei Tsikhanouski", "Sergey Tikhanovskiy"],
    ),
    "zelensky": (
        [("uk", "Володимир Зеленський"), ("ru", "Владимир Зеленский")],
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Vladimir Zelenskiy"],
    ),
    "hrytsenko": (
        [("uk", "Анатолій Гриценко"), ("ru", "Анатолий Гриценко")],
        ["Anatoliy Hrytsenko", "Anatoly Grytsenko", "Anatoly Gritsenko"],
    ),
    "peskov": ([("ru", "Дмитрий Песков")], ["Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov"]),
    "mezentsev": ([("ru", "Дмитрий Мезенцев")], ["Dmitry Mezentsev", "Dmitri Mezentsev"]),
    "makey": (
        [("be", "Уладзімір Макей"), ("ru", "Владимир Макей")],
        ["Uladzimir Makei", "Vladimir Makei", "Vladimir Makey"],
    ),
    "semashko": (
        [("be", "Уладзімір Сямашка"), ("ru", "Владимир Семашко")],
        ["Uladzimir Syamashka", "Vladimir Semashko"],
    ),
    "rumas": (
        [("be", "Сяргей Румас"), ("ru", "Сергей Румас")],
        ["Syarhei Rumas", "Sergei Rumas", "Siarhei Rumas"],
    ),
    "golovchenko": (
        [("ru", "Роман Головченко"), ("be", "Раман Галоўчанка")],
        ["Roman Golovchenko", "Raman Halouchanka"],
    ),
    "rapota": ([("ru", "Григорий Рапота")], ["Grigory Rapota", "Grigoriy Rapota"]),
    "kolesnikova": (
        [("ru", "Мария Колесникова"), ("be", "Марыя Калеснікава")],
        ["Maria Kolesnikova", "Maryia Kalesnikava"],
    ),
    "babariko": (
        [("ru", "Виктор Бабарико"), ("be", "Віктар Бабарыка")],
        ["Viktor Babariko", "Viktar Babaryka"],
    ),
    "babariko-son": (
        [("ru", "Эдуард Бабарико"), ("be", "Эдуард Бабарыка")],
        ["Eduard Babariko", "Eduard Babaryka"],
    ),
    "navalny": ([("ru", "Алексей Навальный")], ["Alexei Navalny", "Aleksei Navalnyi", "Alexey Navalny"]),
    "lavrov": ([("ru", "Сергей Лавров")], ["Sergei Lavrov", "Sergey Lavrov"]),
    "shoigu": ([("ru", "Сергей Шойгу")], ["Sergei Shoigu", "Sergey Shoygu"]),
    "mishustin": ([("ru", "Михаил Мишустин")], ["Mikhail Mishustin", "Michail Mishustin"]),
    "zakharova": ([("ru", "Мария Захарова")], ["Maria Zakharova", "Mariya Zakharova"]),
    "kuleba": ([("uk", "Дмитро Кулеба"), ("ru", "Дмитрий Кулеба")], ["Dmytro Kuleba", "Dmitry Kuleba"]),
    "yermak": (
        [("uk", "Андрій Єрмак"), ("ru", "Андрей Ермак")],
        ["Andriy Yermak", "Andrii Yermak", "Andrey Yermak"],
    ),
    "klitschko": (
        [("uk", "Віталій Кличко"), ("ru", "Виталий Кличко")],
        ["Vitali Klitschko", "Vitaliy Klychko", "Vitaly Klichko"],
    ),
    "poroshenko": (
        [("uk", "Петро Порошенко"), ("ru", "Пётр Порошенко")],
        ["Petro Poroshenko", "Pyotr Poroshenko"],
    ),
    "yanukovych": (
        [("uk", "Віктор Янукович"), ("ru", "Виктор Янукович")],
        ["Viktor Yanukovych", "Viktor Yanukovich"],
    ),
    "latushka": (
        [("be", "Павел Латушка"), ("ru", "Павел Латушко")],
        ["Pavel Latushko", "Pavel Latushka", "Paval Latushka"],
    ),
    "tsepkalo": (
        [("ru", "Валерий Цепкало"), ("be", "Валерый Цапкала")],
        ["Valery Tsepkalo", "Valer Tsapkala"],
    ),
    "ermoshina": (
        [("ru", "Лидия Ермошина"), ("be", "Лідзія Ярмошына")],
        ["Lidia Yermoshina", "Lidziya Yarmoshyna"],
    ),
    "kochanova": (
        [("ru", "Наталья Кочанова"), ("be", "Наталля Качанава")],
        ["Natalya Kochanova", "Natallia Kachanava"],
    ),
    "karayev": ([("ru", "Юрий Караев"), ("be", "Юрый Караеў")], ["Yuri Karayev", "Yury Karaeu"]),
}

NEGATIVE = [
    ("peskov", "mezentsev"),
    ("makey", "semashko"),
    ("rumas", "golovchenko"),
    ("rapota", "mezentsev"),
    ("tikhanovskaya", "tikhanovsky"),
    ("babariko", "babariko-son"),
    ("lavrov", "shoigu"),
    ("lavrov", "rumas"),
    ("kolesnikova", "zakharova"),
    ("peskov", "kuleba"),
    ("zelensky", "makey"),
    ("yanukovych", "babariko"),
    ("tikhanovsky", "rumas"),
    ("peskov", "navalny"),
    ("lukashenko", "latushka"),
    ("kochanova", "kolesnikova"),
    ("hrytsenko", "golovchenko"),
    ("klitschko", "ermoshina"),
]
# Extra different-person pairs with similar surnames (Peskov/Peskova are father and daughter).
EXTRA_NEGATIVE = [
    ("Dmitry Peskov", "Elizaveta Peskova"),
    ("Peskov", "Peskova"),
    ("Dmitry Peskov", "Alexei Pushkov"),
    ("Sergei Tikhanovsky", "Svetlana Tikhanovskaya"),
    ("Viktor Babariko", "Eduard Babaryka"),
    ("Sergei Lavrov", "Sergei Lavrenov"),
    ("Maria Kolesnikova", "Maria Kolesnikov"),
    ("Dmitry Medvedev", "Dmitry Mezentsev"),
    ("Alexander Lukashenko", "Alexander Lukashevich"),
    ("Vladimir Putin", "Vladimir Pugin"),
    ("Roman Golovchenko", "Roman Golovanov"),
    ("Sergei Rumas", "Sergei Rudas"),
    ("Grigory Rapota", "Grigory Rapoport"),
    ("Peskov", "Pushkov"),
    ("Lavrov", "Lavrova"),
    ("Tikhanovsky", "Tsikhanouskaya"),
    ("Makey", "Makarov"),
    ("Semashko", "Shumeiko"),
    ("Mezentsev", "Mezentseva"),
    ("Kolesnikova", "Kolesnikov"),
]


People = dict[str, tuple[list[tuple[str, str]], list[str]]]


def spellings(people: People, person: str) -> list[tuple[str, str]]:
    """(spelling, source) for one person: every system on every Cyrillic form, and the press forms."""
    forms, press = people[person]
    found: dict[str, str] = {}
    for language, cyrillic in forms:
        found.setdefault(cyrillic, f"cyrillic-{language}")
        for system, latin in all_systems(cyrillic, language).items():
            found.setdefault(latin, f"{system}-{language}")
    for spelling in press:
        found.setdefault(spelling, "press")
    return sorted(found.items())


def rows(
    people: People, negative: list[tuple[str, str]], extra_negative: list[tuple[str, str]]
) -> list[tuple[str, str, int, str]]:
    """Same-person pairs of every person's spellings, then different-person pairs."""
    out: list[tuple[str, str, int, str]] = []
    for person in people:
        for (a, sa), (b, sb) in itertools.combinations(spellings(people, person), 2):
            out.append((a, b, 1, f"{person}: {sa} / {sb}"))
    for left, right in negative:
        pairs = itertools.product(spellings(people, left)[:4], spellings(people, right)[:4])
        for (a, sa), (b, sb) in pairs:
            out.append((a, b, 0, f"{left} ≠ {right}: {sa} / {sb}"))
    out.extend((a, b, 0, "similar surname, different person") for a, b in extra_negative)
    return out


def write_pairs(out: Path, pairs: list[tuple[str, str, int, str]]) -> None:
    lines = ["a\tb\tsame\tnote"] + [f"{a}\t{b}\t{same}\t{note}" for a, b, same, note in pairs]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {out} ({len(lines) - 1} pairs)")


def main() -> None:
    write_pairs(OUT, rows(PEOPLE, NEGATIVE, EXTRA_NEGATIVE))


if __name__ == "__main__":
    main()
