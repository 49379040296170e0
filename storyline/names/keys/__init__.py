"""Entity blocking keys of name mentions, read from one document alone: the linking view of a name
(records.py), its loose and typo keys (loose.py), short forms (short.py), role words before a name
(role_words.py), the surname block of a person's name tagged otherwise (labels.py), and the keys
themselves (blocks.py `mention_keys`). Neutral: no stage. Entity linking (storyline/link/entities) and
the store (the fill of `fold_mention_keys`, migrations 0022 and 0024) both read them.
"""
