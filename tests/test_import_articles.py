"""import_articles end to end on the real samples and on broken input, on the real database."""

import datetime
import io
import json
import shutil
import tempfile
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, TransactionTestCase

from events import importing
from events.exporting import export_all
from events.importing import import_articles
from events.models import Article, Event, Organization, Source

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"


class TempFolderMixin:
    def setUp(self):
        super().setUp()
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)

    def write(self, name, data):
        path = self.folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path


class SampleImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.result = import_articles([SAMPLES])

    def test_all_five_samples_are_created(self):
        self.assertEqual((self.result.created, self.result.failed), (5, []))
        self.assertEqual(Article.objects.count(), 5)

    def test_the_raw_input_is_kept_untouched_and_the_clean_text_has_no_clutter(self):
        article = Article.objects.get(source_key="000_db0f2f1aff2b203e.txt")
        self.assertEqual(article.raw, (SAMPLES / "000_db0f2f1aff2b203e.txt").read_text(encoding="utf-8"))
        self.assertIn("Có thể bạn quan tâm", article.raw)
        self.assertNotIn("Có thể bạn quan tâm", article.clean_text)
        self.assertNotIn("![]()", article.clean_text)
        self.assertIn("Phát biểu tại buổi tiếp, Bí thư Thành ủy Đinh Tiến Dũng nêu rõ", article.clean_text)

    def test_the_title_timestamp_is_the_publication_date(self):
        article = Article.objects.get(source_key="004_d548c2b8f2f68a56.txt")
        self.assertEqual(article.published, datetime.date(2017, 10, 26))
        self.assertEqual(
            article.title,
            "Lãnh đạo Thành ủy Hà Nội tiếp đoàn cán bộ Văn phòng Trung ương Đảng Nhân dân cách mạng Lào",
        )

    def test_a_related_news_date_is_not_the_publication_date(self):
        self.assertIsNone(Article.objects.get(source_key="000_db0f2f1aff2b203e.txt").published)

    def test_events_are_extracted_with_evidence_from_their_article(self):
        self.assertGreater(self.result.events, 0)
        for source in Source.objects.select_related("article"):
            self.assertTrue(source.evidence)

    def test_importing_again_creates_nothing_and_reports_them_unchanged(self):
        events_before = Event.objects.count()
        again = import_articles([SAMPLES])
        self.assertEqual((again.created, again.updated, again.unchanged), (0, 0, 5))
        self.assertEqual(Event.objects.count(), events_before)


class ChangedContentTests(TempFolderMixin, TestCase):
    def test_changed_content_updates_the_article_and_keeps_one_set_of_events(self):
        text = (SAMPLES / "003_dcb2878248db2b41.txt").read_text(encoding="utf-8")
        path = self.write("aid.txt", text)
        import_articles([path])
        article = Article.objects.get()
        event_ids = set(Event.objects.values_list("pk", flat=True))
        path.write_text(text.replace("Bày tỏ vui mừng đón tiếp", "Vui mừng đón tiếp"), encoding="utf-8")
        result = import_articles([path])
        self.assertEqual((result.created, result.updated), (0, 1))
        article.refresh_from_db()
        self.assertIn("Vui mừng đón tiếp", article.clean_text)
        # Same events, same ids: permalinks survive a re-import.
        self.assertEqual(set(Event.objects.values_list("pk", flat=True)), event_ids)

    def test_a_reviewed_event_is_not_touched_by_reimport(self):
        path = self.write("aid.txt", (SAMPLES / "003_dcb2878248db2b41.txt").read_text(encoding="utf-8"))
        import_articles([path])
        event = Event.objects.order_by("pk").first()
        Event.objects.filter(pk=event.pk).update(status="reviewed", title="Tiêu đề biên tập viên sửa")
        path.write_text(path.read_text(encoding="utf-8") + "\nThêm một đoạn.", encoding="utf-8")
        import_articles([path])
        event.refresh_from_db()
        self.assertEqual((event.status, event.title), ("reviewed", "Tiêu đề biên tập viên sửa"))


class BrokenInputTests(TempFolderMixin, TestCase):
    def test_a_broken_article_is_reported_and_the_rest_of_the_batch_is_imported(self):
        self.write("a_good.txt", "Hà Nội tiếp đoàn Viêng Chăn\n\nChiều 26/8, Bí thư Thành ủy tiếp đoàn.")
        self.write("b_binary.txt", b"\x00\x01\x02\x03" * 100)
        self.write("c_empty.txt", "")
        self.write("d_only_clutter.txt", "Tiêu đề\n\n![]() |\nundefined\n")
        self.write("e_undecodable.html", b"\xff\xfe\xfd" + b"\x81\x8d" * 50)
        self.write("f.jsonl", '{"title": "x", "text": "Nội dung."}\n{broken\n')
        result = import_articles([self.folder])
        self.assertEqual(result.created, 2)
        failed = dict((Path(label.split(":")[0]).name, reason) for label, reason in result.failed)
        self.assertEqual(
            set(failed),
            {"b_binary.txt", "c_empty.txt", "d_only_clutter.txt", "e_undecodable.html", "f.jsonl"},
        )
        self.assertIn("binary", failed["b_binary.txt"])
        self.assertIn("empty", failed["c_empty.txt"])
        self.assertIn("no article text", failed["d_only_clutter.txt"])
        self.assertEqual(
            set(Article.objects.values_list("source_key", flat=True)), {"a_good.txt", "f.jsonl#1"}
        )

    def test_a_database_error_mid_article_leaves_nothing_of_that_article(self):
        self.write("a.txt", (SAMPLES / "003_dcb2878248db2b41.txt").read_text(encoding="utf-8"))
        with mock.patch.object(importing, "attach_details", side_effect=RuntimeError("disk full")):
            result = import_articles([self.folder])
        # Extraction failed inside its own savepoint: the article is kept with the error recorded,
        # and none of its events are half-saved.
        self.assertEqual(result.created, 1)
        article = Article.objects.get()
        self.assertIn("disk full", article.extraction_error)
        self.assertEqual(Event.objects.count(), 0)
        # The summary says so: the article is counted as created, with a warning naming the error.
        self.assertEqual([Path(label).name for label, _ in result.warnings], ["a.txt"])
        self.assertIn("extraction failed, the article is kept: RuntimeError: disk", result.warnings[0][1])
        self.assertTrue(result.summary().endswith("; 1 warning"))

    def test_a_failure_saving_the_article_rolls_the_whole_article_back(self):
        self.write("a.txt", (SAMPLES / "003_dcb2878248db2b41.txt").read_text(encoding="utf-8"))
        self.write("b.txt", "Tiêu đề\n\nChiều 26/8, Hà Nội tiếp Đại sứ Lào.")
        real_prepare = importing.prepare

        def failing_prepare(item):
            if item.source_key == "a.txt":
                raise RuntimeError("boom")
            return real_prepare(item)

        with mock.patch.object(importing, "prepare", side_effect=failing_prepare):
            result = import_articles([self.folder])
        self.assertEqual(result.created, 1)
        self.assertEqual(result.failed[0][1], "RuntimeError: boom")
        self.assertEqual(list(Article.objects.values_list("source_key", flat=True)), ["b.txt"])

    def test_dry_run_writes_nothing_but_counts_what_would_happen(self):
        result = import_articles([SAMPLES], dry_run=True)
        self.assertEqual(result.created, 5)
        self.assertEqual((Article.objects.count(), Event.objects.count()), (0, 0))


class OtherFormatTests(TempFolderMixin, TestCase):
    def test_a_jsonl_record_uses_its_url_title_and_published_date(self):
        record = {
            "url": "https://example.org/tin/ha-noi-viang-chan",
            "title": "Hà Nội tiếp đoàn Viêng Chăn",
            "published": "2024-08-08T15:00:00+07:00",
            "text": "Chiều 7/8, Bí thư Thành ủy Hà Nội tiếp đoàn đại biểu Thủ đô Viêng Chăn.\n\n"
            "Tin liên quan\n\n"
            "Tin khác 01/01/2025 08:00",
        }
        import_articles([self.write("feed.jsonl", json.dumps(record, ensure_ascii=False))])
        article = Article.objects.get()
        self.assertEqual(article.source_key, record["url"])
        self.assertEqual(article.published, datetime.date(2024, 8, 8))
        self.assertEqual(article.title, record["title"])
        self.assertNotIn("Tin khác", article.clean_text)

    def test_a_saved_html_page_gives_title_date_url_and_main_text(self):
        body = "".join(
            f"<p>Đoạn {n}: chiều 26/8, Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào tại Việt Nam và trao quà.</p>"
            for n in range(1, 6)
        )
        page = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
        <title>Hà Nội tiếp Đại sứ Lào | Báo Hà Nội</title>
        <meta property="og:title" content="Hà Nội tiếp Đại sứ Lào">
        <meta property="article:published_time" content="2021-08-26T18:00:00+07:00">
        <link rel="canonical" href="https://example.org/ha-noi-tiep-dai-su-lao.html">
        </head><body><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav>
        <article><h1>Hà Nội tiếp Đại sứ Lào</h1>{body}</article>
        <aside><h3>Tin liên quan</h3><ul><li>Tin khác 30/03/2025 08:24</li></ul></aside></body></html>"""
        import_articles([self.write("page.html", page)])
        article = Article.objects.get()
        self.assertEqual(article.source_key, "page.html")
        self.assertEqual(article.url, "https://example.org/ha-noi-tiep-dai-su-lao.html")
        self.assertEqual(article.published, datetime.date(2021, 8, 26))
        self.assertIn("Đoạn 3", article.clean_text)
        self.assertNotIn("Trang chủ", article.clean_text)
        self.assertNotIn("30/03/2025", article.clean_text)

    def test_damaged_text_is_flagged(self):
        import_articles(
            [self.write("a.txt", "Tiêu đề\n\nHà Nội ti\ufffdp đoàn Vi\ufffdng Chăn ng\ufffdy 26/8.")]
        )
        self.assertTrue(Article.objects.get().text_damaged)


class CommandTests(TempFolderMixin, TestCase):
    def test_the_command_prints_a_summary_and_fails_when_an_article_failed(self):
        self.write("good.txt", "Tiêu đề\n\nChiều 26/8, Hà Nội tiếp Đại sứ Lào.")
        self.write("bad.txt", "")
        out, err = io.StringIO(), io.StringIO()
        with self.assertRaises(CommandError) as raised:
            call_command("import_articles", str(self.folder), stdout=out, stderr=err)
        self.assertEqual(raised.exception.returncode, 1)
        self.assertIn("1 created, 0 updated, 0 unchanged, 1 failed", out.getvalue())
        self.assertIn("bad.txt", err.getvalue())

    def test_export_events_writes_the_contract(self):
        call_command("import_articles", str(SAMPLES), stdout=io.StringIO())
        output = self.folder / "export.json"
        call_command("export_events", output=str(output), stderr=io.StringIO())
        data = json.loads(output.read_text(encoding="utf-8"))
        self.assertEqual(len(data["articles"]), 5)
        self.assertEqual(set(data["articles"][0]), {"source", "url", "title", "published", "clean_text"})
        for event in data["events"]:
            self.assertIn(event["model"], {"meeting", "delegation", "agreement"})
            self.assertTrue(event["sources"])


class ConcurrentImportTests(TempFolderMixin, TransactionTestCase):
    def test_an_article_saved_meanwhile_by_another_process_is_not_duplicated(self):
        path = self.write("a.txt", "Tiêu đề\n\nChiều 26/8, Hà Nội tiếp Đại sứ Lào.")
        import_articles([path])
        # Simulate the race: our lookup misses the row the other process has just committed.
        with mock.patch.object(importing.Article.objects, "select_for_update") as lookup:
            lookup.return_value.filter.return_value.first.return_value = None
            path.write_text("Tiêu đề\n\nChiều 27/8, Hà Nội tiếp Đại sứ Lào.", encoding="utf-8")
            result = import_articles([path])
        self.assertEqual(result.failed, [])
        self.assertEqual(Article.objects.count(), 1)


class OrganizationRecordTests(TempFolderMixin, TestCase):
    def test_one_record_per_body_however_written_with_the_spellings_as_aliases(self):
        self.write(
            "a.txt",
            "Hà Nội tiếp đoàn Viêng Chăn\n\nChiều 12/9/2024, Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh "
            "Quyền tiếp Đoàn đại biểu Sở Tư pháp Thủ đô Viêng Chăn.",
        )
        self.write(
            "b.txt",
            "Hà Nội và Viêng Chăn hội đàm\n\nSáng 20/10/2024, Ủy ban nhân dân thành phố Hà Nội hội đàm "
            "với Đoàn đại biểu Sở Tư pháp Viêng Chăn.",
        )
        import_articles([self.folder])
        committee = Organization.objects.get(name="Ủy ban nhân dân thành phố Hà Nội")
        self.assertEqual(committee.side, "vn")
        self.assertIn("UBND TP. Hà Nội", committee.aliases)
        self.assertEqual(Organization.objects.filter(name__startswith="Sở Tư pháp").count(), 1)
        export = export_all()
        reception = next(event for event in export["events"] if event["category"] == "reception")
        self.assertIn({"name": "Sở Tư pháp Thủ đô Viêng Chăn", "side": "la"}, reception["organizations"])
