"""Delegations: visits (chuyến thăm, thăm và làm việc, a working trip) and training courses for Lao
cadres (lớp bồi dưỡng, khóa đào tạo). One visit and one course per article unless the text dates a
second one in another year ("Năm 2023, Hội LHPN thành phố đã cử đoàn sang thăm ...")."""

import re
from dataclasses import replace

from events.extraction import vocabulary
from events.extraction.dates import date_of_event, in_another_month, in_another_year
from events.extraction.detectors.shared import (
    DELEGATION_WORD,
    ENVOY,
    FUTURE,
    HABITUAL,
    Findings,
    Sentence,
    planned,
)
from events.extraction.types import Candidate

VISIT = re.compile(vocabulary.VISIT_CUES, re.IGNORECASE)
TRAINING = re.compile(vocabulary.TRAINING_CUES, re.IGNORECASE)
THE_COURSE = re.compile(vocabulary.THE_COURSE, re.IGNORECASE)
AT_THE_EMBASSY = re.compile(vocabulary.AT_THE_EMBASSY)
CALL_AT_THE_EMBASSY = re.compile(vocabulary.CALL_AT_THE_EMBASSY)
PLANNED_AFTER = re.compile(vocabulary.PLANNED_AFTER, re.IGNORECASE)
VISIT_CLAUSE_ENDS = re.compile(vocabulary.VISIT_CLAUSE_ENDS, re.IGNORECASE)
EARLIER_VISIT = re.compile(vocabulary.EARLIER_VISIT, re.IGNORECASE)
COURSE_OPENED = re.compile(vocabulary.COURSE_OPENED, re.IGNORECASE)
ANOTHER_COURSE = re.compile(vocabulary.ANOTHER_COURSE)


def detect(sentence: Sentence, found: Findings, article):
    course = _course_cue(sentence, found)
    if course and sentence.lao_related:
        _add_course(sentence, found, course)
        return False
    if not (sentence.lao_related or found.meeting):
        return False
    visit = VISIT.search(sentence.text)
    if visit and _a_trip(sentence.text, visit):
        _add_visit(sentence, found, visit)
    return False


def _course_cue(sentence, found):
    """A course named in the sentence, or "The course, held from May 8 to June 2, ..." continuing the
    course just told; such a sentence is about the Lao side for the detectors after this one too."""
    training = TRAINING.search(sentence.text)
    if training and sentence.lao_related and planned(sentence.text, training.start(), sentence.dates):
        training = None
    # "Lớp học diễn ra từ ngày 5-12/10 ...": a course word, but no Lao word, after the course was told.
    continues = not (training and sentence.lao_related)
    if not training and found.first("training") and (another := ANOTHER_COURSE.search(sentence.text)):
        return another if sentence.lao_related or THE_COURSE.match(sentence.text) else None
    if continues and found.first("training") and (same_course := THE_COURSE.match(sentence.text)):
        sentence.lao_related = True
        return same_course
    return training


def _add_course(sentence, found, cue):
    course = found.first("training")
    if cue.re is ANOTHER_COURSE:
        own = date_of_event(sentence.dates, cue.start(), span=True)
        if own is not None and own.precision != "year":
            found.candidates.append(
                Candidate("training", sentence.number, cue.group(0), own, [sentence.number], earlier=True)
            )
        return
    if course is None:
        own = date_of_event(sentence.dates, cue.start())
        found.candidates.append(
            Candidate(
                "training", sentence.number, cue.group(0), own, [sentence.number], part_of_occasion=True
            )
        )
        return
    course.sentences.append(sentence.number)
    own = date_of_event(sentence.dates, cue.start(), span=True)
    if own and own.date_end and not (course.date and course.date.date_end):
        course.date = own  # "attended the course ... held from April 15 to June 14"
    elif _opened_before_it_closed(sentence, own, course):
        # "Sáng nay (8/11), ... Lễ bế giảng Lớp bồi dưỡng ...", then "Lớp học khai giảng ngày 9/9/2019".
        course.date = replace(own, date_end=course.date.date)
    elif course.date is None and own and COURSE_OPENED.search(sentence.text):
        # "12 bác sĩ ... đang theo học khóa đào tạo ...", then "Khóa học bắt đầu từ tháng 3/2009".
        course.date = own


def _opened_before_it_closed(sentence, opened, course):
    """The sentence gives the first day, or month ("Khóa học bắt đầu từ tháng 9-2005, kéo dài 3 tháng"), of
    a course told so far by one later day (its closing)."""
    known = course.date
    return bool(
        COURSE_OPENED.search(sentence.text)
        and opened
        and (opened.day or opened.precision == "month")
        and opened.date
        and not opened.date_end
        and known
        and known.day
        and known.date
        and not known.date_end
        and opened.date < known.date
    )


def _a_trip(text, visit):
    """Not a resident ambassador's call, nor a call at the embassy in Hanoi ("tới thăm và chúc mừng Đại
    sứ quán Lào"), nor a visit still to come, nor the visits of past years summed up."""
    clause = text[max(0, visit.start() - 80) : visit.start()]
    by_envoy = ENVOY.search(clause) and not DELEGATION_WORD.search(clause)
    at_embassy = AT_THE_EMBASSY.search(text[visit.start() :]) or CALL_AT_THE_EMBASSY.search(
        text[visit.start() : visit.end() + 40]
    )
    after = VISIT_CLAUSE_ENDS.split(text[visit.end() : visit.end() + 100])[0]
    still_to_come = FUTURE.search(clause) or PLANNED_AFTER.search(after)
    # "Trong 5 năm qua, Bộ Tư lệnh đã tổ chức 12 đoàn ... sang thăm": a summary of years, no one trip.
    summary_of_years = HABITUAL.search(clause)
    return not (by_envoy or at_embassy or still_to_come or summary_of_years)


def _another_trip_of_the_year(own, visit):
    """A trip told by its own span or month, in another month than the visit found: a year's review
    tells each of its trips so ("Tháng 2/2023, Đoàn ... sang thăm Hà Nội", "Từ ngày 10 đến 12/4/2023, Đoàn
    ... thăm Thủ đô Viêng Chăn"). A single day ("Cùng ngày, đoàn đã đến thăm ...") is a call of the visit."""
    return bool(own and (own.date_end or own.precision == "month") and in_another_month(own, visit.date))


def _add_visit(sentence, found, cue):
    visit = found.first("visit")
    # "returned home on Monday after a five-day working visit": the five days up to Monday.
    own = sentence.trip_counted_back or date_of_event(sentence.dates, cue.start(), span=True)
    earlier = EARLIER_VISIT.search(sentence.text[max(0, cue.start() - 30) : cue.end() + 80])
    if visit and (in_another_year(own, visit.date) or _another_trip_of_the_year(own, visit) or earlier):
        # "Năm 2023, Hội LHPN thành phố đã cử đoàn sang thăm ...", "mentioned the recent visit of ...
        # Anouphap Tounalom to Hanoi": an earlier visit of its own.
        found.candidates.append(Candidate("visit", sentence.number, cue.group(0), own, [sentence.number]))
    elif visit:
        visit.sentences.append(sentence.number)
        if own and own.date_end and not (visit.date and visit.date.date_end):
            visit.date = own  # "đang thăm và làm việc tại Lào từ ngày 11 đến 13/9"
    else:
        found.candidates.append(
            Candidate("visit", sentence.number, cue.group(0), own, [sentence.number], part_of_occasion=True)
        )
