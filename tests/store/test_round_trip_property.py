"""Any analysis the model can express comes back from the store unchanged (property-based)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.model import (
    Document,
    DocumentAnalysis,
    Event,
    Mention,
    OffsetMap,
    PublicationDate,
    Quote,
    RemovedSpan,
    Sentence,
    TimeExpression,
    TimeValue,
)
from storyline.store import open_store

DOC = "doc:0123456789abcdef"
texts = st.text(max_size=30)
maybe_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=10_000)
maybe_offsets = st.none() | offsets
days = st.dates().map(lambda d: d.isoformat())
times = st.builds(
    TimeValue,
    value=texts,
    start=days,
    end=days,
    granularity=st.sampled_from(["day", "month", "year", "decade", "unknown"]),
    modifier=st.none() | st.sampled_from(["MID", "APPROX"]),
)
published = st.builds(
    PublicationDate,
    value=st.none() | days,
    source=st.sampled_from(["metadata", "byline", "text", "inferred", "none"]),
    confidence=st.floats(min_value=0, max_value=1),
    evidence=maybe_texts,
)
documents = st.builds(
    Document,
    id=st.just(DOC),
    source=texts,
    format=texts,
    text=st.text(max_size=200),
    raw_text=st.text(max_size=200),
    offset_map=st.builds(OffsetMap, st.lists(st.tuples(offsets, offsets, offsets), max_size=4).map(tuple)),
    title=maybe_texts,
    outlet=maybe_texts,
    author=maybe_texts,
    url=maybe_texts,
    language=maybe_texts,
    published=published,
    removed=st.lists(st.builds(RemovedSpan, start=offsets, end=offsets, reason=texts), max_size=3).map(tuple),
)
ids = st.text(alphabet="abcdef0123456789:", min_size=1, max_size=20)
common = {"id": ids, "document": st.just(DOC), "start": offsets, "end": offsets}
mentions = st.builds(
    Mention,
    **common,
    text=texts,
    label=texts,
    kind=st.sampled_from(["name", "pronoun", "role"]),
    sentence=st.integers(-1, 50),
    refers_to=st.none() | ids,
    entity=st.none() | ids,
)
timexes = st.builds(
    TimeExpression,
    **common,
    text=texts,
    type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    value=texts,
    time=st.none() | times,
    anchor=st.none() | days,
    anchor_rule=texts,
    sentence=st.integers(-1, 50),
)
quotes = st.builds(
    Quote,
    **common,
    text=texts,
    kind=st.sampled_from(["direct", "indirect"]),
    speaker_text=maybe_texts,
    speaker_start=maybe_offsets,
    speaker_end=maybe_offsets,
    speaker_mention=st.none() | ids,
    speaker=st.none() | ids,
    cue_text=maybe_texts,
    cue_start=maybe_offsets,
    cue_end=maybe_offsets,
    relay=maybe_texts,
    said_on=st.none() | times,
    said_on_from=st.sampled_from(["text", "published", "none"]),
    fragments=st.lists(st.tuples(offsets, offsets), max_size=3).map(tuple),
    statement=st.none() | ids,
)
events = st.builds(
    Event,
    **common,
    summary=texts,
    timex=ids,
    time=times,
    planned=st.booleans(),
    mentions=st.lists(ids, max_size=3).map(tuple),
)
analyses = st.builds(
    DocumentAnalysis,
    document=documents,
    sentences=st.lists(
        st.builds(Sentence, document=st.just(DOC), index=offsets, start=offsets, end=offsets), max_size=3
    ).map(tuple),
    mentions=st.lists(mentions, max_size=4).map(tuple),
    timexes=st.lists(timexes, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
)


@settings(max_examples=40, deadline=None)
@given(analysis=analyses)
def test_any_analysis_round_trips(analysis: DocumentAnalysis) -> None:
    with open_store(":memory:") as store:
        store.save_analysis(analysis)
        store.save_analysis(analysis)
        assert list(store.load_analyses()) == [analysis]
