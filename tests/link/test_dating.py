"""infer_publication_dates: a day for undated articles from the dated corpus, and nothing when in doubt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from storyline.extract.events import extract_events
from storyline.extract.mentions import extract_mentions
from storyline.extract.sentences import extract_sentences
from storyline.extract.time import extract_times, resolve_publication_date
from storyline.link.dating import infer_publication_dates
from storyline.link.entities import link_entities
from storyline.link.timeline import build_timeline
from storyline.model import Document, DocumentAnalysis, OffsetMap, PublicationDate
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store
from tests.conftest import SEEDS

# Our own story: a referendum in the made-up Ruritania on Sunday 12 March 2023.
RESULT = (
    "Voters in Ruritania rejected the draft constitution in a referendum on March 12, "
    "the electoral commission announced. Turnout was low in the northern provinces."
)
ANCHOR = (
    "Opposition leaders in Ruritania say the constitution referendum on March 12 was rigged "
    "by the electoral commission."
)
ELAPSED = "Street protests against the referendum result have been going on for three weeks."
WEEKDAY = "The electoral commission rejected a demand for a recount on Tuesday."
FERRY = "A cargo ferry ran aground off the coast of Ruritania on March 12, the coast guard reported."
TODAY = dt.date(2024, 1, 1)


def _analysis(
    nlp: Language, name: str, text: str, published: str | None, weak: bool = False
) -> DocumentAnalysis:
    date = PublicationDate.unknown()
    if published:
        source, confidence = ("inferred", 0.3) if weak else ("metadata", 0.95)
        date = PublicationDate(value=published, source=source, confidence=confidence)
    document = Document(
        id=f"doc:{name}",
        source=name,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=date,
    )
    doc = nlp(text)
    document = resolve_publication_date(document, doc)
    mentions = extract_mentions(document, doc)
    timexes = extract_times(document, doc)
    return DocumentAnalysis(
        document=document,
        sentences=extract_sentences(document, doc),
        mentions=mentions,
        timexes=timexes,
        events=extract_events(document, doc, timexes, mentions, ()),
    )


def _infer(
    nlp: Language,
    dated: list[tuple[str, str]],
    undated: str,
    today: dt.date | None = TODAY,
    weak: bool = False,
) -> dict[str, PublicationDate]:
    analyses = [_analysis(nlp, f"dated{i}", text, day, weak) for i, (text, day) in enumerate(dated)]
    analyses.append(_analysis(nlp, "undated", undated, None))
    assert analyses[-1].document.published.value is None
    entities = link_entities(analyses, ())
    return infer_publication_dates(analyses, build_timeline(analyses, entities), entities, today=today)


def test_year_from_corpus_plus_elapsed_time_plus_weekday(nlp: Language) -> None:
    found = _infer(nlp, [(RESULT, "2023-03-20")], f"{ELAPSED} {ANCHOR}\n\n{WEEKDAY}")
    date = found["doc:undated"]
    # 2023-03-12 (the corpus's referendum) + three weeks = Sunday 2023-04-02; the Tuesday after it.
    assert (date.value, date.source, date.confidence) == ("2023-04-04", "inferred", 0.3)
    assert date.evidence is not None
    assert "March 12 = 2023-03-12" in date.evidence and "three weeks" in date.evidence
    assert "Tuesday → 2023-04-04" in date.evidence
    assert set(found) == {"doc:undated"}


def test_without_a_weekday_the_estimate_itself(nlp: Language) -> None:
    found = _infer(nlp, [(RESULT, "2023-03-20")], f"{ANCHOR} {ELAPSED}")
    assert (found["doc:undated"].value, found["doc:undated"].confidence) == ("2023-04-02", 0.25)


def test_a_week_after_the_event(nlp: Language) -> None:
    text = (
        "Thousands marched in the capital of Ruritania on Sunday, a week after the constitution "
        "referendum on March 12 that the electoral commission ran."
    )
    found = _infer(nlp, [(RESULT, "2023-03-20")], text)
    assert found["doc:undated"].value == "2023-03-19"


def test_no_elapsed_duration_no_day(nlp: Language) -> None:
    assert _infer(nlp, [(RESULT, "2023-03-20")], f"{ANCHOR}\n\n{WEEKDAY}") == {}


def test_corpus_years_in_conflict_give_nothing(nlp: Language) -> None:
    undated = f"{ELAPSED} {ANCHOR}\n\n{WEEKDAY}"
    assert _infer(nlp, [(RESULT, "2022-03-20")], undated)["doc:undated"].value == "2022-04-05"
    assert _infer(nlp, [(RESULT, "2023-03-20"), (RESULT, "2022-03-20")], undated) == {}


def test_a_later_time_reported_in_the_text_conflicts(nlp: Language) -> None:
    later = "The commission was dissolved in June 2023."
    assert _infer(nlp, [(RESULT, "2023-03-20")], f"{ELAPSED} {ANCHOR}\n\n{WEEKDAY} {later}") == {}


def test_same_month_day_of_another_event_gives_nothing(nlp: Language) -> None:
    assert _infer(nlp, [(FERRY, "2023-03-20")], f"{ELAPSED} {ANCHOR}\n\n{WEEKDAY}") == {}


def test_corpus_inferences_never_chain(nlp: Language) -> None:
    """A report from a document dated only as weakly as this rule dates is no anchor."""
    assert _infer(nlp, [(RESULT, "2023-03-20")], f"{ELAPSED} {ANCHOR}", weak=True) == {}


def test_never_a_day_after_today(nlp: Language) -> None:
    undated = f"{ELAPSED} {ANCHOR}\n\n{WEEKDAY}"
    assert _infer(nlp, [(RESULT, "2023-03-20")], undated, today=dt.date(2023, 4, 3)) == {}


def test_a_planned_anchor_or_a_future_weekday_is_no_clue(nlp: Language) -> None:
    planned = ANCHOR.replace("was rigged", "will be rigged")
    assert _infer(nlp, [(RESULT, "2023-03-20")], f"{ELAPSED} {planned}") == {}
    future = "The electoral commission will rule on a recount on Tuesday."
    found = _infer(nlp, [(RESULT, "2023-03-20")], f"{ELAPSED} {ANCHOR}\n\n{future}")
    assert found["doc:undated"].value == "2023-04-02"


@pytest.mark.seeds
def test_seed_003_is_dated_from_the_corpus(tmp_path: Path) -> None:
    """Seed 003 names only "August 9", "five weeks" and "Monday"; seeds 000 and 004 date the election."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    store = open_store(tmp_path / "kb.db")
    ingest_paths([str(SEEDS)], store, Settings())  # the runner applies the inference after linking
    analyses = list(store.load_analyses(with_links=True))
    dated = {Path(a.document.source).name[:3]: a.document.published for a in analyses}
    date = dated["003"]
    assert date.source == "inferred" and date.value is not None
    assert abs(dt.date.fromisoformat(date.value) - dt.date(2020, 9, 14)).days <= 1
    assert date.evidence and "five weeks" in date.evidence
    assert [name for name, d in dated.items() if d.evidence and "same event as" in d.evidence] == ["003"]
    # once dated, nothing is left to infer: a second pass changes nothing
    assert infer_publication_dates(analyses, store.load_links().timeline, store.load_links().entities) == {}
    store.close()


def test_a_weekday_date_pair_takes_the_one_fitting_year_near_the_corpus(nlp: Language) -> None:
    pair = "The electoral commission of Ruritania met on Tuesday, April 4, to count the ballots again."
    found = _infer(nlp, [(FERRY, "2023-03-13")], pair, today=None)
    date = found["doc:undated"]
    assert (date.value, date.source, date.confidence) == ("2023-04-04", "inferred", 0.3)
    assert "Tuesday, April 4 = 2023-04-04" in (date.evidence or "")
    # a weekday the date does not have in any year near the corpus: no date
    wrong = pair.replace("Tuesday", "Friday")
    assert _infer(nlp, [(FERRY, "2023-03-13")], wrong, today=None) == {}
