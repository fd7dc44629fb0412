"""Who is the same person across articles: the same name, or the same letters when one spelling has no
marks; never two names that differ only in their marks."""

from django.test import TestCase

from events.importing import find_or_create_person, find_person
from events.models import Person
from events.text import has_marks


class PersonIdentityTests(TestCase):
    def test_names_that_differ_only_in_their_marks_are_two_people(self):
        thuy = find_or_create_person("Nguyễn Thị Thủy", "vn", {})
        thuy_again = find_or_create_person("Nguyễn Thị Thúy", "vn", {})
        self.assertNotEqual(thuy.pk, thuy_again.pk)
        self.assertEqual(Person.objects.count(), 2)

    def test_a_name_typed_without_marks_is_the_marked_person(self):
        dung = find_or_create_person("Đinh Tiến Dũng", "vn", {})
        self.assertEqual(find_person("Dinh Tien Dung"), dung)
        self.assertEqual(find_person("đinh tiến dũng"), dung)
        anouphap = find_or_create_person("Anouphap Tounalom", "la", {})
        self.assertEqual(find_or_create_person("Anouphap Tounalôm", "la", {}), anouphap)
        anouphap.refresh_from_db()
        self.assertEqual(anouphap.aliases, ["Anouphap Tounalôm"])

    def test_has_marks(self):
        self.assertTrue(has_marks("Thủy"))
        self.assertTrue(has_marks("Đan"))
        self.assertFalse(has_marks("Thuy"))
