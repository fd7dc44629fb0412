"""docker compose cannot run here (no Docker engine), so its parts are tested: the compose file's
services, and the entrypoint's steps run against this machine's database."""

import os
import subprocess
import tempfile
from pathlib import Path
from unittest import TestCase

import yaml

ROOT = Path(__file__).resolve().parent.parent


class ComposeFileTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())

    def test_the_database_is_postgres_with_a_named_volume_and_a_healthcheck(self):
        db = self.compose["services"]["db"]
        self.assertTrue(db["image"].startswith("postgres:"))
        volume = db["volumes"][0].split(":")[0]
        self.assertIn(volume, self.compose["volumes"])
        self.assertIn("pg_isready", " ".join(db["healthcheck"]["test"]))

    def test_the_web_app_waits_for_a_healthy_database_and_serves_on_8000(self):
        web = self.compose["services"]["web"]
        self.assertEqual(web["build"], ".")
        self.assertEqual(web["depends_on"]["db"]["condition"], "service_healthy")
        self.assertIn("8000:8000", web["ports"])
        self.assertTrue(web["environment"]["DATABASE_URL"].startswith("postgres://"))
        self.assertEqual(web["env_file"], ".env")

    def test_every_variable_compose_needs_is_in_the_example_env_file(self):
        example = (ROOT / ".env.example").read_text()
        for name in ("SECRET_KEY", "ALLOWED_HOSTS", "POSTGRES_PASSWORD", "DEBUG", "CSRF_TRUSTED_ORIGINS"):
            self.assertIn(f"{name}=", example)

    def test_the_image_runs_the_entrypoint_then_gunicorn(self):
        dockerfile = (ROOT / "Dockerfile").read_text()
        self.assertIn("FROM python:3.11-slim", dockerfile)
        self.assertIn('ENTRYPOINT ["./docker-entrypoint.sh"]', dockerfile)
        self.assertIn("gunicorn", dockerfile)


class EntrypointTests(TestCase):
    """The entrypoint's steps, twice, against a fresh database of the kind the suite runs on."""

    def run_entrypoint(self, env):
        return subprocess.run(
            ["sh", str(ROOT / "docker-entrypoint.sh"), "true"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def test_it_migrates_collects_static_and_imports_the_samples_idempotently(self):
        url = os.environ.get("DATABASE_URL", "")
        static_root = tempfile.mkdtemp()
        env = dict(os.environ, PYTHON=str(Path(os.sys.executable)), DEBUG="false", SECRET_KEY="e" * 60)
        env.update(ALLOWED_HOSTS="localhost", STATIC_ROOT=static_root)
        if url.startswith("postgres"):
            name = "hv_entrypoint_test"
            admin = url.rsplit("/", 1)[0]
            subprocess.run(["dropdb", "--if-exists", f"--maintenance-db={admin}/postgres", name], check=False)
            subprocess.run(["createdb", f"--maintenance-db={admin}/postgres", name], check=True)
            self.addCleanup(
                subprocess.run, ["dropdb", "--if-exists", f"--maintenance-db={admin}/postgres", name]
            )
            env["DATABASE_URL"] = f"{admin}/{name}"
        else:
            env["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/db.sqlite3"
        first = self.run_entrypoint(env)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn("5 created", first.stdout)
        self.assertTrue((Path(static_root) / "staticfiles.json").exists())
        second = self.run_entrypoint(env)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn("0 created, 0 updated, 5 unchanged, 0 failed", second.stdout)
