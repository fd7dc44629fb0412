from django.test import TestCase

from events.models import Organization

from .builders import make_agreement, make_article, make_person

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


class UserTextIsEscapedEverywhereTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.article = make_article(
            title=f"Bài {SCRIPT}",
            outlet=f"Báo {SCRIPT}",
            clean_text=f"Đoạn một {SCRIPT} có <b>thẻ</b>.\n\nCâu bằng chứng {SCRIPT} ở đây.",
        )
        cls.person = make_person(f"Người {SCRIPT}", aliases=[f"Tên {SCRIPT}"])
        cls.organization = Organization.objects.create(name=f"Tổ chức {SCRIPT}")
        cls.event = make_agreement(
            "aid",
            title=f"Sự kiện {SCRIPT}",
            place=f"Nơi {SCRIPT}",
            summary=f"Tóm tắt {SCRIPT}",
            amounts=[("100", f"đơn vị {SCRIPT}", f"bên nhận {SCRIPT}")],
            people=[(cls.person, f"chức vụ {SCRIPT}", True)],
            article=cls.article,
            evidence=f"Câu bằng chứng {SCRIPT} ở đây.",
        )
        cls.event.organizations.add(cls.organization)

    def pages(self):
        return [
            "/",
            "/?q=su+kien",
            self.event.get_absolute_url(),
            self.person.get_absolute_url(),
            self.organization.get_absolute_url(),
            self.article.get_absolute_url(),
            "/people/",
            "/organizations/",
        ]

    def test_a_script_title_appears_escaped_on_every_page(self):
        for url in self.pages():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, SCRIPT)
                self.assertContains(response, ESCAPED)

    def test_the_highlighted_article_text_escapes_every_piece(self):
        response = self.client.get(self.article.get_absolute_url())
        self.assertContains(response, f"<p><mark>Câu bằng chứng {ESCAPED} ở đây.</mark></p>")
        self.assertContains(response, "&lt;b&gt;thẻ&lt;/b&gt;")

    def test_the_json_api_returns_the_text_as_data(self):
        data = self.client.get("/api/events/").json()
        self.assertEqual(data["events"][0]["title"], f"Sự kiện {SCRIPT}")
        self.assertEqual(self.client.get("/api/events/")["Content-Type"], "application/json")
