"""Pinned query counts: a page costs the same at 10 events as at 200, so an N+1 fails the build."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from events.models import Amount, Event, Organization

from .builders import make_agreement, make_article, make_delegation, make_meeting, make_person

# A list whose rows are not cached yet draws them (events/event_rows.py): their events, participations
# and amounts, fetched once for all the missing rows. Every page below is counted with no row cached.
ROWS_DRAWN = 3
# On PostgreSQL a search that finds few events reads their ids once, and the page's other queries read
# them by id rather than searching again (filters.few_found).
SEARCH_IDS = 1 if connection.vendor == "postgresql" else 0
# A filter state the facet cube cannot answer (q, dates, people, organisations), counted on a first visit
# (its parts are then kept year by year, events/partitions.py): revision;
# the events its filters keep grouped by the cube's dimensions, and their amounts by unit (every facet,
# the summary band and the paginator's count come from those rows, whatever filters are in use); people
# and their names; organisations and their names; page, participations and amounts (the rows' digests).
LIVE_TIMELINE_QUERIES = 10
# The first request of a record never counted counts the cube (events/facet_cube.py), whatever the number
# of events: savepoint, the revision, the build looked for again, the last build (none), the links of
# people and of organisations by year, the years with events, the parts (one INSERT), two INSERT …
# SELECT, their rows read back (two), the parts' tallies and links (one UPDATE), the names of the most
# linked people and organisations (two), the build row, the last two builds, three deletions (older
# builds, the rows and the parts neither counts), release; on PostgreSQL the builders' advisory lock
# taken and released.
CUBE_BUILD_QUERIES = 22 + (2 if connection.vendor == "postgresql" else 0)
# The first request after a change counts again the years it touched, whatever their number: the same,
# without the years with events, and with the last build's parts (read once), the marks and the links of
# those counted again.
CUBE_REBUILD_QUERIES = CUBE_BUILD_QUERIES + 2
# The unfiltered timeline, its cube built: revision, the build (with the whole record's aggregates),
# page, participations, amounts.
TIMELINE_QUERIES = 5
# A filter state of the cube's dimensions: revision, build, one statement (its summary rows, amounts and
# facets, and its people and organisations with their names), page, participations, amounts.
CUBE_TIMELINE_QUERIES = 6
# Once those aggregates are cached for the current revision: revision, page, participations, amounts.
CACHED_TIMELINE_QUERIES = 4
# revision (the page's cache key), event with its Meeting/Delegation/Agreement row, participations,
# amounts, sources, their articles, organizations, related events by person and by year.
DETAIL_QUERIES = 9
# A page already rendered for the current revision costs only the revision.
CACHED_PAGE_QUERIES = 1
# revision (the page's cache key), person with its event count, roles, count, page, participations, amounts,
# counterparts on the other side (one aggregate, tests/test_counterparts.py).
PERSON_QUERIES = 8
# revision, organization, count, page, participations, amounts, counterparts.
ORGANIZATION_QUERIES = 7
# article, its sources with their events.
ARTICLE_QUERIES = 2
# revision (the response's ETag, Last-Modified and cache keys, read once), count, the page's ids; with no
# event's JSON cached (api.events_json): the people, organisations and articles its events show (their
# ChangeMark keys), then the export: events, participations, organisations, amounts, sources, their
# articles (events/exporting.py). With each event's JSON cached: revision, count, ids and one query of
# their marks (tests/test_api_json_cached_until_changed.py).
API_JSON_QUERIES = 12
# revision (the ETag and Last-Modified), then the events, their people and their amounts, each streamed
# once in the same order.
API_CSV_QUERIES = 4
# A search that finds nothing: no page, participations or amounts to read, no people's or
# organisations' names for their (empty) facets, but the nearest people and organisations ("did you
# mean"), one query each.
EMPTY_SEARCH_QUERIES = LIVE_TIMELINE_QUERIES - 3 - 2 + 2
# A search with no other filter is counted as any state the cube lacks, its parts kept year by year
# (events/partitions.py), and its first page ranked by relevance is read from each year's most relevant
# events (one statement, whatever the order asked; the page's events are then read by id); when it
# finds nothing (PostgreSQL reads its ids first): revision, the ids, the nearest names (two). Without the
# fragment cache it is counted in one statement on PostgreSQL (facet_cube.searched_in_one_pass).
ON_POSTGRESQL = connection.vendor == "postgresql"
SEARCH_FIRST_PAGE = 1
SEARCH_ALONE_QUERIES = LIVE_TIMELINE_QUERIES + SEARCH_IDS + SEARCH_FIRST_PAGE
EMPTY_SEARCH_ALONE_QUERIES = 4 if ON_POSTGRESQL else EMPTY_SEARCH_QUERIES + SEARCH_FIRST_PAGE
# An index's count and page; when nothing is found, the nearest names instead of the page.
INDEX_QUERIES = 2


def add_events(count, people, organization, article):
    for number in range(count):
        builder = (make_meeting, make_delegation, make_agreement)[number % 3]
        event = builder(
            title=f"Sự kiện {number}",
            date=datetime.date(2015 + number % 10, 1 + number % 12, 1 + number % 28),
            place="Viêng Chăn" if number % 2 else "Hà Nội",
            people=[
                (people[number % len(people)], "Bí thư", True),
                (people[(number + 1) % len(people)], "", False),
            ],
            article=article if number % 5 == 0 else None,
            evidence="Câu bằng chứng.",
        )
        Amount.objects.create(event=event, value=1000 + number, unit="USD", position=0)
        event.organizations.add(organization)


class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.people = [make_person(f"Người số {n}", side="vn" if n % 2 else "la") for n in range(12)]
        cls.organization = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.article = make_article(clean_text="Câu bằng chứng. Câu khác.")

    maxDiff = None

    def count_queries(self, url):
        cache.clear()  # no page and no row cached: the most a page costs
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        self.assertIn(response.status_code, (200,))
        return len(context.captured_queries)

    def urls(self):
        first = self.people[0]
        return {
            "/": CUBE_REBUILD_QUERIES + TIMELINE_QUERIES + ROWS_DRAWN,
            # kind, q and person filter without a query of their own.
            f"/?order=oldest&kind=meeting&q=su+kien&person={first.pk}": LIVE_TIMELINE_QUERIES
            + ROWS_DRAWN
            + SEARCH_IDS
            + SEARCH_FIRST_PAGE,
            # The revision and the distinct places (read once per revision), folded in Python.
            "/?place=vieng+chan": CUBE_TIMELINE_QUERIES + 2 + ROWS_DRAWN,
            "/?sources=1": CUBE_TIMELINE_QUERIES + ROWS_DRAWN,
            f"/people/{first.pk}/": PERSON_QUERIES + ROWS_DRAWN,
            f"/organizations/{self.organization.pk}/": ORGANIZATION_QUERIES + ROWS_DRAWN,
            f"/articles/{self.article.pk}/": ARTICLE_QUERIES,
            "/api/events/": API_JSON_QUERIES,
            "/api/events/?format=csv": API_CSV_QUERIES,
            "/people/": INDEX_QUERIES,
            "/organizations/": INDEX_QUERIES,
            # Ranked by relevance: the order costs no query of its own.
            "/?q=nguoi+so": SEARCH_ALONE_QUERIES + ROWS_DRAWN,
            "/?q=anoupap": EMPTY_SEARCH_ALONE_QUERIES,
            "/people/?q=nguoi+so": INDEX_QUERIES,
            "/people/?q=anoupap": INDEX_QUERIES,
        }

    def test_pages_cost_the_same_for_10_and_for_200_events(self):
        add_events(10, self.people, self.organization, self.article)
        self.client.get("/")
        Event.objects.first().save()  # each count below is the first after a change

        small = {url: self.count_queries(url) for url in self.urls()}
        small_detail = self.count_queries(self.article.sources.first().event.get_absolute_url())
        add_events(190, self.people, self.organization, self.article)
        large = {url: self.count_queries(url) for url in self.urls()}
        large_detail = self.count_queries(self.article.sources.last().event.get_absolute_url())
        self.assertEqual(small, large)
        self.assertEqual(small, self.urls())
        self.assertEqual(small_detail, large_detail)
        self.assertEqual(small_detail, DETAIL_QUERIES)

    def test_the_timeline_query_count_is_pinned(self):
        add_events(60, self.people, self.organization, self.article)
        with self.assertNumQueries(CUBE_BUILD_QUERIES + TIMELINE_QUERIES + ROWS_DRAWN):
            self.client.get("/")
        with self.assertNumQueries(CACHED_TIMELINE_QUERIES + ROWS_DRAWN):
            response = self.client.get("/?page=2")
        self.assertContains(response, "60")  # the cached count still reads the whole selection
        # The same rows in another order: another filter state, but every row is cached already.
        with self.assertNumQueries(CACHED_TIMELINE_QUERIES):
            self.client.get("/?page=2&kind=")

    def test_a_search_served_from_the_cache_runs_no_search(self):
        add_events(10, self.people, self.organization, self.article)
        self.client.get("/?q=nguoi+so")
        with CaptureQueriesContext(connection) as context:
            self.client.get("/?q=nguoi+so")
        searched = [query["sql"] for query in context.captured_queries if "search_document" in query["sql"]]
        self.assertEqual(searched, [])

    def test_a_change_to_the_record_invalidates_the_cached_aggregates(self):
        add_events(3, self.people, self.organization, self.article)
        self.assertEqual(self.client.get("/").context["summary"]["total"], 3)
        add_events(2, self.people, self.organization, self.article)
        with self.assertNumQueries(CUBE_REBUILD_QUERIES + TIMELINE_QUERIES + ROWS_DRAWN):
            response = self.client.get("/")
        self.assertEqual(response.context["summary"]["total"], 5)

    def test_the_detail_query_count_is_pinned_for_many_participants_and_amounts(self):
        people = [make_person(f"Thành viên {n}") for n in range(40)]
        event = make_agreement(
            title="Viện trợ lớn",
            people=[(person, "Thành viên", False) for person in people],
            amounts=[(str(n * 100), "USD", f"Bên nhận {n}") for n in range(1, 30)],
            article=self.article,
        )
        with self.assertNumQueries(DETAIL_QUERIES):
            response = self.client.get(event.get_absolute_url())
        self.assertContains(response, "Thành viên 39")

    def test_a_page_rendered_for_this_revision_is_served_again_until_the_record_changes(self):
        add_events(3, self.people, self.organization, self.article)
        event = self.article.sources.first().event
        urls = (
            "/",
            event.get_absolute_url(),
            "/api/events/",
            self.people[0].get_absolute_url(),
            self.organization.get_absolute_url(),
        )
        for url in urls:
            with self.subTest(url=url):
                self.client.get(url)
                with self.assertNumQueries(CACHED_PAGE_QUERIES):
                    self.client.get(url)
        event.title = "Tiêu đề mới sau khi biên tập"
        event.save()
        for url in urls:
            with self.subTest(url=url):
                self.assertContains(self.client.get(url), "Tiêu đề mới sau khi biên tập")

    def test_the_csv_streams_in_chunks_with_a_constant_number_of_queries_per_chunk(self):
        add_events(30, self.people, self.organization, self.article)
        with self.assertNumQueries(API_CSV_QUERIES):
            response = self.client.get("/api/events/?format=csv")
            rows = b"".join(response.streaming_content).decode().splitlines()
        self.assertEqual(len(rows), 31)

    def test_the_cached_filter_panel_and_summary_follow_the_language_and_the_order(self):
        add_events(3, self.people, self.organization, self.article)
        self.assertContains(self.client.get("/"), "Lọc sự kiện")
        self.client.cookies["django_language"] = "en"
        english = self.client.get("/")
        self.assertContains(english, "Filter events")
        self.assertNotContains(english, "Lọc sự kiện")
        oldest = self.client.get("/?order=oldest")
        self.assertContains(oldest, '<input type="hidden" name="order" value="oldest">')
        self.assertNotContains(self.client.get("/"), 'name="order" value="oldest"')
