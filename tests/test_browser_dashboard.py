"""The dashboard in a real browser: Debian's Chromium driven by Playwright. A missing Chromium is a
failure, not a skip (see STYLE.md, "Tests")."""

import csv
import datetime
import io
from pathlib import Path

from playwright.sync_api import expect

from .browser import ARTIFACTS, BrowserTestCase
from .builders import make_agreement, make_article, make_delegation, make_meeting, make_person


class DashboardInBrowserTests(BrowserTestCase):
    def setUp(self):
        article = make_article(
            title="Hà Nội tiếp đoàn Viêng Chăn",
            outlet="Báo Hà Nội Mới",
            url="https://example.org/bai",
            clean_text="Chiều 11/3, Bí thư Thành ủy Đinh Tiến Dũng hội đàm tại Viêng Chăn.\n\nĐoạn cuối.",
        )
        dung = make_person("Đinh Tiến Dũng", side="vn")
        anouphap = make_person("Anouphap Tounalom", side="la")
        self.talks = make_meeting(
            "talks",
            title="Hội đàm giữa Bí thư Thành ủy Hà Nội và Bí thư Thành ủy Viêng Chăn",
            date=datetime.date(2024, 3, 11),
            place="Viêng Chăn",
            direction="to_laos",
            status="reviewed",
            people=[(dung, "Bí thư Thành ủy Hà Nội", True), (anouphap, "Bí thư Thành ủy Viêng Chăn", True)],
            article=article,
            evidence="Chiều 11/3, Bí thư Thành ủy Đinh Tiến Dũng hội đàm tại Viêng Chăn.",
        )
        make_delegation(
            "training",
            title="Lớp bồi dưỡng cán bộ Thủ đô Viêng Chăn",
            date=datetime.date(2023, 6, 5),
            date_end=datetime.date(2023, 6, 20),
            place="Hà Nội",
            direction="to_hanoi",
        )
        make_agreement(
            "aid",
            title="Hà Nội hỗ trợ Viêng Chăn phòng, chống dịch",
            date=datetime.date(2021, 8, 26),
            direction="to_laos",
            amounts=[("200000", "USD", "Thủ đô Viêng Chăn"), ("30000", "khẩu trang", "Thủ đô Viêng Chăn")],
            people=[(dung, "Bí thư Thành ủy Hà Nội", True)],
        )
        for year in range(2015, 2021):
            make_meeting("reception", title=f"Tiếp xã giao năm {year}", date=datetime.date(year, 5, 1))
        make_meeting("talks", title="Sự kiện bị loại", status="rejected")
        self.context = self.browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
        self.addCleanup(self.context.close)
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)

    def shot(self, name, page=None):
        (page or self.page).screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def test_filter_search_open_switch_language_and_download(self):
        page = self.page
        page.goto(self.live_server_url + "/")
        expect(page.locator("h1")).to_have_text("Dòng thời gian hợp tác Hà Nội – Viêng Chăn")
        expect(page.locator(".event-row")).to_have_count(9)
        expect(page.get_by_text("Sự kiện bị loại")).to_have_count(0)
        self.shot("timeline-desktop")

        # Filter by category: the option carries its count, the URL carries the state.
        page.select_option("#filter-category", "training")
        page.get_by_role("button", name="Lọc", exact=True).click()
        page.wait_for_url("**/?*category=training*")
        expect(page.locator(".event-row")).to_have_count(1)
        expect(page.locator(".event-row__title")).to_have_text("Lớp bồi dưỡng cán bộ Thủ đô Viêng Chăn")
        expect(page.locator(".event-row__date")).to_have_text("5–20/6/2023")

        # Search without diacritics.
        page.goto(self.live_server_url + "/")
        page.fill("#filter-q", "dinh tien dung")
        page.get_by_role("button", name="Lọc", exact=True).click()
        page.wait_for_url("**/?*q=dinh+tien+dung*")
        expect(page.locator(".event-row")).to_have_count(2)
        self.shot("timeline-search")

        # Open the detail page.
        page.get_by_role("link", name=self.talks.title).click()
        page.wait_for_url(f"**{self.talks.get_absolute_url()}")
        expect(page.locator("h1")).to_have_text(self.talks.title)
        expect(page.locator(".badge--reviewed")).to_contain_text("Đã duyệt")
        expect(page.locator("blockquote.evidence")).to_contain_text("hội đàm tại Viêng Chăn")
        self.shot("event-desktop")

        # The evidence is highlighted on the article page.
        page.get_by_role("link", name="Hà Nội tiếp đoàn Viêng Chăn").click()
        expect(page.locator("mark")).to_have_text(
            "Chiều 11/3, Bí thư Thành ủy Đinh Tiến Dũng hội đàm tại Viêng Chăn."
        )
        self.shot("article-desktop")

        # Switch to English: the form posts, the cookie sticks, the page comes back translated.
        page.go_back()
        page.select_option("#language-select", "en")
        page.get_by_role("button", name="Đổi").click()
        expect(page.locator("h2", has_text="Participants")).to_be_visible()
        expect(page.locator(".event-detail .facts")).to_contain_text("11 Mar 2024")
        page.goto(self.live_server_url + "/")
        expect(page.locator("h1")).to_have_text("Timeline of Hanoi – Vientiane cooperation")
        expect(page.locator(".amounts")).to_contain_text("200,000 USD · 30,000 khẩu trang")
        self.shot("timeline-english")

        # Download the CSV of the current filter state.
        page.select_option("#filter-kind", "meeting")
        page.get_by_role("button", name="Filter", exact=True).click()
        page.wait_for_url("**/?*kind=meeting*")
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Download CSV").first.click()
        download = download_info.value
        self.assertTrue(download.suggested_filename.endswith(".csv"))
        rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
        self.assertEqual(len(rows), 7)
        self.assertEqual({row["kind"] for row in rows}, {"meeting"})
        self.assertNotIn("Sự kiện bị loại", {row["title"] for row in rows})

    def test_it_reads_well_on_a_phone(self):
        phone = self.browser.new_context(
            locale="vi-VN", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
        )
        self.addCleanup(phone.close)
        page = phone.new_page()
        page.goto(self.live_server_url + "/")
        # The filter panel starts folded on a phone so the timeline is in view (static/js/site.js).
        expect(page.locator("details.filters")).not_to_have_attribute("open", "")
        expect(page.locator(".event-row").first).to_be_visible()
        no_sideways_scroll = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        self.assertTrue(no_sideways_scroll)
        self.shot("timeline-phone", page)
        page.goto(self.live_server_url + self.talks.get_absolute_url())
        self.assertTrue(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
        self.shot("event-phone", page)

    def test_it_works_without_javascript_and_by_keyboard(self):
        context = self.browser.new_context(locale="vi-VN", java_script_enabled=False)
        self.addCleanup(context.close)
        page = context.new_page()
        page.goto(self.live_server_url + "/")
        expect(page.locator("details.filters")).to_have_attribute("open", "")
        page.fill("#filter-q", "vieng chan")
        page.keyboard.press("Enter")
        page.wait_for_url("**/?*q=vieng+chan*")
        expect(page.locator(".event-row")).to_have_count(3)
        # The first Tab reaches the skip link, which is then visible.
        page.keyboard.press("Tab")
        expect(page.locator(".skip-link")).to_be_focused()
        expect(page.locator(".skip-link")).to_be_in_viewport()
