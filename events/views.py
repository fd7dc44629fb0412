import csv
import datetime
import hashlib
import itertools
import logging

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import (
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, ExtractYear
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.functional import SimpleLazyObject
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext, pgettext_lazy
from django.utils.translation import gettext as _

from . import counterparts, currency, facet_cube, formatting, search
from .exporting import export_event
from .filters import (
    MAX_SOURCES,
    PAIRS,
    PUBLIC_STATUSES,
    SOURCE_THRESHOLDS,
    EventFilter,
    IndexSearchForm,
    public_events,
)
from .models import (
    ALL_CATEGORIES,
    CATEGORIES_BY_KIND,
    Amount,
    Article,
    Direction,
    Event,
    EventKind,
    MergedEvent,
    MergedOrganization,
    MergedPerson,
    Organization,
    Participation,
    Person,
    ReviewStatus,
    Revision,
    Side,
    Source,
    timeline_ordering,
)
from .text import fold

logger = logging.getLogger(__name__)

EVENTS_PER_PAGE = 50
API_EVENTS_PER_PAGE = 500
FEED_ITEMS = 50
# A briefing is read on paper: past this many events it says how many more matched.
BRIEFING_EVENTS = 500
INDEX_PER_PAGE = 100
RELATED_EVENTS = 10
OTHER_SIDE_LABELS = {Side.VN: Side.LA.label, Side.LA: Side.VN.label}
# The same Vietnamese words as EventKind, but English needs plurals beside a count.
COUNTED_KINDS = {
    EventKind.MEETING: pgettext_lazy("số đếm", "Cuộc gặp"),
    EventKind.DELEGATION: pgettext_lazy("số đếm", "Đoàn công tác"),
    EventKind.AGREEMENT: pgettext_lazy("số đếm", "Thỏa thuận, viện trợ"),
}
CSV_COLUMNS = [
    "id",
    "kind",
    "category",
    "title",
    "date",
    "date_precision",
    "date_end",
    "place",
    "direction",
    "status",
    "people",
    "amounts",
    "url",
]


def timeline(request):
    filterset = EventFilter(request.GET, queryset=public_events())
    context = {"filterset": filterset, "oldest_first": request.GET.get("order") == "oldest"}
    if not filterset.is_valid():
        context["filters"] = filter_panel(filterset, counts=None)
        return render(request, "events/timeline.html", context, status=400)
    events = filterset.qs
    aggregates = timeline_aggregates(filterset)
    paginator = CountedPaginator(events.with_people(), EVENTS_PER_PAGE, count=aggregates["summary"]["total"])
    page = paginator.get_page(request.GET.get("page"))
    query = filterset.form.cleaned_data.get("q")
    context.update(
        {
            "page": page,
            # Most relevant first, so not by month: the rows are listed with their dates.
            "ranked": filterset.ordered_by_relevance,
            "searched": bool(search.parse(query).wanted),
            "suggestions": suggested_names(query, [public_people(), public_organizations()])
            if not paginator.count
            else [],
            # Called by the template, so a cached fragment of rows costs no query (timeline.html).
            "groups": SimpleLazyObject(lambda: group_by_month(page.object_list)),
            # Built only if the cached panel has to be rendered again.
            "filters": SimpleLazyObject(lambda: filter_panel(filterset, counts=aggregates["facets"])),
            "order": filterset.data.get("order", ""),
            "active_filters": active_filters(filterset, aggregates["facets"]),
            "summary": summary(aggregates["summary"]),
            # The filter panel and summary band render the same for the same revision, filters and
            # language, so their HTML is cached under the aggregates' key (templates/events/timeline.html).
            "fragment_key": aggregates["key"],
            "fragment_seconds": settings.TIMELINE_CACHE_SECONDS,
        }
    )
    return render(request, "events/timeline.html", context)


class CountedPaginator(Paginator):
    """A paginator told its count, which the timeline already has from the summary band.
    bench/tricks.py (2026-12-06): Paginator's own COUNT of 90,000 published events costs 9.9 ms."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.count = count


def timeline_aggregates(filterset):
    """Facet counts and the summary band for a filter state (events/facet_cube.py), cached, keyed on
    the record's Revision (bumped by every change) and on the filters."""
    state = sorted(
        (name, str(value))
        for name, value in filterset.form.cleaned_data.items()
        if value not in (None, "") and name != "order"
    )
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    revision = Revision.current()
    key = f"timeline-aggregates:{revision}:{digest}"
    aggregates = cache.get(key)
    if aggregates is None:
        aggregates = facet_cube.aggregates(filterset, revision)
        cache.set(key, aggregates, settings.TIMELINE_CACHE_SECONDS)
    return {**aggregates, "key": key}


def group_by_month(events):
    """Year headings, month headings under them; year-only dates sit under the year, undated last."""
    years = []
    for event in events:
        year = event.date.year if event.date else None
        month = event.date.month if event.date and event.date_precision in ("day", "month") else None
        if not years or years[-1]["year"] != year:
            years.append({"year": year, "months": []})
        months = years[-1]["months"]
        if not months or months[-1]["month"] != month:
            label = formatting.format_month(year, month) if month else None
            months.append({"month": month, "label": label, "events": []})
        months[-1]["events"].append(event)
    return years


def option(value, label, count, selected):
    return {"value": value, "label": label, "count": count, "selected": str(value) == selected}


def filter_panel(filterset, counts):
    """The options of each select with their counts, for templates/events/_filters.html."""
    data = filterset.data
    counts = counts or {}

    def count_of(facet, value):
        return counts.get(facet, {}).get(value, 0) if counts else None

    kind_counts = counts.get("kind", {})
    category_groups = []
    for kind, kind_label in EventKind.choices:
        category_groups.append(
            {
                "label": kind_label,
                "options": [
                    option(value, label, count_of("category", value), data.get("category", ""))
                    for value, label in CATEGORIES_BY_KIND[kind].choices
                ],
            }
        )
    years = sorted((year for year in counts.get("year", {}) if year is not None), reverse=True)
    selected_year = data.get("year", "")
    if selected_year.isdigit() and int(selected_year) not in years:
        years.insert(0, int(selected_year))
    people = [
        option(row["person_id"], row["person__name"], row["count"], data.get("person", ""))
        for row in counts.get("person", [])
    ]
    organizations = [
        option(row["organization_id"], row["organization__name"], row["count"], data.get("organization", ""))
        for row in counts.get("organization", [])
    ]
    places = sorted(
        ((place, count) for place, count in counts.get("place", {}).items() if place),
        key=lambda item: (-item[1], fold(item[0])),
    )[:60]
    return {
        "q": data.get("q", ""),
        "place": data.get("place", ""),
        "date_after": data.get("date_after", ""),
        "date_before": data.get("date_before", ""),
        "order": data.get("order", ""),
        # Kept by the form as hidden fields, so filtering further keeps the pair.
        "pairs": [{"name": pair, "value": data[pair]} for pair in PAIRS if data.get(pair)],
        "kinds": [
            option(value, label, kind_counts.get(value, 0) if counts else None, data.get("kind", ""))
            for value, label in EventKind.choices
        ],
        "category_groups": category_groups,
        "years": [option(year, year, count_of("year", year), selected_year) for year in years],
        "directions": [
            option(value, label, count_of("direction", value), data.get("direction", ""))
            for value, label in Direction.choices
        ],
        "statuses": [
            option(value, label, count_of("status", value), data.get("status", ""))
            for value, label in PUBLIC_STATUSES
        ],
        "has_amounts": [
            option("true", _("Có"), count_of("has_amounts", True), data.get("has_amounts", "")),
            option("false", _("Không"), count_of("has_amounts", False), data.get("has_amounts", "")),
        ],
        "sources": source_options(filterset, count_of),
        "people": people,
        "organizations": organizations,
        "places": [{"value": place, "count": count} for place, count in places],
        "errors": filterset.form.errors if filterset.is_bound else {},
    }


def source_options(filterset, count_of):
    """ "At least 2 sources", "at least 3 sources", and a threshold typed into the URL."""
    thresholds = list(SOURCE_THRESHOLDS)
    selected = filterset.data.get("sources", "")
    if selected.isdigit() and int(selected) not in thresholds and 1 <= int(selected) <= MAX_SOURCES:
        thresholds.append(int(selected))
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


def summary_data(events):
    """Counts per year and kind, and amounts per direction, year and unit: the numbers behind the
    summary band. The amounts are summed in their own units; formatting.aid_summary converts them."""
    events = events.order_by()
    rows = list(
        events.annotate(year=ExtractYear("date"))
        .values("year", "kind")
        .annotate(count=Count("id"))
        .order_by()
    )
    total = ExpressionWrapper(F("value") * Coalesce(F("count"), Value(1)), output_field=DecimalField())
    aid = (
        Amount.objects.filter(event__in=events.values("pk"))
        .annotate(year=ExtractYear("event__date"), direction=F("event__direction"))
        .values("direction", "year", "unit")
        .annotate(total=Sum(total))
        .order_by()
    )
    return {"rows": rows, "aid": list(aid), "total": sum(row["count"] for row in rows)}


def summary(data):
    """Counts per kind, a bar chart of events per year by kind, and USD per year, formatted."""
    rows = data["rows"]
    per_kind = {kind: 0 for kind in EventKind.values}
    undated = 0
    for row in rows:
        per_kind[row["kind"]] += row["count"]
        if row["year"] is None:
            undated += row["count"]
    return {
        "kinds": [
            {"kind": kind, "label": COUNTED_KINDS[kind], "count": per_kind[kind]} for kind in EventKind.values
        ],
        "total": sum(per_kind.values()),
        "undated": undated,
        "chart": formatting.year_chart(rows, EventKind.choices),
        "aid": formatting.aid_summary(data["aid"]),
    }


def sources_with_articles():
    # An article's raw and clean text run to tens of kilobytes; a list of sources needs neither.
    return (
        Source.objects.select_related("article").defer("article__raw", "article__clean_text").order_by("id")
    )


def published_event_or_404(pk):
    events = (
        Event.objects.published()
        .with_people()
        .select_related("meeting", "delegation", "agreement")
        .prefetch_related(
            Prefetch("sources", queryset=sources_with_articles()),
            "organizations",
        )
    )
    return get_object_or_404(events, pk=pk)


def revision_cached(request, name, build, *parts):
    """`build()` once per revision of the record (every change bumps it), URL and `parts`: the same
    request then costs one query until anything changes. The whole URL is in the key because pages
    and JSON carry absolute links."""
    key = f"{name}:" + "|".join(map(str, (Revision.current(), request.build_absolute_uri(), *parts)))
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.TIMELINE_CACHE_SECONDS)
    return value


def cached_page(request, name, template, context_of, *parts):
    """A detail page whose body is rendered from `template` with `context_of()` once per revision
    (see revision_cached) and language, then served inside base.html, which holds the per-request
    parts (the language form's CSRF token). `context_of` gives the page's "title"; it may raise Http404.
    """

    def build():
        context = context_of()
        return {"title": context["title"], "content": render_to_string(template, context, request)}

    page = revision_cached(request, name, build, get_language(), *parts)
    return render(request, "events/cached_page.html", page)


def event_detail(request, pk):
    def context_of():
        event = published_event_or_404(pk)
        permalink = request.build_absolute_uri(event.get_absolute_url())
        return {**event_context(event), "title": event.title, "permalink": permalink}

    try:
        # The "cite this" line names today's date.
        return cached_page(
            request, "event-detail", "events/_event_detail.html", context_of, timezone.localdate()
        )
    except Http404:
        # A curator merged this event into another: its old permalink keeps working.
        merged = MergedEvent.objects.filter(old_id=pk).select_related("event").first()
        if merged is None:
            raise
        return redirect(merged.event, permanent=True)


def event_context(event):
    participations = list(event.participations.all())
    amounts = list(event.amounts.all())
    sources = list(event.sources.all())
    return {
        "event": event,
        "specific": event.specific,
        "participant_groups": formatting.participants_by_side(participations),
        "amounts": amounts,
        "amount_totals": formatting.amount_totals(amounts, currency.event_year(event)),
        "usd_total": formatting.usd_total(amounts, currency.event_year(event)),
        "sources": sources,
        "outlets": formatting.outlets_of(sources),
        "organizations": list(event.organizations.all()),
        "related": related_events(event, {participation.person_id for participation in participations}),
        "accessed": formatting.format_long_day(timezone.localdate()),
    }


def related_events(event, people):
    """Up to RELATED_EVENTS events sharing a person, then of the same year, newest first.

    Two small indexed queries rather than one with an OR, which makes PostgreSQL scan the table."""
    others = public_events().exclude(pk=event.pk)
    found = (
        list(others.filter(participations__person__in=people).distinct()[:RELATED_EVENTS]) if people else []
    )
    if event.date:
        seen = {other.pk for other in found}
        same_year = others.filter(date__year=event.date.year)[:RELATED_EVENTS]
        found += [other for other in same_year if other.pk not in seen]
    return found[:RELATED_EVENTS]


def person_detail(request, pk):
    def context_of():
        published = ~Q(participations__event__status=ReviewStatus.REJECTED)
        person = (
            Person.objects.annotate(event_count=Count("participations", filter=published))
            .filter(pk=pk, event_count__gt=0)  # someone named only in rejected extractions is not public
            .first()
        )
        if person is None:
            raise Http404
        roles = (
            Participation.objects.filter(person=person)
            .exclude(event__status=ReviewStatus.REJECTED)
            .exclude(role="")
            .values("role")
            .annotate(first=Min("event__date"), last=Max("event__date"), count=Count("id"))
            .order_by(F("first").asc(nulls_last=True), "role")
        )
        events = public_events().filter(participations__person=person).timeline_order(oldest_first=True)
        page = Paginator(events.with_people(), INDEX_PER_PAGE).get_page(request.GET.get("page"))
        return {
            "title": person.name,
            "person": person,
            "roles": [
                {
                    **role,
                    "first_text": formatting.format_day(role["first"]) if role["first"] else "",
                    "last_text": formatting.format_day(role["last"]) if role["last"] else "",
                }
                for role in roles
            ],
            "page": page,
            "groups": group_by_month(page.object_list),
            "counterparts": counterparts.of_person(person, reverse("events:timeline")),
            "other_side": OTHER_SIDE_LABELS.get(person.side, ""),
        }

    try:
        return cached_page(request, "person-detail", "events/_person_detail.html", context_of)
    except Http404:
        # Merged into someone else by a curator: the old page points to the kept person.
        merged = get_object_or_404(MergedPerson.objects.select_related("person"), old_id=pk)
        return redirect(merged.person, permanent=True)


def organization_detail(request, pk):
    def context_of():
        organization = get_object_or_404(Organization, pk=pk)
        events = public_events().filter(organizations=organization)
        page = Paginator(events.with_people(), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        return {
            "title": organization.name,
            "organization": organization,
            "page": page,
            "groups": group_by_month(page.object_list),
            "counterparts": counterparts.of_organization(organization, reverse("events:timeline")),
            "other_side": OTHER_SIDE_LABELS.get(organization.side, ""),
        }

    try:
        return cached_page(request, "organization-detail", "events/_organization_detail.html", context_of)
    except Http404:
        # Merged into another body by a curator: the old page points to the kept one.
        merged = get_object_or_404(MergedOrganization.objects.select_related("organization"), old_id=pk)
        return redirect(merged.organization, permanent=True)


def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    sources = list(
        Source.objects.filter(article=article)
        .exclude(event__status=ReviewStatus.REJECTED)
        .select_related("event")
        .order_by(F("event__date").asc(nulls_last=True), "event_id")
    )
    context = {
        "article": article,
        "original_url": article.web_url,
        "paragraphs": formatting.highlighted_paragraphs(article.clean_text, [s.evidence for s in sources]),
        "sources": sources,
    }
    return render(request, "events/article_detail.html", context)


def index_page(request, queryset, template):
    """A people or organisation index searched by name (events/search.py), best matches first, then
    alphabetical without accents; a bad search is a 400 that says why."""
    form = IndexSearchForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "q": "", "page": None}
        return render(request, template, context, status=400)
    query = form.cleaned_data["q"]
    found = search.ranked(queryset, query, "search_text", "id")
    page = Paginator(found, INDEX_PER_PAGE).get_page(request.GET.get("page"))
    suggestions = suggested_names(query, [queryset]) if not page.paginator.count else []
    return render(request, template, {"form": form, "q": query, "page": page, "suggestions": suggestions})


def suggested_names(query, querysets):
    """ "Did you mean" when a search found nothing: the nearest names, each with the query it makes."""
    names = search.suggestions(query, querysets) if query else []
    return [{"name": name, "query": name} for name in names]


def public_people():
    return Person.objects.filter(
        Exists(
            Participation.objects.filter(person=OuterRef("pk")).exclude(event__status=ReviewStatus.REJECTED)
        )
    )


def public_organizations():
    return Organization.objects.filter(
        Exists(
            Event.organizations.through.objects.filter(organization=OuterRef("pk")).exclude(
                event__status=ReviewStatus.REJECTED
            )
        )
    )


def person_index(request):
    people = Person.objects.annotate(
        event_count=Count("participations", filter=~Q(participations__event__status=ReviewStatus.REJECTED))
    ).filter(event_count__gt=0)
    return index_page(request, people, "events/person_index.html")


def organization_index(request):
    organizations = Organization.objects.annotate(
        event_count=Count("events", filter=~Q(events__status=ReviewStatus.REJECTED))
    ).filter(event_count__gt=0)
    return index_page(request, organizations, "events/organization_index.html")


def api_events(request):
    """/api/events/: the timeline's filters; JSON by pages of 500, or the whole selection as CSV."""
    output = request.GET.get("format", "json")
    filterset = EventFilter(request.GET, queryset=public_events())
    errors = dict(filterset.form.errors) if not filterset.is_valid() else {}
    if output not in ("json", "csv"):
        errors["format"] = [_("Định dạng phải là json hoặc csv.")]
    if errors:
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    if output == "csv":
        # The CSV is in date order even when searched: its people and amounts are read alongside the
        # events in that order (csv_rows).
        oldest_first = filterset.form.cleaned_data.get("order") == "oldest"
        return events_csv(request, filterset.qs.timeline_order(oldest_first), oldest_first)

    def build():
        events = (
            filterset.qs.with_people()
            .select_related("meeting", "delegation", "agreement")
            .prefetch_related(Prefetch("sources", queryset=sources_with_articles()), "organizations")
        )
        page = Paginator(events, API_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        data = {
            "count": page.paginator.count,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "next": request.build_absolute_uri(f"?{querystring(request, page=page.next_page_number())}")
            if page.has_next()
            else None,
            "events": [
                {**export_event(event), "url": request.build_absolute_uri(event.get_absolute_url())}
                for event in page.object_list
            ],
        }
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False}).content

    return HttpResponse(revision_cached(request, "api-events", build), content_type="application/json")


def briefing(request):
    """/briefing/?<the timeline's query string>: the filtered events, oldest first, with everything a
    reader needs on paper, under a heading that names the filters and the time it was made."""
    filterset = EventFilter(request.GET, queryset=public_events())
    if not filterset.is_valid():
        return render(request, "events/briefing.html", {"filterset": filterset}, status=400)
    events = list(
        filterset.qs.with_people()
        .prefetch_related(Prefetch("sources", queryset=sources_with_articles()))
        .timeline_order(oldest_first=True)[: BRIEFING_EVENTS + 1]
    )
    shown = events[:BRIEFING_EVENTS]
    query = querystring(request, page=None)
    context = {
        "filterset": filterset,
        "chips": filter_chips(filterset, selected_names(filterset.form.cleaned_data)),
        "generated": formatting.format_moment(timezone.localtime()),
        "entries": [briefing_entry(event) for event in shown],
        "total": filterset.qs.count() if len(events) > len(shown) else len(shown),
        "cap": BRIEFING_EVENTS,
        "timeline_url": request.build_absolute_uri(
            reverse("events:timeline") + (f"?{query}" if query else "")
        ),
    }
    return render(request, "events/briefing.html", context)


def briefing_entry(event):
    year = currency.event_year(event)
    sources = list(event.sources.all())
    return {
        "event": event,
        "participant_groups": formatting.participants_by_side(list(event.participations.all())),
        "amounts": [
            {
                "text": formatting.format_amount(amount),
                "usd": formatting.usd_note(amount.total, amount.unit, year),
            }
            for amount in event.amounts.all()
        ],
        "sources": sources,
        "outlets": formatting.outlets_of(sources),
    }


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


def invalid_filters_text(filterset):
    """A plain-text 400 for the feed: which filter value was wrong and why."""
    lines = [_("Bộ lọc có giá trị không hợp lệ")]
    for name, errors in filterset.form.errors.items():
        lines.extend(f"- {name}: {error}" for error in errors)
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


class EventFeed(Feed):
    """The newest created or changed events of a filter state, newest change first. Each entry's id
    is a tag URI of the event alone, so an edited event replaces its entry in a reader."""

    feed_type = Atom1Feed

    def get_object(self, request, filterset):
        # The tag URI's authority is the site's name without its port: the ids stay the same behind
        # a proxy on another port.
        self.host = split_domain_port(request.get_host())[0] or "localhost"
        self.chips = filter_chips(filterset, selected_names(filterset.form.cleaned_data))
        self.query = request.GET.copy()
        for name in ("page", "format"):
            self.query.pop(name, None)
        return filterset

    def title(self, filterset):
        heading = _("Hà Nội – Viêng Chăn: sự kiện mới và vừa sửa")
        description = filter_description(self.chips)
        return f"{heading} ({description})" if description else heading

    def subtitle(self, filterset):
        return _(
            "Các cuộc gặp, đoàn công tác, thỏa thuận và viện trợ giữa Hà Nội và Viêng Chăn, trích từ báo chí."
        )

    def with_query(self, path):
        query = self.query.urlencode()
        return f"{path}?{query}" if query else path

    def link(self, filterset):
        return self.with_query(reverse("events:timeline"))

    def feed_url(self, filterset):
        return self.with_query(reverse("events:feed"))

    def feed_guid(self, filterset):
        return self.with_query(f"tag:{self.host},2026:feed")

    def author_name(self, filterset):
        return _("Hà Nội – Viêng Chăn")

    def items(self, filterset):
        events = (
            filterset.qs.with_people()
            .prefetch_related(Prefetch("sources", queryset=sources_with_articles()))
            .order_by("-updated_at", "-id")
        )
        return events[:FEED_ITEMS]

    def item_title(self, event):
        return escape(event.title)

    def item_description(self, event):
        return formatting.event_summary_html(event, list(event.sources.all()))

    def item_guid(self, event):
        return f"tag:{self.host},2026:event/{event.pk}"

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_categories(self, event):
        return [event.get_category_display()]


def event_feed(request):
    """/feed/?<the timeline's query string>: an Atom feed of that filter state."""
    filterset = EventFilter(request.GET, queryset=public_events())
    if not filterset.is_valid():
        return invalid_filters_text(filterset)

    def build():
        return EventFeed()(request, filterset=filterset).content

    content = revision_cached(request, "feed", build, get_language())
    return HttpResponse(content, content_type="application/atom+xml; charset=utf-8")


def querystring(request, **changes):
    """The request's query string with `changes`; a change to None removes the key."""
    data = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data.urlencode()


class Echo:
    """csv.writer writes into this and gets the line back, so each row can be yielded."""

    def write(self, value):
        return value


CSV_EVENT_FIELDS = [
    "pk",
    "kind",
    "category",
    "title",
    "date",
    "date_precision",
    "date_end",
    "place",
    "direction",
]
CSV_CHUNK = 2000


def csv_amount(value, unit, count):
    text = f"{value.normalize():f} {unit}"
    return f"{count} × {text}" if count and count != 1 else text


def csv_rows(request, events, oldest_first=False):
    """Plain tuples, not model instances: 100,000 events stream in seconds in constant memory.

    Three queries in all: the events, and their people and amounts sorted in the events' own order,
    read alongside them. (Fetching each chunk's people by a list of 2,000 ids cost more than the rest
    of the export: every id is a bound parameter.)"""
    writer = csv.writer(Echo())
    # A byte-order mark, so Excel reads the Vietnamese as UTF-8.
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    url_prefix = request.build_absolute_uri(reverse("events:event", args=[0]))[: -len("0/")]
    selected = events.values("pk")
    ordering = timeline_ordering(oldest_first, prefix="event__")
    people_of = rows_by_event(
        Participation.objects.filter(event__in=selected)
        .order_by(*ordering, "-is_lead", "id")
        .values_list("event_id", "person__name")
    )
    amounts_of = rows_by_event(
        Amount.objects.filter(event__in=selected)
        .order_by(*ordering, "position", "id")
        .values_list("event_id", "value", "unit", "count")
    )
    event_rows = events.values_list(*CSV_EVENT_FIELDS, "status").iterator(chunk_size=CSV_CHUNK)
    try:
        yield from csv_lines(writer, event_rows, people_of, amounts_of, url_prefix)
    finally:
        # A stream cut short (a database error, a client gone) closes its cursors (server-side ones,
        # on PostgreSQL) now, rather than whenever the generators are garbage-collected.
        for reader in (event_rows, people_of, amounts_of):
            reader.close()


def csv_lines(writer, event_rows, people_of, amounts_of, url_prefix):
    lines = []
    for row in event_rows:
        pk, kind, category, title, date, precision, date_end, place, direction, status = row
        lines.append(
            writer.writerow(
                [
                    pk,
                    kind,
                    category,
                    title,
                    date.isoformat() if date else "",
                    precision,
                    date_end.isoformat() if date_end else "",
                    place,
                    direction,
                    status,
                    "; ".join(name for (name,) in people_of(pk)),
                    "; ".join(csv_amount(*amount) for amount in amounts_of(pk)),
                    f"{url_prefix}{pk}/",
                ]
            )
        )
        if len(lines) == CSV_CHUNK:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def marked_if_cut(lines):
    """`lines`, ending with CSV_INCOMPLETE if producing them fails half-way (the status, 200, is sent)."""
    try:
        yield from lines
    except Exception:  # noqa: BLE001 - logged; the reader must learn the file is cut
        logger.exception("The CSV export broke off")
        yield CSV_INCOMPLETE


def rows_by_event(queryset):
    """A reader of `queryset` (event id first, sorted as the events are): given each event id in turn,
    it returns that event's rows without their id."""
    rows = queryset.iterator(chunk_size=CSV_CHUNK)
    pending = next(rows, None)

    def of(pk):
        nonlocal pending
        found = []
        while pending is not None and pending[0] == pk:
            found.append(pending[1:])
            pending = next(rows, None)
        return found

    of.close = rows.close
    return of


# The CSV's last line when the export broke off: a spreadsheet shows it, so nobody takes the file for
# the whole selection. One cell, in both languages (no comma, so no quoting).
CSV_INCOMPLETE = (
    "# INCOMPLETE: the export stopped here because of a server error; download it again. "
    "/ CHƯA ĐỦ: việc xuất dừng ở đây vì lỗi máy chủ; hãy tải lại.\r\n"
)


def events_csv(request, events, oldest_first=False):
    lines = csv_rows(request, events, oldest_first)
    # The header and the first chunk before the response starts: their queries reach the database, so
    # one that is away gives the outage page (503) rather than a 200 that stops after the header.
    first = [next(lines), next(lines, "")]
    response = StreamingHttpResponse(
        marked_if_cut(itertools.chain(first, lines)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="su-kien-ha-noi-vieng-chan.csv"'
    return response
