"""One event reported by two articles is one event with two sources; different events stay apart."""

import datetime
import json
import shutil
import tempfile
from pathlib import Path

from django.test import TestCase

from events.importing import guess_language, import_articles
from events.models import Event, Source

RECEPTION = (
    "Chiều 26/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào tại Việt Nam Sengphet "
    "Houngboungnuang tới thăm và làm việc."
)


class SameEventInTwoArticlesTests(TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)

    def write_jsonl(self, *records):
        path = self.folder / f"{len(list(self.folder.iterdir()))}.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
        return path

    def test_two_outlets_reporting_one_reception_give_one_event_with_two_sources(self):
        self.write_jsonl(
            {
                "url": "https://a.example/tin-1.html",
                "title": "Hà Nội tiếp Đại sứ Lào",
                "published": "2021-08-26",
                "text": RECEPTION,
            },
            {
                "url": "https://b.example/bai-2.html",
                "title": "Bí thư Thành ủy tiếp Đại sứ Lào",
                "published": "2021-08-27",
                "text": "Thủ đô Hà Nội. " + RECEPTION.replace("Chiều", "Buổi chiều"),
            },
        )
        import_articles([self.folder])
        receptions = Event.objects.filter(
            kind="meeting", category="reception", date=datetime.date(2021, 8, 26)
        )
        self.assertEqual(receptions.count(), 1)
        self.assertEqual(Source.objects.filter(event=receptions.get()).count(), 2)

    def test_a_different_event_in_the_same_month_from_another_article_stays_apart(self):
        self.write_jsonl(
            {
                "url": "https://a.example/tin-1.html",
                "title": "Hà Nội tiếp Đại sứ Lào",
                "published": "2021-08-26",
                "text": RECEPTION,
            },
            {
                "url": "https://b.example/bai-3.html",
                "title": "Hà Nội và Viêng Chăn hội đàm trực tuyến",
                "published": "2021-08-30",
                "text": "Sáng 30/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng hội đàm trực tuyến "
                "với Bí thư Thành ủy "
                "Viêng Chăn Anouphap Tounalom.",
            },
        )
        import_articles([self.folder])
        self.assertEqual(Event.objects.filter(kind="meeting").count(), 2)
        self.assertFalse(
            Event.objects.filter(
                sources__article__url="https://b.example/bai-3.html", category="reception"
            ).exists()
        )


class LanguageTests(TestCase):
    def test_english_and_vietnamese_are_told_apart(self):
        self.assertEqual(guess_language("Hanoi Party Secretary received the Lao Ambassador. " * 20), "en")
        self.assertEqual(guess_language(RECEPTION * 3), "vi")
