"""Imports under faults: concurrent processes, a killed process, a database that goes away.

The processes are real `manage.py import_articles` runs against a scratch database of the kind the
suite runs on (a PostgreSQL database created for the test, or an SQLite file).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import wsgiref.util
from pathlib import Path
from unittest import mock

import psycopg
from django.core.handlers.wsgi import WSGIHandler
from django.db import OperationalError, connection
from django.test import TestCase, TransactionTestCase

from events import importing
from events.importing import import_articles
from events.models import Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"


def make_batch(folder, copies):
    """`copies` distinct articles made from the samples (a number added so each hash differs)."""
    for number in range(copies):
        for sample in sorted(SAMPLES.glob("*.txt")):
            text = sample.read_text(encoding="utf-8")
            (folder / f"{number:04d}_{sample.name}").write_text(
                f"{text}\n\nBản số {number}.", encoding="utf-8"
            )


class ScratchDatabaseMixin:
    def setUp(self):
        super().setUp()
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)
        self.env = self.scratch_database()

    def scratch_database(self):
        """A migrated database of the suite's kind; returns the environment that points at it."""
        suite_url = os.environ.get("DATABASE_URL", "")
        if suite_url.startswith("postgres"):
            server = suite_url.rsplit("/", 1)[0]
            name = f"hv_faults_{uuid.uuid4().hex[:8]}"
            subprocess.run(["createdb", f"--maintenance-db={server}/postgres", name], check=True)
            self.addCleanup(
                subprocess.run,
                ["dropdb", "--force", "--if-exists", f"--maintenance-db={server}/postgres", name],
            )
            url = f"{server}/{name}"
        else:
            url = f"sqlite:///{self.folder}/{uuid.uuid4().hex[:8]}.sqlite3"
        env = dict(os.environ, DATABASE_URL=url, DEBUG="1")
        self.manage("migrate", "--noinput", env=env).check_returncode()
        return env

    def manage(self, *args, env=None, **kwargs):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env or self.env,
            capture_output=True,
            text=True,
            **kwargs,
        )

    def start(self, *args):
        return subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def exported(self, env=None):
        result = self.manage("export_events", env=env)
        result.check_returncode()
        return json.loads(result.stdout)


def event_shapes(data):
    """Events as comparable values: ids differ between databases, what they say must not."""
    return sorted(
        (
            event["model"],
            event["category"],
            event["date"] or "",
            sorted(s["article"] for s in event["sources"]),
        )
        for event in data["events"]
    )


class ConcurrentAndKilledImportTests(ScratchDatabaseMixin, TestCase):
    def test_two_imports_of_the_same_files_at_once_give_what_one_import_gives(self):
        articles = self.folder / "articles"
        articles.mkdir()
        make_batch(articles, 4)
        first, second = (
            self.start("import_articles", str(articles)),
            self.start("import_articles", str(articles)),
        )
        outputs = [process.communicate(timeout=300) for process in (first, second)]
        for process, (out, err) in zip((first, second), outputs, strict=True):
            self.assertEqual(process.returncode, 0, err)
            self.assertIn("0 failed", out)
        concurrent = self.exported()
        self.assertEqual(len(concurrent["articles"]), 20)

        alone = self.scratch_database()
        self.manage("import_articles", str(articles), env=alone).check_returncode()
        self.assertEqual(event_shapes(concurrent), event_shapes(self.exported(env=alone)))

    def test_a_killed_import_leaves_no_half_article_and_a_rerun_completes(self):
        articles = self.folder / "articles"
        articles.mkdir()
        make_batch(articles, 100)
        process = self.start("import_articles", str(articles))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(self.exported()["articles"]) < 5:
            time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        partial = self.exported()
        self.assertGreaterEqual(len(partial["articles"]), 5)
        self.assertLess(len(partial["articles"]), 500, "the import finished before it could be killed")
        # Every committed article has its events: an article and its events commit together.
        with_events = {source["article"] for event in partial["events"] for source in event["sources"]}
        self.assertEqual({a["source"] for a in partial["articles"]}, with_events)

        rerun = self.manage("import_articles", str(articles), timeout=300)
        self.assertEqual(rerun.returncode, 0, rerun.stderr)
        self.assertIn(f"{len(partial['articles'])} unchanged, 0 failed", rerun.stdout)
        self.assertEqual(len(self.exported()["articles"]), 500)


class DatabaseGoesAwayTests(TransactionTestCase):
    def test_the_batch_stops_with_a_clear_error_and_keeps_what_was_committed(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        make_batch(folder, 2)
        real_import_article = importing.import_article
        calls = []

        def import_then_lose_the_database(item):
            calls.append(item.source_key)
            if len(calls) > 3:
                raise OperationalError("server closed the connection unexpectedly")
            return real_import_article(item)

        with (
            mock.patch.object(importing, "import_article", side_effect=import_then_lose_the_database),
            mock.patch.object(connection, "is_usable", return_value=False),
        ):
            result = import_articles([folder])
        self.assertEqual(result.created, 3)
        self.assertIn("the database became unavailable", result.aborted)
        self.assertEqual(
            len(calls), 4, "the batch must stop at the first article that found the database gone"
        )
        self.assertEqual(Article.objects.count(), 3)
        rerun = import_articles([folder])
        self.assertEqual((rerun.created, rerun.unchanged, rerun.failed), (7, 3, []))


class ConnectionRecoveryTests(TransactionTestCase):
    """Requests go through Django's real WSGI handler, so its request signals (and with them
    CONN_HEALTH_CHECKS) run as in production; the test client switches them off."""

    def get(self, path, query=""):
        environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "testserver"}
        wsgiref.util.setup_testing_defaults(environ)
        statuses = []
        body = b"".join(WSGIHandler()(environ, lambda status, headers: statuses.append(status)))
        return int(statuses[0].split()[0]), body

    def test_a_request_after_the_database_dropped_the_connection_succeeds(self):
        self.assertTrue(connection.settings_dict["CONN_HEALTH_CHECKS"])
        self.assertGreater(connection.settings_dict["CONN_MAX_AGE"], 0)
        self.assertEqual(self.get("/api/events/", "format=json")[0], 200)
        if connection.vendor == "postgresql":
            # What a PostgreSQL restart does to the open, persistent connection.
            pid = connection.connection.info.backend_pid
            settings = connection.settings_dict
            with psycopg.connect(
                host=settings["HOST"], port=settings["PORT"], user=settings["USER"], dbname=settings["NAME"]
            ) as other:
                self.assertTrue(other.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone()[0])
            self.assertFalse(connection.is_usable())
        # The dead connection is noticed at the start of the next request and replaced.
        status, body = self.get("/api/events/", "format=json")
        self.assertEqual(status, 200, body[:300])
        self.assertTrue(connection.is_usable())
