# The few commands a person needs. `make test` is what CI runs (.ci/run).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

VENV ?= .venv
BIN := $(VENV)/bin
DATA_DIR ?= data
# Compiled translations (.qm, not committed) go where the desktop app loads them from.
QM_DIR ?= ui/subei_ui/i18n
PACKAGES := subei_mobile ui/subei_ui sync/subei_sync

.PHONY: help setup setup-system setup-python demo test check i18n bench screenshots package package-check

help:
	@echo "make setup        install system packages (root/sudo) and .venv with '.[dev]'"
	@echo "make demo         open the app on demo data (no display: Xvfb screenshots, then exit)"
	@echo "make test         setup, checks, then pytest (with a throwaway PostgreSQL)"
	@echo "make check        ruff, ruff format --check, mypy, lint-imports, translation check"
	@echo "make i18n         update i18n/*.ts from ui/ and compile them to $(QM_DIR)/*.qm"
	@echo "make bench        run bench/*.py"
	@echo "make screenshots  render docs/screenshots on a virtual screen"
	@echo "make package      build the laptop package (dist/subei-mobile_*.deb)"
	@echo "make package-check  build it, install it in a clean Debian 12 root and use it there"

setup: setup-system setup-python

setup-system:
	@bash scripts/setup-system.sh

setup-python:
	@bash scripts/setup-python.sh

demo: setup
	@DATA_DIR=$(DATA_DIR) bash scripts/demo.sh

test: setup
	@bash scripts/run-tests.sh

# Runs every check and fails at the end if any failed. Tolerates packages that do not
# exist yet, and says so: nothing is skipped silently.
check: setup-python
	@failed=""; \
	step() { echo "+ $$*"; "$$@" || failed="$$failed $$(basename "$$1")"; }; \
	step $(BIN)/ruff check .; \
	step $(BIN)/ruff format --check .; \
	if find subei_mobile -name '*.py' 2>/dev/null | grep -q .; then step $(BIN)/mypy; \
	else echo "check: mypy skipped: subei_mobile has no Python files yet"; fi; \
	missing=""; for p in $(PACKAGES); do [ -f "$$p/__init__.py" ] || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then step $(BIN)/lint-imports --no-cache; \
	else echo "check: lint-imports skipped: no package yet at$$missing"; fi; \
	step $(BIN)/python scripts/check_translations.py; \
	if [ -n "$$failed" ]; then echo "check: FAILED:$$failed"; exit 1; fi; \
	echo "check: all passed"

i18n: setup-python
	@shopt -s nullglob; ts=(i18n/*.ts); \
	if [ $${#ts[@]} -eq 0 ]; then echo "i18n: no i18n/*.ts yet"; exit 0; fi; \
	mapfile -t src < <(find ui -name '*.py' -o -name '*.ui' -o -name '*.qml' | sort); \
	if [ $${#src[@]} -gt 0 ]; then \
		$(BIN)/pyside6-lupdate -locations relative "$${src[@]}" -ts "$${ts[@]}"; \
	fi; \
	mkdir -p $(QM_DIR); \
	for t in "$${ts[@]}"; do \
		$(BIN)/pyside6-lrelease "$$t" -qm "$(QM_DIR)/$$(basename "$${t%.ts}").qm"; \
	done

bench: setup-python
	@shopt -s nullglob; files=(bench/*.py); \
	if [ $${#files[@]} -eq 0 ]; then echo "bench: no bench/*.py yet"; exit 0; fi; \
	for f in "$${files[@]}"; do echo "== $$f"; $(BIN)/python "$$f"; done

screenshots: setup
	@if [ -f scripts/screenshots.sh ]; then bash scripts/screenshots.sh; \
	else echo "screenshots: no scripts/screenshots.sh"; fi

package: setup-python
	@bash scripts/package.sh

package-check: setup package
	@bash scripts/package-check.sh
