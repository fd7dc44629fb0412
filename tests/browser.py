"""The harness for browser tests: Debian's Chromium driven by Playwright's sync API. A missing
Chromium is a failure, not a skip (see STYLE.md, "Tests"); `make test` installs it."""

import os
import shutil
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from playwright.sync_api import sync_playwright

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class BrowserTestCase(StaticLiveServerTestCase):
    @classmethod
    def setUpClass(cls):
        # Playwright's sync API runs an event loop here; Django would refuse our queries.
        os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        super().setUpClass()
        cls.playwright = sync_playwright().start()
        try:
            cls.browser = cls.playwright.chromium.launch(
                executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=CHROMIUM_ARGS
            )
        except Exception:
            cls.playwright.stop()
            super().tearDownClass()
            raise
        ARTIFACTS.mkdir(exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.playwright.stop()
        super().tearDownClass()

    def open_page(self, **options):
        """A new page that records Content-Security-Policy violations in self.csp_violations."""
        page = self.browser.new_page(**options)
        self.csp_violations = []
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and self.csp_violations.append(message.text)
            ),
        )
        return page
