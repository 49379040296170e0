"""Word lists for quote extraction: reporting verbs, relay verbs and the nouns that carry reported content."""

from __future__ import annotations

# Lemmas of verbs that report speech or writing (direct and indirect).
SPEECH_VERBS = frozenset(
    {
        "say", "add", "tell", "state", "stress", "note", "announce", "recall", "point", "explain",
        "declare", "emphasize", "emphasise", "insist", "claim", "argue", "write", "tweet", "sum",
        "conclude", "continue", "reply", "respond", "answer", "ask", "warn", "comment", "remark",
        "admit", "acknowledge", "confirm", "assure", "suggest", "report", "quote", "mention",
        "clarify", "underline", "observe", "complain", "promise", "predict", "reiterate", "repeat",
        "deny", "urge", "concede", "testify", "call", "describe", "assert", "agree", "maintain",
        "specify", "reaffirm", "post", "accuse", "charge", "allege", "caution", "estimate",
        "tout", "express", "voice", "share", "vow", "pledge", "boast", "joke", "recount", "said", "told",
    }
)  # fmt: skip

# Verbs that take a that-clause of reported content (indirect speech); a subset plus mental verbs.
# The mental and evidential verbs were counted among the single-word Cue spans of PolNeAR's train split.
INDIRECT_VERBS = SPEECH_VERBS - frozenset({"call", "describe", "quote", "post"}) | frozenset(
    {
        "think",
        "believe",
        "know",
        "feel",
        "expect",
        "hope",
        "fear",
        "worry",
        "reveal",
        "indicate",
        "show",
        "find",
    }
)

# Verbs whose subject is the outlet relaying someone else's words ("RIA Novosti quoted him as saying").
RELAY_VERBS = frozenset({"quote", "cite"})

# "X expressed confidence that ...": nouns whose that-clause is the reported content.
CONTENT_NOUNS = frozenset(
    {
        "confidence", "hope", "concern", "regret", "belief", "view", "opinion", "conviction",
        "words", "word", "statement", "claim", "assurance", "doubt", "fear", "position",
        "satisfaction", "assertion", "promise", "warning", "idea",
    }
)  # fmt: skip

# Verbs that label something with a quoted phrase ("called Belarus 'Russia's closest ally'").
LABEL_VERBS = frozenset({"call", "describe", "dub", "term", "label", "brand", "name"})

# Words that may stand between a speaker and the verb without belonging to the speaker's name.
NON_SPEAKER_WORDS = frozenset(
    {"also", "then", "later", "further", "again", "has", "had", "have", "was", "is", "once", "and", "but"}
)

# Pronouns that cannot name a speaker outside their own quote.
IMPERSONAL_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what", "who"})

# Prepositions kept inside a speaker phrase ("a spokesman for the president").
SPEAKER_PREPOSITIONS = frozenset({"of", "for", "to"})
