"""Forward cues: words before a date that show it lies ahead of the anchor, even in a past clause.

"The cabinet was reshuffled before the election on August 9" is past tense, but the election is
still to come. A cue is one of these, ending right before the date, in the same sentence:
- "before/ahead of/in the run-up to/until/by" + an event noun phrase + "on/in/of/," ("before the
  presidential election on"), or "before/ahead of/until/in the run-up to (the)" alone ("until",
  "ahead of the August 9 vote");
- "scheduled/due/planned/expected/slated for|on|in", "set for", optionally with a verb between
  ("scheduled to be held on", "set to take place on"; not "set on", as in "the fire was set on");
- "payable/effective/starting/beginning/through" right before the date ("payable Dec. 15",
  "effective Feb. 1", "loans through January");
- "upcoming/coming/forthcoming/next" + an event noun phrase + "on/in/of/," ("the upcoming vote on"),
  or "upcoming/forthcoming (the)" alone ("the upcoming August 9 vote").
A backward cue, "since" with at most a few words of a noun phrase between it and the date ("since
Tuesday", "since the Monday night debate", "missing since the blast about 10 p.m. Tuesday night"),
puts the date before the anchor whatever the tense of the clause (`since_cue`).
A forward cue does not decide alone: the normalizer moves a date forward only when its future occurrence is
close and at most half as far as its past one (see `normalize`). A strong cue ("ahead of", "in the
run-up to", "upcoming", `strong_forward_cue`) decides: a weekday or month right after it is the next
one ("ahead of Thursday's testimony", "ahead of November elections").
"""

from __future__ import annotations

import re

_EVENT = (
    r"(?:elections?|votes?|vote|polls?|ballots?|referendum|referendums|run-?offs?|primar(?:y|ies)"
    r"|caucus(?:es)?|summits?|meetings?|talks|conference|congress|convention|session|hearing|trial"
    r"|deadline|visit|ceremony|inauguration|launch|opening|debate|rally|final|games|race|festival"
    r"|tournament|handover|plenum|assembly)"
)
_NOT_MODIFIER = r"(?:at|in|on|of|for|with|to|and|or|by|from|during|after|before|was|were|is|are|had|has)\b"
_MODIFIERS = rf"(?:(?!{_NOT_MODIFIER})[\w'’-]+\s+){{0,3}}?"  # "presidential", "party's annual"
_PHRASE = rf"(?:(?:the|a|an|this|its|his|her|their|next|upcoming|coming)\s+)?{_MODIFIERS}{_EVENT}"
_LINK = r"(?:\s+(?:on|in|of|for|set for|scheduled for|due on)\s+|\s*,\s*)(?:the\s+)?"
_BEFORE = r"(?:before|ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to|until|till|by)"
_TO_HAPPEN = r"\s+to\s+(?:be\s+)?\w+(?:\s+place)?"
_PLANNED = (
    rf"(?:(?:(?:re)?scheduled|due|planned|expected|slated|fixed)(?:{_TO_HAPPEN})?\s+(?:for|on|in)"
    rf"|set(?:{_TO_HAPPEN}\s+(?:on|in|for)|\s+for))\s+(?:the\s+)?"
)
_FORWARD = re.compile(
    rf"\b(?:{_BEFORE}\s+{_PHRASE}{_LINK}"
    rf"|(?:before|ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to|until|till)\s+(?:the\s+)?"
    rf"|{_PLANNED}"
    rf"|(?:upcoming|coming|forthcoming|next)\s+{_MODIFIERS}{_EVENT}{_LINK}"
    rf"|(?:upcoming|forthcoming)\s+"
    rf"|(?:payable|effective|starting|beginning|through)\s+(?:on\s+)?)$",
    re.IGNORECASE,
)
_WINDOW = 90
# a cue that names what lies ahead outright: the date it precedes is the next one, a weekday or a month
# at any distance ("ahead of Thursday's testimony", "ahead of November elections", "the upcoming June vote")
_STRONG = re.compile(
    rf"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to|(?:the\s+)?(?:upcoming|forthcoming))\s+(?:the\s+)?(?:{_PHRASE}{_LINK})?$",
    re.IGNORECASE,
)


def forward_cue(text: str, start: int, sentence_start: int) -> bool:
    """True when a forward cue (module docstring) ends right before offset `start`."""
    return _FORWARD.search(_window(text, start, sentence_start)) is not None


def strong_forward_cue(text: str, start: int, sentence_start: int) -> bool:
    """True when "ahead of", "in the run-up to" or "upcoming" (with an event noun phrase and "on/in/of"
    between, or nothing) ends right before offset `start`: the date is the next occurrence."""
    return _STRONG.search(_window(text, start, sentence_start)) is not None


# "since" and up to six words of a noun phrase before the date: no clause of its own in between
_SINCE = re.compile(
    r"\bsince\s+(?:(?!(?:he|she|it|they|we|i|you|was|were|is|are|has|have|had|will|would|said|says|then)\b)"
    r"[\w'’.,-]+\s+){0,6}$",
    re.IGNORECASE,
)


def since_cue(text: str, start: int, sentence_start: int) -> bool:
    """True when "since" (module docstring) governs the date at `start`: it lies before the anchor."""
    return _SINCE.search(_window(text, start, sentence_start)) is not None


def _window(text: str, start: int, sentence_start: int) -> str:
    """The text a cue may stand in before `start`: at most _WINDOW characters of its sentence, after
    the last semicolon."""
    window = text[max(sentence_start, start - _WINDOW) : start]
    return window[window.rfind(";") + 1 :]
