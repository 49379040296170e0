"""The default quotes view judged by reading: the section bench/quotes/run.py adds to bench/results/quotes.md.

The judgements are in bench/quotes/data/t17_reading_precise4.tsv (this round) and bench/reading/data/
(reader4's, the "before"); the sample is `python -m bench.reading.sample DB --seed 17 --quotes 40` on fresh
ingests of the 25 articles `python -m bench.reading.pick TOPIC --seed 17` chooses.
"""

from __future__ import annotations

DEFAULT_VIEW_READING = (
    "Default view, reading (issue 10, 2026-12-01): 40 quotes each from EgyptianProtest_cnn and "
    "Finan_washingtonpost (25 articles per topic, `python -m bench.reading.pick TOPIC --seed 17`, fresh "
    "`storyline ingest` dbs, `python -m bench.reading.sample DB --seed 17 --quotes 40`), each judged real "
    "quote / right speaker / right span. Before (main 91e484e, reader4's verdicts in bench/reading/data/): "
    "19/40 and 18/40, 37/80 (46%). After (precise4 a865a15, the default-view filters, transcript turns and "
    "speaker fixes): 32/40 and 27/40, 59/80 (74%); verdicts in bench/quotes/data/t17_reading_precise4.tsv. "
    "17 of the 40 Egypt items are transcript turns now (16 ok); the other 23 are 16 ok. Left: 7 non-speech "
    "cues ('X helps explain', 'which explains how', a passive 'was found by', 'will meet to discuss', "
    "'they share', 'hoping'), 4 speakers (a passive 'was told', a misparsed subject, 'Facebook had this to "
    "say' before a named spokesman, 'according to lobbyists'), 4 spans, 4 cleaning (2 reader comments, a "
    "glued headline, a lost sentence break), 2 entity links. Three of them ('was found by', 'was told', "
    "'will meet to discuss') were then fixed from this reading (59/77 on the same items; not held out). "
    "reader4's 80 items re-read on the final code (not held out: they drove the work): 16 are no separate "
    "quotes any more (hypothetical, own-thinking and publication cues, first-person frames and audience "
    "turns inside transcripts), of the 64 left 52 are ok (81%; 37 of them were ok before)."
)
