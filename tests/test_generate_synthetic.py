import io

from django.core.management import call_command
from django.db.models import Count, F
from django.test import TestCase

from events.models import Agreement, Article, Delegation, Event, Meeting, Person
from events.synthetic import generate


def snapshot():
    return list(Event.objects.order_by("pk").values_list("kind", "category", "title", "date", "status"))


class GenerateSyntheticTests(TestCase):
    def test_every_event_has_its_child_row_people_and_a_source(self):
        out = io.StringIO()
        call_command("generate_synthetic", events=300, seed=3, stdout=out, stderr=io.StringIO())
        self.assertIn("300 events", out.getvalue())
        self.assertEqual(Event.objects.count(), 300)
        self.assertEqual(
            Meeting.objects.count() + Delegation.objects.count() + Agreement.objects.count(), 300
        )
        for event in Event.objects.all()[:50]:
            self.assertEqual(event.specific.pk, event.pk)
            self.assertEqual(event.participations.count(), 2)
            self.assertGreaterEqual(event.sources.count(), 1)
        # Each event is inserted with its source count (none is counted afterwards).
        counted = Event.objects.annotate(reported_in=Count("sources")).filter(source_count=F("reported_in"))
        self.assertEqual(counted.count(), 300)
        self.assertTrue(Event.objects.search("vieng chan").exists())
        # Its people are in its search document: found by both names as phrases.
        first = Event.objects.order_by("pk").first()
        names = [participation.person.name for participation in first.participations.all()]
        self.assertIn(first, Event.objects.search(f'"{names[0]}" "{names[1]}"'))
        # 30 years back from the end of 2025, at every precision.
        for event in Event.objects.all():
            self.assertGreaterEqual(event.date.year, 1995)
            if event.date_precision == "year":
                self.assertEqual((event.date.month, event.date.day), (1, 1))
        self.assertTrue(
            Event.objects.filter(kind="agreement", category="aid", amounts__isnull=False).exists()
        )

    def test_the_same_seed_gives_the_same_events(self):
        generate(events=120, seed=7)
        first = snapshot()
        Event.objects.all().delete()
        Person.objects.all().delete()
        Article.objects.all().delete()
        generate(events=120, seed=7)
        self.assertEqual(snapshot(), first)
        Event.objects.all().delete()
        generate(events=120, seed=8)
        self.assertNotEqual(snapshot(), first)
