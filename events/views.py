import hashlib
import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    Max,
    Min,
    Prefetch,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import pgettext_lazy

from . import counterparts, currency, event_rows, formatting, partitions, search, timeline_rows
from .caching import cached_per_revision, cached_until_changed, per_url, per_url_and_day
from .filter_panel import active_filters, filter_chips, filter_panel, selected_names
from .filters import (
    EventFilter,
    IndexSearchForm,
    public_events,
)
from .models import (
    Amount,
    Article,
    Event,
    EventKind,
    MergedEvent,
    MergedOrganization,
    MergedPerson,
    Organization,
    Participation,
    Person,
    Revision,
    Side,
    Source,
    not_rejected,
)

logger = logging.getLogger(__name__)

EVENTS_PER_PAGE = 50
API_EVENTS_PER_PAGE = 500
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


def timeline(request):
    filterset = EventFilter(request.GET, queryset=public_events())
    context = {"filterset": filterset, "oldest_first": request.GET.get("order") == "oldest"}
    if not filterset.is_valid():
        context["filters"] = filter_panel(filterset, counts=None)
        return render(request, "events/timeline.html", context, status=400)
    aggregates = timeline_aggregates(filterset)
    paginator = CountedPaginator(
        listed_events(filterset, aggregates, request.GET.get("page")),
        EVENTS_PER_PAGE,
        count=aggregates["summary"]["total"],
    )
    page = paginator.get_page(request.GET.get("page"))
    query = filterset.form.cleaned_data.get("q")
    context.update(
        {
            "page": page,
            # Most relevant first, so not by month: the rows are listed with their dates.
            "ranked": filterset.ordered_by_relevance,
            "searched": bool(search.parse(query).wanted),
            "suggestions": suggested_names(query, [Person.objects.public(), Organization.objects.public()])
            if not paginator.count
            else [],
            "rows_html": timeline_rows.page_of_rows(
                request,
                page,
                revision=aggregates["revision"],
                ranked=filterset.ordered_by_relevance,
                oldest_first=context["oldest_first"],
            )
            if paginator.count
            else "",
            # Built only if the cached panel has to be rendered again.
            "filters": SimpleLazyObject(lambda: filter_panel(filterset, counts=aggregates["facets"])),
            "order": filterset.data.get("order", ""),
            "active_filters": active_filters(filterset, aggregates["facets"]),
            # Built only if the cached summary band has to be rendered again.
            "summary": SimpleLazyObject(lambda: summary(aggregates["summary"])),
            # The filter panel and summary band render the same for the same counts, filters and language,
            # so their HTML is cached under a digest of those: a change to the record that moves no count
            # (a title corrected) leaves them cached.
            "panel_key": f"{counts_digest(aggregates)}:{aggregates['digest']}",
            "panel_seconds": settings.FRAGMENT_CACHE_SECONDS,
        }
    )
    return render(request, "events/timeline.html", context)


def listed_events(filterset, aggregates, page_number):
    """The events to page through: on the first page of a search ranked by relevance, the ids its counting
    found already (events/partitions.py), in their order, rather than every event found ranked again.
    The aggregates are shared by every order of the same filters: ordered by date, the ids are not used."""
    first_page = aggregates.get("first_page")
    if first_page is None or not filterset.ordered_by_relevance or page_number not in (None, "", "1"):
        return event_rows.listed(filterset.qs)
    in_order = Case(*(When(pk=pk, then=Value(place)) for place, pk in enumerate(first_page)))
    # Lazy, as the queryset it replaces: a page whose rows are cached reads no event.
    return event_rows.listed(Event.objects.filter(pk__in=first_page).order_by(in_order))


class CountedPaginator(Paginator):
    """A paginator told its count, which the timeline already has from the summary band.
    bench/tricks.py (2026-12-06): Paginator's own COUNT of 90,000 published events costs 9.9 ms."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.count = count


def timeline_aggregates(filterset):
    """Facet counts and the summary band for a filter state (events/facet_cube.py,
    events/partitions.py), cached per revision
    of the record and filter state, and the key that the filter panel, summary band and rows are cached
    under as template fragments (templates/events/timeline.html)."""
    revision = Revision.current()
    digest = filter_state_digest(filterset)
    aggregates = counted_aggregates(filterset, digest, revision=revision)
    return {**aggregates, "digest": digest, "revision": revision}


def counts_digest(aggregates):
    """A digest of every count the filter panel and summary band show."""
    counts = repr((aggregates["facets"], aggregates["summary"]))
    return hashlib.sha256(counts.encode()).hexdigest()[:32]


def filter_state_digest(filterset):
    state = sorted(
        (name, str(value))
        for name, value in filterset.form.cleaned_data.items()
        if value not in (None, "") and name != "order"
    )
    return hashlib.sha256(repr(state).encode()).hexdigest()[:32]


@cached_per_revision(lambda filterset, digest, revision: (digest,))
def counted_aggregates(filterset, digest, revision):
    return partitions.aggregates(filterset, revision, first_page=EVENTS_PER_PAGE)


def by_month(request, events, per_page):
    """{"page", "groups"}: the requested page of `events`, its rows grouped by year and month (a person's
    and an organisation's pages)."""
    page = Paginator(event_rows.listed(events), per_page).get_page(request.GET.get("page"))
    return {"page": page, "groups": event_rows.group_by_month(event_rows.with_rows(page.object_list))}


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


def published_event_or_404(pk):
    events = (
        Event.objects.public()
        .with_people()
        .select_related("meeting", "delegation", "agreement")
        .prefetch_related(
            Prefetch("sources", queryset=Source.objects.with_articles()),
            "organizations",
        )
    )
    return get_object_or_404(events, pk=pk)


def page_body(request, template, context):
    """What cached_page.html shows inside base.html (which holds the per-request parts, such as the
    language form's CSRF token): the page's title and its rendered content."""
    return {"title": context["title"], "content": render_to_string(template, context, request)}


@cached_until_changed(per_url_and_day)
def event_detail_body(request, pk):
    """The page's body, and the ChangeMark keys of what it shows (caching.cached_until_changed)."""
    event = published_event_or_404(pk)
    permalink = request.build_absolute_uri(event.get_absolute_url())
    context = {**event_context(event), "title": event.title, "permalink": permalink}
    return page_body(request, "events/_event_detail.html", context), shown_marks(context)


def shown_marks(context):
    """The ChangeMark keys of everything an event's page shows: a change to any of them marks it."""
    event = context["event"]
    people = {
        member.person_id for group in context["participant_groups"] for member in group["participations"]
    }
    return [
        f"event:{event.pk}",
        *([f"year:{event.date.year}"] if event.date else []),
        *(f"person:{pk}" for pk in people),
        *(f"organization:{organization.pk}" for organization in context["organizations"]),
        *(f"article:{source.article_id}" for source in context["sources"]),
        *(f"event:{other.pk}" for other in context["related"]),
    ]


def event_detail(request, pk):
    return detail_page(request, pk, event_detail_body, MergedEvent, "event")


def detail_page(request, pk, body_of, merged_model, field):
    """The page of an event, person or organisation (its cached body inside base.html), or, for an id a
    curator merged away, a permanent redirect to the record it joined: old permalinks keep working."""
    try:
        body = body_of(request, pk)
    except Http404:
        merged = merged_model.objects.filter(old_id=pk).select_related(field).first()
        if merged is None:
            raise
        return redirect(getattr(merged, field), permanent=True)
    return render(request, "events/cached_page.html", body)


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


@cached_until_changed(per_url)
def person_detail_body(request, pk):
    """The page's body, and the ChangeMark keys of what it shows: the person (every change to one of
    their events marks them, signals.marks_of), and each other person it names."""
    # Someone named only in rejected extractions is not public.
    person = Person.objects.public().with_event_count().filter(pk=pk).first()
    if person is None:
        raise Http404
    roles = (
        Participation.objects.filter(not_rejected("event__"), person=person)
        .exclude(role="")
        .values("role")
        .annotate(first=Min("event__date"), last=Max("event__date"), count=Count("id"))
        .order_by(F("first").asc(nulls_last=True), "role")
    )
    events = public_events().filter(participations__person=person).timeline_order(oldest_first=True)
    context = {
        **by_month(request, events, INDEX_PER_PAGE),
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
        "counterparts": counterparts.of_person(person, reverse("events:timeline")),
        "other_side": OTHER_SIDE_LABELS.get(person.side, ""),
    }
    named = [*people_named_in(context["groups"]), *(row["id"] for row in context["counterparts"])]
    marks = [f"person:{person.pk}", *(f"person:{other}" for other in named)]
    return page_body(request, "events/_person_detail.html", context), marks


def person_detail(request, pk):
    return detail_page(request, pk, person_detail_body, MergedPerson, "person")


@cached_until_changed(per_url)
def organization_detail_body(request, pk):
    """As person_detail_body: the organisation, the people its events' rows name, its counterparts."""
    organization = get_object_or_404(Organization.objects.public(), pk=pk)
    events = public_events().filter(organizations=organization)
    context = {
        **by_month(request, events, EVENTS_PER_PAGE),
        "title": organization.name,
        "organization": organization,
        "counterparts": counterparts.of_organization(organization, reverse("events:timeline")),
        "other_side": OTHER_SIDE_LABELS.get(organization.side, ""),
    }
    marks = [
        f"organization:{organization.pk}",
        *(f"person:{pk}" for pk in people_named_in(context["groups"])),
        *(f"organization:{row['id']}" for row in context["counterparts"]),
    ]
    return page_body(request, "events/_organization_detail.html", context), marks


def people_named_in(groups):
    """The people the rows of a page of events name (event_rows.with_rows read them)."""
    return {
        pk
        for group in groups
        for month in group["months"]
        for event in month["events"]
        for pk in event.named_people
    }


def organization_detail(request, pk):
    return detail_page(request, pk, organization_detail_body, MergedOrganization, "organization")


def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    sources = list(
        Source.objects.filter(not_rejected("event__"), article=article)
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


def person_index(request):
    people = Person.objects.public().with_event_count()
    return index_page(request, people, "events/person_index.html")


def organization_index(request):
    organizations = Organization.objects.public().with_event_count()
    return index_page(request, organizations, "events/organization_index.html")


def briefing(request):
    """/briefing/?<the timeline's query string>: the filtered events, oldest first, with everything a
    reader needs on paper, under a heading that names the filters and the time it was made."""
    filterset = EventFilter(request.GET, queryset=public_events())
    if not filterset.is_valid():
        return render(request, "events/briefing.html", {"filterset": filterset}, status=400)
    events = list(
        filterset.qs.with_people()
        .prefetch_related(Prefetch("sources", queryset=Source.objects.with_articles()))
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


def querystring(request, **changes):
    """The request's query string with `changes`; a change to None removes the key."""
    data = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data.urlencode()
