"""Agreements: cooperation agreements (thỏa thuận hợp tác), plans (kế hoạch hợp tác) and memoranda
(biên bản ghi nhớ), signed or issued; and the funding a signed plan provides ("Theo kế hoạch, TP Hà
Nội hỗ trợ kinh phí 12 tỷ đồng ...")."""

import re
from dataclasses import replace

from events.extraction import vocabulary
from events.extraction.amounts import aid_amounts
from events.extraction.dates import date_of_event, in_another_year
from events.extraction.detectors.shared import (
    AGREEMENT_CUES,
    FUTURE,
    SAME_OCCASION,
    VISIT_PROGRAMME,
    Findings,
    Sentence,
    add_amounts,
    day_instead_of_a_span,
    planned,
)
from events.extraction.types import Candidate

SIGNING = re.compile(f"{vocabulary.SIGNING_WORDS}|{vocabulary.TERM_NAMED}", re.IGNORECASE)
SIGNED = re.compile(vocabulary.SIGNING_WORDS, re.IGNORECASE)
SIGNED_JUST_BEFORE = re.compile(
    rf"(?:{vocabulary.SIGNING_WORDS})\s+(?:of\s+)?(?:a|an|the)?\s*$", re.IGNORECASE
)
FUTURE_AFTER = re.compile(vocabulary.FUTURE_AFTER, re.IGNORECASE)
SIGNED_THE_ONE_TOLD = re.compile(vocabulary.SIGNED_THE_ONE_TOLD, re.IGNORECASE)
# The kinds of agreement that are signed.
SIGNED_CATEGORIES = ("cooperation_agreement", "plan", "mou")
# "giai đoạn 2022 - 2025", "their 2022-25 cooperation agreement"
PLAN_YEAR_AFTER, PLAN_YEAR_BEFORE = (re.compile(pattern) for pattern in vocabulary.PLAN_NAMED_BY_YEAR)
PERIOD = re.compile(
    rf"(?:{vocabulary.TERM_WORDS})?\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)(?!\d)", re.IGNORECASE
)
COUNTED = re.compile(
    r"\b(?P<n>\d{1,2}|"
    + "|".join(vocabulary.COUNT_WORDS)
    + rf")\s+(?:(?:{vocabulary.COUNTED_DOCUMENT_WORDS})\s+)?$",
    re.IGNORECASE,
)
MANY = re.compile(
    rf"\b(?:{vocabulary.MANY_WORDS}|(?<![-–/])\d{{1,3}})\s+(?:[\w-]+,?\s+){{0,2}}$", re.IGNORECASE
)
# "triển khai nội dung Biên bản thỏa thuận ...", "under their 2022-2025 cooperation memorandum"
CARRIED_OUT = re.compile(
    rf"(?:{vocabulary.CARRIED_OUT})\s+(?:(?:{vocabulary.CARRIED_OUT_DETERMINERS})\s+)?"
    r"(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s+)?$",
    re.IGNORECASE,
)
MANY_SIGNED = re.compile(vocabulary.MANY_SIGNED, re.IGNORECASE)
SIGNING_ANNIVERSARY = re.compile(vocabulary.SIGNING_ANNIVERSARY, re.IGNORECASE)
BASIS = re.compile(vocabulary.BASIS, re.IGNORECASE)
ANNIVERSARY_COUNT = re.compile(vocabulary.ANNIVERSARY_COUNT, re.IGNORECASE)
SIGNED_BY_BUSINESSES = re.compile(vocabulary.SIGNED_BY_BUSINESSES, re.IGNORECASE)
ANOTHER_SIGNING = re.compile(vocabulary.ANOTHER_SIGNING, re.IGNORECASE)
FIRST_SIGNING = re.compile(vocabulary.FIRST_SIGNING, re.IGNORECASE)
BETWEEN_THE_CAPITALS = re.compile(vocabulary.BETWEEN_THE_CAPITALS, re.IGNORECASE)
AGREEMENT_WORDS = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.AGREEMENT_WORDS
]
AGREEMENT_CONTENT = re.compile(vocabulary.AGREEMENT_CONTENT, re.IGNORECASE)
AGREEMENT_FUNDING = re.compile(vocabulary.AGREEMENT_FUNDING, re.IGNORECASE)


def detect(sentence: Sentence, found: Findings, article):
    """The first kind of agreement the sentence names, if it is signed (or has a term) and not planned;
    then, if the sentence is about a signed agreement's funding, its amounts (the sentence is told)."""
    named = None
    for pattern, category in AGREEMENT_CUES:
        if cue := pattern.search(sentence.text):
            _read_agreement(sentence, found, category, cue)
            named = category
            break
    if named is None and (signed := SIGNED_THE_ONE_TOLD.search(sentence.text)):
        named = _the_agreement_told_signed(sentence, found, signed)
    return _add_funding(sentence, found, article, named)


def _the_agreement_told_signed(sentence, found, signed):
    """ "Following the talks, ... signed the agreement": the agreement told last, signed on the day this
    sentence gives (the talks' day, where the first sentence gave only the trip's span)."""
    told = next((c for c in reversed(found.candidates) if c.category in SIGNED_CATEGORIES), None)
    if told is None:
        return None
    _add_agreement(sentence, found, told.category, signed, told.period)
    return told.category


def period_text(match):
    start, end = match.group(1), match.group(2)
    return f"{start}-{start[:2] + end if len(end) == 2 else end}"


def _copies(sentence, cue):
    """ "the signing of four memoranda of understanding ... on August 9": that many agreements (a
    count of 2 to 10 with a day); 0 otherwise, and None for agreements in general ("các chương trình")."""
    before_cue = _dates_blanked(sentence)[max(0, cue.start() - 30) : cue.start()]
    counted = COUNTED.search(before_cue)
    copies = 0
    if counted:
        word = counted.group("n").lower()
        copies = int(word) if word.isdigit() else vocabulary.COUNT_WORDS.get(word, 0)
    by_businesses = SIGNED_BY_BUSINESSES.search(sentence.text[max(0, cue.start() - 80) : cue.start()])
    a_few = 2 <= copies <= 10
    if a_few and any(d.day for d in sentence.dates) and not by_businesses:
        return copies
    told_as_many = MANY_SIGNED.search(_dates_blanked(sentence)[max(0, cue.start() - 70) : cue.start()])
    if told_as_many or (copies >= 2 and by_businesses):
        # "đã ký nhiều biên bản ghi nhớ": told as done, one event of the kind; "companies ... on November 24
        # inked nine memoranda", "các doanh nghiệp hai bên đã ký 15 biên bản ghi nhớ": counted, signed by
        # businesses, one signing however many (the day's "24" counts nothing).
        return 0
    return None if MANY.search(before_cue) else 0


def _dates_blanked(sentence):
    """The sentence with its dates blanked out, every position kept: the "8" of "Hanoi and Vientiane on
    May 8 signed a memorandum" counts no memoranda."""
    text = sentence.text
    for date in sentence.dates:
        text = text[: date.start] + " " * (date.end - date.start) + text[date.end :]
    return text


def _read_agreement(sentence, found, category, cue):
    text = sentence.text
    copies = _copies(sentence, cue)
    if copies is None:
        return  # "đã ký kết các chương trình, kế hoạch phối hợp": agreements in general
    mentioned_only = _carried_out(text, cue)
    period = _term(text, cue, category)
    # "Biên bản ghi nhớ ... được ký kết tại Viêng Chăn vào tháng 4 năm 2022": named by its signing.
    signed_then = SIGNING.search(text[cue.end() : cue.end() + 120]) and any(
        d.start > cue.end() for d in sentence.dates
    )
    many_signed = _many_signed_before(sentence, cue)
    # A signing on the programme of the visit reported is an event of it, even told ahead.
    on_the_programme = VISIT_PROGRAMME.search(text[: cue.start()])
    told_ahead = FUTURE.search(text[max(0, cue.start() - 70) : cue.start()]) or FUTURE_AFTER.search(
        text[cue.end() : cue.end() + 120]
    )
    # An agreement whose signing's anniversary is marked was signed years ago, whatever is planned to mark it.
    before_name = _anniversary_before(text, cue)
    anniversary = SIGNING_ANNIVERSARY.search(before_name)
    if told_ahead and not (on_the_programme or anniversary):
        return  # "Hai bên nhất trí sớm hoàn thiện dự thảo ... để ký kết": not signed yet
    if planned(text, cue.start(), sentence.dates) and not (
        signed_then or many_signed or on_the_programme or anniversary
    ):
        return  # an item of a plan's content, or of a summary of the past
    named_by_parties = BETWEEN_THE_CAPITALS.search(text[cue.end() : cue.end() + 60])
    if mentioned_only and not (period or signed_then or named_by_parties or anniversary):
        return  # "thực hiện thỏa thuận hợp tác": an unnamed agreement, not an event
    if not (SIGNING.search(text) or period or named_by_parties):
        return
    if named_by_parties and not period and _agreement_of_kind_told(found, category):
        return  # the agreement between the capitals the article has already named
    told = len(found.candidates)
    signed_here = SIGNING.search(text) and not mentioned_only
    earlier = bool(
        (mentioned_only and not signed_then)
        or (named_by_parties and not signed_here)
        or many_signed
        or anniversary
        or BASIS.search(text[max(0, cue.start() - 40) : cue.start()])
    )
    _add_agreement(
        sentence,
        found,
        category,
        cue,
        period,
        earlier=earlier,
        told_ahead=bool(told_ahead and on_the_programme),
        years_before=_years_counted(before_name) if anniversary else 0,
    )
    if len(found.candidates) > told and many_signed and found.candidates[-1].date is None:
        found.candidates[-1].date = _year_told_before(sentence, cue)
    if copies and len(found.candidates) > told:
        found.candidates.extend(
            replace(found.candidates[-1], sentences=[sentence.number]) for _ in range(copies - 1)
        )
    if category == "plan":
        _add_agreement_a_plan_implements(sentence, found, cue)


def _carried_out(text, cue):
    """An agreement named as carried out ("triển khai nội dung Biên bản ...", "under their ... agreement"),
    not signed: but "witnessed the signing of a plan to implement ..." names what was signed."""
    before = text[max(0, cue.start() - 34) : cue.start()]
    return bool(CARRIED_OUT.search(before)) and not SIGNED_JUST_BEFORE.search(before)


def _many_signed_before(sentence, cue):
    """Many of the kind told as signed, with no day given: one earlier signing of the kind (with a day,
    that day's signing)."""
    return bool(MANY_SIGNED.search(sentence.text[max(0, cue.start() - 70) : cue.start()])) and not any(
        d.day for d in sentence.dates
    )


def _year_told_before(sentence, cue):
    """The year alone that the sentence gives before the cue, or None: "Trong năm 2025, các sở, ngành hai
    bên đã ký kết 6 biên bản ghi nhớ" were signed in 2025."""
    years = [d for d in sentence.dates if d.end <= cue.start() and d.date and d.precision == "year"]
    return years[-1] if years else None


def _term(text, cue, category):
    """An agreement's term, or "": "giai đoạn 2022-2025" after a name whose parties can run long
    ("Thỏa thuận hợp tác giữa Đảng bộ, chính quyền Thủ đô Hà Nội và ... giai đoạn 2022-2025") or before it
    ("their 2022-25 ..."). A plan's year is its term, as a term is an agreement's: the 2024 plan is not
    the 2025 one."""
    period = PERIOD.search(text[cue.start() : cue.end() + 160]) or PERIOD.search(
        text[max(0, cue.start() - 12) : cue.start()]
    )
    if period:
        return period_text(period)
    return _year_of_the_plan(text, cue) if category == "plan" else ""


def _year_of_the_plan(text, cue):
    """ "Kế hoạch hợp tác năm 2023", "the two capitals' 2023 cooperation plan": "2023", else ""."""
    named = PLAN_YEAR_AFTER.search(text[cue.end() : cue.end() + 20]) or PLAN_YEAR_BEFORE.search(
        text[max(0, cue.start() - 8) : cue.start()]
    )
    return named.group("year") if named else ""


def _anniversary_before(text, cue):
    """Where a signing's anniversary is told before the agreement's name: "kỷ niệm 22 năm ngày ký kết "."""
    return text[max(0, cue.start() - 80) : cue.start()]


def _years_counted(before_cue):
    """How many years the anniversary before the cue counts ("kỷ niệm 22 năm ngày ký kết": 22), 0 if none
    is given."""
    counts = ANNIVERSARY_COUNT.findall(before_cue)
    return int(counts[-1]) if counts else 0


def _agreement_of_kind_told(found, category):
    return any(candidate.category == category for candidate in found.candidates)


def _add_agreement_a_plan_implements(sentence, found, plan_cue):
    """ "kế hoạch triển khai thỏa thuận hợp tác giai đoạn 2021 - 2025": the plan names an agreement signed
    earlier, which is an event of its own (its date is elsewhere)."""
    text = sentence.text
    for pattern, category in AGREEMENT_CUES[1:]:
        named = pattern.search(text, plan_cue.end())
        named_period = named and PERIOD.search(text[named.start() : named.end() + 40])
        if named_period:
            _add_agreement(sentence, found, category, named, period_text(named_period), earlier=True)
            return


def _add_agreement(sentence, found, category, cue, period, earlier=False, told_ahead=False, years_before=0):
    """A signed (or named) agreement, joined to one of the same kind and term already found, unless the
    sentence tells another signing ("... also inked an MoU")."""
    another = ANOTHER_SIGNING.search(sentence.text[max(0, cue.start() - 40) : cue.start()])
    first_signing = FIRST_SIGNING.search(sentence.text[max(0, cue.start() - 40) : cue.end() + 60])
    another, earlier = another or first_signing, earlier or bool(first_signing and found.candidates)
    own = _signing_date(sentence, cue) if not earlier or first_signing else _day_it_was_signed(sentence, cue)
    existing = next(
        (
            c
            for c in found.candidates
            if c.category == category
            and (c.period == period or not (c.period and period))
            and not another
            # "The two newspapers first signed a cooperation agreement in 2014": another signing.
            and not in_another_year(own, c.date)
        ),
        None,
    )
    if existing:
        existing.sentences.append(sentence.number)
        existing.period = existing.period or period
        existing.date = day_instead_of_a_span(existing.date, own) or existing.date or own
        return
    found.candidates.append(
        Candidate(
            category,
            sentence.number,
            cue.group(0),
            own,
            [sentence.number],
            period=period,
            part_of_occasion=not earlier and bool(SAME_OCCASION.search(sentence.text)),
            earlier=earlier,
            told_ahead=told_ahead,
            years_before=years_before,
        )
    )


def _next_agreement_named(text, cue):
    """Where the sentence names another agreement after `cue`, or its end."""
    after = [m.start() for pattern, _ in AGREEMENT_CUES if (m := pattern.search(text, cue.end()))]
    return min(after, default=len(text))


def _day_it_was_signed(sentence, cue, years=False):
    """The date the words after an agreement's name give its signing: "trên cơ sở Biên bản thỏa thuận hợp
    tác giai đoạn 2022-2025 được lãnh đạo hai Thủ đô ký kết ngày 4/4/2022"; with `years`, a year alone too
    ("... giai đoạn 2016 - 2020 mà Thành ủy Hà Nội và Thành ủy Viêng Chăn ký kết năm 2016")."""
    end = min(cue.end() + 120, _next_agreement_named(sentence.text, cue))
    signed = SIGNED.search(sentence.text[cue.end() : end])
    if signed is None:
        return None
    start = cue.end() + signed.end()
    told = [
        d
        for d in sentence.dates
        if start <= d.start <= start + 25 and d.date and (years or d.precision != "year")
    ]
    return told[0] if told else None


def _signing_date(sentence, cue):
    """A day or month near the cue; else "In 2019 the two cities signed ...", "signed their latest
    agreement in 2021": a year before the name or after the signing verb. A year inside the name
    ("Kế hoạch năm 2025") does not date it."""
    # "signed a cooperation plan for 2025, the final year of the 2022-25 cooperation agreement that the two
    # capitals signed in April 2022": a date after another agreement's name is that agreement's.
    own_part = [d for d in sentence.dates if d.start < _next_agreement_named(sentence.text, cue)]
    date = _day_it_was_signed(sentence, cue, years=True) or date_of_event(
        [d for d in own_part if d.precision != "year"], cue.start()
    )
    if date is not None:
        return date

    def names_the_year(found):
        between = sentence.text[cue.end() : found.start]
        return not between.strip() and found.text.lower().startswith("năm")

    years = [
        d
        for d in own_part
        if d.precision == "year"
        and (d.start < cue.start() or (d.start > cue.end() and not names_the_year(d)))
    ]
    return min(years, key=lambda d: abs(d.start - cue.start()), default=None)


def _add_funding(sentence, found, article, named):
    """ "Kinh phí thực hiện kế hoạch ...": the plan's money, even when an older agreement came up since.
    "Theo kế hoạch, TP Hà Nội hỗ trợ kinh phí 12 tỷ đồng ...": its funding, not a gift. `named` is the
    kind of agreement the sentence names, if any."""
    text = sentence.text
    signed_ones = [c for c in reversed(found.candidates) if c.kind == "agreement" and c.category != "aid"]
    if not signed_ones:
        return False
    named = named or next((category for pattern, category in AGREEMENT_WORDS if pattern.search(text)), None)
    signed = next((c for c in signed_ones if c.category == named), None) or next(iter(signed_ones), None)
    if not (signed and AGREEMENT_CONTENT.search(text) and AGREEMENT_FUNDING.search(text)):
        return False
    add_amounts(signed, aid_amounts(text, article.language))
    signed.sentences.append(sentence.number)
    return True
