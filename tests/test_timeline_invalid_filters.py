from django.test import TestCase
from django.urls import reverse

from .builders import make_meeting

BAD_VALUES = [
    {"year": "abc"},
    {"year": "99999"},
    {"date_after": "2024-13-45"},
    {"date_before": "yesterday"},
    {"category": "unknown"},
    {"kind": "party"},
    {"status": "rejected"},
    {"direction": "sideways"},
    {"person": "abc"},
    {"person": "99999999999999999999999999"},
    {"organization": "-3"},
    {"q": "x" * 500},
    # Digits that str.isdigit() accepts and int() does not, and a number int() refuses to read.
    {"year": "²"},
    {"year": "①"},
    {"year": "⁵"},
    {"year": "9" * 10_000},
    {"sources": "²"},
    # Neither true nor false: an error rather than a filter silently left out.
    {"has_amounts": "maybe"},
    {"has_amounts": "yes"},
]


class InvalidTimelineFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_meeting(title="Hội đàm")
        make_meeting(title="Sự kiện bị loại", status="rejected")

    def test_every_invalid_value_gives_a_400_page_with_a_message(self):
        for params in BAD_VALUES:
            with self.subTest(params=params):
                response = self.client.get(reverse("events:timeline"), params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "Bộ lọc có giá trị không hợp lệ", status_code=400)
                self.assertContains(response, 'aria-invalid="true"', status_code=400)
                self.assertNotContains(response, "Sự kiện bị loại", status_code=400)

    def test_the_message_names_the_field(self):
        response = self.client.get(reverse("events:timeline"), {"year": "abc"})
        self.assertContains(response, "<strong>Năm</strong>", status_code=400)

    def test_the_api_answers_invalid_values_with_a_400_and_the_errors(self):
        for params in [*BAD_VALUES, {"format": "xml"}]:
            with self.subTest(params=params):
                response = self.client.get(reverse("events:api_events"), params)
                self.assertEqual(response.status_code, 400)
                self.assertEqual(response.json()["error"]["code"], "invalid_parameter")

    def test_values_that_only_narrow_to_nothing_give_an_empty_page(self):
        for params in [{"person": "424242"}, {"q": "không có gì"}, {"year": "1990"}, {"place": "Paris"}]:
            with self.subTest(params=params):
                response = self.client.get(reverse("events:timeline"), params)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Không có sự kiện nào khớp với bộ lọc.")

    def test_unknown_parameters_are_ignored(self):
        response = self.client.get(reverse("events:timeline"), {"colour": "red"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Hội đàm")

    def test_has_amounts_takes_true_false_one_and_zero(self):
        for value in ("true", "false", "1", "0", ""):
            with self.subTest(value=value):
                self.assertEqual(
                    self.client.get(reverse("events:timeline"), {"has_amounts": value}).status_code, 200
                )
