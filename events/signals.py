"""Every change to the record bumps Revision, which the timeline's cache is keyed on."""

import contextlib
import threading

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from .models import (
    Agreement,
    Amount,
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


def record_changed(sender=None, **kwargs):
    """Connected to model signals; call it directly after queryset.update() or bulk_create().

    The bump happens inside the writer's transaction, so other processes see the new number exactly
    when they can see the new rows. Its row lock makes writers queue for the rest of their
    transaction; imports already queue on their advisory lock, and an article's transaction is short.
    """
    if getattr(_batch, "depth", 0):
        _batch.changed = True
    else:
        Revision.bump()


@contextlib.contextmanager
def one_revision():
    """Many saves, one bump at the end (inside the caller's transaction): an article's import saves
    some thirty rows, and each bump is an UPDATE of the same row."""
    _batch.depth = getattr(_batch, "depth", 0) + 1
    outermost = _batch.depth == 1
    if outermost:
        _batch.changed = False
    try:
        yield
    finally:
        _batch.depth -= 1
    if outermost and _batch.changed:
        Revision.bump()


def recount_sources(sender, instance, **kwargs):
    """A source added, moved or removed: its event's Event.source_count follows, and the event counts
    as changed (another outlet reporting it is news: the feed shows it again, under the same id)."""
    Event.objects.filter(pk=instance.event_id).recount_sources(updated_at=timezone.now())


def connect():
    for model in WATCHED:
        post_save.connect(record_changed, sender=model, dispatch_uid=f"revision-save-{model.__name__}")
        post_delete.connect(record_changed, sender=model, dispatch_uid=f"revision-delete-{model.__name__}")
    m2m_changed.connect(record_changed, sender=Event.organizations.through, dispatch_uid="revision-m2m")
    post_save.connect(recount_sources, sender=Source, dispatch_uid="source-count-save")
    post_delete.connect(recount_sources, sender=Source, dispatch_uid="source-count-delete")
