"""/feed/: an Atom feed for every timeline filter state, with ids that survive an edit."""

import datetime
import xml.etree.ElementTree as ET

from django.test import TestCase

from events.models import Event, Source

from .builders import make_agreement, make_article, make_meeting, make_person

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    """(id, title, updated, link, summary) of each entry, as a feed reader parses them."""
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [
        {
            "id": entry.findtext(f"{ATOM}id"),
            "title": entry.findtext(f"{ATOM}title"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary"),
            "summary_type": entry.find(f"{ATOM}summary").get("type"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.sengphet = make_person("Sengphet Houngboungnuang", side="la")
        article = make_article(url="https://hanoimoi.vn/a.html", outlet="Hà Nội Mới")
        cls.aid = make_agreement(
            "aid",
            title="Hà Nội trao tặng Viêng Chăn 1,5 tỷ đồng",
            date=datetime.date(2021, 8, 26),
            direction="to_laos",
            amounts=[("1500000000", "VND", "Viêng Chăn")],
            people=[(cls.dung, "Bí thư Thành ủy", True), (cls.sengphet, "Đại sứ", True)],
            article=article,
            evidence="Hà Nội trao tặng 1,5 tỷ đồng.",
        )
        cls.talks = make_meeting(
            title="Hội đàm tại Viêng Chăn", date=datetime.date(2024, 3, 11), people=[(cls.dung, "", True)]
        )
        cls.rejected = make_meeting(title="Sự kiện bị loại", status="rejected")

    def test_it_is_atom_with_one_entry_per_public_event_newest_change_first(self):
        feed = entries(self.client.get("/feed/"))
        self.assertEqual([entry["title"] for entry in feed], [self.talks.title, self.aid.title])
        for entry, event in zip(feed, [self.talks, self.aid], strict=True):
            event.refresh_from_db()  # its source, added after it, made it "changed"
            self.assertEqual(entry["id"], f"tag:testserver,2026:event/{event.pk}")
            self.assertEqual(entry["link"], f"http://testserver/events/{event.pk}/")
            self.assertEqual(datetime.datetime.fromisoformat(entry["updated"]), event.updated_at)
            self.assertEqual(entry["summary_type"], "html")

    def test_an_edited_event_moves_to_the_top_under_the_same_id(self):
        before = {entry["id"]: entry for entry in entries(self.client.get("/feed/"))}
        self.aid.title = "Hà Nội trao tặng Viêng Chăn 1,5 tỷ đồng (đã sửa)"
        self.aid.save()
        after = entries(self.client.get("/feed/"))
        self.assertEqual(after[0]["id"], f"tag:testserver,2026:event/{self.aid.pk}")
        self.assertEqual(after[0]["title"], "Hà Nội trao tặng Viêng Chăn 1,5 tỷ đồng (đã sửa)")
        self.assertEqual({entry["id"] for entry in after}, set(before))  # the same two entries, no duplicate
        self.assertGreater(after[0]["updated"], before[after[0]["id"]]["updated"])

    def test_an_event_reported_by_another_outlet_moves_to_the_top_under_the_same_id(self):
        before = {entry["id"]: entry for entry in entries(self.client.get("/feed/"))}
        second = make_article(url="https://vov.vn/ha-noi-trao-tang", outlet="VOV")
        Source.objects.create(event=self.aid, article=second, evidence="Hà Nội trao tặng 1,5 tỷ đồng.")
        after = entries(self.client.get("/feed/"))
        self.assertEqual(after[0]["id"], f"tag:testserver,2026:event/{self.aid.pk}")
        self.assertEqual({entry["id"] for entry in after}, set(before))
        self.assertGreater(after[0]["updated"], before[after[0]["id"]]["updated"])

    def test_the_summary_has_the_facts_amounts_in_dollars_evidence_and_outlet(self):
        summary = entries(self.client.get("/feed/", {"category": "aid"}))[0]["summary"]
        self.assertIn("26/8/2021", summary)
        self.assertIn(
            "Hà Nội: Đinh Tiến Dũng (Bí thư Thành ủy); Viêng Chăn: Sengphet Houngboungnuang (Đại sứ)", summary
        )
        self.assertIn("1.500.000.000 VND (≈ 64.767 USD)", summary)
        self.assertIn("<blockquote>Hà Nội trao tặng 1,5 tỷ đồng.</blockquote>", summary)
        self.assertIn("1 nguồn: Hà Nội Mới", summary)

    def test_it_takes_the_timeline_filters(self):
        feed = entries(self.client.get("/feed/", {"category": "aid"}))
        self.assertEqual([entry["title"] for entry in feed], [self.aid.title])
        feed = entries(self.client.get("/feed/", {"person": self.dung.pk, "with_person": self.sengphet.pk}))
        self.assertEqual([entry["title"] for entry in feed], [self.aid.title])
        root = ET.fromstring(self.client.get("/feed/", {"category": "aid"}).content)
        self.assertIn("Viện trợ, hỗ trợ", root.findtext(f"{ATOM}title"))
        links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
        self.assertEqual(links["alternate"], "http://testserver/?category=aid")
        self.assertEqual(links["self"], "http://testserver/feed/?category=aid")

    def test_it_keeps_the_fifty_newest(self):
        for number in range(55):
            make_meeting(title=f"Cuộc gặp {number}", date=datetime.date(2020, 1, 1))
        feed = entries(self.client.get("/feed/"))
        self.assertEqual(len(feed), 50)
        self.assertEqual(feed[0]["title"], "Cuộc gặp 54")

    def test_text_is_escaped_for_feed_readers_that_render_html(self):
        Event.objects.filter(pk=self.talks.pk).update(
            title='<script>alert("x")</script> Hội đàm', place="<b>Viêng Chăn</b>"
        )
        entry = entries(self.client.get("/feed/", {"kind": "meeting"}))[0]
        self.assertNotIn("<script>", entry["title"])
        self.assertIn("&lt;script&gt;", entry["title"])
        self.assertNotIn("<b>", entry["summary"])
        self.assertIn("&lt;b&gt;Viêng Chăn&lt;/b&gt;", entry["summary"])

    def test_control_characters_xml_cannot_carry_are_left_out_not_a_500(self):
        # Found by the fuzz test: a search for "\x08" went into the feed's title, which XML 1.0 refuses.
        Event.objects.filter(pk=self.talks.pk).update(title="Hội đàm\x0b giữa hai Thủ đô\x1f")
        response = self.client.get("/feed/", {"q": "hội đàm\x08", "kind": "meeting"})
        root = ET.fromstring(response.content)
        self.assertIn("hội đàm", root.findtext(f"{ATOM}title"))
        self.assertEqual(entries(response)[0]["title"], "Hội đàm giữa hai Thủ đô")

    def test_an_invalid_filter_is_a_400_that_says_why(self):
        for params in [
            {"year": "abc"},
            {"with_person": self.sengphet.pk},
            {"sources": "0"},
            {"date_after": "x"},
        ]:
            with self.subTest(params=params):
                response = self.client.get("/feed/", params)
                self.assertEqual(response.status_code, 400)
                self.assertIn(next(iter(params)), response.content.decode())

    def test_each_timeline_page_advertises_and_links_its_feed(self):
        response = self.client.get("/", {"category": "aid", "page": 1})
        self.assertContains(
            response,
            '<link rel="alternate" type="application/atom+xml" title="Sự kiện mới và vừa sửa (Atom)" '
            'href="/feed/?category=aid">',
        )
        self.assertContains(response, '<a href="/feed/?category=aid" type="application/atom+xml">')
        self.assertNotContains(
            self.client.get("/", {"year": "abc"}, follow=False), "application/atom+xml", 400
        )
