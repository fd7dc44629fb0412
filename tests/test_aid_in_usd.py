"""Aid in one currency on the pages: the US-dollar figure beside the original, never instead of it."""

import datetime
from decimal import Decimal

from django.test import TestCase

from events import currency

from .builders import make_agreement


def vnd_2021_in_usd(value):
    return Decimal(value) / currency.rates()[("VND", 2021)].units_per_usd


class AidInUsdTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.gift = make_agreement(
            "aid",
            title="Hà Nội trao tặng Viêng Chăn 1,5 tỷ đồng",
            date=datetime.date(2021, 8, 26),
            direction="to_laos",
            amounts=[
                ("1500000000", "VND", "Thủ đô Viêng Chăn"),
                ("200000", "USD", "Thủ đô Viêng Chăn"),
                ("30000", "khẩu trang", "Thủ đô Viêng Chăn"),
            ],
        )
        cls.return_gift = make_agreement(
            "aid",
            title="Viêng Chăn ủng hộ Hà Nội",
            date=datetime.date(2023, 5, 2),
            direction="to_hanoi",
            amounts=[("15000", "USD", "Hà Nội")],
        )
        cls.undated = make_agreement(
            "aid", title="Hỗ trợ chưa rõ năm", date=None, amounts=[("2000000", "VND", "")]
        )
        cls.recent = make_agreement(
            "funded_project",
            title="Công trình năm 2025",
            date=datetime.date(2025, 3, 1),
            direction="to_laos",
            amounts=[("1000000000", "LAK", "")],
        )

    def test_each_total_shows_its_dollars_beside_the_original(self):
        response = self.client.get(self.gift.get_absolute_url())
        totals = {row["unit"]: row for row in response.context["amount_totals"]}
        self.assertEqual(totals["VND"]["total"], "1.500.000.000")
        expected = f"≈ {round(vnd_2021_in_usd(1_500_000_000)):,} USD".replace(",", ".")
        self.assertEqual(totals["VND"]["usd"], expected)
        self.assertEqual(expected, "≈ 64.767 USD")
        self.assertEqual(totals["USD"]["usd"], "")  # already dollars
        self.assertEqual(totals["khẩu trang"]["usd"], "")  # an item, not money
        self.assertContains(response, "1.500.000.000 VND")
        self.assertContains(response, "≈ 64.767 USD")
        # Two currencies: their sum in dollars, 200.000 + 64.767,45.
        self.assertEqual(response.context["usd_total"], "264.767 USD")

    def test_an_undated_amount_is_not_converted_and_says_the_year_is_unknown(self):
        response = self.client.get(self.undated.get_absolute_url())
        self.assertEqual(response.context["amount_totals"][0]["usd"], "năm chưa rõ, chưa quy đổi")
        self.assertContains(response, "2.000.000 VND")
        self.assertContains(response, "năm chưa rõ, chưa quy đổi")

    def test_a_conversion_at_a_proxy_rate_says_it_is_provisional(self):
        response = self.client.get(self.recent.get_absolute_url())
        self.assertIn("(tạm tính)", response.context["amount_totals"][0]["usd"])

    def test_the_timeline_row_shows_the_dollars_after_the_original(self):
        response = self.client.get("/", {"q": "1,5 ty dong"})
        self.assertContains(
            response, "1.500.000.000 VND (≈ 64.767 USD) · 200.000 USD · 30.000 khẩu trang", html=False
        )

    def test_the_aid_panel_shows_both_directions_with_dollars_beside_the_originals(self):
        aid = self.client.get("/").context["summary"]["aid"]
        directions = {row["direction"]: row for row in aid["directions"]}
        self.assertEqual(list(directions), ["to_laos", "to_hanoi", ""])
        hanoi_gave = directions["to_laos"]
        self.assertEqual(hanoi_gave["label"], "Hà Nội → Viêng Chăn")
        self.assertEqual(hanoi_gave["money"], "200.000 USD · 1.000.000.000 LAK · 1.500.000.000 VND")
        expected = (
            200000
            + vnd_2021_in_usd(1_500_000_000)
            + Decimal(1_000_000_000) / (currency.rates()[("LAK", 2025)].units_per_usd)
        )
        self.assertEqual(hanoi_gave["usd"], f"{round(expected):,} USD".replace(",", "."))
        self.assertTrue(hanoi_gave["provisional"])  # the 2025 kip
        self.assertEqual(hanoi_gave["items"], "30.000 khẩu trang")
        lao_side_gave = directions["to_hanoi"]
        self.assertEqual(lao_side_gave["label"], "Viêng Chăn → Hà Nội")
        self.assertEqual((lao_side_gave["money"], lao_side_gave["usd"]), ("15.000 USD", "15.000 USD"))
        # Dollars alone are not repeated as a sum; converted money is.
        self.assertEqual((hanoi_gave["usd_line"], lao_side_gave["usd_line"]), (True, False))
        unknown = directions[""]
        self.assertEqual((unknown["usd"], unknown["undated"]), ("", "2.000.000 VND"))
        self.assertEqual([year["year"] for year in aid["years"]], [2025, 2023, 2021, None])

    def test_the_aid_chart_draws_a_bar_per_direction_and_year(self):
        response = self.client.get("/")
        chart = response.context["summary"]["aid"]["chart"]
        bars = {
            (column["year"], bar["direction"]): bar for column in chart["columns"] for bar in column["bars"]
        }
        self.assertEqual(set(bars), {(2021, "to_laos"), (2023, "to_hanoi"), (2025, "to_laos")})
        self.assertGreater(bars[(2021, "to_laos")]["height"], bars[(2023, "to_hanoi")]["height"])
        self.assertContains(response, 'class="aid-chart__bar aid-chart__bar--to_hanoi"')
        self.assertContains(response, "2023 · Viêng Chăn → Hà Nội: 15.000 USD")

    def test_in_english_the_figures_and_directions_read_in_english(self):
        self.client.cookies["django_language"] = "en"
        response = self.client.get("/", {"q": "1,5 ty dong"})
        self.assertContains(response, "1,500,000,000 VND (≈ 64,767 USD)")
        self.assertContains(response, "Hanoi → Vientiane")
        detail = self.client.get(self.undated.get_absolute_url())
        self.assertContains(detail, "year unknown, not converted")
