from django.db import migrations

# Accent-free search filters `search_text LIKE '%word%'`. On PostgreSQL a trigram GIN index serves
# that without a table scan; SQLite (the zero-setup default) has no equivalent and scans.
INDEXES = [
    ("event_search_trgm", "events_event"),
    ("person_search_trgm", "events_person"),
    ("organization_search_trgm", "events_organization"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_text gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("events", "0003_curator_group")]

    operations = [migrations.RunPython(create, drop)]
