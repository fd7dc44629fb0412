"""A curator in a real browser: log in, approve an event, see it marked reviewed on the timeline."""

import datetime

from django.contrib.auth.models import User
from playwright.sync_api import expect

from events.models import ReviewStatus

from .browser import ARTIFACTS, BrowserTestCase
from .builders import curator_group, make_article, make_meeting, make_person


class CurationInBrowserTests(BrowserTestCase):
    def setUp(self):
        curator = User.objects.create_user("curator", password="a-long-test-password", is_staff=True)
        curator.groups.add(curator_group())
        article = make_article(clean_text="Chiều 26/8, Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào.")
        self.meeting = make_meeting(
            "reception",
            title="Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào",
            date=datetime.date(2021, 8, 26),
            people=[(make_person("Đinh Tiến Dũng", "vn"), "Bí thư Thành ủy Hà Nội", False)],
            article=article,
            evidence="Chiều 26/8, Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào.",
        )
        self.page = self.open_page(locale="vi-VN")

    def tearDown(self):
        self.page.close()

    def test_a_curator_logs_in_approves_an_event_and_the_timeline_marks_it_reviewed(self):
        page = self.page
        page.goto(f"{self.live_server_url}/")
        row = page.locator("li", has_text="Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào").first
        expect(row).not_to_contain_text("Đã duyệt")

        page.goto(f"{self.live_server_url}/admin/")
        page.fill("#id_username", "curator")
        page.fill("#id_password", "a-long-test-password")
        page.click("input[type=submit]")
        page.goto(f"{self.live_server_url}/admin/events/event/")
        page.check(f"input[name=_selected_action][value='{self.meeting.pk}']")
        page.select_option("select[name=action]", "approve")
        page.click("button[name=index]")
        expect(page.locator(".messagelist")).to_contain_text("1")
        page.screenshot(path=ARTIFACTS / "admin-approved.png")
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.status, ReviewStatus.REVIEWED)

        page.goto(f"{self.live_server_url}/")
        row = page.locator("li", has_text="Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào").first
        expect(row).to_contain_text("Đã duyệt")
        page.screenshot(path=ARTIFACTS / "timeline-after-approval.png", full_page=True)
        # The public pages and the admin both run under the Content-Security-Policy header.
        self.assertEqual(self.csp_violations, [])
