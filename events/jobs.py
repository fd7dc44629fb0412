"""Imports and re-extraction as background jobs.

The admin queues an ImportJob and answers at once with the job's page; a worker process
(`manage.py db_worker`) runs it and writes its progress on the job's row, which that page reads. The
queue is django-tasks' database backend: a table beside the app's own, so several workers on several
machines share it through the one database, queued jobs survive a restart, and there is no broker to
run. The API is Django 6's tasks framework, so moving to Django 6 changes the imports only.

A job runs the same pipeline as the commands (importing.import_articles, importing.reextract), so a
job's summary line is the command's.
"""

import logging
import tempfile
import time
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from . import curation
from .importing import import_articles, reextract, reextract_summary
from .models import Article, AuditEntry, ImportJob
from .reading import count_articles

logger = logging.getLogger(__name__)

# A running job's row is written at most this often (and once at the end): the page refreshes every
# few seconds, and a write per article would double an import's writes.
PROGRESS_INTERVAL_SECONDS = 1.0
AUDIT_ACTIONS = {
    ImportJob.Kind.UPLOAD: AuditEntry.Action.IMPORT,
    ImportJob.Kind.URL: AuditEntry.Action.IMPORT,
    ImportJob.Kind.REEXTRACT: AuditEntry.Action.REEXTRACT,
}


def queue_upload(user, upload):
    """Queue the import of an uploaded file (a Django UploadedFile, at most reading.MAX_JSONL_BYTES:
    the admin's form checks). Its bytes go into the job's row for whichever worker takes it."""
    # The file keeps its own name: it is the articles' source key, as with import_articles.
    return queue_job(user, ImportJob.Kind.UPLOAD, source=Path(upload.name).name, upload=upload.read())


def queue_url(user, url):
    return queue_job(user, ImportJob.Kind.URL, source=url, total=1)


def queue_reextraction(user, article_ids):
    ids = sorted(article_ids)
    return queue_job(
        user, ImportJob.Kind.REEXTRACT, source=f"{len(ids)} bài", article_ids=ids, total=len(ids)
    )


def queue_job(user, kind, **fields):
    # One transaction: a worker never sees the task before its job row, nor a job without its task.
    with transaction.atomic():
        job = ImportJob.objects.create(kind=kind, started_by=user, **fields)
        # Recorded when queued, not when done, so a job that never finishes is on record too.
        curation.audit(user, AUDIT_ACTIONS[kind], job, {"kind": kind, "source": job.source})
        run_job.enqueue(job.pk)
    return job


# Written on a job whose worker stopped answering (see fail_stalled_jobs).
STALLED_ERROR = _(
    "Tiến trình xử lý ngừng trả lời (bị dừng hoặc bị tắt) khi đang chạy tác vụ này. Các bài đã nhập "
    "trước đó được giữ lại; hãy chạy lại việc nhập: bài đã có sẽ được nhận ra và bỏ qua."
)


@task()
def run_job(job_id):
    """The worker's entry point: run the job, recording how it went on its row."""
    # Whichever worker takes a job first closes the jobs that lost theirs.
    fail_stalled_jobs()
    job = claim(job_id)
    if job is None:
        return None
    progress = JobProgress(job)
    try:
        if job.kind == ImportJob.Kind.REEXTRACT:
            run_reextraction(job, progress)
        else:
            run_import(job, progress)
    except Exception as error:
        logger.exception("Job %s failed", job_id)
        finish(job, ImportJob.Status.FAILED, error=f"{type(error).__name__}: {error}")
        raise  # django-tasks records the traceback on its own result row
    return job.summary


def fail_stalled_jobs():
    """Mark failed the running jobs whose worker stopped writing their row STALLED_AFTER ago, so their
    pages and audit entries say what happened instead of "running" for ever. Returns how many."""
    cutoff = timezone.now() - ImportJob.STALLED_AFTER
    stalled = ImportJob.objects.filter(status=ImportJob.Status.RUNNING, updated_at__lt=cutoff).defer("upload")
    count = 0
    for job in stalled:
        # Another worker may be closing the same job: only the one whose update lands finishes it.
        if ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.RUNNING, updated_at__lt=cutoff).update(
            updated_at=timezone.now()
        ):
            finish(job, ImportJob.Status.FAILED, summary=job.summary, error=str(STALLED_ERROR))
            count += 1
    return count


def claim(job_id):
    """The job, now marked running; None if it is not queued any more (run already, or deleted)."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.RUNNING, started_at=timezone.now()
    )
    return ImportJob.objects.get(pk=job_id) if claimed else None


def run_import(job, progress):
    with tempfile.TemporaryDirectory() as folder:
        if job.kind == ImportJob.Kind.UPLOAD:
            target = Path(folder) / job.source
            target.write_bytes(job.upload)
            targets = [str(target)]
        else:
            targets = [job.source]
        progress.start(total=count_articles(targets))

        def imported(result, label):
            progress.update(result.total, [(shown_label(name, folder), why) for name, why in result.failed])

        result = import_articles(targets, progress=imported)
        imported(result, "")
    if result.aborted:
        finish(job, ImportJob.Status.FAILED, summary=result.summary(), error=result.aborted)
    else:
        finish(job, ImportJob.Status.DONE, summary=result.summary())


def shown_label(label, folder):
    """A failure's label without the worker's temporary folder: "feed.jsonl:3", not "/tmp/x/feed.jsonl:3"."""
    prefix = f"{folder}/"
    return label[len(prefix) :] if label.startswith(prefix) else label


def run_reextraction(job, progress):
    articles = Article.objects.filter(pk__in=job.article_ids).order_by("pk")
    progress.start(total=articles.count())
    failures = []

    def extracted(counts, article):
        if article.extraction_error:
            failures.append((f"#{article.pk} {article}"[:300], article.extraction_error))
        progress.update(counts["articles"], failures)

    counts = reextract(articles.iterator(), progress=extracted)
    finish(job, ImportJob.Status.DONE, summary=reextract_summary(counts))


class JobProgress:
    """A running job's counts, written to its row at most every PROGRESS_INTERVAL_SECONDS."""

    def __init__(self, job, clock=time.monotonic):
        self.job = job
        self.clock = clock
        self.written_at = clock()

    def start(self, total):
        self.job.total = total
        self.save()

    def update(self, done, failures):
        self.job.done = done
        self.job.failures = [list(failure) for failure in failures]
        if self.clock() - self.written_at >= PROGRESS_INTERVAL_SECONDS:
            self.save()

    def save(self):
        job = self.job
        ImportJob.objects.filter(pk=job.pk).update(
            total=job.total, done=job.done, failures=job.failures, updated_at=timezone.now()
        )
        self.written_at = self.clock()


def finish(job, status, *, summary="", error=""):
    """Record the outcome, drop the uploaded bytes, and complete the job's audit entry."""
    now = timezone.now()
    job.status, job.summary, job.error, job.finished_at = status, summary, error, now
    # A total counted beforehand can differ from what was read (a file changed under a folder).
    job.total = max(job.total or 0, job.done)
    ImportJob.objects.filter(pk=job.pk).update(
        status=status,
        total=job.total,
        done=job.done,
        failures=job.failures,
        summary=summary,
        error=error,
        upload=None,
        finished_at=now,
        updated_at=now,
    )
    entry = AuditEntry.objects.filter(model="importjob", object_id=job.pk).order_by("pk").first()
    if entry is not None:
        entry.changes = {**entry.changes, "status": status, "summary": summary, "failed": job.failures}
        if error:
            entry.changes["error"] = error
        entry.save(update_fields=["changes"])
