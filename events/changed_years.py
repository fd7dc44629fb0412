"""Which years' counts changed since a revision, and the events of some years: what the facet cube's
year parts (events/facet_cube.py) and the counts kept year by year for other filter states
(events/partitions.py) both count again after a write, and nothing else.

Every write that can move a count marks the year of the event it touches (ChangeMark "counts:<year>",
signals.counts_mark), and the year it had before when its date moves; a write that says nothing marks
EVERYTHING.
"""

import datetime

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear

from .models import ChangeMark, Event, Participation
from .signals import counts_mark

UNDATED = None  # the part of the events without a date
EVERY_YEAR = None  # a span of years without ends, which takes in the undated events too
NAME_LINKS = {"person": Participation.objects, "organization": Event.organizations.through.objects}


def changed_marks():
    """{mark: revision} of every year's counts, and of EVERYTHING (a write that said nothing): one query
    on the marks' key index."""
    marks = ChangeMark.objects.filter(Q(key__startswith="counts:") | Q(key=ChangeMark.EVERYTHING))
    return dict(marks.values_list("key", "revision"))


def changed_in_span_since(revision, other_marks, span):
    """Whether, after `revision`, an event dated in `span` changed ((first, last) years, either end open as
    None; EVERY_YEAR), or one of `other_marks` (ChangeMark keys), or EVERYTHING: one query."""
    changed = (
        ChangeMark.objects.filter(revision__gt=revision)
        .filter(Q(key__startswith="counts:") | Q(key__any_of=[*other_marks, ChangeMark.EVERYTHING]))
        .values_list("key", flat=True)
    )
    return any(not key.startswith("counts:") or in_span(year_of(key), span) for key in changed)


def in_span(year, span):
    if span is EVERY_YEAR:
        return True
    first, last = span
    return year is not UNDATED and (first is None or year >= first) and (last is None or year <= last)


def everything_changed(marks, revision):
    """Whether a write that said what it changed came after `revision`."""
    return marks.get(ChangeMark.EVERYTHING, -1) > revision


def stale_years(counted, revision, marks):
    """The years whose part, counted in the revisions `counted` ({year: revision}) of a whole counted in
    `revision`, must be counted again: changed since it was counted, or new since (an event dated in a
    year that had no part); every year after a write that said nothing."""
    if everything_changed(marks, revision):
        return set(counted) | {UNDATED}
    changed = {year for year, counted_in in counted.items() if marks.get(counts_key(year), -1) > counted_in}
    new = {
        year_of(key)
        for key, changed_in in marks.items()
        if key != ChangeMark.EVERYTHING and changed_in > revision
    }
    return changed | (new - set(counted))


def counts_key(year):
    return counts_mark(datetime.date(year, 1, 1) if year is not UNDATED else None)


def year_of(key):
    year = key.removeprefix("counts:")
    return int(year) if year.isdigit() else UNDATED


def dated_in(years, prefix=""):
    """The events dated in one of `years` (UNDATED: without a date); every event when None. With `prefix`
    ("event__"), the rows whose event is."""
    if years is None:
        return Q()
    condition = Q(pk__in=[])
    for year in years:
        if year is UNDATED:
            condition |= Q(**{f"{prefix}date__isnull": True})
        else:
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
            condition |= Q(**{f"{prefix}date__gte": first, f"{prefix}date__lte": last})
    return condition


def grouped_by(rows, key):
    """{value: [rows]} of `rows` (dicts) by their `key`."""
    grouped = {}
    for row in rows:
        grouped.setdefault(row[key], []).append(row)
    return grouped


def counted_links(field, events):
    """{year: {id: events}}: how many of `events` each person or organisation (`field`) is linked to, by
    the year of the events."""
    return links_by_year(NAME_LINKS[field].filter(event__in=events.values("pk")), field)


def links_by_year(links, field):
    """{year: {id: events}} of `links` (rows of Participation or the organisations' link table)."""
    rows = (
        links.values_list(ExtractYear("event__date"), f"{field}_id")
        .annotate(events=Count("event_id"))
        .order_by()
    )
    counted = {}
    for year, linked, events in rows:
        counted.setdefault(year, {})[linked] = events
    return counted


def added_counts(counts):
    """Several {key: number} added up."""
    total = {}
    for part in counts:
        for key, number in part.items():
            total[key] = total.get(key, 0) + number
    return total
