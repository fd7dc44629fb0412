#!/usr/bin/env bash
# The benchmark: this app (gunicorn, PostgreSQL) against Datasette (SQLite) on the same 100k events.
# See bench/README.md. Usage:
#   bash bench/run.sh                 # full run: fresh hv_bench DB, 20 s per URL
#   BENCH_QUICK=1 bash bench/run.sh   # smoke run: 5 s per URL
#   bash bench/run.sh --reuse         # keep hv_bench and the SQLite export if already filled
#   bash bench/run.sh --load          # also run the 60 s / 32-connection load test (bench/load_test.py)
#   bash bench/run.sh --load-only     # only the load test (servers, no wrk table)
# Environment: BENCH_DURATION (default 20), BENCH_QUICK=1, BENCH_WARMUP, BENCH_CONNECTIONS (8),
# BENCH_APP_PORT (8765, next free one if taken), BENCH_DATASETTE_PORT (8865, idem),
# BENCH_IMPORT_COPIES (40 copies of the 5 sample articles), BENCH_SKIP_IMPORT=1,
# BENCH_NO_CACHE=1 (TIMELINE_CACHE_SECONDS=0: the timeline's aggregates are not cached).
# Every app view is measured three times in the same run: on the main gunicorn (cache on, unless
# BENCH_NO_CACHE=1), on a second one with nothing cached at all (TIMELINE_CACHE_SECONDS=0 and
# FRAGMENT_CACHE_SECONDS=0, rows "nocache"), and on a third with the per-revision cache off but the
# fragments cached by their content (TIMELINE_CACHE_SECONDS=0, rows "edited": what the pages cost after
# an edit to the record, whose revision every per-revision entry missed).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/work"
APP_PY="$ROOT/.venv/bin/python"
DB=hv_bench
PGHOST=127.0.0.1
PGUSER=postgres
PGPORT=5432
export PGHOST PGUSER PGPORT
DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$DB"
REUSE=0
LOAD=0
LOAD_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --reuse) REUSE=1 ;;
    --load) LOAD=1 ;;
    --load-only) LOAD=1; LOAD_ONLY=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORK"
STAMP="$(date +%Y%m%d-%H%M%S)"
log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

# ---------------------------------------------------------------- tools
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [ ! -x "$BENCH/.venv/bin/datasette" ] || [ ! -x "$BENCH/.venv/bin/sqlite-utils" ]; then
  log "creating bench/.venv with datasette and sqlite-utils from PyPI"
  python3 -m venv "$BENCH/.venv"
  "$BENCH/.venv/bin/pip" install -q datasette sqlite-utils
fi
[ -x "$APP_PY" ] || { echo "the app's venv $ROOT/.venv is missing (make install)" >&2; exit 1; }

# ---------------------------------------------------------------- production-like settings
export DATABASE_URL
export DEBUG=false
export SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0
export STATIC_ROOT="$WORK/staticfiles"
export LOG_LEVEL=WARNING
# BENCH.md: figures with and without the cache. The app caches the timeline's aggregates for
# TIMELINE_CACHE_SECONDS (600 by default); BENCH_NO_CACHE=1 sets it to 0 (never cached).
if [ "${BENCH_NO_CACHE:-0}" = 1 ]; then export TIMELINE_CACHE_SECONDS=0; fi
cd "$ROOT"

# ---------------------------------------------------------------- database
filled() {
  psql -d "$DB" -tAc "SELECT count(*) FROM events_event" 2>/dev/null | grep -qx 100000
}
if [ "$REUSE" = 1 ] && filled; then
  log "reusing $DB (100,000 events); migrating in case the app added migrations"
  "$APP_PY" manage.py migrate --noinput -v 0
else
  log "creating $DB"
  dropdb --if-exists "$DB"
  createdb "$DB"
  "$APP_PY" manage.py migrate --noinput -v 0
  log "generate_synthetic --events 100000 --seed 1"
  "$APP_PY" manage.py generate_synthetic --events 100000 --seed 1 -v 0
  rm -f "$WORK/events.db" "$WORK/inspect.json"
fi
psql -d "$DB" -qc "VACUUM ANALYZE"
log "collectstatic"
"$APP_PY" manage.py collectstatic --noinput -v 0

# ---------------------------------------------------------------- SQLite export for Datasette
if [ "$REUSE" = 1 ] && [ -s "$WORK/events.db" ] && [ -s "$WORK/inspect.json" ]; then
  log "reusing $WORK/events.db"
else
  log "exporting to SQLite"
  "$APP_PY" "$BENCH/export_sqlite.py" "$DATABASE_URL" "$WORK/events.db"
  "$BENCH/.venv/bin/sqlite-utils" enable-fts "$WORK/events.db" events title summary people place \
    --fts5 --tokenize "unicode61 remove_diacritics 2"
  "$BENCH/.venv/bin/sqlite-utils" optimize "$WORK/events.db"
  "$BENCH/.venv/bin/datasette" inspect "$WORK/events.db" --inspect-file "$WORK/inspect.json"
fi

# ---------------------------------------------------------------- import speed (before the servers:
# the throwaway DB is a copy of hv_bench, which needs hv_bench to have no open connections)
IMPORT_JSON="$WORK/import-$STAMP.json"
if [ "$LOAD_ONLY" = 0 ] && [ "${BENCH_SKIP_IMPORT:-0}" != 1 ]; then
  log "import speed: ${BENCH_IMPORT_COPIES:-40} x 5 sample articles into a copy of $DB"
  dropdb --if-exists hv_bench_import
  createdb -T "$DB" hv_bench_import
  DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/hv_bench_import" \
    "$APP_PY" "$BENCH/import_bench.py" --copies "${BENCH_IMPORT_COPIES:-40}" --json "$IMPORT_JSON" \
    || echo "import benchmark failed" >&2
  dropdb --if-exists hv_bench_import
fi

# ---------------------------------------------------------------- servers
free_port() {
  python3 - "$1" <<'PY'
import socket, sys
port = int(sys.argv[1])
while True:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            port += 1
            continue
    print(port)
    break
PY
}
APP_PORT="$(free_port "${BENCH_APP_PORT:-8765}")"
DS_PORT="$(free_port "${BENCH_DATASETTE_PORT:-8865}")"
[ "$DS_PORT" != "$APP_PORT" ] || DS_PORT="$(free_port $((APP_PORT + 1)))"
NOCACHE_PORT="$(free_port $((DS_PORT + 1)))"
EDITED_PORT="$(free_port $((NOCACHE_PORT + 1)))"
WORKERS=$(( 2 * $(nproc) ))
GUNICORN_PID=""
NOCACHE_PID=""
EDITED_PID=""
DATASETTE_PID=""
cleanup() {
  # Only the three servers this script started, by their pid.
  for pid in $GUNICORN_PID $NOCACHE_PID $EDITED_PID $DATASETTE_PID; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $GUNICORN_PID $NOCACHE_PID $EDITED_PID $DATASETTE_PID; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "gunicorn: $WORKERS sync workers on 127.0.0.1:$APP_PORT (access log in bench/work/)"
"$ROOT/.venv/bin/gunicorn" hanoi_vientiane.wsgi --bind "127.0.0.1:$APP_PORT" --workers "$WORKERS" \
  --access-logfile "$WORK/gunicorn-access.log" --error-logfile "$WORK/gunicorn-error.log" &
GUNICORN_PID=$!
log "gunicorn with nothing cached: $WORKERS sync workers on 127.0.0.1:$NOCACHE_PORT"
TIMELINE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=0 "$ROOT/.venv/bin/gunicorn" hanoi_vientiane.wsgi --bind "127.0.0.1:$NOCACHE_PORT" \
  --workers "$WORKERS" --access-logfile "$WORK/gunicorn-nocache-access.log" \
  --error-logfile "$WORK/gunicorn-nocache-error.log" &
NOCACHE_PID=$!
log "gunicorn after an edit (TIMELINE_CACHE_SECONDS=0): $WORKERS sync workers on 127.0.0.1:$EDITED_PORT"
TIMELINE_CACHE_SECONDS=0 "$ROOT/.venv/bin/gunicorn" hanoi_vientiane.wsgi --bind "127.0.0.1:$EDITED_PORT" \
  --workers "$WORKERS" --access-logfile "$WORK/gunicorn-edited-access.log" \
  --error-logfile "$WORK/gunicorn-edited-error.log" &
EDITED_PID=$!
log "datasette on 127.0.0.1:$DS_PORT"
( cd "$WORK" && exec "$BENCH/.venv/bin/datasette" serve --immutable events.db --inspect-file inspect.json \
    --setting suggest_facets off --setting facet_time_limit_ms 5000 --setting sql_time_limit_ms 5000 \
    --setting max_csv_mb 0 -h 127.0.0.1 -p "$DS_PORT" >"$WORK/datasette.log" 2>&1 ) &
DATASETTE_PID=$!

wait_for() {
  # Any HTTP answer will do: the app's pages may still be in the making.
  for _ in $(seq 150); do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)"
    [ "$code" != 000 ] && return 0
    sleep 0.2
  done
  echo "$1 did not answer in 30 s" >&2
  return 1
}
wait_for "http://127.0.0.1:$APP_PORT/"
wait_for "http://127.0.0.1:$NOCACHE_PORT/"
wait_for "http://127.0.0.1:$DS_PORT/-/versions.json"
log "both answer"

# ---------------------------------------------------------------- machine and versions
META="$WORK/meta-$STAMP.json"
python3 - "$META" <<PY
import json, subprocess, sys
def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
json.dump({
    "date": sh("date -Is"),
    "nproc": sh("nproc"),
    "cpu": sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"),
    "memory": sh("free -h | sed -n 2p"),
    "postgres": sh("psql -d $DB -tAc 'SHOW server_version'"),
    "python": sh("$APP_PY --version"),
    "django": sh("$APP_PY -c 'import django; print(django.get_version())'"),
    "gunicorn": sh("$ROOT/.venv/bin/gunicorn --version"),
    "datasette": sh("$BENCH/.venv/bin/datasette --version"),
    "sqlite": sh("$BENCH/.venv/bin/python -c 'import sqlite3; print(sqlite3.sqlite_version)'"),
    "wrk": sh("wrk -v 2>&1 | head -1"),
    "workers": $WORKERS,
    "quick": "${BENCH_QUICK:-0}",
    "timeline_cache_seconds": "${TIMELINE_CACHE_SECONDS:-default (600)}",
}, open(sys.argv[1], "w"), indent=1)
print(open(sys.argv[1]).read())
PY

if [ "$LOAD_ONLY" = 0 ]; then
  log "wrk on every view"
  python3 "$BENCH/driver.py" --app "http://127.0.0.1:$APP_PORT" --app-pid "$GUNICORN_PID" \
    --datasette "http://127.0.0.1:$DS_PORT" --datasette-pid "$DATASETTE_PID" \
    --app-uncached "http://127.0.0.1:$NOCACHE_PORT" --app-uncached-pid "$NOCACHE_PID" \
    --app-edited "http://127.0.0.1:$EDITED_PORT" --app-edited-pid "$EDITED_PID" \
    --database-url "$DATABASE_URL" --import-json "$IMPORT_JSON" --meta "$META" \
    --out "$WORK/results-$STAMP.json" | tee "$WORK/run-$STAMP.log"
fi
if [ "$LOAD" = 1 ]; then
  log "load test"
  python3 "$BENCH/load_test.py" --app "http://127.0.0.1:$APP_PORT" --app-pid "$GUNICORN_PID" \
    --database-url "$DATABASE_URL" --out "$WORK/load-$STAMP.json" | tee "$WORK/load-$STAMP.log"
fi
log "done; results in bench/work/*-$STAMP.*"
