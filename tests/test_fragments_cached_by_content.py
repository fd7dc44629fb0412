"""Event rows, the filter panel and the summary band are cached under a digest of what they show
(events/event_rows.py, views.counts_digest): an edit draws again what it changes and nothing else, and
no kind of write leaves them stale."""

import datetime
from unittest import mock

from django.test import TestCase, override_settings

from events import event_rows, views
from events.models import Amount, Event, ReviewStatus

from .builders import make_agreement, make_meeting, make_person


class EventRowCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.anouphap = make_person("Anouphap Tounalom", side="la")
        cls.talks = make_meeting(
            title="Hội đàm hai Thủ đô",
            date=datetime.date(2024, 3, 11),
            people=[(cls.dung, "Bí thư", True), (cls.anouphap, "Bí thư", True)],
        )
        cls.aid = make_agreement(
            title="Trao tặng thiết bị y tế",
            date=datetime.date(2021, 8, 26),
            amounts=[("200000", "USD", "Viêng Chăn")],
            people=[(cls.dung, "Bí thư", True)],
        )
        cls.others = [
            make_meeting(title=f"Gặp gỡ số {n}", date=datetime.date(2015, 1, 1 + n)) for n in range(5)
        ]

    def rows_drawn(self, url="/"):
        """The page's HTML, and the events whose rows were drawn (not read from the cache) for it."""
        with mock.patch.object(event_rows, "draw", wraps=event_rows.draw) as draw:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode(), {call.args[0].pk for call in draw.call_args_list}

    def test_a_second_request_draws_no_row(self):
        _html, first = self.rows_drawn()
        self.assertEqual(first, {event.pk for event in [self.talks, self.aid, *self.others]})
        _html, second = self.rows_drawn("/?kind=")  # another URL: the page is not cached, its rows are
        self.assertEqual(second, set())

    def test_an_edit_to_one_event_draws_only_its_row_again(self):
        self.rows_drawn()
        self.talks.title = "Hội đàm cấp cao hai Thủ đô"
        self.talks.save()
        html, drawn = self.rows_drawn()
        self.assertEqual(drawn, {self.talks.pk})
        self.assertIn("Hội đàm cấp cao hai Thủ đô", html)

    def test_a_renamed_person_is_renamed_in_every_row_that_names_them(self):
        self.rows_drawn()
        self.dung.name = "Đinh Tiến Dũng (Bí thư)"
        self.dung.save()
        html, drawn = self.rows_drawn()
        self.assertEqual(drawn, {self.talks.pk, self.aid.pk})
        self.assertIn("Đinh Tiến Dũng (Bí thư)", html)

    def test_writes_that_bypass_save_still_show(self):
        """queryset.update() sends no signal and leaves updated_at alone: the digest reads the values."""
        self.rows_drawn()
        Event.objects.filter(pk=self.aid.pk).update(status=ReviewStatus.REVIEWED)
        Amount.objects.filter(event=self.aid).update(value=300000)
        # Nor does it bump the revision (its callers do, signals.record_changed): another URL, so the page
        # is drawn again whatever the revision.
        html, drawn = self.rows_drawn("/?kind=")
        self.assertEqual(drawn, {self.aid.pk})
        self.assertIn("badge--reviewed", html)
        # The row; the summary band counts the revision's facet cube, which such a writer bumps itself.
        self.assertIn("Số tiền, hiện vật: </span>300.000 USD", html)

    def test_each_language_has_its_own_rows(self):
        self.rows_drawn()
        self.client.cookies["django_language"] = "en"
        html, drawn = self.rows_drawn()
        self.assertEqual(len(drawn), 7)
        self.assertIn("Talks", html)

    @override_settings(FRAGMENT_CACHE_SECONDS=0)
    def test_rows_can_be_drawn_on_every_request(self):
        self.rows_drawn()
        _html, drawn = self.rows_drawn("/?kind=")
        self.assertEqual(len(drawn), 7)


class FilterPanelCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.events = [
            make_meeting(title=f"Hội đàm số {n}", date=datetime.date(2020 + n, 5, 1)) for n in range(3)
        ]

    def panels_drawn(self):
        with mock.patch.object(views, "filter_panel", wraps=views.filter_panel) as filter_panel:
            response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        return response.content.decode(), filter_panel.call_count

    def test_a_change_that_moves_no_count_leaves_the_panel_cached(self):
        self.assertEqual(self.panels_drawn()[1], 1)
        self.events[0].title = "Hội đàm, tên đã sửa"
        self.events[0].save()  # a new revision
        html, drawn = self.panels_drawn()
        self.assertEqual(drawn, 0)
        self.assertIn("Hội đàm, tên đã sửa", html)

    def test_a_change_that_moves_a_count_shows_it(self):
        self.panels_drawn()
        make_meeting(title="Hội đàm mới", date=datetime.date(2020, 6, 1))
        html, drawn = self.panels_drawn()
        self.assertEqual(drawn, 1)
        self.assertIn('<option value="2020">2020 (2)</option>', html)
