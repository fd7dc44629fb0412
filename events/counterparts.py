"""Whom someone has met on the other side: the people (or organisations) of the other side named in
the same public events, how many events they share, the first and the last, most frequent first.

One aggregate query over the link table (Participation, or the event–organisation table) whatever the
number of counterparts."""

import datetime

from django.db.models import CharField, Count, F, Max, Min, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils.http import urlencode

from . import formatting
from .models import Event, Participation, Side, not_rejected, object_url

OTHER_SIDE = {Side.VN: Side.LA, Side.LA: Side.VN}


def dated_stamp():
    # "2021-08-26 day": sorts as the date does, and carries the precision to print it with.
    return Concat(Cast("event__date", CharField()), Value(" "), "event__date_precision")


def counterpart_rows(links, field, own_id, side):
    """[{"<field>_id", "<field>__name", "count", "first", "last"}], "first" and "last" as stamps."""
    other = OTHER_SIDE.get(side)
    if other is None:
        return []
    own_events = links.filter(not_rejected("event__"), **{field: own_id})
    dated = Q(event__date__isnull=False)
    return list(
        links.filter(event__in=own_events.values("event_id"), **{f"{field}__side": other})
        .values(f"{field}_id", f"{field}__name")
        .annotate(
            count=Count("event_id"),
            first=Min(dated_stamp(), filter=dated),
            last=Max(dated_stamp(), filter=dated),
        )
        .order_by("-count", F("last").desc(nulls_last=True), f"{field}__name", f"{field}_id")
    )


def stamp_text(stamp):
    if not stamp:
        return ""
    day, _space, precision = stamp.partition(" ")
    return formatting.format_date_at(datetime.date.fromisoformat(day[:10]), precision)


def counterparts(links, field, own, timeline_url):
    """Rows for the template: each counterpart with its page, the shared events' count and span, and
    the timeline of just those events (`?person=<own>&with_person=<theirs>`)."""
    rows = counterpart_rows(links, field, own.pk, own.side)
    return [
        {
            "id": row[f"{field}_id"],
            "name": row[f"{field}__name"],
            "url": object_url(f"events:{field}", row[f"{field}_id"]),
            "count": row["count"],
            "first": stamp_text(row["first"]),
            "last": stamp_text(row["last"]),
            "events_url": timeline_url
            + "?"
            + urlencode({field: own.pk, f"with_{field}": row[f"{field}_id"]}),
        }
        for row in rows
    ]


def of_person(person, timeline_url):
    return counterparts(Participation.objects.all(), "person", person, timeline_url)


def of_organization(organization, timeline_url):
    return counterparts(Event.organizations.through.objects.all(), "organization", organization, timeline_url)
