"""Each speed trick of the app against the plain Django way, timed with timeit (issue 14: a trick stays
only where a figure shows a gain, and the figure goes in its comment).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hv_bench .venv/bin/python bench/tricks.py

Needs a filled database (bench/run.sh makes hv_bench) for the paginator and revision figures.
Prints, per trick, the microseconds of one call each way, and what a page does with it.
"""

import os
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi_vientiane.settings")
os.environ.setdefault("SECRET_KEY", "bench-tricks-only")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.paginator import Paginator  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.urls import reverse  # noqa: E402

from events.filters import EventFilter, public_events  # noqa: E402
from events.models import Event, Revision, object_url  # noqa: E402
from events.views import EVENTS_PER_PAGE, CountedPaginator  # noqa: E402


def microseconds(call, number):
    """The best of five runs of `number` calls, per call."""
    return min(timeit.repeat(call, number=number, repeat=5)) / number * 1e6


def compare(name, trick, plain, number, calls, what):
    """`calls` is how many times a page (or export) makes the call, described by `what`."""
    fast, slow = microseconds(trick, number), microseconds(plain, number)
    print(
        f"{name:36} trick {fast:9.2f} µs  plain Django {slow:9.2f} µs  ×{slow / fast:6.1f}  "
        f"{what}: {(slow - fast) * calls / 1000:8.2f} ms saved"
    )


def url_tricks():
    pk = Event.objects.values_list("pk", flat=True).first() or 1
    # A timeline page links 50 events and about 100 people.
    compare(
        "object_url vs reverse()",
        lambda: object_url("events:event", pk),
        lambda: reverse("events:event", args=[pk]),
        20000,
        150,
        "a timeline page (150 links)",
    )
    # The CSV writes one URL per event: a prefix cut from reverse(args=[0]) against reverse() per row.
    request = RequestFactory().get("/api/events/?format=csv")
    prefix = request.build_absolute_uri(reverse("events:event", args=[0]))[: -len("0/")]
    compare(
        "CSV url prefix vs reverse() per row",
        lambda: f"{prefix}{pk}/",
        lambda: request.build_absolute_uri(reverse("events:event", args=[pk])),
        20000,
        100_000,
        "the CSV of 100,000 events",
    )


def database_tricks():
    filterset = EventFilter(QueryDict(""), queryset=public_events())
    filterset.is_valid()
    total = filterset.qs.count()
    # The timeline knows its count from the summary band; Paginator would count again.
    compare(
        "CountedPaginator vs Paginator.count",
        lambda: CountedPaginator(filterset.qs, EVENTS_PER_PAGE, count=total).count,
        lambda: Paginator(filterset.qs, EVENTS_PER_PAGE).count,
        20,
        1,
        "a timeline page (1 count)",
    )
    compare(
        "Revision.current() raw SQL vs ORM",
        Revision.current,
        lambda: Revision.objects.order_by("id").values_list("number", flat=True).first() or 0,
        2000,
        1,
        "each cached page (1 call)",
    )


if __name__ == "__main__":
    url_tricks()
    database_tricks()
