# client-classifier: the front door. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help install browser postgres wrk lint format test test-fast data train evaluate tune audit run soak bench notebooks lock clean

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): requirements/dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

install: $(STAMP) ## Create .venv/ and install the project with its dev tools from the pinned lock

browser: ## Install Debian's chromium for the page tests (as root; otherwise they are skipped)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "Could not install chromium: the browser tests will be skipped."; \
	  else echo "chromium is not installed (needs root): the browser tests will be skipped."; fi; }

lint: $(STAMP) ## Check style and types (ruff, mypy)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: $(STAMP) ## Reformat the code and fix what ruff can fix
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

postgres: ## Install Debian's PostgreSQL for the database tests (as root; otherwise they are skipped)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's postgresql for the database tests..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
	      || echo "Could not install postgresql: the PostgreSQL tests will be skipped."; \
	  else echo "PostgreSQL is not installed (needs root): the PostgreSQL tests will be skipped."; fi; }

test: $(STAMP) browser postgres ## Run the whole test suite: lint, types, unit, data, model, API, browser, notebooks
	@# The slow tests (full-corpus training and checks) and then the notebooks run beside lint
	@# and the rest, one line of work per core; their report follows, and any of them failing
	@# fails the target. Lint's report comes first: a lint failure skips the rest, and the
	@# slow side's report follows when it ends (Ctrl-C stops both).
	@log=$$(mktemp); \
	{ $(BIN)/pytest -m slow >"$$log" 2>&1 && $(BIN)/pytest --nbmake notebooks >>"$$log" 2>&1; } & side=$$!; \
	$(MAKE) --no-print-directory lint && $(BIN)/pytest -m "not slow"; rest=$$?; \
	wait $$side; slow=$$?; \
	echo "--- slow tests and notebooks ---"; cat "$$log"; rm -f "$$log"; \
	test $$rest -eq 0 && test $$slow -eq 0

test-fast: $(STAMP) ## Run the tests without the slow ones that train on the full corpus
	$(BIN)/pytest -m "not slow"

data: $(STAMP) ## Build data/processed/ (corpus, train, test) from the raw data
	$(BIN)/client-classifier data build

# TRAIN_FLAGS=--no-cv skips the grouped cross-validated metrics (the model is the same).
TRAIN_FLAGS ?=

train: data ## Train the default model on the repository's data (with its grouped-CV metrics) and make it current
	$(BIN)/client-classifier train --data data/processed/train.csv $(TRAIN_FLAGS)

evaluate: $(STAMP) ## Score the current model on the held-out test split; writes reports/
	$(BIN)/client-classifier evaluate --data data/processed/test.csv

tune: data ## Choose hyperparameters by grouped CV and write them into config/default.toml
	$(BIN)/client-classifier tune --data data/processed/train.csv --apply

audit: $(STAMP) ## Flag likely label errors in the corpus (cleanlab) into reports/label-audit.csv
	$(BIN)/client-classifier data audit

run: $(STAMP) ## Install if needed, train if no model exists, then serve the API and its page
	@# The first model skips the grouped cross-validation: the fit is the same, only its honest
	@# metrics wait for `make train`, which would take most of the first start.
	@if [ ! -s models/CURRENT ]; then echo "No model yet: training the default model first (under a minute; \`make train\` later adds its grouped-CV metrics)."; $(MAKE) --no-print-directory train TRAIN_FLAGS=--no-cv; fi
	$(BIN)/client-classifier serve --host $(HOST) --port $(PORT)

soak: $(STAMP) ## Five minutes of steady load with reloads and feedback writes (needs a trained model)
	$(BIN)/client-classifier soak --duration 300 --rate 20

wrk: ## Install Debian's wrk for the HTTP benchmark (as root)
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's wrk for the HTTP benchmark..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null); \
	  else echo "wrk is missing: install it (apt-get install wrk)"; exit 1; fi; }

bench: $(STAMP) wrk data ## Accuracy vs peers, speed, HTTP load, cost growth -> benchmarks/RESULTS.md (~8 min)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python -m benchmarks.run

notebooks: $(STAMP) ## Open the notebooks in JupyterLab (http://127.0.0.1:8888)
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 notebooks/

lock: ## Re-resolve the pinned lock from pyproject.toml (needs uv)
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --python-platform x86_64-manylinux_2_28 --generate-hashes --no-header -o requirements/dev.lock

clean: ## Remove caches and built data (keeps models and .venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache data/processed/*.csv reports
