from django.db import migrations

# The public timeline orders by date with undated events last and never shows rejected events.
# PostgreSQL can serve that from partial indexes in both directions; SQLite cannot index NULLS LAST,
# and the zero-setup default does without.
INDEXES = {
    "event_public_newest": "date DESC NULLS LAST, id DESC",
    "event_public_oldest": "date ASC NULLS LAST, id ASC",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON events_event ({columns}) WHERE status <> 'rejected'"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("events", "0005_revision")]

    operations = [migrations.RunPython(create, drop)]
