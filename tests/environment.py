"""Loaded by pytest before Django starts (`-p tests.environment` in pyproject.toml): tests run with
development settings unless the caller says otherwise. DATABASE_URL picks the database (SQLite when
unset, PostgreSQL in CI)."""

import os

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
