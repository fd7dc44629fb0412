"""The features for people preparing a visit, in a real browser (Debian's Chromium driven by
Playwright): the briefing printed to PDF and read back, the print stylesheet, counterparts, the feed,
aid in US dollars and corroboration. Screenshots go to test-artifacts/ for the README.

Named to run after test_browser_curation.py: a transaction test empties every table when it ends, and
that test expects the Curator group its migration made."""

import datetime
import io
import re
import unicodedata
import xml.etree.ElementTree as ET

from playwright.sync_api import expect
from pypdf import PdfReader

from events.models import Source

from .browser import ARTIFACTS, BrowserTestCase
from .builders import make_agreement, make_article, make_meeting, make_person

A4_POINTS = (595.3, 841.9)  # 210 × 297 mm


def pdf_text(data):
    """Every page's text, with runs of whitespace made single spaces (a line break inside a sentence
    is a space here). NFKC: the PDF's fonts set "fi" as one ligature glyph, and may decompose accents."""
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(unicodedata.normalize("NFKC", text).split())


class BriefingInBrowserTests(BrowserTestCase):
    def setUp(self):
        self.dung = make_person("Đinh Tiến Dũng", side="vn")
        self.anouphap = make_person("Anouphap Tounalom", side="la")
        self.sengphet = make_person("Sengphet Houngboungnuang", side="la")
        hanoimoi = make_article(
            title="Hà Nội và Viêng Chăn hội đàm",
            outlet="Hà Nội Mới",
            url="https://hanoimoi.vn/ha-noi-vieng-chan-hoi-dam.html",
            published=datetime.date(2024, 3, 12),
        )
        vov = make_article(title="Hai Thủ đô hội đàm", outlet="VOV", url="https://vov.vn/hai-thu-do.html")
        self.talks = make_meeting(
            "talks",
            title="Hội đàm giữa Bí thư Thành ủy Hà Nội và Bí thư Thành ủy Viêng Chăn",
            date=datetime.date(2024, 3, 11),
            place="Viêng Chăn",
            direction="to_laos",
            people=[
                (self.dung, "Bí thư Thành ủy Hà Nội", True),
                (self.anouphap, "Bí thư Thành ủy Viêng Chăn", True),
            ],
            article=hanoimoi,
            evidence=(
                "Chiều 11/3, Bí thư Thành ủy Đinh Tiến Dũng hội đàm với Bí thư Thành ủy Anouphap Tounalom."
            ),
        )
        Source.objects.create(event=self.talks, article=vov, evidence="Hai Bí thư Thành ủy đã hội đàm.")
        self.aid = make_agreement(
            "aid",
            title="Hà Nội trao tặng Viêng Chăn 1,5 tỷ đồng phòng, chống dịch",
            date=datetime.date(2021, 8, 26),
            direction="to_laos",
            amounts=[
                ("1500000000", "VND", "Thủ đô Viêng Chăn"),
                ("30000", "khẩu trang", "Thủ đô Viêng Chăn"),
            ],
            people=[(self.dung, "Bí thư Thành ủy Hà Nội", True), (self.sengphet, "Đại sứ Lào", False)],
            article=make_article(title="Hà Nội hỗ trợ Viêng Chăn", outlet="kinhtedothi.vn"),
            evidence="Hà Nội trao tặng Thủ đô Viêng Chăn 1,5 tỷ đồng và 30.000 khẩu trang.",
        )
        make_agreement(
            "aid",
            title="Viêng Chăn ủng hộ Hà Nội khắc phục bão",
            date=datetime.date(2024, 9, 20),
            direction="to_hanoi",
            amounts=[("50000", "USD", "Thành phố Hà Nội")],
            people=[(self.anouphap, "Bí thư Thành ủy Viêng Chăn", True)],
        )
        make_meeting(
            "reception",
            title="Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào",
            date=datetime.date(2021, 8, 26),
            people=[(self.dung, "Bí thư Thành ủy Hà Nội", True), (self.sengphet, "Đại sứ Lào", True)],
        )
        self.context = self.browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
        self.addCleanup(self.context.close)
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)

    def shot(self, name, page=None, **options):
        (page or self.page).screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True, **options)

    def print_to_pdf(self, name):
        data = self.page.pdf(format="A4", print_background=True)
        (ARTIFACTS / f"{name}.pdf").write_bytes(data)
        return pdf_text(data)

    def test_the_briefing_prints_to_a4_with_its_heading_events_amounts_and_sources(self):
        page = self.page
        page.goto(f"{self.live_server_url}/?person={self.dung.pk}")
        # Linked beside the CSV and JSON, with the same filters.
        page.get_by_role("link", name="Bản tin in").click()
        page.wait_for_url(f"**/briefing/?person={self.dung.pk}")
        expect(page.locator("h1")).to_have_text("Bản tin: 3 sự kiện")
        expect(page.locator(".briefing-event")).to_have_count(3)
        expect(page.get_by_role("button", name="In bản tin")).to_be_visible()  # shown by site.js
        self.shot("briefing-desktop")

        reader, text = self.print_to_pdf("briefing")
        for pdf_page in reader.pages:
            width, height = (float(side) for side in pdf_page.mediabox.upper_right)
            # Chromium rounds the page to whole CSS pixels: within a point of A4.
            self.assertAlmostEqual(width, A4_POINTS[0], delta=1)
            self.assertAlmostEqual(height, A4_POINTS[1], delta=1)
        # The heading: the filter that made it, and when.
        self.assertIn("Bản tin: 3 sự kiện", text)
        self.assertIn("Nhân vật: Đinh Tiến Dũng", text)
        self.assertRegex(text, r"Lập lúc \d{2}:\d{2}, \d{1,2}/\d{1,2}/20\d\d")
        # Oldest first, each with its date, people by side with roles, amounts and sources.
        titles = [self.aid.title, "Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào", self.talks.title]
        positions = [text.index(title) for title in titles]
        self.assertEqual(positions, sorted(positions))
        self.assertIn("26/8/2021", text)
        self.assertIn("Anouphap Tounalom (Bí thư Thành ủy Viêng Chăn)", text)
        self.assertIn("1.500.000.000 VND (≈ 64.767 USD)", text)
        self.assertIn("30.000 khẩu trang", text)
        self.assertIn("Chiều 11/3, Bí thư Thành ủy Đinh Tiến Dũng hội đàm", text)
        self.assertIn("2 bài báo đưa tin: Hà Nội Mới, VOV", text)
        self.assertIn("https://hanoimoi.vn/ha-noi-vieng-chan-hoi-dam.html", text)
        # No navigation, filters or buttons on paper.
        for screen_only in ["Nhân vật Tổ chức", "Ngôn ngữ", "In bản tin", "Dữ liệu JSON", "Lọc sự kiện"]:
            self.assertNotIn(screen_only, text)

    def test_the_briefing_reads_in_english_too(self):
        self.page.goto(f"{self.live_server_url}/briefing/?category=aid")
        self.page.select_option("#language-select", "en")
        self.page.get_by_role("button", name="Đổi").click()
        expect(self.page.locator("h1")).to_have_text("Briefing: 2 events")
        self.shot("briefing-english")
        _reader, text = self.print_to_pdf("briefing-english")
        self.assertIn("Briefing: 2 events", text)
        self.assertIn("Category: Aid, support", text)
        self.assertIn("1,500,000,000 VND (≈ 64,767 USD)", text)
        self.assertIn("50,000 USD", text)
        self.assertRegex(text, r"Generated \d{1,2} [A-Z][a-z]+ 20\d\d, \d{2}:\d{2}")

    def test_every_page_prints_without_navigation_or_filters(self):
        page = self.page
        page.goto(self.live_server_url + "/")
        expect(page.locator(".filters-panel")).to_be_visible()
        page.emulate_media(media="print")
        expect(page.locator(".filters-panel")).to_be_hidden()
        expect(page.locator(".site-nav")).to_be_hidden()
        expect(page.locator(".downloads")).to_be_hidden()
        expect(page.locator(".event-row").first).to_be_visible()
        self.shot("timeline-print")
        _reader, text = self.print_to_pdf("timeline-print")
        self.assertIn(self.talks.title, text)
        self.assertNotIn("Lọc sự kiện", text)

    def test_a_person_page_lists_counterparts_and_links_their_shared_events(self):
        page = self.page
        page.goto(self.live_server_url + self.dung.get_absolute_url())
        rows = page.locator(".counterparts tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.first).to_contain_text("Sengphet Houngboungnuang")
        expect(rows.first.locator("td.numeric")).to_have_text("2")
        expect(rows.nth(1)).to_contain_text("Anouphap Tounalom")
        self.shot("counterparts-person")
        rows.first.get_by_role("link", name="Xem trên dòng thời gian").click()
        page.wait_for_url(f"**/?person={self.dung.pk}&with_person={self.sengphet.pk}")
        expect(page.locator(".event-row")).to_have_count(2)
        expect(page.locator(".active-filters")).to_contain_text("Cùng với nhân vật: Sengphet Houngboungnuang")
        self.shot("counterparts-timeline")

    def test_the_timeline_advertises_its_feed_and_the_feed_is_atom(self):
        page = self.page
        page.goto(f"{self.live_server_url}/?category=aid")
        alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]')
        self.assertEqual(alternate.get_attribute("href"), "/feed/?category=aid")
        feed_link = page.get_by_role("link", name="Atom (tin mới)")
        self.assertEqual(feed_link.get_attribute("href"), "/feed/?category=aid")
        response = page.request.get(f"{self.live_server_url}/feed/?category=aid")
        self.assertEqual(response.status, 200)
        root = ET.fromstring(response.body())
        atom = "{http://www.w3.org/2005/Atom}"
        ids = [entry.findtext(f"{atom}id") for entry in root.findall(f"{atom}entry")]
        self.assertEqual(len(ids), 2)
        self.assertTrue(all(re.fullmatch(r"tag:localhost,2026:event/\d+", id_) for id_ in ids), ids)
        page.goto(f"{self.live_server_url}/feed/?category=aid")
        self.shot("feed")

    def test_the_aid_panel_shows_both_directions_in_dollars_beside_the_originals(self):
        page = self.page
        page.goto(self.live_server_url + "/")
        panel = page.locator(".summary__money")
        expect(panel.locator(".aid-direction--to_laos")).to_contain_text("Hà Nội → Viêng Chăn")
        expect(panel.locator(".aid-direction--to_laos")).to_contain_text("1.500.000.000 VND")
        expect(panel.locator(".aid-direction--to_laos")).to_contain_text("≈ 64.767 USD")
        expect(panel.locator(".aid-direction--to_laos")).to_contain_text("30.000 khẩu trang")
        expect(panel.locator(".aid-direction--to_hanoi")).to_contain_text("Viêng Chăn → Hà Nội")
        expect(panel.locator(".aid-direction--to_hanoi")).to_contain_text("50.000 USD")
        expect(panel.locator("rect.aid-chart__bar")).to_have_count(2)
        page.locator(".summary").screenshot(path=str(ARTIFACTS / "aid-summary.png"))
        page.goto(self.live_server_url + self.aid.get_absolute_url())
        expect(page.locator("tfoot")).to_contain_text("1.500.000.000 VND")
        expect(page.locator("tfoot")).to_contain_text("≈ 64.767 USD")
        self.shot("aid-event")

    def test_corroboration_is_shown_and_filters_the_timeline(self):
        page = self.page
        page.goto(self.live_server_url + self.talks.get_absolute_url())
        expect(page.locator(".corroboration")).to_have_text("2 bài báo đưa tin: Hà Nội Mới, VOV.")
        self.shot("event-corroboration")
        page.goto(self.live_server_url + "/")
        page.select_option("#filter-sources", "2")
        page.get_by_role("button", name="Lọc", exact=True).click()
        page.wait_for_url("**/?*sources=2*")
        expect(page.locator(".event-row")).to_have_count(1)
        expect(page.locator(".event-row .source-count")).to_have_text("2 nguồn")
        self.shot("timeline-sources-filter")
