# client-classifier: the front door. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help install lint format test test-fast data train evaluate audit run lock clean

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): requirements/dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

install: $(STAMP) ## Create .venv/ and install the project with its dev tools from the pinned lock

lint: $(STAMP) ## Check style and types (ruff, mypy)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

format: $(STAMP) ## Reformat the code and fix what ruff can fix
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

test: $(STAMP) ## Run the whole test suite (lint included)
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest

test-fast: $(STAMP) ## Run the tests without the slow ones that train on the full corpus
	$(BIN)/pytest -m "not slow"

data: $(STAMP) ## Build data/processed/ (corpus, train, test) from the raw data
	$(BIN)/client-classifier data build

train: data ## Train the default model on the repository's data and make it current
	$(BIN)/client-classifier train --data data/processed/train.csv

evaluate: $(STAMP) ## Score the current model on the held-out test split; writes reports/
	$(BIN)/client-classifier evaluate --data data/processed/test.csv

audit: $(STAMP) ## Flag likely label errors in the corpus (cleanlab) into reports/label-audit.csv
	$(BIN)/client-classifier data audit

run: $(STAMP) ## Install if needed, train if no model exists, then serve the API and its page
	@if [ ! -s models/CURRENT ]; then echo "No model yet: training the default model first."; $(MAKE) --no-print-directory train; fi
	@if $(BIN)/client-classifier serve --help >/dev/null 2>&1; then \
		$(BIN)/client-classifier serve --host $(HOST) --port $(PORT); \
	else \
		echo "The model is trained (models/CURRENT). The HTTP service is not built yet; use 'client-classifier predict'."; \
	fi

lock: ## Re-resolve the pinned lock from pyproject.toml (needs uv)
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --python-platform x86_64-manylinux_2_28 --generate-hashes --no-header -o requirements/dev.lock

clean: ## Remove caches and built data (keeps models and .venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache data/processed/*.csv reports
