"""Who is the same person across articles: the same name, or the same letters when one spelling has no
marks; never two names that differ only in their marks."""

from django.test import TestCase

from events.importing import find_or_create_person, find_person
from events.models import Event, Person
from events.text import has_marks

from .builders import make_meeting


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

    def test_a_vietnamese_known_first_without_marks_takes_the_marked_name_later_reports_write(self):
        phong = find_or_create_person("Nguyen Huu Phong", "vn", {})
        self.assertEqual(find_or_create_person("Nguyễn Hữu Phong", "vn", {}), phong)
        phong.refresh_from_db()
        self.assertEqual((phong.name, phong.aliases), ("Nguyễn Hữu Phong", ["Nguyen Huu Phong"]))
        self.assertEqual(find_person("Nguyen Huu Phong"), phong)

    def test_the_events_of_a_vietnamese_renamed_with_marks_are_found_by_the_marked_name(self):
        phong = find_or_create_person("Nguyen Huu Phong", "vn", {})
        event = make_meeting(people=[(phong, "", True)])
        find_or_create_person("Nguyễn Hữu Phong", "vn", {})
        self.assertIn(event.pk, Event.objects.search("Nguyễn Hữu Phong").values_list("pk", flat=True))

    def test_has_marks(self):
        self.assertTrue(has_marks("Thủy"))
        self.assertTrue(has_marks("Đan"))
        self.assertFalse(has_marks("Thuy"))
