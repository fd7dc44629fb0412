"""One settings module for every environment; everything that differs comes from the environment.

See .env.example for the variables. Without DATABASE_URL the app runs on SQLite in the project
folder, so a fresh clone starts with one command; production and CI use PostgreSQL.
"""

import datetime
import hashlib
import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    # A typo such as DEBUG=maybe must stop start-up, not silently pick a side.
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use true or false)")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "axes",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "events",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that answers on its own, so a preflight or a 304 from /api/ carries its headers.
    "corsheaders.middleware.CorsMiddleware",
    "hanoi_vientiane.middleware.content_security_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hanoi_vientiane.urls"

# The JSON API may be read from any site (GET only, no cookies): a notebook or a newsroom's page can
# fetch it directly. The rest of the site sends no CORS headers.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-modified-since", "if-none-match"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
CORS_PREFLIGHT_MAX_AGE = 86400
ADMIN_URL_PREFIX = "admin/"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "hanoi_vientiane.wsgi.application"

# SQLite when DATABASE_URL is unset: a new user needs no database server to try the app.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two writers (two imports, or an import beside the server) wait for each other instead of
    # failing with "database is locked": IMMEDIATE takes the write lock when a transaction starts.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 30}
else:
    # The memory each sort or hash of a query may use before it spills to disk. The timeline's facet
    # statements group tens of thousands of events; at PostgreSQL's default of 4 MB they spill.
    # bench (2026-12-07, 100,000 events, in-process, whole page without the cache): search
    # "vieng chan" 900 -> 690 ms, person filter 48 -> 39 ms, category+year 47 -> 40 ms.
    # The cost is memory: up to this much per sort or hash, per connection.
    work_mem = (os.environ.get("DATABASE_WORK_MEM") or "32MB").strip()
    # PostgreSQL's own form (a number and kB, MB or GB): anything else would reach the server's start-up
    # options, and fail every connection with PostgreSQL's message rather than this one.
    if not re.fullmatch(r"\d+\s*(?:kB|MB|GB)?", work_mem):
        raise ImproperlyConfigured(f"DATABASE_WORK_MEM={work_mem!r} is not a size such as 32MB or 65536kB")
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c work_mem={work_mem.replace(' ', '')}"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Article uploads in the admin are read in memory; this caps one request.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Background jobs (events/jobs.py): imports and re-extraction queued by the admin. The queue is a table
# in the app's own database, so `manage.py db_worker` processes on any number of machines share it
# with no broker to run, and queued jobs survive restarts; the API is the one Django 6 ships.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Production hardening; `manage.py check --deploy` must be clean with DEBUG off.
# Behind a reverse proxy, TRUSTED_PROXY_COUNT says how many proxies add to X-Forwarded-For; only then
# are X-Forwarded-Proto and X-Forwarded-For believed. Without a proxy a client could forge both.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# The container's healthcheck asks over plain HTTP from inside it (docker-healthcheck.py).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# A plain-HTTP deployment (docker compose on a laptop) sets SECURE_COOKIES=false too.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Importing from URLs (events/fetching.py): only these ports, and the whole fetch, redirects and body
# included, within the deadline. Addresses that are not public are always refused;
# URL_FETCH_ALLOWED_ADDRESSES ("127.0.0.1:8123") lets a test reach its own server and is never read
# from the environment.
URL_FETCH_PORTS = [int(port) for port in env_list("URL_FETCH_PORTS", "80,443")]
URL_FETCH_DEADLINE_SECONDS = int(os.environ.get("URL_FETCH_DEADLINE_SECONDS", "30"))
URL_FETCH_ALLOWED_ADDRESSES = []

# Admin login throttling by django-axes, its counts in the database that every gunicorn worker and
# every web container shares. LOGIN_FAILURE_LIMIT failures within the window lock out the user name
# (from any address) and the address (for any user name) for LOGIN_FAILURE_WINDOW_SECONDS.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_FAILURE_WINDOW_SECONDS = int(os.environ.get("LOGIN_FAILURE_WINDOW_SECONDS", "900"))
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = datetime.timedelta(seconds=LOGIN_FAILURE_WINDOW_SECONDS)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no banner on every manage.py command
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address they saw.
AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if TRUSTED_PROXY_COUNT else ("REMOTE_ADDR",)
)
# The timeline's facet counts and summary band; entries are keyed on the data's revision, so this
# only bounds memory, never staleness.
TIMELINE_CACHE_SECONDS = int(os.environ.get("TIMELINE_CACHE_SECONDS", "600"))
# Fragments cached under a digest of what they show, not per revision, so a change to the record leaves
# the others cached (events/event_rows.py): a day by default; 0 draws them on every request.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", str(24 * 3600)))


def code_version(root):
    """A digest of the code and templates under `root`. Cached pages and the objects pickled with them
    belong to the release that wrote them: after an upgrade, Redis still holds the old release's, and
    serving them (rendered by old templates, models missing new fields) would be wrong or a 500."""
    digest = hashlib.sha256()
    for path in sorted([*root.glob("events/**/*.py"), *root.glob("templates/**/*.html")]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# Room for the event rows cached by their digest (events/event_rows.py) beside the pages: locmem keeps 300
# entries unless told, fewer than six timeline pages' rows.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
CACHES["default"]["KEY_PREFIX"] = code_version(BASE_DIR)
