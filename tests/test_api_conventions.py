"""The JSON API follows the conventions users of data expect (README, "The API"): JSON errors with a
code and an English message, pages with `size`, `next` and `previous` and a 404 past the end, ETag and
Last-Modified from the record's revision with 304s, Cache-Control, cross-origin GETs, reads only, and
one object at /api/events/<id>/, /api/people/<id>/ and /api/organizations/<id>/."""

import datetime

from django.contrib.auth.models import User
from django.test import TestCase, override_settings
from django.utils.http import http_date

from events import curation
from events.models import Organization

from .builders import make_meeting, make_person


class ApiConventionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", "vn")
        cls.anouphap = make_person("Anouphap Tounalom", "la")
        cls.committee = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.events = [
            make_meeting(
                title=f"Hội đàm lần {number}",
                date=datetime.date(2020 + number, 3, 1),
                people=[(cls.dung, "Bí thư", True), (cls.anouphap, "Đô trưởng", False)],
            )
            for number in range(1, 6)
        ]
        for event in cls.events:
            event.organizations.add(cls.committee)
        make_meeting(title="Bị loại", status="rejected", people=[(cls.dung, "", True)])

    def get(self, path, params=None, **headers):
        return self.client.get(path, params or {}, headers=headers)

    # ---------------------------------------------------------------- errors

    def test_an_invalid_filter_is_a_json_400_with_a_code_and_an_english_message(self):
        # The site's own language is Vietnamese; the API answers in English whatever it is asked in.
        response = self.get("/api/events/", {"year": "abc", "kind": "party"}, accept_language="vi")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response["Content-Type"], "application/json")
        error = response.json()["error"]
        self.assertEqual(error["code"], "invalid_parameter")
        self.assertEqual(error["message"], "Invalid value for kind, year.")
        self.assertEqual(error["fields"]["year"], ["Enter a whole number."])
        self.assertIn("Select a valid choice.", error["fields"]["kind"][0])

    def test_the_apps_own_filter_messages_are_in_english_too(self):
        for params, field, message in [
            (
                {"with_person": self.dung.pk},
                "with_person",
                "“with_person” only works together with “person”: a pair filter gives the events with both.",
            ),
            ({"has_amounts": "maybe"}, "has_amounts", "Choose “true” (yes) or “false” (no)."),
        ]:
            with self.subTest(params=params):
                error = self.get("/api/events/", params, accept_language="vi").json()["error"]
                self.assertEqual(error["fields"][field], [message])

    def test_a_bad_page_size_or_format_is_a_400_naming_the_parameter(self):
        for params, field in [
            ({"size": "0"}, "size"),
            ({"size": "501"}, "size"),
            ({"size": "ten"}, "size"),
            ({"page": "0"}, "page"),
            ({"page": "abc"}, "page"),
            ({"page": "²"}, "page"),
            ({"format": "xml"}, "format"),
        ]:
            with self.subTest(params=params):
                response = self.get("/api/events/", params)
                self.assertEqual(response.status_code, 400)
                self.assertEqual(list(response.json()["error"]["fields"]), [field])

    # ---------------------------------------------------------------- pages

    def test_a_page_past_the_end_is_a_404(self):
        response = self.get("/api/events/", {"size": "2", "page": "4"})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.json()["error"]["code"], "page_not_found")
        self.assertEqual(self.get("/api/events/", {"size": "2", "page": "3"}).status_code, 200)

    def test_an_empty_selection_has_one_empty_page(self):
        data = self.get("/api/events/", {"q": "không có gì"}).json()
        self.assertEqual((data["count"], data["num_pages"], data["events"]), (0, 1, []))

    def test_next_and_previous_walk_every_event_once_and_keep_the_filters(self):
        url, seen, pages = "/api/events/?kind=meeting&size=2", [], []
        while url:
            data = self.client.get(url).json()
            pages.append((data["page"], data["size"], data["previous"] is not None))
            seen += [event["title"] for event in data["events"]]
            url = data["next"]
            if url:
                self.assertTrue(url.startswith("http://testserver/api/events/?"), url)
                self.assertIn("kind=meeting", url)
        self.assertEqual(seen, [f"Hội đàm lần {number}" for number in range(5, 0, -1)])
        self.assertEqual(pages, [(1, 2, False), (2, 2, True), (3, 2, True)])

    def test_the_default_page_holds_100_and_fields_are_named_as_the_filters(self):
        data = self.get("/api/events/").json()
        self.assertEqual((data["size"], data["count"]), (100, 5))
        self.assertEqual(data["events"][0]["kind"], "meeting")
        self.assertNotIn("model", data["events"][0])

    # ---------------------------------------------------------------- conditional requests and caching

    def test_an_etag_and_last_modified_give_304_until_the_record_changes(self):
        first = self.get("/api/events/")
        etag, modified = first["ETag"], first["Last-Modified"]
        self.assertEqual(self.get("/api/events/", if_none_match=etag).status_code, 304)
        self.assertEqual(self.get("/api/events/", if_modified_since=modified).status_code, 304)

        event = self.events[0]
        event.title = "Hội đàm, đã sửa"
        event.save()

        changed = self.get("/api/events/", if_none_match=etag)
        self.assertEqual(changed.status_code, 200)
        self.assertNotEqual(changed["ETag"], etag)
        self.assertIn("Hội đàm, đã sửa", [event["title"] for event in changed.json()["events"]])
        self.assertEqual(self.get("/api/events/", if_none_match=changed["ETag"]).status_code, 304)

    def test_last_modified_is_when_the_record_last_changed(self):
        before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        make_meeting(title="Mới")
        modified = self.get("/api/events/")["Last-Modified"]
        self.assertGreaterEqual(modified, http_date(before.timestamp())[:16])
        self.assertEqual(self.get("/api/events/", if_modified_since=http_date()).status_code, 304)

    def test_every_answer_may_be_cached_for_a_minute(self):
        for path in ["/api/events/", "/api/events/?format=csv", f"/api/events/{self.events[0].pk}/"]:
            with self.subTest(path=path):
                self.assertEqual(self.get(path)["Cache-Control"], "public, max-age=60")

    def test_the_json_is_built_once_whatever_the_language_it_is_asked_in(self):
        self.get("/api/events/", accept_language="vi")
        with self.assertNumQueries(1):  # the revision only: the English request reads the same answer
            response = self.get("/api/events/", accept_language="en")
        self.assertEqual(response.json()["count"], 5)

    def test_a_csv_is_conditional_too(self):
        first = self.get("/api/events/", {"format": "csv"})
        self.assertEqual(
            self.get("/api/events/", {"format": "csv"}, if_none_match=first["ETag"]).status_code, 304
        )

    # ---------------------------------------------------------------- other sites, other methods

    def test_other_sites_may_get_the_api_and_read_its_etag(self):
        response = self.get("/api/events/", origin="https://newsroom.example")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertIn("ETag", response["Access-Control-Expose-Headers"])

    def test_a_preflight_for_a_conditional_get_is_allowed(self):
        response = self.client.options(
            "/api/events/",
            headers={
                "origin": "https://newsroom.example",
                "access-control-request-method": "GET",
                "access-control-request-headers": "if-none-match",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("if-none-match", response["Access-Control-Allow-Headers"])
        self.assertNotIn("POST", response["Access-Control-Allow-Methods"])

    def test_pages_outside_the_api_send_no_cors_headers(self):
        response = self.get("/", origin="https://newsroom.example")
        self.assertFalse(response.has_header("Access-Control-Allow-Origin"))

    @override_settings(DEBUG=False)
    def test_writes_are_a_json_405(self):
        for method in ("post", "put", "patch", "delete"):
            with self.subTest(method=method):
                response = getattr(self.client, method)(f"/api/events/{self.events[0].pk}/")
                self.assertEqual(response.status_code, 405)
                self.assertEqual(response["Allow"], "GET, HEAD")
                self.assertEqual(response.json()["error"]["code"], "method_not_allowed")

    # ---------------------------------------------------------------- one object


class ApiObjectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", "vn", aliases=["Dinh Tien Dung"])
        cls.anouphap = make_person("Anouphap Tounalom", "la")
        cls.committee = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.vientiane = Organization.objects.create(name="Thành ủy Viêng Chăn", side="la")
        cls.meetings = [
            make_meeting(
                title=f"Hội đàm {year}",
                date=datetime.date(year, 8, 26),
                people=[(cls.dung, "Bí thư", True), (cls.anouphap, "Bí thư", False)],
            )
            for year in (2019, 2022)
        ]
        for meeting in cls.meetings:
            meeting.organizations.add(cls.committee, cls.vientiane)
        cls.rejected = make_meeting(title="Bị loại", status="rejected")
        cls.hidden = make_person("Chỉ trong sự kiện bị loại", "vn")
        cls.rejected.participations.create(person=cls.hidden)

    def test_an_event_is_the_lists_entry_for_it(self):
        event = self.meetings[0]
        one = self.client.get(f"/api/events/{event.pk}/").json()
        listed = next(
            item for item in self.client.get("/api/events/").json()["events"] if item["id"] == event.pk
        )
        self.assertEqual(one, listed)
        self.assertEqual(one["api_url"], f"http://testserver/api/events/{event.pk}/")
        self.assertEqual(
            [person["name"] for person in one["people"]], ["Đinh Tiến Dũng", "Anouphap Tounalom"]
        )

    def test_a_person_with_their_counterparts(self):
        data = self.client.get(f"/api/people/{self.dung.pk}/").json()
        self.assertEqual(
            {key: data[key] for key in ("id", "name", "aliases", "side", "event_count")},
            {
                "id": self.dung.pk,
                "name": "Đinh Tiến Dũng",
                "aliases": ["Dinh Tien Dung"],
                "side": "vn",
                "event_count": 2,
            },
        )
        [counterpart] = data["counterparts"]
        self.assertEqual(
            (counterpart["name"], counterpart["events"], counterpart["first_date"], counterpart["last_date"]),
            ("Anouphap Tounalom", 2, "2019-08-26", "2022-08-26"),
        )
        shared = self.client.get(counterpart["events_url"]).json()
        self.assertEqual(shared["count"], 2)
        self.assertEqual(self.client.get(data["events_url"]).json()["count"], 2)

    def test_an_organisation_with_its_counterparts(self):
        data = self.client.get(f"/api/organizations/{self.committee.pk}/").json()
        self.assertEqual((data["name"], data["side"], data["event_count"]), ("Thành ủy Hà Nội", "vn", 2))
        self.assertEqual([row["name"] for row in data["counterparts"]], ["Thành ủy Viêng Chăn"])

    def test_what_is_not_public_is_a_json_404(self):
        for path in [
            f"/api/events/{self.rejected.pk}/",
            f"/api/people/{self.hidden.pk}/",
            "/api/organizations/424242/",
            "/api/events/424242/",
        ]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertEqual(response.json()["error"]["code"], "not_found")

    def test_a_merged_id_moves_permanently_to_the_record_it_joined(self):
        curator = User.objects.create_superuser("curator", password="x")
        copy = make_person("Dinh Tien Dung", "vn")
        make_meeting(title="Một cuộc gặp khác", people=[(copy, "", True)])
        curation.merge_people(self.dung, [copy], curator)
        response = self.client.get(f"/api/people/{copy.pk}/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], f"http://testserver/api/people/{self.dung.pk}/")

    def test_each_page_links_its_json(self):
        for page, api in [
            (f"/events/{self.meetings[0].pk}/", f"/api/events/{self.meetings[0].pk}/"),
            (f"/people/{self.dung.pk}/", f"/api/people/{self.dung.pk}/"),
            (f"/organizations/{self.committee.pk}/", f"/api/organizations/{self.committee.pk}/"),
        ]:
            with self.subTest(page=page):
                self.assertContains(self.client.get(page), f'href="{api}"')
