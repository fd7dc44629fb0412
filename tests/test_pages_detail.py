import datetime

from django.test import TestCase
from django.utils import timezone

from events.models import Amount, Organization

from .builders import make_agreement, make_article, make_delegation, make_meeting, make_person


class EventDetailTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.article = make_article(
            title="Hà Nội hỗ trợ Viêng Chăn chống dịch",
            outlet="Báo Hà Nội Mới",
            url="https://hanoimoi.vn/ha-noi-ho-tro",
            clean_text="Chiều 26/8, Hà Nội trao 200.000 USD cho Viêng Chăn.\n\nĐoạn khác.",
        )
        cls.dung = make_person("Đinh Tiến Dũng", side="vn")
        cls.sengphet = make_person("Sengphet Houngboungnuang", side="la")
        cls.aid = make_agreement(
            "aid",
            title="Hà Nội hỗ trợ Viêng Chăn chống dịch",
            date=datetime.date(2021, 8, 26),
            place="Hà Nội",
            direction="to_laos",
            summary="Hà Nội trao tiền và vật tư y tế.",
            amounts=[("200000", "USD", "Thủ đô Viêng Chăn"), ("30000", "khẩu trang", "Thủ đô Viêng Chăn")],
            people=[(cls.dung, "Bí thư Thành ủy Hà Nội", True), (cls.sengphet, "Đại sứ Lào", False)],
            article=cls.article,
            evidence="Chiều 26/8, Hà Nội trao 200.000 USD cho Viêng Chăn.",
            parties="Thành ủy Hà Nội; Thành ủy Viêng Chăn",
            period="2021-2025",
        )
        Amount.objects.create(
            event=cls.aid, value=20000, unit="USD", count=8, recipient="tám tỉnh", position=2
        )
        cls.committee = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        cls.aid.organizations.add(cls.committee)
        cls.course = make_delegation(
            "training",
            title="Lớp bồi dưỡng cán bộ Viêng Chăn",
            date=datetime.date(2024, 3, 11),
            date_end=datetime.date(2024, 3, 12),
            host="Học viện Chính trị khu vực I",
            course_name="Bồi dưỡng lý luận chính trị",
            programme="Học tập kinh nghiệm quản lý đô thị.",
            status="reviewed",
            people=[(cls.dung, "Bí thư Thành ủy", True)],
        )
        cls.same_year = make_meeting("talks", title="Hội đàm cùng năm", date=datetime.date(2021, 1, 5))
        cls.rejected_related = make_meeting(
            "talks", title="Sự kiện bị loại", status="rejected", people=[(cls.dung, "", False)]
        )

    def get(self, event):
        return self.client.get(event.get_absolute_url())

    def test_it_shows_the_event_facts(self):
        response = self.get(self.aid)
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response, '<h1 class="page-title">Hà Nội hỗ trợ Viêng Chăn chống dịch</h1>', html=False
        )
        self.assertContains(response, "Viện trợ, hỗ trợ")
        self.assertContains(response, "26/8/2021")
        self.assertContains(response, "→ Lào")
        self.assertContains(response, "Hà Nội trao tiền và vật tư y tế.")
        self.assertContains(response, "Thành ủy Hà Nội; Thành ủy Viêng Chăn")
        self.assertContains(response, "2021-2025")
        self.assertContains(response, f'href="{self.committee.get_absolute_url()}"')

    def test_aid_has_a_table_of_amounts_with_totals_per_unit(self):
        response = self.get(self.aid)
        self.assertContains(response, '<th scope="col">Bên nhận</th>', html=True)
        self.assertContains(response, "Thủ đô Viêng Chăn")
        self.assertContains(response, "tám tỉnh")
        # 200.000 + 8 × 20.000
        self.assertContains(response, "360.000 USD")
        self.assertContains(response, "30.000 khẩu trang")
        self.assertEqual(
            response.context["amount_totals"],
            [
                {"unit": "USD", "total": "360.000", "usd": ""},
                {"unit": "khẩu trang", "total": "30.000", "usd": ""},
            ],
        )

    def test_participants_are_grouped_by_side_with_roles_and_a_lead_mark(self):
        response = self.get(self.aid)
        groups = response.context["participant_groups"]
        self.assertEqual([group["side"] for group in groups], ["vn", "la"])
        self.assertContains(response, "Bí thư Thành ủy Hà Nội")
        self.assertContains(response, "Đại sứ Lào")
        self.assertContains(response, "trưởng đoàn, chủ trì", count=1)

    def test_sources_quote_the_evidence_and_link_the_article(self):
        response = self.get(self.aid)
        self.assertContains(response, '<blockquote class="evidence">')
        self.assertContains(response, "Chiều 26/8, Hà Nội trao 200.000 USD cho Viêng Chăn.")
        self.assertContains(response, f'href="{self.article.get_absolute_url()}"')
        self.assertContains(response, "Báo Hà Nội Mới")

    def test_related_events_share_a_person_or_the_year_and_are_never_rejected(self):
        related = list(self.get(self.aid).context["related"])
        self.assertEqual(
            {event.title for event in related}, {"Lớp bồi dưỡng cán bộ Viêng Chăn", "Hội đàm cùng năm"}
        )

    def test_cite_this_gives_the_permalink_and_the_date_accessed(self):
        response = self.get(self.aid)
        permalink = f"http://testserver/events/{self.aid.pk}/"
        self.assertContains(response, f'<a href="{permalink}">{permalink}</a>')
        today = timezone.localdate()
        self.assertContains(response, f"truy cập ngày {today.day}/{today.month}/{today.year}")

    def test_unreviewed_and_reviewed_events_are_marked(self):
        self.assertContains(self.get(self.aid), "chưa duyệt")
        response = self.get(self.course)
        self.assertContains(response, "✓ Đã duyệt")
        self.assertNotContains(response, "badge--unreviewed")

    def test_a_delegation_shows_host_course_programme_and_its_dates(self):
        response = self.get(self.course)
        self.assertContains(response, "11–12/3/2024")
        self.assertContains(response, "Học viện Chính trị khu vực I")
        self.assertContains(response, "Bồi dưỡng lý luận chính trị")
        self.assertContains(response, "Học tập kinh nghiệm quản lý đô thị.")

    def test_a_rejected_event_is_not_found(self):
        self.assertEqual(self.get(self.rejected_related).status_code, 404)

    def test_an_unknown_event_is_not_found(self):
        self.assertEqual(self.client.get("/events/999999/").status_code, 404)


class PersonOrganizationArticlePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dung = make_person("Đinh Tiến Dũng", side="vn", aliases=["Dinh Tien Dung"])
        cls.organization = Organization.objects.create(name="Thành ủy Viêng Chăn", side="la")
        cls.article = make_article(
            title="Bài về hội đàm",
            url="https://example.org/bai",
            outlet="Nhân Dân",
            clean_text="Mở đầu bài báo.\n\nChiều 11/3, hai bên hội đàm tại Viêng Chăn.\n\nKết bài.",
        )
        cls.old = make_meeting(
            "talks",
            title="Hội đàm năm 2019",
            date=datetime.date(2019, 5, 2),
            people=[(cls.dung, "Chủ tịch UBND thành phố", True)],
        )
        cls.new = make_meeting(
            "talks",
            title="Hội đàm năm 2024",
            date=datetime.date(2024, 3, 11),
            people=[(cls.dung, "Bí thư Thành ủy Hà Nội", True)],
            article=cls.article,
            evidence="Chiều 11/3, hai bên hội đàm tại Viêng Chăn.",
        )
        cls.new.organizations.add(cls.organization)
        cls.rejected = make_meeting(
            "talks",
            title="Sự kiện bị loại",
            status="rejected",
            people=[(cls.dung, "Chức vụ sai", True)],
            article=cls.article,
            evidence="Kết bài.",
        )
        cls.rejected.organizations.add(cls.organization)
        cls.only_rejected = make_person("Người chỉ có trong sự kiện bị loại", side="la")
        cls.rejected_too = make_meeting(
            "talks", title="Sự kiện bị loại 2", status="rejected", people=[(cls.only_rejected, "", True)]
        )

    def test_the_person_page_lists_events_over_time_and_roles_held(self):
        response = self.client.get(self.dung.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            [event.title for event in response.context["page"].object_list],
            [
                "Hội đàm năm 2019",
                "Hội đàm năm 2024",
            ],
        )
        roles = [(role["role"], role["first_text"], role["last_text"]) for role in response.context["roles"]]
        self.assertEqual(
            roles,
            [
                ("Chủ tịch UBND thành phố", "2/5/2019", "2/5/2019"),
                ("Bí thư Thành ủy Hà Nội", "11/3/2024", "11/3/2024"),
            ],
        )
        self.assertContains(response, "Việt Nam (Hà Nội)")
        self.assertContains(response, "Dinh Tien Dung")
        self.assertNotContains(response, "Sự kiện bị loại")
        self.assertNotContains(response, "Chức vụ sai")

    def test_a_person_named_only_in_rejected_events_is_not_public(self):
        self.assertEqual(self.client.get(self.only_rejected.get_absolute_url()).status_code, 404)
        self.assertNotContains(self.client.get("/people/"), "Người chỉ có trong sự kiện bị loại")

    def test_the_organization_page_lists_its_public_events(self):
        response = self.client.get(self.organization.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Hội đàm năm 2024")
        self.assertNotContains(response, "Sự kiện bị loại")

    def test_the_article_page_highlights_evidence_of_public_events_only(self):
        response = self.client.get(self.article.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<p>Chiều 11/3, hai bên <mark>", count=0)
        self.assertContains(response, "<p><mark>Chiều 11/3, hai bên hội đàm tại Viêng Chăn.</mark></p>")
        self.assertContains(response, "<p>Kết bài.</p>")
        self.assertContains(response, "<p>Mở đầu bài báo.</p>")
        self.assertContains(response, "Hội đàm năm 2024")
        self.assertNotContains(response, "Sự kiện bị loại")

    def test_the_article_page_links_the_original_safely(self):
        response = self.client.get(self.article.get_absolute_url())
        self.assertContains(response, 'href="https://example.org/bai" rel="noopener noreferrer"')
        self.assertContains(response, "Nhân Dân")
        self.assertContains(response, "12/3/2024")

    def test_a_javascript_url_is_never_a_link(self):
        article = make_article(url="javascript:alert(1)")
        response = self.client.get(article.get_absolute_url())
        self.assertNotContains(response, 'href="javascript:')

    def test_the_people_index_is_alphabetical_without_accents_and_searchable(self):
        make_person("Anouphap Tounalom", side="la")
        make_meeting(people=[(make_person("Ánh Nguyễn", side="vn"), "", True)])
        make_meeting(people=[(make_person("Bùi Văn A", side="vn"), "", True)])
        response = self.client.get("/people/")
        names = [person.name for person in response.context["page"].object_list]
        self.assertEqual(names, ["Ánh Nguyễn", "Bùi Văn A", "Đinh Tiến Dũng"])
        self.assertContains(response, "2 sự kiện")
        response = self.client.get("/people/", {"q": "dinh tien"})
        self.assertEqual([person.name for person in response.context["page"].object_list], ["Đinh Tiến Dũng"])

    def test_the_organization_index_counts_public_events(self):
        response = self.client.get("/organizations/", {"q": "vieng chan"})
        organizations = list(response.context["page"].object_list)
        self.assertEqual([(o.name, o.event_count) for o in organizations], [("Thành ủy Viêng Chăn", 1)])

    def test_an_index_search_postgres_cannot_run_is_a_400_that_says_why(self):
        # A NUL byte cannot be sent to PostgreSQL; hypothesis found it as a 500 on /people/?q=%00.
        for url in ("/people/", "/organizations/"):
            for query in ("\x00", "đ" * 201):
                with self.subTest(url=url, query=query[:3]):
                    response = self.client.get(url, {"q": query})
                    self.assertEqual(response.status_code, 400)
                    self.assertContains(response, "Tìm kiếm không hợp lệ", status_code=400)
                    self.assertContains(response, 'aria-invalid="true"', status_code=400)

    def test_unknown_pages_are_not_found(self):
        for url in ["/people/999999/", "/organizations/999999/", "/articles/999999/"]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)
