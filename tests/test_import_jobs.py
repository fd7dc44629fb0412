"""Imports and re-extraction from the admin are background jobs: the request queues one and answers
at once with the job's page; a worker (django-tasks' `db_worker`, run here in its batch mode) does the
work; the page shows "n of N", each failure with its reason, and the summary; an audit entry names who
started it."""

import datetime
import json
from pathlib import Path
from unittest import mock

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from events import jobs
from events.models import Article, AuditEntry, ImportJob, Meeting

from .builders import make_article
from .test_curation_admin import make_curator
from .test_fetching_is_safe import _Server

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"


def run_worker():
    """What `manage.py db_worker` does in production, until the queue is empty. Its reconnecting between
    tasks (close_old_connections) is left out: here it would close the test's open transaction."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, reload=False, startup_delay=False, interval=0, verbosity=0)


def jsonl_feed(count):
    """`count` short, distinct articles, one JSON record a line."""
    records = [
        {
            "url": f"https://tin.example.vn/bai-{number}.html",
            "title": f"Hà Nội trao quà cho Viêng Chăn, lần {number}",
            "published": "2024-08-08",
            "text": f"Sáng 8/8, Thành phố Hà Nội trao tặng Viêng Chăn {number} bộ máy tính.",
        }
        for number in range(1, count + 1)
    ]
    return "\n".join(json.dumps(record, ensure_ascii=False) for record in records).encode()


class JobTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.curator = make_curator()

    def setUp(self):
        self.client.force_login(self.curator)

    def upload(self, name, data):
        return self.client.post(
            reverse("admin:events_article_import"), {"file": SimpleUploadedFile(name, data)}
        )

    def job_page(self, job, **headers):
        return self.client.get(reverse("admin:events_importjob_change", args=[job.pk]), **headers)


class UploadJobTests(JobTestCase):
    def test_a_600_record_upload_is_queued_at_once_then_completed_by_the_worker(self):
        response = self.upload("feed.jsonl", jsonl_feed(600))

        job = ImportJob.objects.get()
        self.assertRedirects(response, reverse("admin:events_importjob_change", args=[job.pk]))
        # The request only queued it: nothing is imported until a worker runs.
        self.assertEqual(Article.objects.count(), 0)
        self.assertEqual((job.kind, job.status, job.source), ("upload", "queued", "feed.jsonl"))
        self.assertEqual(bytes(job.upload), jsonl_feed(600))
        self.assertTrue(DBTaskResult.objects.filter(status="READY").exists())
        waiting = self.job_page(job)
        self.assertContains(waiting, "đang chờ")
        self.assertContains(waiting, '<meta http-equiv="refresh" content="2">')

        run_worker()

        job.refresh_from_db()
        self.assertEqual((job.status, job.done, job.total), ("done", 600, 600))
        self.assertIsNone(job.upload)  # the uploaded bytes are not kept once the job ends
        self.assertEqual(Article.objects.count(), 600)
        page = self.job_page(job)
        self.assertContains(page, "600 trên 600")
        self.assertContains(page, "600 created, 0 updated, 0 unchanged, 0 failed")
        self.assertNotContains(page, 'http-equiv="refresh"')
        self.assertContains(self.job_page(job, HTTP_ACCEPT_LANGUAGE="en"), "600 of 600")
        entry = AuditEntry.objects.get(model="importjob", object_id=job.pk)
        self.assertEqual((entry.user, entry.action), (self.curator, "import"))
        self.assertEqual(entry.changes["summary"], job.summary)

    def test_a_failing_record_is_listed_with_its_reason(self):
        lines = jsonl_feed(3).split(b"\n")
        lines[1] = b'{"title": "no closing brace"'
        self.upload("feed.jsonl", b"\n".join(lines))
        run_worker()

        job = ImportJob.objects.get()
        [(label, reason)] = job.failures
        self.assertEqual(label, "feed.jsonl:2")
        self.assertTrue(reason.startswith("not valid JSON"), reason)
        page = self.job_page(job)
        self.assertContains(page, "3 trên 3")
        self.assertContains(page, "2 created, 0 updated, 0 unchanged, 1 failed")
        self.assertContains(page, "<code>feed.jsonl:2</code>: not valid JSON")
        entry = AuditEntry.objects.get(model="importjob", object_id=job.pk)
        self.assertEqual(entry.changes["failed"], job.failures)

    def test_a_sample_article_upload_gives_the_commands_summary_and_its_events(self):
        name = "004_d548c2b8f2f68a56.txt"
        self.upload(name, (SAMPLES / name).read_bytes())
        run_worker()
        self.assertContains(
            self.job_page(ImportJob.objects.get()), "1 created, 0 updated, 0 unchanged, 0 failed"
        )
        self.assertTrue(Meeting.objects.filter(sources__article__source_key=name).exists())

    def test_the_form_refuses_a_file_and_a_url_together_and_queues_nothing(self):
        response = self.client.post(
            reverse("admin:events_article_import"),
            {"file": SimpleUploadedFile("a.txt", b"Tin\n\nNoi dung."), "url": "https://tin.example.vn/a"},
        )
        self.assertContains(response, "không cả hai")
        self.assertFalse(ImportJob.objects.exists())

    def test_a_job_that_breaks_is_marked_failed_with_why_and_drops_its_upload(self):
        self.upload("a.txt", b"Tin\n\nNoi dung.")
        with mock.patch("events.jobs.import_articles", side_effect=RuntimeError("disk full")):
            run_worker()
        job = ImportJob.objects.get()
        self.assertEqual((job.status, job.error), ("failed", "RuntimeError: disk full"))
        self.assertIsNone(job.upload)
        self.assertContains(self.job_page(job), "RuntimeError: disk full")
        self.assertEqual(DBTaskResult.objects.get().status, "FAILED")
        self.assertEqual(AuditEntry.objects.get(model="importjob").changes["status"], "failed")


class UrlJobTests(JobTestCase):
    @classmethod
    def setUpClass(cls):
        def article(request):
            body = (
                "Hà Nội tiếp Viêng Chăn\n\nChiều 11/3, Bí thư Thành ủy Hà Nội tiếp đoàn Viêng Chăn.".encode()
            )
            request.send_response(200)
            request.send_header("Content-Type", "text/plain; charset=utf-8")
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)

        cls.server = _Server(article)
        # This test's own server, and only it, is let through the address guard.
        cls.enterClassContext(
            override_settings(
                URL_FETCH_PORTS=[80, 443, cls.server.port], URL_FETCH_ALLOWED_ADDRESSES=[cls.server.address]
            )
        )
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.server.close()

    def test_a_url_is_fetched_by_the_worker_not_the_request(self):
        url = f"http://{self.server.address}/tin/1"
        response = self.client.post(reverse("admin:events_article_import"), {"url": url})
        job = ImportJob.objects.get()
        self.assertRedirects(response, reverse("admin:events_importjob_change", args=[job.pk]))
        self.assertEqual(self.server.requests, 0)

        run_worker()

        self.assertEqual(self.server.requests, 1)
        job.refresh_from_db()
        self.assertEqual((job.kind, job.status, job.done, job.total), ("url", "done", 1, 1))
        self.assertContains(self.job_page(job), "1 created, 0 updated, 0 unchanged, 0 failed")
        self.assertTrue(Article.objects.filter(url=url).exists())
        self.assertEqual(AuditEntry.objects.get(model="importjob").user, self.curator)


class ReextractJobTests(JobTestCase):
    def test_the_action_queues_a_job_and_the_worker_re_extracts_every_selected_article(self):
        articles = [
            make_article(
                clean_text="Chiều 11/3, Bí thư Thành ủy Hà Nội hội đàm với Bí thư Thành ủy Viêng Chăn."
            ),
            make_article(clean_text="Không có sự kiện nào ở đây."),
        ]
        response = self.client.post(
            reverse("admin:events_article_changelist"),
            {"action": "reextract_articles", ACTION_CHECKBOX_NAME: [article.pk for article in articles]},
        )
        job = ImportJob.objects.get()
        self.assertRedirects(response, reverse("admin:events_importjob_change", args=[job.pk]))
        self.assertEqual(
            (job.kind, job.article_ids, job.total), ("reextract", sorted(a.pk for a in articles), 2)
        )
        self.assertFalse(Article.objects.filter(extracted_at__isnull=False).exists())

        run_worker()

        page = self.job_page(job)
        self.assertContains(page, "2 trên 2")
        self.assertContains(page, "2 articles re-extracted, 1 events, 0 extraction failures")
        self.assertEqual(Article.objects.filter(extracted_at__isnull=False).count(), 2)
        entry = AuditEntry.objects.get(model="importjob", object_id=job.pk)
        self.assertEqual((entry.user, entry.action), (self.curator, "reextract"))

    def test_an_extraction_failure_is_listed_with_its_reason(self):
        article = make_article(clean_text="Chiều 11/3, Hà Nội hội đàm với Viêng Chăn.")
        jobs.queue_reextraction(self.curator, [article.pk])
        with mock.patch("events.importing.extract_events", side_effect=ValueError("bad sentence")):
            run_worker()
        job = ImportJob.objects.get()
        self.assertEqual(job.failures, [[f"#{article.pk} {article}", "ValueError: bad sentence"]])
        self.assertContains(self.job_page(job), "ValueError: bad sentence")


class ProgressTests(JobTestCase):
    def test_the_job_row_is_written_at_most_once_a_second(self):
        job = ImportJob.objects.create(kind="url", source="https://tin.example.vn/a", status="running")
        now = [100.0]
        progress = jobs.JobProgress(job, clock=lambda: now[0])
        with self.assertNumQueries(0):
            for done in range(1, 50):
                progress.update(done, [])
        now[0] += 1.0
        with self.assertNumQueries(1):
            progress.update(50, [("a.txt", "empty file")])
        job.refresh_from_db()
        self.assertEqual((job.done, job.failures), (50, [["a.txt", "empty file"]]))

    def test_a_running_jobs_page_shows_n_of_n_and_refreshes_itself(self):
        job = ImportJob.objects.create(
            kind="upload", source="feed.jsonl", status="running", total=600, done=250, started_by=self.curator
        )
        page = self.job_page(job)
        self.assertContains(page, "250 trên 600")
        self.assertContains(page, '<progress value="250" max="600">')
        self.assertContains(page, '<meta http-equiv="refresh" content="2">')
        self.assertNotContains(page, "<script>")


class StalledJobTests(JobTestCase):
    """A worker killed mid-job (kill -9, a machine gone) leaves its job "running"; the next worker to
    take a job marks it failed, with why, on its page and its audit entry."""

    def stalled_job(self, minutes_ago):
        job = jobs.queue_url(self.curator, "https://tin.example.vn/bi-dung")
        jobs.claim(job.pk)
        ImportJob.objects.filter(pk=job.pk).update(
            done=3, total=10, updated_at=timezone.now() - datetime.timedelta(minutes=minutes_ago)
        )
        return ImportJob.objects.get(pk=job.pk)

    def test_the_next_job_marks_a_job_whose_worker_died_failed_and_says_why(self):
        dead = self.stalled_job(minutes_ago=11)
        self.assertContains(self.job_page(dead), "Không có tin từ tiến trình xử lý")
        DBTaskResult.objects.all().delete()  # the dead worker's task is not run again
        self.upload("a.jsonl", jsonl_feed(1))
        run_worker()
        dead.refresh_from_db()
        self.assertEqual((dead.status, dead.done, dead.total), ("failed", 3, 10))
        self.assertIn("ngừng trả lời", dead.error)
        self.assertIsNone(dead.upload)
        entry = AuditEntry.objects.get(model="importjob", object_id=dead.pk)
        self.assertEqual(entry.changes["status"], "failed")
        self.assertContains(self.job_page(dead), "ngừng trả lời")

    def test_a_job_heard_from_recently_is_left_running(self):
        alive = self.stalled_job(minutes_ago=2)
        self.assertEqual(jobs.fail_stalled_jobs(), 0)
        alive.refresh_from_db()
        self.assertEqual(alive.status, "running")
        self.assertNotContains(self.job_page(alive), "Không có tin từ tiến trình xử lý")


class JobPermissionTests(JobTestCase):
    def test_curators_see_every_job_in_the_list_but_cannot_change_or_add_one(self):
        other = make_curator("other")
        job = ImportJob.objects.create(kind="url", source="https://tin.example.vn/b", started_by=other)
        self.assertTrue(self.curator.has_perm("events.view_importjob"))
        self.assertFalse(self.curator.has_perm("events.change_importjob"))
        listing = self.client.get(reverse("admin:events_importjob_changelist"))
        self.assertContains(listing, "https://tin.example.vn/b")
        self.assertEqual(self.job_page(job).status_code, 200)
        self.assertEqual(self.client.get(reverse("admin:events_importjob_add")).status_code, 403)

    def test_staff_without_the_permission_see_only_jobs_they_started(self):
        staff = User.objects.create_user("staff", password="a-long-test-password", is_staff=True)
        theirs = ImportJob.objects.create(kind="url", source="https://tin.example.vn/c", started_by=staff)
        others = ImportJob.objects.create(
            kind="url", source="https://tin.example.vn/d", started_by=self.curator
        )
        self.client.force_login(staff)
        self.assertEqual(self.job_page(theirs).status_code, 200)
        self.assertEqual(self.job_page(others).status_code, 403)

    def test_only_those_who_may_add_articles_can_queue_an_import(self):
        staff = User.objects.create_user("viewer", password="a-long-test-password", is_staff=True)
        self.client.force_login(staff)
        self.assertEqual(self.upload("a.txt", b"Tin\n\nNoi dung.").status_code, 403)
        self.assertFalse(ImportJob.objects.exists())
