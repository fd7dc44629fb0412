"""Small builders for tests: every argument has a sensible default, pass only what a test is about."""

import datetime
import hashlib
import itertools
from decimal import Decimal

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
