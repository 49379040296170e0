"""build_brief's day choice (adjacent days spread) and sentence choice (quoted sentences weighed down)."""

from __future__ import annotations

from storyline.model import (
    Document,
    DocumentAnalysis,
    Event,
    OffsetMap,
    PublicationDate,
    Sentence,
    TimeValue,
)
from storyline.summarize.brief import BriefOptions, DayWeights, build_brief
from storyline.summarize.choose import SentenceWeights


def analysis(doc_id: str, published: str, text: str, dated: dict[str, str]) -> DocumentAnalysis:
    """One document; each sentence of `text` (split on ". ") that appears in `dated` reports that day."""
    sentences, events, start = [], [], 0
    for index, piece in enumerate(text.split(". ")):
        end = start + len(piece) + 1
        sentences.append(Sentence(document=doc_id, index=index, start=start, end=end))
        if piece in dated:
            day = dated[piece]
            time = TimeValue(value=day, start=day, end=day, granularity="day")
            events.append(
                Event(id=f"event:{doc_id}:{index}", document=doc_id, start=start, end=end, summary=piece,
                      timex=f"timex:{index}", time=time)
            )  # fmt: skip
        start = end + 1
    document = Document(
        id=doc_id, source=f"{doc_id}.txt", format="text", text=text, raw_text=text,
        offset_map=OffsetMap.identity(len(text)), outlet=doc_id,
        published=PublicationDate(value=published, source="metadata", confidence=0.95),
    )  # fmt: skip
    return DocumentAnalysis(document=document, sentences=tuple(sentences), events=tuple(events))


def corpus() -> list[DocumentAnalysis]:
    """Four reports of the flood of 1 March, three of the rescue the next day, two of the 10 March inquiry."""
    flood = "Floods swept through the river valley towns overnight on Monday"
    rescue = "Rescue teams reached the stranded valley villages by boat on Tuesday"
    inquiry = "The regional government opened an inquiry into the valley flood defences"
    days = [(flood, "2021-03-01")] * 4 + [(rescue, "2021-03-02")] * 3 + [(inquiry, "2021-03-10")] * 2
    return [
        analysis(f"doc:{n}", day, f"Background on the valley. {line}. More.", {line: day})
        for n, (line, day) in enumerate(days)
    ]


def test_adjacent_days_spread_the_chosen_dates() -> None:
    close = build_brief(corpus(), BriefOptions(dates=2, day=DayWeights(adjacent=1.0)))
    assert [d.date for d in close.dates] == ["2021-03-01", "2021-03-02"]
    spread = build_brief(corpus(), BriefOptions(dates=2, day=DayWeights(adjacent=0.5)))
    assert [d.date for d in spread.dates] == ["2021-03-01", "2021-03-10"]


def test_every_date_still_filled_when_spreading() -> None:
    brief = build_brief(corpus(), BriefOptions(dates=3, day=DayWeights(adjacent=0.5)))
    assert [d.date for d in brief.dates] == ["2021-03-01", "2021-03-02", "2021-03-10"]


def test_quoted_sentence_loses_to_the_report() -> None:
    quoted = 'Officials said "the flood waters swept the valley towns overnight on Monday"'
    report = "Floods swept through the valley towns overnight on Monday after heavy rain"
    analyses = [
        analysis("doc:q", "2021-03-01", f"{quoted}. {report}. More.", {quoted: "2021-03-01"}),
        analysis("doc:r", "2021-03-01", f"Intro line here. {report}. More.", {report: "2021-03-01"}),
        analysis("doc:s", "2021-03-01", f"Intro line here. {quoted}. More.", {quoted: "2021-03-01"}),
    ]
    plain = SentenceWeights(quoted=1.0, lead=0)
    down = SentenceWeights(quoted=0.5, lead=0)
    first = build_brief(analyses, BriefOptions(dates=1, sentence=plain)).dates[0].sentences[0]
    chosen = build_brief(analyses, BriefOptions(dates=1, sentence=down)).dates[0].sentences[0]
    assert first.text.startswith("Officials said")
    assert chosen.text.startswith("Floods swept")
    assert chosen.document in {"doc:q", "doc:r"}
