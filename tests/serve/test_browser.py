"""End-to-end in headless Chromium (Debian's package, driven by Playwright, never a downloaded browser).

Opens every page on the demo corpus (plus one hostile article), clicks timeline → event → document →
entity → quote, fails on any console error, proves no script from article text ran, and saves
screenshots (to $STORYLINE_SCREENSHOTS, else a temporary folder). Skipped where Chromium is absent,
except in CI, where .ci/run installs it and its absence is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, sync_playwright

from storyline.serve import ServeConfig, create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = pytest.mark.browser
ERRORS: dict[int, list[str]] = {}  # console errors seen, per page


def _chromium_or_skip() -> str:
    if Path(CHROMIUM).is_file():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing in CI: .ci/run must install Debian's chromium package")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(
        create_app(ServeConfig(db=web_db)), host="127.0.0.1", port=port, log_level="error"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_page(base_url: str) -> Iterator[Page]:
    executable = _chromium_or_skip()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
        ERRORS[id(page)] = errors
        yield page
        browser.close()


def _shots() -> Path:
    default = Path(os.environ.get("TMPDIR", "/tmp")) / "storyline-shots"
    folder = Path(os.environ.get("STORYLINE_SCREENSHOTS") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _visit(page: Page, url: str, name: str) -> None:
    page.goto(url)
    assert page.title().endswith("storyline")
    assert page.evaluate("typeof window.__pwned") == "undefined", url
    page.screenshot(path=str(_shots() / f"{name}.png"), full_page=False)
    assert ERRORS[id(page)] == [], ERRORS[id(page)]


@pytest.mark.parametrize(
    "path, name",
    [
        ("/", "overview"),
        ("/stories", "stories"),
        ("/timeline", "timeline"),
        ("/quotes", "quotes"),
        ("/entities", "entities"),
        ("/documents", "documents"),
        ("/sources", "sources"),
        ("/search?q=Sochi", "search"),
    ],
)
def test_every_page_renders_without_errors(browser_page: Page, base_url: str, path: str, name: str) -> None:
    _visit(browser_page, base_url + path, name)


def test_click_from_the_timeline_to_a_quote(browser_page: Page, base_url: str) -> None:
    page = browser_page
    _visit(page, base_url + "/timeline", "timeline")
    page.locator("ol.timeline a.date").first.click()
    page.wait_for_url("**/timeline/*")
    page.locator("ol.reports a.cite").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("#focus").count() == 1
    page.screenshot(path=str(_shots() / "document.png"))
    page.locator("article.text a.mention").first.click()
    page.wait_for_url("**/entities/*")
    page.screenshot(path=str(_shots() / "entity.png"))
    _visit(page, base_url + "/quotes", "quotes")
    page.locator("ol.statements a.date").first.click()
    page.wait_for_url("**/statements/*")
    assert page.locator("text=first report").count() >= 1
    page.screenshot(path=str(_shots() / "statement.png"))
    assert ERRORS[id(page)] == [], ERRORS[id(page)]


def test_no_script_from_article_text_runs(browser_page: Page, base_url: str) -> None:
    page = browser_page
    _visit(page, base_url + "/search?q=Kettering", "search-hostile")
    page.locator("ol.hits a").first.click()
    page.wait_for_url("**/documents/*")
    page.hover("text=Budget Office")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned=1</script>" in page.inner_text("article.text")
    assert page.locator("article.text script, article.text img, article.text iframe").count() == 0
    page.screenshot(path=str(_shots() / "hostile-document.png"))
    for path in ("/", "/timeline", "/quotes", "/entities?q=Kettering"):
        _visit(page, base_url + path, "hostile-" + (path.strip("/").split("?")[0] or "overview"))
