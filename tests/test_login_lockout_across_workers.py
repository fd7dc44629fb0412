"""The admin lockout holds when gunicorn runs several workers, as the Dockerfile ships it: failures
counted by one worker lock the login on every other. (A per-process counter let the right password
through on whichever worker had seen fewer than five failures.)"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from unittest import TestCase

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 3


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database(test):
    """A database of the kind the suite runs on, for the server processes to share."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tempfile.mkdtemp()}/db.sqlite3"
    name = "hv_lockout_test"
    admin = url.rsplit("/", 1)[0]
    maintenance = f"--maintenance-db={admin}/postgres"
    subprocess.run(["dropdb", "--if-exists", maintenance, name], check=False)
    subprocess.run(["createdb", maintenance, name], check=True)
    test.addCleanup(subprocess.run, ["dropdb", "--if-exists", "--force", maintenance, name])
    return f"{admin}/{name}"


class LockoutAcrossWorkersTests(TestCase):
    def setUp(self):
        self.port = free_port()
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DATABASE_URL": fresh_database(self),
            "DEBUG": "false",
            "SECRET_KEY": "lockout-test-" + "k" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            "STATIC_ROOT": tempfile.mkdtemp(),
        }
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["collectstatic", "--noinput", "-v0"],
            [
                "shell",
                "-c",
                "from django.contrib.auth.models import User; "
                "User.objects.create_superuser('editor', 'e@example.org', 'a-long-right-password')",
            ],
        ):
            subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=self.env, check=True)
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "hanoi_vientiane.wsgi",
                "--workers",
                str(WORKERS),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.addCleanup(server.wait, 30)
        self.addCleanup(server.terminate)
        self.base = f"http://127.0.0.1:{self.port}"
        self.wait_until_serving()

    def wait_until_serving(self):
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{self.base}/admin/login/", timeout=5)
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        self.fail("gunicorn did not start")

    def log_in(self, password):
        """One login, as a new browser would: fetch the form for its CSRF token, then post it."""
        cookies = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirect)
        form = opener.open(f"{self.base}/admin/login/", timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        data = urllib.parse.urlencode(
            {"username": "editor", "password": password, "csrfmiddlewaretoken": token}
        ).encode()
        request = urllib.request.Request(
            f"{self.base}/admin/login/", data=data, headers={"Referer": f"{self.base}/admin/login/"}
        )
        try:
            return opener.open(request, timeout=10).status
        except urllib.error.HTTPError as error:
            return error.code

    def test_five_failures_lock_the_login_on_every_worker(self):
        failures = [self.log_in("wrong") for _ in range(5)]
        # The form again with its error, until the fifth failure locks the login.
        self.assertEqual(failures, [200, 200, 200, 200, 429])
        # Requests land on the three workers in turn; each must refuse the right password now.
        self.assertEqual(
            [self.log_in("a-long-right-password") for _ in range(2 * WORKERS)], [429] * (2 * WORKERS)
        )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
