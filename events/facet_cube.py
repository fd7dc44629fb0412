"""The timeline's facet counts and summary band read from a small table, the facet cube, rather than
grouped over every event on each request.

The cube counts the published events per combination of kind, category, year, direction, status,
has_amounts, place and source count (FacetCube; AidCube sums their amounts per unit), for one revision
of the record. It is built by the first request that finds the revision new, in one transaction
(about 1 s at 100,000 events, once for every filter state), and read by every filter state after
that: each facet is then a GROUP BY over the rows of a few thousand combinations, all in one
statement (counted).
Uncached, the timeline over 100,000 events cost 2.4 s at 8 connections with nine aggregates over the
events.

Answered from the cube: filter states that use only those dimensions (kind, category, year,
direction, status, has_amounts, place, sources). Their people and organisation facets are read from
the whole record's build when no filter is in use, else grouped over the links of the filtered
events in the same statement as the cube's counts.

A search alone (`q` and no other filter) on PostgreSQL is counted in one statement over the events
it finds (searched_in_one_pass).

Not answered from the cube: free-text `q`, `date_after` and `date_before`, `person` and `with_person`,
`organization` and `with_organization`. Those states are counted live over the events (grouped_live):
one GROUP BY of the events their filters keep and one of their amounts, the facets counted from those
rows, and the people and organisation facets grouped over the links (a person's timeline still reads
the people facet of the whole record from the cube). filters.facet_counts and views.summary_data are
the reference definition of every count; tests/test_facet_cube_matches_live_counts.py holds both
paths to it.
"""

import contextlib
import hashlib
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Count, DecimalField, ExpressionWrapper, F, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.db.models.sql.where import WhereNode

from .changed_years import (
    NAME_LINKS,
    changed_marks,
    dated_in,
    everything_changed,
    grouped_by,
    links_by_year,
    stale_years,
)
from .filters import FIXED_FACETS, NAMED, by_name, few_found, has_amounts, name_facets, top_of_counted
from .models import (
    AidCube,
    Amount,
    Event,
    FacetCube,
    FacetCubeBuild,
    FacetCubePart,
    Revision,
    not_rejected,
)
from .text import fold

# The filters the cube answers, each with the column it reads.
CUBE_FILTERS = {
    "kind": "kind",
    "category": "category",
    "year": "year",
    "direction": "direction",
    "status": "status",
    "has_amounts": "has_amounts",
    "place": "place",
    "sources": "source_count",
}
DIMENSIONS = list(CUBE_FILTERS.values())
# Facets counted from the cube; kind and year come from the summary rows unless their filter is in use.
FACETS = ["category", "direction", "status", "sources", "place", "has_amounts"]
PEOPLE_LIMIT = 100


def aggregates(filterset, revision):
    """{"facets", "summary"} as views.timeline_aggregates builds them: from the cube when every filter
    in use is one of its dimensions, else grouped live. `revision` is Revision.current()."""
    active = active_filters(filterset)
    if active.keys() == {"q"} and connection.vendor == "postgresql":
        return searched_in_one_pass(filterset)
    if not active.keys() <= CUBE_FILTERS.keys():
        return grouped_live(filterset, active, revision)
    build = current_build(revision)
    if not active:
        return decoded(build.whole_record)
    return counted_for_the_parts(filterset, active, build.parts)


def counted_for_the_parts(filterset, active, parts):
    """counted() for a state of the cube's dimensions, kept in the fragment cache under the state and the
    build's `parts`. A part's rows never change (a write that moves a count makes a new part of its year),
    and every write that moves a link marks its event's year, so the same parts give the same counts:
    after an edit the first visitor of each state counts it again, and the visitors after them read it
    (the per-revision cache is missed by every visitor after every write). bench, 7 December 2026,
    category+year in-process with the per-revision cache off: 26 -> 11 ms median."""
    key = (
        f"cube-state:{state_digest({**active, 'parts': parts})}" if settings.FRAGMENT_CACHE_SECONDS else None
    )
    found = cache.get(key) if key else None
    if found is None:
        conditions = {name: condition(filterset, name, value) for name, value in active.items()}
        found = counted(parts, conditions, linked_to=filterset.qs)
        if key:
            cache.set(key, found, settings.FRAGMENT_CACHE_SECONDS)
    return found


def state_digest(active):
    """A digest of a filter state (and whatever else its counts depend on)."""
    state = sorted((name, str(value)) for name, value in active.items())
    return hashlib.sha256(repr(state).encode()).hexdigest()[:32]


def active_filters(filterset):
    return {
        name: value
        for name, value in filterset.form.cleaned_data.items()
        if value not in (None, "") and name != "order"
    }


def grouped_live(filterset, active, revision):
    """A state with filters the cube lacks (q, dates, people, organisations): the events those filters
    keep are grouped once by the cube's dimensions, their amounts once by unit, and every facet is
    counted from those rows in Python. The nine aggregates this replaces each ran the search or the
    join again."""
    if query := active.get("q"):
        filterset.matching_events.setdefault(query, few_found(query))  # the search runs once (filters.py)
    kept = without_cube_filters(filterset).qs.order_by()
    tests = {name: row_test(filterset, name, value) for name, value in active.items() if name in CUBE_FILTERS}
    found = counted_in_python(
        combinations(kept),
        amounts_by_unit(kept),
        tests,
    )
    found["facets"].update(name_facets(filterset, PEOPLE_LIMIT, lambda: whole_record(revision)))
    return found


# A search and nothing else, in one statement: the events the search finds are read once (a
# MATERIALIZED CTE) and every facet, the summary rows, the amounts and the people and organisation
# facets are grouped from them. grouped_live runs the search five times, once for each aggregate, and
# counts some 20,000 grouped rows in Python. Measured on the bench database (7 December 2026, 100,000
# events, the whole page in-process without the cache): "vieng chan"
# (70,014 events) 914 -> 588 ms, of which Python 183 -> 21 ms; "thongsalith mangnomek" (1,729)
# 120 -> 57 ms; "dinh tien dung" (219) 59 -> 34 ms.
# The facets and the summary rows are one GROUP BY GROUPING SETS, one pass over the found events where
# a GROUP BY for each read them seven times (bench, 7 December 2026 evening, "vieng chan", the statement
# under EXPLAIN ANALYZE five times each, alternately, on a noisy machine: median 605 -> 549 ms).
ONE_PASS = """
WITH found AS MATERIALIZED (
    SELECT kept.*, kept.id IN (SELECT event_id FROM {amounts}) AS has_amounts FROM ({kept}) kept
)
SELECT {part}, {first}, CASE WHEN GROUPING(kind) = 0 THEN kind END, NULL, count(*)::text
    FROM found GROUP BY GROUPING SETS ({sets}, (year, kind))
UNION ALL SELECT 'aid', found.direction, found.year::text, amount.unit,
    sum(amount.value * coalesce(amount.count, 1))::text
    FROM found JOIN {amounts} amount ON amount.event_id = found.id
    GROUP BY found.direction, found.year, amount.unit
{names}
"""


def grouping_sets_parts():
    """The SQL of ONE_PASS's first SELECT: which facet a row counts (`part`: a facet's name, or "summary"
    for the year and kind rows) and its option (`first`), told by GROUPING(column) = 0 for the column the
    row is grouped by; and the sets, one for each facet."""
    columns = {name: CUBE_FILTERS[name] for name in FACETS}
    part = " ".join(f"WHEN GROUPING({column}) = 0 THEN '{name}'" for name, column in columns.items())
    first = " ".join(f"WHEN GROUPING({column}) = 0 THEN {column}::text" for column in columns.values())
    return {
        "part": f"CASE {part} ELSE 'summary' END",
        "first": f"CASE {first} ELSE year::text END",
        "sets": ", ".join(f"({column})" for column in columns.values()),
    }


# The most linked people (or organisations) of the events in `found`, with their names. The links are
# counted by id alone and only the hundred kept are named: grouping the links by id and name hashed a
# name for each of 140,000 links (bench, 7 December 2026, "vieng chan": the page in-process 390 -> 370 ms).
NAMES_PART = """
UNION ALL SELECT '{field}', CAST(top.id AS TEXT), named.name, NULL, CAST(top.links AS TEXT)
FROM (
    SELECT link.{field}_id AS id, COUNT(*) AS links
    FROM {links} link JOIN found ON found.id = link.event_id
    GROUP BY link.{field}_id ORDER BY COUNT(*) DESC, link.{field}_id LIMIT {limit}
) top JOIN {named} named ON named.id = top.id"""
# The link tables of the people and organisation facets.
LINKS = {field: links.model for field, links in NAME_LINKS.items()}


def names_parts():
    return "".join(
        NAMES_PART.format(
            field=field, links=links._meta.db_table, named=NAMED[field]._meta.db_table, limit=PEOPLE_LIMIT
        )
        for field, links in LINKS.items()
    )


def searched_in_one_pass(filterset):
    """The aggregates of a filter state whose only filter is `q` (PostgreSQL), as grouped_live gives them."""
    columns = [column for column in DIMENSIONS if column != "has_amounts"]
    kept = filterset.qs.order_by().annotate(year=ExtractYear("date")).values("id", *columns)
    kept_sql, params = sql_of(kept)
    sql = ONE_PASS.format(
        kept=kept_sql, amounts=Amount._meta.db_table, names=names_parts(), **grouping_sets_parts()
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return read_parts(cursor.fetchall(), FACETS)


def without_cube_filters(filterset):
    data = filterset.data.copy()
    for name in CUBE_FILTERS:
        data.pop(name, None)
    others = filterset.with_data(data)
    others.is_valid()
    return others


def row_test(filterset, name, value):
    """Whether a grouped row (a dict of the dimensions) is of the events filter `name` keeps."""
    column = CUBE_FILTERS[name]
    if name == "place":
        filterset.qs  # noqa: B018 - filtering folds the place and finds the places it matches
        places = set(filterset.matching_places[fold(value)])
        return lambda row: row["place"] in places
    if name == "sources":
        return lambda row: row["source_count"] >= value
    return lambda row: row[column] == value


def counted_in_python(rows, amounts, tests):
    """What counted() gives, from grouped rows (tallied, then shaped)."""
    return from_tallies(tallied(rows, amounts, tests))


def tallied(rows, amounts, tests):
    """The counts behind the aggregates, from grouped rows: a row failing one filter counts only in that
    filter's facet (each facet is counted over the other filters), a row failing none counts everywhere.
    {"counts": {facet: {option: events}}, "per_year_and_kind": {(year, kind): events}, "totals":
    {(direction, year, unit): total}}: tallies of two sets of rows add up (added) to those of both."""
    columns = {name: CUBE_FILTERS[name] for name in [*FACETS, "kind", "year"]}
    counts = {name: {} for name in columns}
    per_year_and_kind = {}
    for row in rows:
        failed = [name for name, test in tests.items() if not test(row)]
        if len(failed) > 1:
            continue
        for name, column in columns.items():
            if not failed or failed[0] == name:
                counts[name][row[column]] = counts[name].get(row[column], 0) + row["events"]
        if not failed:
            key = (row["year"], row["kind"])
            per_year_and_kind[key] = per_year_and_kind.get(key, 0) + row["events"]
    totals = {}
    for row in amounts:
        if all(test(row) for test in tests.values()):
            key = (row["direction"], row["year"], row["unit"])
            totals[key] = totals.get(key, 0) + row["total"]
    return {"counts": counts, "per_year_and_kind": per_year_and_kind, "totals": totals}


def added(tallies):
    """The tallies of several sets of rows, added up."""
    total = {"counts": {}, "per_year_and_kind": {}, "totals": {}}
    for tally in tallies:
        for name, counts in tally["counts"].items():
            add_into(total["counts"].setdefault(name, {}), counts)
        add_into(total["per_year_and_kind"], tally["per_year_and_kind"])
        add_into(total["totals"], tally["totals"])
    return total


def add_into(total, counts):
    for key, number in counts.items():
        total[key] = total.get(key, 0) + number


def from_tallies(tallies):
    """The aggregates ({"facets", "summary"}) of tallied rows."""
    counts = {name: tallies["counts"].get(name, {}) for name in [*FACETS, "kind", "year"]}
    per_year_and_kind = tallies["per_year_and_kind"]
    summary_rows = [{"year": year, "kind": kind, "count": n} for (year, kind), n in per_year_and_kind.items()]
    aid = [
        {"direction": direction, "year": year, "unit": unit, "total": total}
        for (direction, year, unit), total in tallies["totals"].items()
    ]
    return {
        "facets": _shaped(counts),
        "summary": {"rows": summary_rows, "aid": aid, "total": sum(per_year_and_kind.values())},
    }


def condition(filterset, name, value):
    """The cube rows of the events that filter `name` keeps: SQL and its parameters."""
    if name == "place":
        filterset.qs  # noqa: B018 - filtering folds the place and finds the places it matches
        places = filterset.matching_places[fold(value)]
        return (f"place IN ({', '.join(['%s'] * len(places))})", places) if places else ("1 = 0", [])
    if name == "sources":
        return "source_count >= %s", [value]
    return f"{CUBE_FILTERS[name]} = %s", [value]


def all_of(parts, conditions, leaving_out=None):
    """The WHERE clause of the rows of the cube's `parts` that every condition but `leaving_out` keeps,
    and its parameters."""
    where = [f"part IN ({', '.join(['%s'] * len(parts))})" if parts else "1 = 0"]
    params = list(parts)
    for name, (sql, values) in conditions.items():
        if name != leaving_out:
            where.append(sql)
            params.extend(values)
    return " AND ".join(where), params


def counted(parts, conditions, linked_to=None):
    """The aggregates of the filter state `conditions` ({filter: (SQL, parameters)} on the cube's rows)
    over the cube's `parts`, in one statement: the summary rows, the amounts, each facet counted over the
    other filters and, with `linked_to` (the filtered events), the people and organisation facets
    counted over their links.
    bench (7 December 2026, 100,000 events, in-process, category+year without the cache): built with
    the ORM as seven querysets in three queries, then four more for the people and organisations and
    their names, the aggregates cost 27.8 ms, most of it building SQL in Python; as this statement,
    13.5 ms."""
    facets = [*FACETS, *(name for name in ("kind", "year") if name in conditions)]
    everything, params = all_of(parts, conditions)
    selects = [
        f"SELECT 'summary', CAST(year AS TEXT), kind, NULL, CAST(SUM(events) AS TEXT) "
        f"FROM {FacetCube._meta.db_table} WHERE {everything} GROUP BY year, kind",
        f"SELECT 'aid', direction, CAST(year AS TEXT), unit, CAST(SUM(total) AS TEXT) "
        f"FROM {AidCube._meta.db_table} WHERE {everything} GROUP BY direction, year, unit",
    ]
    params = params * 2
    for name in facets:
        column = CUBE_FILTERS[name]
        where, where_params = all_of(parts, conditions, leaving_out=name)
        selects.append(
            f"SELECT '{name}', CAST({column} AS TEXT), NULL, NULL, CAST(SUM(events) AS TEXT) "
            f"FROM {FacetCube._meta.db_table} WHERE {where} GROUP BY {column}"
        )
        params.extend(where_params)
    sql = " UNION ALL ".join(selects)
    if linked_to is not None:
        kept_sql, kept_params = sql_of(linked_to.order_by().values("id"))
        sql = f"WITH found AS ({kept_sql}) {sql} {names_parts()}"
        params = [*kept_params, *params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return read_parts(cursor.fetchall(), facets)


def sql_of(queryset):
    """The SQL of `queryset` and its parameters; a query of no rows when the filters can match none
    (a place filter matching no place), which Django leaves unwritten."""
    try:
        return queryset.query.sql_with_params()
    except EmptyResultSet:
        unfiltered = queryset.query.clone()
        unfiltered.where = WhereNode()
        sql, params = unfiltered.sql_with_params()
        return f"SELECT * FROM ({sql}) no_rows WHERE 1 = 0", params


def read_parts(rows, facets):
    """The aggregates from a statement's rows, (part, three values, a number), all text: the counts of
    `facets` ("category", …: the option), the summary rows ("summary": year, kind), the amounts ("aid":
    direction, year, unit) and the most linked people and organisations ("person", "organization": id,
    name), none when the statement did not count them. Kind and year, unless among `facets`, are added
    up from the summary rows."""
    counts = {name: {} for name in facets}
    summary_rows, aid, linked = [], [], {field: [] for field in LINKS}
    for part, first, second, third, number in rows:
        if part in counts:
            counts[part][_typed(part, first)] = int(number)
        elif part == "summary":
            summary_rows.append({"year": _typed("year", first), "kind": second, "count": int(number)})
        elif part == "aid":
            aid.append(
                {"direction": first, "year": _typed("year", second), "unit": third, "total": Decimal(number)}
            )
        else:
            linked[part].append({f"{part}_id": int(first), f"{part}__name": second, "count": int(number)})
    for name in ("kind", "year"):
        if name not in counts:
            counts[name] = {}
            for row in summary_rows:
                counts[name][row[name]] = counts[name].get(row[name], 0) + row["count"]
    facets = {**_shaped(counts), **{field: by_name(rows) for field, rows in linked.items()}}
    summary = {"rows": summary_rows, "aid": aid, "total": sum(row["count"] for row in summary_rows)}
    return {"facets": facets, "summary": summary}


def _typed(name, value):
    """The option as the live aggregates give it: the cube's values travel as text in the union."""
    if value is None:
        return None
    if name in ("year", "sources"):
        return int(value)
    if name == "has_amounts":
        return value in ("1", "true", "t", "True")
    return value


def _shaped(counts):
    """Every option of a fixed facet, zero when no event has it; thresholds of source counts."""
    shaped = dict(counts)
    for name in ("category", "direction", "status"):
        shaped[name] = {value: counts[name].get(value, 0) for value in FIXED_FACETS[name]}
    shaped["sources"] = {
        threshold: sum(count for sources, count in counts["sources"].items() if sources >= threshold)
        for threshold in FIXED_FACETS["sources"]
    }
    shaped["has_amounts"] = {flag: counts["has_amounts"].get(flag, 0) for flag in (True, False)}
    return shaped


def current_build(revision):
    # The links (every person's and organisation's count) are read only by the next build.
    return FacetCubeBuild.objects.filter(revision=revision).defer("links").first() or build_cube()


def whole_record(revision):
    """The people and organisations of every published event, most linked first (filters.name_facets)."""
    return current_build(revision).whole_record["facets"]


# The cube is kept year by year: a build takes the parts of the build before it whose year no write has
# touched since (ChangeMark "counts:<year>", events/changed_years.py) and counts the others again.
# Counting the whole cube and its unfiltered aggregates for each revision cost the first visitor after
# every edit about 0.5 s at 100,000 events (bench, 7 December 2026: its rows 220-450 ms, the amounts
# 110, the unfiltered counts 65, the most linked names 120).
def build_cube():
    """Count the cube of the current revision, once: a second request for it waits for the first,
    then finds the build there. Writers never wait: an import bumps the revision for each article,
    and a lock on the revision's row held through a build would have held every article's
    transaction that long."""
    with builders_one_at_a_time():
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if outermost and connection.vendor == "postgresql":
                # Every statement of the build sees the same committed data, so the number read below is
                # the revision of the events counted (writers bump it in their transaction) and the
                # marks read are those of the writes before it. SQLite's transactions are serializable.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            revision = Revision.objects.order_by("id").values_list("number", flat=True).first() or 0
            existing = FacetCubeBuild.objects.filter(revision=revision).first()
            if existing:
                return existing
            previous = FacetCubeBuild.objects.order_by("-revision").first()
            previous_parts = parts_of(previous)
            stale = years_to_count(previous, previous_parts)
            new = counted_parts(stale, revision)
            kept = [] if stale is None else [part for part in previous_parts if part.year not in stale]
            parts = kept + new
            gone = [part for part in previous_parts if part not in kept]
            links = links_in_all(None if stale is None else previous, gone, new)
            build = FacetCubeBuild.objects.create(
                revision=revision,
                parts=sorted(part.pk for part in parts),
                links=links,
                whole_record=encoded(whole_record_of(parts, links)),
            )
            _forget_all_but_the_last_two()
            return build


def parts_of(build):
    """The parts of `build` (none without a build), their links left unread: the next build reads only
    those of the parts it counts again (links_in_all)."""
    return list(FacetCubePart.objects.filter(pk__in=build.parts).defer("links")) if build else []


def years_to_count(previous, previous_parts):
    """The years whose parts the build after `previous` counts again: those a write touched since their
    part was counted, or None (every year) with no build before or after a write that said nothing."""
    if previous is None:
        return None
    marks = changed_marks()
    if everything_changed(marks, previous.revision):
        return None
    return stale_years({part.year: part.revision for part in previous_parts}, previous.revision, marks)


def links_in_all(previous, gone, new):
    """{field: {id: events}} of every part of the build: the `previous` build's (None when every year is
    counted again), less those of the parts `gone`, plus the `new` parts'. Adding up every part's links
    cost 40 ms at 100,000 events."""
    if previous is None:
        total, gone = {field: {} for field in LINKS}, []
    else:
        total = {field: {int(pk): n for pk, n in previous.links[field].items()} for field in LINKS}
        gone = FacetCubePart.objects.filter(pk__in=[part.pk for part in gone]).only("links")
    for part, sign in [*((part, -1) for part in gone), *((part, 1) for part in new)]:
        for field in LINKS:
            for pk, n in part.links[field].items():
                total[field][int(pk)] = total[field].get(int(pk), 0) + sign * n
    return {field: {pk: n for pk, n in counted.items() if n} for field, counted in total.items()}


def counted_parts(years, revision):
    """New parts for `years` (every year with published events when None): their rows counted into the
    cube in the database, then their tallies read back from those rows."""
    events = Event.objects.public().filter(dated_in(years))
    # The links are filtered on their own join to the events: counted through `events` (counted_links),
    # the events were read twice and all of them scanned (bench, 7 December 2026: 30 -> 10 ms a field).
    public_links = {
        field: NAME_LINKS[field].filter(not_rejected("event__"), dated_in(years, prefix="event__"))
        for field in LINKS
    }
    links = {field: links_by_year(public_links[field], field) for field in LINKS}
    if years is None:
        years = set(with_dimensions(events).values_list("year", flat=True).distinct())
    parts = FacetCubePart.objects.bulk_create(
        FacetCubePart(year=year, revision=revision, tallies={}, links={}) for year in years
    )
    _insert(FacetCube, parts, combinations(events), [*DIMENSIONS, "events"])
    _insert(AidCube, parts, amounts_by_unit(events), [*DIMENSIONS, "unit", "total"])
    # In one order, so a year counted again with the same counts gives the same tallies in the same order
    # (the filter panel is cached by a digest of its counts: views.counts_digest).
    ids = [part.pk for part in parts]
    rows = grouped_by(FacetCube.objects.filter(part__in=ids).order_by(*DIMENSIONS).values(), "part")
    amounts = grouped_by(AidCube.objects.filter(part__in=ids).order_by(*DIMENSIONS, "unit").values(), "part")
    for part in parts:
        part.tallies = encoded_tallies(tallied(rows.get(part.pk, []), amounts.get(part.pk, []), {}))
        part.links = {field: links[field].get(part.year, {}) for field in LINKS}
    # Written by bulk_update, one value a parameter: bulk_create sends its rows as arrays, and psycopg
    # escapes every character of the links' JSON in them (bench, 7 December 2026, a build of every year:
    # 360 ms of 1.6 s).
    FacetCubePart.objects.bulk_update(parts, ["tallies", "links"])
    return parts


def whole_record_of(parts, links):
    """The aggregates of the unfiltered timeline, added up from the parts' tallies, with the people and
    organisations most `links`ed (two more than shown, so a state that selects one or two of them is
    still answered: filters.name_facets)."""
    in_order = sorted(parts, key=lambda part: (part.year is not None, part.year or 0))
    whole = from_tallies(added(decoded_tallies(part.tallies) for part in in_order))
    for field in LINKS:
        whole["facets"][field] = top_of_counted(links[field], field, [], PEOPLE_LIMIT + 2)
    return whole


def encoded_tallies(tallies):
    """facet_cube.tallied's counts as JSON (its keys are tuples, its totals decimals)."""
    return {
        "counts": {name: list(counts.items()) for name, counts in tallies["counts"].items()},
        "per_year_and_kind": [[*key, n] for key, n in tallies["per_year_and_kind"].items()],
        "totals": [[*key, str(total)] for key, total in tallies["totals"].items()],
    }


def decoded_tallies(stored):
    return {
        "counts": {name: {option: n for option, n in pairs} for name, pairs in stored["counts"].items()},
        "per_year_and_kind": {(year, kind): n for year, kind, n in stored["per_year_and_kind"]},
        "totals": {
            (direction, year, unit): Decimal(total) for direction, year, unit, total in stored["totals"]
        },
    }


# The key of the PostgreSQL advisory lock that serialises builds: any fixed number no other lock uses
# (importing.EVENT_MATCHING_LOCK is 4_611_686_018_427_387_000).
BUILD_LOCK = 4_611_686_018_427_387_014


@contextlib.contextmanager
def builders_one_at_a_time():
    """A session lock taken before the build's transaction starts, so the transaction's snapshot
    shows the build of whoever held it. SQLite lets one writer at a time anyway."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [BUILD_LOCK])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [BUILD_LOCK])


def _forget_all_but_the_last_two():
    """The builds before the last two go, with the parts neither counts. The build before the last stays:
    a request that read it may still be counting its rows."""
    last_two = list(FacetCubeBuild.objects.order_by("-revision")[:2])
    FacetCubeBuild.objects.filter(revision__lt=last_two[-1].revision).delete()
    in_use = {pk for build in last_two for pk in build.parts}
    forgotten = FacetCubePart.objects.exclude(pk__in=in_use)
    for model in (FacetCube, AidCube):
        model.objects.filter(part__in=forgotten.values("pk")).delete()
    forgotten.delete()


def with_dimensions(events):
    return events.order_by().annotate(year=ExtractYear("date"), has_amounts=has_amounts())


def combinations(events):
    """`events` counted per combination of the cube's dimensions (its rows' `events`)."""
    return with_dimensions(events).values(*DIMENSIONS).annotate(events=Count("id"))


def amounts_by_unit(events):
    """`events`' amounts summed per combination of the dimensions and unit."""
    total = ExpressionWrapper(
        F("amounts__value") * Coalesce(F("amounts__count"), Value(1)), output_field=DecimalField()
    )
    return (
        with_dimensions(events)
        .filter(amounts__isnull=False)
        .annotate(unit=F("amounts__unit"))
        .values(*DIMENSIONS, "unit")
        .annotate(total=Sum(total))
    )


def _insert(model, parts, grouped, columns):
    """INSERT … SELECT of `grouped`, whose `columns` are named like `model`'s, each row into the part of
    its year, in the database: the cube's rows never travel through Python to be written."""
    if not parts:
        return
    sql, params = grouped.query.sql_with_params()
    names = [connection.ops.quote_name(name) for name in columns]
    ids = [part.pk for part in parts]
    in_parts = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {model._meta.db_table} (part, {', '.join(names)}) "
            f"SELECT cube_part.id, {', '.join(f'grouped.{name}' for name in names)} FROM ({sql}) grouped "
            f"JOIN {FacetCubePart._meta.db_table} cube_part ON cube_part.id IN ({in_parts}) "
            "AND (cube_part.year = grouped.year OR (cube_part.year IS NULL AND grouped.year IS NULL))",
            [*params, *ids],
        )


# The whole record's aggregates as JSON: facets as [option, count] pairs (years, flags and
# thresholds are not strings), amounts' totals as strings.
NAME_FACETS = ("person", "organization")


def encoded(found):
    facets = {
        name: counts if name in NAME_FACETS else list(counts.items())
        for name, counts in found["facets"].items()
    }
    aid = [{**row, "total": str(row["total"])} for row in found["summary"]["aid"]]
    return {"facets": facets, "summary": {**found["summary"], "aid": aid}}


def decoded(stored):
    facets = {
        name: by_name(counts[:PEOPLE_LIMIT]) if name in NAME_FACETS else {option: n for option, n in counts}
        for name, counts in stored["facets"].items()
    }
    aid = [{**row, "total": Decimal(row["total"])} for row in stored["summary"]["aid"]]
    return {"facets": facets, "summary": {**stored["summary"], "aid": aid}}
