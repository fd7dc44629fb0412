"""How many sources report an event, and which outlets: the outlet filled at import, shown on the
pages, and the timeline's `sources` filter."""

import datetime
import importlib
import json
import shutil
import tempfile
from pathlib import Path

from django.apps import apps
from django.test import TestCase

from events.curation import merge_events
from events.importing import import_articles
from events.models import Article, Event, Source

from .builders import make_article, make_meeting

HTML_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Hà Nội tiếp đoàn Viêng Chăn | Báo Hà Nội Mới</title>
<meta property="og:site_name" content="Báo  Hà Nội Mới">
<link rel="canonical" href="https://hanoimoi.vn/ha-noi-tiep-doan-vieng-chan.html">
</head><body><article><h1>Hà Nội tiếp đoàn Viêng Chăn</h1>
<p>Chiều 26/8/2021, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào Sengphet Houngboungnuang.</p>
<p>Hai bên trao đổi về hợp tác giữa hai Thủ đô trong thời gian tới, nhất là phòng, chống dịch.</p>
</article></body></html>"""


class OutletAtImportTests(TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)

    def write(self, name, text):
        path = self.folder / name
        path.write_text(text, encoding="utf-8")
        return path

    def test_a_saved_page_names_its_site(self):
        import_articles([self.write("page.html", HTML_PAGE)])
        self.assertEqual(Article.objects.get().outlet, "Báo Hà Nội Mới")

    def test_without_a_site_name_the_host_of_the_url_is_the_outlet(self):
        record = {
            "url": "https://www.vietnamplus.vn/ha-noi-vieng-chan.vnp",
            "title": "Hà Nội tiếp Đại sứ Lào",
            "published": "2021-08-26",
            "text": "Chiều 26/8, Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào.",
        }
        import_articles([self.write("feed.jsonl", json.dumps(record, ensure_ascii=False) + "\n")])
        self.assertEqual(Article.objects.get().outlet, "vietnamplus.vn")

    def test_a_text_file_without_a_url_names_no_outlet(self):
        import_articles([self.write("a.txt", "Tiêu đề\n\nChiều 26/8, Hà Nội tiếp Đại sứ Lào.")])
        self.assertEqual(Article.objects.get().outlet, "")

    def test_a_re_import_keeps_an_outlet_a_curator_wrote(self):
        path = self.write("page.html", HTML_PAGE)
        import_articles([path])
        Article.objects.update(outlet="Hànộimới (sửa tay)")
        path.write_text(HTML_PAGE.replace("trong thời gian tới", "trong năm tới"), encoding="utf-8")
        result = import_articles([path])
        self.assertEqual(result.updated, 1)
        self.assertEqual(Article.objects.get().outlet, "Hànộimới (sửa tay)")

    def test_the_migration_fills_existing_articles_from_their_url(self):
        with_url = make_article(url="https://kinhtedothi.vn/bai.html")
        named = make_article(url="https://vov.vn/bai.html", outlet="VOV")
        without_url = make_article()
        javascript = make_article(url="javascript:alert(1)")
        migration = importlib.import_module("events.migrations.0014_article_outlet_from_url")
        migration.fill_outlets(apps, None)
        outlets = dict(Article.objects.values_list("pk", "outlet"))
        self.assertEqual(outlets[with_url.pk], "kinhtedothi.vn")
        self.assertEqual(outlets[named.pk], "VOV")
        self.assertEqual(outlets[without_url.pk], "")
        self.assertEqual(outlets[javascript.pk], "")


class SourceCountTests(TestCase):
    """Event.source_count is stored, so it must follow every way a source comes or goes."""

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)

    def count(self, event):
        event.refresh_from_db(fields=["source_count"])
        return event.source_count

    def test_it_follows_sources_added_and_removed(self):
        event = make_meeting(article=make_article())
        self.assertEqual(self.count(event), 1)
        second = Source.objects.create(event=event, article=make_article())
        self.assertEqual(self.count(event), 2)
        second.delete()
        self.assertEqual(self.count(event), 1)
        Article.objects.filter(sources__event=event).delete()  # a deleted article takes its source
        self.assertEqual(self.count(event), 0)

    def test_a_second_outlet_reporting_the_same_event_at_import_counts(self):
        text = "Chiều 26/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào Sengphet Houngboungnuang."
        records = [
            {
                "url": "https://hanoimoi.vn/a.html",
                "title": "Tiếp Đại sứ Lào",
                "published": "2021-08-26",
                "text": text,
            },
            {
                "url": "https://vov.vn/b.html",
                "title": "Đại sứ Lào thăm Hà Nội",
                "published": "2021-08-27",
                "text": text,
            },
        ]
        path = self.folder / "two.jsonl"
        path.write_text(
            "\n".join(json.dumps(record, ensure_ascii=False) for record in records), encoding="utf-8"
        )
        import_articles([path])
        reception = Event.objects.get(category="reception")
        self.assertEqual(reception.source_count, 2)
        response = self.client.get("/", {"sources": 2})
        self.assertEqual([event.pk for event in response.context["page"].object_list], [reception.pk])
        self.assertContains(
            self.client.get(reception.get_absolute_url()), "2 bài báo đưa tin: hanoimoi.vn, vov.vn."
        )

    def test_a_merge_counts_the_sources_it_moved(self):
        kept = make_meeting(article=make_article())
        other = make_meeting(article=make_article())
        Source.objects.create(event=other, article=make_article())
        merge_events(kept, [other], user=None)
        self.assertEqual(self.count(kept), 3)

    def test_the_migration_counts_existing_sources(self):
        event = make_meeting(article=make_article())
        Source.objects.create(event=event, article=make_article())
        Event.objects.update(source_count=0)
        migration = importlib.import_module("events.migrations.0016_event_source_count")
        migration.count_sources(apps, None)
        self.assertEqual(self.count(event), 2)


class CorroborationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        hanoimoi = make_article(url="https://hanoimoi.vn/a.html", outlet="Hà Nội Mới")
        vov = make_article(url="https://vov.vn/b.html", outlet="VOV")
        kinhtedothi = make_article(url="https://kinhtedothi.vn/c.html", outlet="Kinh tế & Đô thị")
        unnamed = make_article()
        cls.widely_reported = make_meeting(
            title="Hội đàm được ba báo đưa tin", date=datetime.date(2024, 3, 11), article=hanoimoi
        )
        Source.objects.create(event=cls.widely_reported, article=vov, evidence="Chiều 11/3, hai bên hội đàm.")
        Source.objects.create(event=cls.widely_reported, article=unnamed)
        cls.twice = make_meeting(
            title="Tiếp được hai báo đưa tin", date=datetime.date(2023, 5, 1), article=vov
        )
        Source.objects.create(event=cls.twice, article=kinhtedothi)
        cls.once = make_meeting(title="Tiếp chỉ một báo đưa tin", date=datetime.date(2022, 5, 1), article=vov)
        cls.unsourced = make_meeting(title="Sự kiện chưa ghi nguồn", date=datetime.date(2021, 5, 1))
        make_meeting(title="Bị loại dù nhiều nguồn", status="rejected", article=hanoimoi)

    def titles(self, response):
        return [event.title for event in response.context["page"].object_list]

    def test_the_event_page_says_how_many_articles_and_which_outlets(self):
        response = self.client.get(self.widely_reported.get_absolute_url())
        self.assertEqual(response.context["outlets"], {"names": ["Hà Nội Mới", "VOV"], "unknown": 1})
        self.assertContains(
            response, "3 bài báo đưa tin: Hà Nội Mới, VOV (và 1 bài chưa rõ cơ quan báo chí)."
        )

    def test_in_english_too(self):
        self.client.cookies["django_language"] = "en"
        response = self.client.get(self.widely_reported.get_absolute_url())
        self.assertContains(
            response, "Reported by 3 articles: Hà Nội Mới, VOV (and 1 article from an unknown outlet)."
        )
        self.assertContains(self.client.get("/"), "At least 2 sources (2)")

    def test_each_timeline_row_counts_its_sources(self):
        response = self.client.get("/")
        counts = {event.title: event.source_count for event in response.context["page"].object_list}
        self.assertEqual(
            counts,
            {
                "Hội đàm được ba báo đưa tin": 3,
                "Tiếp được hai báo đưa tin": 2,
                "Tiếp chỉ một báo đưa tin": 1,
                "Sự kiện chưa ghi nguồn": 0,
            },
        )
        self.assertContains(response, '<span class="source-count source-count--corroborated">3 nguồn</span>')

    def test_the_sources_filter_keeps_events_reported_by_at_least_n_articles(self):
        self.assertEqual(
            self.titles(self.client.get("/", {"sources": 2})),
            ["Hội đàm được ba báo đưa tin", "Tiếp được hai báo đưa tin"],
        )
        self.assertEqual(self.titles(self.client.get("/", {"sources": 3})), ["Hội đàm được ba báo đưa tin"])
        self.assertEqual(len(self.titles(self.client.get("/", {"sources": 1}))), 3)
        self.assertEqual(self.titles(self.client.get("/", {"sources": 4})), [])

    def test_the_api_takes_the_sources_filter(self):
        data = self.client.get("/api/events/", {"sources": 2}).json()
        self.assertEqual([event["id"] for event in data["events"]], [self.widely_reported.pk, self.twice.pk])
        self.assertEqual(
            [source["outlet"] for source in data["events"][0]["sources"]], ["Hà Nội Mới", "VOV", None]
        )

    def test_the_panel_counts_each_threshold_over_the_other_filters(self):
        filters = self.client.get("/", {"year": 2024}).context["filters"]
        self.assertEqual(
            [(option["value"], option["count"]) for option in filters["sources"]], [(2, 1), (3, 1)]
        )
        filters = self.client.get("/", {"sources": 3}).context["filters"]
        self.assertEqual(
            [(option["value"], option["count"], option["selected"]) for option in filters["sources"]],
            [(2, 2, False), (3, 1, True)],
        )

    def test_a_bad_sources_value_is_a_400_that_says_why(self):
        for value in ["abc", "0", "-2", "2.5", "100000"]:
            with self.subTest(value=value):
                response = self.client.get("/", {"sources": value})
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "Số nguồn tối thiểu", status_code=400)
                api = self.client.get("/api/events/", {"sources": value})
                self.assertEqual(api.status_code, 400)
                self.assertIn("sources", api.json()["error"]["fields"])
