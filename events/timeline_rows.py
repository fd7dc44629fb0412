"""A timeline page's rows and page links as HTML (templates/events/_timeline_rows.html), kept in the
fragment cache until something they show may have changed, rather than for one revision of the record.

Every curator's edit and every import starts a new revision, so a cache keyed on the revision made the
next visitor of every filter state read its page of events, their people and amounts, and draw the page
again, even where the edit was to an event no page of that state shows. A page is kept here while:

- no event of the years it depends on changed (ChangeMark "counts:<year>", which every write to an event,
  its people, amounts or sources marks: signals.marks_of). Newest first, a page shows the newest events
  down to its last row, so an event of an older year cannot move or change it; oldest first, the same
  the other way. A ranked search's page, and a page with undated events (listed last), depend on every year;
- none of the people its rows name was renamed (ChangeMark "person:<id>");
- the number of events found is the same (it is in the key: the page links count the pages);
- no write that did not say what it changed (EVERYTHING) came since.

The first visit after a change checks all of it in one query, and the visits after it in the same
revision need none. bench (8 December 2026, 100,000 events, in-process, the
per-revision cache off, the whole request through WSGI): a person's filter 20 -> 8-13 ms median,
the timeline 16-19 -> 7-9, category+year 16-19 -> 6-7, a search for "vieng chan" 27-37 -> 12-18.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language

from . import event_rows
from .changed_years import EVERY_YEAR, changed_in_span_since


def page_of_rows(request, page, *, revision, ranked, oldest_first):
    """The HTML of `page`'s rows, grouped by month unless `ranked`, and its page links. `revision` was read
    before anything of the page was (views.timeline_aggregates)."""
    order = {"ranked": ranked, "oldest_first": oldest_first}
    if not settings.FRAGMENT_CACHE_SECONDS:
        return drawn(request, page, **order)["html"]
    key = cache_key(request, page)
    entry = cache.get(key)
    if entry is not None and entry["checked"] == revision:
        return entry["html"]
    if entry is not None and not changed_in_span_since(entry["checked"], entry["people"], entry["years"]):
        entry["checked"] = revision  # the next visitors of this revision need not check again
    else:
        entry = {"checked": revision, **drawn(request, page, **order)}
    cache.set(key, entry, settings.FRAGMENT_CACHE_SECONDS)
    return entry["html"]


def cache_key(request, page):
    """Per URL (the page links repeat its query string), language and number of events found."""
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    return f"timeline-rows:{get_language()}:{page.paginator.count}:{path}"


def drawn(request, page, *, ranked, oldest_first):
    """{"html", "people": the marks of the people the rows name, "years": the years it depends on}."""
    rows = event_rows.with_rows(page.object_list)
    context = {"page": page, "ranked": ranked, "rows": rows}
    if not ranked:
        context["groups"] = event_rows.group_by_month(rows)
    return {
        "html": render_to_string("events/_timeline_rows.html", context, request=request),
        "people": sorted({f"person:{pk}" for row in rows for pk in row.named_people}),
        "years": years_depended_on(rows, ranked=ranked, oldest_first=oldest_first),
    }


def years_depended_on(rows, *, ranked, oldest_first):
    """(first, last) year of the events whose changes can change a page of these `rows`, or EVERY_YEAR."""
    years = [row.date.year for row in rows if row.date]
    if ranked or not years or len(years) < len(rows):
        return EVERY_YEAR
    return (None, max(years)) if oldest_first else (min(years), None)
