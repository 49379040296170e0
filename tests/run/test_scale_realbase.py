"""The real-base scale corpus (bench/scale/realfold.py): frequent real names are kept in every copy."""

from __future__ import annotations

from bench.scale.realfold import kept_names
from bench.scale.vary import SCALE_SHIFT_DAYS, Variation
from storyline.model import Document, DocumentAnalysis, Mention, OffsetMap, PublicationDate, make_id


def analysis(text: str, names: list[str]) -> DocumentAnalysis:
    document = Document(
        id=make_id("doc", text),
        source="s",
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value="2011-02-01", source="metadata"),
    )
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(
            Mention(id=make_id("m", document.id, start), document=document.id, start=start,
                    end=start + len(name), text=name, label="PERSON")
        )  # fmt: skip
    return DocumentAnalysis(document=document, mentions=tuple(mentions))


def test_a_name_in_a_share_of_documents_is_kept_in_every_copy() -> None:
    first = analysis("Barack Obama met Nadia Petrova in Cairo.", ["Barack Obama", "Nadia Petrova"])
    second = analysis("Obama spoke again on Monday.", ["Obama"])
    kept = kept_names([first, second], share=0.6)
    assert kept == {"obama": 2}
    copy = Variation(1, group=1, shift=SCALE_SHIFT_DAYS, keep=frozenset(kept)).analysis(first)
    names = [m.text for m in copy.mentions]
    assert names[0].endswith(" Obama") and names[0] != "Barack Obama"
    assert names[1] != "Nadia Petrova" and len(names[1]) == len("Nadia Petrova")
    assert copy.document.text[copy.mentions[0].start : copy.mentions[0].end] == names[0]
    assert copy.document.published.value == "2011-03-08"
