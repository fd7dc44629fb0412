"""What the first visitor of a page pays after a curator's edit: an event's title saved
through the ORM (its signals mark what changed, as the admin's save does), then one request of the
page, in-process, timed; repeated for each page, each round editing an event of another year.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hv_bench .venv/bin/python bench/after_edit.py [rounds]

The per-revision cache is on (the settings' default): every edit starts a new revision, so each request
here is the first of its filter state after a change, and only what is cached until its content changes
(event rows, the panel's HTML, the counts kept year by year) is still served from the cache. The edit
is undone at the end (two saves an event: the record is as before, the revision numbers are not).
Prints the median and the highest of the rounds, in ms, for each page.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi_vientiane.settings")
os.environ.setdefault("SECRET_KEY", "bench-after-edit-only")
os.environ["ALLOWED_HOSTS"] = "testserver"

import django  # noqa: E402

django.setup()

from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402

from events.models import Event, Participation  # noqa: E402


def busiest_person():
    row = Participation.objects.values("person_id").annotate(n=Count("id")).order_by("-n").first()
    return row["person_id"]


def pages():
    person = busiest_person()
    return {
        "category=talks&year=2020": "/?category=talks&year=2020",
        f"person={person}": f"/?person={person}",
        "q=vieng chan": "/?q=vieng+chan",
        "q=dinh tien dung": "/?q=dinh+tien+dung",
        "q=thongsalith mangnomek": "/?q=thongsalith+mangnomek",
        "timeline /": "/",
    }


def edited_events(rounds):
    """One published event of a different year for each round."""
    years = sorted(
        {event.date.year for event in Event.objects.public().exclude(date=None).only("date")[:5000]}
    )
    return [
        Event.objects.public().filter(date__year=years[number % len(years)]).order_by("pk").first()
        for number in range(rounds)
    ]


def edit(event, number):
    event.title = f"{event.title} ({number})"
    event.save()


def main(rounds):
    client = Client()
    for url in pages().values():
        client.get(url)  # every page visited once before the edits, as a live site's are
    events = edited_events(rounds)
    originals = {event.pk: event.title for event in events}
    results = {}
    try:
        for label, url in pages().items():
            timings = []
            for number, event in enumerate(events):
                edit(event, number)
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            results[label] = timings
    finally:
        for event in events:
            event.title = originals[event.pk]
            event.save()
    print(f"first request after an edit, {rounds} rounds, ms")
    for label, timings in results.items():
        print(f"{label:28} median {statistics.median(timings):7.0f}  highest {max(timings):7.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
