"""The timeline's filters, shared by the pages and the API, and the counts shown beside each option."""

import heapq

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from . import search
from .models import (
    ALL_CATEGORIES,
    Amount,
    Direction,
    Event,
    EventKind,
    Organization,
    Participation,
    Person,
    ReviewStatus,
    Revision,
    reported_by_at_least,
    timeline_ordering,
)
from .text import fold

# The largest id a bigint column holds; larger numbers are a form error, not a database error.
MAX_ID = 2**63 - 1
PUBLIC_STATUSES = [
    (ReviewStatus.EXTRACTED, ReviewStatus.EXTRACTED.label),
    (ReviewStatus.REVIEWED, _("Đã duyệt")),
]
# With `q`, the default order is relevance (events/search.py); without, newest first.
ORDERS = [
    ("relevance", _("Phù hợp nhất trước")),
    ("newest", _("Mới nhất trước")),
    ("oldest", _("Cũ nhất trước")),
]
DATE_ORDERS = ("newest", "oldest")
# `sources=N`: events reported by at least N articles. The panel offers these; any N up to the cap works.
SOURCE_THRESHOLDS = [2, 3]
MAX_SOURCES = 1000


class IntegerFilter(django_filters.Filter):
    field_class = forms.IntegerField


class StrictBooleanField(forms.NullBooleanField):
    """ "true" or "false" (also 1 or 0), or nothing. Django's NullBooleanField reads anything else
    ("maybe") as "no filter", which would show every event as if the filter had been applied."""

    # NullBooleanSelect would turn "maybe" into None before to_python sees it.
    widget = forms.TextInput
    TRUE = ("true", "True", "1")
    FALSE = ("false", "False", "0")

    def to_python(self, value):
        if value in (None, ""):
            return None
        if value is True or value in self.TRUE:
            return True
        if value is False or value in self.FALSE:
            return False
        raise forms.ValidationError(_("Chọn “true” (có) hoặc “false” (không)."), code="invalid")

    def validate(self, value):
        pass


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


def has_amounts():
    return Exists(Amount.objects.filter(event=OuterRef("pk")))


# A pair filter ("events with both X and Y") and the filter it pairs with.
PAIRS = {"with_person": "person", "with_organization": "organization"}


class EventFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        for pair, first in PAIRS.items():
            if cleaned.get(pair) is not None and cleaned.get(first) is None and first not in self.errors:
                self.add_error(
                    pair,
                    _("“%(pair)s” chỉ dùng cùng “%(first)s”: lọc theo cặp là các sự kiện có cả hai.")
                    % {"pair": pair, "first": first},
                )
        return cleaned


def with_participant(person_id):
    return Exists(Participation.objects.filter(event=OuterRef("pk"), person=person_id))


def with_organization(organization_id):
    links = Event.organizations.through.objects.filter(event=OuterRef("pk"), organization=organization_id)
    return Exists(links)


def known_places():
    """Every place an event names, read once per revision of the record: reading them is a scan of every
    event (bench, 7 December 2026, 100,000 events: 75 ms of the 89 a request of `place=vieng chan` cost
    with its counts cached)."""
    places = Event.objects.exclude(place="").order_by().values_list("place", flat=True).distinct()
    if not settings.FRAGMENT_CACHE_SECONDS:
        return list(places)
    key = f"places:{Revision.current()}"
    known = cache.get(key)
    if known is None:
        known = list(places)
        cache.set(key, known, settings.FRAGMENT_CACHE_SECONDS)
    return known


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Tìm"), method="filter_text", max_length=200)
    kind = django_filters.ChoiceFilter(label=_("Loại"), choices=EventKind.choices)
    category = django_filters.ChoiceFilter(label=_("Thể loại"), choices=ALL_CATEGORIES)
    year = IntegerFilter(label=_("Năm"), field_name="date__year", min_value=1900, max_value=2200)
    date_after = django_filters.DateFilter(label=_("Từ ngày"), field_name="date", lookup_expr="gte")
    date_before = django_filters.DateFilter(label=_("Đến ngày"), field_name="date", lookup_expr="lte")
    person = IntegerFilter(
        label=_("Nhân vật"), field_name="participations__person", min_value=1, max_value=MAX_ID
    )
    organization = IntegerFilter(
        label=_("Tổ chức"), field_name="organizations", min_value=1, max_value=MAX_ID
    )
    # Events with both `person` and `with_person` (a person's counterpart); likewise for organisations.
    with_person = IntegerFilter(
        label=_("Cùng với nhân vật"), method="filter_with_person", min_value=1, max_value=MAX_ID
    )
    with_organization = IntegerFilter(
        label=_("Cùng với tổ chức"), method="filter_with_organization", min_value=1, max_value=MAX_ID
    )
    place = django_filters.CharFilter(label=_("Địa điểm"), method="filter_place", max_length=200)
    direction = django_filters.ChoiceFilter(label=_("Chiều đi"), choices=Direction.choices)
    has_amounts = StrictBooleanFilter(label=_("Có số tiền, hiện vật"), method="filter_has_amounts")
    sources = IntegerFilter(
        label=_("Số nguồn tối thiểu"), method="filter_sources", min_value=1, max_value=MAX_SOURCES
    )
    # Rejected is not a choice: asking for it is an invalid value, and rejected events are never shown.
    status = django_filters.ChoiceFilter(label=_("Trạng thái duyệt"), choices=PUBLIC_STATUSES)
    order = django_filters.ChoiceFilter(label=_("Thứ tự"), choices=ORDERS, method="filter_order")

    class Meta:
        model = Event
        fields = []
        form = EventFilterForm

    def filter_with_person(self, queryset, name, value):
        return queryset.filter(with_participant(value))

    def filter_with_organization(self, queryset, name, value):
        return queryset.filter(with_organization(value))

    def filter_text(self, queryset, name, value):
        # The ids of what the search finds, when the facets' counting has read them (facet_cube.grouped_live
        # through few_found): the copies of this filter state that count the facets read them by id.
        found = self.matching_events.get(value)
        if found is None:
            return queryset.search(value)
        return search.ranked_among(queryset, value, found, *timeline_ordering())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.matching_places = {}
        self.matching_events = {}  # shared with the copies with_data() makes, as matching_places is

    def with_data(self, data):
        """This filter state read from other data (a facet's, without its own filter), sharing what this
        one has looked up: the places a place filter matches, the events a search finds."""
        other = type(self)(data, queryset=self.queryset)
        other.matching_places = self.matching_places
        other.matching_events = self.matching_events
        return other

    def filter_place(self, queryset, name, value):
        # Places are few; folding them in Python finds "Viêng Chăn" from "vieng chan" on any database.
        wanted = fold(value)
        if wanted not in self.matching_places:
            self.matching_places[wanted] = [place for place in known_places() if wanted in fold(place)]
        return queryset.filter(place__in=self.matching_places[wanted])

    def filter_has_amounts(self, queryset, name, value):
        return queryset.filter(has_amounts()) if value else queryset.exclude(has_amounts())

    def filter_sources(self, queryset, name, value):
        return queryset.filter(reported_by_at_least(value))

    def filter_order(self, queryset, name, value):
        # Relevance is what `q` already ordered by (filters apply in the order declared).
        if value in DATE_ORDERS:
            return queryset.timeline_order(oldest_first=value == "oldest")
        return queryset

    @property
    def ordered_by_relevance(self):
        data = self.form.cleaned_data
        return bool(search.parse(data.get("q")).wanted) and data.get("order") not in DATE_ORDERS


class IndexSearchForm(forms.Form):
    """The name search of the people and organisation indexes: the same checks as the timeline's `q`
    (at most 200 characters, no NUL, which PostgreSQL cannot store or compare)."""

    q = forms.CharField(label=_("Tìm"), required=False, max_length=200)


def public_events():
    # A page of rows never shows the search document (a kilobyte a row, sorted along when ranked).
    return Event.objects.public().defer("search_document").timeline_order()


def ranked(field, values, *then):
    """Order by `then`, with the rows whose `field` is one of `values` (the selected options) first."""
    values = [value for value in values if value]
    if not values:
        return then
    return (Case(When(Q(**{f"{field}__in": values}), then=Value(0)), default=Value(1)), *then)


# Past this many events, a search is run again rather than read by id (EventFilter.filter_text).
FEW_FOUND = 5000


def few_found(text):
    """The ids of the events `text` finds, when it finds few (PostgreSQL); else None.

    A page counts its facets over the events a search finds five times (the facets, the amounts, people,
    organisations, the rows): a search that finds few events runs once for the counting, which reads its
    events by id. One that finds many runs each time: PostgreSQL reads a long list of ids more slowly than
    it searches again. bench (2026-12-07, 100,000 events, SQL of one page): "dinh tien dung" (219 events)
    74 -> 40 ms; "thongsalith mangnomek" (1,729) 134 -> 108 ms; "vieng chan" (77,834) stays at 1.1 s."""
    if connection.vendor != "postgresql" or not search.parse(text).wanted:
        return None
    found = list(
        search.matching(Event.objects.order_by(), text).values_list("pk", flat=True)[: FEW_FOUND + 1]
    )
    return found if len(found) <= FEW_FOUND else None


def without(filterset, name):
    """The same filters minus one: what a facet counts over, so its other options stay reachable.
    Without `person`, `with_person` goes too: alone it is not a valid filter. A filter not in use leaves
    the same events: those are read without building another filter state (a form and its fields,
    about 2 ms a copy, two copies a page for the people and organisation facets)."""
    dropped = {name, *(pair for pair, first in PAIRS.items() if first == name)}
    if not any(filterset.form.cleaned_data.get(field) not in (None, "") for field in dropped):
        return filterset.qs.order_by()
    data = filterset.data.copy()
    for field in dropped:
        data.pop(field, None)
    return filterset.with_data(data).qs.order_by()


def _count_by(queryset, field):
    return {row[field]: row["count"] for row in queryset.values(field).annotate(count=Count("id")).order_by()}


# Facets whose options are known in advance: while their own filter is not in use they share one
# base set, and all their counts come from a single scan of conditional aggregates.
FIXED_FACETS = {
    "category": [value for value, _label in ALL_CATEGORIES],
    "direction": Direction.values,
    "status": [value for value, _label in PUBLIC_STATUSES],
    "sources": SOURCE_THRESHOLDS,
}


def facet_condition(name, value):
    """The events one option of a fixed facet would return."""
    if name == "sources":
        return reported_by_at_least(value)
    return Q(**{name: value})


def _count_options(queryset, names):
    """{name: {value: count}} for every option of the fixed facets `names`, in one scan."""
    result = queryset.aggregate(
        **{
            f"{name}__{value}": Count("id", filter=facet_condition(name, value))
            for name in names
            for value in FIXED_FACETS[name]
        }
    )
    return {name: {value: result[f"{name}__{value}"] for value in FIXED_FACETS[name]} for name in names}


def facet_counts(filterset, summary_rows, people_limit=100, whole_record=None):
    """How many events each option would return, each facet counted over the other filters: the
    reference definition, nine aggregates over the events, that events/facet_cube.py answers faster
    and its tests compare with.

    `summary_rows` are the per-year, per-kind counts of the filtered events (views.summary_data):
    the kind and year facets are read from them when their own filter is not in use."""
    active = {name for name, value in filterset.form.cleaned_data.items() if value not in (None, "")}
    base = filterset.qs.order_by()
    counts = {}
    shared = [name for name in FIXED_FACETS if name not in active]
    if shared:
        counts.update(_count_options(base, shared))
    for name in FIXED_FACETS.keys() & active:
        counts.update(_count_options(without(filterset, name), [name]))
    for name in ("kind", "year"):
        field = name
        if name in active:
            rows = without(filterset, name)
            rows = rows.annotate(year=ExtractYear("date")) if name == "year" else rows
            counts[name] = _count_by(rows, field)
        else:
            counts[name] = {}
            for row in summary_rows:
                counts[name][row[field]] = counts[name].get(row[field], 0) + row["count"]
    counts["place"] = _count_by(without(filterset, "place"), "place")
    # Events with amounts: a semi-join on the amounts table, not an EXISTS run for every event.
    amounts_base = without(filterset, "has_amounts") if "has_amounts" in active else base
    everything = (
        amounts_base.count() if "has_amounts" in active else sum(row["count"] for row in summary_rows)
    )
    with_amounts = (
        Amount.objects.filter(event__in=amounts_base.values("pk")).values("event_id").distinct().count()
    )
    counts["has_amounts"] = {True: with_amounts, False: everything - with_amounts}
    counts.update(name_facets(filterset, people_limit, whole_record))
    return counts


def name_facets(filterset, limit=100, whole_record=None, links_counted=None):
    """The people and organisation facets: the most frequent names, and always the one selected,
    however rare. Grouping by id alone and reading the names of the winners afterwards keeps the
    aggregate small. `whole_record()`, when given, returns the most linked names over every published
    event (events/facet_cube.py): read instead of grouping every link when no other filter is in use.
    `links_counted`, when given, holds for a field {id: events} over the events its facet counts
    (events/partitions.py keeps them year by year), read instead of grouping the links."""
    facets = {}
    for field, links in (
        ("person", Participation.objects),
        ("organization", Event.organizations.through.objects),
    ):
        chosen = chosen_ids(filterset, field)
        if whole_record and not other_filters(filterset, field):
            top = from_whole_record(whole_record()[field], links, field, chosen, limit)
        elif links_counted and field in links_counted:
            top = top_of_counted(links_counted[field], field, chosen, limit)
        else:
            top = top_names(
                links.filter(event__in=without(filterset, field).values("pk")), field, chosen, limit
            )
        facets[field] = by_name(top)
    return facets


PAIR_OF = {first: pair for pair, first in PAIRS.items()}


def chosen_ids(filterset, field):
    """The ids a state selects for `field` ("person" or "organization") and its pair, each once."""
    selected = filterset.form.cleaned_data
    return list(dict.fromkeys(pk for pk in (selected.get(field), selected.get(PAIR_OF[field])) if pk))


def other_filters(filterset, field):
    """The filters in use besides `field`, its pair and the order."""
    active = {name for name, value in filterset.form.cleaned_data.items() if value not in (None, "")}
    return active - {field, PAIR_OF[field], "order"}


def from_whole_record(ranked, links, field, chosen, limit):
    """What top_names gives over every published event, from `ranked` (its answer without a
    selection, two rows longer than `limit`) and the counts of the `chosen` ids it lacks."""
    key = f"{field}_id"
    known = {row[key]: row for row in ranked}
    missing = [pk for pk in chosen if pk not in known]
    published = Event.objects.public().order_by().values("pk")
    first = [known[pk] for pk in chosen if pk in known]
    if missing:
        first += top_names(
            links.filter(**{f"{key}__in": missing}, event__in=published), field, missing, limit
        )
    others = [row for row in ranked if row[key] not in chosen]
    return first + others[: limit - len(first)]


NAMED = {"person": Person, "organization": Organization}


def top_names(links, field, selected, limit):
    """[{"<field>_id", "<field>__name", "count"}] for the `selected` rows and the most linked others,
    `limit` in all, most linked first (ties by id)."""
    key = f"{field}_id"
    top = (
        links.values_list(key)
        .annotate(count=Count("event_id"))
        .order_by(*ranked(key, selected, "-count", key))[:limit]
    )
    return named(field, list(top))


def top_of_counted(counted, field, selected, limit):
    """What top_names gives, from {id: events} counted already, named."""
    return named(field, most_linked(counted, selected, limit))


def most_linked(counted, selected, limit):
    """[(id, events)] of `counted` ({id: events}): the `selected` first, then the most linked (ties by id),
    `limit` in all."""
    chosen = sorted((-count, pk) for pk, count in counted.items() if pk in selected)
    # The few most linked of the others, rather than all of them sorted: a broad search counts 2,500
    # people for a facet that shows 30 (8 December 2026: 1.4 -> 0.4 ms a facet).
    others = heapq.nsmallest(limit, ((-count, pk) for pk, count in counted.items() if pk not in selected))
    return [(pk, -count) for count, pk in [*chosen, *others][:limit]]


def named(field, top):
    """The facet's rows for `top` ([(id, count)], in order), with the names of their people or
    organisations (one query)."""
    key = f"{field}_id"
    names = dict(NAMED[field].objects.filter(pk__in=[pk for pk, _ in top]).values_list("pk", "name"))
    return [{key: pk, f"{field}__name": names.get(pk, ""), "count": count} for pk, count in top]


def by_name(rows):
    name = next((key for key in rows[0] if key.endswith("__name")), None) if rows else None
    return sorted(rows, key=lambda row: fold(row[name])) if name else rows
