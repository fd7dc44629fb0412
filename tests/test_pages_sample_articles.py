"""Every page over the real sample articles, through the real import pipeline.

The extractor is still improving, so these tests check what must hold whatever it finds
(every page answers, search folds accents, the CSV has every public event) rather than its values.
"""

import csv
import io
import re
from pathlib import Path

from django.conf import settings
from django.test import TestCase

from events.importing import import_articles
from events.models import Article, Event, Organization, Person
from events.text import fold

SAMPLES = Path(settings.BASE_DIR) / "sample_articles"


def folded_words(event):
    people = [participation.person.name for participation in event.participations.all()]
    organizations = [organization.name for organization in event.organizations.all()]
    fields = [event.title, event.place, event.date_text, event.summary, *people, *organizations]
    return set(re.findall(r"[^\W_]+", fold(" ".join(fields))))


def finds(query, words):
    """README's rules for a query of plain words without marks: each a whole word, or the beginning of a
    word of 8 letters or more when it has 4 or more; the last one the beginning of any word."""
    *whole, last = query.split()
    for word in whole:
        long_names = {other for other in words if len(other) >= 8 and other.isalpha()}
        if word not in words and not (len(word) >= 4 and any(name.startswith(word) for name in long_names)):
            return False
    return any(other.startswith(last) for other in words)


class SampleArticlePagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        result = import_articles([str(SAMPLES)])
        assert not result.failed, result.failed
        cls.events = list(Event.objects.public())

    def test_the_samples_give_events(self):
        self.assertGreater(len(self.events), 0)

    def test_the_timeline_lists_every_public_event(self):
        response = self.client.get("/", {"order": "oldest"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"].paginator.count, len(self.events))

    def test_every_detail_person_organization_and_article_page_answers(self):
        urls = [event.get_absolute_url() for event in self.events]
        urls += [person.get_absolute_url() for person in Person.objects.filter(participations__isnull=False)]
        urls += [organization.get_absolute_url() for organization in Organization.objects.all()]
        urls += [article.get_absolute_url() for article in Article.objects.all()]
        urls += ["/people/", "/organizations/"]
        for url in urls:
            with self.subTest(url=url):
                self.assertIn(self.client.get(url).status_code, (200, 404))
        for event in self.events:
            self.assertEqual(self.client.get(event.get_absolute_url()).status_code, 200)

    def test_search_without_diacritics_finds_the_samples_names(self):
        for query in ["vieng chan", "dinh tien dung", "ha noi"]:
            with self.subTest(query=query):
                response = self.client.get("/", {"q": query})
                found = response.context["page"].paginator.count
                expected = sum(1 for event in self.events if finds(query, folded_words(event)))
                self.assertEqual(found, expected)
                if query in " ".join(fold(article.clean_text) for article in Article.objects.all()):
                    self.assertGreater(found, 0)

    def test_each_facet_option_count_matches_the_filtered_timeline(self):
        filters = self.client.get("/").context["filters"]
        for option in filters["kinds"]:
            response = self.client.get("/", {"kind": option["value"]})
            self.assertEqual(response.context["page"].paginator.count, option["count"])
        for group in filters["category_groups"]:
            for option in group["options"]:
                response = self.client.get("/", {"category": option["value"]})
                self.assertEqual(response.context["page"].paginator.count, option["count"])

    def test_evidence_found_in_the_article_is_highlighted(self):
        for article in Article.objects.all():
            evidences = [s.evidence for s in article.sources.exclude(event__status="rejected") if s.evidence]
            if any(evidence.strip() in article.clean_text for evidence in evidences):
                with self.subTest(article=article.source_key):
                    self.assertContains(self.client.get(article.get_absolute_url()), "<mark>")

    def test_the_csv_has_every_public_event(self):
        response = self.client.get("/api/events/", {"format": "csv"})
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        self.assertEqual(sorted(int(row["id"]) for row in rows), sorted(event.pk for event in self.events))
        for row in rows:
            self.assertRegex(row["url"], re.compile(r"^http://testserver/events/\d+/$"))
