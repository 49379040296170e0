"""English quotations and speaker labels as text patterns, one definition for every stage that reads them.

Stages read these without a parse: cleaning tells a reader's line from a news line by what stands
outside quotation marks and by a transcript's turn (clean/voice.py); summarising keeps a source's "I"
and "you" inside quotation marks out of the page-talk test (summarize/reportable.py) and weighs a
sentence holding a quotation (summarize/choose.py); quote extraction reads a speaker label opening a
paragraph (extract/quotes/labels.py). The quote extractor pairs marks with a state machine of its own
(extract/quotes/marks.py): these patterns are for a line or a sentence read alone.
"""

from __future__ import annotations

import re

# A quotation in a sentence or a line read alone: wire and treebank style ``…'' (a '' with no `` before
# it closes a quote opened in an earlier sentence), "straight", “curly” and «guillemets»; a quote
# opened and not closed runs to the end (it goes on in the next sentence or paragraph).
QUOTATION = re.compile(
    r"^(?:(?!``).)*?''|``.*?(?:''|$)|\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)|«[^»]*(?:»|$)", re.DOTALL
)
# A quotation mark of any of those conventions, opening or closing: a sentence holding one carries
# someone's words, also when it only closes a quote opened in an earlier sentence ("... ,” she said.").
QUOTE_MARK = re.compile(r"``|''|[\"“”«»]")

# A speaker label opening a line: who speaks, a colon and what they say ("Sanders: Clinton email story
# has moved", "TAPPER : Do you think …", "Dr. Ben Carson: …"), or nothing more on the line ("BLITZER :").
# Who reads it decides which labels name a speaker: a paragraph's label (extract/quotes/labels.py) has
# only a short title's period (`only_title_periods`), a transcript's turn a name alone (`NAME_LABEL`).
SPEAKER_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\n:!?]{1,60}?)[ \t]*:(?:[ \t]+(?P<content>[^\n]+?))?[ \t]*$"
)
# A label that is a name alone: one to four capitalised words, commas between them allowed ("BLITZER",
# "Jacqueline Savitz", "Silver Spring , Md.", "POPPY HARLOW , CNNMONEY.COM"), as a transcript's or a live
# chat's turn is led.
NAME_LABEL = re.compile(r"[A-Z][\w.'-]*(?:[ \t]*,?[ \t]+[A-Z][\w.'-]*){0,3}")
# A period in a label that closes no short title ("Dr.", "Sen.", "Md."): "U.S." or an initial, as in a
# headline "Cheney to U.S.: …", which is no label.
_NOT_A_TITLE_PERIOD = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.")


def opens_with_name_label(line: str) -> bool:
    """Whether `line` opens with a speaker label that is a name alone (a transcript's or chat's turn)."""
    match = SPEAKER_LABEL.match(line)
    return match is not None and NAME_LABEL.fullmatch(match.group("label")) is not None


def only_title_periods(label: str) -> bool:
    """Whether every period in `label` closes a short title ("Dr. Ben Carson", not "Cheney to U.S.")."""
    return _NOT_A_TITLE_PERIOD.search(label) is None
