"""When the database is away, pages answer 503 with Retry-After in Vietnamese and English (not Django's
bare "Server Error (500)"), a CSV download does not start as a 200, and a CSV that breaks off
mid-stream ends with a line saying it is incomplete.

The outage is simulated where Django opens every cursor (ensure_connection), as a stopped PostgreSQL
or a dropped network would fail it."""

from unittest import mock

from django.contrib.auth.models import User
from django.db import IntegrityError, OperationalError, connection
from django.test import Client, TestCase
from django.urls import reverse

from events import csv_export

from .builders import make_meeting, make_person


def database_away():
    return mock.patch.object(
        connection,
        "ensure_connection",
        side_effect=OperationalError("connection refused: is the server running?"),
    )


class OutagePageTests(TestCase):
    def setUp(self):
        # Answer as production does, with the error page, rather than raise into the test.
        self.client = Client(raise_request_exception=False)

    def assert_outage_page(self, response):
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")
        body = response.content.decode()
        self.assertIn("Cơ sở dữ liệu đang không trả lời", body)
        self.assertIn("The database is not answering", body)
        self.assertNotIn("Server Error (500)", body)

    def test_public_pages_answer_503_in_both_languages(self):
        for url in [reverse("events:timeline"), reverse("events:people"), "/api/events/"]:
            with database_away(), self.subTest(url):
                self.assert_outage_page(self.client.get(url))

    def test_the_admin_answers_503_too(self):
        # Logged in: reading the session needs the database.
        self.client.force_login(User.objects.create_user("curator", is_staff=True))
        with database_away():
            self.assert_outage_page(self.client.get(reverse("admin:index")))

    def test_a_csv_download_answers_503_rather_than_starting_a_200(self):
        make_meeting(title="Hội đàm")
        with database_away():
            response = self.client.get("/api/events/", {"format": "csv"})
        self.assert_outage_page(response)
        self.assertFalse(response.streaming)

    def test_other_server_errors_stay_a_500(self):
        for error in (RuntimeError("a bug"), IntegrityError("a bug, not an outage")):
            with mock.patch("events.views.EventFilter", side_effect=error), self.subTest(error=error):
                response = self.client.get(reverse("events:timeline"))
                self.assertEqual(response.status_code, 500)
                self.assertFalse(response.has_header("Retry-After"))


class CsvCutMidStreamTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        person = make_person("Đinh Tiến Dũng", "vn")
        for number in range(5):
            make_meeting(title=f"Hội đàm {number}", people=[(person, "", True)])

    def test_a_csv_that_breaks_off_ends_with_the_incomplete_line(self):
        real_reader = csv_export.rows_by_event
        calls = {"people": 0}

        def reader_that_dies(queryset):
            read = real_reader(queryset)
            if calls["people"]:
                return read
            calls["people"] += 1  # the first reader built is the people's

            def people_of(pk, seen=[]):  # noqa: B006 - counts the events read so far
                seen.append(pk)
                if len(seen) > 2:
                    raise OperationalError("server closed the connection unexpectedly")
                return read(pk)

            people_of.close = read.close
            return people_of

        with (
            mock.patch.object(csv_export, "CSV_CHUNK", 2),
            mock.patch.object(csv_export, "rows_by_event", reader_that_dies),
        ):
            response = self.client.get("/api/events/", {"format": "csv"})
            self.assertEqual(response.status_code, 200)
            body = b"".join(response.streaming_content).decode()
        lines = body.strip().split("\r\n")
        self.assertEqual(len(lines), 1 + 2 + 1)  # the header, the first chunk, the marker
        self.assertTrue(lines[-1].startswith("# INCOMPLETE: the export stopped here"), lines[-1])
        self.assertIn("CHƯA ĐỦ", lines[-1])

    def test_a_whole_csv_has_no_marker(self):
        with mock.patch.object(csv_export, "CSV_CHUNK", 2):
            body = b"".join(self.client.get("/api/events/", {"format": "csv"}).streaming_content).decode()
        self.assertEqual(len(body.strip().split("\r\n")), 1 + 5)
        self.assertNotIn("INCOMPLETE", body)
