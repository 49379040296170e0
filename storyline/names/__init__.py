"""Name folding, given-name equivalents and person-name parsing shared by mention extraction and linking."""

from storyline.names.fold import fold_text, name_key, phrase_key
from storyline.names.given import given_canonical, initial_matches, is_known_given_name
from storyline.names.person import PersonName, parse_person_name, strip_possessive

__all__ = [
    "PersonName",
    "fold_text",
    "given_canonical",
    "initial_matches",
    "is_known_given_name",
    "name_key",
    "parse_person_name",
    "phrase_key",
    "strip_possessive",
]
