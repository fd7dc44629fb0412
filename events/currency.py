"""US-dollar equivalents of amounts, at the average rate of the event's year.

The rates are events/data/exchange_rates.csv: local currency units per US dollar, the World Bank's
annual average (WDI PA.NUS.FCRF), one row per currency and year with its source; the provenance and
the gaps are in events/data/exchange_rates.md. A row whose source starts with "PROXY" repeats an
earlier year's rate because that year's average is not published yet: its conversions are provisional.

An item noun ("khẩu trang", "bộ xét nghiệm", "computers") is not money and is never converted.
"""

import csv
import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

RATES_PATH = Path(__file__).resolve().parent / "data" / "exchange_rates.csv"
USD = "USD"
PROXY_PREFIX = "PROXY"

# Why an amount has no US-dollar figure.
ITEM = "item"
YEAR_UNKNOWN = "year_unknown"
NO_RATE = "no_rate"


@dataclass(frozen=True)
class Rate:
    currency: str
    year: int
    units_per_usd: Decimal
    source: str

    @property
    def provisional(self):
        return self.source.startswith(PROXY_PREFIX)


@dataclass(frozen=True)
class Conversion:
    usd: Decimal | None
    rate: Rate | None = None
    missing: str = ""  # ITEM, YEAR_UNKNOWN or NO_RATE when usd is None

    @property
    def provisional(self):
        return self.rate is not None and self.rate.provisional


@functools.cache
def rates():
    """{(currency, year): Rate}, read once per process."""
    with RATES_PATH.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return {
        (row["currency"], int(row["year"])): Rate(
            row["currency"], int(row["year"]), Decimal(row["units_per_usd"]), row["source"]
        )
        for row in rows
    }


@functools.cache
def currencies():
    return frozenset({USD, *(currency for currency, _year in rates())})


def currency_code(unit):
    """The currency an amount's unit names ("USD", "vnd" -> "VND"), or "" for an item noun."""
    code = (unit or "").strip().upper()
    return code if code in currencies() else ""


def to_usd(value, unit, year):
    """`value` of `unit` in US dollars at the average rate of `year` (None when the year is unknown)."""
    code = currency_code(unit)
    if not code:
        return Conversion(None, missing=ITEM)
    if code == USD:
        return Conversion(Decimal(value))
    if year is None:
        return Conversion(None, missing=YEAR_UNKNOWN)
    rate = rates().get((code, year))
    if rate is None:
        return Conversion(None, missing=NO_RATE)
    return Conversion(Decimal(value) / rate.units_per_usd, rate)


def event_year(event):
    return year_of(event.date)


def year_of(day):
    """The year whose rate converts an amount of an event on `day` (None when undated)."""
    return day.year if day else None


def rounded(usd, places=2):
    """A US-dollar figure for the JSON: a float rounded to cents."""
    return None if usd is None else float(round(usd, places))
