# The two commands the README opens with:
#   make run   .venv, requirements, migrate, sample articles imported, dashboard on 127.0.0.1:8000
#   make test  .venv with test tools, Chromium if missing, then the whole suite (browser tests too)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

RUN_ADDRESS ?= 127.0.0.1:8000

.PHONY: run serve test install install-dev chromium lint lock migrations-check deploy-check

# The job worker (imports and re-extraction queued by the admin) runs beside the development server,
# as in production, and is stopped when the server stops (Ctrl+C). No autoreload for the worker: its
# reloader would leave a child behind when stopped; restart `make run` after changing events/jobs.py.
run: install
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(PY) manage.py import_articles sample_articles
	DEBUG=$${DEBUG:-1} $(PY) manage.py db_worker --no-reload & worker=$$!; \
		trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
		DEBUG=$${DEBUG:-1} $(PY) manage.py runserver $(RUN_ADDRESS)

test: install-dev chromium
	$(PY) -m pytest

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Every package, transitive ones included, is pinned with its hashes (requirements*.txt, written by
# `make lock` from requirements*.in): an install gets exactly the files that were locked, or fails.
# pip itself comes first (requirements-pip.in says why).
$(VENV)/.pip: requirements-pip.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements-pip.txt
	touch $@

$(VENV)/.installed: requirements.txt $(VENV)/.pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $(VENV)/.installed $@

# After changing requirements.in or requirements-dev.in (or to take upgrades: `make lock UPGRADE=1`).
PIP_COMPILE = $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --no-strip-extras \
	--no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade)
lock: install-dev
	$(PIP_COMPILE) --output-file requirements-pip.txt requirements-pip.in
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

# Debian's Chromium for the browser tests; Playwright's own browser download is not used.
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

lint: install-dev
	$(VENV)/bin/ruff format --check . && $(VENV)/bin/ruff check .

migrations-check: install
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

deploy-check: install
	DEBUG=False ALLOWED_HOSTS=example.org SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		$(PY) manage.py check --deploy --fail-level WARNING
