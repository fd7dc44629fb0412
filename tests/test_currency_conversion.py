import csv
from decimal import Decimal

from django.test import SimpleTestCase

from events import currency


def table_rate(code, year):
    """The rate as written in the shipped file, read here without events.currency."""
    with currency.RATES_PATH.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            if (row["currency"], row["year"]) == (code, str(year)):
                return Decimal(row["units_per_usd"]), row["source"]
    raise AssertionError(f"no {code} rate for {year}")


class CurrencyConversionTests(SimpleTestCase):
    def test_vnd_is_divided_by_the_rate_of_the_events_year(self):
        rate, source = table_rate("VND", 2021)
        conversion = currency.to_usd(Decimal("1500000000"), "VND", 2021)
        self.assertEqual(conversion.usd, Decimal("1500000000") / rate)
        # 1,5 tỷ đồng at the World Bank's 2021 average of 23.159,78 VND per dollar.
        self.assertEqual(round(conversion.usd), 64767)
        self.assertFalse(conversion.provisional)
        self.assertTrue(source.startswith("World Bank WDI PA.NUS.FCRF"))
        self.assertEqual(conversion.rate.source, source)

    def test_each_currency_uses_its_own_years_rate(self):
        for code, year, value in [
            ("LAK", 2022, "2000000000"),
            ("THB", 2021, "1000000"),
            ("EUR", 2021, "500"),
        ]:
            with self.subTest(code=code):
                rate, _source = table_rate(code, year)
                self.assertEqual(currency.to_usd(Decimal(value), code, year).usd, Decimal(value) / rate)
        # The same kip are worth fewer dollars after the 2022 slide.
        lak_2021 = currency.to_usd(Decimal("1000000"), "LAK", 2021).usd
        lak_2023 = currency.to_usd(Decimal("1000000"), "LAK", 2023).usd
        self.assertGreater(lak_2021, lak_2023 * Decimal("1.5"))

    def test_us_dollars_stay_as_they_are_even_without_a_year(self):
        self.assertEqual(currency.to_usd(Decimal("200000"), "USD", 2021).usd, Decimal("200000"))
        self.assertEqual(currency.to_usd(Decimal("15000"), "USD", None).usd, Decimal("15000"))
        self.assertEqual(currency.to_usd(Decimal("5"), " usd ", None).usd, Decimal("5"))

    def test_an_undated_amount_has_no_conversion_and_says_why(self):
        conversion = currency.to_usd(Decimal("1500000000"), "VND", None)
        self.assertIsNone(conversion.usd)
        self.assertEqual(conversion.missing, currency.YEAR_UNKNOWN)

    def test_items_are_never_converted(self):
        for unit in ["khẩu trang", "bộ xét nghiệm kháng nguyên", "computers", "máy thở"]:
            with self.subTest(unit=unit):
                conversion = currency.to_usd(Decimal("30000"), unit, 2021)
                self.assertIsNone(conversion.usd)
                self.assertEqual(conversion.missing, currency.ITEM)

    def test_a_year_outside_the_table_has_no_rate(self):
        self.assertEqual(currency.to_usd(Decimal("1"), "EUR", 1995).missing, currency.NO_RATE)
        self.assertEqual(currency.to_usd(Decimal("1"), "VND", 1975).missing, currency.NO_RATE)

    def test_a_proxy_rate_makes_the_conversion_provisional(self):
        rate, source = table_rate("VND", 2025)
        self.assertTrue(source.startswith("PROXY"))
        conversion = currency.to_usd(Decimal("1000000000"), "VND", 2025)
        self.assertEqual(conversion.usd, Decimal("1000000000") / rate)
        self.assertTrue(conversion.provisional)
        self.assertFalse(currency.to_usd(Decimal("1000000000"), "VND", 2024).provisional)

    def test_the_table_covers_every_year_of_the_record_with_a_cited_source(self):
        table = currency.rates()
        for code in ["VND", "LAK", "THB", "CNY", "JPY", "EUR"]:
            first = 1999 if code == "EUR" else 1990
            for year in range(first, 2027):
                with self.subTest(code=code, year=year):
                    rate = table[(code, year)]
                    self.assertGreater(rate.units_per_usd, 0)
                    self.assertIn("PA.NUS.FCRF", rate.source)
