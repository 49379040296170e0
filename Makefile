# storyline — the commands that matter. `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck unit bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)            ## create .venv with storyline, its spaCy pipelines and the dev tools

demo: install                ## ingest the bundled demo corpus into demo.db and print a briefing
	$(BIN)/storyline demo --db demo.db

lint: install
	$(BIN)/ruff check storyline tests bench
	$(BIN)/ruff format --check storyline tests bench

typecheck: install
	$(BIN)/mypy storyline

unit: install
	$(BIN)/pytest

test: lint typecheck unit    ## everything CI runs

bench: install               ## long measurements; writes BENCHMARKS.md (see bench/README.md)
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache demo.db
