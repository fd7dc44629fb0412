"""Patterns and helpers more than one detector uses."""

import datetime
import re
from dataclasses import dataclass, field, replace

from events.extraction import vocabulary
from events.extraction.amounts import same_amount
from events.extraction.dates import FoundDate
from events.extraction.types import Candidate

FUTURE = re.compile(vocabulary.FUTURE, re.IGNORECASE)
HABITUAL = re.compile(vocabulary.HABITUAL, re.IGNORECASE)
LISTED = re.compile(vocabulary.LISTED_CONTENT, re.IGNORECASE)
SUMMARY_HEADING = re.compile(vocabulary.SUMMARY_HEADING, re.IGNORECASE)
SAME_OCCASION = re.compile(vocabulary.SAME_OCCASION, re.IGNORECASE)
RIGHT_AFTER_A_MEETING = re.compile(vocabulary.RIGHT_AFTER_A_MEETING, re.IGNORECASE)
# Words that tie something to a meeting of a kind ("hội đàm", "the reception"; "" for any meeting).
MEETING_TIES = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.MEETING_TIES
]
DELEGATION_WORD = re.compile(rf"\b(?:{vocabulary.DELEGATION_WORDS})\b", re.IGNORECASE)
DELEGATION_OR_SIDES = re.compile(rf"\b(?:{vocabulary.DELEGATION_OR_SIDES})\b")
ENVOY = re.compile(vocabulary.ENVOY, re.IGNORECASE)
MILESTONE = re.compile(vocabulary.PROJECT_MILESTONES, re.IGNORECASE)
VISIT_PROGRAMME = re.compile(vocabulary.VISIT_PROGRAMME, re.IGNORECASE)
RETURNED_HOME = re.compile(vocabulary.RETURNED_HOME, re.IGNORECASE)
DAYS_BEFORE_RETURN = re.compile(vocabulary.DAYS_BEFORE_RETURN, re.IGNORECASE)
CONCLUDED_DAYS = re.compile(vocabulary.CONCLUDED_DAYS, re.IGNORECASE)
DAYS_ENDING = re.compile(vocabulary.DAYS_ENDING, re.IGNORECASE)
AGREEMENT_CUES = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.AGREEMENT_CUES
]


@dataclass
class Sentence:
    """One sentence as the detectors see it."""

    number: int
    text: str
    dates: list[FoundDate]  # with "Cùng ngày" read as the day last named
    lao_related: bool  # names the Lao side, or a Lao person, or continues a course just told
    names_delegation: bool  # "đoàn", "delegation"
    trip_counted_back: FoundDate | None = (
        None  # "returned home on Monday after a five-day visit" (returned_home)
    )


@dataclass
class Findings:
    """What detection has found in the article so far, shared by the detectors in sentence order."""

    scope: range  # the sentences read: the text's, or the title alone
    candidates: list[Candidate] = field(default_factory=list)
    meeting: Candidate | None = None  # the first meeting: the occasion the article reports
    last_day: FoundDate | None = None  # the last single day named, for "Cùng ngày"

    def first(self, category):
        return next((c for c in self.candidates if c.category == category), None)

    def told_just_before(self, category, number, within):
        """The latest candidate of `category` last told at most `within` sentences before `number`."""
        return next(
            (
                c
                for c in reversed(self.candidates)
                if c.category == category and number - c.sentences[-1] <= within
            ),
            None,
        )


def returned_home(text, found):
    """The trip's days counted back from the day `found` the delegation came home ("returned home on
    Monday after a five-day working visit": Wednesday to Monday) or ended it ("concluded a five-day visit
    to Hanoi on Thursday", "a four-day working visit to Hanoi that ends today"), as a span; else None."""
    before = text[max(0, found.start - 90) : found.start]
    counted = (
        CONCLUDED_DAYS.search(before)
        or DAYS_ENDING.search(before)
        or (
            RETURNED_HOME.search(text[max(0, found.start - 40) : found.start])
            and DAYS_BEFORE_RETURN.match(text[found.end : found.end + 40])
        )
    )
    if not counted or not found.day or found.date is None or found.date_end:
        return None
    days = days_counted(counted)
    if days is None:
        return None
    return replace(found, date=found.date - datetime.timedelta(days=days - 1), date_end=found.date)


def days_counted(match):
    """The number of days a stay's count (`match`'s group "n": "5", "five", "năm") gives, when it is a
    stay's (2 to 31), else None."""
    written = match.group("n").lower()
    days = int(written) if written.isdigit() else vocabulary.COUNT_WORDS.get(written, 0)
    return days if 2 <= days <= 31 else None


def planned(sentence, cue_start, dates=()):
    """The cue is a task for later or one item of a plan's content, in the clause before it, or part of a
    summary of the past: "Trong năm qua, ...; Công an Hà Nội đã tổ chức 3 lớp bồi dưỡng ...". Under a
    heading ("Về ..., "), an item the sentence's `dates` give a day or month before the cue is told."""
    clause = re.split(r"[;]", sentence[:cue_start])[-1]
    dated = any(d.end <= cue_start and (d.day or d.precision == "month") for d in dates)
    heading = SUMMARY_HEADING.search(clause) and not dated
    told_later = FUTURE.search(clause) or LISTED.search(clause) or heading
    return bool(told_later or HABITUAL.search(sentence[:cue_start]))


def add_amounts(candidate, amounts):
    """Add a sentence's amounts to a gift told before: an amount already there is not added again,
    but two equal sums in the sentence itself ("15.000 USD cho Hà Nội và 15.000 USD cho ...") both are."""
    known = list(candidate.amounts)
    candidate.amounts.extend(amount for amount in amounts if not any(same_amount(amount, k) for k in known))


def day_instead_of_a_span(known, own):
    """The day a later sentence telling a signing or gift again gives it (`own`), where the first
    sentence gave only the span of the trip it happened on ("Trong khuôn khổ chuyến công tác từ ngày 5 -
    8/12, đoàn ... ký kết biên bản ghi nhớ", then "Chiều cùng ngày, hai bên đã ký kết ..."); else None,
    and the date first found stands."""
    if known is not None and known.date_end and own is not None and own.day and not own.date_end:
        return own
    return None
