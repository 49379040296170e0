"""English function words, the one stop list for word overlap (statements, stories, summaries)."""

from __future__ import annotations

_STOPWORDS = (
    "a an the of to in on at for by with from and or but is are was were be been being am it its this "
    "that these those there here we our us i me my you your he him his she her they them their as "
    "about into over after before than then so such also very any all some both each which who whom "
    "what when where will would shall should can could may might must do does did has have had having "
    "if while because out up down just only even still more most much many other another same own per "
    "via said say says told tell added one"
)
STOPWORDS: frozenset[str] = frozenset(_STOPWORDS.split())

# Words a capitalised word follows inside one phrase ("in Louisiana", "the BP rig", "said Smith"): no
# headline or standfirst ends on one, so a page head is never split after them (clean/captions.py).
_PHRASE_CONTINUERS = (
    "a an the of to in on at for by with from and or nor but as into onto about over under after "
    "before than that this these those his her its their our my your is are was were be been has have "
    "had will would can could may might should must said says told tells like including via near "
    "against between during without within across toward towards upon off per versus vs named called "
    "behind beside among around outside inside beyond above below along through since until last next "
    "what who how when where why whether which if though although unless because while whereas "
    # role nouns before a name ("BP chief executive Tony Hayward", "US speaker Nancy Pelosi")
    "executive chairman chairwoman president speaker minister secretary spokesman spokeswoman director "
    "chief leader governor senator congressman congresswoman mayor boss commander administrator official "
    "contractor daughter son wife husband mother father brother sister colleague prosecutor judge general"
)
PHRASE_CONTINUERS: frozenset[str] = frozenset(_PHRASE_CONTINUERS.split())
# Capitalised words that open a sentence and do not start a name: right after a plain lower-case word
# they show a sentence glued to a headline or caption with no full stop between (clean/glued.py).
SENTENCE_OPENERS: frozenset[str] = frozenset(
    [
        *("The", "A", "An", "His", "Her", "Its", "Their", "This", "These", "Those"),
        *("It", "He", "She", "They", "We", "There", "Some", "Many", "Most", "More", "Despite"),
    ]
)

# Modal auxiliaries: a clause built on one reports no fact ("would have paid", "could resume").
MODALS: frozenset[str] = frozenset(
    ["would", "could", "might", "may", "should", "must", "ought", "can", "shall"]
)
# Future auxiliaries (spaCy lemmas and forms): "will resume", "'ll", "wo n't".
FUTURE_AUXILIARIES: frozenset[str] = frozenset(["will", "'ll", "wo", "shall"])

# Verbs of state: a clause built on one describes how things are, not news that happened today ("has
# been sympathetic", "have got pictures", "has seen the opinion").
STATIVE_VERBS: frozenset[str] = frozenset(
    {
        "be",
        "have",
        "get",
        "seem",
        "remain",
        "appear",
        "look",
        "know",
        "feel",
        "want",
        "need",
        "believe",
        "think",
        "hope",
        "continue",
        "see",
        "own",
        "hold",
        "stand",
        "lie",
        "mean",
    }
)
# Words that put a clause over a stretch of time or make it background, not news of one day ("has lost
# 40 percent since the crisis began", "have increasingly abandoned", "to date").
BACKGROUND_MARKERS: frozenset[str] = frozenset(
    {
        "since",
        "already",
        "ever",
        "long",
        "increasingly",
        "repeatedly",
        "often",
        "always",
        "never",
        "traditionally",
        "historically",
        "usually",
        "gradually",
        "steadily",
        "recently",
        "lately",
    }
)
BACKGROUND_PHRASES: tuple[str, ...] = (
    "to date",
    "so far",
    "over the years",
    "for years",
    "for decades",
    "in recent",
)
# Adverbs of habit: a date in a clause they modify tells what is normally done then, not an event
# ("Normally held in the run up to Christmas, the appeal ...", "normally reported on the last Tuesday").
HABITUAL_ADVERBS: frozenset[str] = frozenset(
    {
        "normally",
        "usually",
        "typically",
        "traditionally",
        "customarily",
        "ordinarily",
        "routinely",
        "habitually",
    }
)
# Pronouns of the speaking person: a clause or a piece written in them is a voice, not a report.
FIRST_SECOND_PERSON: frozenset[str] = frozenset(("i", "we", "you", "me", "us", "my", "our", "your"))
# Verbs whose infinitive complement happens after them (commitments and intentions): "agreed to not seek
# re-election in September", "pledged to withdraw by June" are plans, whatever the tense of the verb.
PROSPECTIVE_VERBS: frozenset[str] = frozenset(
    {
        "agree",
        "promise",
        "pledge",
        "vow",
        "vote",
        "threaten",
        "offer",
        "undertake",
        "commit",
        "decide",
        "resolve",
        "intend",
        "hope",
        "want",
        "aim",
        "seek",
        "propose",
        "prepare",
    }
)
# Verbs of promising and arranging: a month or season after their object (in the present or present
# perfect) is when the promised or arranged thing happens ("has promised a parliamentary election in
# February", "we have booked a holiday in August").
ARRANGING_VERBS: frozenset[str] = frozenset(
    {"promise", "pledge", "vow", "guarantee", "book", "reserve", "schedule"}
)
# Prospective verbs of trying and wanting: under a past verb their complement is dated with it ("both
# candidates sought to appeal to voters on Tuesday" is last Tuesday), unlike commitments ("agreed to").
CONATIVE_VERBS: frozenset[str] = frozenset({"seek", "want", "hope", "aim", "prepare"})

# Conjunctions and prepositions that make a clause or phrase a point to measure from, not the time of
# the sentence's event: "since becoming severed on 30 April", "after the vote on Monday", "until ..."
REFERENCE_LINKS: frozenset[str] = frozenset({"since", "until", "till", "before", "after", "prior"})

# Participles that work as prepositions: the verb of the clause lies above them ("died following the
# earthquake on Tuesday" is past: "died"), so they give no tense of their own.
PARTICIPLE_PREPOSITIONS: frozenset[str] = frozenset(
    {"following", "including", "preceding", "concerning", "regarding", "excluding", "pending", "during"}
)
# Nouns of a part of a day or a stretch that a date "of" only places ("the night of June 3", "the end of
# May"): the date still dates the clause, unlike "the attacks of September 11", which names an event.
TIME_PART_NOUNS: frozenset[str] = frozenset(
    {
        "morning",
        "afternoon",
        "evening",
        "night",
        "dawn",
        "dusk",
        "day",
        "week",
        "weekend",
        "month",
        "end",
        "beginning",
        "start",
        "middle",
        "hours",
        "weeks",
        "days",
        "months",
        "years",
        "half",
        "quarter",
        "part",
        "rest",
        "remainder",
        "course",
        "turn",
        "period",
    }
)

# Endings a word takes ("state" → "states", "continue" → "continued", "act" → "action"): a word that the
# text also uses with one of them is a whole word, not one cut short (clean/teasers.py).
WORD_ENDINGS: frozenset[str] = frozenset(
    "s es ed d ing er ers est ly al ial ment ments ion ions ity ness less ful ist ists ism ive ous".split()  # noqa: SIM905
)

# Abbreviations of titles and company forms before a name or number ("Dr.", "Inc.", "vs."), lower-cased,
# without their period: a period after one ends no sentence (sketch/passages.py splits sentences so).
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    "mr mrs ms dr prof st gen col lt sgt rep sen gov jr sr inc corp co no vs u.s".split()  # noqa: SIM905
)
# Those and "etc.", "approx.": a period after any of them ends no head line's sentence (clean/glued.py).
ABBREVIATIONS: frozenset[str] = NAME_ABBREVIATIONS | {"etc", "approx"}
