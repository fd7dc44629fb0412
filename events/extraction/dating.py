"""When each event happened, once detection has found them.

The article's reference for a day or month without a year comes first (its page date, else the year
its own facts give). The occasion the article reports is dated by its own words, its headline's day,
its visit's day, or the article's year. Every other event without a date of its own is dated from
the occasion: a signing or gift told as part of it takes its day (or month), a visit and a course
take its date (a visit the month only, as the trip may have begun before the meeting), a meeting
during the visit the visit's month; what is still undated takes the month of publication, unless it
is told as past or still to come. A ceremony that opens or closes a course dated by its span takes
its first or last day, and a stay counted in days from its first day spans them. Never a guess: an
event the text cannot date stays undated."""

import datetime
import re
from dataclasses import replace

from events.extraction import vocabulary
from events.extraction.dates import (
    DateReference,
    FoundDate,
    as_day,
    as_month,
    find_dates,
    infer_text_year,
    on_one_day,
    upcoming_anniversary_year,
    year_of_a_yearless_month,
)
from events.extraction.detectors.shared import (
    FUTURE,
    HABITUAL,
    MEETING_TIES,
    MILESTONE,
    RIGHT_AFTER_A_MEETING,
    SAME_OCCASION,
    days_counted,
)

PAST_REFERENCE = re.compile("|".join([vocabulary.PAST_REFERENCE, vocabulary.RECENT_PAST]), re.IGNORECASE)
PAST_BEFORE_THE_CUE = re.compile(vocabulary.PAST_BEFORE_THE_CUE, re.IGNORECASE)
IMPLEMENTATION_PLAN = re.compile(vocabulary.IMPLEMENTATION_PLAN, re.IGNORECASE)
VISIT_TIE = re.compile(vocabulary.VISIT_TIE, re.IGNORECASE)
FIRST_DAY = re.compile(vocabulary.FIRST_DAY, re.IGNORECASE)
NOT_YET = re.compile(vocabulary.NOT_YET, re.IGNORECASE)
AT_THE_CEREMONY = re.compile(vocabulary.AT_THE_CEREMONY, re.IGNORECASE)
THAT_VISIT = re.compile(vocabulary.THAT_VISIT, re.IGNORECASE)
DAY_AFTER_ONE_TOLD = re.compile(vocabulary.DAY_AFTER_ONE_TOLD, re.IGNORECASE)
DAY_BEFORE_ONE_TOLD = re.compile(vocabulary.DAY_BEFORE_ONE_TOLD, re.IGNORECASE)
SIGNING_WORDS = re.compile(vocabulary.SIGNING_WORDS, re.IGNORECASE)
OPENING_CEREMONY = re.compile(vocabulary.OPENING_CEREMONY, re.IGNORECASE)
CLOSING_CEREMONY = re.compile(vocabulary.CLOSING_CEREMONY, re.IGNORECASE)
DAYS_FROM = re.compile(vocabulary.DAYS_FROM, re.IGNORECASE)
TITLE_YEAR = re.compile(rf"(?<![\d/.–-])(?:(?:{vocabulary.YEAR_WORDS})\s+)?((?:19|20)\d\d)(?![\d/.–-])")
NOT_AN_EVENT_YEAR = re.compile(vocabulary.NOT_AN_EVENT_YEAR, re.IGNORECASE)
MEETINGS_WITH_A_HOST = {"talks", "reception", "courtesy_call"}
SINCE_MONTH = re.compile(
    rf"\b(?:{vocabulary.SINCE})\s+(?P<when>tháng\s+\d{{1,2}}(?:\s+năm\s+|/)(?:19|20)\d\d"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def date_reference(article):
    """How to date a day/month without a year: the publication date, else the article's own year, else
    the one year the title names ("Khai giảng lớp bồi dưỡng cán bộ ... năm 2025"), else the year of an
    anniversary the article prepares for ("Chiều 1/10, ... chuẩn bị kỷ niệm 70 năm Ngày Giải phóng Thủ
    đô (10/10/1954 - 10/10/2024)")."""
    if article.published:
        return DateReference(article.published, published_precision=article.published_precision)
    year = infer_text_year(article.text)
    if year is None:
        title_years = {match.group(1) for match in TITLE_YEAR.finditer(article.title)}
        if len(title_years) == 1 and not NOT_AN_EVENT_YEAR.search(article.title):
            year = int(title_years.pop())
    if year is None:
        lead = next((d for d in find_dates(article.text[:600]) if d.day and d.month), None)
        if lead:
            year = upcoming_anniversary_year(article.text, lead.month, lead.day)
    if year is None:
        year = year_of_a_yearless_month(article.text)
    return DateReference(None, year)


def date_the_occasion(occasion, candidates, article):
    """The occasion without a full date of its own takes its headline's day ("Prime Minister ... on
    October 4 affirmed ..."), else its visit's day (its month for a visit of several days), else, with
    no page date, the article's year, which the true day cannot contradict."""
    if article.title_sentence is not None and not _dated(occasion):
        days = [d for d in article.reference.dates_in(article.title) if d.day and d.date]
        occasion.date = next(iter(days), occasion.date)
    if occasion.kind == "meeting" and not _dated(occasion):
        # "Hanoi and Vientiane on November 20 signed an agreement ... The agreement was signed by ...
        # following talks in Hanoi": talks told with a signing of a known day were held that day.
        signing = next((c for c in candidates if c.kind == "agreement" and _told_with(c, occasion)), None)
        occasion.date = as_day(signing.date) if signing else occasion.date
    visit = next((c for c in candidates if c.category == "visit" and _dated(c)), None)
    if occasion.kind == "meeting" and not _dated(occasion) and visit:
        # "Đón tiếp Đoàn đại biểu, về phía ... có ...", the day given for the visit only.
        occasion.date = as_day(visit.date) if not visit.date.date_end else as_month(visit.date)
    if not _dated(occasion) and 0 < occasion.sentence <= 2:
        occasion.date = _day_of_the_lead_sentence(candidates, article) or occasion.date
    year = article.reference.year
    if (
        occasion.date is None
        and year
        and not told_as_past(occasion, article.sentences, year)
        # A day or month printed somewhere may be the occasion's, missed: a year would then contradict it.
        and not any(found.month for found in find_dates(article.text))
    ):
        first_of_year = datetime.date(year, 1, 1)
        occasion.date = FoundDate(0, 0, "", first_of_year, "year", year_inferred=True)


def _told_with(signing, meeting):
    """Whether `signing`, dated to the day, is told in the meeting's own sentence."""
    return bool(signing.date and signing.date.day and not signing.date.date_end) and (
        meeting.sentence in signing.sentences
    )


def _day_of_the_lead_sentence(candidates, article):
    """ "Prime Minister Pham Minh Chinh on October 4 affirmed that ... At a reception for Vientiane's
    Mayor ..., the PM lauded ...": a lead that reports no event of its own tells what was said at the
    occasion told next, and its one day is the occasion's."""
    if any(candidate.sentence == 0 for candidate in candidates):
        return None
    days = [found for found in article.reference.dates_in(article.sentences[0]) if found.day and found.date]
    return days[0] if len(days) == 1 else None


def event_date(candidate, occasion, candidates, article):
    """The FoundDate of one event, or None."""
    date = (
        _a_day_from_one_told(candidate, candidates, article)
        or candidate.date
        or _date_of_that_visit(candidate, candidates, article.sentences)
    )
    if candidate is not occasion and date is None:
        if candidate.kind == "agreement" and _bound_to_occasion(candidate, article.sentences, occasion):
            # "Nhân dịp này, hai bên đã ký ...", "During the visit, Hanoi presented ...": the occasion's date.
            date = _occasion_date(candidate, candidates, occasion, article.sentences)
        if date is None and (
            (candidate.part_of_occasion and candidate.kind == "delegation")
            or candidate.category in {"visit", "training"}
        ):
            date = _date_of_the_trip(candidate, occasion)
    if date is None and candidate.kind == "meeting":
        date = _day_of_the_meeting_it_followed(candidate, candidates, article.sentences)
    if date is None and candidate.kind == "meeting" and candidate.category != "online_talks":
        date = _date_within_the_visit(occasion, candidates)
    if date is None and candidate is occasion:
        date = _date_of_the_lead(occasion, candidates)
    if date is None and candidate.kind == "agreement" and candidate.period:
        date = _month_its_term_began(candidate, article.text)
    if date is None and candidate.years_before:
        date = _year_of_the_anniversary(candidate, occasion)
    if (date is None or date.date is None) and article.reference.published:
        date = _publication_month(candidate, article.sentences, article.reference) or date
    return _span_of_days_counted(candidate, _day_of_the_ceremony(candidate, date), article)


def _a_day_from_one_told(candidate, candidates, article):
    """ "The day before the signing, ...", "Sáng hôm sau, ...": the day before or after the event told
    before it (the signing, when the words name one), when the sentence gives no day of its own."""
    sentence = article.sentences[candidate.sentence]
    after, before = DAY_AFTER_ONE_TOLD.search(sentence), DAY_BEFORE_ONE_TOLD.search(sentence)
    counted_from = after or before
    if not counted_from or any(found.day for found in article.reference.dates_in(sentence)):
        return None
    told = [c for c in candidates if c.sentence < candidate.sentence and on_one_day(c.date)]
    if SIGNING_WORDS.search(sentence[counted_from.start() : counted_from.end() + 25]):
        told = [c for c in told if c.kind == "agreement"]
    if not told:
        return None
    day = as_day(max(told, key=lambda c: c.sentence).date)
    shifted = day.date + datetime.timedelta(days=1 if after else -1)
    return replace(day, date=shifted, month=shifted.month, day=shifted.day)


def _date_of_that_visit(candidate, candidates, sentences):
    """ "Trong chuyến thăm đó, hai bên đã ký ...": the date of the visit told last before it (its month,
    when the visit took several days)."""
    if candidate.kind != "agreement" or not THAT_VISIT.search(sentences[candidate.sentence]):
        return None
    visits = [
        c
        for c in candidates
        if c.category == "visit" and c.sentence < candidate.sentence and c.date and c.date.date
    ]
    if not visits:
        return None
    visit = max(visits, key=lambda c: c.sentence).date
    return as_month(visit) if visit.date_end else visit


def _span_of_days_counted(candidate, date, article):
    """A visit "for a three-day visit from March 2": from its first day to its last (March 4)."""
    if candidate.kind != "delegation" or date is None or date.date is None or date.date_end or not date.day:
        return date
    sentence = article.sentences[candidate.sentence]
    counted = DAYS_FROM.search(sentence[max(0, date.start - 70) : date.start]) if date.text else None
    if counted is None or sentence[date.start : date.end] != date.text:
        return date
    days = days_counted(counted)
    if days is None:
        return date
    return replace(date, date_end=date.date + datetime.timedelta(days=days - 1))


def _day_of_the_ceremony(candidate, date):
    """A ceremony that opens or closes a course dated by the course's span ("from June 5-16"): its first
    or its last day, not the whole span."""
    if candidate.kind != "meeting" or date is None or date.date is None or date.date_end is None:
        return date
    if CLOSING_CEREMONY.search(candidate.cue):
        return replace(date, date=date.date_end, date_end=None, precision="day")
    if OPENING_CEREMONY.search(candidate.cue):
        return replace(date, date_end=None, precision="day")
    return date


def _year_of_the_anniversary(candidate, occasion):
    """ "kỷ niệm 22 năm ngày ký kết thỏa thuận hợp tác", marked by an occasion of 2019: signed in 1997."""
    if occasion.date is None or occasion.date.date is None:
        return None
    signed = datetime.date(occasion.date.date.year - candidate.years_before, 1, 1)
    return FoundDate(0, 0, "", signed, "year", year_inferred=True)


def _date_of_the_lead(occasion, candidates):
    """An occasion told only as "phát biểu tại buổi gặp mặt" after a lead that dates what was done there
    ("Chiều 25/6, Đoàn ... đến trụ sở Đại sứ quán ... trao tặng 30.000 USD"): the lead's day."""
    lead = candidates[0]
    if lead is occasion or lead.earlier or lead.sentence > occasion.sentence:
        return None
    return lead.date if lead.date is not None and lead.date.day else None


def _month_its_term_began(candidate, text):
    """An agreement for a term ("giai đoạn 2022 - 2025") the article says the cooperation has run under
    since a month of the term's first year ("chuỗi hợp tác sôi nổi từ tháng 4 năm 2022 đến nay"): signed
    that month."""
    first_year = int(candidate.period[:4])
    for match in SINCE_MONTH.finditer(text):
        found = find_dates(match.group("when"))
        if found and found[0].date and found[0].precision == "month" and found[0].date.year == first_year:
            return replace(found[0], start=match.start(), end=match.end(), text=match.group(0))
    return None


def told_as_past(candidate, sentences, year):
    """An agreement, gift or project named as done before the occasion: "Trước đó, ...", "Thời gian qua,
    Hà Nội đã hỗ trợ ...", a cooperation agreement whose term began before the occasion's year."""
    if candidate.earlier or candidate.title_only:
        return True
    sentence = sentences[candidate.sentence]
    before = _before_the_cue(sentence, candidate.cue)
    if PAST_REFERENCE.search(sentence) or HABITUAL.search(before) or PAST_BEFORE_THE_CUE.search(before):
        return True
    if IMPLEMENTATION_PLAN.search(candidate.cue):
        # "kế hoạch triển khai thỏa thuận ... giai đoạn 2021 - 2025": the term is the agreement's.
        return False
    return bool(candidate.period and year and int(candidate.period[:4]) < year)


def _before_the_cue(sentence, cue):
    """A habit told before the signing makes a summary of years ("Thời gian qua, hai bên thường xuyên
    ký ..."); after it, it is what was agreed ("signed an MoU ... to regularly support businesses"), as
    the detectors read it (detectors.shared)."""
    index = sentence.find(cue)
    return sentence if index < 0 else sentence[:index]


def _dated(candidate):
    return candidate.date is not None and candidate.date.date is not None


def _date_of_the_trip(candidate, occasion):
    """A visit or course takes the occasion's date; a visit during which the occasion, a meeting, took
    place takes its month only (the trip may have begun before it). A week or festival the delegation
    came to open starts with the trip: its day stays."""
    date = occasion.date
    if (
        candidate.category == "visit"
        and occasion.category in MEETINGS_WITH_A_HOST
        and date
        and date.date
        and date.precision == "day"
    ):
        return as_month(date)
    return date


def _day_of_the_meeting_it_followed(candidate, candidates, sentences):
    """Talks held "Ngay sau buổi tiếp", "Following the reception": the day of that meeting, the nearest
    one told before of the kind the sentence names."""
    followed = RIGHT_AFTER_A_MEETING.search(sentences[candidate.sentence])
    if followed is None:
        return None
    tie = next((category for pattern, category in MEETING_TIES if pattern.search(followed.group(0))), None)
    before = [
        m
        for m in _single_day_meetings(candidate, candidates, candidate)
        if m.sentence < candidate.sentence and (not tie or m.category == tie)
    ]
    return as_day(max(before, key=lambda m: m.sentence).date) if before else None


def _date_within_the_visit(occasion, candidates):
    """A seminar or talks during the same visit: the month of the visit, not its day, unless the visit
    is the occasion and took one day ("Chiều ngày 05/4/2023, Đoàn ... đến thăm và làm việc")."""
    if not (occasion.date and occasion.date.date and any(c.category == "visit" for c in candidates)):
        return None
    if occasion.category == "visit" and occasion.date.precision == "day" and not occasion.date.date_end:
        return occasion.date
    within = as_month(occasion.date)
    return replace(within, precision="year") if occasion.date.precision == "year" else within


def _bound_to_occasion(candidate, sentences, occasion):
    """An undated signing, gift or hand-over told as part of the occasion the article reports."""
    if candidate.part_of_occasion:
        return True
    year = occasion.date.date.year if occasion.date and occasion.date.date else None
    if occasion.date is None or occasion.date.date is None or told_as_past(candidate, sentences, year):
        return False
    sentence = sentences[candidate.sentence]
    if candidate.reverse and not SAME_OCCASION.search(sentence):
        return False  # "Hà Nội cũng nhận được ... từ Viêng Chăn": usually an earlier gift, recalled
    if candidate.category == "funded_project":
        milestone = MILESTONE.search(sentence)
        return bool(milestone and not FUTURE.search(sentence[: milestone.start()]))
    return True


def _occasion_date(candidate, candidates, occasion, sentences):
    """The day of the meeting (or the one-day ceremony) an undated signing or gift belongs to.

    Vietnamese and English reports tell the signing or hand-over right after the meeting where it took
    place ("Tại hội đàm ...", "Nhân dịp này ..."), so a tie to a meeting takes the nearest such meeting
    before it. Without a tie, a one-day occasion gives its day; a visit over several days, or several
    meetings on different days, give the month only (compatible, never wrong), unless the text ties it
    to the visit's first day.
    """
    if occasion.date is None or occasion.date.date is None:
        return occasion.date  # a day/month whose year is unknown is still the occasion's
    if candidate.told_ahead:
        return as_month(occasion.date)
    sentence = sentences[candidate.sentence]
    meetings = _single_day_meetings(candidate, candidates, occasion)
    before = [m for m in meetings if m.sentence <= candidate.sentence]
    works = _ceremonies_of_works_before(candidate, candidates, sentences)
    if not before and works and AT_THE_CEREMONY.search(sentence):
        return as_day(max(works, key=lambda work: work.sentence).date)
    tie = next((category for pattern, category in MEETING_TIES if pattern.search(sentence)), None)
    if tie is not None or (SAME_OCCASION.search(sentence) and not VISIT_TIE.search(sentence)):
        pool = [m for m in before if not tie or m.category == tie] or before
        if tie is None:
            pool = [*pool, *_signings_told_before(candidate, candidates, occasion)]
        if pool:
            return as_day(max(pool, key=lambda m: m.sentence).date)
    visit = next((c for c in candidates if c.category == "visit" and c.date and c.date.date), None)
    span = visit.date if visit else (occasion.date if occasion.date.date_end else None)
    several_days = bool(span and span.date_end and span.date_end != span.date)
    days = {m.date.date for m in meetings}
    if several_days and FIRST_DAY.search(sentence):
        return as_day(span)
    if len(days) == 1 and not (several_days and VISIT_TIE.search(sentence)):
        return as_day(meetings[0].date)
    if not days and not several_days:
        return as_day(occasion.date)
    first = min((m.date for m in meetings), key=lambda found: found.date, default=span or occasion.date)
    return as_month(span if span and span.date <= first.date else first)


def _signings_told_before(candidate, candidates, occasion):
    """Agreements signed on a day of their own, told before `candidate` and within a week of the occasion:
    "Ngày 26/2, ... đã ký biên bản ghi nhớ ... Nhân dịp này, quận Hoàn Kiếm đã trao tặng ..." is the
    signing's day, not that of the reception told first."""
    return [
        c
        for c in candidates
        if c.kind == "agreement"
        and c.category in {"cooperation_agreement", "mou", "plan"}
        and c.sentence < candidate.sentence
        and on_one_day(c.date)
        and abs((c.date.date - occasion.date.date).days) <= 7
    ]


def _ceremonies_of_works_before(candidate, candidates, sentences):
    """The works told before `candidate` with the day of their hand-over, inauguration or ground-breaking."""
    return [
        c
        for c in candidates
        if c.category == "funded_project"
        and c.sentence < candidate.sentence
        and c.date
        and c.date.day
        and MILESTONE.search(sentences[c.sentence])
    ]


def _single_day_meetings(candidate, candidates, occasion):
    return [
        c
        for c in candidates
        if (c.kind == "meeting" or c is occasion)
        and c is not candidate
        and not c.title_only
        and on_one_day(c.date)
    ]


def _publication_month(candidate, sentences, reference):
    """An event the text leaves undated takes the month it was published in (never the day: a wrong day
    would contradict the true one), unless it is a past reference or still to come. An article out on
    the 1st of a month more often reports the day before."""
    published = reference.published
    first_of_month = published.day == 1 and reference.published_precision == "day"
    if first_of_month or told_as_past(candidate, sentences, published.year):
        return None
    if NOT_YET.search(sentences[candidate.sentence]):
        return None
    first = published.replace(day=1)
    return FoundDate(0, 0, "", first, "month", year_inferred=True, month=first.month)
