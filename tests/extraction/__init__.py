"""Helpers for the extraction tests: articles are written as clean text, as cleaning would hand it on."""

from events.cleaning import read_clean_article
from events.extraction import extract_events


def extract(text, *, title="", published=None):
    """The events of an article given as clean text, a title and a page date."""
    return extract_events(read_clean_article(text, title=title, published=published))


def kinds(events):
    """The events by (model, category); of several of a kind, the last."""
    return {(event.model, event.category): event for event in events}


def by_kind(events):
    """The events by (model, category); of several of a kind, the first, which is the article's own."""
    found = {}
    for event in events:
        found.setdefault((event.model, event.category), event)
    return found


def names(event, side=None):
    """The names of an event's people, of one side ("vn", "la") or of both."""
    return {p.name for p in event.people if side is None or p.side == side}


def amounts(event):
    """An event's amounts as (value, unit)."""
    return [(amount.value, amount.unit) for amount in event.amounts]
