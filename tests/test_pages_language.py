import datetime
import gettext
import re
from pathlib import Path

from django.conf import settings
from django.test import TestCase

from .builders import make_agreement


class LanguageSwitchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = make_agreement(
            "aid", title="Hà Nội hỗ trợ", date=datetime.date(2021, 8, 26), amounts=[("200000", "USD", "")]
        )

    def test_vietnamese_is_the_default(self):
        response = self.client.get("/")
        self.assertContains(response, '<html lang="vi">')
        self.assertContains(response, "Dòng thời gian")
        self.assertContains(response, "Viện trợ, hỗ trợ")
        self.assertContains(response, "26/8/2021")
        self.assertContains(response, "200.000 USD")

    def test_the_switcher_posts_to_set_language_with_a_csrf_token(self):
        response = self.client.get("/?kind=agreement")
        self.assertContains(
            response, '<form class="language-switcher" action="/i18n/setlang/" method="post">'
        )
        self.assertContains(response, 'name="csrfmiddlewaretoken"')
        self.assertContains(response, '<input type="hidden" name="next" value="/?kind=agreement">')

    def test_switching_to_english_changes_ui_strings_dates_and_numbers(self):
        response = self.client.post("/i18n/setlang/", {"language": "en", "next": "/?kind=agreement"})
        self.assertRedirects(response, "/?kind=agreement", fetch_redirect_response=False)
        self.assertEqual(self.client.cookies[settings.LANGUAGE_COOKIE_NAME].value, "en")
        response = self.client.get("/")
        self.assertContains(response, '<html lang="en">')
        self.assertContains(response, "Timeline")
        self.assertContains(response, "Filter events")
        self.assertContains(response, "Aid, support")
        self.assertContains(response, "26 Aug 2021")
        self.assertContains(response, "200,000 USD")
        self.assertNotContains(response, "Dòng thời gian")

    def test_the_detail_page_is_translated_too(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        response = self.client.get(self.event.get_absolute_url())
        self.assertContains(response, "Cite this")
        self.assertContains(response, "not reviewed")
        self.assertContains(response, "Amounts and items")

    def test_the_browser_language_is_honoured(self):
        response = self.client.get("/", headers={"accept-language": "en"})
        self.assertContains(response, "Timeline")


class CompiledTranslationsTests(TestCase):
    def test_the_committed_mo_file_holds_every_translation_of_the_po_file(self):
        # A fresh clone has no gettext to compile with, so a stale .mo would silently lose strings.
        folder = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"
        with open(folder / "django.mo", "rb") as compiled:
            catalog = gettext.GNUTranslations(compiled)._catalog
        source = (folder / "django.po").read_text(encoding="utf-8")
        pairs = re.findall(r'^(?:msgctxt "(.*)"\n)?msgid "(.+)"\nmsgstr "(.+)"$', source, re.MULTILINE)
        self.assertGreater(len(pairs), 100)
        for context, msgid, msgstr in pairs:
            key = f"{context}\x04{msgid}" if context else msgid
            with self.subTest(msgid=msgid):
                self.assertEqual(catalog.get(unescape(key)), unescape(msgstr))


def unescape(text):
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
