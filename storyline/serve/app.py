"""The web app: FastAPI over one storyline database, server-rendered pages plus a JSON API under /api.

`create_app(config)` builds it; `storyline serve` runs it with uvicorn. Every page reads through a
per-request read-only connection; only the correction forms write, and they need the app's token.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from storyline import __version__
from storyline.errors import EncoderNotInstalled, InputError, NotFound, StorylineError
from storyline.serve import (
    api,
    documents,
    entities,
    exports,
    overview,
    quotes,
    search,
    sources,
    stories,
    timeline,
)
from storyline.serve.context import TEMPLATES, ServeConfig, open_reader, readers_for
from storyline.store.dialect import is_url

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(config: ServeConfig) -> FastAPI:
    """The app for `config.db`; refuses at once a file that is not a storyline database."""
    check_database(config.db)
    app = FastAPI(
        title="storyline",
        version=__version__,
        description="A sourced story: timeline, statements, entities, documents, each traced to its text.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.config = config
    app.state.readers = readers_for(config)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).with_name("static"))), name="static")
    for module in (overview, stories, timeline, entities, quotes, documents, search, sources, exports):
        app.include_router(module.router)
    app.include_router(api.router, prefix="/api")
    app.middleware("http")(_security_headers)
    app.add_exception_handler(StorylineError, _storyline_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    return app


def check_database(path: Path) -> None:
    """Open `path` read-only and make sure storyline made it (it has storyline's migrations table)."""
    conn = open_reader(path)
    try:
        conn.execute("SELECT name FROM migrations LIMIT 1").fetchall()
        conn.execute(f"SELECT 1 FROM {'quotes' if is_url(path) else 'quotes_fts'} LIMIT 1").fetchall()
    except Exception as error:
        raise InputError(
            f"{path} is not a current storyline database ({error})",
            hint="give --db a database made by `storyline ingest` (an older one: run `storyline relink`)",
        ) from error
    finally:
        conn.close()


async def _security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
    response: Response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, code: str, message: str, hint: str | None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message, "hint": hint}}, status_code=status)
    context = {"status": status, "code": code, "message": message, "hint": hint}
    return TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status)


async def _storyline_error(request: Request, error: StorylineError) -> Response:
    status = 404 if isinstance(error, NotFound) else 400 if isinstance(error, InputError) else 500
    status = 400 if isinstance(error, EncoderNotInstalled) else status  # mode=similar cannot be used here
    return _error(request, status, error.code, error.message, error.hint)


async def _http_error(request: Request, error: HTTPException) -> Response:
    return _error(request, error.status_code, f"HTTP{error.status_code}", str(error.detail), None)


async def _validation_error(request: Request, error: RequestValidationError) -> Response:
    problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors())
    return _error(
        request, 422, "E422", f"invalid request: {problems}", "see /openapi.json for the parameters"
    )
