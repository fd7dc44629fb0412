"""A search, a person's or an organisation's filter, or dates: their counts are kept year by year
(events/partitions.py), and an edit costs the next visitor the counting of the years it touched alone.
tests/test_facet_cube_matches_live_counts.py holds the counts themselves to the live ones."""

import datetime
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection
from django.http import QueryDict
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from events import changed_years, partitions
from events.filters import EventFilter, public_events
from events.models import Meeting, Participation, Revision
from events.signals import record_changed

from .builders import make_agreement, make_meeting, make_person

UNDATED = changed_years.UNDATED


def counted(query):
    filterset = EventFilter(QueryDict(query), queryset=public_events())
    assert filterset.is_valid(), filterset.form.errors
    return partitions.aggregates(filterset, Revision.current())


class CountsKeptYearByYearTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.host = make_person("Nguyễn Văn Chủ", side="vn")
        cls.guest = make_person("Khamphao Phommavong", side="la")
        cls.events = {
            year: make_meeting(
                title=f"Hội đàm năm {year}",
                date=datetime.date(year, 5, 1),
                people=[(cls.host, "", True), (cls.guest, "", False)],
            )
            for year in (2018, 2019, 2020)
        }
        cls.undated = make_agreement(title="Hội đàm chưa rõ ngày", date=None, people=[(cls.host, "", True)])

    def recounted_years(self, query):
        """The years counted again for `query` (None: every year), by spying on the counting."""
        with mock.patch.object(partitions, "counted_parts", wraps=partitions.counted_parts) as counting:
            found = counted(query)
        calls = [call.kwargs.get("years") for call in counting.call_args_list]
        return found, (calls[0] if calls else "nothing")

    def test_a_first_visit_counts_every_year_and_a_second_counts_nothing(self):
        self.assertEqual(self.recounted_years("q=hoi+dam")[1], None)
        found, years = self.recounted_years("q=hoi+dam")
        self.assertEqual(years, "nothing")
        self.assertEqual(found["summary"]["total"], 4)

    def test_an_edit_to_one_event_recounts_its_year_alone(self):
        counted("q=hoi+dam")
        event = self.events[2019]
        event.title = "Hội đàm và ký kết năm 2019"
        event.category = "reception"
        event.save()
        found, years = self.recounted_years("q=hoi+dam")
        self.assertEqual(years, {2019})
        self.assertEqual(found["facets"]["category"]["reception"], 1)

    def test_an_event_moved_to_another_year_recounts_both(self):
        counted("q=hoi+dam")
        event = Meeting.objects.get(pk=self.events[2018].pk)  # as the admin reads it
        event.date = datetime.date(2021, 3, 1)
        event.save()
        found, years = self.recounted_years("q=hoi+dam")
        self.assertEqual(years, {2018, 2021})
        self.assertEqual(found["facets"]["year"], {2019: 1, 2020: 1, 2021: 1, None: 1})

    def test_an_event_in_a_year_not_counted_before_is_found(self):
        counted(f"person={self.host.pk}")
        make_meeting(title="Tiếp xã giao", date=datetime.date(2024, 1, 9), people=[(self.host, "", True)])
        found, years = self.recounted_years(f"person={self.host.pk}")
        self.assertEqual(years, {2024})
        self.assertEqual(found["summary"]["total"], 5)

    def test_someone_joining_an_undated_event_recounts_the_undated_part(self):
        counted("q=hoi+dam")
        Participation.objects.create(event=self.undated, person=self.guest, role="")
        found, years = self.recounted_years("q=hoi+dam")
        self.assertEqual(years, {UNDATED})
        guest = next(row for row in found["facets"]["person"] if row["person_id"] == self.guest.pk)
        self.assertEqual(guest["count"], 4)

    def test_a_person_renamed_in_the_admin_is_found_by_the_new_name(self):
        self.assertEqual(counted("q=sisavath")["summary"]["total"], 0)
        counted("q=sisavath")
        admin = User.objects.create_superuser("admin", "admin@example.com", "pw")
        self.client.force_login(admin)
        response = self.client.post(
            f"/admin/events/person/{self.guest.pk}/change/",
            {"name": "Khamphao Sisavath", "side": "la", "aliases": "[]"},
        )
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))
        found, years = self.recounted_years("q=sisavath")
        self.assertEqual(found["summary"]["total"], 3)
        self.assertEqual(years, {2018, 2019, 2020})

    def test_a_write_that_says_nothing_recounts_everything(self):
        counted("q=hoi+dam")
        record_changed()
        self.assertEqual(self.recounted_years("q=hoi+dam")[1], None)

    def test_a_visit_that_finds_nothing_changed_costs_the_marks_and_the_names(self):
        query = f"q=hoi+dam&person={self.host.pk}"
        counted(query)
        filterset = EventFilter(QueryDict(query), queryset=public_events())
        filterset.is_valid()
        revision = Revision.current()
        with CaptureQueriesContext(connection) as queries:
            partitions.aggregates(filterset, revision)
        # The year marks and the people facet's names (the organisation facet has no one to name).
        self.assertEqual(len(queries), 2, [q["sql"][:80] for q in queries.captured_queries])


class FirstPageKeptYearByYearTests(TestCase):
    """The first page of a search ranked by relevance is read from each year's most relevant events."""

    @classmethod
    def setUpTestData(cls):
        cls.guest = make_person("Khamphao Phommavong", side="la")
        for number in range(12):
            make_meeting(
                # The words in the title for some (the most relevant), only in a person's name for others.
                title=f"Hội đàm số {number}" if number % 3 else f"Tiếp khách số {number}",
                date=datetime.date(2016 + number % 4, 1 + number % 6, 1) if number % 5 else None,
                people=[(cls.guest, "", True)] if number % 2 else [],
            )
        for number in range(3):
            # The newest, but the words only in the summary: ranked after every title that has them.
            make_meeting(
                title=f"Gặp gỡ số {number}", summary="Hai bên hội đàm.", date=datetime.date(2021, 1, 1)
            )

    def first_page(self, query, size=4):
        filterset = EventFilter(QueryDict(query), queryset=public_events())
        assert filterset.is_valid()
        found = partitions.aggregates(filterset, Revision.current(), first_page=size)
        ranked = list(filterset.qs.values_list("pk", flat=True)[:size])
        return found.get("first_page"), ranked

    def test_the_first_page_is_the_searchs_own_ranking_before_and_after_an_edit(self):
        for query in ("q=hoi+dam", "q=khamphao+hoi+dam", "q=so&date_after=2017-01-01", "q=tiep+khach"):
            with self.subTest(query=query):
                kept, ranked = self.first_page(query)
                self.assertEqual(kept, ranked)
        before = self.first_page("q=hoi+dam")[1]
        event = (
            Meeting.objects.filter(title__startswith="Tiếp khách")
            .exclude(date=None)
            .order_by("-date")
            .first()
        )
        event.title = "Hội đàm và tiếp khách"
        event.save()
        event.refresh_search_text()  # as the admin does after a save
        kept, ranked = self.first_page("q=hoi+dam")
        self.assertNotEqual(ranked, before)
        self.assertEqual(kept, ranked)
