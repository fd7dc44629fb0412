"""Detection: the sentences of an article -> the events they tell of (Candidates), one module per kind.

DETECTORS lists them in the order they read each sentence. A detector's `detect(sentence, found,
article)` adds to or joins `found.candidates` and returns True when it has taken the sentence, which
then goes to no later detector; `finish(found, article)`, where a module has one, takes a last look
once every sentence is read. To add a kind of event: write its module and add a row here."""

import re
from dataclasses import replace

from events.extraction import vocabulary
from events.extraction.detectors import agreements, aid, delegations, meetings
from events.extraction.detectors.shared import (
    DELEGATION_WORD,
    MEETING_TIES,
    Findings,
    Sentence,
    returned_home,
)

DETECTORS = (meetings, delegations, agreements, aid)

SAME_DAY = re.compile(vocabulary.SAME_DAY, re.IGNORECASE)
STILL_TO_COME = re.compile(vocabulary.STILL_TO_COME, re.IGNORECASE)
TOMORROW = re.compile(vocabulary.TOMORROW, re.IGNORECASE)


def find_candidates(article, numbers):
    """The events told in `article.sentences[n]` for n in `numbers` (a range: the text's, or the title's)."""
    found = Findings(scope=numbers)
    for number in numbers:
        sentence = _read_sentence(article, number, found)
        for detector in DETECTORS:
            if detector.detect(sentence, found, article):
                break
    for detector in DETECTORS:
        if finish := getattr(detector, "finish", None):
            finish(found, article)
    return found.candidates


def _read_sentence(article, number, found):
    text = article.sentences[number]
    # "Công an hai Thủ đô sẽ ký biên bản hợp tác vào ngày 20/2": a date of what is still to come dates
    # nothing the article reports.
    # "returned home on Monday after a five-day visit": that day is the trip's last (delegations.py), not the
    # day of a signing the sentence tells of.
    read = article.reference.dates_in(text)
    counted_back = [returned_home(text, found) for found in read]
    dates = [
        found
        for found, span in zip(read, counted_back, strict=True)
        if not _still_to_come(text, found) and span is None
    ]
    same_day = SAME_DAY.search(text)
    if same_day and found.last_day and not any(d.day and not d.date_end for d in dates):
        # "Cùng ngày, ...", "In the afternoon the same day, ...": the day the article last named. A span of
        # days in the sentence is the visit's ("Earlier in the day, ... received the delegation, which is on
        # a working visit to Hanoi from November 19 to 22"), not the day of what the sentence tells.
        day = (
            _day_of_the_meeting_named(same_day.group(0), found)
            or _day_of_the_last_event(found)
            or found.last_day
        )
        dates.append(replace(day, start=same_day.start(), end=same_day.end(), text=same_day.group(0)))
    found.last_day = next(
        (
            d
            for d in reversed(dates)
            if d.day and d.date and not d.date_end and not _an_end(text, d) and not _recalled(d, article)
        ),
        found.last_day,
    )
    return Sentence(
        number=number,
        text=text,
        dates=dates,
        lao_related=number in article.lao_sentences,
        names_delegation=bool(DELEGATION_WORD.search(text)),
        trip_counted_back=next(filter(None, counted_back), None),
    )


def _day_of_the_meeting_named(words, found):
    """ "After the talks, ... signed": the day of the talks told last, where a reception on another day
    was named since ("held talks on November 29 ... On November 28, the delegation was received by")."""
    kind = next((category for pattern, category in MEETING_TIES if category and pattern.search(words)), None)
    return _last_single_day(c for c in found.candidates if kind and c.category == kind)


# "trưng bày đến hết ngày 15/10", "on display until October 15": when something ends, not a day anything
# was told to happen on, so no later "cùng ngày" refers to it.
_UNTIL = re.compile(r"(?:đến hết(?: ngày)?|đến ngày|kéo dài đến|\buntil|\btill|\bthrough)\s*$", re.IGNORECASE)


def _day_of_the_last_event(found):
    """The single day of the event told last: "Chiều cùng ngày" continues the day reported, not a day
    recalled since ("Lớp học khai giảng ngày 9/9/2019" after the course's closing ceremony today), nor the
    first day of a trip ("a five-day visit to Ha Noi that began on Tuesday. Earlier in the day, ...": the
    day of the signing told before it)."""
    return _last_single_day(
        c for c in found.candidates if not c.earlier and c.date and c.date.date and c.kind != "delegation"
    )


def _last_single_day(candidates):
    """The date of the last of `candidates` dated by one day (not a span)."""
    days = [c.date for c in candidates if c.date and c.date.day and not c.date.date_end]
    return days[-1] if days else None


def _recalled(found, article):
    """A day of a year before the page's, written with its year ("ký kết ngày 4/4/2022" in a report of
    2023): a past event recalled, not the day the next "Chiều cùng ngày" continues."""
    published = article.reference.published
    return bool(published and not found.year_inferred and found.date.year < published.year)


def _an_end(text, found):
    return bool(_UNTIL.search(text[max(0, found.start - 20) : found.start]))


def _still_to_come(text, found):
    clause = re.split(r"[,;]", text[: found.start])[-1]
    return bool(STILL_TO_COME.search(clause)) and not TOMORROW.match(found.text)
