"""Settings come from the environment; each case runs in a fresh interpreter."""

import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import TestCase, skipUnless

from django.conf import settings
from django.db import connection
from django.test import TestCase as DjangoTestCase

from hanoi_vientiane.settings import code_version

ROOT = Path(__file__).resolve().parent.parent
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "db = settings.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'name': str(db['NAME']), 'host': db.get('HOST'), "
    "'debug': settings.DEBUG, 'hosts': settings.ALLOWED_HOSTS, 'language': settings.LANGUAGE_CODE, "
    "'tz': settings.TIME_ZONE, 'health': db.get('CONN_HEALTH_CHECKS'), 'options': db.get('OPTIONS')}))"
)


def load_settings(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="hanoi_vientiane.settings")
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


class SettingsTests(TestCase):
    def test_without_database_url_it_runs_on_sqlite_in_the_project_folder(self):
        result = load_settings(DEBUG="1")
        settings = json.loads(result.stdout)
        self.assertEqual(settings["engine"], "django.db.backends.sqlite3")
        self.assertEqual(settings["name"], str(ROOT / "db.sqlite3"))
        self.assertEqual((settings["language"], settings["tz"]), ("vi", "Asia/Ho_Chi_Minh"))

    def test_database_url_selects_postgres_with_health_checks(self):
        result = load_settings(DEBUG="1", DATABASE_URL="postgres://u:p@db.example:5432/hv")
        settings = json.loads(result.stdout)
        self.assertEqual(settings["engine"], "django.db.backends.postgresql")
        self.assertEqual((settings["name"], settings["host"], settings["health"]), ("hv", "db.example", True))

    def test_postgres_connections_get_room_to_group_in_memory(self):
        url = "postgres://u:p@db.example:5432/hv"
        default = json.loads(load_settings(DEBUG="1", DATABASE_URL=url).stdout)
        self.assertEqual(default["options"], {"options": "-c work_mem=32MB"})
        chosen = json.loads(load_settings(DEBUG="1", DATABASE_URL=url, DATABASE_WORK_MEM="8MB").stdout)
        self.assertEqual(chosen["options"], {"options": "-c work_mem=8MB"})
        for bad in ("32 megabytes", "8MB -c statement_timeout=0"):
            refused = load_settings(DEBUG="1", DATABASE_URL=url, DATABASE_WORK_MEM=bad)
            self.assertNotEqual(refused.returncode, 0, bad)
            self.assertIn("DATABASE_WORK_MEM", refused.stderr)

    def test_production_needs_a_secret_key_and_takes_hosts_from_the_environment(self):
        self.assertIn("SECRET_KEY must be set", load_settings(DEBUG="false").stderr)
        result = load_settings(DEBUG="false", SECRET_KEY="x" * 50, ALLOWED_HOSTS="a.example, b.example")
        settings = json.loads(result.stdout)
        self.assertEqual((settings["debug"], settings["hosts"]), (False, ["a.example", "b.example"]))

    def test_an_unparseable_boolean_stops_start_up(self):
        result = load_settings(DEBUG="maybe")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("DEBUG='maybe' is not a boolean", result.stderr)

    def test_the_deploy_check_is_clean_with_production_settings(self):
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        }
        env.update(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org")
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.returncode, 0, result.stderr)


PRINT_PROXY_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'ssl_header': getattr(settings, 'SECURE_PROXY_SSL_HEADER', None), "
    "'ip_order': settings.AXES_IPWARE_META_PRECEDENCE_ORDER, 'proxies': settings.AXES_IPWARE_PROXY_COUNT}))"
)


class ProxySettingsTests(TestCase):
    def proxy_settings(self, **env):
        clean = {k: v for k, v in os.environ.items() if k != "TRUSTED_PROXY_COUNT"}
        clean.update(env, DEBUG="1", DJANGO_SETTINGS_MODULE="hanoi_vientiane.settings")
        result = subprocess.run(
            [sys.executable, "-c", PRINT_PROXY_SETTINGS], cwd=ROOT, env=clean, capture_output=True, text=True
        )
        return json.loads(result.stdout)

    def test_without_a_proxy_forwarded_headers_are_not_believed(self):
        settings = self.proxy_settings()
        self.assertIsNone(settings["ssl_header"])
        self.assertEqual(settings["ip_order"], ["REMOTE_ADDR"])

    def test_behind_a_trusted_proxy_its_headers_say_the_scheme_and_the_client(self):
        settings = self.proxy_settings(TRUSTED_PROXY_COUNT="1")
        self.assertEqual(settings["ssl_header"], ["HTTP_X_FORWARDED_PROTO", "https"])
        self.assertEqual(settings["ip_order"], ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"])
        self.assertEqual(settings["proxies"], 1)


class CacheVersionTests(TestCase):
    """Cached pages are keyed by the release: an upgrade never serves what the old code cached."""

    def release(self, root, template):
        (root / "events").mkdir(exist_ok=True)
        (root / "templates").mkdir(exist_ok=True)
        (root / "events" / "views.py").write_text("def timeline(request): ...\n")
        (root / "templates" / "timeline.html").write_text(template)

    def test_the_cache_key_prefix_changes_with_the_code_or_a_template(self):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            self.release(root, "<p>{{ event.title }}</p>")
            first = code_version(root)
            self.assertEqual(code_version(root), first)  # the same release, the same keys
            self.release(root, "<p>{{ event.title }} ({{ event.source_count }})</p>")
            self.assertNotEqual(code_version(root), first)

    def test_the_running_settings_prefix_the_cache_with_this_releases_version(self):
        self.assertEqual(settings.CACHES["default"]["KEY_PREFIX"], code_version(ROOT))


@skipUnless(connection.vendor == "postgresql", "work_mem is PostgreSQL's setting")
class DatabaseConnectionTests(DjangoTestCase):
    def test_the_apps_connections_carry_the_configured_work_mem(self):
        with connection.cursor() as cursor:
            cursor.execute("SHOW work_mem")
            self.assertEqual(cursor.fetchone()[0], os.environ.get("DATABASE_WORK_MEM", "32MB"))
