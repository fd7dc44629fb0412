"""/briefing/: a print-ready page for any timeline filter state."""

import datetime
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Event, Source

from .builders import make_agreement, make_article, make_delegation, make_meeting, make_person

# events, their participations, amounts, sources and the sources' articles.
BRIEFING_QUERIES = 5


class BriefingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.anouphap = make_person("Anouphap Tounalom", side="la")
        hanoimoi = make_article(
            url="https://hanoimoi.vn/hoi-dam.html", outlet="Hà Nội Mới", title="Hà Nội – Viêng Chăn hội đàm"
        )
        vov = make_article(url="javascript:alert(1)", outlet="VOV", title="Hai Thủ đô hội đàm")
        cls.talks = make_meeting(
            title="Hội đàm giữa hai Bí thư Thành ủy",
            date=datetime.date(2024, 3, 11),
            direction="to_laos",
            place="Viêng Chăn",
            people=[
                (cls.dung, "Bí thư Thành ủy Hà Nội", True),
                (cls.anouphap, "Bí thư Thành ủy Viêng Chăn", True),
            ],
            article=hanoimoi,
            evidence="Chiều 11/3, hai Bí thư Thành ủy hội đàm tại Viêng Chăn.",
        )
        Source.objects.create(event=cls.talks, article=vov, evidence="Hai bên hội đàm.")
        cls.aid = make_agreement(
            "aid",
            title="Hà Nội trao tặng 1,5 tỷ đồng",
            date=datetime.date(2021, 8, 1),
            date_precision="month",
            direction="to_laos",
            amounts=[("1500000000", "VND", "Viêng Chăn"), ("30000", "khẩu trang", "Viêng Chăn")],
            people=[(cls.dung, "Bí thư Thành ủy Hà Nội", True)],
        )
        cls.undated = make_delegation("visit", title="Đoàn Viêng Chăn thăm Hà Nội", date=None)
        cls.rejected = make_meeting(title="Sự kiện bị loại", status="rejected")

    def get(self, **params):
        return self.client.get("/briefing/", params)

    def test_events_come_oldest_first_with_undated_last(self):
        response = self.get()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            [entry["event"].title for entry in response.context["entries"]],
            [
                "Hà Nội trao tặng 1,5 tỷ đồng",
                "Hội đàm giữa hai Bí thư Thành ủy",
                "Đoàn Viêng Chăn thăm Hà Nội",
            ],
        )
        self.assertNotContains(response, "Sự kiện bị loại")
        # The timeline's own order does not change the briefing's.
        newest = self.get(order="newest").context["entries"]
        self.assertEqual(newest[0]["event"].title, "Hà Nội trao tặng 1,5 tỷ đồng")

    def test_the_heading_names_the_filters_and_when_it_was_made(self):
        moment = timezone.make_aware(datetime.datetime(2026, 12, 7, 9, 5))
        with mock.patch("events.views.timezone.localtime", return_value=moment):
            response = self.get(person=self.dung.pk, with_person=self.anouphap.pk, year=2024)
        self.assertContains(response, "Bản tin: 1 sự kiện")
        self.assertContains(response, "Nhân vật: <strong>Đinh Tiến Dũng</strong>", html=False)
        self.assertContains(response, "Cùng với nhân vật: <strong>Anouphap Tounalom</strong>", html=False)
        self.assertContains(response, "Năm: <strong>2024</strong>", html=False)
        self.assertContains(response, "09:05, 7/12/2026")
        self.assertContains(
            response, f"http://testserver/?person={self.dung.pk}&amp;with_person={self.anouphap.pk}"
        )

    def test_each_event_has_its_date_people_amounts_evidence_and_sources(self):
        response = self.get()
        self.assertContains(response, '<span class="briefing-event__date">tháng 8/2021</span>', html=False)
        self.assertContains(response, '<span class="briefing-event__date">11/3/2024</span>', html=False)
        self.assertContains(response, "Lào (Viêng Chăn)")
        self.assertContains(
            response, 'Anouphap Tounalom <span class="role">(Bí thư Thành ủy Viêng Chăn)</span>'
        )
        # The original amount first, its dollars beside it; items are not converted.
        self.assertContains(response, '1.500.000.000 VND <span class="usd">(≈ 64.767 USD)</span>', html=False)
        self.assertContains(response, "<li>30.000 khẩu trang</li>", html=False)
        self.assertContains(response, "Chiều 11/3, hai Bí thư Thành ủy hội đàm tại Viêng Chăn.")
        self.assertContains(response, "2 bài báo đưa tin: Hà Nội Mới, VOV.")
        self.assertContains(
            response,
            '— Hà Nội Mới, “Hà Nội – Viêng Chăn hội đàm”, 12/3/2024: <a href="https://hanoimoi.vn/hoi-dam.html"',
        )
        # A source URL that is not a web address is never a link.
        self.assertNotContains(response, "javascript:")

    def test_in_english(self):
        self.client.cookies["django_language"] = "en"
        response = self.get(category="aid")
        self.assertContains(response, "Briefing: 1 event")
        self.assertContains(response, "August 2021")
        self.assertContains(response, "1,500,000,000 VND")
        self.assertContains(response, "≈ 64,767 USD")
        self.assertContains(response, "Category: <strong>Aid, support</strong>", html=False)

    def test_past_the_cap_it_says_how_many_more_matched(self):
        with mock.patch("events.views.BRIEFING_EVENTS", 2):
            response = self.get()
        self.assertEqual(len(response.context["entries"]), 2)
        self.assertEqual(response.context["total"], 3)
        self.assertContains(response, "Bản tin chỉ in 2 sự kiện đầu tiên (cũ nhất trước) trong số 3 sự kiện")
        self.assertNotContains(self.get(), "Bản tin chỉ in")

    def test_an_invalid_filter_is_a_400_that_says_why(self):
        for params in [{"year": "abc"}, {"with_person": self.anouphap.pk}, {"sources": "-1"}]:
            with self.subTest(params=params):
                response = self.get(**params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "Bộ lọc có giá trị không hợp lệ", status_code=400)

    def test_article_text_is_escaped(self):
        Event.objects.filter(pk=self.talks.pk).update(title="<script>alert(1)</script>")
        Source.objects.filter(event=self.talks).update(evidence="<img src=x onerror=alert(1)>")
        response = self.get()
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertNotContains(response, "<img src=x")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")

    def test_the_timeline_links_its_briefing_beside_csv_and_json(self):
        response = self.client.get("/", {"category": "aid", "page": 1})
        self.assertContains(response, '<a href="/briefing/?category=aid">Bản tin in</a>')
        self.assertContains(response, '<a href="/api/events/?category=aid&amp;format=csv" download>')

    def test_the_query_count_is_the_same_for_three_events_and_for_thirty(self):
        with CaptureQueriesContext(connection) as few:
            self.get(kind="meeting")
        for number in range(27):
            make_meeting(
                title=f"Cuộc gặp {number}",
                people=[(self.dung, "Bí thư", True)],
                article=make_article(),
                evidence="Câu bằng chứng.",
            )
        with CaptureQueriesContext(connection) as many:
            response = self.get(kind="meeting")
        self.assertEqual(len(response.context["entries"]), 28)
        self.assertEqual(len(few), len(many))
        self.assertEqual(len(many), BRIEFING_QUERIES)
