"""Story clusters: shared names and words link documents; same clusters in any order, incremental == full."""

from __future__ import annotations

import itertools

from storyline.link.stories import StoryState, build_stories, update_stories
from storyline.model import Document, DocumentAnalysis, Mention, OffsetMap, PublicationDate, make_id

BELARUS = ["Lukashenko", "Minsk", "Moscow", "Belarus", "Russia"]
FLOOD = ["Danube", "Budapest", "Orban", "Hungary"]
BELARUS_WORDS = "integration roadmaps treaty union talks signed programs economic"
FLOOD_WORDS = "river flood water level rescue evacuated villages dams"


def analysis(names: list[str], words: str, published: str, tag: str) -> DocumentAnalysis:
    text = f"{' '.join(names)}. {words} {words} {tag}."
    document = Document(
        id=make_id("doc", text),
        source=tag,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
        published=PublicationDate(value=published, source="metadata", confidence=0.95),
    )
    mentions, position = [], 0
    for name in names:
        start = text.index(name, position)
        position = start + len(name)
        label = "PERSON" if name in ("Lukashenko", "Orban") else "GPE"
        mentions.append(
            Mention(
                id=make_id("mention", document.id, start),
                document=document.id,
                start=start,
                end=position,
                text=name,
                label=label,
            )
        )
    return DocumentAnalysis(document=document, mentions=tuple(mentions))


CORPUS = [
    analysis(BELARUS, BELARUS_WORDS, "2021-03-30", "alpha"),
    analysis(BELARUS, BELARUS_WORDS, "2021-04-10", "beta"),
    analysis(BELARUS, BELARUS_WORDS, "2020-08-10", "gamma"),
    analysis(FLOOD, FLOOD_WORDS, "2021-04-01", "delta"),
    analysis(FLOOD, FLOOD_WORDS, "2021-04-02", "epsilon"),
]


def test_two_stories_one_split_into_episodes_with_labels_and_dates() -> None:
    stories = build_stories(CORPUS)
    top = [s for s in stories if s.parent is None]
    assert sorted(len(s.documents) for s in top) == [2, 3]
    belarus = next(s for s in top if len(s.documents) == 3)
    assert (belarus.start, belarus.end) == ("2020-08-10", "2021-04-10")
    assert "Belarus" in belarus.entities and "integration" in belarus.terms and "Belarus" in belarus.label
    episodes = sorted((s for s in stories if s.parent == belarus.id), key=lambda s: len(s.documents))
    assert [len(s.documents) for s in episodes] == [1, 2]
    flood = next(s for s in top if len(s.documents) == 2)
    assert not [s for s in stories if s.parent == flood.id]


def test_the_same_articles_in_any_order_give_the_same_stories() -> None:
    expected = build_stories(CORPUS)
    for order in itertools.permutations(CORPUS):
        assert build_stories(list(order)) == expected


def test_incremental_updates_equal_a_full_build_and_report_what_changed() -> None:
    state = StoryState()
    first = update_stories(state, CORPUS[3:])
    assert [len(s.documents) for s in first.stories] == [2]
    second = update_stories(state, [CORPUS[0], CORPUS[2]])
    assert {len(s.documents) for s in second.stories} == {2, 1} and not second.removed
    third = update_stories(state, [CORPUS[1]])
    assert all(CORPUS[1].document.id in s.documents for s in third.stories if s.parent is None)
    assert third.removed and set(third.removed) == {s.id for s in second.stories} - {
        s.id for s in third.stories
    }
    assert update_stories(state, [CORPUS[1]]).stories == ()
    current = {s.id: s for s in first.stories + second.stories + third.stories}
    for gone in third.removed:
        current.pop(gone)
    assert sorted(current.values(), key=lambda s: s.id) == list(build_stories(CORPUS))


def test_a_bridging_article_does_not_chain_two_stories_into_one() -> None:
    names_a = ["Lukashenko", "Minsk", "Belarus", "Grodno"]
    names_b = ["Danube", "Budapest", "Orban", "Hungary"]
    words_a, words_b = "integration roadmaps treaty signed", "river flood water rescue"
    corpus = [analysis(names_a, words_a, f"2021-03-{10 + i}", f"a{i}") for i in range(6)]
    corpus += [analysis(names_b, words_b, f"2021-04-{10 + i}", f"b{i}") for i in range(6)]
    bridge = analysis(names_a[:2] + names_b[:2], f"{words_a} {words_b}", "2021-04-01", "bridge")
    top = [s for s in build_stories([*corpus, bridge]) if s.parent is None]
    assert sorted(len(s.documents) for s in top) == [6, 7]
    by_tag = {a.document.id: a.document.source for a in [*corpus, bridge]}
    assert all(len({by_tag[d][0] for d in s.documents if by_tag[d] != "bridge"}) == 1 for s in top)


def test_short_documents_link_on_fewer_keys_long_ones_still_need_two_names() -> None:
    short = [analysis(["Cook"], "climber fell mountain ridge", f"2021-05-0{i}", f"s{i}") for i in (1, 2)]
    assert len({s.id for s in build_stories(short) if s.parent is None}) == 1
    words = "climber fell mountain ridge rescue helicopter weather storm night brother"
    places = (["Alder", "Birch"], ["Cedar", "Dover"])
    long = [analysis(["Cook", *p], words, f"2021-05-0{i}", f"long{i}") for i, p in enumerate(places)]
    assert len([s for s in build_stories(long) if s.parent is None]) == 2


def test_key_ties_go_to_the_word_the_text_has_first() -> None:
    from storyline.link.story_keys import TERMS_PER_DOCUMENT, story_keys

    words = [f"zeta{chr(97 + i)}word" for i in range(TERMS_PER_DOCUMENT)] + ["alphaword", "betaword"]
    keys = story_keys(analysis([], " ".join(words), "2021-05-01", "ties"))
    assert "alphaword" not in keys.terms and "zetaaword" in keys.terms


def test_two_densely_linked_halves_are_one_story_a_sparse_bridge_is_not() -> None:
    from storyline.link.story_graph import communities

    a, b = [f"a{i}" for i in range(6)], [f"b{i}" for i in range(6)]
    inside = [(x, y, 10.0) for half in (a, b) for i, x in enumerate(half) for y in half[i + 1 :]]
    across = [(x, y, 1.0) for i, x in enumerate(a) for y in b[i : i + 2]]
    assert communities(a + b, inside + across) == [sorted(a + b)]
    bridge = [("a0", y, 1.0) for y in b]
    assert len(communities(a + b, inside + bridge)) == 2
