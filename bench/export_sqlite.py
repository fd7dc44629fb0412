"""Export the benchmark's events from PostgreSQL to one SQLite table for Datasette.

Run with the app's venv (it needs psycopg):
    .venv/bin/python bench/export_sqlite.py postgresql://postgres@127.0.0.1:5432/hv_bench bench/work/events.db

One table `events` (id, kind, category, title, date, year, place, direction, status, people,
amounts, summary), with an index on every filtered column. The FTS index is added afterwards by
run.sh with `sqlite-utils enable-fts` (from bench/.venv), as a Datasette user would.
All events are exported, rejected ones too (their `status` says so), like the brief asks.
"""

import os
import sqlite3
import sys
import time

import psycopg

QUERY = """
SELECT e.id, e.kind, e.category, e.title, e.date::text, EXTRACT(YEAR FROM e.date)::int,
       e.place, e.direction, e.status,
       COALESCE((SELECT string_agg(p.name, '; ' ORDER BY pa.is_lead DESC, pa.id)
                 FROM events_participation pa JOIN events_person p ON p.id = pa.person_id
                 WHERE pa.event_id = e.id), ''),
       COALESCE((SELECT string_agg(
                   CASE WHEN a.count IS NOT NULL AND a.count <> 1
                        THEN a.count || ' × ' ELSE '' END
                   || trim(trailing '.' FROM trim(trailing '0' FROM a.value::text)) || ' ' || a.unit,
                   '; ' ORDER BY a.position, a.id)
                 FROM events_amount a WHERE a.event_id = e.id), ''),
       e.summary
FROM events_event e
ORDER BY e.id
"""

INDEXES = {
    "idx_events_category_year": ("category", "year"),
    "idx_events_year": ("year",),
    "idx_events_kind": ("kind",),
    "idx_events_date": ("date",),
    "idx_events_place": ("place",),
    "idx_events_direction": ("direction",),
    "idx_events_status": ("status",),
}


def main(database_url, path):
    started = time.monotonic()
    if os.path.exists(path):
        os.remove(path)
    out = sqlite3.connect(path)
    out.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY, kind TEXT, category TEXT, title TEXT, date TEXT, year INTEGER,
            place TEXT, direction TEXT, status TEXT, people TEXT, amounts TEXT, summary TEXT)"""
    )
    rows = 0
    with psycopg.connect(database_url) as conn, conn.cursor(name="export") as cursor:
        cursor.itersize = 5000
        cursor.execute(QUERY)
        while batch := cursor.fetchmany(5000):
            out.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", batch)
            rows += len(batch)
    for name, columns in INDEXES.items():
        out.execute(f"CREATE INDEX {name} ON events ({', '.join(columns)})")
    out.commit()
    out.execute("ANALYZE")
    out.close()
    print(f"exported {rows:,} events to {path} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
