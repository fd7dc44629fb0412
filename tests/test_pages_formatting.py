import datetime
from decimal import Decimal
from types import SimpleNamespace

from django.test import SimpleTestCase
from django.utils import translation

from events import formatting


def event(date=None, precision="", end=None, text=""):
    return SimpleNamespace(date=date, date_precision=precision, date_end=end, date_text=text)


def amount(value, unit, count=None):
    return SimpleNamespace(value=Decimal(value), unit=unit, count=count)


class VietnameseFormattingTests(SimpleTestCase):
    def setUp(self):
        translation.activate("vi")
        self.addCleanup(translation.deactivate)

    def test_dates_at_their_precision(self):
        self.assertEqual(formatting.format_event_date(event(datetime.date(2021, 8, 26), "day")), "26/8/2021")
        self.assertEqual(
            formatting.format_event_date(event(datetime.date(2024, 3, 1), "month")), "tháng 3/2024"
        )
        self.assertEqual(formatting.format_event_date(event(datetime.date(2019, 1, 1), "year")), "2019")

    def test_ranges(self):
        start = datetime.date(2024, 3, 11)
        self.assertEqual(
            formatting.format_event_date(event(start, "day", datetime.date(2024, 3, 12))), "11–12/3/2024"
        )
        self.assertEqual(
            formatting.format_event_date(event(datetime.date(2024, 3, 30), "day", datetime.date(2024, 4, 2))),
            "30/3–2/4/2024",
        )
        self.assertEqual(
            formatting.format_event_date(
                event(datetime.date(2023, 12, 30), "day", datetime.date(2024, 1, 2))
            ),
            "30/12/2023–2/1/2024",
        )

    def test_unknown_dates_show_the_article_words(self):
        self.assertEqual(formatting.format_event_date(event(text="chiều 26/8")), "chiều 26/8 (năm chưa rõ)")
        self.assertEqual(formatting.format_event_date(event()), "ngày chưa rõ")

    def test_numbers_use_dot_thousands_and_comma_decimals(self):
        self.assertEqual(formatting.format_number(Decimal("200000.00")), "200.000")
        self.assertEqual(formatting.format_number(Decimal("1234567.5")), "1.234.567,5")
        self.assertEqual(formatting.format_number(950), "950")

    def test_amounts(self):
        amounts = [amount("200000", "USD"), amount("30000", "khẩu trang"), amount("20000", "USD", 8)]
        self.assertEqual(
            formatting.format_amounts(amounts), "200.000 USD · 30.000 khẩu trang · 8 × 20.000 USD"
        )


class EnglishFormattingTests(SimpleTestCase):
    def setUp(self):
        translation.activate("en")
        self.addCleanup(translation.deactivate)

    def test_dates(self):
        self.assertEqual(
            formatting.format_event_date(event(datetime.date(2021, 8, 26), "day")), "26 Aug 2021"
        )
        self.assertEqual(
            formatting.format_event_date(event(datetime.date(2024, 3, 1), "month")), "March 2024"
        )
        self.assertEqual(
            formatting.format_event_date(
                event(datetime.date(2024, 3, 11), "day", datetime.date(2024, 3, 12))
            ),
            "11–12 Mar 2024",
        )
        self.assertEqual(formatting.format_event_date(event(text="chiều 26/8")), "chiều 26/8 (year unknown)")

    def test_numbers_use_comma_thousands(self):
        self.assertEqual(formatting.format_number(Decimal("1234567.5")), "1,234,567.5")
        self.assertEqual(formatting.format_amounts([amount("200000", "USD")]), "200,000 USD")


class HighlightTests(SimpleTestCase):
    def test_overlapping_evidence_is_marked_once(self):
        html = formatting.highlight("Một hai ba bốn năm.", ["hai ba", "ba bốn"])
        self.assertEqual(html, "Một <mark>hai ba bốn</mark> năm.")

    def test_every_piece_is_escaped(self):
        html = formatting.highlight("a <i>b</i> & c", ["<i>b</i>"])
        self.assertEqual(html, "a <mark>&lt;i&gt;b&lt;/i&gt;</mark> &amp; c")

    def test_short_fragments_are_not_highlighted(self):
        self.assertEqual(
            formatting.evidence_needles(["Hà Nội", "", "Câu bằng chứng dài.\nCâu thứ hai dài."]),
            [
                "Câu bằng chứng dài.",
                "Câu thứ hai dài.",
            ],
        )


def test_a_stray_early_year_does_not_stretch_the_chart_over_centuries():
    from events.formatting import MAX_CHART_YEARS, year_chart

    rows = [{"year": 1, "kind": "meeting", "count": 1}] + [
        {"year": year, "kind": "meeting", "count": 2} for year in range(1990, 2026)
    ]
    chart = year_chart(rows, [("meeting", "Cuộc gặp")])
    years = [column["year"] for column in chart["columns"]]
    assert len(years) <= MAX_CHART_YEARS
    assert years[-1] == 2025 and 1990 in years
