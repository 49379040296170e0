"""Read-only word lists for organisation and place names: spelling variants, country names, acronyms.

Every list is a constant; keys and values are folded (lowercase ASCII, dots and hyphens as spaces).
"""

from __future__ import annotations

# British ↔ American spellings inside organisation names (one side → the other, word by word). The
# general "-isation" → "-ization" and "-tre" → "-ter" rules live in orgkey; these are the exceptions.
SPELLING_VARIANTS: dict[str, str] = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "labour": "labor",
    "programme": "program",
    "programmes": "programs",
    "honour": "honor",
    "enquiry": "inquiry",
}

# Whole-phrase names of one country → its canonical key. Only the whole phrase is rewritten: "Russia 1",
# "Russia Today" and "US State Department" are other phrases and keep their own keys.
COUNTRY_NAMES: dict[str, str] = {
    "russian federation": "russia",
    "the russian federation": "russia",
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "u s a": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "great britain": "united kingdom",
    "britain": "united kingdom",
    "prc": "china",
    "people s republic of china": "china",
    "peoples republic of china": "china",
    "republic of belarus": "belarus",
    "republic of korea": "south korea",
    "dprk": "north korea",
    "islamic republic of iran": "iran",
}

# Words that, leading an organisation's name, only say which country it belongs to ("US State
# Department", "British Foreign Office"), each with the country it names: "US", "U.S." and "American"
# are one country, so "US Centers for …" and "American Centres for …" are not two countries' bodies.
COUNTRY_OF_PREFIX: dict[str, str] = {
    "us": "united states", "u s": "united states", "usa": "united states", "american": "united states",
    "uk": "united kingdom", "u k": "united kingdom", "british": "united kingdom",
    "russian": "russia", "russia": "russia", "belarusian": "belarus", "belarus": "belarus",
    "ukrainian": "ukraine", "ukraine": "ukraine", "chinese": "china", "china": "china",
    "french": "france", "france": "france", "german": "germany", "germany": "germany",
    "mexican": "mexico", "mexico": "mexico", "canadian": "canada", "canada": "canada",
    "australian": "australia", "australia": "australia", "indian": "india", "india": "india",
    "japanese": "japan", "japan": "japan", "israeli": "israel", "israel": "israel",
    "scottish": "scotland", "welsh": "wales", "irish": "ireland", "polish": "poland",
    "lithuanian": "lithuania", "european": "european union", "eu": "european union",
}  # fmt: skip
COUNTRY_PREFIXES: frozenset[str] = frozenset(COUNTRY_OF_PREFIX)

# Small words inside a name that writers swap or drop ("Centers of Disease Control" for "… for …"):
# the loose key of a name leaves them out.
LINK_WORDS: frozenset[str] = frozenset({"of", "for"})

# A final head word a one-word department name is also written without ("Treasury Department" / "the
# Treasury", "Justice Department" / "Justice"); only after exactly one word (a country word in front is
# read first: "US State Department" → state department → state).
BARE_HEADS: frozenset[str] = frozenset({"department"})

# A final word naming a company's legal form ("BP PLC", "Exxon Mobil Corp.", "Transocean Ltd"): the loose
# key of a name of two or more words leaves it out, so "BP PLC" meets "BP". The written-out forms count
# only with two words before them ("Walt Disney Company"; "Alpha Company" is a unit, not a form).
LEGAL_FORMS: frozenset[str] = frozenset(
    {"plc", "inc", "ltd", "llc", "llp", "corp", "co", "ag", "sa", "nv", "gmbh"}
)
LEGAL_FORMS_WRITTEN: frozenset[str] = frozenset({"corporation", "incorporated", "limited", "company"})

# Endings that make a word of its own from a shorter one ("eastern", "westward", "Iranian"): a name's first
# word with one of these is no clipping of it ("East" is not short for "Eastern Arabia"; "Fed" is for
# "Federal Reserve").
DERIVING_SUFFIXES: tuple[str, ...] = (
    "ern", "erly", "ward", "wards", "ian", "ean", "ese", "ish", "ial", "ity", "ing", "ers", "ness",
)  # fmt: skip

# US state abbreviations in news style ("Grand Isle, La.", "Orange Beach, Ala."), each with the state's key.
# Only a mention tagged as a place and written this way (capital, then lowercase) is read as the state:
# "LA" (Los Angeles) and the title "Miss" are other things.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "alabama", "Ariz": "arizona", "Ark": "arkansas", "Calif": "california", "Colo": "colorado",
    "Conn": "connecticut", "Del": "delaware", "Fla": "florida", "Ga": "georgia", "Ill": "illinois",
    "Ind": "indiana", "Kan": "kansas", "Kans": "kansas", "Ky": "kentucky", "La": "louisiana",
    "Md": "maryland", "Mass": "massachusetts", "Mich": "michigan", "Minn": "minnesota",
    "Miss": "mississippi", "Mo": "missouri", "Mont": "montana", "Neb": "nebraska", "Nev": "nevada",
    "Okla": "oklahoma", "Ore": "oregon", "Pa": "pennsylvania", "Tenn": "tennessee", "Tex": "texas",
    "Va": "virginia", "Vt": "vermont", "Wash": "washington", "Wis": "wisconsin", "Wyo": "wyoming",
}  # fmt: skip

# Last resort: acronyms whose letters are not the initials of the full name (the mechanism covers the
# rest: "World Health Organization" → WHO, "Centers for Disease Control and Prevention" → CDC).
ACRONYMS: dict[str, str] = {
    "unicef": "united nations children s fund",
    "interpol": "international criminal police organization",
    "osce": "organization for security and co operation in europe",
    "ic": "investigative committee",
}

# Words naming a kind of organisation: a name with one of these is an organisation's, not a place's.
ORG_HEADS: frozenset[str] = frozenset(
    {"organization", "department", "ministry", "office", "agency", "commission", "committee", "council",
     "center", "centers", "institute", "service", "services", "bureau", "authority", "administration",
     "board", "union", "association", "bank", "fund", "court", "party", "force", "forces", "army",
     "police", "network", "foundation", "university", "school", "hospital", "company", "corporation",
     "group", "team", "federation", "league", "parliament", "assembly", "government", "program"}
)  # fmt: skip
