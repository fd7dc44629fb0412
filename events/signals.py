"""Every change to the record bumps Revision, which the timeline's cache is keyed on, and marks what
changed (ChangeMark), which the pages cached until their content changes are checked against, and the
year whose counts changed, which the counts kept year by year are (events/partitions.py)."""

import contextlib
import threading

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from .models import (
    Agreement,
    Amount,
    Article,
    ChangeMark,
    Delegation,
    Event,
    Meeting,
    Organization,
    Participation,
    Person,
    Revision,
    Source,
)

# Signals go to the exact class saved: the three event models are listed beside their base.
WATCHED = [Event, Meeting, Delegation, Agreement, Participation, Amount, Source, Person, Organization]


_batch = threading.local()


def record_changed(sender=None, instance=None, marks=None, **kwargs):
    """Connected to model signals; call it directly after queryset.update() or bulk_create(), with the
    `marks` (ChangeMark keys, see marks_of) of what changed, or none to mark everything changed.

    The bump happens inside the writer's transaction, so other processes see the new number exactly
    when they can see the new rows. Its row lock makes writers queue for the rest of their
    transaction; imports already queue on their advisory lock, and an article's transaction is short.
    """
    if marks is None:
        marks = marks_of(instance)
    if getattr(_batch, "depth", 0):
        _batch.marks.update(marks)
    else:
        Revision.bump(marks)


def organizations_changed(sender, instance, pk_set=None, **kwargs):
    """An event's organisations added or removed (from either side of the link)."""
    if isinstance(instance, Event):
        events, organizations = {instance.pk}, pk_set or ()
    else:
        events, organizations = pk_set or (), {instance.pk}
    if kwargs.get("action", "").startswith("post_"):
        marks = [
            *(mark for pk in events for mark in event_marks(pk)),
            *(f"organization:{pk}" for pk in organizations),
        ]
        record_changed(marks=marks if pk_set else [ChangeMark.EVERYTHING])


def marks_of(instance):
    """The ChangeMark keys a saved or deleted row marks: the pages that show it.

    An event's page names its own event, people, organisations, articles, year, and the events it lists
    as related; a person's or an organisation's page lists their events' rows (with the people and
    amounts of each) and counterparts. So whatever changes an event (itself, its people, amounts or
    sources) marks the event and each of its people and organisations; an event's own save marks its
    year too, whose events' pages list it as related. Each of those writes marks the counts of the
    event's year (counts_mark), and of the year it had before when its date moved."""
    if isinstance(instance, Event):
        years = [f"year:{instance.date.year}"] if instance.date else []
        dates = {instance.date, getattr(instance, "date_as_loaded", instance.date)}
        instance.date_as_loaded = instance.date
        counted = [counts_mark(date) for date in dates]
        return [*linked_marks([instance.pk], EVENT_LINKS)[instance.pk], *years, *counted]
    if isinstance(instance, Participation):
        return [*event_marks(instance.event_id), f"person:{instance.person_id}"]
    if isinstance(instance, (Amount, Source)):
        return event_marks(instance.event_id)
    for model in (Person, Organization, Article):
        if isinstance(instance, model):
            return [f"{model.__name__.lower()}:{instance.pk}"]
    return [ChangeMark.EVERYTHING]


# What an event links to, as (rows, their column, the mark's name): its people and organisations.
EVENT_LINKS = [
    (Participation.objects, "person_id", "person"),
    (Event.organizations.through.objects, "organization_id", "organization"),
]


def event_marks(pk):
    """An event's mark, those of its people and organisations, and the counts of its year (three small
    indexed queries): what a change to its people, amounts, sources or organisations marks."""
    return [*linked_marks([pk], EVENT_LINKS)[pk], *counts_marks([pk])]


def counts_mark(date):
    """The ChangeMark key of the counts kept for the events of `date`'s year, or of the undated ones."""
    return f"counts:{date.year if date else 'undated'}"


def counts_marks(pks):
    """The counts marks of the years of the events `pks` (one query)."""
    dates = Event.objects.filter(pk__in=pks).values_list("date", flat=True)
    return sorted({counts_mark(date) for date in dates})


def marks_of_events(pks):
    """{pk: the marks of what the event's exported JSON shows}: the event, its people and organisations
    (event_marks) and the articles of its sources, for many events in three queries."""
    return linked_marks(pks, [*EVENT_LINKS, (Source.objects, "article_id", "article")])


def linked_marks(pks, links):
    """{pk: the event's mark, then the marks of the rows `links` names for it}, one query a link."""
    marks = {pk: [f"event:{pk}"] for pk in pks}
    for rows, field, name in links:
        for event_id, linked_id in rows.filter(event_id__any_of=pks).values_list("event_id", field):
            marks[event_id].append(f"{name}:{linked_id}")
    return marks


@contextlib.contextmanager
def one_revision():
    """Many saves, one bump at the end (inside the caller's transaction): an article's import saves
    some thirty rows, and each bump is an UPDATE of the same row."""
    _batch.depth = getattr(_batch, "depth", 0) + 1
    outermost = _batch.depth == 1
    if outermost:
        _batch.marks = set()
    try:
        yield
    finally:
        _batch.depth -= 1
    if outermost and _batch.marks:
        Revision.bump(_batch.marks)


def article_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """An article's title, outlet or date corrected shows on the pages of its events. A new article is on
    no page yet, and an extraction's bookkeeping (update_fields) changes nothing a page shows."""
    if not created and update_fields is None:
        record_changed(instance=instance)


def recount_sources(sender, instance, **kwargs):
    """A source added, moved or removed: its event's Event.source_count follows, and the event counts
    as changed (another outlet reporting it is news: the feed shows it again, under the same id)."""
    Event.objects.filter(pk=instance.event_id).recount_sources(updated_at=timezone.now())


def connect():
    for model in WATCHED:
        post_save.connect(record_changed, sender=model, dispatch_uid=f"revision-save-{model.__name__}")
        post_delete.connect(record_changed, sender=model, dispatch_uid=f"revision-delete-{model.__name__}")
    m2m_changed.connect(
        organizations_changed, sender=Event.organizations.through, dispatch_uid="revision-m2m"
    )
    post_save.connect(article_changed, sender=Article, dispatch_uid="revision-article")
    post_save.connect(recount_sources, sender=Source, dispatch_uid="source-count-save")
    post_delete.connect(recount_sources, sender=Source, dispatch_uid="source-count-delete")
