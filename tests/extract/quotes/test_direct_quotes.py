"""Direct quotes: attribution after, before, inside; relays; scare quotes that are not quotes."""

from __future__ import annotations

from quote_helpers import Run, speaker_names


def test_attribution_after_with_pronoun(run: Run) -> None:
    text = (
        "Harbour director Marta Kowalczyk opened the new pier on Friday. "
        "“We finished the pier two months early,” she added."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.kind == "direct"
    assert quote.text == "We finished the pier two months early,"
    assert quote.speaker_text == "she" and quote.cue_text == "added"
    assert speaker_names(quotes, mentions) == ["Marta Kowalczyk"]


def test_attribution_before_with_colon(run: Run) -> None:
    text = "Mayor Tomas Berg said: “The bridge will be closed for a week.”"
    _, mentions, quotes = run(text)
    assert [q.text for q in quotes] == ["The bridge will be closed for a week."]
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_dash_form(run: Run) -> None:
    text = "The council met again on Monday.\n\n— Tomas Berg: “We cannot pay for the bridge this year.”"
    _, mentions, quotes = run(text)
    assert speaker_names(quotes, mentions) == ["Tomas Berg"]


def test_attribution_inside_a_split_quote(run: Run) -> None:
    text = "“The money is there,” Ivan Sorel said, “but the builders are not ready yet.”"
    _, mentions, quotes = run(text)
    assert [q.text for q in quotes] == ["The money is there,", "but the builders are not ready yet."]
    assert speaker_names(quotes, mentions) == ["Ivan Sorel", "Ivan Sorel"]


def test_inverted_attribution_with_initial_and_surname(run: Run) -> None:
    text = (
        "Finance chief Ivan Sorel spoke to the press.\n\n"
        "“No, the tax will not rise this year,” added I. Sorel."
    )
    _, mentions, quotes = run(text)
    assert quotes[0].speaker_text == "I. Sorel"
    assert speaker_names(quotes, mentions) == ["Ivan Sorel"]


def test_role_speaker_resolves_to_the_named_spokesman(run: Run) -> None:
    text = (
        "The ministry spokesman Karl Nyberg spoke on Tuesday.\n\n"
        "“The talks will continue next week,” the ministry spokesman told reporters."
    )
    _, mentions, quotes = run(text)
    assert speaker_names(quotes, mentions) == ["Karl Nyberg"]


def test_relay_is_not_the_speaker(run: Run) -> None:
    text = (
        "Governor Elena Varga visited the flooded towns.\n\n"
        "“Every family will get help before winter,” the Nordpress agency quoted her as saying."
    )
    _, mentions, quotes = run(text)
    (quote,) = quotes
    assert quote.relay == "the Nordpress agency"
    assert quote.speaker_text == "her"
    assert speaker_names(quotes, mentions) == ["Elena Varga"]


def test_scare_quotes_and_titles_are_not_quotes(run: Run) -> None:
    text = "The so-called “green deal” was discussed on the show “Morning News” yesterday."
    _, _, quotes = run(text)
    assert quotes == ()


def test_unresolvable_speaker_keeps_its_words(run: Run) -> None:
    text = "“The road is closed until spring,” a local official said."
    _, _, quotes = run(text)
    (quote,) = quotes
    assert quote.speaker_text == "a local official"
    assert quote.speaker_mention is None


def test_quote_id_and_span(run: Run) -> None:
    text = "“We are ready for the vote,” Ivan Sorel said."
    document, _, quotes = run(text)
    (quote,) = quotes
    assert document.text[quote.start : quote.end] == quote.text
    assert quote.document == document.id
