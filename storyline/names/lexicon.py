"""Read-only word lists for names in East European news: given-name equivalents, titles, outlets.

Every list is a constant (tuples and frozensets); nothing here is changed at run time.
"""

from __future__ import annotations

# One row per given name: its spellings across Russian, Belarusian, Ukrainian, Polish/Lithuanian and
# English usage. Two given names are the same only if they fall in one row (or fold to one key).
GIVEN_NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "Alexander",
        "Aleksandr",
        "Aliaksandr",
        "Alyaksandr",
        "Alexandr",
        "Oleksandr",
        "Aleksander",
        "Aleksandar",
        "Alexandre",
        "Alaksandar",
        "Аляксандр",
        "Александр",
        "Олександр",
    ),
    ("Alexei", "Alexey", "Aleksei", "Aleksey", "Aliaksei", "Alyaksei", "Oleksiy", "Oleksii", "Aleksiej"),
    ("Anatoly", "Anatoli", "Anatoliy", "Anatol", "Anatolii"),
    ("Andrei", "Andrey", "Andrew", "Andriy", "Andrii", "Andrej", "Andrzej"),
    ("Anna", "Hanna", "Ganna", "Ann", "Ганна", "Анна"),
    ("Boris", "Barys", "Borys"),
    (
        "Dmitry",
        "Dmitri",
        "Dmitrii",
        "Dmitriy",
        "Dzmitry",
        "Dzmitri",
        "Dmytro",
        "Dimitri",
        "Дмитрий",
        "Дзмітрый",
        "Дмитро",
    ),
    ("Elena", "Yelena", "Jelena", "Alena", "Alyona", "Olena", "Helena", "Алена", "Елена"),
    ("Fyodor", "Fedor", "Fiodar", "Fedir", "Theodore"),
    ("Gennady", "Gennadiy", "Gennadi", "Henadz", "Hennadiy", "Hennadii"),
    ("Grigory", "Grigori", "Grigoriy", "Hryhoriy", "Hryhorii", "Ryhor", "Gregory", "Григорий"),
    ("Igor", "Ihar", "Ihor", "Игорь"),
    ("Ivan", "Iwan", "Iván"),
    ("Kirill", "Kiryl", "Kyrylo", "Cyril"),
    ("Konstantin", "Kanstantsin", "Kostiantyn", "Kostyantyn", "Constantine"),
    ("Maria", "Mariya", "Maryia", "Mariia", "Marya", "Maryja", "Мария", "Марыя"),
    ("Maxim", "Maksim", "Maksym", "Maxym", "Maksimilian"),
    ("Mikhail", "Mikhael", "Michail", "Mykhailo", "Mikhas", "Michael", "Mikhal"),
    ("Nikolai", "Nikolay", "Mikalai", "Mikalay", "Mykola", "Nicholas", "Nikolaj"),
    ("Natalia", "Natalya", "Nataliya", "Natallia", "Natalie", "Nataliia"),
    ("Oleg", "Aleh", "Oleh", "Олег", "Алег"),
    ("Olga", "Volha", "Olha", "Вольга", "Ольга"),
    ("Pavel", "Paval", "Pavlo", "Paul", "Pawel"),
    ("Pyotr", "Petr", "Piotr", "Petro", "Piatro", "Pyatro", "Peter"),
    ("Roman", "Raman"),
    (
        "Sergei",
        "Sergey",
        "Sergiy",
        "Serhiy",
        "Serhii",
        "Siarhei",
        "Syarhei",
        "Sergej",
        "Siarhiej",
        "Сергей",
        "Сяргей",
        "Сергій",
    ),
    ("Stepan", "Stsiapan", "Stefan", "Stephen"),
    ("Svetlana", "Sviatlana", "Svyatlana", "Svitlana", "Светлана", "Святлана"),
    ("Tatiana", "Tatyana", "Tatsiana", "Tetiana", "Tetyana", "Tatjana"),
    ("Valery", "Valeri", "Valeriy", "Valer", "Valerii"),
    ("Vasily", "Vasili", "Vasiliy", "Vasil", "Vasyl", "Vasilii"),
    ("Viktor", "Victor", "Viktar", "Віктар", "Виктор"),
    ("Vitaly", "Vitali", "Vitaliy", "Vital", "Vitalii"),
    (
        "Vladimir",
        "Uladzimir",
        "Uladzimer",
        "Volodymyr",
        "Wladimir",
        "Włodzimierz",
        "Владимир",
        "Уладзімір",
        "Володимир",
    ),
    ("Yevgeny", "Evgeny", "Evgeni", "Yevgeniy", "Yauhen", "Yevhen", "Yevhenii", "Eugene", "Jauhien"),
    ("Yulia", "Yuliya", "Julia", "Iulia", "Yuliia", "Juliya"),
    ("Yury", "Yuri", "Yuriy", "Yurii", "Iurii", "Jury", "Juri"),
    ("Mikita", "Nikita", "Mykyta"),
    # Arabic given names as the English-language press spells them.
    ("Muammar", "Moammar", "Mouammar", "Muammer", "Moamar", "Moamer"),
    ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad", "Mohamud"),
    ("Mustafa", "Mustapha", "Moustafa", "Mostafa"),
    ("Abdel", "Abdul", "Abdal", "Abd"),
    ("Hussein", "Hussain", "Husain", "Hossein"),
)

# Titles and role words stripped from the front of a person's name ("President Lukashenko",
# "press secretary Dmitry Peskov", "Mr. Peskov"). Compared lowercase, without a final dot.
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "madam",
        "president",
        "ex-president",
        "prime",
        "minister",
        "premier",
        "press",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "chairman",
        "chairwoman",
        "chair",
        "head",
        "deputy",
        "foreign",
        "state",
        "general",
        "ambassador",
        "diplomat",
        "leader",
        "opposition",
        "candidate",
        "former",
        "ex",
        "acting",
        "vice",
        "speaker",
        "governor",
        "mayor",
        "senator",
        "mp",
        "colonel",
        "gen",
        "lt",
        "patriarch",
        "metropolitan",
        "activist",
        "blogger",
        "journalist",
        "businessman",
        "director",
        "chief",
        "commander",
        "envoy",
        "presidential",
        "finance",
        "defence",
        "defense",
        "interior",
        "economy",
        "justice",
        "the",
        "of",
        "and",
        "for",
        "russian",
        "belarusian",
        "ukrainian",
        "lithuanian",
        "polish",
        "us",
        "u.s.",
        "american",
        "kremlin",
        "union",
        "national",
        "lady",
        "first",
        "late",
        # abbreviated ranks and titles of US news, sometimes kept inside the name ("Pfc George Stratton")
        "pfc",
        "spc",
        "cpl",
        "sgt",
        "maj",
        "capt",
        "col",
        "adm",
        "sen",
        "rep",
        "gov",
        "rev",
        "prof",
    }
)

# Kinship words written before a surname ("Granddaddy Bush", "Uncle Sam"): a relative of the family,
# neither the person known by that surname nor a given name that makes the bare surname ambiguous.
KINSHIP_WORDS: frozenset[str] = frozenset(
    {"granddaddy", "grandpa", "grandma", "grandad", "granny", "uncle", "aunt", "auntie"}
)

# Offices held for a place, written between the place and the holder's name ("Hoboken Mayor David
# Roberts", "Texas Gov. Rick Perry"): the word before them is the place, never a person.
PLACE_OFFICES: frozenset[str] = frozenset({"mayor", "governor", "gov", "sheriff"})

# Head words that make a phrase a role ("Prime Minister of Belarus", "press secretary of ...").
ROLE_HEADS: frozenset[str] = frozenset(
    {
        "president",
        "minister",
        "premier",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "chairman",
        "chairwoman",
        "ambassador",
        "speaker",
        "governor",
        "mayor",
        "envoy",
        "prosecutor",
        "commander",
        "director",
        "head",
        "leader",
        "patriarch",
    }
)

# Occupations an apposition says a person has ("Stanford economist John B. Taylor"), besides the roles
# above: what namesakes.py reads to tell two people of one name apart.
OCCUPATIONS: frozenset[str] = frozenset(
    {"economist", "professor", "analyst", "executive", "chief", "founder", "lawyer", "attorney",
     "researcher", "scientist", "official", "adviser", "advisor", "strategist", "ceo", "partner",
     "manager", "editor", "reporter", "correspondent", "columnist", "author", "historian", "expert",
     "consultant", "owner", "investor", "banker", "trader", "senator", "sen", "representative", "rep",
     "congressman", "congresswoman", "judge", "general", "admiral", "adm", "officer", "member"}
)  # fmt: skip

# Nationality adjectives mapped to their country, so "Belarusian prime minister" is the role
# "prime minister of belarus".
NATIONALITIES: dict[str, str] = {
    "belarusian": "belarus",
    "belarus": "belarus",
    "russian": "russia",
    "russia": "russia",
    "ukrainian": "ukraine",
    "ukraine": "ukraine",
    "lithuanian": "lithuania",
    "lithuania": "lithuania",
    "polish": "poland",
    "poland": "poland",
    "latvian": "latvia",
    "estonian": "estonia",
    "american": "united states",
    "us": "united states",
    "u.s.": "united states",
    "german": "germany",
    "french": "france",
    "british": "united kingdom",
    "kazakh": "kazakhstan",
}

# Verbs of saying: a capitalised word right before one of these is a person ("Peskov said").
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "noted",
        "notes",
        "stressed",
        "stresses",
        "stated",
        "states",
        "explained",
        "recalled",
        "announced",
        "declared",
        "emphasized",
        "emphasised",
        "pointed",
        "claimed",
        "insisted",
        "wrote",
        "writes",
        "asked",
        "replied",
        "spoke",
        "speaks",
        "underlined",
        "argued",
        "warned",
        "confirmed",
        "denied",
        "commented",
        "urged",
        "believes",
        "thinks",
        "met",
        "found",
    }
)

# News outlets and agencies the pipeline misses or mislabels; matched case-sensitively as whole words.
OUTLETS: tuple[str, ...] = (
    "BelTA",
    "BelTa",
    "Belta",
    "Gazeta.ru",
    "RIA Novosti",
    "RBC",
    "Arguments and Facts",
    "Argumenty i Fakty",
    "TASS",
    "ITAR-TASS",
    "Interfax",
    "Kommersant",
    "Izvestia",
    "Vedomosti",
    "Meduza",
    "Novaya Gazeta",
    "Rossiyskaya Gazeta",
    "Komsomolskaya Pravda",
    "Nasha Niva",
    "Tut.by",
    "TUT.BY",
    "Zerkalo",
    "Belsat",
    "Euroradio",
    "Radio Svaboda",
    "Radio Liberty",
    "RFE/RL",
    "Sputnik",
    "RT",
    "Ukrainska Pravda",
    "UNIAN",
    "Ukrinform",
    "LRT",
    "Delfi",
    "Reuters",
    "AFP",
    "Associated Press",
    "Kremlin",
    "Charter 97",
    "Lenta.ru",
)

# Shouted share-button words and other page furniture that NER takes for names.
PAGE_FURNITURE: frozenset[str] = frozenset(
    {
        "twitter",
        "facebook",
        "telegram",
        "vk",
        "vkontakte",
        "instagram",
        "youtube",
        "whatsapp",
        "viber",
        "linkedin",
        "email",
        "print",
        "share",
        "tweet",
    }
)

# Places NER gets right that must never be turned into persons by the context rules.
KNOWN_PLACES: frozenset[str] = frozenset(
    {
        "russia",
        "belarus",
        "ukraine",
        "lithuania",
        "latvia",
        "estonia",
        "poland",
        "moscow",
        "minsk",
        "kyiv",
        "kiev",
        "vilnius",
        "warsaw",
        "riga",
        "sochi",
        "kazan",
        "grodno",
        "hrodna",
        "brest",
        "gomel",
        "homel",
        "vitebsk",
        "viciebsk",
        "mogilev",
        "mahiliou",
        "washington",
        "europe",
        "nur-sultan",
        "astana",
        "petersburg",
        "crimea",
        "donbas",
        "donbass",
    }
)

# Words left out of an organisation's initials ("Central Election Commission" → CEC).
INITIALS_STOPWORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "in", "a", "an", "de"})

# Nouns naming a kind of organisation or outlet: a one-word "person" right after one of these is the
# organisation's name ("the state television channel Rossiya", "the newspaper Pravda").
ORG_NOUNS: frozenset[str] = frozenset(
    {"channel", "broadcaster", "station", "network", "newspaper", "paper", "daily", "weekly", "tabloid",
     "magazine", "agency", "outlet", "website", "portal", "party", "movement", "company", "firm", "bank",
     "group", "fund", "foundation", "club"}
)  # fmt: skip

# Sentence adverbs and connectives NER sometimes takes into a name at a sentence start ("Probably
# Hayward", "Meanwhile Obama"): a name never begins with one of them.
LEADING_NON_NAMES: frozenset[str] = frozenset(
    {
        "probably", "perhaps", "maybe", "meanwhile", "however", "also", "even", "only", "now", "then",
        "still", "yet", "why", "how", "when", "where", "what", "indeed", "instead", "moreover", "thus",
        "so", "but", "and", "or", "if", "while", "although", "though", "unlike", "like", "dear", "thanks",
        "besides", "clearly", "certainly", "surely", "apparently", "reportedly", "nonetheless",
    }
)  # fmt: skip

# Auxiliaries that open a question before a name ("Will the National Council …", "Did the UN …"); a
# name may start with "Will" (Will Smith), so they are cut only before an article.
LEADING_AUXILIARIES: frozenset[str] = frozenset(
    {
        "will",
        "would",
        "can",
        "could",
        "should",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
    }
)
