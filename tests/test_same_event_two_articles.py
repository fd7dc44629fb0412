"""One event reported by two articles is one event with two sources; different events stay apart."""

import datetime
import json
import shutil
import tempfile
from pathlib import Path

from django.test import TestCase

from events.importing import import_articles
from events.models import Article, Event, Person, Source

RECEPTION = (
    "Chiều 26/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào tại Việt Nam Sengphet "
    "Houngboungnuang tới thăm và làm việc."
)

FIRST_REPORT = {
    "url": "https://a.example/tin-1.html",
    "title": "Hà Nội tiếp Đại sứ Lào",
    "published": "2021-08-26",
    "text": RECEPTION,
}


def second_report(text):
    """Another outlet's report, a day later."""
    return {
        "url": "https://b.example/bai-2.html",
        "title": "Bí thư Thành ủy tiếp Đại sứ Lào",
        "published": "2021-08-27",
        "text": text,
    }


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
            FIRST_REPORT,
            second_report("Thủ đô Hà Nội. " + RECEPTION.replace("Chiều", "Buổi chiều")),
        )
        import_articles([self.folder])
        receptions = Event.objects.filter(
            kind="meeting", category="reception", date=datetime.date(2021, 8, 26)
        )
        self.assertEqual(receptions.count(), 1)
        self.assertEqual(Source.objects.filter(event=receptions.get()).count(), 2)

    def test_a_different_event_in_the_same_month_from_another_article_stays_apart(self):
        self.write_jsonl(
            FIRST_REPORT,
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

    def test_a_person_known_by_another_spelling_joins_the_two_reports(self):
        ambassador = Person.objects.create(
            name="Sengphet Houngboungnuang", side="la", aliases=["Sengphet Hungboungnuang"]
        )
        self.write_jsonl(
            FIRST_REPORT,
            second_report(
                RECEPTION.replace("Houngboungnuang", "Hungboungnuang").replace(
                    "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng", "lãnh đạo Thành phố Hà Nội"
                )
            ),
        )
        import_articles([self.folder])
        reception = Event.objects.get(kind="meeting", category="reception")
        self.assertEqual(reception.sources.count(), 2)
        self.assertIn(ambassador, [p.person for p in reception.participations.all()])

    def test_events_of_one_month_with_nobody_in_common_stay_apart(self):
        self.write_jsonl(
            {
                "url": "https://a.example/tin-1.html",
                "title": "Đoàn Hà Nội thăm Lào",
                "published": "2021-09-30",
                "text": "Trong tháng 9/2021, Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Sửu dẫn đầu "
                "đoàn công tác thăm và làm việc tại Viêng Chăn.",
            },
            {
                "url": "https://b.example/bai-2.html",
                "title": "Đoàn Hà Nội thăm Lào",
                "published": "2021-09-30",
                "text": "Trong tháng 9/2021, Phó Chủ tịch HĐND thành phố Hà Nội Phùng Thị Hồng Hà dẫn đầu "
                "đoàn công tác thăm và làm việc tại Viêng Chăn.",
            },
        )
        import_articles([self.folder])
        visits = Event.objects.filter(kind="delegation", date__month=9)
        self.assertEqual(visits.count(), 2, [v.sources.count() for v in visits])

    def test_a_report_without_a_year_takes_it_from_the_same_event_elsewhere(self):
        self.write_jsonl(
            FIRST_REPORT,
            {
                "url": "https://c.example/bai-4.html",
                "title": "Bí thư Thành ủy tiếp Đại sứ Lào",
                "published": None,
                "text": RECEPTION,
            },
        )
        import_articles([self.folder])
        reception = Event.objects.get(kind="meeting", category="reception")
        self.assertEqual(reception.sources.count(), 2)
        self.assertEqual((reception.date, reception.date_precision), (datetime.date(2021, 8, 26), "day"))

    def test_undated_talks_with_one_leader_in_common_stay_apart(self):
        """A city's leader takes part in many talks: without a date, one name in common is not enough."""
        undated = "Bí thư Thành ủy Viêng Chăn Anouphap Tounalom tại Viêng Chăn."
        self.write_jsonl(
            {
                "url": "https://a.example/hoi-dam-1.html",
                "title": "Hội đàm hai Thủ đô",
                "published": None,
                "text": "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã hội đàm với " + undated,
            },
            {
                "url": "https://b.example/hoi-dam-2.html",
                "title": "Chủ tịch UBND Hà Nội hội đàm tại Viêng Chăn",
                "published": None,
                "text": "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã hội đàm với " + undated,
            },
            {
                "url": "https://c.example/hoi-dam-3.html",
                "title": "Hội đàm hai Thủ đô",
                "published": None,
                "text": "Hôm nay, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã hội đàm với " + undated,
            },
        )
        import_articles([self.folder])
        talks = Event.objects.filter(kind="meeting", category="talks")
        self.assertEqual(talks.count(), 2)
        self.assertEqual(
            sorted(event.sources.count() for event in talks), [1, 2], "the same two leaders: one event"
        )

    def test_visits_of_one_year_going_opposite_ways_stay_apart(self):
        """The same leader hosts the Vientiane delegation in September and led Hanoi's to Vientiane in
        that month."""
        self.write_jsonl(
            {
                "url": "https://a.example/tiep-doan.html",
                "title": "Chủ tịch UBND thành phố tiếp Đoàn Thủ đô Viêng Chăn",
                "published": "2019-09-13",
                "text": "Chiều 12/9, Chủ tịch UBND thành phố Hà Nội Phạm Đức Lãm đã tiếp Đoàn đại biểu Thủ "
                "đô Viêng Chăn do Đô trưởng Khamphanh Vongsavath dẫn đầu, đang thăm và làm việc tại Hà Nội "
                "từ ngày 11 đến 14/9.",
            },
            {
                "url": "https://b.example/nhin-lai.html",
                "title": "Nhìn lại hợp tác hai Thủ đô",
                "published": "2019-12-20",
                "text": "Tháng 9/2019, Chủ tịch UBND thành phố Hà Nội Phạm Đức Lãm đã dẫn đầu Đoàn đại biểu "
                "thành phố Hà Nội sang thăm và làm việc tại Thủ đô Viêng Chăn.",
            },
        )
        import_articles([self.folder])
        visits = Event.objects.filter(kind="delegation", category="visit")
        self.assertEqual(sorted(visits.values_list("direction", flat=True)), ["to_hanoi", "to_laos"])

    def test_the_merged_event_keeps_the_more_precise_date(self):
        self.write_jsonl(
            FIRST_REPORT,
            second_report(RECEPTION.replace("Chiều 26/8, ", "Trong tháng 8/2021, ")),
        )
        import_articles([self.folder])
        reception = Event.objects.get(kind="meeting", category="reception")
        self.assertEqual(reception.sources.count(), 2)
        self.assertEqual((reception.date, reception.date_precision), (datetime.date(2021, 8, 26), "day"))


class ReimportUnderAnotherNameTests(TestCase):
    def test_the_samples_renamed_are_recognised_and_add_no_event(self):
        samples = Path(__file__).resolve().parent.parent / "sample_articles"
        import_articles([samples])
        events = Event.objects.count()
        renamed = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, renamed)
        for sample in samples.glob("*.txt"):
            shutil.copy(sample, renamed / f"ban-sao-{sample.name}")
        result = import_articles([renamed])
        self.assertEqual((result.created, result.unchanged), (0, 5))
        self.assertEqual(Event.objects.count(), events)

    def test_the_same_url_fetched_again_is_the_same_article(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        (folder / "a.jsonl").write_text(json.dumps(FIRST_REPORT, ensure_ascii=False), encoding="utf-8")
        (folder / "b.jsonl").write_text(
            json.dumps(
                {**FIRST_REPORT, "title": "Hà Nội tiếp Đại sứ Lào (bản cập nhật)"}, ensure_ascii=False
            ),
            encoding="utf-8",
        )
        result = import_articles([folder])
        self.assertEqual((result.created, result.updated), (1, 1))

    def test_a_saved_page_naming_an_imported_address_updates_that_article(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        page = (
            '<html><head><link rel="canonical" href="https://a.example/tin-1.html"><title>{}</title></head>'
            "<body><article><h1>{}</h1><p>{}</p><p>{}</p></article></body></html>"
        )
        (folder / "luu-1.html").write_text(
            page.format("Tin", "Tin", RECEPTION, "Hai bên trao đổi."), encoding="utf-8"
        )
        import_articles([folder / "luu-1.html"])
        (folder / "luu-2.html").write_text(
            page.format("Tin", "Tin", RECEPTION, "Hai bên trao đổi kinh nghiệm."), encoding="utf-8"
        )
        result = import_articles([folder / "luu-2.html"])
        self.assertEqual((result.created, result.updated), (0, 1))
        self.assertEqual(Article.objects.count(), 1)
