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

# Sources of information that open a sentence as `In NOUN, …` ("In the latest poll, Clinton led …").
SOURCE_NOUNS = frozenset(
    {
        "poll", "survey", "study", "report", "analysis", "statement", "interview", "speech", "letter", "memo",
        "filing", "ad", "advertisement", "video", "book", "editorial", "column", "essay", "article", "review",
        "audit", "testimony", "complaint", "lawsuit", "ruling", "document", "tweet", "post", "email",
        "census", "forecast", "projection", "assessment", "op-ed", "remarks", "address", "memoir", "opinion",
    }
)  # fmt: skip
# Of those, the ones an `in` phrase inside a clause sources ("fell to 10 percent in the latest poll"); a
# speech, interview or e-mail there is where something was said, not who says it (train: 8 of 66 right).
POLL_NOUNS = frozenset({"poll", "survey", "census"})
# Things made to say something: what one says (`a statement saying`, `an ad attacking`) is said by whoever
# makes or delivers it ("Trump released a statement saying …", "Clinton, in a speech attacking …").
MADE_TO_SAY = frozenset(
    {
        "statement", "speech", "ad", "advertisement", "letter", "memo", "video", "op-ed", "remarks",
        "address", "tweet", "post", "email", "e-mail", "editorial", "column", "essay", "article", "petition",
        "response", "message", "robocall", "spot", "pitch", "report", "paper", "website", "story", "release",
        "commercial",
    }
)  # fmt: skip

# Adjectives of a stance after a copula and the complements that carry its target ("critical of the
# deal", "eager to debate", "sure that …"); the frames of at least 3 uses in PolNeAR's train split, at
# least 40% of them annotated as attributions, and their near synonyms. Only with `attitudes=True`.
STANCE_ADJECTIVES: dict[str, frozenset[str]] = {
    lemma: frozenset(frames.split())
    for lemma, frames in {
        "critical": "prep:of", "skeptical": "prep:of", "supportive": "prep:of", "proud": "prep:of",
        "wary": "prep:of", "eager": "xcomp", "quick": "xcomp", "reluctant": "xcomp", "inclined": "xcomp",
        "sure": "ccomp", "aware": "ccomp", "hopeful": "ccomp", "glad": "ccomp", "confident": "ccomp",
        "surprised": "ccomp", "optimistic": "ccomp prep:about", "worried": "ccomp prep:about",
        "angry": "prep:about", "concerned": "prep:about", "pleased": "prep:with", "unhappy": "prep:with",
        "opposed": "prep:to",
    }.items()
}  # fmt: skip

# Raising verbs whose subject and predicate are what seems so, PolNeAR's evidential attributions ("Trump
# seemed unperturbed", "the figures appear to be fabricated"); only with `attitudes=True`.
RAISING_VERBS = frozenset({"seem", "appear", "look", "sound"})

# What the default view does not count as a saying (extract/quotes/irrealis.py; attribution mode keeps it).
# Modals and marks that make a cue hypothetical or predicted ("One might argue", "If X were to say",
# "women who will say no"); heads and adjectives whose infinitive complement is a saying not (yet) made
# ("would like to hear X say", "wants to argue", "are likely to argue").
IRREALIS_MODALS = frozenset(
    {"might", "may", "could", "would", "should", "must", "will", "shall", "'d", "'ll", "wo"}
)
CONDITIONAL_MARKS = frozenset({"if", "unless"})
IRREALIS_HEADS = frozenset(
    {
        "want", "like", "love", "hope", "wish", "need", "plan", "intend", "try", "attempt", "seek", "prefer",
        "expect", "ask", "urge", "encourage", "prepare", "refuse", "decline", "fail", "hesitate", "dare",
    }
)  # fmt: skip
IRREALIS_ADJECTIVES = frozenset(
    {"likely", "unlikely", "ready", "willing", "unwilling", "set", "due", "poised", "eager"}
)
# Cognition verbs that are the writer's or the reader's own thinking with a first- or second-person
# subject ("I think", "which I believe aired", "do you think"), not a statement reported.
NON_SPEECH_COGNITION = frozenset(
    {
        "think", "believe", "know", "guess", "suppose", "feel", "wonder", "reckon", "suspect", "imagine",
        "hope", "doubt", "understand", "assume", "gather", "figure", "bet", "mean", "expect", "fear",
        "worry", "realize", "realise", "recognize", "recognise", "hop",
    }
)  # fmt: skip
READER_PRONOUNS = frozenset({"i", "we", "you"})
# Verbs whose passive subject is the one addressed ("was told", "was asked"), not the speaker.
ADDRESSEE_VERBS = frozenset(
    {"tell", "ask", "inform", "advise", "warn", "assure", "remind", "urge", "promise"}
)
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# Verbs of publishing: with a work as source or object and no person as source they report a publication,
# not a saying ("CNN.com published a … interactive", "An earlier series in The Post detailed the crisis").
PUBLICATION_VERBS = frozenset(
    {"publish", "detail", "air", "print", "broadcast", "chronicle", "document", "feature", "carry"}
)
PUBLICATION_NOUNS = frozenset(
    {
        "series", "article", "story", "book", "documentary", "film", "programme", "program", "show",
        "interactive", "edition", "column", "feature", "episode", "chapter", "piece", "graphic", "video",
        "photo", "map", "timeline", "gallery", "slideshow", "podcast",
    }
)  # fmt: skip

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

# Transcript labels of the audience, not of a speaker we can name (quotes/turns.py); a reader's place
# ("Washington, D.C. :") is one too.
AUDIENCE_LABELS = frozenset(
    {"anonymous", "unidentified", "unknown", "crowd", "audience", "caller", "reader", "question", "voice",
     "protesters", "protester", "demonstrators", "chanting", "crosstalk"}
)  # fmt: skip
FIRST_PERSON = frozenset({"i", "we", "me", "us"})

# Prepositions of time and place: a phrase they open is an adjunct of the verb, never its content
# ("said during the debate that …", "reported at the time that …").
ADJUNCT_PREPOSITIONS = frozenset({"during", "at", "in", "on", "before", "after", "since", "until", "from"})

# Light verbs whose object noun carries the saying ("made the claim that …", "gave assurances that …"):
# their subject is the noun's source.
LIGHT_VERBS = frozenset({"make", "give", "offer", "issue", "deliver", "raise", "lodge", "level", "repeat"})

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
