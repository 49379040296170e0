"""English reporting verbs for quote extraction: verbs of saying and their complement frames."""

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

# Frames learned on PolNeAR's train split (`python -m bench.quotes.mine`): verb + complement uses outside
# quotation marks, at least 3 of them, at least 40% annotated as attributions, not in the lists above.
# PolNeAR's broad reading of attribution ("Cruz disavowed the ad", "unveiled a plan"); attitudes only.
TRAINED_FRAMES: dict[str, frozenset[str]] = {
    lemma: frozenset(frames.split())
    for lemma, frames in {
        "acquiesce": "prep:to", "address": "ccomp", "admire": "dobj", "advise": "xcomp",
        "advocate": "xcomp", "affirm": "ccomp", "agree": "prep:to prep:with", "align": "prep:on",
        "allege": "dobj", "allude": "prep:to", "appoint": "prep:to", "approve": "dobj",
        "argue": "dobj prep:for", "articulate": "dobj", "ask": "prep:at", "assert": "dobj",
        "attack": "prep:as", "attribute": "dobj", "authorize": "dobj", "back": "prep:for", "bash": "dobj",
        "believe": "dobj", "boast": "prep:about prep:of", "boo": "dobj", "brag": "ccomp prep:about",
        "bristle": "prep:at", "broadcast": "dobj", "brush": "dobj", "calculate": "ccomp",
        "call": "ccomp dobj prep:to prep:upon prep:with", "campaign": "prep:against", "cast": "prep:on",
        "caution": "prep:against", "challenge": "prep:on prep:to xcomp", "champion": "dobj",
        "chant": "dobj xcomp", "characterize": "prep:as", "charge": "dobj", "cheer": "prep:for",
        "chide": "prep:for", "choose": "prep:as", "circulate": "dobj", "cite": "ccomp",
        "claim": "prep:for", "close": "prep:with", "coin": "dobj", "come": "prep:against",
        "compile": "dobj", "concede": "dobj", "concern": "ccomp", "congratulate": "prep:for",
        "consider": "ccomp", "contemplate": "dobj", "contrast": "dobj prep:with", "credit": "prep:for",
        "criticize": "prep:as prep:on", "declare": "prep:for", "decline": "dobj", "deem": "ccomp",
        "defend": "prep:against", "demand": "xcomp", "denounce": "ccomp prep:as", "deride": "dobj",
        "describe": "ccomp", "determine": "xcomp", "disagree": "prep:on prep:with", "disavow": "dobj",
        "discover": "ccomp", "discuss": "prep:to prep:with", "dislike": "dobj", "disparage": "dobj",
        "display": "dobj", "distinguish": "dobj prep:as", "distribute": "dobj", "document": "dobj",
        "double": "prep:on", "dwell": "prep:on", "empower": "dobj xcomp", "encourage": "xcomp",
        "endorse": "prep:for xcomp", "envision": "dobj", "expect": "dobj", "experience": "dobj",
        "explore": "dobj", "express": "prep:at", "extoll": "dobj", "feel": "prep:about",
        "find": "prep:with", "float": "dobj", "foresee": "dobj", "foreshadow": "dobj", "forget": "ccomp",
        "forward": "dobj", "frame": "prep:as", "guess": "ccomp", "hammer": "dobj", "herald": "dobj",
        "highlight": "ccomp", "hint": "ccomp", "hit": "prep:for prep:on", "hop": "dobj prep:for",
        "identify": "prep:with", "illustrate": "dobj", "imagine": "dobj", "indicate": "dobj",
        "inform": "ccomp", "insult": "dobj", "intend": "dobj", "interject": "ccomp", "issue": "dobj",
        "joke": "prep:about", "judge": "dobj", "justify": "dobj", "know": "prep:as", "label": "dobj",
        "lambast": "dobj", "lash": "prep:at", "laud": "dobj", "line": "prep:behind", "list": "prep:as",
        "lobby": "xcomp", "mandate": "dobj", "mention": "prep:as xcomp", "mock": "prep:for",
        "name": "prep:as", "needle": "dobj", "negotiate": "dobj", "nominate": "dobj prep:for prep:to",
        "notice": "ccomp", "offer": "ccomp prep:for prep:to xcomp", "open": "prep:about",
        "oppose": "xcomp", "outline": "ccomp", "paint": "prep:as", "persuade": "ccomp xcomp",
        "pitch": "prep:as", "plot": "xcomp", "point": "dobj prep:as", "poke": "prep:at",
        "position": "dobj prep:as", "post": "ccomp", "praise": "prep:as", "prefer": "prep:to",
        "press": "prep:about prep:for xcomp", "pressure": "xcomp", "proclaim": "dobj", "prohibit": "dobj",
        "pronounce": "dobj", "publicize": "dobj", "pump": "dobj", "push": "prep:against prep:on",
        "quote": "dobj prep:as", "rank": "dobj prep:as", "ratify": "dobj", "reaffirm": "dobj",
        "rebuff": "dobj", "rebut": "dobj", "recall": "xcomp", "recite": "dobj", "recommend": "ccomp dobj",
        "refer": "prep:as", "reference": "prep:as", "refuse": "dobj", "regard": "dobj prep:as",
        "relish": "dobj", "remark": "prep:upon", "remember": "dobj xcomp", "renounce": "dobj",
        "report": "prep:about", "reprise": "dobj", "repudiate": "dobj", "require": "ccomp",
        "resist": "dobj", "respond": "xcomp", "restrict": "dobj", "retweete": "dobj", "ridicule": "dobj",
        "rip": "dobj prep:for", "rule": "xcomp", "savage": "dobj", "sense": "ccomp", "sentence": "prep:to",
        "shout": "ccomp dobj", "show": "prep:at prep:with xcomp", "shrug": "dobj", "single": "dobj",
        "spar": "prep:over", "spell": "dobj", "spot": "dobj", "spotlight": "dobj", "state": "dobj",
        "submit": "dobj", "talk": "dobj prep:of", "taunt": "dobj", "think": "prep:about",
        "throw": "prep:behind prep:to", "tick": "dobj", "touch": "prep:on", "trash": "dobj",
        "trumpet": "dobj", "trust": "xcomp", "tweet": "prep:on", "underscore": "dobj", "unveil": "dobj",
        "utter": "dobj", "veto": "dobj", "vote": "xcomp", "vow": "dobj", "warn": "xcomp", "wish": "ccomp",
        "withdraw": "dobj", "witness": "dobj", "write": "dobj xcomp", "yell": "ccomp", "zero": "prep:on",
    }.items()
}  # fmt: skip

# Prepositions of a phrasal reporting verb, which must follow the verb to make the phrase ("called for").
PHRASAL_PREPOSITIONS: dict[str, frozenset[str]] = {"call": frozenset({"for", "on", "upon"})}
