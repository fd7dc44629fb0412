import csv
import datetime

from django.core.paginator import Paginator
from django.db.models import Count, DecimalField, ExpressionWrapper, F, Max, Min, Prefetch, Q, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from . import formatting
from .exporting import export_event
from .filters import PUBLIC_STATUSES, EventFilter, facet_counts, public_events
from .models import (
    ALL_CATEGORIES,
    CATEGORIES_BY_KIND,
    Amount,
    Article,
    Direction,
    Event,
    EventKind,
    MergedEvent,
    MergedPerson,
    Organization,
    Participation,
    Person,
    ReviewStatus,
    Source,
)
from .text import fold

EVENTS_PER_PAGE = 50
API_EVENTS_PER_PAGE = 500
INDEX_PER_PAGE = 100
RELATED_EVENTS = 10
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
    page = Paginator(events.with_people(), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    panel = filter_panel(filterset, counts=facet_counts(filterset))
    context.update(
        {
            "page": page,
            "groups": group_by_month(page.object_list),
            "filters": panel,
            "active_filters": active_filters(filterset, panel),
            "summary": summary(events),
        }
    )
    return render(request, "events/timeline.html", context)


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
        "people": people,
        "organizations": organizations,
        "places": [{"value": place, "count": count} for place, count in places],
        "errors": filterset.form.errors if filterset.is_bound else {},
    }


def active_filters(filterset, panel):
    """One removable chip per filter in use: its label, the value as read, and the URL without it."""
    data = filterset.data
    names = {
        "person": {option["value"]: option["label"] for option in panel["people"]},
        "organization": {option["value"]: option["label"] for option in panel["organizations"]},
    }
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
        remaining = {key: data.getlist(key) for key in data if key not in (name, "page")}
        chips.append({"label": field.label, "value": shown, "url": "?" + urlencode(remaining, doseq=True)})
    return chips


def summary(events):
    """Counts per kind, a bar chart of events per year by kind, and USD per year."""
    events = events.order_by()
    rows = list(
        events.annotate(year=ExtractYear("date"))
        .values("year", "kind")
        .annotate(count=Count("id"))
        .order_by()
    )
    per_kind = {kind: 0 for kind in EventKind.values}
    undated = 0
    for row in rows:
        per_kind[row["kind"]] += row["count"]
        if row["year"] is None:
            undated += row["count"]
    total = ExpressionWrapper(F("value") * Coalesce(F("count"), Value(1)), output_field=DecimalField())
    usd = (
        Amount.objects.filter(event__in=events.values("pk"), unit__iexact="USD")
        .annotate(year=ExtractYear("event__date"))
        .values("year")
        .annotate(total=Sum(total))
        .order_by(F("year").desc(nulls_last=True))
    )
    return {
        "kinds": [
            {"kind": kind, "label": COUNTED_KINDS[kind], "count": per_kind[kind]} for kind in EventKind.values
        ],
        "total": sum(per_kind.values()),
        "undated": undated,
        "chart": formatting.year_chart(rows, EventKind.choices),
        "usd": [{"year": row["year"], "total": formatting.format_number(row["total"])} for row in usd],
    }


def published_event_or_404(pk):
    events = (
        Event.objects.published()
        .with_people()
        .select_related("meeting", "delegation", "agreement")
        .prefetch_related(
            Prefetch("sources", queryset=Source.objects.select_related("article").order_by("id")),
            "organizations",
        )
    )
    return get_object_or_404(events, pk=pk)


def event_detail(request, pk):
    try:
        event = published_event_or_404(pk)
    except Http404:
        # A curator merged this event into another: its old permalink keeps working.
        merged = MergedEvent.objects.filter(old_id=pk).select_related("event").first()
        if merged is None:
            raise
        return redirect(merged.event, permanent=True)
    participations = list(event.participations.all())
    amounts = list(event.amounts.all())
    people = {participation.person_id for participation in participations}
    nearby = Q(pk__in=Participation.objects.filter(person_id__in=people).values("event_id"))
    if event.date:
        nearby |= Q(date__year=event.date.year)
    related = (
        public_events().exclude(pk=event.pk).filter(nearby)[:RELATED_EVENTS] if people or event.date else []
    )
    context = {
        "event": event,
        "specific": event.specific,
        "participant_groups": formatting.participants_by_side(participations),
        "amounts": amounts,
        "amount_totals": formatting.amount_totals(amounts),
        "sources": list(event.sources.all()),
        "organizations": list(event.organizations.all()),
        "related": related,
        "permalink": request.build_absolute_uri(event.get_absolute_url()),
        "accessed": formatting.format_long_day(timezone.localdate()),
    }
    return render(request, "events/event_detail.html", context)


def person_detail(request, pk):
    published = ~Q(participations__event__status=ReviewStatus.REJECTED)
    person = (
        Person.objects.annotate(event_count=Count("participations", filter=published)).filter(pk=pk).first()
    )
    if person is None:
        # Merged into someone else by a curator: the old page points to the kept person.
        merged = get_object_or_404(MergedPerson.objects.select_related("person"), old_id=pk)
        return redirect(merged.person, permanent=True)
    if not person.event_count:
        # Someone named only in rejected extractions is not public.
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
    context = {
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
    }
    return render(request, "events/person_detail.html", context)


def organization_detail(request, pk):
    organization = get_object_or_404(Organization, pk=pk)
    events = public_events().filter(organizations=organization)
    page = Paginator(events.with_people(), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"organization": organization, "page": page, "groups": group_by_month(page.object_list)}
    return render(request, "events/organization_detail.html", context)


def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    sources = list(
        Source.objects.filter(article=article)
        .exclude(event__status=ReviewStatus.REJECTED)
        .select_related("event")
        .order_by(F("event__date").asc(nulls_last=True), "event_id")
    )
    # Only web addresses become links: a stored "javascript:" URL must not be clickable.
    original_url = article.url if article.url.lower().startswith(("https://", "http://")) else ""
    context = {
        "article": article,
        "original_url": original_url,
        "paragraphs": formatting.highlighted_paragraphs(article.clean_text, [s.evidence for s in sources]),
        "sources": sources,
    }
    return render(request, "events/article_detail.html", context)


def search_index(queryset, request):
    query = request.GET.get("q", "")[:200]
    for word in fold(query).split():
        queryset = queryset.filter(search_text__contains=word)
    page = Paginator(queryset, INDEX_PER_PAGE).get_page(request.GET.get("page"))
    return query, page


def person_index(request):
    people = (
        Person.objects.annotate(
            event_count=Count(
                "participations", filter=~Q(participations__event__status=ReviewStatus.REJECTED)
            )
        )
        .filter(event_count__gt=0)
        .order_by("search_text", "id")
    )
    query, page = search_index(people, request)
    return render(request, "events/person_index.html", {"page": page, "q": query})


def organization_index(request):
    organizations = (
        Organization.objects.annotate(
            event_count=Count("events", filter=~Q(events__status=ReviewStatus.REJECTED))
        )
        .filter(event_count__gt=0)
        .order_by("search_text", "id")
    )
    query, page = search_index(organizations, request)
    return render(request, "events/organization_index.html", {"page": page, "q": query})


def api_events(request):
    """/api/events/: the timeline's filters; JSON by pages of 500, or the whole selection as CSV."""
    output = request.GET.get("format", "json")
    filterset = EventFilter(request.GET, queryset=public_events())
    errors = dict(filterset.form.errors) if not filterset.is_valid() else {}
    if output not in ("json", "csv"):
        errors["format"] = [_("Định dạng phải là json hoặc csv.")]
    if errors:
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    events = filterset.qs.with_people()
    if output == "csv":
        return events_csv(request, events)
    events = events.select_related("meeting", "delegation", "agreement").prefetch_related(
        Prefetch("sources", queryset=Source.objects.select_related("article").order_by("id"))
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
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def querystring(request, **changes):
    data = request.GET.copy()
    for key, value in changes.items():
        data[key] = value
    return data.urlencode()


class Echo:
    """csv.writer writes into this and gets the line back, so each row can be yielded."""

    def write(self, value):
        return value


def csv_amount(amount):
    text = f"{amount.value.normalize():f} {amount.unit}"
    return f"{amount.count} × {text}" if amount.count and amount.count != 1 else text


def csv_rows(request, events):
    writer = csv.writer(Echo())
    # A byte-order mark, so Excel reads the Vietnamese as UTF-8.
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    base = request.build_absolute_uri("/").rstrip("/")
    for event in events.iterator(chunk_size=2000):
        yield writer.writerow(
            [
                event.pk,
                event.kind,
                event.category,
                event.title,
                event.date.isoformat() if event.date else "",
                event.date_precision,
                event.date_end.isoformat() if event.date_end else "",
                event.place,
                event.direction,
                event.status,
                "; ".join(p.person.name for p in event.participations.all()),
                "; ".join(csv_amount(amount) for amount in event.amounts.all()),
                base + reverse("events:event", args=[event.pk]),
            ]
        )


def events_csv(request, events):
    response = StreamingHttpResponse(csv_rows(request, events), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="su-kien-ha-noi-vieng-chan.csv"'
    return response
