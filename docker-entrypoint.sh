#!/bin/sh
# Runs before the web server on every start: migrate, collect static files, and import the
# bundled sample articles (idempotent: a second start reports them unchanged).
set -eu
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python}

$PYTHON manage.py migrate --noinput
$PYTHON manage.py collectstatic --noinput --verbosity 0
$PYTHON manage.py import_articles sample_articles

exec "$@"
