"""The counts of a filter state the facet cube cannot answer (a search, dates, a person, an organisation),
kept year by year: each year's part is cached until an event of that year changes, so an edit to one
event costs the next visitor the counting of that event's year, not of the whole record.

facet_cube.grouped_live counts such a state over all its events at once, and its answer is cached per
revision of the record (views.counted_aggregates): every curator's edit and every import starts a new
revision, and the first visitor of each filter state paid the whole count again (a search for
"vieng chan" over 100,000 events, 0.6 to 0.9 s). Here the same rows are grouped by the year of the
events' dates as well (undated events make one more part). A part holds the tallies
(facet_cube.tallied) of its events and, for the people and organisation facets, how many of them each
person or organisation is linked to: both add up across parts.

A part is kept while ChangeMark "counts:<year>" has not changed since it was counted: every write that
can move a count marks the year of the event it touches (signals.counts_mark), and the year it had
before when its date moves. A state's entry, cached for FRAGMENT_CACHE_SECONDS under the state's
digest, holds the revision its parts were counted in and the parts added up; its parts are cached
beside it and read only when one of them must be counted again. A visit that finds nothing changed
costs one query for the marks, one cache read and the names of the people and organisations shown.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Window
from django.db.models.functions import ExtractYear, RowNumber

from . import facet_cube, search
from .changed_years import (
    NAME_LINKS,
    added_counts,
    changed_marks,
    counted_links,
    dated_in,
    everything_changed,
    grouped_by,
    stale_years,
)
from .filters import chosen_ids, few_found, most_linked, name_facets, other_filters, without
from .models import Event


def aggregates(filterset, revision, first_page=0):
    """facet_cube.aggregates, with the states the cube cannot answer counted from parts kept year by year
    (when the fragment cache is on; FRAGMENT_CACHE_SECONDS=0 counts everything on each request). With
    `first_page` (a page's size) and a search, also "first_page": the ids of its first page ranked by
    relevance, in order, from each year's most relevant events kept the same way."""
    active = facet_cube.active_filters(filterset)
    if active.keys() <= facet_cube.CUBE_FILTERS.keys() or not settings.FRAGMENT_CACHE_SECONDS:
        return facet_cube.aggregates(filterset, revision)
    # Kept for every order of a search: the aggregates are shared by its orders (views.listed_events).
    first_page = first_page if search.parse(active.get("q")).wanted else 0
    entry = up_to_date_entry(filterset, active, revision, first_page)
    found = facet_cube.from_tallies(entry["tallies"])
    found["facets"].update(
        name_facets(
            filterset,
            facet_cube.PEOPLE_LIMIT,
            lambda: facet_cube.whole_record(revision),
            links_counted=entry["links"],
        )
    )
    if first_page:
        found["first_page"] = entry["first_page"]
    return found


def up_to_date_entry(filterset, active, revision, first_page=0):
    """The state's entry ({"revision", "counted": {year: revision}, "tallies", "links"}), its stale parts
    counted again first. `revision` was read before anything else (Revision.current()): a write committed
    while the parts are counted marks its year in a later revision, and that part is counted again."""
    key = f"partitions:{facet_cube.state_digest({**active, 'first_page': first_page})}"
    entry = cache.get(key)
    marks = changed_marks() if entry is not None else {}
    stale = stale_years(entry["counted"], entry["revision"], marks) if entry is not None else None
    if entry is not None and not stale:
        return entry
    parts = cache.get(f"{key}:parts") if entry is not None else None
    if parts is None or everything_changed(marks, entry["revision"]):
        parts = counted_parts(filterset, active, revision, first_page=first_page)
    else:
        parts = {year: part for year, part in parts.items() if year not in stale}
        parts.update(counted_parts(filterset, active, revision, years=stale, first_page=first_page))
    entry = {
        "revision": revision,
        "counted": {year: part["revision"] for year, part in parts.items()},
        "tallies": facet_cube.added(part["tallies"] for part in parts.values()),
        "links": {field: facet_links(filterset, field, parts) for field in linked_fields(filterset)},
        "first_page": most_relevant(parts.values(), first_page),
    }
    cache.set_many({key: entry, f"{key}:parts": parts}, settings.FRAGMENT_CACHE_SECONDS)
    return entry


def facet_links(filterset, field, parts):
    """{id: events} of the people or organisations the state's facet shows, added up over its parts: the
    most linked and the selected, not every one linked (a broad search links 2,500 people, read on each
    visit; 8 December 2026, in-process: "vieng chan" 13-18 -> 11-14 ms median)."""
    counted = added_counts(part["links"].get(field, {}) for part in parts.values())
    return dict(most_linked(counted, chosen_ids(filterset, field), facet_cube.PEOPLE_LIMIT))


def linked_fields(filterset):
    """The name facets counted over the state's own events: those with another filter in use (the others
    read the whole record's, filters.name_facets)."""
    return [field for field in NAME_LINKS if other_filters(filterset, field)]


def counted_parts(filterset, active, revision, years=None, first_page=0):
    """{year: part} of the state, counted for `years`, or for every year with events when None; a part is
    {"revision", "tallies", "links": {field: {id: events}}, "ranked": the year's `first_page` most
    relevant events, as (relevance, date, id)}."""
    if years is None and (query := active.get("q")):
        found = filterset.matching_events.setdefault(query, few_found(query))  # the search runs once
        if found == []:
            return {}
    in_years = dated_in(years)
    kept = facet_cube.without_cube_filters(filterset).qs.order_by().filter(in_years)
    linked = {field: without(filterset, field).filter(in_years) for field in linked_fields(filterset)}
    if years is not None:
        kept, linked = read_by_id(kept, linked)
    rows_by_year = grouped_by(facet_cube.combinations(kept), "year")
    amounts_by_year = grouped_by(facet_cube.amounts_by_unit(kept), "year")
    links_by_year = {field: counted_links(field, events) for field, events in linked.items()}
    tests = {
        name: facet_cube.row_test(filterset, name, value)
        for name, value in active.items()
        if name in facet_cube.CUBE_FILTERS
    }
    every_year = set(years or ()) | rows_by_year.keys() | amounts_by_year.keys()
    every_year |= {year for counted in links_by_year.values() for year in counted}
    ranked = ranked_by_year(filterset.qs.filter(in_years), active["q"], first_page) if first_page else {}
    return {
        year: {
            "revision": revision,
            "tallies": facet_cube.tallied(rows_by_year.get(year, []), amounts_by_year.get(year, []), tests),
            "links": {field: counted.get(year, {}) for field, counted in links_by_year.items()},
            "ranked": ranked.get(year, []),
        }
        for year in every_year
    }


# A search's first page, most relevant first, is made of each year's most relevant events: a page of
# the whole record read afresh ranks every event found (bench, 7 December 2026, "vieng chan": 70,000
# events, 90-130 ms a page in-process, the one statement left on that page after an edit).
def ranked_by_year(events, text, size):
    """{year: [(relevance, date, id)]}: the `size` first of each year's `events` as the timeline orders a
    search for `text` (search.relevance, then newest first, then the highest id), in one statement."""
    relevance = search.relevance(search.parse(text))
    in_order = [relevance.desc(), F("date").desc(nulls_last=True), F("id").desc()]
    rows = (
        events.order_by()
        .annotate(
            year=ExtractYear("date"),
            relevance=relevance,
            place_in_year=Window(RowNumber(), partition_by=ExtractYear("date"), order_by=in_order),
        )
        .filter(place_in_year__lte=size)
        .values_list("year", "relevance", "date", "pk")
    )
    ranked = {}
    for year, score, date, pk in rows:
        ranked.setdefault(year, []).append((score, date, pk))
    return ranked


def most_relevant(parts, size):
    """The ids of the first `size` events of all parts, in the timeline's order for a ranked search:
    most relevant first, then newest, undated last, then the highest id."""
    if not size:
        return None
    ranked = [found for part in parts for found in part.get("ranked", [])]
    ranked.sort(key=timeline_place)
    return [pk for _relevance, _date, pk in ranked[:size]]


def timeline_place(found):
    relevance, date, pk = found
    return (-relevance, date is None, -date.toordinal() if date else 0, -pk)


# A year's events are found once and then read by id. A search restricted to a year is planned as the
# search's whole index scan ANDed with the year's dates (bench, 7 December 2026, "vieng chan" in 2015:
# 78,000 matches scanned for 2,364 found, about 25 ms a statement), and each of the part's four
# groupings ran it: the first request after an edit took 71 ms for "dinh tien dung", where the count
# of the whole record in one statement (facet_cube.searched_in_one_pass) took 30.
def read_by_id(kept, linked):
    """`kept` and the `linked` events ({field: events}) as the events of their ids, each set found once
    (a set written as another is read from it)."""
    found = {}

    def by_id(events):
        sql = str(events.query)
        if sql not in found:
            found[sql] = Event.objects.filter(pk__any_of=list(events.values_list("pk", flat=True)))
        return found[sql]

    return by_id(kept), {field: by_id(events) for field, events in linked.items()}
