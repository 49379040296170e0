"""A timeline summary as Markdown, self-contained HTML (footnotes to every source) or the JSON contract."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

from storyline.model import Brief, BriefDate, BriefSentence, Document

PLANNED = "Planned (announced, not reported as happened)"


def brief_json(brief: Brief) -> dict[str, Any]:
    """The JSON contract: {"story", "documents", "dates": [{"date", "sentences", "reports"}], "planned"}.

    Each sentence is {"text", "document", "start", "end"}; "planned" lists the days only announced.
    """
    return {
        "story": brief.story,
        "documents": brief.documents,
        "dates": [_date_json(d) for d in brief.dates],
        "planned": [_date_json(d) for d in brief.planned],
    }


def brief_markdown(brief: Brief, documents: Mapping[str, Document]) -> str:
    """Markdown: one heading per date, one line per sentence with a footnote to its source."""
    notes: list[BriefSentence] = []
    lines = [f"# Timeline{f' of {brief.story}' if brief.story else ''}", ""]
    for section, dates in (
        ("", brief.dates),
        (f"## {PLANNED}", brief.planned),
    ):
        if section and dates:
            lines += [section, ""]
        for day in dates:
            lines.append(f"### {day.date} — {_reports(day)}")
            for sentence in day.sentences:
                notes.append(sentence)
                lines.append(f"- {sentence.text} [^{len(notes)}]")
            lines.append("")
    lines += [f"[^{i}]: {_source(s, documents)}" for i, s in enumerate(notes, start=1)]
    return "\n".join(lines) + "\n"


def brief_html(brief: Brief, documents: Mapping[str, Document]) -> str:
    """One HTML page with no outside resources; every sentence links to a footnote naming its source."""
    notes: list[BriefSentence] = []
    body = [f"<h1>Timeline{html.escape(f' of {brief.story}') if brief.story else ''}</h1>"]
    for title, dates in (("", brief.dates), (PLANNED, brief.planned)):
        if title and dates:
            body.append(f"<h2>{html.escape(title)}</h2>")
        for day in dates:
            body.append(f"<h3>{day.date} <small>({_reports(day)})</small></h3><ul>")
            for sentence in day.sentences:
                notes.append(sentence)
                n = len(notes)
                body.append(
                    f'<li>{html.escape(sentence.text)} <sup><a href="#fn{n}" id="ref{n}">{n}</a></sup></li>'
                )
            body.append("</ul>")
    body.append("<hr><ol>")
    body += [
        f'<li id="fn{i}">{html.escape(_source(s, documents))} <a href="#ref{i}">↩</a></li>'
        for i, s in enumerate(notes, start=1)
    ]
    body.append("</ol>")
    style = "body{font-family:sans-serif;max-width:50em;margin:auto}small,ol{color:#555}"
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Timeline</title>'
        f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def brief_text(brief: Brief, fmt: str, documents: Mapping[str, Document]) -> str:
    """The brief in `fmt` (md, html or json)."""
    if fmt == "json":
        return json.dumps(brief_json(brief), ensure_ascii=False, indent=2) + "\n"
    return brief_html(brief, documents) if fmt == "html" else brief_markdown(brief, documents)


def _reports(day: BriefDate) -> str:
    if day.planned:
        return "planned"
    return f"{day.reports} report{'' if day.reports == 1 else 's'}"


def _date_json(day: BriefDate) -> dict[str, Any]:
    return {
        "date": day.date,
        "sentences": [
            {"text": s.text, "document": s.document, "start": s.start, "end": s.end} for s in day.sentences
        ],
        "reports": day.reports,
    }


def _source(sentence: BriefSentence, documents: Mapping[str, Document]) -> str:
    document = documents.get(sentence.document)
    name = (document.title or document.outlet or document.source) if document else "?"
    published = document.published.value if document and document.published.value else "undated"
    return f"{name} ({published}), document {sentence.document}, characters {sentence.start}–{sentence.end}"
