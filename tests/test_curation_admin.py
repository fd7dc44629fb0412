"""Curators in the admin, through Django's test client: review, edit, merge, import, permissions."""

import datetime
from pathlib import Path

from axes.utils import reset as axes_reset
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import (
    Amount,
    Article,
    AuditEntry,
    Event,
    MergedEvent,
    Participation,
    Person,
    ReviewStatus,
    Source,
)

from .builders import make_agreement, make_article, make_meeting, make_person

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"


def make_curator(username="curator"):
    user = User.objects.create_user(username, password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Curator"))
    return user


class CuratorTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.curator = make_curator()
        cls.article = make_article(
            clean_text="Mở đầu bài. "
            "Chiều 11/3, Bí thư Thành ủy Hà Nội hội đàm với Bí thư Thành ủy Viêng Chăn. Hết.",
        )
        cls.dung = make_person("Đinh Tiến Dũng", "vn")
        cls.meeting = make_meeting(
            title="Hội đàm Hà Nội – Viêng Chăn",
            place="Viêng Chăn",
            people=[(cls.dung, "Bí thư Thành ủy Hà Nội", True)],
            article=cls.article,
            evidence="Chiều 11/3, Bí thư Thành ủy Hà Nội hội đàm với Bí thư Thành ủy Viêng Chăn.",
        )

    def setUp(self):
        self.client.force_login(self.curator)

    def run_action(self, model_name, action, objects, **extra):
        url = reverse(f"admin:events_{model_name}_changelist")
        data = {"action": action, ACTION_CHECKBOX_NAME: [obj.pk for obj in objects], **extra}
        return self.client.post(url, data)


class ReviewTests(CuratorTestCase):
    def test_approving_marks_the_event_reviewed_and_logs_who_did_it(self):
        response = self.run_action("event", "approve", [self.meeting])
        self.assertEqual(response.status_code, 302)
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.status, ReviewStatus.REVIEWED)
        entry = AuditEntry.objects.get(action="approve")
        self.assertEqual((entry.user, entry.object_id), (self.curator, self.meeting.pk))
        self.assertEqual(entry.changes, {"status": ["extracted", "reviewed"]})

    def test_rejecting_hides_the_event_from_the_public_queryset(self):
        self.run_action("meeting", "reject", [self.meeting])
        self.assertFalse(Event.objects.public().filter(pk=self.meeting.pk).exists())

    def test_the_changelist_filters_by_status_year_and_evidence_and_searches_without_accents(self):
        other = make_meeting(title="Tiếp Đại sứ Lào", date=datetime.date(2021, 8, 26), status="reviewed")
        url = reverse("admin:events_event_changelist")
        for query, expected in [
            ({"status__exact": "reviewed"}, [other]),
            ({"year": "2021"}, [other]),
            ({"has_evidence": "yes"}, [self.meeting]),
            ({"q": "vieng chan"}, [self.meeting]),
            ({"q": "dinh tien dung"}, [self.meeting]),
            ({"year": "abc"}, [self.meeting, other]),
        ]:
            response = self.client.get(url, query)
            self.assertEqual(response.status_code, 200, query)
            shown = list(response.context["cl"].result_list)
            self.assertEqual(sorted(e.pk for e in shown), sorted(e.pk for e in expected), query)

    def test_the_changelist_query_count_does_not_grow_with_rows(self):
        url = reverse("admin:events_event_changelist")
        self.client.get(url)  # warm the session and content type caches
        counts = []
        for extra in (0, 20):
            for _ in range(extra):
                make_meeting(article=self.article, evidence="x", people=[(self.dung, "", False)])
            with CaptureQueriesContext(connection) as queries:
                self.client.get(url)
            counts.append(len(queries.captured_queries))
        self.assertEqual(counts[0], counts[1])


class EditTests(CuratorTestCase):
    def change_form_data(self, **changes):
        data = {
            "category": "talks",
            "title": self.meeting.title,
            "status": self.meeting.status,
            "summary": "",
            "date": "2024-03-11",
            "date_precision": "day",
            "date_end": "",
            "date_text": "",
            "place": self.meeting.place,
            "direction": "",
            "host": "",
            "participations-TOTAL_FORMS": "1",
            "participations-INITIAL_FORMS": "1",
            "participations-0-id": str(self.meeting.participations.get().pk),
            "participations-0-event": str(self.meeting.pk),
            "participations-0-person": str(self.dung.pk),
            "participations-0-role": "Bí thư Thành ủy Hà Nội",
            "participations-0-is_lead": "on",
            "amounts-TOTAL_FORMS": "0",
            "amounts-INITIAL_FORMS": "0",
            "sources-TOTAL_FORMS": "1",
            "sources-INITIAL_FORMS": "1",
            "sources-0-id": str(self.meeting.sources.get().pk),
            "sources-0-event": str(self.meeting.pk),
            "sources-0-article": str(self.article.pk),
            "sources-0-evidence": self.meeting.sources.get().evidence,
        }
        data.update(changes)
        return data

    def test_the_change_form_shows_the_evidence_highlighted_and_escaped(self):
        Article.objects.filter(pk=self.article.pk).update(
            clean_text=self.article.clean_text + " <script>alert(1)</script>"
        )
        response = self.client.get(reverse("admin:events_meeting_change", args=[self.meeting.pk]))
        self.assertContains(response, "<mark>Chiều 11/3, Bí thư Thành ủy Hà Nội hội đàm")
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_an_edit_is_saved_locked_against_re_extraction_and_in_the_history(self):
        url = reverse("admin:events_meeting_change", args=[self.meeting.pk])
        response = self.client.post(url, self.change_form_data(place="Thủ đô Viêng Chăn"))
        self.assertEqual(
            response.status_code, 302, getattr(response, "context", None) and response.context.get("errors")
        )
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.place, "Thủ đô Viêng Chăn")
        self.assertEqual(self.meeting.locked_fields, ["place"])
        history = self.client.get(reverse("admin:events_meeting_history", args=[self.meeting.pk]))
        self.assertContains(history, "Thủ đô Viêng Chăn")
        self.assertContains(history, "curator")

    def test_a_month_precision_date_cannot_have_a_day(self):
        url = reverse("admin:events_meeting_change", args=[self.meeting.pk])
        response = self.client.post(url, self.change_form_data(date="2024-03-11", date_precision="month"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "phải ghi là ngày 1")
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.date_precision, "day")


class MergeTests(CuratorTestCase):
    def test_merging_events_asks_first_then_moves_everything_to_the_kept_one(self):
        other_article = make_article(clean_text="Bài thứ hai.")
        thongloun = make_person("Anouphap Tounalom", "la")
        duplicate = make_meeting(
            title="Hai Thủ đô hội đàm",
            people=[(thongloun, "Bí thư Thành ủy Viêng Chăn", False), (self.dung, "", False)],
            article=other_article,
            evidence="Bài thứ hai.",
        )
        Amount.objects.create(event=duplicate, value=1000, unit="USD")
        confirm = self.run_action("event", "merge_events", [self.meeting, duplicate])
        self.assertEqual(confirm.status_code, 200)
        self.assertContains(confirm, "Hai Thủ đô hội đàm")
        self.assertTrue(Event.objects.filter(pk=duplicate.pk).exists())

        done = self.run_action(
            "event", "merge_events", [self.meeting, duplicate], kept=self.meeting.pk, confirm="yes"
        )
        self.assertEqual(done.status_code, 302)
        self.assertFalse(Event.objects.filter(pk=duplicate.pk).exists())
        self.assertEqual(
            set(Source.objects.filter(event=self.meeting).values_list("article", flat=True)),
            {self.article.pk, other_article.pk},
        )
        self.assertEqual(
            set(self.meeting.participations.values_list("person__name", flat=True)),
            {"Đinh Tiến Dũng", "Anouphap Tounalom"},
        )
        self.assertEqual(self.meeting.amounts.count(), 1)
        self.assertEqual(MergedEvent.objects.get(old_id=duplicate.pk).event_id, self.meeting.pk)
        entry = AuditEntry.objects.get(action="merge")
        self.assertEqual(entry.changes["merged"], [duplicate.pk])

    def test_merging_people_keeps_the_other_name_as_an_alias(self):
        duplicate = make_person("Đinh Tiến Dũng ", "vn")
        Person.objects.filter(pk=duplicate.pk).update(name="Dinh Tien Dung")
        duplicate.refresh_from_db()
        aid = make_agreement(people=[(duplicate, "Bí thư", True)])
        self.run_action("person", "merge_people", [self.dung, duplicate], kept=self.dung.pk, confirm="yes")
        self.dung.refresh_from_db()
        self.assertEqual(self.dung.aliases, ["Dinh Tien Dung"])
        self.assertFalse(Person.objects.filter(pk=duplicate.pk).exists())
        self.assertTrue(Participation.objects.filter(event=aid, person=self.dung, is_lead=True).exists())


class PermissionTests(CuratorTestCase):
    def test_a_curator_cannot_delete_articles_or_manage_users(self):
        self.assertEqual(
            self.client.get(reverse("admin:events_article_delete", args=[self.article.pk])).status_code, 403
        )
        self.assertEqual(self.client.get(reverse("admin:auth_user_changelist")).status_code, 403)
        self.assertEqual(
            self.client.get(reverse("admin:events_meeting_change", args=[self.meeting.pk])).status_code, 200
        )

    def test_merging_needs_the_merge_permission_not_only_change(self):
        editor = User.objects.create_user("editor", password="a-long-test-password", is_staff=True)
        editor.user_permissions.set(
            Permission.objects.filter(
                content_type__app_label="events", codename__in=["view_event", "change_event", "change_person"]
            )
        )
        duplicate = make_meeting(title="Bản trùng", article=make_article())
        person = make_person("Dinh Tien Dung", "vn")
        self.client.force_login(editor)
        self.run_action(
            "event", "merge_events", [self.meeting, duplicate], kept=self.meeting.pk, confirm="yes"
        )
        self.run_action("person", "merge_people", [self.dung, person], kept=self.dung.pk, confirm="yes")
        self.assertTrue(Event.objects.filter(pk=duplicate.pk).exists())
        self.assertTrue(Person.objects.filter(pk=person.pk).exists())
        self.assertFalse(AuditEntry.objects.filter(action="merge").exists())
        changelist = self.client.get(reverse("admin:events_event_changelist"))
        self.assertNotContains(changelist, 'value="merge_events"')

    def test_curators_have_the_merge_permissions_but_not_delete(self):
        self.assertTrue(self.curator.has_perm("events.merge_event"))
        self.assertTrue(self.curator.has_perm("events.merge_person"))
        self.assertTrue(self.curator.has_perm("events.merge_organization"))
        self.assertFalse(self.curator.has_perm("events.delete_event"))
        self.assertFalse(self.curator.has_perm("events.delete_person"))

    def test_anonymous_users_reach_no_admin_page(self):
        anonymous = Client()
        for url in [
            reverse("admin:index"),
            reverse("admin:events_event_changelist"),
            reverse("admin:events_article_import"),
            reverse("admin:events_meeting_change", args=[self.meeting.pk]),
        ]:
            response = anonymous.get(url)
            self.assertEqual(response.status_code, 302, url)
            self.assertIn(reverse("admin:login"), response["Location"])
        response = anonymous.post(
            reverse("admin:events_event_changelist"),
            {"action": "approve", ACTION_CHECKBOX_NAME: [self.meeting.pk]},
        )
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.status, ReviewStatus.EXTRACTED)

    def test_an_admin_post_without_a_csrf_token_is_refused(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.curator)
        response = client.post(
            reverse("admin:events_event_changelist"),
            {"action": "approve", ACTION_CHECKBOX_NAME: [self.meeting.pk]},
        )
        self.assertEqual(response.status_code, 403)

    def test_login_is_throttled_after_repeated_failures(self):
        client = Client()
        url = reverse("admin:login")
        for _ in range(5):
            client.post(url, {"username": "curator", "password": "wrong"})
        response = client.post(url, {"username": "curator", "password": "a-long-test-password"})
        self.assertEqual(response.status_code, 429)  # the right password is refused now
        self.assertContains(response, "quá nhiều lần đăng nhập sai", status_code=429)
        self.assertNotIn("_auth_user_id", client.session)
        axes_reset()
        response = client.post(url, {"username": "curator", "password": "a-long-test-password"})
        self.assertEqual(response.status_code, 302)

    def test_a_user_name_is_locked_whatever_address_guesses_it(self):
        url = reverse("admin:login")
        for number in range(5):
            Client(REMOTE_ADDR=f"203.0.113.{number}").post(url, {"username": "curator", "password": "wrong"})
        response = Client(REMOTE_ADDR="198.51.100.7").post(
            url, {"username": "curator", "password": "a-long-test-password"}
        )
        self.assertEqual(response.status_code, 429)

    def test_an_address_is_locked_whatever_user_names_it_tries(self):
        url = reverse("admin:login")
        client = Client(REMOTE_ADDR="203.0.113.9")
        for number in range(5):
            # A forged X-Forwarded-For is not believed without TRUSTED_PROXY_COUNT.
            client.post(
                url,
                {"username": f"guess{number}", "password": "wrong"},
                HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
            )
        response = client.post(url, {"username": "curator", "password": "a-long-test-password"})
        self.assertEqual(response.status_code, 429)
        other = Client(REMOTE_ADDR="198.51.100.7").post(
            url, {"username": "curator", "password": "a-long-test-password"}
        )
        self.assertEqual(other.status_code, 302)


class HostileContentInTheAdminTests(CuratorTestCase):
    SCRIPT = "<script>alert(1)</script>"

    def test_titles_names_amounts_and_article_text_are_escaped_on_admin_pages(self):
        hostile_article = make_article(
            title=f"Bài {self.SCRIPT}", clean_text=f"Câu {self.SCRIPT} bằng chứng."
        )
        person = make_person(f"Người {self.SCRIPT}", "la")
        event = make_agreement(
            title=f"Viện trợ {self.SCRIPT}",
            amounts=[("5000", f"đơn vị {self.SCRIPT}", f"bên nhận {self.SCRIPT}")],
            people=[(person, f"chức vụ {self.SCRIPT}", True)],
            article=hostile_article,
            evidence=f"Câu {self.SCRIPT} bằng chứng.",
        )
        self.run_action("event", "approve", [event])
        pages = [
            reverse("admin:events_event_changelist"),
            reverse("admin:events_agreement_change", args=[event.pk]),
            reverse("admin:events_agreement_history", args=[event.pk]),
            reverse("admin:events_person_changelist"),
            reverse("admin:events_person_change", args=[person.pk]),
            reverse("admin:events_amount_changelist"),
            reverse("admin:events_article_changelist"),
            reverse("admin:events_article_change", args=[hostile_article.pk]),
            reverse("admin:events_auditentry_changelist"),
        ]
        for url in pages:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, self.SCRIPT)
                self.assertContains(response, "&lt;script&gt;")
        confirm = self.run_action("event", "merge_events", [event, self.meeting])
        self.assertNotContains(confirm, self.SCRIPT)
        self.assertContains(confirm, "&lt;script&gt;")
