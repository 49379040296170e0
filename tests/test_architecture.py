"""The import graph has no stage-to-stage arrows (docs/architecture.md): read from every module's source,
imports inside functions included, so a lazy import that reaches into another stage fails too."""

from __future__ import annotations

import ast
from pathlib import Path

import storyline

ROOT = Path(storyline.__file__).parent
STAGES = ("ingest", "clean", "extract", "link", "summarize", "store", "serve", "run", "cli")
# What each folder may import of the others: the runner composes the pure stages; the edges (the web app
# and the command line) call the runner and read the store. Neutral packages (model, names, sketch,
# lang, semantic, ...) import no stage at all.
ALLOWED: dict[str, frozenset[str]] = {
    "run": frozenset({"ingest", "clean", "extract", "link", "summarize", "store"}),
    "serve": frozenset({"run", "store", "summarize"}),
    "cli": frozenset({"ingest", "extract", "run", "serve", "store", "summarize"}),
}


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) of every import in a module, at any depth; relative imports made absolute."""
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found += [(node.lineno, module)]
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names if not node.module]
    return found


def _folder(module: str) -> str | None:
    """The top folder of a storyline module ("storyline.link.entities" → link), None outside storyline."""
    parts = module.split(".")
    return parts[1] if parts[0] == "storyline" and len(parts) > 1 else None


def arrows(root: Path = ROOT) -> list[str]:
    """Every import of a stage by a module it is not allowed to (as "path:line imports module")."""
    wrong = []
    for path in sorted(root.rglob("*.py")):
        own = _folder(_module_name(path, root))
        allowed = ALLOWED.get(own or "", frozenset())
        for line, module in imported(path, root):
            target = _folder(module)
            if target in STAGES and target != own and target not in allowed:
                wrong.append(f"{path.relative_to(root.parent)}:{line} imports {module}")
    return wrong


def test_no_stage_or_neutral_package_imports_a_stage_it_may_not() -> None:
    assert arrows() == []


def test_a_lazy_import_inside_a_function_is_an_arrow_too(tmp_path: Path) -> None:
    store = tmp_path / "storyline" / "store"
    store.mkdir(parents=True)
    (tmp_path / "storyline" / "__init__.py").write_text("")
    (store / "__init__.py").write_text("from . import rows\n")
    (store / "rows.py").write_text("def fill():\n    from storyline.link.entities import blocks\n")
    (store / "up.py").write_text("def fill():\n    from ..run import fold\n")
    (tmp_path / "storyline" / "names.py").write_text("import storyline.extract.nlp\n")
    assert arrows(tmp_path / "storyline") == [
        "storyline/names.py:1 imports storyline.extract.nlp",
        "storyline/store/rows.py:2 imports storyline.link.entities",
        "storyline/store/up.py:2 imports storyline.run",
    ]


def test_the_runner_may_compose_stages_and_the_edges_call_the_runner() -> None:
    run = [module for path in (ROOT / "run").rglob("*.py") for _, module in imported(path)]
    assert {"link", "store", "extract"} <= {_folder(m) for m in run}
    assert not {_folder(m) for m in run} & {"cli", "serve"}
