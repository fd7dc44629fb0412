import datetime

from django.test import TestCase
from django.urls import reverse

from events.filters import EventFilter, public_events
from events.models import Amount, Organization

from .builders import make_agreement, make_delegation, make_meeting, make_person


def titles(response):
    return [event.title for event in response.context["page"].object_list]


class TimelineFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.sinlavong = make_person("Atsaphangthong Siphandone", side="la")
        cls.committee = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.talks = make_meeting(
            "talks",
            title="Hội đàm tại Viêng Chăn",
            date=datetime.date(2024, 3, 11),
            place="Viêng Chăn",
            direction="to_laos",
            people=[(cls.dung, "Bí thư Thành ủy Hà Nội", True), (cls.sinlavong, "Tỉnh trưởng", True)],
        )
        cls.talks.organizations.add(cls.committee)
        cls.talks.refresh_search_text()
        cls.reception = make_meeting(
            "reception",
            title="Tiếp đoàn Lào",
            date=datetime.date(2021, 8, 26),
            place="Hà Nội",
            direction="to_hanoi",
            status="reviewed",
            people=[(cls.sinlavong, "Tỉnh trưởng", True)],
        )
        cls.course = make_delegation(
            "training",
            title="Lớp bồi dưỡng cán bộ",
            date=datetime.date(2019, 1, 1),
            date_precision="year",
            place="Hà Nội",
        )
        cls.aid = make_agreement(
            "aid",
            title="Hà Nội hỗ trợ phòng chống dịch",
            date=datetime.date(2021, 8, 1),
            date_precision="month",
            amounts=[("200000", "USD", "Viêng Chăn"), ("30000", "khẩu trang", "")],
        )
        cls.undated = make_agreement("plan", title="Kế hoạch hợp tác", date=None, date_text="cuối năm")
        cls.rejected = make_meeting("talks", title="Sự kiện bị loại", status="rejected", place="Viêng Chăn")

    def get(self, **params):
        return self.client.get(reverse("events:timeline"), params)

    def test_it_lists_every_public_event_newest_first_with_undated_last(self):
        response = self.get()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            titles(response),
            [
                "Hội đàm tại Viêng Chăn",
                "Tiếp đoàn Lào",
                "Hà Nội hỗ trợ phòng chống dịch",
                "Lớp bồi dưỡng cán bộ",
                "Kế hoạch hợp tác",
            ],
        )

    def test_it_never_lists_rejected_events(self):
        response = self.get()
        self.assertNotContains(response, "Sự kiện bị loại")
        self.assertEqual(response.context["page"].paginator.count, 5)

    def test_oldest_first_keeps_undated_last(self):
        response = self.get(order="oldest")
        self.assertEqual(titles(response)[0], "Lớp bồi dưỡng cán bộ")
        self.assertEqual(titles(response)[-1], "Kế hoạch hợp tác")

    def test_it_groups_rows_under_year_and_month_headings(self):
        groups = self.get().context["groups"]
        self.assertEqual([group["year"] for group in groups], [2024, 2021, 2019, None])
        self.assertEqual([month["label"] for month in groups[1]["months"]], ["tháng 8/2021"])
        # A year-only date has no month heading.
        self.assertEqual([month["month"] for month in groups[2]["months"]], [None])

    def test_kind_filter(self):
        self.assertEqual(titles(self.get(kind="delegation")), ["Lớp bồi dưỡng cán bộ"])

    def test_category_filter(self):
        self.assertEqual(titles(self.get(category="reception")), ["Tiếp đoàn Lào"])

    def test_year_filter(self):
        self.assertEqual(titles(self.get(year=2021)), ["Tiếp đoàn Lào", "Hà Nội hỗ trợ phòng chống dịch"])

    def test_date_range_filter(self):
        response = self.get(date_after="2021-08-10", date_before="2024-01-01")
        self.assertEqual(titles(response), ["Tiếp đoàn Lào"])

    def test_person_filter(self):
        self.assertEqual(titles(self.get(person=self.dung.pk)), ["Hội đàm tại Viêng Chăn"])
        self.assertEqual(len(titles(self.get(person=self.sinlavong.pk))), 2)

    def test_organization_filter(self):
        self.assertEqual(titles(self.get(organization=self.committee.pk)), ["Hội đàm tại Viêng Chăn"])

    def test_place_filter_matches_without_diacritics(self):
        self.assertEqual(titles(self.get(place="vieng chan")), ["Hội đàm tại Viêng Chăn"])
        self.assertEqual(titles(self.get(place="Ha Noi")), ["Tiếp đoàn Lào", "Lớp bồi dưỡng cán bộ"])

    def test_a_place_filter_reads_each_place_once_however_many_events_are_there(self):
        # Two events in Hà Nội: the places are looked up distinct, not once per event (by the events'
        # default order, DISTINCT kept a row per event: 100,000 folds and parameters a request).
        filterset = EventFilter({"place": "ha noi"}, queryset=public_events())
        filterset.qs  # noqa: B018 - filtering looks the places up
        self.assertEqual(filterset.matching_places["ha noi"], ["Hà Nội"])

    def test_direction_filter(self):
        self.assertEqual(titles(self.get(direction="to_hanoi")), ["Tiếp đoàn Lào"])

    def test_has_amounts_filter(self):
        self.assertEqual(titles(self.get(has_amounts="true")), ["Hà Nội hỗ trợ phòng chống dịch"])
        self.assertEqual(len(titles(self.get(has_amounts="false"))), 4)

    def test_status_filter(self):
        self.assertEqual(titles(self.get(status="reviewed")), ["Tiếp đoàn Lào"])
        self.assertEqual(len(titles(self.get(status="extracted"))), 4)

    def test_search_without_diacritics_finds_the_accented_place(self):
        self.assertEqual(titles(self.get(q="vieng chan")), ["Hội đàm tại Viêng Chăn"])

    def test_search_without_diacritics_finds_the_person_with_d_stroke(self):
        self.assertEqual(titles(self.get(q="dinh tien dung")), ["Hội đàm tại Viêng Chăn"])

    def test_search_with_diacritics_and_capitals_works_too(self):
        self.assertEqual(titles(self.get(q="ĐINH Tiến")), ["Hội đàm tại Viêng Chăn"])

    def test_search_never_finds_rejected_events(self):
        self.assertNotIn("Sự kiện bị loại", titles(self.get(q="bi loai")))

    def test_filters_combine(self):
        response = self.get(year=2021, kind="agreement", has_amounts="true")
        self.assertEqual(titles(response), ["Hà Nội hỗ trợ phòng chống dịch"])

    def test_each_option_shows_how_many_events_it_would_return(self):
        filters = self.get(kind="meeting").context["filters"]
        kinds = {option["value"]: option["count"] for option in filters["kinds"]}
        # The kind facet ignores the kind filter itself, so the other kinds stay reachable.
        self.assertEqual(kinds, {"meeting": 2, "delegation": 1, "agreement": 2})
        categories = {
            option["value"]: option["count"]
            for group in filters["category_groups"]
            for option in group["options"]
        }
        self.assertEqual(categories["talks"], 1)
        self.assertEqual(categories["reception"], 1)
        self.assertEqual(categories["aid"], 0)
        years = {option["value"]: option["count"] for option in filters["years"]}
        self.assertEqual(years, {2024: 1, 2021: 1})
        people = {option["label"]: option["count"] for option in filters["people"]}
        self.assertEqual(people, {"Đinh Tiến Dũng": 1, "Atsaphangthong Siphandone": 2})

    def test_the_counts_appear_beside_the_options(self):
        self.assertContains(self.get(), "Hội đàm (1)")

    def test_the_filter_form_is_a_get_form_so_every_state_is_a_link(self):
        response = self.get(category="talks", q="vieng")
        self.assertContains(response, '<form method="get"')
        self.assertContains(response, 'value="vieng"')
        self.assertContains(response, '<option value="talks" selected>')

    def test_active_filters_link_to_the_page_without_them(self):
        chips = self.get(category="talks", year=2024).context["active_filters"]
        urls = {chip["label"]: chip["url"] for chip in chips}
        self.assertEqual(urls["Thể loại"], "?year=2024")
        self.assertEqual(urls["Năm"], "?category=talks")

    def test_summary_counts_events_per_kind_and_usd_per_year(self):
        summary = self.get().context["summary"]
        self.assertEqual(
            {item["kind"]: item["count"] for item in summary["kinds"]},
            {
                "meeting": 2,
                "delegation": 1,
                "agreement": 2,
            },
        )
        self.assertEqual(summary["aid"]["years"][0]["year"], 2021)
        self.assertEqual(summary["aid"]["years"][0]["rows"][0]["usd"], "200.000 USD")
        self.assertEqual(summary["undated"], 1)

    def test_summary_usd_counts_value_times_count(self):
        Amount.objects.create(event=self.aid, value=20000, unit="USD", count=8, position=5)
        summary = self.get().context["summary"]
        self.assertEqual(summary["aid"]["years"][0]["rows"][0]["usd"], "360.000 USD")

    def test_the_chart_is_drawn_on_the_server(self):
        response = self.get()
        self.assertContains(response, "<svg")
        self.assertContains(response, 'class="year-chart__bar year-chart__bar--meeting"')
        chart = response.context["summary"]["chart"]
        self.assertEqual([column["year"] for column in chart["columns"]], list(range(2019, 2025)))
        self.assertEqual(chart["tallest"], 2)

    def test_the_row_shows_date_at_its_precision_people_place_arrow_and_amounts(self):
        response = self.get()
        self.assertContains(response, "11/3/2024")
        self.assertContains(response, "tháng 8/2021")
        self.assertContains(response, "cuối năm (năm chưa rõ)")
        self.assertContains(response, "→ Lào")
        self.assertContains(response, "→ Hà Nội")
        self.assertContains(response, "200.000 USD · 30.000 khẩu trang")
        self.assertContains(response, f'href="{self.dung.get_absolute_url()}"')

    def test_the_page_links_to_csv_and_json_with_the_same_filters(self):
        response = self.get(category="talks")
        self.assertContains(response, 'href="/api/events/?category=talks&amp;format=csv"')
        self.assertContains(response, 'href="/api/events/?category=talks&amp;format=json"')


class TimelinePaginationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        for day in range(1, 56):
            make_meeting(
                title=f"Cuộc gặp {day}", date=datetime.date(2020, 1, 1) + datetime.timedelta(days=day)
            )

    def test_fifty_events_per_page(self):
        response = self.client.get(reverse("events:timeline"))
        self.assertEqual(len(response.context["page"].object_list), 50)
        self.assertContains(response, "?page=2")

    def test_pagination_links_keep_the_filters(self):
        response = self.client.get(reverse("events:timeline"), {"kind": "meeting"})
        self.assertContains(response, "?kind=meeting&amp;page=2")

    def test_a_page_past_the_end_shows_the_last_page(self):
        response = self.client.get(reverse("events:timeline"), {"page": "999999"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"].number, 2)
        self.assertEqual(len(response.context["page"].object_list), 5)

    def test_a_page_that_is_not_a_number_shows_the_first_page(self):
        response = self.client.get(reverse("events:timeline"), {"page": "abc"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"].number, 1)
