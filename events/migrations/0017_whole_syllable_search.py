from django.db import migrations

import events.search

# Search by whole syllables (events/search.py): each searchable row gets search_document, filled here
# for the rows already there. Events lose their folded search_text (and its trigram index), which only
# substring search read; people and organisations keep theirs for alphabetical order, import lookups
# and trigram suggestions. On PostgreSQL the documents are tsvectors with a GIN index each.
INDEXES = [
    ("event_search_document_gin", "events_event"),
    ("person_search_document_gin", "events_person"),
    ("organization_search_document_gin", "events_organization"),
]
BATCH = 2000


def fill_event_documents(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    Participation = apps.get_model("events", "Participation")
    Links = Event.organizations.through
    ids = list(Event.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        people, organizations = {}, {}
        for event_id, name in Participation.objects.filter(event_id__in=batch).order_by("id").values_list(
            "event_id", "person__name"
        ):
            people.setdefault(event_id, []).append(name)
        for event_id, name in Links.objects.filter(event_id__in=batch).values_list(
            "event_id", "organization__name"
        ):
            organizations.setdefault(event_id, []).append(name)
        rows = list(Event.objects.filter(pk__in=batch).only("title", "place", "date_text", "summary"))
        for event in rows:
            event.search_document = events.search.document(
                head=[event.title, *people.get(event.pk, [])],
                body=[event.place, event.date_text, event.summary, *organizations.get(event.pk, [])],
            )
        Event.objects.bulk_update(rows, ["search_document"])


def fill_name_documents(apps, schema_editor):
    for model_name in ("Person", "Organization"):
        model = apps.get_model("events", model_name)
        rows = list(model.objects.only("name", "aliases"))
        for row in rows:
            row.search_document = events.search.document(head=[row.name], body=row.aliases)
        model.objects.bulk_update(rows, ["search_document"], batch_size=BATCH)


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_document)")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("events", "0016_event_source_count")]

    operations = [
        migrations.AddField(
            model_name="event",
            name="search_document",
            field=events.search.SearchDocumentField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="person",
            name="search_document",
            field=events.search.SearchDocumentField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="organization",
            name="search_document",
            field=events.search.SearchDocumentField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_event_documents, migrations.RunPython.noop),
        migrations.RunPython(fill_name_documents, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
        migrations.RemoveField(model_name="event", name="search_text"),
    ]
