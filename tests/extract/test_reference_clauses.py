"""Reference clauses, on sentences we wrote: a date in a clause that describes a noun or measures from a
point does not date the sentence's event; a date of the main clause or of reported content does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_events import _events


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # a reduced relative clause: the statements were made on Thursday, the group spoke on Friday
        ("The group on Friday condemned the statements made Thursday night by the minister.", ["2021-04-23"]),
        # a relative clause: the election of 1998 is background to the resignation
        ("The mayor, who was first elected in 1998, resigned on Tuesday.", ["2021-04-27"]),
        # measured from a point: the leak began after the explosion, not on 20 April
        ("Oil has gushed from the well since it ruptured on 20 April.", []),
        ("After he resigned on Monday, the council met again.", []),
        # a noun phrase under the link keeps its date: the vote was on Monday
        ("After the vote on Monday, the council met again.", ["2021-04-26"]),
        # a describing clause with the only date of the sentence keeps it: it is the event
        ("Protesters who gathered in the square on Friday were dispersed.", ["2021-04-23"]),
        ("Thousands of people filling the square again today cheered.", ["2021-04-29"]),
        # the main clause's own date and reported content keep theirs
        ("The council voted on Monday to close the harbour.", ["2021-04-26"]),
        ("The minister said the harbour closed on Monday.", ["2021-04-26"]),
        ("Police arrested the driver on Saturday when he returned home.", ["2021-04-24"]),
    ],
)
def test_reference_clauses_do_not_date_the_sentence(nlp: Language, text: str, dated: list[str]) -> None:
    assert sorted(e.time.value for e in _events(nlp, text)) == dated
