"""A timeline page's rows are kept until something they show may have changed (events/timeline_rows.py),
not for one revision: an edit to an event no page of a filter state shows leaves the page as it was, and
every change a page shows draws it again."""

import datetime
from unittest import mock

from django.test import TestCase, override_settings

from events import timeline_rows, views

from .builders import make_meeting, make_person


# The per-revision cache off, as after every edit: what is kept here is kept by its content alone.
@override_settings(TIMELINE_CACHE_SECONDS=0)
@mock.patch.object(views, "EVENTS_PER_PAGE", 2)
class TimelineRowsKeptUntilChangedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.khamphao = make_person("Khamphao Ernthavanh", side="la")
        cls.newest = make_meeting(title="Hội đàm tháng Ba", date=datetime.date(2024, 3, 11))
        cls.newer = make_meeting(
            title="Tiếp đoàn tháng Hai",
            date=datetime.date(2024, 2, 5),
            people=[(cls.khamphao, "Đô trưởng", True)],
        )
        cls.older = make_meeting(title="Hội đàm năm 2016", date=datetime.date(2016, 5, 2))
        cls.oldest = make_meeting(title="Hội đàm năm 2015", date=datetime.date(2015, 4, 1))

    def visit(self, url="/"):
        """The page's HTML, and whether its rows were drawn (rather than read from the cache)."""
        with mock.patch.object(timeline_rows, "drawn", wraps=timeline_rows.drawn) as drawn:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode(), drawn.called

    def test_a_second_visit_reads_the_rows(self):
        self.assertTrue(self.visit()[1])
        self.assertFalse(self.visit()[1])

    def test_an_edit_to_an_older_year_than_the_page_shows_leaves_it_as_it_was(self):
        self.visit()
        self.oldest.title = "Hội đàm năm 2015, tên đã sửa"
        self.oldest.save()
        html, drawn = self.visit()
        self.assertFalse(drawn)
        self.assertIn("Hội đàm tháng Ba", html)
        html, drawn = self.visit("/?page=2")
        self.assertTrue(drawn)
        self.assertIn("Hội đàm năm 2015, tên đã sửa", html)

    def test_an_edit_to_an_event_on_the_page_shows(self):
        self.visit()
        self.newer.title = "Tiếp đoàn tháng Hai, tên đã sửa"
        self.newer.save()
        html, drawn = self.visit()
        self.assertTrue(drawn)
        self.assertIn("Tiếp đoàn tháng Hai, tên đã sửa", html)

    def test_an_event_moved_into_the_years_of_the_page_shows_on_it(self):
        """The number of events is the same, and the edited event was on no page of these rows before."""
        self.visit()
        self.oldest.date = datetime.date(2025, 1, 9)
        self.oldest.save()
        html, drawn = self.visit()
        self.assertTrue(drawn)
        self.assertIn("Hội đàm năm 2015", html)
        self.assertNotIn("Tiếp đoàn tháng Hai", html)

    def test_oldest_first_a_page_is_kept_through_an_edit_to_a_newer_year(self):
        self.visit("/?order=oldest")
        self.newest.title = "Hội đàm tháng Ba, tên đã sửa"
        self.newest.save()
        html, drawn = self.visit("/?order=oldest")
        self.assertFalse(drawn)
        self.assertIn("Hội đàm năm 2015", html)
        self.older.title = "Hội đàm năm 2016, tên đã sửa"
        self.older.save()
        html, drawn = self.visit("/?order=oldest")
        self.assertTrue(drawn)
        self.assertIn("Hội đàm năm 2016, tên đã sửa", html)

    def test_a_person_renamed_is_renamed_on_the_page(self):
        self.visit()
        self.khamphao.name = "Khamphao Ernthavanh (Đô trưởng)"
        self.khamphao.save()
        html, drawn = self.visit()
        self.assertTrue(drawn)
        self.assertIn("Khamphao Ernthavanh (Đô trưởng)", html)

    def test_an_event_taken_out_of_an_older_year_renumbers_the_pages(self):
        """The page links count the pages: the number of events found is in the key."""
        self.visit()
        self.oldest.delete()
        html, drawn = self.visit()
        self.assertTrue(drawn)
        self.assertIn("Trang 1/2", html)

    def test_a_ranked_search_is_drawn_again_after_any_edit(self):
        self.visit("/?q=hoi+dam")
        self.oldest.title = "Hội đàm năm 2015, lần hai"
        self.oldest.save()
        self.assertTrue(self.visit("/?q=hoi+dam")[1])

    def test_a_visit_after_a_change_checks_once_and_the_next_visits_not_at_all(self):
        self.visit("/?year=2024")
        self.oldest.title = "Hội đàm năm 2015, tên đã sửa"
        self.oldest.save()
        with mock.patch.object(
            timeline_rows, "changed_in_span_since", wraps=timeline_rows.changed_in_span_since
        ) as checked:
            self.assertFalse(self.visit("/?year=2024")[1])
            self.assertFalse(self.visit("/?year=2024")[1])
        self.assertEqual(checked.call_count, 1)

    @override_settings(FRAGMENT_CACHE_SECONDS=0)
    def test_rows_can_be_drawn_on_every_visit(self):
        self.visit()
        self.assertTrue(self.visit()[1])
