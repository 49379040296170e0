"""A page head glued to a lede that names its subject again, and a correspondent's byline (clean/lede.py)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean.lede import byline_end, echo_break
from storyline.model import Document, RawDocument

BODY = "The county expects the repairs to finish in the spring .\nCrews will work at night .\n"


def cleaned(text: str) -> Document:
    document = clean_document(RawDocument(source="t.txt", format="text", raw_text=text))
    assert isinstance(document, Document)
    return document


def lede(line: str) -> str:
    return line[echo_break(line) :]


@pytest.mark.parametrize(
    ("line", "first"),
    [
        (  # caption, then the lede naming the caption's subject again
            "Acme has faced questions over the bridge repairs Acme has denied that its engineers "
            "ignored the warnings about the cables .",
            "Acme has denied",
        ),
        (  # headline and caption, the lede's subject a longer form of the name
            "Mayor to open bridge inquiry Mayor Jo Lane 's statement is due this week County Mayor Jo "
            "Lane will open an inquiry into the bridge repairs , officials say .",
            "County Mayor Jo Lane will",
        ),
        (  # a lower-case head word capitalised at the lede's start, an appositive after an opener
            "River cleanup , new barriers and a plan for the docks The cleanup crews , working since "
            "May , have removed most of the oil from the docks .",
            "The cleanup crews",
        ),
        (  # a descriptor's capitalised word starts the lede, also before a phrase
            "Acme cables on show Photos of spectacular Acme cables were shown to the county board on "
            "Monday , officials said .",
            "Photos of spectacular Acme cables",
        ),
        (  # a short descriptor before the lede's name belongs to the lede
            "Acme gives up on the bridge contract after the delays Engineering firm Acme has withdrawn "
            "from the bridge contract , the county said .",
            "Engineering firm Acme has",
        ),
    ],
)
def test_a_lede_naming_its_heads_subject_again_starts_after_the_head(line: str, first: str) -> None:
    assert lede(line).startswith(first)
    document = cleaned(line + "\n" + BODY)
    assert document.text.startswith(first)
    assert [span.reason for span in document.removed] == ["page head"]


@pytest.mark.parametrize(
    "line",
    [
        # a name inside the first sentence, after a verb, a phrase word or as an object
        "The delays have cost Acme millions , and the county says Acme will pay for the new cables .",
        "The council told Acme on Monday that the bridge repairs must finish by the spring .",
        "Acme engineers worked through the night on the bridge , instead of leaving Acme , they said .",
        "Residents asked the nonpartisan County Board to review the repairs Acme had made to the bridge .",
        "Acme said the inspectors would choose Acme and two other firms for the next stage of repairs .",
        "Acme said the repairs were late , telling county radio host Jo Lane that Acme had no choice .",
        "Acme built a new ramp Sunday into the damaged part of the bridge that collapsed last year .",
        # a descriptor after another name, a quote's attribution, a dateline
        "Acme wants more time for the repairs As the county 's Bridge Board chairman Jo Lane said "
        "on Monday , Acme has asked for two more months .",
        "`` Acme has done what it promised , '' Acme chief Jo Lane told the county board on Monday .",
        # the name inside a phrase: after a preposition and a word, after a descriptor after "from"
        "Acme cables on show Videos taken of rusty Acme cables were shown to the county board on Monday .",
        "When Acme leaves next year , the county will do what it can to ensure its two-year Acme contract "
        "is not seen as a failure .",
        "Acme crews at work on the bridge Crews from Riverside aid charity Acme are repairing the old "
        "span this week .",
        "RIVERTON -- The county said on Monday that the delays would cost the county Acme millions .",
    ],
)
def test_no_lede_break_inside_a_sentence(line: str) -> None:
    assert echo_break(line) == 0, lede(line)


def test_only_the_first_line_is_read_for_a_glued_head() -> None:
    later = (
        "The repairs cost more than planned after Acme found rust Acme has asked the county for more money ."
    )
    assert cleaned(BODY + later + "\n").text.endswith(later)


def test_untokenised_text_is_bounded_by_its_first_full_stop() -> None:
    line = "The county opened the bridge. Its engineers, hired by the county in 2019, say Acme did the work."
    assert echo_break(line) == 0


def test_a_correspondents_byline_opening_the_lede_is_cut() -> None:
    for byline in (
        "By Jo Lane Transport correspondent , BBC News ",
        "By Jo Lane Science reporter , BBC News , Texas ",
    ):
        text = byline + "County engineers say the bridge will reopen in the spring .\n" + BODY
        assert byline_end(text) == len(byline)
        document = cleaned(text)
        assert document.text.startswith("County engineers say the bridge")
        assert [span.reason for span in document.removed] == ["byline"]
    assert byline_end("By Monday , BBC News reported the bridge would open .") == 0
