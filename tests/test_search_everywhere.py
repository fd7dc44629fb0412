"""One search behind every page that searches: the timeline, the indexes, the admin and the API."""

import csv
import datetime
import io
import json

from django.test import TestCase
from django.urls import reverse

from events.models import Organization

from .builders import make_meeting, make_person
from .test_curation_admin import make_curator


def add_records(cls):
    """Hải and Khải, "hai" and "khai", and a Lao name to type the beginning of."""
    cls.hai = make_person("Lê Văn Hải", side="vn")
    cls.khai = make_person("Trần Khải", side="vn")
    cls.khamphao = make_person("Khamphao Ernthavanh", side="la")
    cls.committee = Organization.objects.create(name="Ban Đối ngoại Thành ủy Hà Nội", side="vn")
    cls.khai_org = Organization.objects.create(name="Trung tâm Triển khai Dự án", side="vn")
    cls.hai_event = make_meeting(
        title="Hai bên hội đàm", date=datetime.date(2020, 1, 1), people=[(cls.hai, "", True)]
    )
    cls.hai_event.organizations.add(cls.committee)
    cls.khai_event = make_meeting(
        title="Triển khai kế hoạch", date=datetime.date(2024, 1, 1), people=[(cls.khai, "", True)]
    )
    cls.khai_event.organizations.add(cls.khai_org)
    cls.lao_event = make_meeting(
        title="Tiếp Phó Đô trưởng", date=datetime.date(2022, 1, 1), people=[(cls.khamphao, "", True)]
    )


class SearchEverywhereTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        add_records(cls)

    def test_the_timeline(self):
        response = self.client.get("/", {"q": "hai"})
        self.assertEqual([event.pk for event in response.context["page"].object_list], [self.hai_event.pk])
        self.assertTrue(response.context["ranked"])
        self.assertContains(response, "Phù hợp nhất trước")

    def test_the_order_switch_and_the_suggestions_read_in_english(self):
        self.client.cookies["django_language"] = "en"
        self.assertContains(self.client.get("/", {"q": "hai"}), "Most relevant first")
        response = self.client.get("/", {"q": "khampao"})
        self.assertContains(response, "Did you mean:")
        self.assertContains(response, "Khamphao Ernthavanh")

    def test_the_people_index(self):
        response = self.client.get("/people/", {"q": "hai"})
        self.assertEqual([person.name for person in response.context["page"].object_list], ["Lê Văn Hải"])
        response = self.client.get("/people/", {"q": "kham"})
        self.assertEqual(
            [person.name for person in response.context["page"].object_list], ["Khamphao Ernthavanh"]
        )
        response = self.client.get("/people/", {"q": "khampao"})
        self.assertContains(response, "Không tìm thấy ai.")
        self.assertEqual([s["name"] for s in response.context["suggestions"]], ["Khamphao Ernthavanh"])

    def test_the_organization_index(self):
        response = self.client.get("/organizations/", {"q": "hai"})
        self.assertEqual(list(response.context["page"].object_list), [])
        response = self.client.get("/organizations/", {"q": "trien khai"})
        self.assertEqual(
            [o.name for o in response.context["page"].object_list], ["Trung tâm Triển khai Dự án"]
        )
        response = self.client.get("/organizations/", {"q": "doi ngoai thanh uy ha noj"})
        self.assertEqual(
            [s["name"] for s in response.context["suggestions"]], ["Ban Đối ngoại Thành ủy Hà Nội"]
        )

    def test_the_json_api_and_the_csv(self):
        data = json.loads(self.client.get("/api/events/", {"q": "hai"}).content)
        self.assertEqual([event["id"] for event in data["events"]], [self.hai_event.pk])
        data = json.loads(self.client.get("/api/events/", {"q": "-hai"}).content)
        self.assertEqual([event["id"] for event in data["events"]], [self.khai_event.pk, self.lao_event.pk])
        response = self.client.get("/api/events/", {"q": "-hai", "format": "csv"})
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        self.assertEqual(
            [(row["id"], row["people"]) for row in rows],
            [
                (str(self.khai_event.pk), "Trần Khải"),
                (str(self.lao_event.pk), "Khamphao Ernthavanh"),
            ],
        )


class AdminSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        add_records(cls)
        cls.curator = make_curator()

    def setUp(self):
        self.client.force_login(self.curator)

    def changelist(self, model_name, query):
        response = self.client.get(reverse(f"admin:events_{model_name}_changelist"), {"q": query})
        self.assertEqual(response.status_code, 200)
        return sorted(row.pk for row in response.context["cl"].result_list)

    def test_the_changelists_of_events_people_and_organizations(self):
        self.assertEqual(self.changelist("event", "hai"), [self.hai_event.pk])
        self.assertEqual(self.changelist("meeting", '"hai ben"'), [self.hai_event.pk])
        self.assertEqual(self.changelist("event", "-hai -kham"), [self.khai_event.pk])
        self.assertEqual(self.changelist("person", "hai"), [self.hai.pk])
        self.assertEqual(self.changelist("person", "Khải"), [self.khai.pk])
        self.assertEqual(self.changelist("organization", "ha noi"), [self.committee.pk])
        self.assertEqual(
            self.changelist("person", "\x00"), sorted([self.hai.pk, self.khai.pk, self.khamphao.pk])
        )

    def test_renaming_a_person_or_an_organization_updates_their_events_search(self):
        url = reverse("admin:events_person_change", args=[self.khamphao.pk])
        data = {"name": "Khamphou Ernthavanh", "side": "la", "aliases": "[]"}
        self.assertEqual(self.client.post(url, data).status_code, 302)
        url = reverse("admin:events_organization_change", args=[self.khai_org.pk])
        data = {"name": "Trung tâm Xúc tiến Đầu tư", "side": "vn", "aliases": "[]"}
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertEqual(self.changelist("event", "khamphou"), [self.lao_event.pk])
        self.assertEqual(self.changelist("event", "khamphao"), [])
        self.assertEqual(self.changelist("event", "xuc tien dau tu"), [self.khai_event.pk])

    def test_the_people_autocomplete_finds_a_name_as_it_is_typed(self):
        response = self.client.get(
            "/admin/autocomplete/",
            {"app_label": "events", "model_name": "participation", "field_name": "person", "term": "khamp"},
        )
        self.assertEqual([result["text"] for result in response.json()["results"]], ["Khamphao Ernthavanh"])
