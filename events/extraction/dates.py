"""Dates in Vietnamese and English news text.

The Vietnamese rules are written by hand: dateparser reads "chiều 26/8" as a time or drops the
part of day, and knows neither "trong hai ngày 5 và 6/9" nor "ngày mai (12/3)". Day/month order is
always D/M in Vietnamese; a missing year comes from the publication date, or from the article's own
well-dated facts, never from related-news lists or anniversaries.
"""

import datetime
import itertools
import re
from dataclasses import dataclass, replace

from events.extraction import vocabulary


@dataclass
class FoundDate:
    start: int
    end: int
    text: str
    date: datetime.date | None  # None when day and month are known but the year is not
    precision: str  # "day", "month", "year"
    date_end: datetime.date | None = None
    year_inferred: bool = False
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class DateReference:
    """How to date a day or month the text gives without a year: the page's date, or else the year the
    article's own facts say it was written in (infer_text_year)."""

    published: datetime.date | None
    year: int | None = None
    published_precision: str = "day"  # "month" when only the page's month is known ("2024-03")

    def dates_in(self, text):
        return find_dates(
            text,
            published=self.published,
            reference_year=self.year,
            published_precision=self.published_precision,
        )

    @property
    def now(self):
        """The year the article was written in, as far as it is known."""
        return self.published.year if self.published else self.year


PART_OF_DAY = r"(?:(?:sáng|chiều|trưa|tối|đêm|rạng sáng|sáng sớm)\s+(?:nay\s+)?(?:hôm\s+nay\s+)?)"
# A day/month without a year needs a word before it that makes it a date, so "22/22 chỉ tiêu"
# or "24/7" are left alone.
# A weekday before the day: "Thứ Ba, 14/5, tại trụ sở ...", "Chiều thứ Ba, 13/10, ...".
WEEKDAY_LEAD = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,"
DATE_LEAD = rf"(?:ngày|hôm|sáng|chiều|trưa|tối|đêm|từ|đến|tới|và|\(|-|–|{WEEKDAY_LEAD})"

# Between day, month and year: "26/8" in most papers, "26-8" in Hà Nội Mới, Nhân Dân and Quân đội
# Nhân dân, "16.5" in Đại biểu Nhân dân and Lao Động. A dot or dash is only a separator between digits.
SEP = r"(?:\s*/\s*|[.-](?=\d))"
# "từ 3.5 đến 4.5 triệu", "tăng 6-7%": numbers, not dates.
NOT_A_NUMBER = r"(?!\d|[/.,-]\d|\s*(?:%|triệu|tỷ|nghìn|ngàn|tấn|million|billion))"

_DAY_MONTH_YEAR = re.compile(
    rf"(?:{PART_OF_DAY})?(?:ngày\s+)?(?<![\d.,])(?P<d>\d{{1,2}})(?P<sep>{SEP})(?P<m>\d{{1,2}})(?P=sep)"
    r"(?P<y>(?:19|20)\d\d)\b"
)
# "2025-12-03", as some pages stamp a story: year, month and day, never read as "12-03" (3 December
# read as 12 March after the dash).
_ISO_DATE = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/.-])")
_DAY_MONTH = re.compile(
    rf"(?P<lead>{DATE_LEAD})\s*(?:{PART_OF_DAY})?(?:{WEEKDAY_LEAD}\s*)?(?:ngày\s+)?"
    rf"(?P<d>\d{{1,2}}){SEP}(?P<m>\d{{1,2}}){NOT_A_NUMBER}",
    re.IGNORECASE,
)
_DAY_WORD = re.compile(r"ngày|hôm|sáng|chiều|trưa|tối|đêm", re.IGNORECASE)
# A month by its number or its name ("tháng Sáu", "tháng Mười Hai"; VI_MONTH_WORDS), the longer names first.
_MONTH = r"(?:\d{1,2}|mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)"
_WORDY_DAY = re.compile(
    # "ngày 8 tháng 5 năm 2024", "ngày mùng 8 tháng 5", "Ngày 26 tháng Sáu"
    rf"ngày\s+(?:(?:mùng|mồng)\s+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>{_MONTH})(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
# "trong hai ngày 5 và 6/9", "từ 1/7 đến 30/8", "từ ngày 11 đến 12/3/2024", "ngày 5-6/9", "từ 24 đến 26-11"
_RANGE = re.compile(
    r"(?:trong\s+(?:hai|ba|02|03|2|3)\s+ngày\s+|từ\s+(?:ngày\s+)?|ngày\s+)"
    rf"(?P<d1>\d{{1,2}})(?:{SEP}(?P<m1>\d{{1,2}}))?(?:{SEP}(?P<y1>(?:19|20)\d\d))?"
    rf"\s*(?:và|đến|tới|-|–)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}}){SEP}(?P<m2>\d{{1,2}})"
    rf"(?:{SEP}(?P<y2>(?:19|20)\d\d))?{NOT_A_NUMBER}",
    re.IGNORECASE,
)
# "từ ngày 7 đến ngày 10 tháng 10", "từ ngày 28 tháng 9 đến ngày 2 tháng 10 năm 2019": the same spans
# with the months in words, as Lao outlets' Vietnamese editions and official notices write them.
_WORDY_RANGE = re.compile(
    r"(?:từ\s+|trong\s+(?:hai|ba|02|03|2|3)\s+)?ngày\s+(?P<d1>\d{1,2})"
    rf"(?:\s+tháng\s+(?P<m1>{_MONTH}))?(?:\s+năm\s+(?P<y1>(?:19|20)\d\d))?"
    rf"\s*(?:và|đến|tới|-|–)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>{_MONTH})"
    r"(?:\s+năm\s+(?P<y2>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    r"tháng\s+(?P<m>\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai)"
    r"(?:\s+năm\s+|\s*/\s*|[.-])(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    r"(?:(?:đầu|giữa|cuối)\s+)?tháng\s+(?P<m>\d{1,2})(?!\s*/|[.-]\d|\s+năm|\d)"
    r"(?P<recent>\s+(?:vừa qua|này|qua|trước))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.-])(?:năm|in)\s+(?P<y>(?:19|20)\d\d)(?![\d-])", re.IGNORECASE)
_TOMORROW = re.compile(
    rf"ngày mai\s*\((?P<d>\d{{1,2}}){SEP}(?P<m>\d{{1,2}})\)|ngày mai|hôm nay|hôm qua|sáng nay|"
    # "Chiều qua, ... đã tiếp đoàn": yesterday afternoon.
    r"\b(?:sáng|trưa|chiều|tối|đêm) qua\b(?! đó)|"
    # "today's MoU" is no date.
    r"chiều nay|tối nay|\btoday\b(?!'s)|\byesterday\b(?!'s)|\btomorrow\b(?!'s)|"
    r"\bthis (?:morning|afternoon|evening)\b|"
    r"\btonight\b",
    re.IGNORECASE,
)

VI_MONTH_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
EN_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
EN_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_EN_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
# "August 26, 2021", "Aug. 26", "March 11-12"
_EN_MONTH_DAY = re.compile(
    rf"\b{_EN_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*(?P<d2>\d{{1,2}})\b)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)
# "26 August 2021", "11-12 March"
_EN_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+{_EN_MONTH}"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)
# "from April 15 to June 14": a span across two months.
_EN_SPAN = re.compile(
    rf"\b{_EN_MONTH}\s+(?P<d>\d{{1,2}})\s*(?:to|-|–|until)\s*(?P<mon2>[A-Z][a-z]{{2,8}})\.?\s+(?P<d2>\d{{1,2}})"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)
# "from 29 November to 2 December"
_EN_DAY_SPAN = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH}\s*(?:to|-|–|until)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<mon2>[A-Z][a-z]{{2,8}})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)
# "last week", "tuần trước": the month of the day a week before publication, since the day is unknown.
_LAST_WEEK = re.compile(r"\blast week\b|\bthe previous week\b|tuần trước|tuần qua", re.IGNORECASE)
# "Earlier this week", "đầu tuần này": the month of the publication, when its week began in that month.
_THIS_WEEK = re.compile(
    r"\b(?:earlier |early )?this week\b|đầu tuần (?:này|nay)|trong tuần này", re.IGNORECASE
)
# "earlier this month", "last month", "tháng trước": a month counted from the publication date.
_RELATIVE_MONTH = re.compile(
    r"\b(?P<this>(?:earlier |later )?this month)\b|\b(?P<last>last month)\b|(?P<truoc>tháng trước)(?!\s*\d)",
    re.IGNORECASE,
)
# "Last year, Hanoi also presented 200,000 USD", "năm ngoái": the year before publication. Not "nhiều năm
# trước" (years ago), "2 năm trước", "năm trước đó" (the year before one just named), nor a comparison
# ("tăng 10% so với năm trước", "cùng kỳ năm trước").
_LAST_YEAR = re.compile(
    r"\blast year\b|(?<!\d )(?<!nhiều )(?<!vài )(?<!mấy )(?<!những )(?<!các )(?<!so với )(?<!kỳ )(?<!hơn )"
    r"\bnăm (?:ngoái|trước)\b(?! đó)",
    re.IGNORECASE,
)
_EN_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?{_EN_MONTH}\s+(?P<y>(?:19|20)\d\d)\b")
# "In March, a delegation from Hanoi paid a working visit": a month, its year from the publication date.
_EN_MONTH_ONLY = re.compile(
    r"\b(?i:in|during|last|this) (?:(?i:early|mid|late)[ -])?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)"
)
_EN_WEEKDAY = re.compile(
    r"\b(?i:on|last|this)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

# Dates that are not the day something happened: anniversaries, terms, targets, laws coming into force.
NOT_EVENT_CONTEXT = re.compile(
    r"kỷ niệm|ngày thành lập|ngày sinh|hiệu lực|đến năm|tầm nhìn|giai đoạn|nhiệm kỳ|kế hoạch năm|tổng kết|"
    r"mục tiêu|anniversary|founding|by 20\d\d|vision|period|term|"
    r"into force|(?:takes?|took|taking) effect|effective (?:from|on|as of)",
    re.IGNORECASE,
)
# The day a review or a ceremony was held on, whatever it reviews or marks: "hội đàm trực tuyến tổng kết công
# tác hợp tác năm 2024 diễn ra ngày 15/12/2024", "the anniversary ceremony held on September 5".
HELD_ON = re.compile(
    r"(?:diễn ra|được tổ chức|tổ chức|khai mạc|\bheld|took place)\s+(?:(?:vào|on)\s+)?"
    r"(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
# "(17/3/1930 - 17/3/2025)": an anniversary span in brackets.
FULL_DATE = rf"\d{{1,2}}{SEP}\d{{1,2}}{SEP}(?:19|20)\d\d"
# "(September 5, 1962 – September 5, 2022)", "(5 September 1962 - 5 September 2022)" in English.
_EN_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_EN_FULL_DATE = rf"(?:{_EN_MONTHS}\s+\d{{1,2}},?|\d{{1,2}}\s+{_EN_MONTHS})\s+(?:19|20)\d\d"
ANNIVERSARY_SPAN = re.compile(
    rf"\(\s*{FULL_DATE}\s*[-–]\s*{FULL_DATE}\s*\)|\(\s*{_EN_FULL_DATE}\s*[-–]\s*{_EN_FULL_DATE}\s*\)"
)
# Timestamps of related-news lines: "30/03/2025 08:24", "(21:18 26/10/2017)".
TIMESTAMP = re.compile(rf"{FULL_DATE},?\s+\d{{1,2}}:\d{{2}}|\d{{1,2}}:\d{{2}},?\s+{FULL_DATE}")


def safe_date(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _end_of_month(day):
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def resolve_year(month, day, published, reference_year):
    """The year of a day/month without a year, and whether it was inferred.

    With a publication date, an event more than a month after it belongs to the previous year
    (the article reports what happened; "ngày mai" is the most an article looks ahead).
    """
    if published:
        candidate = safe_date(published.year, month, day or 1)
        if candidate is None:
            return None
        if candidate - published > datetime.timedelta(days=31):
            return published.year - 1
        return published.year
    return reference_year


def _month_number(word):
    word = word.lower()
    return int(word) if word.isdigit() else VI_MONTH_WORDS.get(word)


# A term already closed by its years: "for the 2024-2025 period on Wednesday" dates the signing.
_CLOSED_TERM = re.compile(
    r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*(?:period|term)?\s*(?:,\s*)?"
    # "giai đoạn 2022 - 2025, ký ngày 04/4/2022 tại Viêng Chăn", "giai đoạn 2019-2024 mà hai bên ký kết năm
    # 2019", "2019-2024 period which the two sides signed in 2019"
    r"(?:(?:(?:mà|which|that)\s+[^\d.;,]{0,25}?)?(?:được\s+)?(?:ký kết|ký|signed)\s+)?"
    r"(?:on|in|vào|ngày|\()?\s*$",
    re.IGNORECASE,
)


# "từ năm 1980 đến nay", "since 1980": the start of a long record, not the day of an event.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "Khóa học bắt đầu từ tháng 9-2005, kéo dài 3 tháng": the month something began, not a record since then.
_BEGAN_FROM = re.compile(r"bắt đầu\s+từ\s*$", re.IGNORECASE)
_UNTIL_NOW = re.compile(r"\s*(?:đến nay|tới nay|đến giờ|nay\b|to date|until now)", re.IGNORECASE)


# A holiday's own date in brackets after its name: "kỷ niệm 49 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân
# Lào (2/12)", "Ngày Phụ nữ Việt Nam (20/10)", "Tết Bunpimay (14/4)": not the day of anything reported.
_HOLIDAY_BEFORE_BRACKET = re.compile(
    r"(?:Quốc khánh|[Nn]ational [Dd]ay|Ngày (?!Chủ nhật|Thứ)(?=[A-ZĐ])|Tết )[^()\n]{0,70}\(\s*$"
    # An anniversary's days: "kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao (5-9-1962 / 5-9-2012) và 35
    # năm Ngày ký Hiệp ước ... (18-7-1977 / 18-7-2012)".
    r"|(?:kỷ niệm|\b\d+ năm [Nn]gày|[Aa]nniversary of)[^()\n]{0,80}\([^()\n]{0,20}$"
)


def _holidays_date(text, start, end):
    digit = next((i for i in range(start, end) if text[i].isdigit()), start)
    return bool(_HOLIDAY_BEFORE_BRACKET.search(text[max(0, digit - 90) : digit]))


def _in_excluded_context(text, start, end):
    if _holidays_date(text, start, end):
        return True
    before = text[max(0, start - 45) : start]
    if NOT_EVENT_CONTEXT.search(before) and not _CLOSED_TERM.search(before) and not HELD_ON.search(before):
        return True
    if _SINCE.search(before) or (
        _UNTIL_NOW.match(text, end)
        and re.fullmatch(r"(?:năm\s+)?(?:19|20)\d\d", text[start:end].strip(" ("), re.I)
    ):
        return True
    for span in ANNIVERSARY_SPAN.finditer(text):
        if span.start() <= start < span.end():
            return True
    return bool(TIMESTAMP.match(text, start) or TIMESTAMP.search(text[max(0, start - 6) : end + 6]))


def find_dates(text, *, published=None, reference_year=None, published_precision="day"):
    """Every date expression in `text`, in order of position, with years resolved where possible.

    The forms are read in the order below; a span of text one form has taken is not read again. With
    only the page's month known (`published_precision` "month"), days counted from publication
    ("hôm qua", "on Monday") are not read."""
    reader = _DateReader(text, published, reference_year, published_precision)
    for read in (
        reader.relative_days,
        reader.ranges,
        reader.full_dates,
        reader.wordy_days,
        reader.days_and_months,
        reader.months_and_years,
        reader.months,
        reader.english_spans,
        reader.relative_weeks_and_months,
        reader.english_days,
        reader.english_months_and_years,
        reader.english_months,
        reader.english_weekdays,
        reader.years,
    ):
        read()
    return sorted(reader.found, key=lambda item: item.start)


class _DateReader:
    def __init__(self, text, published, reference_year, published_precision="day"):
        self.text, self.reference_year = text, reference_year
        # The page's day, for "hôm qua" and "on Monday"; the last day it can be from, for a year.
        self.published = published if published_precision == "day" else None
        self.latest = _end_of_month(published) if published and published_precision == "month" else published
        self.found = []
        self.taken = []

    def add(self, start, end, **values):
        text = self.text
        if not all(end <= s or start >= e for s, e in self.taken) or _in_excluded_context(text, start, end):
            return
        self.taken.append((start, end))
        self.found.append(FoundDate(start=start, end=end, text=text[start:end].strip(" ("), **values))

    def add_match(self, match, **values):
        self.add(match.start(), match.end(), **values)

    def day_value(self, year, month, day, explicit_year):
        if year is None:
            year = resolve_year(month, day, self.latest, self.reference_year)
        date = safe_date(year, month, day) if year else None
        return dict(
            date=date,
            precision="day" if date else "",
            year_inferred=bool(date and not explicit_year),
            month=int(month),
            day=int(day),
        )

    def month_value(self, month):
        """A month without a year ("tháng 3 vừa qua", "In March"), its year resolved as a day's would be."""
        year = resolve_year(month, None, self.latest, self.reference_year)
        date = safe_date(year, month, 1) if year else None
        return dict(date=date, precision="month" if date else "", year_inferred=bool(date), month=month)

    def relative_days(self):
        """ "ngày mai (12/3)", "hôm qua", "today": counted from the publication date."""
        for match in _TOMORROW.finditer(self.text):
            words = match.group(0).lower()
            if match.group("d"):
                values = self.day_value(None, match.group("m"), match.group("d"), False)
            elif self.published:
                shift = (
                    1
                    if ("mai" in words or "tomorrow" in words)
                    else -1
                    if ("qua" in words or "yesterday" in words)
                    else 0
                )
                date = self.published + datetime.timedelta(days=shift)
                values = dict(date=date, precision="day", year_inferred=True, month=date.month, day=date.day)
            else:
                continue
            self.add_match(match, **values)

    def ranges(self):
        """ "trong hai ngày 5 và 6/9", "từ 1/7 đến 30/8", "từ 29/12/2024 đến 2/1/2025", "từ ngày 7 đến
        ngày 10 tháng 10"."""
        for match in itertools.chain(_RANGE.finditer(self.text), _WORDY_RANGE.finditer(self.text)):
            m2, y2 = _month_number(match.group("m2")), match.group("y2")
            m1 = _month_number(match.group("m1") or match.group("m2"))
            y1 = match.group("y1") or y2
            if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
                continue
            first = self.day_value(y1, m1, match.group("d1"), bool(y1))
            last = self.day_value(
                y2 or (first["date"].year if first["date"] else None), m2, match.group("d2"), bool(y2)
            )
            if first["date"] and last["date"] and last["date"] < first["date"] and m2 < m1:
                # "từ 29/12/2024 đến 2/1/2025" written with one year: the span crosses the new year.
                if y2 and not match.group("y1"):
                    first = self.day_value(int(y2) - 1, m1, match.group("d1"), True)
                else:
                    last = self.day_value(first["date"].year + 1, m2, match.group("d2"), bool(y2))
            if first["date"] and last["date"] and last["date"] < first["date"]:
                continue
            self.add_match(match, **first, date_end=last["date"])

    def full_dates(self):
        for match in _ISO_DATE.finditer(self.text):
            if 1 <= int(match.group("m")) <= 12:
                self.add_match(
                    match, **self.day_value(match.group("y"), match.group("m"), match.group("d"), True)
                )
        for match in _DAY_MONTH_YEAR.finditer(self.text):
            self.add_match(
                match, **self.day_value(match.group("y"), match.group("m"), match.group("d"), True)
            )

    def wordy_days(self):
        """ "ngày 5 tháng 9 năm 2024", "Ngày 26 tháng Sáu"."""
        for match in _WORDY_DAY.finditer(self.text):
            if 1 <= (month := _month_number(match.group("m"))) <= 12:
                year = match.group("y")
                self.add_match(match, **self.day_value(year, month, match.group("d"), bool(year)))

    def days_and_months(self):
        """ "chiều 26/8", "ngày 17-11", "sáng 16.5": a day and month after a word that makes them a date."""
        for match in _DAY_MONTH.finditer(self.text):
            day, month = int(match.group("d")), int(match.group("m"))
            dotted = "." in self.text[match.end("d") : match.start("m")]
            if dotted and not _DAY_WORD.search(match.group(0)):
                continue  # "từ 3.5 đến 4.5 triệu": a dotted day/month needs "ngày", "sáng", "chiều"...
            if 1 <= month <= 12 and 1 <= day <= 31:
                start = match.start("d") if match.group("lead") in "(-–" else match.start()
                self.add(start, match.end(), **self.day_value(None, month, day, False))

    def months_and_years(self):
        """ "tháng 4 năm 2022", "tháng 4/2022"; "từ tháng 4 năm 2022 đến nay" is a span, not a date."""
        for match in _MONTH_YEAR.finditer(self.text):
            month = _month_number(match.group("m"))
            if not (month and 1 <= month <= 12):
                continue
            before = self.text[max(0, match.start() - 20) : match.start()].lower()
            if "từ" in before[-6:] and not _BEGAN_FROM.search(before):
                self.taken.append((match.start(), match.end()))
                continue
            self.add_match(match, date=safe_date(match.group("y"), month, 1), precision="month", month=month)

    def months(self):
        """ "tháng 3 vừa qua", "đầu tháng 9"."""
        for match in _MONTH_ONLY.finditer(self.text):
            month = int(match.group("m"))
            if 1 <= month <= 12:
                self.add_match(match, **self.month_value(month))

    def english_spans(self):
        """ "August 29 to September 2" and "29 August to 2 September": the same two dates, either order."""
        for match in itertools.chain(_EN_SPAN.finditer(self.text), _EN_DAY_SPAN.finditer(self.text)):
            month, month2 = EN_MONTHS[match.group("mon").lower()], EN_MONTHS.get(match.group("mon2").lower())
            if month2:
                year = match.group("y")
                values = self.day_value(year, month, match.group("d"), bool(year))
                if values["date"]:
                    end_year = values["date"].year + (month2 < month)
                    values["date_end"] = safe_date(end_year, month2, match.group("d2"))
                self.add_match(match, **values)

    def relative_weeks_and_months(self):
        """ "last week" (the month of the week before publication), "earlier this week" (the month of
        publication, if the week began in it), "earlier this month", "tháng trước";
        "last year", "năm ngoái" (the year before publication's, known from a page dated by its month too)."""
        if self.latest:
            for match in _LAST_YEAR.finditer(self.text):
                year = self.latest.year - 1
                self.add_match(match, date=datetime.date(year, 1, 1), precision="year", year_inferred=True)
        if not self.published:
            return
        for match in _LAST_WEEK.finditer(self.text):
            day = self.published - datetime.timedelta(days=7)
            self.add_match(
                match, date=day.replace(day=1), precision="month", year_inferred=True, month=day.month
            )
        monday = self.published - datetime.timedelta(days=self.published.weekday())
        for match in _THIS_WEEK.finditer(self.text):
            if monday.month == self.published.month:
                first = self.published.replace(day=1)
                self.add_match(match, date=first, precision="month", year_inferred=True, month=first.month)
        for match in _RELATIVE_MONTH.finditer(self.text):
            first = self.published.replace(day=1)
            if not match.group("this"):
                first = (first - datetime.timedelta(days=1)).replace(day=1)
            self.add_match(match, date=first, precision="month", year_inferred=True, month=first.month)

    def english_days(self):
        """ "August 26, 2021", "Aug. 26", "March 11-12", "26 August 2021", "11-12 March"."""
        for pattern in (_EN_MONTH_DAY, _EN_DAY_MONTH):
            for match in pattern.finditer(self.text):
                month = EN_MONTHS[match.group("mon").lower().rstrip(".")]
                year = match.group("y")
                values = self.day_value(year, month, match.group("d"), bool(year))
                if match.group("d2") and values["date"]:
                    values["date_end"] = safe_date(values["date"].year, month, match.group("d2"))
                self.add_match(match, **values)

    def english_months_and_years(self):
        for match in _EN_MONTH_YEAR.finditer(self.text):
            month = EN_MONTHS[match.group("mon").lower().rstrip(".")]
            self.add_match(match, date=safe_date(match.group("y"), month, 1), precision="month", month=month)

    def english_months(self):
        for match in _EN_MONTH_ONLY.finditer(self.text):
            self.add_match(match, **self.month_value(EN_MONTHS[match.group("mon").lower()]))

    def english_weekdays(self):
        """ "on Monday" in a news report is the last such day on or before publication."""
        if not self.published:
            return
        for match in _EN_WEEKDAY.finditer(self.text):
            weekday = EN_WEEKDAYS[match.group("wd").lower()]
            shift = (self.published.weekday() - weekday) % 7
            if match.group(0).lower().startswith("last") and shift == 0:
                shift = 7
            date = self.published - datetime.timedelta(days=shift)
            self.add_match(
                match, date=date, precision="day", year_inferred=True, month=date.month, day=date.day
            )

    def years(self):
        for match in _YEAR.finditer(self.text):
            self.add_match(match, date=safe_date(match.group("y"), 1, 1), precision="year")


# Signals that the article itself is written in a given year: part-year statistics and full dates
# of recent facts. Bare "năm 2022" is not enough: "các năm 2018 và 2019" are history.
_PART_YEAR = re.compile(
    r"(?:\d+|sáu|chín|ba)\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>(?:19|20)\d\d)|quý\s+[IV1-4]+\s*(?:/|năm)\s*(?P<q>(?:19|20)\d\d)"
    # "During the first six months of 2022, Hanoi's exports to Laos stood at ..."
    r"|\bfirst (?:\w+ )?(?:months|quarter|half) of (?P<en>(?:19|20)\d\d)"
    # "năm nay, 2022, là Năm Đoàn kết", "this year, 2024,": the article says which year is now.
    r"|(?:năm nay|this year)\s*(?:,|\(|là|-|–)\s*(?:năm\s+)?(?P<now>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# Case matters for the numeral: "Đại hội XIII", never the letters of a word.
_CONGRESS = re.compile(
    r"(?i:đại hội)(?: (?i:đại biểu))?(?: (?i:Đảng))?(?: (?i:toàn quốc))?(?: (?i:lần thứ))?\s+(?P<n>[IVXL]+)\b"
    r"|(?P<th>\d{1,2})(?:st|nd|rd|th) (?:National )?(?:Party )?Congress"
)
_ASSEMBLY = re.compile(
    r"(?:(?i:bầu cử)[^.;]{0,40}?|(?i:kỳ họp thứ nhất),?\s*)"
    r"(?i:Quốc hội)[^.;]{0,30}?(?i:khóa|khoá)\s+(?P<t>[IVXL]+)\b"
)
# Congratulations are offered in the congress's year; "Ngay sau thành công Đại hội XII" may be later.
_CONGRATULATED = re.compile(r"chúc mừng|congratulat", re.IGNORECASE)
_ANNIVERSARY = re.compile(
    r"kỷ niệm\s+(?P<n>\d{1,3})\s+năm\b(?P<what>[^.;]{0,90})"
    r"|(?P<th>\d{1,3})(?:st|nd|rd|th) anniversary of(?P<of>[^.;]{0,90})"
    # "congratulations on the 43rd National Day of Laos": the 43rd is its anniversary.
    r"|(?P<nth>\d{1,3})(?:st|nd|rd|th) (?P<day>National Day[^.;]{0,40})",
    re.IGNORECASE,
)
# An anniversary still to come, or planned for: "chuẩn bị kỷ niệm", "thống nhất phối hợp tổ chức các hoạt
# động kỷ niệm 50 năm ... trong năm 2025". Its year may be after the article's.
_UPCOMING = re.compile(
    r"hướng tới|tiến tới|chuẩn bị|sắp|thống nhất|nhất trí|phối hợp tổ chức|\bsẽ\b|dự kiến|kế hoạch|"
    r"ahead of|upcoming|prepar|\bwill\b|\bplan",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(
    r"\b(?:trong|vào) năm (?:19|20)\d\d|\b(?:in|next) (?:year|(?:19|20)\d\d)", re.IGNORECASE
)
_RESULT_YEAR = re.compile(
    r"(?<![\d/.-])(?:năm|in)\s+(?P<y>(?:19|20)\d\d)(?![\d/.-])"
    r"|giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?P<end>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_RESULTS = re.compile(vocabulary.ANNUAL_RESULTS, re.IGNORECASE)
# A result has a figure: "đạt 6%", "1.200.000 tỷ đồng", "22/22 chỉ tiêu".
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:%|tỷ|triệu|nghìn|ngàn|billion|million|/\s*\d+)", re.IGNORECASE)
_NOT_RESULTS = re.compile(vocabulary.NOT_RESULTS + r"|tháng\s+(?:đầu\s+)?$|quý|so với|cùng kỳ", re.IGNORECASE)
_CONGRESS_PARTIES = [(re.compile(pattern), first, year) for pattern, first, year in vocabulary.CONGRESSES]
_ANNIVERSARY_BASES = [
    (re.compile(pattern, re.IGNORECASE), year, month, day)
    for pattern, year, month, day in vocabulary.ANNIVERSARY_BASES
]


def roman_number(numeral):
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for char, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = values[char]
        total += -value if following and values[following] > value else value
    return total


def _sentence_before(text, start, width=160):
    return re.split(r"[.;!?]\s", text[max(0, start - width) : start])[-1]


# Phrases that speak of a year as the present one: "năm 2017 là một năm hết sức quan trọng", "tình hình
# kinh tế - xã hội của Hà Nội năm 2023", a themed year ("Laos' National Tourism Year 2024", "Năm Đoàn kết
# hữu nghị Việt Nam - Lào 2022").
_CURRENT_YEAR = re.compile(
    r"\b(?i:năm) (?P<a>(?:19|20)\d\d) là (?:một )?năm\b"
    # "He mentioned that 2024 is a crucial year for Vientiane".
    r"|\b(?P<h>(?:19|20)\d\d) is (?:a|an|the) (?:[a-z]+ ){0,3}year\b"
    r"|(?i:tình hình)[^.;]{0,60}?\bnăm (?P<b>(?:19|20)\d\d)\b(?!\s*[-–])"
    r"|\bNăm (?:Đoàn kết|Du lịch|Hữu nghị|Văn hóa|Văn hoá)[^.;()]{0,60}?\b(?P<c>(?:19|20)\d\d)\b"
    r"|\b(?:[A-Z][\w'’-]+ ){1,5}Year (?P<d>(?:19|20)\d\d)\b"
    # A gathering named with its year: "for the ASEAN Mayors Forum (AMF) 2024", "Trade Exhibition 2023".
    r"|\b(?:[A-Z][\w'’-]+ ){0,5}(?:Forum|Summit|Festival|Fair|Expo|Exhibition|Games|Congress|Conference)"
    r"(?: \([A-Z]{2,8}\))? (?P<e>(?:19|20)\d\d)\b(?!\s*[-–])"
    # A gathering attended, told with its year: "Hanoi's mayor attended the conference on trade ... between
    # Hanoi and Vientiane in 2022", "tham dự Hội nghị xúc tiến đầu tư ... năm 2022".
    r"|\battend(?:ed|s|ing)? the (?i:conference|forum|festival|fair|expo|summit|exhibition)\b[^.;()]{0,100}?"
    r"\bin (?P<f>(?:19|20)\d\d)\b(?!\s*[-–])"
    r"|\b(?:tham )?dự (?i:hội nghị|hội chợ|diễn đàn|liên hoan|triển lãm|lễ hội)\b[^.;()]{0,100}?"
    r"\bnăm (?P<g>(?:19|20)\d\d)\b(?!\s*[-–])"
)


def _stated_years(text):
    """Years the article states as now: part-year figures, "năm nay, 2024", full dates of its facts."""
    for match in _PART_YEAR.finditer(text):
        yield int(match.group("y") or match.group("q") or match.group("now") or match.group("en"))
    for match in _CURRENT_YEAR.finditer(text):
        if match.group("e") and _UPCOMING.search(_sentence_before(text, match.start(), 100)):
            continue  # "ahead of the ASEAN Summit 2025": a later year
        yield int(next(group for group in match.groups() if group))
    for match in _DAY_MONTH_YEAR.finditer(text):
        if not _in_excluded_context(text, match.start(), match.end()):
            yield int(match.group("y"))
    # Written in words, as Lao outlets' Vietnamese editions do: "Ngày 13 tháng 5 năm 2019".
    for match in _WORDY_DAY.finditer(text):
        if match.group("y") and not _in_excluded_context(text, match.start(), match.end()):
            yield int(match.group("y"))
    for pattern in (_EN_MONTH_DAY, _EN_DAY_MONTH):
        for match in pattern.finditer(text):
            if match.group("y") and not _in_excluded_context(text, match.start(), match.end()):
                yield int(match.group("y"))


_ANNUAL_REVIEW = re.compile(vocabulary.ANNUAL_REVIEW, re.IGNORECASE)
# The day before a span's year: "10/10/1954", or in English "October 10, 1954" and "10 October 1954".
_SPAN_YEAR = r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*|[A-Z][a-z]+ \d{1,2},?\s*|\d{1,2} [A-Z][a-z]+,?\s*)?"
_ANNIVERSARY_WITH_SPAN = re.compile(
    rf"(?:kỷ niệm\s+(?P<n>\d{{1,3}})\s+năm|(?P<th>\d{{1,3}})(?:st|nd|rd|th) anniversary)[^()\n]{{0,160}}?"
    rf"\(\s*{_SPAN_YEAR}(?P<from>(?:19|20)\d\d)\s*[-–]\s*{_SPAN_YEAR}(?P<to>(?:19|20)\d\d)\s*\)",
    re.IGNORECASE,
)


def _occasion_years(text):
    """Years fixed by what the article congratulates or marks: a party congress or a new National
    Assembly ("chúc mừng thành công Đại hội XIII của Đảng Cộng sản Việt Nam" is 2021), or the Nth
    anniversary of a known date ("kỷ niệm 60 năm thiết lập quan hệ ngoại giao" is 2022)."""
    for match in _CONGRESS.finditer(text):
        around = _sentence_before(text, match.start()) + text[match.start() : match.end() + 60]
        if not _CONGRATULATED.search(around):
            continue  # "thực hiện Nghị quyết Đại hội XII" is any year of the term
        number = roman_number(match.group("n")) if match.group("n") else int(match.group("th"))
        party = text[max(0, match.start() - 40) : match.end() + 60].split(".")[0]
        for pattern, first, year in _CONGRESS_PARTIES:
            if pattern.search(text[match.start() : match.end() + 60]) or (
                match.group("th") and pattern.search(party)
            ):
                yield year + 5 * (number - first)
                break
    for match in _ASSEMBLY.finditer(text):
        if not _CONGRATULATED.search(_sentence_before(text, match.start()) + match.group(0)):
            continue
        if match.group("t") in vocabulary.ASSEMBLY_TERMS:
            yield vocabulary.ASSEMBLY_TERMS[match.group("t")]
    for match in _ANNIVERSARY.finditer(text):
        what = match.group("what") or match.group("of") or match.group("day")
        if _UPCOMING.search(_sentence_before(text, match.start(), 70)) or _SCHEDULED.search(what):
            continue
        count = int(match.group("n") or match.group("th") or match.group("nth"))
        # Only the anniversaries of Vietnam-Laos news count: a glued related item's "kỷ niệm 95 năm Ngày
        # thành lập Đảng bộ thành phố (1930 - 2025)" is another article's year.
        for pattern, year, _month, _day in _ANNIVERSARY_BASES:
            if pattern.search(what):
                yield year + count
                break


def _results_years(text):
    """The year after a finished year's results ("Quy mô kinh tế Hà Nội năm 2022 đạt ...", "giai đoạn
    2016-2020, kinh tế Thủ đô tăng trưởng khá"): such figures are read out once the year is over."""
    for match in _RESULT_YEAR.finditer(text):
        clause_start = max(0, match.start() - 60)
        before = re.split(r"[.;!?]\s", text[clause_start : match.start()])[-1]
        after = re.split(r"[.;!?]\s", text[match.end() : match.end() + 100])[0]
        if _NOT_RESULTS.search(before) or _NOT_RESULTS.search(after) or not _FIGURE.search(after):
            continue
        if _RESULTS.search(before[-40:]) or _RESULTS.search(after):
            yield int(match.group("y") or match.group("end")) + 1


def _review_years(text):
    """The year after a year whose work is being reviewed: "Hội nghị tổng kết công tác năm 2020" is held
    early in 2021."""
    for match in _ANNUAL_REVIEW.finditer(text):
        yield int(match.group("y") or match.group("en")) + 1


def _spanned_anniversaries(text):
    """An anniversary given with its span: "kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 -
    10/10/2024)", "the 70th anniversary of ... (1954-2024)": the span's end, unless it is still to come.
    Only the anniversaries Vietnam-Laos news marks count, as for _occasion_years: a glued related item's
    "kỷ niệm 95 năm Ngày thành lập Đảng bộ thành phố Hà Nội (1930 - 2025)" is another article's year."""
    for match in _ANNIVERSARY_WITH_SPAN.finditer(text):
        count = int(match.group("n") or match.group("th"))
        first, last = int(match.group("from")), int(match.group("to"))
        marked = any(pattern.search(match.group(0)) for pattern, *_ in _ANNIVERSARY_BASES)
        if (
            marked
            and last - first == count
            and not _UPCOMING.search(_sentence_before(text, match.start(), 70))
        ):
            yield last


def year_of_a_yearless_month(text):
    """ "... the working trip ... to the capital of Laos in mid-March" beside "a conference ... in March
    2024": the month told without a year is the one told with it, in the one year so given; else None."""
    found = find_dates(text)
    yearless_months = {date.month for date in found if date.date is None and date.month}
    years = {
        date.date.year
        for date in found
        if date.date
        and date.precision == "month"
        and date.date.month in yearless_months
        and not _in_excluded_context(text, date.start, date.end)
    }
    return years.pop() if len(years) == 1 else None


def infer_text_year(text):
    """The year an article without a publication date is written in, from its own facts; else None.

    Every signal gives the earliest year the article can be from, so the latest of them wins."""
    years = [
        *_stated_years(text),
        *_occasion_years(text),
        *_results_years(text),
        *_review_years(text),
        *_spanned_anniversaries(text),
    ]
    return max(years) if years else None


# "chuẩn bị kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)": an anniversary still to
# come. Only a verb of preparation says so; "nhân (dịp) kỷ niệm" may follow the day, and a related-news
# line "nhân kỷ niệm 95 năm ... (17/3/1930 - 17/3/2025), sáng 13/3" is about another article's year.
_UPCOMING_ANNIVERSARY = re.compile(
    r"(?:chuẩn bị|hướng tới|tiến tới|ahead of|in preparation for|preparing for|prepare for)\s+"
    r"(?:(?:tổ chức|các hoạt động|hoạt động|lễ|the|celebrations? of|events? marking)\s+)*"
    r"(?:kỷ niệm|(?:the\s+)?\d+(?:st|nd|rd|th)\s+anniversary|(?:the\s+)?upcoming)[^()\n]{0,160}?"
    rf"\(\s*{FULL_DATE}\s*[-–]\s*(?P<d>\d{{1,2}}){SEP}(?P<m>\d{{1,2}}){SEP}(?P<y>(?:19|20)\d\d)\s*\)",
    re.IGNORECASE,
)


# "chuẩn bị kỷ niệm 20 năm Hà Nội được công nhận là Thành phố vì hòa bình", "ahead of the 50th
# anniversary of".
_PREPARED_ANNIVERSARY = re.compile(
    r"(?:chuẩn bị|hướng tới|tiến tới|ahead of|in preparation for|preparing for|prepare for)\s+"
    r"(?:(?:cho\s+)?(?:loạt\s+)?(?:tổ chức|các hoạt động|hoạt động|sự kiện[^-–]{0,30}[-–]|lễ|the|"
    r"celebrations? of|events? marking)\s+)*"
    r"(?:kỷ niệm\s+(?P<n>\d{1,4})\s+năm|(?:the\s+)?(?P<th>\d{1,4})(?:st|nd|rd|th)\s+anniversary of)"
    r"(?P<what>[^.;()]{0,120})",
    re.IGNORECASE,
)


def upcoming_anniversary_year(text, month, day):
    """The year of a day/month from an anniversary the article prepares for: its year when the anniversary
    falls after that day/month ("Chiều 19/2, ... chuẩn bị cho ... kỷ niệm 20 năm Hà Nội được công nhận là
    TP vì hoà bình", marked on 16 July 2019, is 2019), else None: after it, the article may be of any
    earlier year. The anniversary's day is its span's ("(10/10/1954 - 10/10/2024)") or, for the ones
    Vietnam-Laos news marks, known."""
    for year, anniversary_month, anniversary_day in _upcoming_anniversaries(text):
        if (anniversary_month, anniversary_day) > (month, day):
            return year
    return None


def _upcoming_anniversaries(text):
    for match in _UPCOMING_ANNIVERSARY.finditer(text):
        yield int(match.group("y")), int(match.group("m")), int(match.group("d"))
    for match in _PREPARED_ANNIVERSARY.finditer(text):
        count = int(match.group("n") or match.group("th"))
        for pattern, year, month, day in _ANNIVERSARY_BASES:
            if pattern.search(match.group("what")):
                yield year + count, month, day
                break


# --- Choosing among a sentence's dates -------------------------------------------------------


def date_of_event(dates, cue_start, span=False):
    """The date a sentence gives its event: the nearest day, else month; a bare year only as a last resort.

    A day wins over a nearer month ("Sáng 12/9, ... trao tặng ... trận lũ đầu tháng 9/2024"), a dated
    day over one whose year is unknown, and a single day over a span unless the event is a span (a visit,
    a course): "on 5 December 2024 received ... as part of their working trip from December 3-7".
    """
    usable = [found for found in dates if found.precision or found.month]
    days = [found for found in usable if found.day]
    months = [found for found in usable if found.precision == "month" or (found.month and not found.day)]
    pool = days or months or [found for found in usable if abs(found.start - cue_start) < 60]
    if not pool:
        return None
    return min(
        pool,
        key=lambda found: (found.date is None, bool(found.date_end) != span, abs(found.start - cue_start)),
    )


def in_another_year(found, other):
    """Both dated, in different years: two occasions, not one told twice."""
    return bool(found and found.date and other and other.date and found.date.year != other.date.year)


def in_another_month(found, other):
    """Both dated to the month or closer, in different months, neither inside the other's span: two
    trips of a year's review ("Tháng 2/2023, Đoàn ... sang thăm Hà Nội", then "Từ ngày 10 đến 12/4/2023,
    Đoàn ... thăm Thủ đô Viêng Chăn"), not one trip told twice."""
    if not (found and found.date and other and other.date) or "year" in (found.precision, other.precision):
        return False
    if found.date.year != other.date.year or found.date.month == other.date.month:
        return False
    return not (_within(found.date, other) or _within(other.date, found))


def _within(day, span):
    return bool(span.date_end and span.date <= day <= span.date_end)


def same_day(first, second):
    if first is None or second is None:
        return first is None and second is None
    if first.date and second.date:
        return first.date == second.date
    return (first.month, first.day) == (second.month, second.day)


def as_month(found):
    return replace(found, date=found.date.replace(day=1), precision="month", date_end=None, day=None)


def as_day(found):
    return replace(found, date_end=None)


def on_one_day(found):
    """Dated to a day of a known year, not a span."""
    return bool(found and found.date and found.day and not found.date_end)
