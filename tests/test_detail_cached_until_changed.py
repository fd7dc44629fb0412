"""An event's page is cached until something it shows changes (caching.cached_until_changed, ChangeMark):
an edit to one event builds again the pages that show that event and leaves every other page cached,
and no kind of write leaves a page stale."""

import datetime
from unittest import mock

from django.test import TestCase, override_settings

from events import curation, views
from events.models import Amount, Article, Event, Organization, Participation, ReviewStatus
from events.signals import marks_of, record_changed

from .builders import curator_group, make_article, make_meeting, make_person


class EventPageCachedUntilChangedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.anouphap = make_person("Anouphap Tounalom", side="la")
        cls.article = make_article(title="Hà Nội và Viêng Chăn hội đàm", outlet="Báo Hà Nội Mới")
        cls.talks = make_meeting(
            title="Hội đàm hai Thủ đô",
            date=datetime.date(2024, 3, 11),
            people=[(cls.dung, "Bí thư", True)],
            article=cls.article,
        )
        cls.same_person = make_meeting(
            title="Tiếp xã giao", date=datetime.date(2019, 6, 1), people=[(cls.dung, "Bí thư", True)]
        )
        cls.same_year = make_meeting(title="Gặp gỡ cùng năm", date=datetime.date(2024, 8, 2))
        cls.elsewhere = make_meeting(title="Sự kiện năm khác", date=datetime.date(2012, 5, 5))

    def page(self, event=None):
        """The page's HTML, and whether it was built (not served from the cache) for this request."""
        with mock.patch.object(views, "event_context", wraps=views.event_context) as built:
            response = self.client.get((event or self.talks).get_absolute_url())
        self.assertEqual(response.status_code, 200)
        return response.content.decode(), built.called

    def test_a_second_request_is_served_from_the_cache_with_one_query(self):
        html, built = self.page()
        self.assertTrue(built)
        self.assertIn("Gặp gỡ cùng năm", html)  # related: same year
        self.assertIn("Tiếp xã giao", html)  # related: same person
        with self.assertNumQueries(1):  # is anything it shows marked changed since?
            _html, built = self.page()
        self.assertFalse(built)

    def test_an_edit_to_an_event_it_does_not_show_leaves_it_cached(self):
        self.page()
        self.elsewhere.title = "Sự kiện năm khác, đã sửa"
        self.elsewhere.save()
        _html, built = self.page()
        self.assertFalse(built)

    def test_an_edit_to_the_event_itself_shows(self):
        self.page()
        self.talks.title = "Hội đàm cấp cao hai Thủ đô"
        self.talks.save()
        html, built = self.page()
        self.assertTrue(built)
        self.assertIn("Hội đàm cấp cao hai Thủ đô", html)

    def test_an_edit_to_a_related_event_it_lists_shows(self):
        self.page()
        self.same_person.title = "Tiếp xã giao, đã sửa"
        self.same_person.save()
        html, built = self.page()
        self.assertTrue(built)
        self.assertIn("Tiếp xã giao, đã sửa", html)

    def test_a_new_event_of_the_same_year_or_person_is_listed(self):
        self.page()
        make_meeting(title="Sự kiện mới cùng năm", date=datetime.date(2024, 12, 1))
        html, _built = self.page()
        self.assertIn("Sự kiện mới cùng năm", html)
        later = make_meeting(title="Sự kiện mới cùng người", date=datetime.date(2010, 1, 1))
        self.page()
        Participation.objects.create(event=later, person=self.dung, role="Bí thư")
        html, _built = self.page()
        self.assertIn("Sự kiện mới cùng người", html)

    def test_a_renamed_person_and_a_corrected_article_show(self):
        self.page()
        self.dung.name = "Đinh Tiến Dũng (Bí thư)"
        self.dung.save()
        html, _built = self.page()
        self.assertIn("Đinh Tiến Dũng (Bí thư)", html)
        self.article.title = "Hai Thủ đô hội đàm (đã sửa)"
        self.article.save()
        html, _built = self.page()
        self.assertIn("Hai Thủ đô hội đàm (đã sửa)", html)

    def test_an_extraction_bookkeeping_save_of_its_article_leaves_it_cached(self):
        self.page()
        Article.objects.get(pk=self.article.pk).save(update_fields=["extraction_error", "extracted_at"])
        _html, built = self.page()
        self.assertFalse(built)

    def test_a_related_event_rejected_by_a_curator_leaves_the_list(self):
        self.page()
        curator = curator_group().user_set.create(username="curator")
        curation.set_status(Event.objects.filter(pk=self.same_year.pk), ReviewStatus.REJECTED, curator)
        html, built = self.page()
        self.assertTrue(built)
        self.assertNotIn("Gặp gỡ cùng năm", html)

    def test_a_write_that_does_not_say_what_it_changed_builds_every_page_again(self):
        self.page()
        self.page(self.elsewhere)
        Event.objects.filter(pk=self.elsewhere.pk).update(title="Đổi bằng update()")
        record_changed()
        self.assertTrue(self.page()[1])
        html, built = self.page(self.elsewhere)
        self.assertTrue(built)
        self.assertIn("Đổi bằng update()", html)

    def test_a_write_committed_while_the_page_is_built_builds_it_again(self):
        """The revision is read before the page: a change made meanwhile is marked in a later one."""
        original = views.event_context

        def edited_meanwhile(event):
            context = original(event)
            Event.objects.get(pk=self.talks.pk).save()  # marks event:talks in the next revision
            Event.objects.filter(pk=self.talks.pk).update(title="Sửa trong lúc dựng trang")
            return context

        with mock.patch.object(views, "event_context", edited_meanwhile):
            self.client.get(self.talks.get_absolute_url())
        html, built = self.page()
        self.assertTrue(built)
        self.assertIn("Sửa trong lúc dựng trang", html)

    @override_settings(FRAGMENT_CACHE_SECONDS=0)
    def test_with_fragments_off_every_request_builds_the_page(self):
        self.page()
        self.assertTrue(self.page()[1])


class PersonAndOrganizationPagesCachedUntilChangedTests(TestCase):
    """A person's and an organisation's pages: served from the cache until one of their events, a person
    their rows name, or the record itself changes."""

    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.anouphap = make_person("Anouphap Tounalom", side="la")
        cls.stranger = make_person("Người khác", side="vn")
        cls.committee = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.talks = make_meeting(
            title="Hội đàm hai Thủ đô",
            date=datetime.date(2024, 3, 11),
            people=[(cls.dung, "Bí thư", True), (cls.anouphap, "Bí thư", True)],
        )
        cls.talks.organizations.add(cls.committee)
        cls.elsewhere = make_meeting(
            title="Sự kiện không liên quan", date=datetime.date(2012, 5, 5), people=[(cls.stranger, "", True)]
        )

    def page(self, obj):
        with mock.patch.object(views, "page_body", wraps=views.page_body) as built:
            response = self.client.get(obj.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        return response.content.decode(), built.called

    def test_served_from_the_cache_until_something_shown_changes(self):
        for obj in (self.dung, self.committee):
            with self.subTest(obj=obj):
                self.page(obj)
                self.assertFalse(self.page(obj)[1])
                self.elsewhere.title = f"Đã sửa cho {obj}"
                self.elsewhere.save()
                self.assertFalse(self.page(obj)[1])  # an event the page does not show

    def test_an_edit_to_one_of_its_events_shows(self):
        for obj in (self.dung, self.committee):
            with self.subTest(obj=obj):
                self.page(obj)
                self.talks.title = f"Hội đàm, sửa cho {obj}"
                self.talks.save()
                html, built = self.page(obj)
                self.assertTrue(built)
                self.assertIn(f"Hội đàm, sửa cho {obj}", html)

    def test_a_renamed_counterpart_and_an_amount_added_by_bulk_insert_show(self):
        self.page(self.dung)
        self.page(self.committee)
        self.anouphap.name = "Anouphap Tounalom (Bí thư)"
        self.anouphap.save()
        self.assertIn("Anouphap Tounalom (Bí thư)", self.page(self.dung)[0])
        self.assertIn("Anouphap Tounalom (Bí thư)", self.page(self.committee)[0])
        # The import adds amounts with bulk_create and marks the event itself (importing.attach_details).
        Amount.objects.bulk_create([Amount(event=self.talks, value=5000, unit="USD", position=0)])
        record_changed(marks=marks_of(self.talks))
        self.assertIn("5.000 USD", self.page(self.dung)[0])
        self.assertIn("5.000 USD", self.page(self.committee)[0])

    def test_someone_joining_one_of_its_events_shows(self):
        self.page(self.dung)
        guest = make_person("Sengphet Houngboungnuang", side="la")
        Participation.objects.create(event=self.talks, person=guest, role="Đại sứ")
        html, built = self.page(self.dung)
        self.assertTrue(built)
        self.assertIn("Sengphet Houngboungnuang", html)  # a counterpart now
