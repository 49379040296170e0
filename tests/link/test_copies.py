"""Document-level copies: passages grouped per pair (origin first), and rewrites found by shared facts."""

from __future__ import annotations

from storyline.link.copies import link_copies
from storyline.link.duplicates import find_near_duplicates
from storyline.model import (
    Document,
    DocumentAnalysis,
    Mention,
    OffsetMap,
    PublicationDate,
    Quote,
    TimeExpression,
    TimeValue,
    make_id,
)

LINES = [
    "The two prime ministers met in Kazan on Wednesday and agreed on the remaining integration roadmaps.",
    "Farmers in the south asked for more storage capacity near the border crossings this winter.",
    "The ferry company cancelled three sailings because of the storm that hit the coast overnight.",
]
QUOTE = "We handed over the projects of 26 union programs to the Russian side"


def analysis(text: str, published: str, *, facts: bool = False) -> DocumentAnalysis:
    doc_id = make_id("doc", text)
    document = Document(
        id=doc_id,
        source=published,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value=published, source="metadata", confidence=0.95),
    )
    if not facts:
        return DocumentAnalysis(document=document)
    start = text.index(QUOTE)
    quote = Quote(
        id=make_id("quote", doc_id, start),
        document=doc_id,
        start=start,
        end=start + len(QUOTE),
        text=QUOTE,
        kind="direct",
    )
    mentions = tuple(
        Mention(
            id=make_id("mention", doc_id, text.index(n)),
            document=doc_id,
            start=text.index(n),
            end=text.index(n) + len(n),
            text=n,
            label="PERSON",
        )
        for n in ("Golovchenko", "Mishustin")
    )
    day = TimeValue(value="2021-04-23", start="2021-04-23", end="2021-04-23", granularity="day")
    timex = TimeExpression(
        id="t",
        document=doc_id,
        start=0,
        end=1,
        text="x",
        type="DATE",
        value="2021-04-23",
        time=day,
        anchor=None,
        anchor_rule="none",
    )
    return DocumentAnalysis(document=document, quotes=(quote,), mentions=mentions, timexes=(timex,))


def test_a_whole_copy_and_a_passage_copy_point_at_the_earliest_document() -> None:
    origin = analysis(" ".join(LINES), "2021-04-01")
    whole = analysis(" ".join(LINES[:2]), "2021-04-03")
    part = analysis(
        f"{LINES[2]} Nothing in this other report was about ferries or about the weather at all.",
        "2021-04-02",
    )
    corpus = [whole, part, origin]
    copies = link_copies(corpus, find_near_duplicates([a.document for a in corpus]))
    kinds = {(c.origin, c.copy): c.kind for c in copies}
    assert kinds[(origin.document.id, whole.document.id)] == "document"
    assert kinds[(origin.document.id, part.document.id)] == "passage"
    assert all(c.passages and c.passages[0].origin == c.origin for c in copies)


def test_a_rewrite_with_the_same_quote_and_facts_is_linked_to_its_source() -> None:
    source = analysis(
        f'Golovchenko met Mishustin. "{QUOTE}," he said on April 23, of 26 programs.',
        "2021-04-28",
        facts=True,
    )
    rewrite = analysis(
        f'After talks with Mishustin, Golovchenko said: "{QUOTE}." That was 26 plans on 23 April.',
        "2021-04-29",
        facts=True,
    )
    unrelated = analysis(LINES[1], "2021-04-27")
    [copy] = link_copies([rewrite, unrelated, source], ())
    assert (copy.origin, copy.copy, copy.kind) == (source.document.id, rewrite.document.id, "rewrite")
    assert "number:26" in copy.shared and "date:2021-04-23" in copy.shared


FOOTER = "Comments on this story are moderated and may take up to a day to appear under the article."
TOPICS = [
    "The river flooded three villages near the dam and rescuers evacuated the farms overnight.",
    "The central bank raised its interest rate by half a point to fight rising consumer prices.",
    "The football club signed a young striker from the league champions for a record fee.",
    "The museum reopened its ancient gallery after the restoration of the painted ceiling.",
]


def test_a_footer_under_unrelated_articles_is_furniture_but_a_shared_story_passage_is_a_copy() -> None:
    pages = [analysis(f"{line}\n{FOOTER}", f"2021-04-0{i + 1}") for i, line in enumerate(TOPICS)]
    wire = [
        analysis(f"{LINES[0]}\n{LINES[1]}", "2021-04-10"),
        analysis(f"{LINES[0]}\n{LINES[2]}", "2021-04-11"),
    ]
    everything = [*pages, *wire]
    duplicates = find_near_duplicates([a.document for a in everything])
    assert len({p.a.document for p in duplicates} | {p.b.document for p in duplicates}) == 6  # footers found
    copies = link_copies(everything, duplicates)
    assert [(c.origin, c.copy) for c in copies] == [(wire[0].document.id, wire[1].document.id)]


def named(text: str, names: list[str], published: str) -> DocumentAnalysis:
    """An analysis whose mentions are `names` (GPEs), found in `text` in order."""
    bare = analysis(text, published)
    mentions, position = [], 0
    for name in names:
        start = text.index(name, position)
        position = start + len(name)
        mention = Mention(
            id=make_id("mention", bare.document.id, start),
            document=bare.document.id, start=start, end=position, text=name, label="GPE",
        )  # fmt: skip
        mentions.append(mention)
    return DocumentAnalysis(document=bare.document, mentions=tuple(mentions))


def test_a_wire_passage_of_one_story_recycled_into_an_unrelated_article_stays_a_copy() -> None:
    places = ["Kazan", "Minsk", "Moscow", "Belarus", "Russia"]
    lead = "Officials from Kazan, Minsk, Moscow, Belarus and Russia met again."
    wire = [
        named(f"{lead} {tail}\n{LINES[0]}", places, f"2021-04-1{i}")
        for i, tail in enumerate(("Talks went on.", "Talks ended.", "Talks resumed."))
    ]
    unrelated = analysis(f"{TOPICS[0]}\n{LINES[0]}", "2021-04-20")
    everything = [*wire, unrelated]
    copies = link_copies(everything, find_near_duplicates([a.document for a in everything]))
    assert (wire[0].document.id, unrelated.document.id) in {(c.origin, c.copy) for c in copies}
