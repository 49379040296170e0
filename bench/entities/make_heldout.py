"""Build bench/entities/data/translit_heldout.tsv: a held-out set of name pairs, written after the matcher
(storyline.names) was frozen and never used to tune it.

Run: python -m bench.entities.make_heldout. Same construction as make_translit.py (every romanization
system on each Cyrillic form, plus press spellings we wrote), on people who are not in the development
set; negatives are people sharing a given name or a surname (Ramzan and Akhmat Kadyrov are son and father).
"""

from __future__ import annotations

from pathlib import Path

from bench.entities.make_translit import rows, write_pairs

OUT = Path(__file__).resolve().parent / "data" / "translit_heldout.tsv"

PEOPLE: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "bialiatski": (
        [("ru", "Алесь Беляцкий"), ("be", "Алесь Бяляцкі")],
        ["Ales Bialiatski", "Ales Byalyatski", "Ales Beliatsky"],
    ),
    "alexievich": (
        [("ru", "Светлана Алексиевич"), ("be", "Святлана Алексіевіч")],
        ["Svetlana Alexievich", "Sviatlana Alexievich", "Svetlana Aleksievich"],
    ),
    "pratasevich": (
        [("ru", "Роман Протасевич"), ("be", "Раман Пратасевіч")],
        ["Roman Protasevich", "Raman Pratasevich"],
    ),
    "tymoshenko": (
        [("uk", "Юлія Тимошенко"), ("ru", "Юлия Тимошенко")],
        ["Yulia Tymoshenko", "Yuliya Tymoshenko", "Yulia Timoshenko"],
    ),
    "yatsenyuk": (
        [("uk", "Арсеній Яценюк"), ("ru", "Арсений Яценюк")],
        ["Arseniy Yatsenyuk", "Arseny Yatsenyuk", "Arsenii Yatseniuk"],
    ),
    "shmyhal": ([("uk", "Денис Шмигаль"), ("ru", "Денис Шмыгаль")], ["Denys Shmyhal", "Denis Shmygal"]),
    "vereshchuk": (
        [("uk", "Ірина Верещук"), ("ru", "Ирина Верещук")],
        ["Iryna Vereshchuk", "Irina Vereshchuk"],
    ),
    "prigozhin": (
        [("ru", "Евгений Пригожин")],
        ["Yevgeny Prigozhin", "Evgeny Prigozhin", "Yevgeniy Prigozhin"],
    ),
    "kadyrov": ([("ru", "Рамзан Кадыров")], ["Ramzan Kadyrov", "Ramzan Kadirov"]),
    "matviyenko": (
        [("ru", "Валентина Матвиенко"), ("uk", "Валентина Матвієнко")],
        ["Valentina Matviyenko", "Valentina Matvienko"],
    ),
    "medvedchuk": (
        [("ru", "Виктор Медведчук"), ("uk", "Віктор Медведчук")],
        ["Viktor Medvedchuk", "Victor Medvedchuk"],
    ),
    "sobyanin": ([("ru", "Сергей Собянин")], ["Sergei Sobyanin", "Sergey Sobianin"]),
    "primakov": ([("ru", "Евгений Примаков")], ["Yevgeny Primakov", "Evgeni Primakov"]),
    "svyrydenko": ([("uk", "Юлія Свириденко")], ["Yulia Svyrydenko", "Yuliia Svyrydenko"]),
    "pushilin": ([("ru", "Денис Пушилин")], ["Denis Pushilin"]),
    "venediktova": ([("uk", "Ірина Венедіктова")], ["Iryna Venediktova", "Irina Venediktova"]),
    "bondarenko": ([("ru", "Роман Бондаренко"), ("be", "Раман Бандарэнка")], ["Raman Bandarenka"]),
}

NEGATIVE = [
    ("prigozhin", "primakov"),
    ("tymoshenko", "svyrydenko"),
    ("shmyhal", "pushilin"),
    ("vereshchuk", "venediktova"),
    ("pratasevich", "bondarenko"),
    ("alexievich", "bialiatski"),
    ("sobyanin", "yatsenyuk"),
]
EXTRA_NEGATIVE = [
    ("Ramzan Kadyrov", "Akhmat Kadyrov"),
    ("Viktor Medvedchuk", "Viktor Medvedev"),
    ("Svetlana Alexievich", "Svetlana Alexeyeva"),
    ("Yulia Tymoshenko", "Yulia Tymoshenkova"),
    ("Arseniy Yatsenyuk", "Arseniy Yatsenko"),
    ("Sergei Sobyanin", "Sergei Sobolev"),
    ("Roman Protasevich", "Roman Protasov"),
    ("Valentina Matviyenko", "Valentina Matveyeva"),
    ("Tymoshenko", "Tymoshenkova"),
    ("Kadyrov", "Kadyrova"),
]


def main() -> None:
    write_pairs(OUT, rows(PEOPLE, NEGATIVE, EXTRA_NEGATIVE))


if __name__ == "__main__":
    main()
