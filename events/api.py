"""The JSON API: the timeline's events by pages (or all of them as CSV), and one event, person or
organisation by id. Read-only, in English, for scripts, notebooks and other sites.

The conventions (the README's "The API" section says them to users):
- fields are named as the filters name them (`kind`; the export contract keeps `model` for the scorer);
- an error is JSON, `{"error": {"code", "message", "fields"}}`, with an English message;
- `page` (from 1) and `size` (at most MAX_PAGE_SIZE); `next` and `previous` links; a page past the end
  is a 404;
- `ETag` and `Last-Modified` come from the record's Revision, so a conditional request gets a 304;
- `Cache-Control` on every answer; cross-origin GETs are allowed (django-cors-headers, settings.py);
- GET and HEAD only: the admin is the only place that writes."""

import functools
import hashlib
import json

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition

from . import counterparts, csv_export
from .caching import cached_per_revision, each_until_changed, per_absolute_url, revision_number, revision_of
from .exporting import export_events
from .filters import EventFilter, public_events
from .models import (
    Event,
    MergedEvent,
    MergedOrganization,
    MergedPerson,
    Organization,
    Participation,
    Person,
    object_url,
)
from .signals import marks_of_events

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
# A client may reuse an answer this long without asking; after that its ETag makes asking cheap.
MAX_AGE_SECONDS = 60
FORMATS = ("json", "csv")


# ---------------------------------------------------------------- answers


def json_text(data):
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def json_response(data, status=200):
    return HttpResponse(json_text(data), status=status, content_type="application/json")


def error_response(status, code, message, fields=None):
    """An error as JSON: a stable `code` for programs, an English `message` for people, and for bad
    parameters the messages of each one in `fields`."""
    error = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    return json_response({"error": error}, status=status)


def etag_of(request, *args, **kwargs):
    # The release is in it too: an upgrade may change the answer for the same data.
    return f'"{revision_of(request).number}-{settings.CACHES["default"]["KEY_PREFIX"][:12]}"'


def last_modified_of(request, *args, **kwargs):
    return revision_of(request).changed_at


def api_view(view):
    """GET and HEAD only; 304 to a conditional request whose ETag or date still holds; Cache-Control."""
    conditional = condition(etag_func=etag_of, last_modified_func=last_modified_of)(view)

    @functools.wraps(view)
    def answer(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error_response(
                405, "method_not_allowed", f"{request.method} is not allowed: this API only reads."
            )
            response["Allow"] = "GET, HEAD"
            return response
        response = conditional(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=MAX_AGE_SECONDS)
        return response

    return answer


# ---------------------------------------------------------------- parameters


class BadParameter(Exception):
    def __init__(self, name, message):
        super().__init__(message)
        self.name = name
        self.message = message


def whole_number(request, name, default, lowest, highest):
    """A parameter that must be a whole number from `lowest` to `highest` (ASCII digits only)."""
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    if not (raw.isascii() and raw.isdigit()) or not lowest <= int(raw) <= highest:
        raise BadParameter(name, f"{name} must be a whole number from {lowest} to {highest}.")
    return int(raw)


def filter_errors(filterset):
    """The filter form's errors in English, whatever the language of the site."""
    with translation.override("en"):
        return {
            name: [str(message) for message in messages] for name, messages in filterset.form.errors.items()
        }


def bad_parameters(fields):
    names = ", ".join(sorted(fields))
    return error_response(400, "invalid_parameter", f"Invalid value for {names}.", fields)


# ---------------------------------------------------------------- events


def api_url(request, name, pk):
    return request.build_absolute_uri(reverse(f"events:{name}", args=[pk]))


def events_json(request, events):
    """The API's events for `events`, as data: one event's answer."""
    return [json.loads(text) for text in event_texts(request, events)]


def event_texts(request, events):
    """Each of `events` as the API's JSON text, in their order: the export contract's event
    (events/exporting.py) with `kind` for `model`, and its links. Each text is cached until its event,
    people, organisations or articles change (caching.each_until_changed), so after an edit elsewhere a
    page reads only its ids and their marks and joins the texts: bench database (7 December 2026
    evening), a page of 344 events in-process 48 -> 26 ms cached as data; cached as text, measured
    alternately with data in a slower hour, 52 -> 33 ms (no dumping, no copying).
    The site's address is read once for all of them, and each link is written by object_url: a JSON page
    of 302 events 50 -> 32 ms in-process, where reverse() and build_absolute_uri() for each of its 604
    links cost 19 ms."""
    site = request.build_absolute_uri("/")[:-1]
    pks = list(events.values_list("id", flat=True))
    site_key = hashlib.sha256(site.encode()).hexdigest()[:16]  # the links in the text are the site's
    exported = functools.partial(exported_texts, site)
    texts = each_until_changed(f"event-json:{site_key}", pks, exported, revision_number(request))
    return [texts[pk] for pk in pks]


def exported_texts(site, pks):
    """{pk: (the event's JSON text, the ChangeMark keys of what it shows)} for caching.each_until_changed."""
    marks = marks_of_events(pks)
    return {
        data["id"]: (json_text(event_json(site, dict(data))), marks[data["id"]])
        for data in export_events(Event.objects.filter(pk__any_of=pks))
    }


def event_json(site, data):
    """An exported event (`data`) as the API gives it, its links on `site` (scheme and host)."""
    data = {"id": data.pop("id"), "kind": data.pop("model"), **data}
    data["url"] = site + object_url("events:event", data["id"])
    data["api_url"] = site + object_url("events:api_event", data["id"])
    return data


@api_view
def event_list(request):
    """/api/events/: the timeline's filters, as JSON by pages, or the whole selection as CSV."""
    filterset = EventFilter(request.GET, queryset=public_events())
    fields = filter_errors(filterset)
    output = request.GET.get("format", "json")
    if output not in FORMATS:
        fields["format"] = ["format must be json or csv."]
    try:
        size = whole_number(request, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        number = whole_number(request, "page", 1, 1, 2**31)
    except BadParameter as bad:
        fields[bad.name] = [bad.message]
    if fields:
        return bad_parameters(fields)
    if output == "csv":
        # In date order even when searched: people and amounts are read alongside the events in that
        # order (csv_export.csv_rows).
        oldest_first = filterset.form.cleaned_data.get("order") == "oldest"
        return csv_export.events_csv(request, filterset.qs.timeline_order(oldest_first), oldest_first)
    try:
        body = event_page_body(request, filterset, number, size)
    except EmptyPage:
        return error_response(404, "page_not_found", f"There is no page {number} of these events.")
    return HttpResponse(body, content_type="application/json")


@cached_per_revision(per_absolute_url)
def event_page_body(request, filterset, number, size):
    page = Paginator(filterset.qs, size).page(number)
    data = {
        "count": page.paginator.count,
        "page": page.number,
        "num_pages": page.paginator.num_pages,
        "size": size,
        "next": page_link(request, page.next_page_number()) if page.has_next() else None,
        "previous": page_link(request, page.previous_page_number()) if page.has_previous() else None,
    }
    # The events' texts are joined, not dumped again: the same bytes json_response would write.
    events = ",".join(event_texts(request, page.object_list))
    return (json_text(data)[:-1] + f',"events":[{events}]}}').encode()


def page_link(request, number):
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"?{query.urlencode()}")


@api_view
def event_detail(request, pk):
    found = events_json(request, Event.objects.public().filter(pk=pk))
    if not found:
        return moved_or_missing(request, MergedEvent, "event", "api_event", pk)
    return json_response(found[0])


def moved_or_missing(request, merged_model, field, name, pk):
    """A 301 to the record this id was merged into, else a 404."""
    merged = merged_model.objects.filter(old_id=pk).values_list(f"{field}_id", flat=True).first()
    if merged is not None:
        return HttpResponsePermanentRedirect(api_url(request, name, merged))
    return error_response(404, "not_found", f"There is no public {field} with id {pk}.")


# ---------------------------------------------------------------- people and organisations


def counterpart_json(request, row, field, own_id, name):
    """One counterpart: who, how many shared events, the first and last dates, and those events."""
    other_id = row[f"{field}_id"]
    return {
        "id": other_id,
        "name": row[f"{field}__name"],
        "events": row["count"],
        "first_date": stamp_date(row["first"]),
        "last_date": stamp_date(row["last"]),
        "api_url": api_url(request, name, other_id),
        "events_url": request.build_absolute_uri(
            reverse("events:api_events") + f"?{field}={own_id}&with_{field}={other_id}"
        ),
    }


def stamp_date(stamp):
    """The day of a counterparts.dated_stamp ("2021-08-26 day" gives "2021-08-26"), or None."""
    return stamp.partition(" ")[0][:10] if stamp else None


def named_record_json(request, record, field, name, links):
    """A person or an organisation: its names, side, public events and the other side's counterparts."""
    rows = counterparts.counterpart_rows(links, field, record.pk, record.side)
    return {
        "id": record.pk,
        "name": record.name,
        "aliases": record.aliases,
        "side": record.side or None,
        "event_count": record.event_count,
        "url": request.build_absolute_uri(record.get_absolute_url()),
        "api_url": api_url(request, name, record.pk),
        "events_url": request.build_absolute_uri(reverse("events:api_events") + f"?{field}={record.pk}"),
        "counterparts": [counterpart_json(request, row, field, record.pk, name) for row in rows],
    }


@api_view
def person_detail(request, pk):
    person = Person.objects.public().with_event_count().filter(pk=pk).first()
    if person is None:
        return moved_or_missing(request, MergedPerson, "person", "api_person", pk)
    return json_response(
        named_record_json(request, person, "person", "api_person", Participation.objects.all())
    )


@api_view
def organization_detail(request, pk):
    organization = Organization.objects.public().with_event_count().filter(pk=pk).first()
    if organization is None:
        return moved_or_missing(request, MergedOrganization, "organization", "api_organization", pk)
    links = Event.organizations.through.objects.all()
    return json_response(named_record_json(request, organization, "organization", "api_organization", links))
