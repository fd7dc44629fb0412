"""The timeline's filters, shared by the pages and the API, and the counts shown beside each option."""

import django_filters
from django import forms
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from .models import (
    ALL_CATEGORIES,
    Amount,
    Direction,
    Event,
    EventKind,
    Participation,
    ReviewStatus,
)
from .text import fold

# The largest id a bigint column holds; larger numbers are a form error, not a database error.
MAX_ID = 2**63 - 1
PUBLIC_STATUSES = [
    (ReviewStatus.EXTRACTED, ReviewStatus.EXTRACTED.label),
    (ReviewStatus.REVIEWED, _("Đã duyệt")),
]
ORDERS = [("newest", _("Mới nhất trước")), ("oldest", _("Cũ nhất trước"))]


class IntegerFilter(django_filters.Filter):
    field_class = forms.IntegerField


def has_amounts():
    return Exists(Amount.objects.filter(event=OuterRef("pk")))


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
    place = django_filters.CharFilter(label=_("Địa điểm"), method="filter_place", max_length=200)
    direction = django_filters.ChoiceFilter(label=_("Chiều đi"), choices=Direction.choices)
    has_amounts = django_filters.BooleanFilter(label=_("Có số tiền, hiện vật"), method="filter_has_amounts")
    # Rejected is not a choice: asking for it is an invalid value, and rejected events are never shown.
    status = django_filters.ChoiceFilter(label=_("Trạng thái duyệt"), choices=PUBLIC_STATUSES)
    order = django_filters.ChoiceFilter(label=_("Thứ tự"), choices=ORDERS, method="filter_order")

    class Meta:
        model = Event
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.matching_places = {}

    def filter_place(self, queryset, name, value):
        # Places are few; folding them in Python finds "Viêng Chăn" from "vieng chan" on any database.
        wanted = fold(value)
        if wanted not in self.matching_places:
            places = Event.objects.exclude(place="").values_list("place", flat=True).distinct()
            self.matching_places[wanted] = [place for place in places if wanted in fold(place)]
        return queryset.filter(place__in=self.matching_places[wanted])

    def filter_has_amounts(self, queryset, name, value):
        return queryset.filter(has_amounts()) if value else queryset.exclude(has_amounts())

    def filter_order(self, queryset, name, value):
        return queryset.timeline_order(oldest_first=value == "oldest")


def public_events():
    return Event.objects.published().timeline_order()


def ranked(field, value, *then):
    """Order by `then`, with the row whose `field` is `value` (the selected option) first."""
    if not value:
        return then
    return (Case(When(Q(**{field: value}), then=Value(0)), default=Value(1)), *then)


def without(filterset, name):
    """The same filters minus one: what a facet counts over, so its other options stay reachable."""
    data = filterset.data.copy()
    data.pop(name, None)
    others = type(filterset)(data, queryset=filterset.queryset)
    others.matching_places = filterset.matching_places
    return others.qs.order_by()


def _count_by(queryset, field):
    return {row[field]: row["count"] for row in queryset.values(field).annotate(count=Count("id")).order_by()}


def facet_counts(filterset, people_limit=100):
    """How many events each option would return: one aggregate query per facet."""
    counts = {
        "kind": _count_by(without(filterset, "kind"), "kind"),
        "category": _count_by(without(filterset, "category"), "category"),
        "direction": _count_by(without(filterset, "direction"), "direction"),
        "status": _count_by(without(filterset, "status"), "status"),
        "place": _count_by(without(filterset, "place"), "place"),
    }
    years = without(filterset, "year").annotate(year=ExtractYear("date")).values("year")
    counts["year"] = {row["year"]: row["count"] for row in years.annotate(count=Count("id")).order_by()}
    amounts = without(filterset, "has_amounts").aggregate(
        yes=Count("id", filter=Q(has_amounts())), everything=Count("id")
    )
    counts["has_amounts"] = {True: amounts["yes"], False: amounts["everything"] - amounts["yes"]}
    # The most frequent names, and always the one selected, however rare.
    selected = filterset.form.cleaned_data
    people = (
        Participation.objects.filter(event__in=without(filterset, "person").values("pk"))
        .values("person_id", "person__name", "person__search_text")
        .annotate(count=Count("event_id"))
        .order_by(*ranked("person_id", selected.get("person"), "-count", "person__search_text"))
    )[:people_limit]
    counts["person"] = sorted(people, key=lambda row: row["person__search_text"])
    through = Event.organizations.through
    organizations = (
        through.objects.filter(event__in=without(filterset, "organization").values("pk"))
        .values("organization_id", "organization__name", "organization__search_text")
        .annotate(count=Count("event_id"))
        .order_by(
            *ranked("organization_id", selected.get("organization"), "-count", "organization__search_text")
        )
    )[:people_limit]
    counts["organization"] = sorted(organizations, key=lambda row: row["organization__search_text"])
    return counts
