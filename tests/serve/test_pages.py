"""Every page and API route of the web app answers with real data from the demo corpus (in-process)."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.errors import InputError
from storyline.serve import ServeConfig, create_app


class Links(HTMLParser):
    """The internal links, every tag and attribute of a page (to look for anything that could run)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        href = dict(attrs).get("href")
        if tag == "a" and href and href.startswith("/"):
            self.links.append(href.split("#")[0])


def parse(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def first_link(client: TestClient, page: str, prefix: str) -> str:
    links = [link for link in parse(client.get(page).text).links if link.startswith(prefix)]
    assert links, f"{page} links to no {prefix}"
    return links[0]


def test_overview_shows_counts_people_and_a_chart(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Lukashenko" in page.text and "<svg" in page.text
    assert re.search(r"<b>2\d</b> documents", page.text)


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/timeline", "dated by"),
        ("/timeline?since=2020-08&until=2020-09", "2020-0"),
        ("/timeline?entity=Lukashenko", "Lukashenko"),
        ("/entities", "PERSON"),
        ("/entities?type=ORG", "ORG"),
        ("/quotes", "first reported by"),
        ("/quotes?speaker=Peskov", "Peskov"),
        ("/documents", "published"),
        ("/search?q=Sochi", "<mark>Sochi</mark>"),
        ("/search?q=merg*&kind=quotes", "<mark>"),
        ("/search?q=Sochi&kind=events", "match"),
        ("/sources", "first reports"),
        ("/stories", "documents"),
    ],
)
def test_pages_answer_with_real_data(client: TestClient, path: str, expected: str) -> None:
    page = client.get(path)
    assert page.status_code == 200, page.text[:500]
    assert expected in page.text


def test_every_page_type_is_reachable_by_links_from_the_overview(client: TestClient) -> None:
    seen: set[str] = set()
    frontier = ["/"]
    visits: dict[str, int] = {}
    while frontier:
        path = frontier.pop(0)
        kind = path.split("?")[0].split("/")[1]
        if path in seen or kind == "export" or path.endswith("/raw") or visits.get(kind, 0) >= 3:
            continue
        seen.add(path)
        visits[kind] = visits.get(kind, 0) + 1
        page = client.get(path)
        assert page.status_code == 200, path
        frontier += [link for link in parse(page.text).links if link not in seen]
    expected = {
        "",
        "stories",
        "timeline",
        "entities",
        "quotes",
        "statements",
        "documents",
        "sources",
        "search",
    }
    assert expected <= set(visits)


def test_detail_pages_follow_from_lists(client: TestClient) -> None:
    entry = first_link(client, "/timeline", "/timeline/")
    document = first_link(client, entry, "/documents/")
    assert 'id="focus"' in client.get(document).text
    entity = first_link(client, document, "/entities/")
    assert "Aliases" in client.get(entity).text
    statement = first_link(client, "/quotes", "/statements/")
    assert "first report" in client.get(statement).text


def test_document_page_marks_names_quotes_dates_and_removed_text(client: TestClient) -> None:
    document = first_link(client, "/search?q=Sochi", "/documents/")
    page = client.get(document).text
    for kind in ("mention", "quote", "timex"):
        assert f'class="{kind}' in page or f" {kind}" in page
    raw = client.get(document.split("?")[0] + "/raw")
    assert raw.headers["content-type"].startswith("text/plain")


def test_api_routes_answer_json_with_paging(client: TestClient) -> None:
    for path in ("/api/documents", "/api/timeline", "/api/entities", "/api/statements"):
        body = client.get(path, params={"limit": 2}).json()
        assert body["total"] > 2 and len(body["items"]) == 2 and body["limit"] == 2
        second = client.get(path, params={"limit": 2, "offset": 2}).json()
        assert second["items"] != body["items"]
    document = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["id"]
    detail = client.get(f"/api/documents/{document}").json()
    assert detail["document"]["id"] == document and detail["mentions"]
    assert client.get("/api/search", params={"q": "Lukashenko"}).json()["total"] > 5
    assert client.get("/api/overview").json()["counts"]["documents"] >= 20
    assert client.get("/api/sources").json()


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/documents", "/api/documents/{document_id}", "/api/timeline", "/api/entities",
                  "/api/entities/{entity_id}", "/api/statements", "/api/statements/{statement_id}",
                  "/api/search", "/api/sources", "/api/overview"):  # fmt: skip
        assert route in paths


def test_errors_are_one_envelope_never_a_traceback(client: TestClient) -> None:
    bad = client.get("/api/search", params={"q": '"unclosed'})
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "E110" and "Traceback" not in bad.text
    assert client.get("/search", params={"q": "NOT"}).status_code == 400
    missing = client.get("/api/documents/doc:nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E400"
    assert client.get("/timeline", params={"since": "2020-13"}).status_code == 400
    assert client.get("/api/timeline", params={"limit": 0}).status_code == 422
    assert client.get("/documents/doc:nope").status_code == 404


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/overview", "/static/style.css", "/nowhere"):
        headers = client.get(path).headers
        assert "script-src" not in headers["content-security-policy"]  # default-src 'none' forbids scripts
        assert headers["content-security-policy"].startswith("default-src 'none'")
        assert headers["x-content-type-options"] == "nosniff"


def test_hostile_article_text_renders_as_text_everywhere(client: TestClient) -> None:
    document = first_link(client, "/search?q=Kettering", "/documents/")
    pages = ["/", "/timeline", "/quotes", "/entities", "/search?q=Kettering", "/search?q=pwned&kind=quotes",
             document, "/sources", "/documents"]  # fmt: skip
    pages += [first_link(client, "/entities?q=Kettering", "/entities/")]
    for path in pages:
        html = client.get(path).text
        for tag, attrs in parse(html).tags:
            assert tag not in ("script", "iframe", "svg") or (tag == "svg" and "onload" not in dict(attrs)), (
                path
            )
            for name, value in attrs:
                assert not name.startswith("on"), (path, tag, name)
                assert not (value or "").strip().lower().startswith("javascript:"), (path, tag, name)
    text = client.get(document).text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "onerror=" in text  # shown, as text


def test_serving_never_changes_the_database(client: TestClient, web_db: Path) -> None:
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for path in ("/", "/timeline", "/entities", "/quotes", "/search?q=Putin", "/api/timeline"):
        client.get(path)
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    before = other.read_bytes()
    with pytest.raises(InputError):
        create_app(ServeConfig(db=other))
    assert other.read_bytes() == before


def test_downloads(client: TestClient) -> None:
    export = client.get("/export/storyline.json")
    assert export.status_code == 200 and export.json()["documents"]
    table = client.get("/export/quotes.csv")
    assert table.text.startswith("\ufeff") and "attachment" in table.headers["content-disposition"]
    briefing = client.get("/export/briefing.md").text
    assert briefing.startswith("# storyline briefing") and "doc:" in briefing


def test_story_page_shows_a_sourced_brief_and_filters_the_timeline(client: TestClient) -> None:
    story = first_link(client, "/stories", "/stories/")
    page = client.get(story)
    assert page.status_code == 200 and "The dates that matter" in page.text
    cites = [link for link in parse(page.text).links if link.startswith("/documents/") and "start=" in link]
    assert cites, "every brief line cites a document span"
    story_id = story.rsplit("/", 1)[1]
    assert client.get("/timeline", params={"story": story_id}).status_code == 200
    assert client.get(f"/api/stories/{story_id}").json()["brief"]["dates"]
    assert client.get("/api/stories").json()["total"] >= 1
