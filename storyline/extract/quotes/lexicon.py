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

# Verbs of the manner of saying that introduce a direct quote ("blurted out, “Oh, God,”").
MANNER_VERBS = frozenset(
    {
        "blurt", "shout", "scream", "yell", "exclaim", "whisper", "cry", "mutter", "snap", "quip", "chant",
        "sing", "text", "email", "message", "retort", "scoff", "muse", "gush", "plead", "thunder", "sigh",
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
        "contend", "demand", "doubt", "imply", "learn", "realize", "recognize", "remind", "signal",
        "speculate", "suspect", "wonder", "propose", "question", "discuss", "rule", "convince",
        "demonstrate", "read", "hop",  # "hop": spaCy's lemma of "hoping" in some parses
    }
)  # fmt: skip

# Complements a reporting verb takes besides a that-clause, as `dep` or `prep:WORD`: "vowed to repeal it"
# (xcomp), "announced plans" (dobj), "called for a ban" (prep:for). Frames were kept when at least half of
# a frame's uses outside quotation marks in PolNeAR's train split were annotated as attributions.
SPEECH_FRAMES: dict[str, frozenset[str]] = {
    lemma: frozenset(frames.split())
    for lemma, frames in {
        "accuse": "dobj prep:of", "acknowledge": "dobj", "agree": "xcomp prep:on", "announce": "dobj",
        "ask": "xcomp prep:for", "call": "xcomp prep:for prep:on", "charge": "prep:with",
        "claim": "xcomp", "complain": "prep:about", "confirm": "dobj",
        "declare": "dobj", "deny": "dobj", "describe": "dobj prep:as", "emphasize": "dobj", "explain": "dobj",
        "express": "dobj", "mention": "dobj", "note": "dobj", "point": "prep:to",
        "post": "dobj", "predict": "dobj", "promise": "dobj xcomp", "recall": "dobj", "recount": "dobj",
        "reiterate": "dobj", "repeat": "dobj", "report": "dobj xcomp", "reveal": "dobj",
        "say": "dobj prep:of",
        "stress": "dobj", "suggest": "dobj xcomp", "tell": "xcomp", "tout": "dobj prep:as", "tweet": "dobj",
        "urge": "dobj xcomp", "voice": "dobj", "vow": "xcomp", "threaten": "xcomp", "refuse": "xcomp",
        "decline": "xcomp", "cite": "dobj prep:as",
        "propose": "dobj xcomp", "question": "dobj", "discuss": "dobj", "disclose": "dobj",
        "detail": "dobj", "outline": "dobj", "publish": "dobj", "request": "dobj", "demand": "dobj",
        "list": "dobj", "echo": "dobj", "reference": "dobj", "warn": "dobj prep:of prep:against prep:about",
        "pledge": "dobj xcomp", "email": "dobj",
    }.items()
}  # fmt: skip

# Stances and evaluations that PolNeAR counts as attributions but that are not quotes of anyone:
# "Ryan endorsed Trump", "voters want to limit immigration" (frames with at least a third of their train
# uses annotated). Only with `extract_quotes(..., attitudes=True)`.
ATTITUDE_FRAMES: dict[str, frozenset[str]] = {
    lemma: frozenset(frames.split())
    for lemma, frames in {
        "advocate": "prep:for", "aim": "xcomp", "apologize": "prep:for", "applaud": "dobj",
        "assail": "dobj", "attack": "dobj prep:for", "balk": "prep:at", "bemoan": "dobj",
        "blame": "dobj prep:on prep:for", "blast": "dobj prep:for", "cast": "prep:as",
        "characterize": "dobj", "chide": "dobj", "compare": "dobj", "condemn": "dobj",
        "congratulate": "dobj", "credit": "dobj", "criticize": "dobj prep:for", "decry": "dobj",
        "deem": "dobj", "defend": "dobj prep:as", "denounce": "dobj", "dispute": "dobj",
        "endorse": "dobj", "hail": "dobj", "hint": "prep:at", "hope": "xcomp prep:for", "hop": "xcomp",
        "identify": "dobj prep:as", "lament": "dobj", "like": "xcomp", "liken": "dobj prep:to",
        "mock": "dobj", "oppose": "dobj", "order": "dobj xcomp", "portray": "dobj prep:as",
        "praise": "dobj prep:for", "prefer": "dobj xcomp", "promote": "dobj", "push": "prep:for",
        "rail": "prep:against", "rebuke": "dobj", "reject": "dobj", "see": "prep:as", "seek": "xcomp",
        "side": "prep:with", "slam": "dobj prep:for", "support": "dobj xcomp", "thank": "dobj prep:for",
        "view": "prep:as", "vote": "prep:for prep:against", "vouch": "prep:for", "want": "xcomp",
        "plan": "xcomp", "back": "dobj", "show": "dobj", "expect": "xcomp", "believe": "prep:in",
        "write": "prep:about", "talk": "prep:about", "speak": "prep:about prep:of", "refer": "prep:to",
        "comment": "prep:on", "ask": "prep:about", "focus": "prep:on", "offer": "dobj", "embrace": "dobj",
        "favor": "dobj", "claim": "dobj", "highlight": "dobj", "decide": "xcomp", "name": "dobj",
        "respond": "prep:to", "invoke": "dobj", "signal": "dobj", "fear": "dobj", "dismiss": "dobj prep:as",
        "attribute": "prep:to", "worry": "prep:about", "distance": "prep:from",
    }.items()
}  # fmt: skip

# Raising verbs whose subject and predicate are what seems so, PolNeAR's evidential attributions ("Trump
# seemed unperturbed", "the figures appear to be fabricated"); only with `attitudes=True`.
RAISING_VERBS = frozenset({"seem", "appear", "look", "sound"})

# Verbs that put a question, and the words that open one ("asked whether …", "was asked what happened").
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "question"})
QUESTION_WORDS = frozenset({"whether", "if", "what", "who", "whom", "why", "how", "when", "where", "which"})

# Prepositions that carry on an object's content ("accused the FDIC of trying …", "saw X as a threat").
CONTENT_PREPOSITIONS = frozenset({"of", "for", "as"})

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

# Nouns whose that-clause is someone's reported content ("his claim that …", "police's earlier claim that …").
CLAIM_NOUNS = frozenset(
    {
        "claim", "assertion", "suggestion", "allegation", "warning", "concern", "argument", "belief", "view",
        "promise", "statement", "assurance", "fear", "hope", "notion", "report", "accusation", "charge",
        "insistence", "contention", "announcement", "admission", "acknowledgment", "prediction",
        "conclusion", "message", "insinuation", "speculation", "rumor", "idea", "expectation", "complaint",
        "threat", "pledge", "vow", "denial", "confirmation", "worry", "doubt", "assessment", "finding",
    }
)  # fmt: skip

# Nouns of a stance and the prepositions of their target ("criticism of the plan", "support for X");
# PolNeAR attributions, only with `attitudes=True`.
ATTITUDE_NOUNS: dict[str, frozenset[str]] = {
    lemma: frozenset(preps.split())
    for lemma, preps in {
        "criticism": "of", "support": "for", "opposition": "to", "endorsement": "of", "attack": "on",
        "question": "about", "complaint": "about", "call": "for", "concern": "about over", "praise": "for",
        "push": "for", "demand": "for", "plea": "for", "appeal": "for", "comment": "on about",
        "remark": "about on", "stance": "on", "position": "on", "warning": "about of against",
        "accusation": "of", "allegation": "of", "skepticism": "about of", "enthusiasm": "for",
    }.items()
}  # fmt: skip

# Verbs that label something with a quoted phrase ("called Belarus 'Russia's closest ally'").
LABEL_VERBS = frozenset({"call", "describe", "dub", "term", "label", "brand", "name"})

# Words that may stand between a speaker and the verb without belonging to the speaker's name.
NON_SPEAKER_WORDS = frozenset(
    {"also", "then", "later", "further", "again", "has", "had", "have", "was", "is", "once", "and", "but"}
)

# Pronouns that cannot name a speaker outside their own quote.
IMPERSONAL_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what", "who"})

# Subjects that make a reporting verb the reader's or nobody's ("you know", "let's say", "few expect",
# "no one can know"): not a statement in the precise default view (attribution mode keeps them).
NOT_A_SPEAKER = frozenset({"you", "'s", "few", "nobody", "none", "noone"})

# Relative pronouns whose clause credits the noun it qualifies ("Russia, which has already said …").
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})

# Prepositions kept inside a speaker phrase ("a spokesman for the president").
SPEAKER_PREPOSITIONS = frozenset({"of", "for", "to"})

# Nouns for an act of saying, through which a date still dates the saying ("in an interview on Tuesday").
SAYING_NOUNS = frozenset(
    {
        "interview", "statement", "speech", "remarks", "remark", "briefing", "conference", "call", "post",
        "tweet", "letter", "appearance", "address", "session", "hearing", "debate", "rally", "meeting",
        "news", "broadcast", "program", "programme", "show", "event", "visit", "trip", "email", "message",
    }
)  # fmt: skip
