"""The JSON export contract of ../shared/eval/README.md, shared by export_events and the API.

Beyond the contract (the scorer ignores extra keys) each amount carries `usd`, its value in US dollars
at the average rate of the event's year (events/currency.py), null for items and undated amounts, and
`usd_provisional`, true when that year's rate is a proxy."""

from collections import defaultdict

from . import currency
from .models import Amount, Article, Event, Participation, Source


def export_article(article):
    return {
        "source": article.source_name,
        "url": article.url or None,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "clean_text": article.clean_text,
    }


# An event's own fields in the export, read as plain values (the period is an agreement's alone).
EVENT_FIELDS = [
    "id",
    "kind",
    "category",
    "title",
    "date",
    "date_precision",
    "date_end",
    "year_inferred",
    "place",
    "direction",
    "status",
    "agreement__period",
]


def export_events(events):
    """The export contract's events for the queryset `events`, in its order.

    Read as plain values, six queries whatever the number of events, rather than as models with their
    people, organisations, amounts and sources prefetched: building 300 events' models and their
    related managers cost more than the queries (bench database, 2026-12-07: a JSON page of the API
    took 150 ms that way)."""
    rows = list(events.values(*EVENT_FIELDS))
    pks = [row["id"] for row in rows]
    linked = {
        "people": related_rows(
            Participation.objects.order_by("-is_lead", "id"),
            pks,
            "person__name",
            "person__side",
            "role",
            "is_lead",
        ),
        "organizations": related_rows(
            Event.organizations.through.objects.order_by("organization__name", "organization_id"),
            pks,
            "organization__name",
            "organization__side",
        ),
        "amounts": related_rows(
            Amount.objects.order_by("position", "id"), pks, "value", "unit", "recipient", "count", "status"
        ),
        "sources": related_rows(Source.objects.order_by("id"), pks, "article_id", "evidence"),
    }
    articles = source_articles(linked["sources"])
    return [
        export_event(row, {name: rows_of[row["id"]] for name, rows_of in linked.items()}, articles)
        for row in rows
    ]


# Events whose linked rows are read by one query: SQLite takes at most 32,766 parameters a query.
EVENTS_A_QUERY = 5000


def batched(items, size):
    """`items` in lists of at most `size` (itertools.batched, from Python 3.12)."""
    items = list(items)
    return [items[start : start + size] for start in range(0, len(items), size)]


def related_rows(queryset, pks, *fields):
    """{event id: [(field, ...), ...]} of the rows of `queryset` linked to the events `pks`."""
    grouped = defaultdict(list)
    for some_pks in batched(pks, EVENTS_A_QUERY):
        for event_id, *values in queryset.filter(event_id__any_of=some_pks).values_list("event_id", *fields):
            grouped[event_id].append(values)
    return grouped


def source_articles(sources):
    """{article id: (source name, outlet)} of the sources' articles, read as values, not models (the name as
    Article.source_name gives it: the URL, or the file name)."""
    pks = {article_id for rows in sources.values() for article_id, _evidence in rows}
    articles = Article.objects.values_list("pk", "url", "source_key", "outlet")
    return {
        pk: (url or source_key, outlet)
        for some_pks in batched(pks, EVENTS_A_QUERY)
        for pk, url, source_key, outlet in articles.filter(pk__any_of=some_pks)
    }


def export_event(row, linked, articles):
    """One event of the export from its EVENT_FIELDS `row`, its `linked` rows and the `articles` of its
    sources (export_events)."""
    year = currency.year_of(row["date"])
    return {
        "id": row["id"],
        "model": row["kind"],
        "category": row["category"],
        "title": row["title"],
        "date": iso_date(row["date"]),
        "date_precision": row["date_precision"] or None,
        "date_end": iso_date(row["date_end"]),
        "year_inferred": row["year_inferred"],
        "place": row["place"] or None,
        "direction": row["direction"] or None,
        "people": [
            {"name": name, "side": side or None, "role": role, "lead": is_lead}
            for name, side, role, is_lead in linked["people"]
        ],
        "organizations": [{"name": name, "side": side or None} for name, side in linked["organizations"]],
        "amounts": [export_amount(*amount, year=year) for amount in linked["amounts"]],
        "period": row["agreement__period"] or None,
        "status": row["status"],
        "sources": [
            {
                "article": articles[article_id][0],
                "evidence": evidence,
                "outlet": articles[article_id][1] or None,
            }
            for article_id, evidence in linked["sources"]
        ],
    }


def iso_date(day):
    return day.isoformat() if day else None


def export_amount(value, unit, recipient, count, status, *, year):
    conversion = currency.to_usd(value, unit, year)
    return {
        "value": float(value),
        "unit": unit,
        "recipient": recipient or None,
        "count": count,
        "status": status,
        # Like `value`, one of `count`: the amount's total in dollars is usd × count.
        "usd": currency.rounded(conversion.usd),
        "usd_provisional": conversion.provisional,
    }


def export_all(events=None):
    events = Event.objects.public() if events is None else events
    articles = Article.objects.order_by("source_key")
    return {
        "articles": [export_article(article) for article in articles.iterator()],
        "events": export_events(events.timeline_order(oldest_first=True)),
    }
