"""Organisation identity on the Timeline17 H1N1 topics: how many entities the WHO and CDC spellings form.

Run: `STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.entities.orgs`. A mention is a WHO (or
CDC) spelling when its cleaned text is one of the patterns below; the figure is the number of distinct
entities those mentions end up in (goal: 1 each), with the mention count beside it.
"""

from __future__ import annotations

import json
import re

from bench.entities.corpus import load_topic
from storyline.link.entities import link_entities

TOPICS = ("H1N1_bbc", "H1N1_guardian", "H1N1_reuters")
VARIANTS = {
    "WHO": re.compile(r"^(?:the )?(?:World Health Organi[sz]ation|WHO|W\.H\.O\.?)$", re.I),
    "CDC": re.compile(
        r"^(?:the )?(?:(?:US|U\.S\.?|American) )?"
        r"(?:Cent(?:er|re)s? for Disease Control(?: and Prevention)?|CDC)$",
        re.I,
    ),
}


def _clean(text: str) -> str:
    return " ".join(re.sub(r"-?[LR]RB-?|``|''|'s$", " ", text).split())


def topic_figures(topic: str) -> dict[str, dict[str, int]]:
    """For each organisation: the entities its spellings form and the mentions they have."""
    analyses = load_topic(topic)
    entities = link_entities(analyses, ())
    owner = {mention: entity.id for entity in entities for mention in entity.mentions}
    texts = {m.id: _clean(m.text) for a in analyses for m in a.mentions if m.kind == "name"}
    figures = {}
    for name, pattern in VARIANTS.items():
        ids = [m for m, text in texts.items() if pattern.match(text)]
        figures[name] = {"entities": len({owner.get(m, m) for m in ids}), "mentions": len(ids)}
    return figures


def main() -> None:
    print(json.dumps({topic: topic_figures(topic) for topic in TOPICS}))


if __name__ == "__main__":
    main()
