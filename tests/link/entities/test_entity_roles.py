"""Role mentions resolved at a date through the role table, and given name + patronymic forms."""

from __future__ import annotations

from dataclasses import replace

from entity_builders import analysis, entity_with

from storyline.link.entities import build_role_table, link_entities, who_held
from storyline.model import DocumentAnalysis, Mention, TimeExpression, TimeValue, make_id

RUMAS_2019 = (
    "Talks were led by Belarusian Prime Minister Syarhei Rumas, who met bankers.",
    [("Syarhei Rumas", "PERSON")],
    "2019-10-02",
)
GOLOVCHENKO_2020 = (
    "The cabinet is now led by Belarusian Prime Minister Roman Golovchenko, a former diplomat.",
    [("Roman Golovchenko", "PERSON")],
    "2020-07-15",
)


def with_role(text: str, words: str, published: str | None) -> DocumentAnalysis:
    """A document with one role mention (no refers_to) and no names."""
    doc = analysis([], text=text, published=published)
    start = text.index(words)
    role = Mention(
        id=make_id("mention", doc.document.id, start, start + len(words)),
        document=doc.document.id,
        start=start,
        end=start + len(words),
        text=words,
        label="PERSON",
        kind="role",
        sentence=0,
    )
    return replace(doc, mentions=(role,))


def holder(docs: list[DocumentAnalysis], probe: DocumentAnalysis) -> str | None:
    entities = link_entities([*docs, probe], [])
    role = probe.mentions[0].id
    found = [e.name for e in entities if role in e.mentions]
    assert len(found) <= 1
    return found[0] if found else None


def table_docs() -> list[DocumentAnalysis]:
    return [
        analysis(names, text=text, published=date) for text, names, date in (RUMAS_2019, GOLOVCHENKO_2020)
    ]


def test_a_role_mention_resolves_to_the_holder_at_its_date() -> None:
    docs = table_docs()
    text = "On Monday the Belarusian prime minister opened a plant."
    assert holder(docs, with_role(text, "the Belarusian prime minister", "2021-05-03")) == "Roman Golovchenko"
    assert holder(docs, with_role(text, "the Belarusian prime minister", "2019-12-20")) == "Syarhei Rumas"
    assert holder(docs, with_role(text, "the Belarusian prime minister", "2019-01-20")) is None
    assert holder(docs, with_role(text, "the Belarusian prime minister", None)) is None


def test_the_role_table_never_gives_a_role_to_the_wrong_holder() -> None:
    docs = table_docs()
    entities = link_entities(docs, [])
    table = build_role_table(docs, entities)
    rumas, golovchenko = (
        entity_with(entities, "Syarhei Rumas").id,
        entity_with(entities, "Roman Golovchenko").id,
    )
    assert who_held(table, "Prime Minister of Belarus", "2019-12-31") == rumas != golovchenko
    assert who_held(table, "Prime Minister of Belarus", "2021-06-01") == golovchenko


def test_unqualified_or_dated_roles_stay_unresolved() -> None:
    docs = table_docs()
    text = "The prime minister and the former Belarusian prime minister both spoke."
    assert holder(docs, with_role(text, "The prime minister", "2021-05-03")) is None
    assert holder(docs, with_role(text, "the former Belarusian prime minister", "2021-05-03")) is None


def test_a_former_holder_is_no_holder_afterwards() -> None:
    early = analysis(
        [("Grigory Rapota", "PERSON")],
        text="Union State Secretary Grigory Rapota spoke.",
        published="2020-05-01",
    )
    later = analysis(
        [("Grigory Rapota", "PERSON")],
        text="The former Union State Secretary Grigory Rapota retired.",
        published="2021-04-01",
    )
    probe = with_role("The Union State secretary said so.", "The Union State secretary", "2021-06-01")
    assert holder([early], probe) == "Grigory Rapota"
    assert holder([early, later], probe) is None


def test_a_past_date_in_the_sentence_dates_the_role() -> None:
    docs = table_docs()
    text = "In 2019 the Belarusian prime minister promised reforms."
    probe = with_role(text, "the Belarusian prime minister", "2021-05-03")
    year = TimeExpression(
        id="timex:2019", document=probe.document.id, start=3, end=7, text="2019", type="DATE", value="2019",
        time=TimeValue(value="2019", start="2019-01-01", end="2019-12-31", granularity="year"),
        anchor=None, anchor_rule="absolute", sentence=0,
    )  # fmt: skip
    assert holder(docs, probe) == "Roman Golovchenko"  # the publication date
    assert holder(docs, replace(probe, timexes=(year,))) == "Syarhei Rumas"  # the sentence's past date


def test_given_name_and_patronymic_join_the_one_full_name_in_the_document() -> None:
    one = analysis(
        [("Alexander Lukashenko", "PERSON"), ("Alexander Grigoryevich", "PERSON")],
        text="Alexander Lukashenko arrived. “Alexander Grigoryevich asked me,” the host said.",
    )
    entities = link_entities([one], [])
    assert "Alexander Grigoryevich" in entity_with(entities, "Alexander Lukashenko").aliases
    two = analysis(
        [
            ("Alexander Lukashenko", "PERSON"),
            ("Alexander Lebedev", "PERSON"),
            ("Alexander Grigoryevich", "PERSON"),
        ],
        text="Alexander Lukashenko and Alexander Lebedev met. “Alexander Grigoryevich asked me,” one said.",
    )
    entities = link_entities([two], [])
    assert entity_with(entities, "Alexander Grigoryevich").aliases == ("Alexander Grigoryevich",)


def test_a_surname_ending_in_vich_is_no_patronymic() -> None:
    doc = analysis(
        [("Mikhail Mishustin", "PERSON"), ("Mikhail Myasnikovich", "PERSON")],
        text="Mikhail Mishustin met Mikhail Myasnikovich.",
    )
    assert len(link_entities([doc], [])) == 2
