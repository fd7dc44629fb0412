"""What the timeline shows about its filters: the panel's options with their counts, the chips of the
filters in use, and the names of the people and organisations a filter state names (the briefing's
and the feed's headings). Plain data for templates/events/_filters.html and its neighbours."""

import datetime

from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import formatting
from .filters import PAIRS, PUBLIC_STATUSES, SOURCE_THRESHOLDS
from .models import ALL_CATEGORIES, CATEGORIES_BY_KIND, Direction, EventKind, Organization, Person
from .text import fold


def option(value, label, count, selected):
    return {"value": value, "label": label, "count": count, "selected": str(value) == selected}


def filter_panel(filterset, counts):
    """The options of each select with their counts, for templates/events/_filters.html. Without
    `counts` (an invalid filter state) the options carry no count."""
    data = filterset.data
    counts = counts or {}

    def count_of(facet, value):
        return counts.get(facet, {}).get(value, 0) if counts else None

    def choices(facet, pairs):
        """One option per (value, label), selected as the query string says."""
        return [option(value, label, count_of(facet, value), data.get(facet, "")) for value, label in pairs]

    return {
        "q": data.get("q", ""),
        "place": data.get("place", ""),
        "date_after": data.get("date_after", ""),
        "date_before": data.get("date_before", ""),
        "order": data.get("order", ""),
        # Kept by the form as hidden fields, so filtering further keeps the pair.
        "pairs": [{"name": pair, "value": data[pair]} for pair in PAIRS if data.get(pair)],
        "kinds": choices("kind", EventKind.choices),
        "category_groups": [
            {"label": kind_label, "options": choices("category", CATEGORIES_BY_KIND[kind].choices)}
            for kind, kind_label in EventKind.choices
        ],
        "years": choices("year", [(year, year) for year in years_offered(filterset, counts)]),
        "directions": choices("direction", Direction.choices),
        "statuses": choices("status", PUBLIC_STATUSES),
        "has_amounts": [
            option("true", _("Có"), count_of("has_amounts", True), data.get("has_amounts", "")),
            option("false", _("Không"), count_of("has_amounts", False), data.get("has_amounts", "")),
        ],
        "sources": source_options(filterset, count_of),
        "people": named_options(counts.get("person", []), "person", data),
        "organizations": named_options(counts.get("organization", []), "organization", data),
        "places": [{"value": place, "count": count} for place, count in most_frequent_places(counts)],
        "errors": filterset.form.errors if filterset.is_bound else {},
    }


def years_offered(filterset, counts):
    """The years with events, newest first, and the one in use even when it has none."""
    years = sorted((year for year in counts.get("year", {}) if year is not None), reverse=True)
    # The cleaned value, never the raw one: "²" passes str.isdigit() but not int().
    year_in_use = valid_value(filterset, "year")
    if year_in_use is not None and year_in_use not in years:
        years.insert(0, year_in_use)
    return years


def named_options(rows, field, data):
    """The people (or organisations) of the facet counts, each an option with its count."""
    return [
        option(row[f"{field}_id"], row[f"{field}__name"], row["count"], data.get(field, "")) for row in rows
    ]


def most_frequent_places(counts):
    """(place, count) for the 60 places with most events, alphabetical (without marks) among equals."""
    return sorted(
        ((place, count) for place, count in counts.get("place", {}).items() if place),
        key=lambda item: (-item[1], fold(item[0])),
    )[:60]


def valid_value(filterset, name):
    """The filter's cleaned value, or None when it is not given or not valid."""
    return filterset.form.cleaned_data.get(name) if hasattr(filterset.form, "cleaned_data") else None


def source_options(filterset, count_of):
    """ "At least 2 sources", "at least 3 sources", and a threshold typed into the URL."""
    thresholds = list(SOURCE_THRESHOLDS)
    selected = filterset.data.get("sources", "")
    threshold_in_use = valid_value(filterset, "sources")
    if threshold_in_use is not None and threshold_in_use not in thresholds:
        thresholds.append(threshold_in_use)
    return [
        option(
            value,
            ngettext("Từ %(count)s nguồn trở lên", "Từ %(count)s nguồn trở lên", value) % {"count": value},
            count_of("sources", value),
            selected,
        )
        for value in sorted(thresholds)
    ]


def active_filters(filterset, facets):
    """One removable chip per filter in use: its label, the value as read, and the URL without it.
    The facet counts always list the selected person and organisation, so their names are there."""
    names = {
        name: {row[f"{name}_id"]: row[f"{name}__name"] for row in facets.get(name, [])}
        for name in ("person", "organization")
    }
    return filter_chips(
        filterset, {**names, "with_person": names["person"], "with_organization": names["organization"]}
    )


def filter_chips(filterset, names):
    """The chips of active_filters; `names` gives the name of each person or organisation id in use."""
    data = filterset.data
    cleaned = filterset.form.cleaned_data
    chips = []
    labels = {
        "kind": dict(EventKind.choices),
        "category": dict(ALL_CATEGORIES),
        "direction": dict(Direction.choices),
        "status": dict(PUBLIC_STATUSES),
    }
    for name, field in filterset.form.fields.items():
        value = cleaned.get(name)
        if value in (None, "") or name == "order":
            continue
        if name in labels:
            shown = labels[name].get(value, value)
        elif name in names:
            shown = names[name].get(value) or f"#{value}"
        elif name == "has_amounts":
            shown = _("Có") if value else _("Không")
        elif isinstance(value, datetime.date):
            shown = formatting.format_day(value)
        else:
            shown = value
        # Removing a person removes the pair filter that needs them.
        dropped = {name, "page", *(pair for pair, first in PAIRS.items() if first == name)}
        remaining = {key: data.getlist(key) for key in data if key not in dropped}
        chips.append({"label": field.label, "value": shown, "url": "?" + urlencode(remaining, doseq=True)})
    return chips


def selected_names(cleaned):
    """{"person": {id: name}, ...} for the people and organisations a filter state names, for the
    headings of pages that have no facet counts to read them from (the feed, the briefing)."""
    people = [cleaned.get(name) for name in ("person", "with_person") if cleaned.get(name)]
    organizations = [cleaned.get(name) for name in ("organization", "with_organization") if cleaned.get(name)]
    person_names = dict(Person.objects.filter(pk__in=people).values_list("pk", "name")) if people else {}
    organization_names = (
        dict(Organization.objects.filter(pk__in=organizations).values_list("pk", "name"))
        if organizations
        else {}
    )
    return {
        "person": person_names,
        "with_person": person_names,
        "organization": organization_names,
        "with_organization": organization_names,
    }


def filter_description(chips):
    """'Nhân vật: Đinh Tiến Dũng · Năm: 2021', or "" when nothing is filtered."""
    return " · ".join(f"{chip['label']}: {chip['value']}" for chip in chips)
