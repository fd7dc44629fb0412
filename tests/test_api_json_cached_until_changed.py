"""Each event of the JSON API is cached until something it shows changes (caching.each_until_changed,
ChangeMark): after an edit to one event, a page exports that event again and reads the others from the
cache, and no kind of write leaves an event's JSON stale."""

import datetime
from decimal import Decimal
from unittest import mock

from django.test import TestCase, override_settings

from events import api
from events.models import Amount, Organization, Participation

from .builders import make_article, make_meeting, make_person

URL = "/api/events/?size=500"


# Per revision nothing is cached, as after any edit: what is measured is the per-event cache alone.
@override_settings(TIMELINE_CACHE_SECONDS=0)
class EventJsonCachedUntilChangedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.article = make_article(title="Hà Nội và Viêng Chăn hội đàm", outlet="Báo Hà Nội Mới")
        cls.talks = make_meeting(
            title="Hội đàm hai Thủ đô",
            date=datetime.date(2024, 3, 11),
            people=[(cls.dung, "Bí thư", True)],
            article=cls.article,
        )
        cls.city = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.talks.organizations.add(cls.city)
        cls.others = [
            make_meeting(title=f"Gặp gỡ số {n}", date=datetime.date(2020, 1, n)) for n in range(1, 6)
        ]

    def page(self):
        """The page's events by id, and the ids exported (not read from the cache) for this request."""
        with mock.patch.object(api, "export_events", wraps=api.export_events) as exported:
            response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        built = {pk for call in exported.call_args_list for pk in call.args[0].values_list("id", flat=True)}
        return {event["id"]: event for event in response.json()["events"]}, built

    def test_an_edit_to_one_event_exports_that_event_alone(self):
        _events, built = self.page()
        self.assertEqual(len(built), 6)
        self.others[0].title = "Gặp gỡ số 1, đã sửa"
        self.others[0].save()
        events, built = self.page()
        self.assertEqual(built, {self.others[0].pk})
        self.assertEqual(events[self.others[0].pk]["title"], "Gặp gỡ số 1, đã sửa")
        self.assertEqual(events[self.talks.pk]["title"], "Hội đàm hai Thủ đô")

    def test_a_renamed_person_or_organisation_or_a_corrected_article_shows(self):
        def renamed_person():
            self.dung.name = "Đinh Tiến Dũng (đã sửa)"
            self.dung.save()
            return lambda talks: talks["people"][0]["name"] == "Đinh Tiến Dũng (đã sửa)"

        def renamed_organisation():
            self.city.name = "Thành ủy thành phố Hà Nội"
            self.city.save()
            return lambda talks: talks["organizations"][0]["name"] == "Thành ủy thành phố Hà Nội"

        def corrected_article():
            self.article.outlet = "Hànộimới"
            self.article.save()
            return lambda talks: talks["sources"][0]["outlet"] == "Hànộimới"

        for write in (renamed_person, renamed_organisation, corrected_article):
            with self.subTest(write.__name__):
                self.page()
                shows = write()
                events, built = self.page()
                self.assertEqual(built, {self.talks.pk})
                self.assertTrue(shows(events[self.talks.pk]))

    def test_someone_joining_an_event_and_an_amount_added_show(self):
        self.page()
        anouphap = make_person("Anouphap Tounalom", side="la")
        Participation.objects.create(event=self.others[1], person=anouphap, role="Bí thư", is_lead=True)
        Amount.objects.create(event=self.others[2], value=Decimal("200000"), unit="USD", position=0)
        events, built = self.page()
        self.assertEqual(built, {self.others[1].pk, self.others[2].pk})
        self.assertEqual([p["name"] for p in events[self.others[1].pk]["people"]], ["Anouphap Tounalom"])
        self.assertEqual(events[self.others[2].pk]["amounts"][0]["value"], 200000.0)

    def test_a_page_served_from_the_cache_costs_the_same_queries_whatever_its_size(self):
        self.page()
        with self.assertNumQueries(4) as counted:  # revision, count, ids, marks
            self.client.get(URL)
        small = len(counted.captured_queries)
        for n in range(6, 26):
            make_meeting(title=f"Gặp gỡ thêm {n}", date=datetime.date(2021, 1, n))
        self.page()
        with self.assertNumQueries(small):
            self.client.get(URL)

    @override_settings(FRAGMENT_CACHE_SECONDS=0)
    def test_without_the_fragment_cache_every_event_is_exported(self):
        self.page()
        _events, built = self.page()
        self.assertEqual(len(built), 6)
