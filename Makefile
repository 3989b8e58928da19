# make run  - set everything up on a fresh Debian/Ubuntu machine and open the agent console on a demo database
# make test - set up the test needs too and run the whole suite
# make test-quick - the inner loop: no PostgreSQL, no slow runs, tests on both cores
# make lint  - ruff (lint and format), mypy and the import contracts
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
LANG_ARG := $(if $(CC_LANG),--lang $(CC_LANG),)

.PHONY: run test test-quick system-deps system-deps-test forms translations screenshots lint clean dist

run: system-deps $(VENV)/.installed
	$(PY) -m callcenter console --demo $(LANG_ARG)

test: system-deps-test $(VENV)/.installed
	$(PY) -m pytest -q

test-quick: $(VENV)/.installed
	$(PY) -m pytest -q -m "not postgres and not slow" -n 2

system-deps:
	@bash packaging/system-deps.sh run

system-deps-test:
	@bash packaging/system-deps.sh test

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,speech,dev]"
	touch $@

# Regenerate compiled Designer forms and translations from their sources.
forms: $(VENV)/.installed
	$(PY) -m tools.build forms

translations: $(VENV)/.installed
	$(PY) -m tools.build translations

screenshots: system-deps-test $(VENV)/.installed
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m tools.screenshots docs/screenshots

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check callcenter tests benchmarks tools
	$(VENV)/bin/ruff format --check callcenter tests benchmarks tools
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# make dist - a one-folder bundle of the program for Linux: dist/callcenter/callcenter (PyInstaller)
dist: $(VENV)/.installed
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install -q -e ".[dist]"
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/callcenter.spec

clean:
	rm -rf $(VENV) build *.egg-info
