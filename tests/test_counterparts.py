"""Counterparts: whom a person or organisation has met on the other side, and the pair filter
("events with both X and Y") their rows link to."""

import datetime
from collections import Counter
from pathlib import Path

from django.core.cache import cache
from django.test import TestCase

from events.importing import import_articles
from events.models import Event, Organization, Person

from .builders import make_meeting, make_person
from .test_timeline_query_counts import ORGANIZATION_QUERIES, PERSON_QUERIES, ROWS_DRAWN

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"


def shared_events_by_hand(person):
    """The counterparts of `person` counted the long way: every public event, every participant."""
    other = "la" if person.side == "vn" else "vn"
    counts = Counter()
    for event in Event.objects.public().prefetch_related("participations__person"):
        people = [participation.person for participation in event.participations.all()]
        if person in people:
            counts.update(someone.name for someone in people if someone.side == other)
    return counts


class CounterpartsOnTheSampleArticlesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        result = import_articles([SAMPLES])
        assert not result.failed, result.failed
        cls.dung = Person.objects.get(name="Đinh Tiến Dũng")
        cls.anouphap = Person.objects.get(name="Anouphap Tounalom")
        cls.sengphet = Person.objects.get(name="Sengphet Houngboungnuang")

    def counterparts(self, person):
        return self.client.get(person.get_absolute_url()).context["counterparts"]

    def test_a_hanoi_leader_sees_the_lao_people_met_most_often_first(self):
        rows = self.counterparts(self.dung)
        by_hand = shared_events_by_hand(self.dung)
        self.assertEqual({row["name"]: row["count"] for row in rows}, by_hand)
        counts = [row["count"] for row in rows]
        self.assertEqual(counts, sorted(counts, reverse=True))
        self.assertEqual(rows[0]["count"], max(by_hand.values()))
        # Sengphet: the reception, the aid and the online talks around his call of 26 August 2021.
        sengphet = next(row for row in rows if row["name"] == "Sengphet Houngboungnuang")
        self.assertEqual((sengphet["count"], sengphet["first"]), (3, "26/8/2021"))

    def test_the_lao_side_sees_its_hanoi_counterparts(self):
        rows = self.counterparts(self.sengphet)
        self.assertEqual([(row["name"], row["count"]) for row in rows], [("Đinh Tiến Dũng", 3)])
        self.assertEqual({row["name"]: row["count"] for row in rows}, shared_events_by_hand(self.sengphet))

    def test_each_row_links_to_the_timeline_of_the_shared_events(self):
        response = self.client.get(self.dung.get_absolute_url())
        for row in response.context["counterparts"]:
            with self.subTest(name=row["name"]):
                self.assertContains(response, f'href="{row["events_url"].replace("&", "&amp;")}"')
                timeline = self.client.get(row["events_url"])
                self.assertEqual(timeline.status_code, 200)
                self.assertEqual(timeline.context["page"].paginator.count, row["count"])
                for event in timeline.context["page"].object_list:
                    names = {participation.person.name for participation in event.participations.all()}
                    self.assertTrue({"Đinh Tiến Dũng", row["name"]} <= names)

    def test_the_page_shows_the_table(self):
        self.client.cookies["django_language"] = "en"
        response = self.client.get(self.dung.get_absolute_url())
        self.assertContains(response, "Counterparts on the other side")
        self.assertContains(response, "26 Aug 2021")
        self.assertContains(
            response, f'<a href="{self.sengphet.get_absolute_url()}">Sengphet Houngboungnuang</a>'
        )

    def test_a_rejected_event_is_not_a_meeting(self):
        Event.objects.filter(participations__person=self.sengphet).update(status="rejected")
        names = [row["name"] for row in self.counterparts(self.dung)]
        self.assertNotIn("Sengphet Houngboungnuang", names)
        self.assertIn("Anouphap Tounalom", names)

    def test_an_organisation_sees_the_organisations_of_the_other_side(self):
        committee = Organization.objects.get(name="Thành ủy Hà Nội")
        rows = self.client.get(committee.get_absolute_url()).context["counterparts"]
        expected = Counter()
        for event in Event.objects.public().filter(organizations=committee):
            expected.update(org.name for org in event.organizations.all() if org.side == "la")
        self.assertEqual({row["name"]: row["count"] for row in rows}, expected)
        self.assertEqual(rows[0]["count"], max(expected.values()))
        timeline = self.client.get(rows[0]["events_url"])
        self.assertEqual(timeline.context["page"].paginator.count, rows[0]["count"])


class CounterpartQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.organization = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")

    def meet(self, number):
        guest = make_person(f"Khách Lào {number}", side="la")
        event = make_meeting(
            title=f"Tiếp khách số {number}",
            date=datetime.date(2020 + number % 5, 1 + number % 12, 1),
            people=[(self.dung, "Bí thư", True), (guest, "Phó Đô trưởng", True)],
        )
        event.organizations.add(
            self.organization, Organization.objects.create(name=f"Sở {number}", side="la")
        )

    def test_the_list_costs_one_query_for_one_counterpart_and_for_twenty(self):
        for total in (1, 20):
            while Person.objects.filter(side="la").count() < total:
                self.meet(Person.objects.filter(side="la").count())
            with self.subTest(counterparts=total):
                cache.clear()  # every event row drawn, as on a first visit
                with self.assertNumQueries(PERSON_QUERIES + ROWS_DRAWN):
                    response = self.client.get(self.dung.get_absolute_url())
                self.assertEqual(len(response.context["counterparts"]), total)
                cache.clear()
                with self.assertNumQueries(ORGANIZATION_QUERIES + ROWS_DRAWN):
                    response = self.client.get(self.organization.get_absolute_url())
                self.assertEqual(len(response.context["counterparts"]), total)


class PairFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.anouphap = make_person("Anouphap Tounalom", side="la")
        cls.sengphet = make_person("Sengphet Houngboungnuang", side="la")
        cls.talks = make_meeting(
            title="Hội đàm với Bí thư Viêng Chăn",
            date=datetime.date(2024, 3, 11),
            people=[(cls.dung, "", True), (cls.anouphap, "", True)],
        )
        cls.reception = make_meeting(
            title="Tiếp Đại sứ Lào",
            date=datetime.date(2021, 8, 26),
            people=[(cls.dung, "", True), (cls.sengphet, "", True)],
        )
        cls.alone = make_meeting(
            title="Anouphap tiếp đoàn khác", date=datetime.date(2022, 1, 5), people=[(cls.anouphap, "", True)]
        )
        cls.hanoi = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.vientiane = Organization.objects.create(name="Thành ủy Viêng Chăn", side="la")
        cls.talks.organizations.add(cls.hanoi, cls.vientiane)
        cls.reception.organizations.add(cls.hanoi)

    def titles(self, **params):
        response = self.client.get("/", params)
        self.assertEqual(response.status_code, 200)
        return [event.title for event in response.context["page"].object_list]

    def test_with_person_keeps_the_events_of_both(self):
        self.assertEqual(
            self.titles(person=self.dung.pk), ["Hội đàm với Bí thư Viêng Chăn", "Tiếp Đại sứ Lào"]
        )
        self.assertEqual(
            self.titles(person=self.dung.pk, with_person=self.anouphap.pk), ["Hội đàm với Bí thư Viêng Chăn"]
        )
        self.assertEqual(self.titles(person=self.anouphap.pk, with_person=self.sengphet.pk), [])

    def test_with_organization_keeps_the_events_of_both(self):
        self.assertEqual(
            self.titles(organization=self.hanoi.pk, with_organization=self.vientiane.pk),
            ["Hội đàm với Bí thư Viêng Chăn"],
        )

    def test_the_api_shares_the_pair_filter(self):
        data = self.client.get(
            "/api/events/", {"person": self.dung.pk, "with_person": self.sengphet.pk}
        ).json()
        self.assertEqual([event["id"] for event in data["events"]], [self.reception.pk])

    def test_the_chips_name_both_and_removing_the_person_removes_the_pair(self):
        response = self.client.get(
            "/", {"person": self.dung.pk, "with_person": self.anouphap.pk, "year": 2024}
        )
        chips = {chip["label"]: chip for chip in response.context["active_filters"]}
        self.assertEqual(chips["Nhân vật"]["value"], "Đinh Tiến Dũng")
        self.assertEqual(chips["Cùng với nhân vật"]["value"], "Anouphap Tounalom")
        self.assertEqual(chips["Nhân vật"]["url"], "?year=2024")
        self.assertEqual(chips["Cùng với nhân vật"]["url"], f"?person={self.dung.pk}&year=2024")
        # The filter form keeps the pair when filtering further.
        self.assertContains(response, f'<input type="hidden" name="with_person" value="{self.anouphap.pk}">')

    def test_a_pair_without_its_first_half_is_a_400_that_says_why(self):
        for pair, value in [("with_person", self.anouphap.pk), ("with_organization", self.vientiane.pk)]:
            with self.subTest(pair=pair):
                response = self.client.get("/", {pair: value})
                self.assertEqual(response.status_code, 400)
                first = pair.removeprefix("with_")
                self.assertContains(response, f"“{pair}” chỉ dùng cùng “{first}”", status_code=400)
                api = self.client.get("/api/events/", {pair: value})
                self.assertEqual(api.status_code, 400)
                self.assertIn(pair, api.json()["error"]["fields"])

    def test_a_bad_pair_value_is_a_400(self):
        for value in ["abc", "0", "-1", str(2**63)]:
            with self.subTest(value=value):
                response = self.client.get("/", {"person": self.dung.pk, "with_person": value})
                self.assertEqual(response.status_code, 400)
                response = self.client.get("/", {"organization": self.hanoi.pk, "with_organization": value})
                self.assertEqual(response.status_code, 400)

    def test_an_unknown_partner_is_an_empty_result(self):
        self.assertEqual(self.titles(person=self.dung.pk, with_person=999999), [])
