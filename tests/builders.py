"""Small builders for tests: every argument has a sensible default, pass only what a test is about."""

import datetime
import hashlib
import importlib
import itertools
from decimal import Decimal

from django.contrib.auth.models import Group, Permission

from events.models import Agreement, Amount, Article, Delegation, Meeting, Participation, Person, Source

_numbers = itertools.count(1)


def make_article(**fields):
    number = next(_numbers)
    fields.setdefault("source_key", f"article-{number}.txt")
    fields.setdefault("title", f"Bài báo số {number}")
    fields.setdefault("raw", fields.get("clean_text", f"Nội dung bài báo số {number}."))
    fields.setdefault("clean_text", fields["raw"])
    fields.setdefault("content_hash", hashlib.sha256(fields["raw"].encode()).hexdigest())
    fields.setdefault("published", datetime.date(2024, 3, 12))
    return Article.objects.create(**fields)


def make_person(name="Đinh Tiến Dũng", side="vn", **fields):
    return Person.objects.create(name=name, side=side, **fields)


def _make_event(model, people=(), article=None, evidence="", **fields):
    fields.setdefault("title", f"Sự kiện số {next(_numbers)}")
    fields.setdefault("date", datetime.date(2024, 3, 11))
    fields.setdefault("date_precision", "day" if fields["date"] else "")
    event = model.objects.create(**fields)
    for person, role, lead in people:
        Participation.objects.create(event=event, person=person, role=role, is_lead=lead)
    if article is not None:
        Source.objects.create(event=event, article=article, evidence=evidence)
    event.refresh_search_text()
    return event


def make_meeting(category="talks", **fields):
    return _make_event(Meeting, category=category, **fields)


def make_delegation(category="visit", **fields):
    return _make_event(Delegation, category=category, **fields)


def make_agreement(category="aid", amounts=(), **fields):
    event = _make_event(Agreement, category=category, **fields)
    for position, (value, unit, recipient) in enumerate(amounts):
        Amount.objects.create(
            event=event, value=Decimal(value), unit=unit, recipient=recipient, position=position
        )
    return event


def curator_group():
    """The Curator group its data migrations create. A live-server test empties every table, the rows
    migrations wrote included, so a test that runs after one builds the group again from the
    migrations' own lists."""
    group, created = Group.objects.get_or_create(name="Curator")
    if created:
        granted = importlib.import_module("events.migrations.0003_curator_group").CURATOR_PERMISSIONS
        merges = importlib.import_module("events.migrations.0007_merge_permissions").MERGE_PERMISSIONS
        codenames = [f"{action}_{model}" for action, models in granted.items() for model in models]
        codenames += [*merges, "view_importjob"]
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="events", codename__in=codenames)
        )
    return group
