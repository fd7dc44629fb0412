"""docker compose cannot run here (no Docker engine), so its parts are tested: the compose file's
structure, the Dockerfile's and the entrypoint's steps, and the services' commands (the job worker,
gunicorn with the healthcheck) run against this machine's PostgreSQL (or SQLite, as the suite) and
Redis."""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from unittest import TestCase

import redis
import yaml

ROOT = Path(__file__).resolve().parent.parent
LOCAL_REDIS = "redis://127.0.0.1:6379/14"
# What settings.py reads from the environment: os.environ.get("X"), os.environ["X"], env_bool("X", ...).
READ_FROM_ENVIRONMENT = re.compile(
    r"""(?:os\.environ(?:\.get)?\(|os\.environ\[|env_bool\(|env_list\()\s*["']([A-Z_0-9]+)["']"""
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database(test):
    """A new, empty database of the kind the suite runs on; dropped after the test."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        folder = tempfile.mkdtemp()
        test.addCleanup(shutil.rmtree, folder, True)
        return f"sqlite:///{folder}/db.sqlite3"
    name = f"hv_deploy_{uuid.uuid4().hex[:8]}"
    server = url.rsplit("/", 1)[0]
    subprocess.run(["createdb", f"--maintenance-db={server}/postgres", name], check=True)
    test.addCleanup(
        subprocess.run, ["dropdb", "--if-exists", "--force", f"--maintenance-db={server}/postgres", name]
    )
    return f"{server}/{name}"


def production_environment(database_url, **extra):
    """The environment a container gets: production settings, DEBUG off, this test's database."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "MIGRATE", "IMPORT_SAMPLES"}
    }
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",  # `python` is the venv's
        PYTHON=sys.executable,
        DATABASE_URL=database_url,
        DEBUG="false",
        SECRET_KEY="deployment-test-" + "s" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        SECURE_HSTS_SECONDS="0",
    )
    env.pop("REDIS_URL", None)
    env.update(extra)
    return env


class ComposeFileTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
        cls.services = cls.compose["services"]

    def test_the_stack_is_postgres_redis_a_setup_step_web_and_worker(self):
        self.assertEqual(set(self.services), {"db", "redis", "setup", "web", "worker"})

    def test_the_database_is_postgres_with_a_named_volume_and_a_healthcheck(self):
        db = self.services["db"]
        self.assertTrue(db["image"].startswith("postgres:"))
        volume = db["volumes"][0].split(":")[0]
        self.assertIn(volume, self.compose["volumes"])
        self.assertIn("pg_isready", " ".join(db["healthcheck"]["test"]))

    def test_redis_is_a_health_checked_cache_that_web_and_worker_use(self):
        cache = self.services["redis"]
        self.assertTrue(cache["image"].startswith("redis:"))
        self.assertIn("ping", cache["healthcheck"]["test"])
        self.assertIn("allkeys-lru", cache["command"])
        for name in ("setup", "web", "worker"):
            self.assertEqual(self.services[name]["environment"]["REDIS_URL"], "redis://redis:6379/0", name)

    def test_web_and_worker_share_one_image_settings_and_database(self):
        web, worker = self.services["web"], self.services["worker"]
        for key in ("build", "image", "env_file", "environment"):
            self.assertEqual(web[key], worker[key], key)
        self.assertEqual(web["env_file"], ".env")
        self.assertTrue(web["environment"]["DATABASE_URL"].startswith("postgres://"))
        self.assertTrue(
            web["environment"]["DATABASE_URL"].endswith("@db:5432/${POSTGRES_DB:-hanoi_vientiane}")
        )

    def test_only_the_setup_step_migrates_and_it_imports_samples_only_when_asked(self):
        setup = self.services["setup"]
        self.assertEqual(setup["restart"], "no")
        self.assertEqual(setup["environment"]["MIGRATE"], "true")
        self.assertEqual(setup["environment"]["IMPORT_SAMPLES"], "${IMPORT_SAMPLES:-false}")
        for name in ("db", "redis"):
            self.assertEqual(setup["depends_on"][name]["condition"], "service_healthy")
        for name in ("web", "worker"):
            service = self.services[name]
            self.assertEqual(service["environment"]["MIGRATE"], "false", name)
            self.assertEqual(service["environment"]["IMPORT_SAMPLES"], "false", name)
            self.assertEqual(service["depends_on"]["setup"]["condition"], "service_completed_successfully")

    def test_the_web_app_serves_on_8000_with_a_python_healthcheck(self):
        web = self.services["web"]
        self.assertIn("${WEB_PORTS:-8000}:8000", web["ports"])
        # python:3.11-slim has no curl.
        self.assertEqual(web["healthcheck"]["test"], ["CMD", "python", "docker-healthcheck.py"])
        self.assertTrue((ROOT / "docker-healthcheck.py").exists())

    def test_the_worker_runs_the_queue_and_has_time_to_finish_a_job_on_stop(self):
        worker = self.services["worker"]
        self.assertEqual(worker["command"][:3], ["python", "manage.py", "db_worker"])
        self.assertNotIn("ports", worker)
        self.assertEqual(worker["stop_grace_period"], "5m")

    def test_every_variable_compose_needs_is_in_the_example_env_file(self):
        example = (ROOT / ".env.example").read_text()
        for name in ("SECRET_KEY", "ALLOWED_HOSTS", "POSTGRES_PASSWORD", "DEBUG", "CSRF_TRUSTED_ORIGINS"):
            self.assertIn(f"\n{name}=", example)
        self.assertIn("\nIMPORT_SAMPLES=false", example)


class EnvExampleTests(TestCase):
    def test_every_setting_read_from_the_environment_is_in_the_example_env_file(self):
        names = set(READ_FROM_ENVIRONMENT.findall((ROOT / "hanoi_vientiane" / "settings.py").read_text()))
        # The parse must find what settings.py is known to read, or this test would pass on nothing.
        self.assertLessEqual(
            {"SECRET_KEY", "DEBUG", "DATABASE_URL", "CONN_MAX_AGE", "LOG_LEVEL", "STATIC_ROOT", "REDIS_URL"}
            | {
                "LOGIN_FAILURE_LIMIT",
                "LOGIN_FAILURE_WINDOW_SECONDS",
                "TIMELINE_CACHE_SECONDS",
                "URL_FETCH_PORTS",
            }
            | {"URL_FETCH_DEADLINE_SECONDS", "TRUSTED_PROXY_COUNT", "SECURE_COOKIES", "ALLOWED_HOSTS"},
            names,
        )
        listed = set(re.findall(r"^#? ?([A-Z_0-9]+)=", (ROOT / ".env.example").read_text(), re.M))
        self.assertEqual(names - listed, set())


class DockerfileTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dockerfile = (ROOT / "Dockerfile").read_text()
        cls.runs = [line[len("RUN ") :] for line in cls.dockerfile.splitlines() if line.startswith("RUN ")]

    def test_the_image_installs_the_locked_requirements_with_their_hashes(self):
        self.assertIn("FROM python:3.11-slim", self.dockerfile)
        install = "pip install --require-hashes -r"
        self.assertIn(f"{install} requirements-pip.txt && {install} requirements.txt", self.runs)

    def test_the_image_runs_the_entrypoint_then_gunicorn(self):
        self.assertIn('ENTRYPOINT ["./docker-entrypoint.sh"]', self.dockerfile)
        self.assertIn('CMD ["gunicorn", "hanoi_vientiane.wsgi"', self.dockerfile)

    def test_static_files_are_collected_at_build_and_not_on_start(self):
        [collect] = [run for run in self.runs if "collectstatic" in run]
        self.assertNotIn("collectstatic", (ROOT / "docker-entrypoint.sh").read_text())
        static_root = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, static_root)
        # The build step as written, with no database and no .env, as in `docker build`.
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "DEBUG"}}
        env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}", STATIC_ROOT=static_root)
        build = subprocess.run(
            ["sh", "-c", collect], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        self.assertEqual(build.returncode, 0, build.stderr)
        self.assertTrue((Path(static_root) / "staticfiles.json").exists())
        self.assertTrue((Path(static_root) / "admin" / "css" / "base.css").exists())


class EntrypointTests(TestCase):
    """The entrypoint's steps against a fresh database of the kind the suite runs on."""

    def run_entrypoint(self, env, *command):
        return subprocess.run(
            ["sh", str(ROOT / "docker-entrypoint.sh"), *(command or ["true"])],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def test_it_migrates_and_imports_the_samples_only_when_asked_idempotently(self):
        static_root = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, static_root)
        env = production_environment(fresh_database(self), STATIC_ROOT=static_root)

        plain = self.run_entrypoint(env, "echo", "gunicorn would start")
        self.assertEqual(plain.returncode, 0, plain.stderr)
        self.assertEqual(plain.stdout.strip(), "gunicorn would start")  # no migration, no import

        setup = dict(env, MIGRATE="true", IMPORT_SAMPLES="true")
        first = self.run_entrypoint(setup)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn("Applying events.0013_curators_see_import_jobs... OK", first.stdout)
        self.assertIn("5 created", first.stdout)
        second = self.run_entrypoint(setup)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn("0 created, 0 updated, 5 unchanged, 0 failed", second.stdout)

        migrate_only = self.run_entrypoint(dict(env, MIGRATE="true"))
        self.assertNotIn("import", migrate_only.stdout.lower().replace("imported", ""))
        self.assertIn("No migrations to apply", migrate_only.stdout)
        self.assertEqual(list(Path(static_root).iterdir()), [])  # nothing collected on start


class ServicesAgainstLocalServersTests(TestCase):
    """The worker and web services' commands on a fresh, migrated database and the local Redis."""

    def setUp(self):
        self.static_root = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.static_root)
        self.database_url = fresh_database(self)
        self.env = production_environment(self.database_url, STATIC_ROOT=self.static_root, CONN_MAX_AGE="0")
        for step in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run(
                [sys.executable, "manage.py", *step], cwd=ROOT, env=self.env, check=True, timeout=300
            )

    def manage(self, code):
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.strip()

    def start(self, command, **env):
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=dict(self.env, **env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.addCleanup(lambda: process.poll() is None and (process.kill(), process.wait(30)))
        return process

    def test_a_worker_process_finishes_a_job_queued_after_it_started_and_stops_on_sigterm(self):
        compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
        command = [
            sys.executable if word == "python" else word for word in compose["services"]["worker"]["command"]
        ]
        worker = self.start([*command, "--interval", "0.2"])
        job_id = self.manage(
            "from django.contrib.auth.models import User\n"
            "from django.core.files.uploadedfile import SimpleUploadedFile\n"
            "from events import jobs\n"
            "user = User.objects.create_user('curator')\n"
            'records = [f\'{{"title": "Tin {n}", "text": "Sáng 8/8, Hà Nội tiếp Viêng Chăn lần {n}."}}\' '
            "for n in range(3)]\n"
            "upload = SimpleUploadedFile('feed.jsonl', '\\n'.join(records).encode())\n"
            "print(jobs.queue_upload(user, upload).pk)"
        )
        status_of = f"from events.models import ImportJob; job = ImportJob.objects.get(pk={job_id}); "
        deadline = time.monotonic() + 120
        while self.manage(status_of + "print(job.status)") != "done":
            self.assertLess(time.monotonic(), deadline, "the worker did not finish the job")
            time.sleep(0.5)
        outcome = self.manage(status_of + "print(job.done, job.total, job.upload, job.summary)")
        self.assertTrue(outcome.startswith("3 3 None 3 created, 0 updated, 0 unchanged, 0 failed"), outcome)
        worker.send_signal(signal.SIGTERM)
        self.assertEqual(worker.wait(30), 0)

    def test_gunicorn_passes_the_healthcheck_caches_in_redis_and_answers_503_when_the_database_goes(self):
        port = free_port()
        command = json.loads(re.search(r"^CMD (.*)$", (ROOT / "Dockerfile").read_text(), re.M).group(1))
        command[command.index("0.0.0.0:8000")] = f"127.0.0.1:{port}"
        self.start([sys.executable, "-m", *command], REDIS_URL=LOCAL_REDIS)
        health = dict(self.env, HEALTHCHECK_PORT=str(port))
        healthcheck = [sys.executable, str(ROOT / "docker-healthcheck.py")]
        deadline = time.monotonic() + 60
        while subprocess.run(healthcheck, env=health, capture_output=True).returncode != 0:
            self.assertLess(time.monotonic(), deadline, "gunicorn did not become healthy")
            time.sleep(0.3)

        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?year=2019", timeout=30) as response:
            self.assertEqual(response.status, 200)
        self.assertTrue(redis.Redis.from_url(LOCAL_REDIS).keys("*counted_aggregates*"))

        self.take_the_database_away()
        self.assertEqual(subprocess.run(healthcheck, env=health, capture_output=True).returncode, 1)
        with self.assertRaises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30)
        self.assertEqual((raised.exception.code, raised.exception.headers["Retry-After"]), (503, "30"))
        body = raised.exception.read().decode()
        self.assertIn("Cơ sở dữ liệu đang không trả lời", body)
        self.assertIn("The database is not answering", body)

    def take_the_database_away(self):
        if self.database_url.startswith("postgres"):
            server, name = self.database_url.rsplit("/", 1)
            subprocess.run(["dropdb", "--force", f"--maintenance-db={server}/postgres", name], check=True)
        else:
            # SQLite cannot open a folder; CONN_MAX_AGE=0 makes each request open the file anew.
            path = Path(self.database_url.removeprefix("sqlite:///"))
            path.unlink()
            path.mkdir()
