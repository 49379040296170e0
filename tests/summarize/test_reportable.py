"""Brief lines are reports: questions, bracketed asides, the page addressing its reader, cut sentences
are never chosen (summarize/reportable.py). Our own sentences, shaped like the ones read on real pages."""

from __future__ import annotations

import pytest

from storyline.summarize.reportable import reportable


@pytest.mark.parametrize(
    "text",
    [
        "HOST : You know what , I still have n't seen the tape ?",
        "Is that what the ministry wanted ? ''",
        "( Update 6:22 a.m. Friday in Cairo , 11:22 p.m. Thursday ET )",
        "Get the morning briefing delivered to your inbox every day .",
        "Please be sure to tune in this Saturday for my full documentary .",
        "I posted this graph two days ago , in fact .",
        "We 're about to mark the anniversary of the crash .",
        "The court opened a hearing on Tuesday for Maj.",
    ],
)
def test_not_a_report(text: str) -> None:
    assert not reportable(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Tuesday after two weeks of protests .",
        "`` You have to leave now , '' the officer told the crowd on Friday .",
        "Troops ( some in riot gear ) cleared the square on Sunday .",
        "The hearing was adjourned until Jan.",  # a month's dot is no title
        "Veterans of World War I marched on Sunday , the ministry said .",
        "Phase I trials of the vaccine began on Monday in Geneva .",
        "`` I will not resign , '' the president said on Friday .",
        "`` I am proud of my people .",  # the quotation closes in the next sentence
        "I will stay , '' he said on Friday .",
        "The US and its allies met on Monday , officials told us .",
    ],
)
def test_a_report(text: str) -> None:
    assert reportable(text)
