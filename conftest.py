import os

# Tests run with development settings unless the caller says otherwise; DATABASE_URL picks the
# database (SQLite when unset, Postgres in CI).
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
