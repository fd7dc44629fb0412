"""The JSON export contract of ../shared/eval/README.md, shared by export_events and the API.

Beyond the contract (the scorer ignores extra keys) each amount carries `usd`, its value in US dollars
at the average rate of the event's year (events/currency.py), null for items and undated amounts, and
`usd_provisional`, true when that year's rate is a proxy."""

from . import currency
from .models import Article, Event


def export_article(article):
    return {
        "source": article.source_name,
        "url": article.url or None,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "clean_text": article.clean_text,
    }


def export_event(event):
    specific = event.specific
    return {
        "id": event.pk,
        "model": event.kind,
        "category": event.category,
        "title": event.title,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision or None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "year_inferred": event.year_inferred,
        "place": event.place or None,
        "direction": event.direction or None,
        "people": [
            {"name": p.person.name, "side": p.person.side or None, "role": p.role, "lead": p.is_lead}
            for p in event.participations.all()
        ],
        "organizations": [
            {"name": organization.name, "side": organization.side or None}
            for organization in event.organizations.all()
        ],
        "amounts": [export_amount(amount, currency.event_year(event)) for amount in event.amounts.all()],
        "period": getattr(specific, "period", None) or None,
        "status": event.status,
        "sources": [
            {
                "article": source.article.source_name,
                "evidence": source.evidence,
                "outlet": source.article.outlet or None,
            }
            for source in event.sources.all()
        ],
    }


def export_amount(amount, year):
    conversion = currency.to_usd(amount.value, amount.unit, year)
    return {
        "value": float(amount.value),
        "unit": amount.unit,
        "recipient": amount.recipient or None,
        "count": amount.count,
        "status": amount.status,
        # Like `value`, one of `count`: the amount's total in dollars is usd × count.
        "usd": currency.rounded(conversion.usd),
        "usd_provisional": conversion.provisional,
    }


def export_all(events=None):
    events = Event.objects.public() if events is None else events
    events = (
        events.with_people()
        .select_related("meeting", "delegation", "agreement")
        .prefetch_related("sources__article", "organizations")
        .timeline_order(oldest_first=True)
    )
    articles = Article.objects.order_by("source_key")
    return {
        "articles": [export_article(article) for article in articles.iterator()],
        "events": [export_event(event) for event in events],
    }
