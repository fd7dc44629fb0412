import csv
import datetime
import io
import json
from unittest import mock

from django.core.management import call_command
from django.http import StreamingHttpResponse
from django.test import TestCase

from events import currency
from events.models import Amount, Participation

from .builders import make_agreement, make_article, make_delegation, make_meeting, make_person


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


class ApiEventsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.article = make_article(url="https://example.org/bai-1", title="Bài 1", outlet="Báo Hà Nội Mới")
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.sengphet = make_person("Sengphet Houngboungnuang", side="la")
        cls.aid = make_agreement(
            "aid",
            title="Hà Nội hỗ trợ Viêng Chăn",
            date=datetime.date(2021, 8, 26),
            place="Viêng Chăn",
            direction="to_laos",
            period="2021-2025",
            amounts=[("200000", "USD", "Viêng Chăn"), ("30000", "khẩu trang", "")],
            people=[(cls.dung, "Bí thư Thành ủy Hà Nội", True), (cls.sengphet, "Đại sứ", False)],
            article=cls.article,
            evidence="Hà Nội trao 200.000 USD.",
        )
        Amount.objects.create(event=cls.aid, value=20000, unit="USD", count=8, position=2)
        cls.visit = make_delegation(
            "visit",
            title="Đoàn Viêng Chăn thăm Hà Nội",
            date=datetime.date(2024, 3, 1),
            date_precision="month",
            status="reviewed",
        )
        cls.undated = make_meeting("talks", title="Hội đàm chưa rõ ngày", date=None)
        cls.rejected = make_meeting("talks", title="Sự kiện bị loại", status="rejected")

    def test_json_lists_public_events_in_the_export_format(self):
        response = self.client.get("/api/events/")
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["count"], 3)
        self.assertEqual(
            [event["title"] for event in data["events"]],
            [
                "Đoàn Viêng Chăn thăm Hà Nội",
                "Hà Nội hỗ trợ Viêng Chăn",
                "Hội đàm chưa rõ ngày",
            ],
        )
        aid = data["events"][1]
        self.assertEqual(aid["kind"], "agreement")
        self.assertNotIn("model", aid)
        self.assertEqual(aid["category"], "aid")
        self.assertEqual(aid["date"], "2021-08-26")
        self.assertEqual(aid["date_precision"], "day")
        self.assertEqual(aid["direction"], "to_laos")
        self.assertEqual(aid["period"], "2021-2025")
        self.assertEqual(
            aid["people"][0],
            {"name": "Đinh Tiến Dũng", "side": "vn", "role": "Bí thư Thành ủy Hà Nội", "lead": True},
        )
        self.assertEqual(
            [(a["value"], a["unit"], a["count"]) for a in aid["amounts"]],
            [
                (200000.0, "USD", None),
                (30000.0, "khẩu trang", None),
                (20000.0, "USD", 8),
            ],
        )
        self.assertEqual(
            aid["sources"],
            [
                {
                    "article": "https://example.org/bai-1",
                    "evidence": "Hà Nội trao 200.000 USD.",
                    "outlet": "Báo Hà Nội Mới",
                }
            ],
        )
        self.assertEqual(aid["url"], f"http://testserver/events/{self.aid.pk}/")
        self.assertEqual(aid["api_url"], f"http://testserver/api/events/{self.aid.pk}/")

    def test_each_amount_has_a_usd_value_at_its_years_rate_or_null(self):
        vnd = Amount.objects.create(event=self.aid, value=1_500_000_000, unit="VND", position=3)
        undated = make_agreement(
            "aid", title="Viện trợ chưa rõ năm", date=None, amounts=[("2000000", "VND", "")]
        )
        data = self.client.get("/api/events/").json()
        aid = next(event for event in data["events"] if event["id"] == self.aid.pk)
        rate = currency.rates()[("VND", 2021)].units_per_usd
        self.assertEqual(
            [(a["unit"], a["usd"], a["usd_provisional"]) for a in aid["amounts"]],
            [
                ("USD", 200000.0, False),
                ("khẩu trang", None, False),
                ("USD", 20000.0, False),
                ("VND", round(float(vnd.value / rate), 2), False),
            ],
        )
        self.assertAlmostEqual(aid["amounts"][3]["usd"], 64767.45, places=2)
        undated_amounts = next(event for event in data["events"] if event["id"] == undated.pk)["amounts"]
        self.assertEqual((undated_amounts[0]["usd"], undated_amounts[0]["usd_provisional"]), (None, False))

    def test_a_conversion_at_a_proxy_rate_is_marked_provisional(self):
        event = make_agreement("aid", date=datetime.date(2025, 5, 1), amounts=[("1000000000", "LAK", "")])
        data = self.client.get("/api/events/", {"year": 2025}).json()
        amount = next(e for e in data["events"] if e["id"] == event.pk)["amounts"][0]
        self.assertTrue(amount["usd_provisional"])
        self.assertGreater(amount["usd"], 0)

    def test_export_events_gives_each_amount_a_usd_value(self):
        Amount.objects.create(event=self.aid, value=1_500_000_000, unit="VND", position=3)
        out = io.StringIO()
        call_command("export_events", stdout=out)
        exported = next(e for e in json.loads(out.getvalue())["events"] if e["id"] == self.aid.pk)
        self.assertEqual([a["usd"] is None for a in exported["amounts"]], [False, True, False, False])
        self.assertAlmostEqual(exported["amounts"][3]["usd"], 64767.45, places=2)

    def test_export_events_reads_many_events_in_batches_with_the_same_result(self):
        def exported():
            out = io.StringIO()
            call_command("export_events", stdout=out)
            return json.loads(out.getvalue())["events"]

        at_once = exported()
        with mock.patch("events.exporting.EVENTS_A_QUERY", 1):
            one_by_one = exported()
        self.assertEqual(one_by_one, at_once)
        aid = next(event for event in one_by_one if event["id"] == self.aid.pk)
        self.assertEqual(len(aid["amounts"]), 3)
        self.assertEqual(aid["sources"][0]["article"], "https://example.org/bai-1")

    def test_json_takes_the_timeline_filters(self):
        data = self.client.get("/api/events/", {"q": "vieng chan", "year": 2021}).json()
        self.assertEqual([event["id"] for event in data["events"]], [self.aid.pk])
        data = self.client.get("/api/events/", {"status": "reviewed"}).json()
        self.assertEqual([event["id"] for event in data["events"]], [self.visit.pk])
        data = self.client.get("/api/events/", {"order": "oldest"}).json()
        self.assertEqual(data["events"][0]["id"], self.aid.pk)

    def test_rejected_events_are_never_in_the_json(self):
        for params in [{}, {"q": "bi loai"}, {"kind": "meeting"}]:
            with self.subTest(params=params):
                titles = [
                    event["title"] for event in self.client.get("/api/events/", params).json()["events"]
                ]
                self.assertNotIn("Sự kiện bị loại", titles)

    def test_csv_streams_one_row_per_public_event(self):
        response = self.client.get("/api/events/", {"format": "csv"})
        self.assertIsInstance(response, StreamingHttpResponse)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("attachment;", response["Content-Disposition"])
        rows = read_csv(response)
        self.assertEqual(
            [row["title"] for row in rows],
            [
                "Đoàn Viêng Chăn thăm Hà Nội",
                "Hà Nội hỗ trợ Viêng Chăn",
                "Hội đàm chưa rõ ngày",
            ],
        )
        self.assertEqual(
            list(rows[0]),
            [
                "id",
                "kind",
                "category",
                "title",
                "date",
                "date_precision",
                "date_end",
                "place",
                "direction",
                "status",
                "people",
                "amounts",
                "url",
            ],
        )
        aid = rows[1]
        self.assertEqual(aid["id"], str(self.aid.pk))
        self.assertEqual(aid["kind"], "agreement")
        self.assertEqual(aid["date"], "2021-08-26")
        self.assertEqual(aid["date_precision"], "day")
        self.assertEqual(aid["place"], "Viêng Chăn")
        self.assertEqual(aid["direction"], "to_laos")
        self.assertEqual(aid["status"], "extracted")
        self.assertEqual(aid["people"], "Đinh Tiến Dũng; Sengphet Houngboungnuang")
        self.assertEqual(aid["amounts"], "200000 USD; 30000 khẩu trang; 8 × 20000 USD")
        self.assertEqual(aid["url"], f"http://testserver/events/{self.aid.pk}/")
        self.assertEqual(rows[0]["date_precision"], "month")
        self.assertEqual(rows[2]["date"], "")

    def test_each_csv_row_has_its_own_people_and_amounts_in_either_order(self):
        # People and amounts are read alongside the events, sorted as they are: an undated event (last
        # newest first, last oldest first too) and one with the same day must keep their own.
        Participation.objects.create(event=self.undated, person=self.sengphet, role="Đại sứ")
        same_day = make_meeting("reception", title="Tiếp cùng ngày", date=datetime.date(2021, 8, 26))
        Participation.objects.create(event=same_day, person=self.dung, role="Bí thư")
        Amount.objects.create(event=self.undated, value=5, unit="xe", position=0)
        expected = {
            "Đoàn Viêng Chăn thăm Hà Nội": ("", ""),
            "Hà Nội hỗ trợ Viêng Chăn": (
                "Đinh Tiến Dũng; Sengphet Houngboungnuang",
                "200000 USD; 30000 khẩu trang; 8 × 20000 USD",
            ),
            "Tiếp cùng ngày": ("Đinh Tiến Dũng", ""),
            "Hội đàm chưa rõ ngày": ("Sengphet Houngboungnuang", "5 xe"),
        }
        for order in ("newest", "oldest"):
            with self.subTest(order=order):
                rows = read_csv(self.client.get("/api/events/", {"format": "csv", "order": order}))
                self.assertEqual({row["title"]: (row["people"], row["amounts"]) for row in rows}, expected)
                self.assertEqual(rows[-1]["title"], "Hội đàm chưa rõ ngày")

    def test_csv_takes_the_filters_and_never_has_rejected_events(self):
        rows = read_csv(self.client.get("/api/events/", {"format": "csv", "kind": "meeting"}))
        self.assertEqual([row["title"] for row in rows], ["Hội đàm chưa rõ ngày"])
        rows = read_csv(self.client.get("/api/events/", {"format": "csv", "q": "loai"}))
        self.assertEqual(rows, [])

    def test_a_csv_title_with_commas_quotes_and_newlines_survives(self):
        make_meeting(title='Hội đàm "đặc biệt", lần 2\ncó xuống dòng', date=datetime.date(2030, 1, 1))
        rows = read_csv(self.client.get("/api/events/", {"format": "csv"}))
        self.assertEqual(rows[0]["title"], 'Hội đàm "đặc biệt", lần 2\ncó xuống dòng')

    def test_a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(self):
        hostile = {
            '=HYPERLINK("http://evil.example","x")': datetime.date(2030, 1, 4),
            "+1+1": datetime.date(2030, 1, 3),
            "-2+3": datetime.date(2030, 1, 2),
            "@SUM(A1:A2)": datetime.date(2030, 1, 1),
        }
        for title, date in hostile.items():
            make_meeting(title=title, date=date, place="\t=1+1")
        rows = read_csv(self.client.get("/api/events/", {"format": "csv", "year": "2030"}))
        self.assertEqual([row["title"] for row in rows], [f"'{title}" for title in hostile])
        self.assertEqual({row["place"] for row in rows}, {"'\t=1+1"})

    def test_ordinary_cells_are_left_as_they_are(self):
        rows = read_csv(self.client.get("/api/events/", {"format": "csv", "kind": "agreement"}))
        self.assertEqual(rows[0]["title"], "Hà Nội hỗ trợ Viêng Chăn")
        self.assertTrue(rows[0]["url"].startswith("http://testserver/events/"))
