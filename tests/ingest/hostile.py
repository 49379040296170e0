"""Hostile inputs made on the fly for the ingest and reliability tests: bombs, loops, FIFOs, odd bytes."""

from __future__ import annotations

import gzip
import os
import uuid
import zipfile
from pathlib import Path

ARTICLE = (
    "Minsk tram fares rise in March\n\n"
    "The city council of Minsk said on Tuesday that tram fares would rise by ten percent in March. "
    '"We have no other choice," deputy mayor Anna Sokal told reporters after the vote.\n\n'
    "Passenger groups said they would appeal the decision before the end of the month.\n"
)
MIB = 1 << 20


def article_html(body: str = ARTICLE, depth: int = 0) -> str:
    """An article page, its text nested inside `depth` divs."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in body.split("\n\n")[1:])
    return (
        f"<html><head><title>{body.splitlines()[0]}</title></head><body>"
        + "<div>" * depth
        + f"<article><h1>{body.splitlines()[0]}</h1>{paragraphs}</article>"
        + "</div>" * depth
        + "</body></html>"
    )


def gzip_bomb_warc(path: Path, megabytes: int = 1200) -> Path:
    """A .warc.gz of about `megabytes` KB that inflates to `megabytes` MB: one HTML response of 'a's.

    Built in milliseconds from one compressed megabyte repeated (a multi-member gzip stream).
    """
    body_length = megabytes * MIB
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body_length}\r\n\r\n".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/\r\n"
        f"WARC-Date: 2024-01-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + body_length}\r\n\r\n"
    ).encode()
    member = gzip.compress(b"a" * MIB, compresslevel=9)
    with path.open("wb") as out:
        out.write(gzip.compress(head + http))
        for _ in range(megabytes):
            out.write(member)
        out.write(gzip.compress(b"\r\n\r\n"))
    return path


def gzip_bomb(path: Path, megabytes: int = 1200) -> Path:
    """A plain gzip file (e.g. `x.html.gz`) that inflates to `megabytes` MB of 'a'."""
    member = gzip.compress(b"a" * MIB, compresslevel=9)
    with path.open("wb") as out:
        for _ in range(megabytes):
            out.write(member)
    return path


def symlink_loops(root: Path) -> Path:
    """A folder whose sub-folders link back to their parents twice over (2^depth paths for `**`)."""
    folder = root / "looped"
    (folder / "a" / "b").mkdir(parents=True)
    (folder / "a" / "b" / "deep.txt").write_text(ARTICLE, "utf-8")
    (folder / "top.txt").write_text(ARTICLE.replace("Tuesday", "Monday"), "utf-8")
    os.symlink("..", folder / "a" / "up")
    os.symlink("../..", folder / "a" / "b" / "upup")
    os.symlink(str(folder), folder / "a" / "b" / "root")
    return folder


def hostile_files(folder: Path) -> dict[str, str]:
    """Write one file of each hostile kind into `folder`; name -> what storyline must do ("reject"/"skip")."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = outcome

    put("empty.txt", b"", "reject")
    put("blank.txt", b" \n\n\t\n", "reject")
    put("truncated.txt.gz", gzip.compress(ARTICLE.encode())[:-20], "reject")
    put("not-gzip.html.gz", b"<html>plain, not gzip</html>", "reject")
    put("invalid-utf8.txt", b"\xff\xfe\xfa\xfb" + os.urandom(4000), "reject")
    put("random.bin.txt", os.urandom(8192), "reject")
    put("deep-xml-bomb.rss", _billion_laughs_feed(), "reject")
    put("xml-bomb.html", _billion_laughs_html(), "reject")
    put("truncated.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:-10], "reject")
    put("bad-lines.jsonl", b'{"text": \n[1, 2]\n{"title": "no text"}\n', "reject")
    put("notes.xml", b"<?xml version='1.0'?><notes><n>not a feed</n></notes>", "reject")
    put("zip-renamed.html", _zip_bytes(), "reject")
    put("image.png", b"\x89PNG\r\n\x1a\n" + os.urandom(512), "skip")
    put("scan.pdf", b"%PDF-1.4\n" + os.urandom(512), "skip")
    put("song.mp3", b"ID3\x04" + os.urandom(512), "skip")
    put("archive.zip", _zip_bytes(), "skip")
    put("kb.db", b"SQLite format 3\x00" + bytes(4080), "skip")
    put("kb.db-wal", bytes(1024), "skip")
    put("kb.db-shm", bytes(1024), "skip")
    put("gzip-bomb.html.gz", gzip_bomb(folder / "_bomb", 200).read_bytes(), "reject")
    (folder / "_bomb").unlink()
    gzip_bomb_warc(folder / "bomb.warc.gz", 300)
    expected["bomb.warc.gz"] = "reject"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "skip"
    os.symlink(folder / "missing-target.txt", folder / "dangling.txt")
    expected["dangling.txt"] = "skip"
    return expected


def good_files(folder: Path) -> dict[str, str]:
    """Readable articles in hostile shapes (NULs, deep nesting, a huge line, gzipped): all stored."""
    folder.mkdir(parents=True, exist_ok=True)
    good = {
        "nul-bytes.txt": (ARTICLE[:60] + "\x00\x00" + ARTICLE[60:].replace("ten", "eleven")).encode(),
        "deep.html": article_html(ARTICLE.replace("ten percent", "nine percent"), depth=300).encode(),
        "page.html.gz": gzip.compress(article_html(ARTICLE.replace("Tuesday", "Friday")).encode()),
        "note.txt.gz": gzip.compress(ARTICLE.replace("Minsk", "Brest").encode()),
        "lines.jsonl.gz": gzip.compress(
            b'{"text": "Brest tram fares rise.\\n\\nThe mayor of Brest said on Monday that fares rise."}\n'
        ),
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
    return {name: "store" for name in good}


def _zip_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE * 20)
    return buffer.getvalue()


def _billion_laughs_feed() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]>'
        "<rss version='2.0'><channel><title>t</title><item><title>&a9;</title>"
        "<description>&a9;</description></item></channel></rss>"
    ).encode()


def _billion_laughs_html() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return f"<!DOCTYPE html [{entities}]><html><body><p>&a9;</p></body></html>".encode()
