# storyline — the commands that matter. `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

SEMANTIC := .venv-semantic
.PHONY: install system-deps demo test lint typecheck unit semantic bench bench-engine screenshots clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,dask,postgres]'
	touch $(STAMP)

install: $(STAMP)            ## create .venv with storyline, its spaCy pipelines and the dev tools

# semantic search lives in its own venv: with torch installed, spaCy (thinc) imports it at every start
# (+190 MB, slower start), which the main venv and its measurements should not pay
$(SEMANTIC)/.installed: pyproject.toml
	$(PY) -m venv $(SEMANTIC)
	$(SEMANTIC)/bin/pip install -q --upgrade pip
	$(SEMANTIC)/bin/pip install -q -e '.[dev,semantic]'
	touch $@

SYSTEM_PACKAGES := chromium postgresql
system-deps:                 ## Debian packages the tests drive (as root; CI runs this): headless Chromium, PostgreSQL
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then echo "not root: install$$missing with apt-get for the browser tests"; exit 0; fi; \
	export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq $$missing

demo: install                ## ingest the bundled demo corpus into demo.db and print a briefing
	$(BIN)/storyline demo --db demo.db

lint: install
	$(BIN)/ruff check storyline tests bench
	$(BIN)/ruff format --check storyline tests bench

typecheck: install
	$(BIN)/mypy storyline

unit: install
	$(BIN)/pytest

semantic: $(SEMANTIC)/.installed   ## the semantic-search tests, with storyline[semantic] installed
	$(SEMANTIC)/bin/pytest -q tests/serve/test_semantic.py

test: system-deps lint typecheck unit semantic   ## everything CI runs

bench: install               ## long measurements; writes BENCHMARKS.md (see bench/README.md)
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python -m bench.run_all
	$(MAKE) $(SEMANTIC)/.installed && $(SEMANTIC)/bin/python -m bench.search.run
	$(BIN)/python -m bench.run_all --assemble-only

ENGINE_SIDES ?= spacy1,ours1,spacy2,ours2,stages
bench-engine: install        ## ingest throughput next to spaCy alone (bench/results/scale_engine.md); on a quiet machine
	$(BIN)/python -m bench.scale.engine.run --limit 40 --rounds 4 --sides $(ENGINE_SIDES)

screenshots: install         ## the README's screenshots, taken by the browser tests
	STORYLINE_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/serve/test_browser.py

clean:
	rm -rf $(VENV) $(SEMANTIC) .pytest_cache .mypy_cache .ruff_cache demo.db
