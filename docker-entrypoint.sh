#!/bin/sh
# Runs before every container's command (gunicorn, the job worker). Both steps are opt-in, so that
# several web and worker containers can start at once: docker-compose.yml's one-shot `setup` service
# sets MIGRATE=true (and passes IMPORT_SAMPLES on), and the others wait until it has finished.
#   MIGRATE=true         apply the database migrations
#   IMPORT_SAMPLES=true  import the bundled sample articles (idempotent: a second run reports them unchanged)
# Static files are not collected here: the image has them from its build (Dockerfile).
set -eu
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python}

if [ "${MIGRATE:-false}" = true ]; then
    $PYTHON manage.py migrate --noinput
fi
if [ "${IMPORT_SAMPLES:-false}" = true ]; then
    $PYTHON manage.py import_articles sample_articles
fi

exec "$@"
