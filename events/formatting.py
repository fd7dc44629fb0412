"""How dates, numbers and amounts read on the public pages, in Vietnamese and in English.

Vietnamese writes 26/8/2021, "tháng 3/2024" and 200.000; English 26 Aug 2021, March 2024 and 200,000.
Two languages only, so each shape is written out rather than pieced together from format strings.
"""

import re
from collections import defaultdict
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from . import currency
from .models import DatePrecision, Direction, Side
from .text import fold

MONTHS_EN = "January February March April May June July August September October November December".split()
EN_DASH = "\u2013"


def is_english():
    return (get_language() or "vi").startswith("en")


def format_number(value):
    """200000 -> '200.000' (vi) or '200,000' (en); decimals only when the value has them."""
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    thousands, decimal_mark = (",", ".") if is_english() else (".", ",")
    sign = "-" if value < 0 else ""
    whole, _dot, fraction = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", thousands)
    return f"{sign}{grouped}{decimal_mark}{fraction}" if fraction else f"{sign}{grouped}"


def format_day(date):
    """A day with its year: 26/8/2021 or 26 Aug 2021."""
    if is_english():
        return f"{date.day} {MONTHS_EN[date.month - 1][:3]} {date.year}"
    return f"{date.day}/{date.month}/{date.year}"


def format_long_day(date):
    if is_english():
        return f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}"
    return f"{date.day}/{date.month}/{date.year}"


def format_month(year, month):
    if is_english():
        return f"{MONTHS_EN[month - 1]} {year}"
    return f"tháng {month}/{year}"


def format_moment(moment):
    """When a page was made: '14:05, 7/12/2026' or '7 December 2026, 14:05'."""
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if is_english():
        return f"{format_long_day(moment)}, {clock}"
    return f"{clock}, {format_long_day(moment)}"


def _day_range(start, end):
    """11–12/3/2024, 30/3–2/4/2024, 30/12/2023–2/1/2024 (and the English equivalents)."""
    if is_english():
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}{EN_DASH}{end.day} {MONTHS_EN[start.month - 1][:3]} {start.year}"
        if start.year == end.year:
            return (
                f"{start.day} {MONTHS_EN[start.month - 1][:3]} {EN_DASH} "
                f"{end.day} {MONTHS_EN[end.month - 1][:3]} {end.year}"
            )
        return f"{format_day(start)} {EN_DASH} {format_day(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{EN_DASH}{end.day}/{start.month}/{start.year}"
    if start.year == end.year:
        return f"{start.day}/{start.month}{EN_DASH}{end.day}/{end.month}/{end.year}"
    return f"{format_day(start)}{EN_DASH}{format_day(end)}"


def format_date_at(date, precision):
    """One date as precisely as it is known: 26/8/2021, tháng 3/2024 or 2019."""
    if precision == DatePrecision.YEAR:
        return str(date.year)
    if precision == DatePrecision.MONTH:
        return format_month(date.year, date.month)
    return format_day(date)


def format_event_date(event):
    """The date as precisely as the article gave it; the article's own words when it gave none."""
    start, end, precision = event.date, event.date_end, event.date_precision
    if start is None:
        words = event.date_text.strip()
        unknown = _("năm chưa rõ")
        return f"{words} ({unknown})" if words else _("ngày chưa rõ")
    if precision == DatePrecision.YEAR:
        if end and end.year != start.year:
            return f"{start.year}{EN_DASH}{end.year}"
        return str(start.year)
    if precision == DatePrecision.MONTH:
        if end and (end.year, end.month) != (start.year, start.month):
            return f"{format_month(start.year, start.month)} {EN_DASH} {format_month(end.year, end.month)}"
        return format_month(start.year, start.month)
    if end and end != start:
        return _day_range(start, end)
    return format_day(start)


def format_amount(amount):
    """'200.000 USD', or '8 × 20.000 USD' when the article says 'mỗi tỉnh 20.000 USD' for 8 provinces."""
    text = f"{format_number(amount.value)} {amount.unit}"
    if amount.count and amount.count != 1:
        text = f"{format_number(amount.count)} × {text}"
    return text


def format_amounts(amounts):
    return " · ".join(format_amount(amount) for amount in amounts)


def format_usd(usd):
    """Whole dollars: a rate's third decimal is not worth printing."""
    return f"{format_number(Decimal(usd).quantize(Decimal(1)))} USD"


def provisional_label():
    return _("tạm tính")


def conversion_text(conversion, year=None):
    """The US-dollar figure of a conversion, or why there is none; "" for an item noun."""
    if conversion.usd is not None:
        text = format_usd(conversion.usd)
        return f"{text} ({provisional_label()})" if conversion.provisional else text
    if conversion.missing == currency.YEAR_UNKNOWN:
        return _("năm chưa rõ, chưa quy đổi")
    if conversion.missing == currency.NO_RATE:
        return _("chưa có tỷ giá năm %(year)s") % {"year": year}
    return ""


def usd_note(value, unit, year):
    """What follows an amount written in another currency: "≈ 64.767 USD", or why it is not converted.
    Nothing for US dollars (already there) or items (not money)."""
    if currency.currency_code(unit) in ("", currency.USD):
        return ""
    conversion = currency.to_usd(value, unit, year)
    text = conversion_text(conversion, year)
    return f"≈ {text}" if conversion.usd is not None else text


def format_amount_with_usd(amount, year):
    """'1.500.000.000 VND (≈ 64.767 USD)': the original first, the dollar figure beside it."""
    note = usd_note(amount.total, amount.unit, year)
    return f"{format_amount(amount)} ({note})" if note else format_amount(amount)


def format_amounts_with_usd(amounts, year):
    return " · ".join(format_amount_with_usd(amount, year) for amount in amounts)


def amount_totals(amounts, year=None):
    """Value × count summed per unit, in the order the units first appear, each with its US-dollar
    figure ("" for items) at the rate of `year`, the event's year."""
    totals = defaultdict(Decimal)
    for amount in amounts:
        totals[amount.unit] += amount.total
    return [
        {"unit": unit, "total": format_number(total), "usd": usd_note(total, unit, year)}
        for unit, total in totals.items()
    ]


def usd_total(amounts, year):
    """Every amount of money in US dollars, summed; only worth a line when more than one currency is
    involved, and only when each of them converts."""
    money = [amount for amount in amounts if currency.currency_code(amount.unit)]
    if len({currency.currency_code(amount.unit) for amount in money}) < 2:
        return ""
    conversions = [currency.to_usd(amount.total, amount.unit, year) for amount in money]
    if any(conversion.usd is None for conversion in conversions):
        return ""
    total = sum(conversion.usd for conversion in conversions)
    text = format_usd(total)
    return f"{text} ({provisional_label()})" if any(c.provisional for c in conversions) else text


def direction_arrow(direction):
    if direction == Direction.TO_LAOS:
        return "→ " + _("Lào")
    if direction == Direction.TO_HANOI:
        return "→ " + _("Hà Nội")
    return ""


def side_short(side):
    return {Side.VN: _("Hà Nội"), Side.LA: _("Viêng Chăn")}.get(side, "")


def leads_by_side(event):
    """The people leading each side: those marked lead, else the first named. Uses the prefetch."""
    participations = list(event.participations.all())
    result = []
    for side in (Side.VN, Side.LA, ""):
        of_side = [p for p in participations if p.person.side == side]
        leads = [p for p in of_side if p.is_lead] or of_side[:1]
        if leads:
            result.append({"side": side, "label": side_short(side), "participations": leads})
    return result


def participants_by_side(participations):
    groups = []
    for side, label in [*Side.choices, ("", _("Chưa rõ phía"))]:
        members = [p for p in participations if p.person.side == side]
        if members:
            groups.append({"side": side, "label": label, "participations": members})
    return groups


def outlets_of(sources):
    """The outlets that reported an event, each once, by name; and how many sources name none (an
    article read from a text file with no URL)."""
    names = {source.article.outlet for source in sources if source.article.outlet}
    return {
        "names": sorted(names, key=fold),
        "unknown": sum(1 for source in sources if not source.article.outlet),
    }


def split_paragraphs(text):
    return [paragraph.strip() for paragraph in re.split(r"\n\s*\n|\n", text or "") if paragraph.strip()]


def _find_spans(paragraph, needles):
    spans = []
    for needle in needles:
        start = paragraph.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = paragraph.find(needle, start + len(needle))
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(paragraph, needles):
    """The paragraph as HTML with every evidence sentence in <mark>; each piece is escaped on its own."""
    pieces, position = [], 0
    for start, end in _find_spans(paragraph, needles):
        pieces.append((paragraph[position:start], paragraph[start:end]))
        position = end
    html = format_html_join("", "{}<mark>{}</mark>", pieces)
    return html + format_html("{}", paragraph[position:])


def evidence_needles(evidences):
    """Evidence may hold several sentences or lines; each is searched for separately."""
    needles = set()
    for evidence in evidences:
        for line in re.split(r"\n+", evidence or ""):
            line = line.strip()
            if len(line) >= 8:
                needles.add(line)
    return sorted(needles, key=len, reverse=True)


def highlighted_paragraphs(text, evidences):
    needles = evidence_needles(evidences)
    return [highlight(paragraph, needles) for paragraph in split_paragraphs(text)]


MAX_CHART_YEARS = 40


def year_chart(rows, kinds, height=120, bar_width=22, gap=8):
    """Stacked bars of events per year by kind, laid out here so the template only draws rectangles.

    `rows` are {"year", "kind", "count"} from one aggregate query; undated events are left out.
    """
    by_year = defaultdict(dict)
    for row in rows:
        if row["year"] is not None:
            by_year[int(row["year"])][row["kind"]] = row["count"]
    if not by_year:
        return None
    years = list(range(min(by_year), max(by_year) + 1))
    if len(years) > MAX_CHART_YEARS:
        # A stray early date (a mistyped year) must not stretch the chart over centuries: past this
        # width, only the years that have events get a column.
        years = sorted(by_year)[-MAX_CHART_YEARS:]
    tallest = max(sum(counts.values()) for counts in by_year.values())
    top, label_room = 14, 18
    columns = []
    for index, year in enumerate(years):
        x = index * (bar_width + gap) + gap
        y = top + height
        bars = []
        for kind, label in kinds:
            count = by_year[year].get(kind, 0)
            if not count:
                continue
            bar_height = max(round(count / tallest * height, 1), 1.5)
            y -= bar_height
            bars.append(
                {"kind": kind, "label": label, "count": count, "y": round(y, 1), "height": bar_height}
            )
        total = sum(by_year[year].values())
        columns.append(
            {
                "year": year,
                "x": x,
                "center": x + bar_width / 2,
                "bars": bars,
                "cells": [by_year[year].get(kind, 0) for kind, _label in kinds],
                "total": total,
                "total_y": round(y - 3, 1),
                "show_label": len(years) <= 14 or index % 2 == 0 or index == len(years) - 1,
            }
        )
    return {
        "columns": columns,
        "width": len(years) * (bar_width + gap) + gap,
        "height": top + height + label_room,
        "baseline": top + height,
        "label_y": top + height + 14,
        "bar_width": bar_width,
        "tallest": tallest,
    }


def aid_directions():
    """The aid chart's rows: who gave to whom (Event.direction); an unknown direction is a row of its own
    rather than a guess."""
    return [
        (Direction.TO_LAOS, _("Hà Nội → Viêng Chăn")),
        (Direction.TO_HANOI, _("Viêng Chăn → Hà Nội")),
        ("", _("Chưa rõ chiều")),
    ]


class AidTally:
    """Amounts added up by unit: money per currency with its sum in US dollars, items per noun."""

    def __init__(self):
        self.money = defaultdict(Decimal)
        self.items = defaultdict(Decimal)
        self.undated = defaultdict(Decimal)  # money of events with no year: no rate to apply
        self.unrated = defaultdict(Decimal)  # a year the rate table does not cover
        self.usd = Decimal(0)
        self.converted = False
        self.approximate = False  # some of the dollars come from another currency at a yearly rate
        self.provisional = False

    def add(self, unit, total, year):
        code = currency.currency_code(unit)
        if not code:
            self.items[unit] += total
            return
        self.money[code] += total
        conversion = currency.to_usd(total, code, year)
        if conversion.usd is None:
            missing = self.undated if conversion.missing == currency.YEAR_UNKNOWN else self.unrated
            missing[code] += total
        else:
            self.usd += conversion.usd
            self.converted = True
            self.approximate = self.approximate or code != currency.USD
            self.provisional = self.provisional or conversion.provisional

    def as_context(self):
        def listed(totals):
            # Dollars first, then the other units alphabetically: the rows come from an unordered GROUP BY.
            units = sorted(totals, key=lambda unit: (unit != currency.USD, unit.casefold()))
            return " · ".join(f"{format_number(totals[unit])} {unit}" for unit in units)

        return {
            "money": listed(self.money),
            "usd": format_usd(self.usd) if self.converted else "",
            "approximate": self.approximate,
            # Dollars alone need no second line; converted or partly unconverted money does.
            "usd_line": self.converted and (self.approximate or bool(self.undated) or bool(self.unrated)),
            "provisional": self.provisional,
            "undated": listed(self.undated),
            "unrated": listed(self.unrated),
            "items": listed(self.items),
        }


def aid_summary(rows):
    """The summary band's aid panel from `rows` of {"direction", "year", "unit", "total"} (amounts
    summed per direction, year and unit, views.summary_data): for each direction in all and for each
    year, the original amounts with their US-dollar sum beside them, and a chart of the dollars."""
    if not rows:
        return None
    directions = aid_directions()
    overall = defaultdict(AidTally)
    by_year = defaultdict(lambda: defaultdict(AidTally))
    for row in rows:
        year = None if row["year"] is None else int(row["year"])
        overall[row["direction"]].add(row["unit"], row["total"], year)
        by_year[year][row["direction"]].add(row["unit"], row["total"], year)
    years = sorted((year for year in by_year if year is not None), reverse=True)
    return {
        "directions": [
            {"direction": direction, "label": label, **overall[direction].as_context()}
            for direction, label in directions
            if direction in overall
        ],
        "years": [
            {
                "year": year,
                "rows": [
                    {"direction": direction, "label": label, **by_year[year][direction].as_context()}
                    for direction, label in directions
                    if direction in by_year[year]
                ],
            }
            for year in [*years, *([None] if None in by_year else [])]
        ],
        "chart": aid_chart(
            {year: {d: tally.usd for d, tally in by_year[year].items()} for year in years}, directions
        ),
    }


def aid_chart(usd_by_year, directions, height=90, bar_width=8, gap=8):
    """Bars of US dollars per year, one per direction side by side, laid out for the template."""
    usd_by_year = {year: usd for year, usd in usd_by_year.items() if any(usd.values())}
    if not usd_by_year:
        return None
    years = list(range(min(usd_by_year), max(usd_by_year) + 1))
    if len(years) > MAX_CHART_YEARS:
        years = sorted(usd_by_year)[-MAX_CHART_YEARS:]
    tallest = max(max(usd.values()) for usd in usd_by_year.values())
    top, label_room = 6, 18
    group_width = bar_width * len(directions)
    columns = []
    for index, year in enumerate(years):
        x = index * (group_width + gap) + gap
        bars = []
        for position, (direction, label) in enumerate(directions):
            usd = usd_by_year.get(year, {}).get(direction, 0)
            if not usd:
                continue
            bar_height = max(round(float(usd / tallest) * height, 1), 1.5)
            bars.append(
                {
                    "direction": direction or "unknown",
                    "label": label,
                    "usd": format_usd(usd),
                    "x": x + position * bar_width,
                    "y": round(top + height - bar_height, 1),
                    "height": bar_height,
                }
            )
        columns.append(
            {
                "year": year,
                "bars": bars,
                "center": x + group_width / 2,
                "show_label": len(years) <= 8 or index % 3 == 0 or index == len(years) - 1,
            }
        )
    return {
        "columns": columns,
        "width": len(years) * (group_width + gap) + gap,
        "height": top + height + label_room,
        "baseline": top + height,
        "label_y": top + height + 14,
        "bar_width": bar_width,
        "tallest": format_usd(tallest),
        "legend": [
            {"direction": direction or "unknown", "label": label}
            for direction, label in directions
            if any(usd.get(direction) for usd in usd_by_year.values())
        ],
    }


def people_text(participations):
    """'Hà Nội: Đinh Tiến Dũng (Bí thư Thành ủy); Viêng Chăn: …', sides in the usual order."""
    groups = []
    for group in participants_by_side(participations):
        names = ", ".join(
            f"{p.person.name} ({p.role})" if p.role else p.person.name for p in group["participations"]
        )
        label = side_short(group["side"]) or group["label"]
        groups.append(f"{label}: {names}")
    return "; ".join(groups)


def event_summary_html(event, sources):
    """A feed entry's summary: date, kind, people, amounts, the evidence and its outlets. Every piece
    of text is escaped here, because a feed reader renders this as HTML."""
    year = currency.event_year(event)
    facts = [format_event_date(event), event.get_category_display()]
    if event.direction:
        facts.append(event.get_direction_display())
    if event.place:
        facts.append(event.place)
    paragraphs = [format_html("<p>{}</p>", " · ".join(str(fact) for fact in facts))]
    people = people_text(list(event.participations.all()))
    if people:
        paragraphs.append(format_html("<p>{}</p>", people))
    amounts = list(event.amounts.all())
    if amounts:
        paragraphs.append(format_html("<p>{}</p>", format_amounts_with_usd(amounts, year)))
    for source in sources:
        if source.evidence:
            paragraphs.append(format_html("<blockquote>{}</blockquote>", source.evidence))
    outlets = outlets_of(sources)["names"]
    if sources:
        count = ngettext("%(count)s nguồn", "%(count)s nguồn", len(sources)) % {"count": len(sources)}
        paragraphs.append(
            format_html("<p>{}</p>", ": ".join([count, ", ".join(outlets)]) if outlets else count)
        )
    return format_html_join("", "{}", ((paragraph,) for paragraph in paragraphs))
