"""English words for quote extraction besides the reporting verbs: source and content nouns, speaker words."""

from __future__ import annotations

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
