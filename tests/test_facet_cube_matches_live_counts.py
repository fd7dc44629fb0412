"""The facet cube (events/facet_cube.py) and the counts kept year by year (events/partitions.py) give
exactly the counts of the live aggregates, for every filter state, after each kind of change to the
record: the year parts stay cached through a test, so each change must mark the years it moves."""

import datetime
import threading
from pathlib import Path
from unittest import mock, skipUnless

from django.conf import settings
from django.db import connection, transaction
from django.http import QueryDict
from django.test import TestCase, TransactionTestCase, override_settings
from django.test.utils import CaptureQueriesContext

from events import facet_cube, partitions
from events.curation import merge_events, set_status
from events.filters import EventFilter, facet_counts, name_facets, public_events
from events.importing import import_articles
from events.models import Amount, Event, Organization, Person, Revision, Source
from events.signals import record_changed
from events.views import filter_panel, summary_data

from .builders import make_agreement, make_article, make_delegation, make_meeting, make_person

# Filter states of the cube's dimensions, alone and together.
CUBE_STATES = [
    "",
    "category=talks",
    "kind=meeting&year=2020",
    "year=2019",
    "direction=to_laos",
    "status=reviewed",
    "has_amounts=true",
    "has_amounts=false&kind=agreement",
    "place=vieng+chan",
    "place=zzz",
    "sources=2",
    "sources=3&kind=delegation",
    "year=2020&category=aid&direction=to_hanoi&place=ha+noi&has_amounts=true",
    "order=oldest&kind=delegation",
]
CATEGORIES = [
    (make_meeting, "talks"),
    (make_meeting, "reception"),
    (make_delegation, "visit"),
    (make_delegation, "training"),
    (make_agreement, "aid"),
    (make_agreement, "mou"),
]
PLACES = ["Hà Nội", "Viêng Chăn", "", "Luông Pha Bang"]
DIRECTIONS = ["to_hanoi", "to_laos", ""]


def filterset_of(query):
    filterset = EventFilter(QueryDict(query), queryset=public_events())
    assert filterset.is_valid(), filterset.form.errors
    return filterset


def live(query):
    filterset = filterset_of(query)
    totals = summary_data(filterset.qs)
    return {"facets": facet_counts(filterset, totals["rows"]), "summary": totals}


def comparable(aggregates):
    """The aggregates with their lists in one order (the two paths group rows in their own order)."""
    summary = aggregates["summary"]
    return {
        "facets": aggregates["facets"],
        "rows": sorted((row["year"] or 0, row["kind"], row["count"]) for row in summary["rows"]),
        "aid": sorted(
            (row["direction"], row["year"] or 0, row["unit"], row["total"]) for row in summary["aid"]
        ),
        "total": summary["total"],
    }


def add_event(record, number):
    """One of a varied set of events; `record` holds the people, organisations and articles to use."""
    builder, category = CATEGORIES[number % len(CATEGORIES)]
    dated = number % 7 != 0
    fields = {
        "category": category,
        "date": datetime.date(2017 + number % 4, 1 + number % 12, 1) if dated else None,
        "date_precision": "month" if dated else "",
        "place": PLACES[number % len(PLACES)],
        "direction": DIRECTIONS[number % len(DIRECTIONS)],
        "status": ["extracted", "reviewed", "extracted", "rejected"][number % 4],
        "people": [(record.people[number % 8], "", True), (record.people[(number * 3 + 1) % 8], "", False)],
        "article": record.articles[number % 3],
    }
    if builder is make_agreement and number % 2:
        fields["amounts"] = [(str(1000 + number), "USD", ""), ("2.5", "tấn gạo", "")]
    event = builder(**fields)
    for article in record.articles[: number % 3]:
        Source.objects.get_or_create(event=event, article=article)
    event.organizations.add(record.organizations[number % 3])
    return event


class FacetCubeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.people = [make_person(f"Người số {n}", side="vn" if n % 2 else "la") for n in range(8)]
        cls.organizations = [Organization.objects.create(name=f"Tổ chức {n}") for n in range(3)]
        cls.articles = [make_article() for _ in range(3)]
        for number in range(60):
            add_event(cls, number)
        # More people than the people facet shows (100): the rare ones are picked out by a filter.
        for number in range(105):
            person = make_person(f"Người hiếm {number:03}")
            make_meeting(date=datetime.date(2018, 5, 1), people=[(person, "", True)])

    def live_states(self):
        """Filter states the cube lacks a dimension for, alone and with the cube's filters."""
        people, organizations = self.people, self.organizations
        return [
            "q=nguoi",
            "q=nguoi+so+1&category=talks",
            "q=ha+noi&sources=2&status=reviewed&kind=meeting&order=newest",
            "date_after=2018-01-01",
            "date_before=2019-06-30&direction=to_laos&has_amounts=true",
            f"person={people[0].pk}",
            f"person={people[1].pk}&year=2019",
            f"person={people[1].pk}&with_person={people[4].pk}&place=vieng+chan",
            f"organization={organizations[1].pk}&place=vieng+chan",
            f"organization={organizations[0].pk}&with_organization={organizations[2].pk}&sources=2",
        ]

    def assert_cube_matches_live(self, states=None):
        revision = Revision.current()
        for query in states or CUBE_STATES + self.live_states():
            with self.subTest(query=query, revision=revision):
                expected = comparable(live(query))
                from_cube = facet_cube.aggregates(filterset_of(query), revision)
                self.assertEqual(comparable(from_cube), expected)
                by_year = partitions.aggregates(filterset_of(query), revision)
                self.assertEqual(comparable(by_year), expected)

    def test_every_filter_state_counts_as_the_live_aggregates(self):
        self.assert_cube_matches_live()

    def test_states_with_text_dates_or_people_are_grouped_live_and_leave_the_cube_unbuilt(self):
        for query in self.live_states()[:5]:
            with self.subTest(query=query):
                facet_cube.aggregates(filterset_of(query), Revision.current())
        self.assertFalse(facet_cube.FacetCubeBuild.objects.exists())

    def test_a_persons_timeline_reads_the_people_facet_of_the_whole_record_exactly(self):
        lonely = self.people[7]
        states = [
            f"person={self.people[0].pk}",
            f"person={self.people[1].pk}&with_person={self.people[4].pk}",
            f"person={lonely.pk}&with_person={lonely.pk}",
            f"organization={self.organizations[1].pk}",
            f"organization={self.organizations[0].pk}&with_organization={self.organizations[2].pk}",
        ]
        # One of the 105 people with one event each, ranked after the 102 the cube keeps (by id).
        rare = Person.objects.filter(name__startswith="Người hiếm").order_by("-pk").first()
        states += [f"person={rare.pk}", f"person={rare.pk}&with_person={self.people[0].pk}"]
        revision = Revision.current()
        for query in states:
            with self.subTest(query=query):
                from_cube = name_facets(
                    filterset_of(query), whole_record=lambda: facet_cube.whole_record(revision)
                )
                self.assertEqual(from_cube, name_facets(filterset_of(query)))

    def test_creating_editing_rejecting_and_deleting_events_keep_the_counts(self):
        self.assert_cube_matches_live()
        added = add_event(self, 61)
        self.assert_cube_matches_live()
        added.category = "reception"
        added.place = "Viêng Chăn"
        added.date = datetime.date(2020, 2, 1)
        added.save()
        self.assert_cube_matches_live()
        set_status(
            Event.objects.filter(pk__in=list(Event.objects.values_list("pk", flat=True)[:5])),
            "rejected",
            None,
        )
        self.assert_cube_matches_live()
        Event.objects.filter(pk=added.pk).first().delete()
        self.assert_cube_matches_live()

    def test_amounts_and_sources_added_or_removed_keep_the_counts(self):
        event = (
            Event.objects.filter(kind="agreement", amounts__isnull=True).exclude(status="rejected").first()
        )
        Amount.objects.create(event=event, value=5000, unit="USD")
        self.assert_cube_matches_live()
        Amount.objects.filter(event=event).delete()
        Source.objects.create(event=event, article=make_article())
        self.assert_cube_matches_live()
        Source.objects.filter(event=event).first().delete()
        self.assert_cube_matches_live()

    def test_merging_events_keeps_the_counts(self):
        kept, *others = Event.objects.exclude(status="rejected").filter(kind="agreement")[:3]
        merge_events(kept, others, None)
        self.assert_cube_matches_live()

    def test_importing_articles_keeps_the_counts(self):
        self.assert_cube_matches_live()
        import_articles([Path(settings.BASE_DIR) / "sample_articles"])
        self.assertGreater(Event.objects.count(), 165)
        self.assert_cube_matches_live()

    def test_only_the_last_two_revisions_keep_their_cube(self):
        for number in range(3):
            facet_cube.current_build(Revision.current())
            add_event(self, 70 + number)
        facet_cube.current_build(Revision.current())
        self.assertEqual(facet_cube.FacetCubeBuild.objects.count(), 2)
        in_use = {
            pk for parts in facet_cube.FacetCubeBuild.objects.values_list("parts", flat=True) for pk in parts
        }
        self.assertEqual(set(facet_cube.FacetCubePart.objects.values_list("pk", flat=True)), in_use)
        # A part may have no rows (a year whose last event went): no row outlives its part.
        self.assertLessEqual(set(facet_cube.FacetCube.objects.values_list("part", flat=True)), in_use)
        self.assertLessEqual(set(facet_cube.AidCube.objects.values_list("part", flat=True)), in_use)

    def test_a_build_after_an_edit_counts_the_edited_years_alone(self):
        before = facet_cube.current_build(Revision.current())
        years_before = dict(
            facet_cube.FacetCubePart.objects.filter(pk__in=before.parts).values_list("year", "pk")
        )
        event = Event.objects.public().filter(date__year=2018).first()
        event.date = datetime.date(2020, 3, 1)
        event.save()
        with mock.patch.object(facet_cube, "counted_parts", wraps=facet_cube.counted_parts) as counting:
            after = facet_cube.current_build(Revision.current())
        self.assertEqual([call.args[0] for call in counting.call_args_list], [{2018, 2020}])
        years_after = dict(
            facet_cube.FacetCubePart.objects.filter(pk__in=after.parts).values_list("year", "pk")
        )
        self.assertEqual(years_after.keys(), years_before.keys() | {2020})
        self.assertTrue(years_before.keys() - {2018, 2020})
        for year in years_before.keys() - {2018, 2020}:
            self.assertEqual(years_after[year], years_before[year], year)  # shared, not counted again
        self.assertNotEqual(years_after[2018], years_before[2018])
        self.assert_cube_matches_live(CUBE_STATES)

    def test_a_write_that_says_nothing_counts_every_year_again(self):
        facet_cube.current_build(Revision.current())
        record_changed()  # marks everything changed
        with mock.patch.object(facet_cube, "counted_parts", wraps=facet_cube.counted_parts) as counting:
            facet_cube.current_build(Revision.current())
        self.assertEqual([call.args[0] for call in counting.call_args_list], [None])


@override_settings(TIMELINE_CACHE_SECONDS=0)
class FacetCubeThroughThePagesTests(TestCase):
    """The filter panel and summary band a visitor sees, cube against live, as pages are changed."""

    @classmethod
    def setUpTestData(cls):
        cls.people = [make_person(f"Người số {n}") for n in range(8)]
        cls.organizations = [Organization.objects.create(name=f"Tổ chức {n}") for n in range(3)]
        cls.articles = [make_article() for _ in range(3)]
        for number in range(30):
            add_event(cls, number)

    def assert_pages_match_live(self):
        for query in CUBE_STATES + [f"person={self.people[2].pk}"]:
            with self.subTest(query=query):
                response = self.client.get(f"/?{query}")
                self.assertEqual(response.status_code, 200)
                expected = live(query)
                self.assertEqual(
                    dict(response.context["filters"]), filter_panel(filterset_of(query), expected["facets"])
                )
                self.assertEqual(response.context["summary"]["total"], expected["summary"]["total"])
                self.assertEqual(response.context["page"].paginator.count, expected["summary"]["total"])

    def test_a_state_of_the_cube_is_counted_once_for_the_same_parts_and_again_after_an_edit(self):
        def statements(url):
            with CaptureQueriesContext(connection) as context:
                self.assertEqual(self.client.get(url).status_code, 200)
            return [q["sql"] for q in context.captured_queries if "SUM(events)" in q["sql"]]

        self.assertEqual(len(statements("/?category=talks")), 1)
        self.assertEqual(statements("/?category=talks"), [])  # the same parts: read from the cache
        event = Event.objects.exclude(status="rejected").filter(kind="meeting", date__isnull=False).first()
        event.category = "talks" if event.category != "talks" else "reception"
        event.save()
        self.assertEqual(len(statements("/?category=talks")), 1)
        self.assert_pages_match_live()

    def test_a_place_first_named_by_an_edit_is_found_by_the_place_filter(self):
        self.assertEqual(self.client.get("/?place=xieng+khoang").context["summary"]["total"], 0)
        event = Event.objects.exclude(status="rejected").first()
        event.place = "Xiêng Khoảng"
        event.save()
        self.assertEqual(self.client.get("/?place=xieng+khoang").context["summary"]["total"], 1)

    def test_the_pages_show_the_live_counts_before_and_after_changes(self):
        self.assert_pages_match_live()
        event = Event.objects.exclude(status="rejected").first()
        event.direction = "to_laos"
        event.save()
        Event.objects.exclude(status="rejected").last().delete()
        self.assert_pages_match_live()


@skipUnless(connection.vendor == "postgresql", "the build's snapshot and advisory lock are PostgreSQL's")
class FacetCubeBuildAndWritersTests(TransactionTestCase):
    """A build takes no lock a writer needs: an import bumps the revision for every article."""

    def test_a_build_finishes_while_a_writer_holds_the_revisions_row(self):
        make_meeting()
        built = threading.Event()

        def build_elsewhere():
            try:
                facet_cube.build_cube()
                built.set()
            finally:
                connection.close()

        with transaction.atomic():
            Revision.bump()  # the row stays locked until this transaction ends
            builder = threading.Thread(target=build_elsewhere)
            builder.start()
            builder.join(timeout=10)
            self.assertTrue(built.is_set())
        # It counted what was committed when it started: one event, at the revision before the bump.
        build = facet_cube.FacetCubeBuild.objects.get()
        self.assertEqual(build.revision, Revision.current() - 1)
        self.assertEqual(build.whole_record["summary"]["total"], 1)
