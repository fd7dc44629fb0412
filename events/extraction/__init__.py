"""Clean article text -> the Hanoi-Laos events it reports, as unsaved ExtractedEvent data.

The work is sentence by sentence: a cue from vocabulary.py ("hội đàm", "chuyến thăm", "thỏa thuận
hợp tác", "trao tặng ... USD") makes a candidate; candidates that speak of the meeting already
reported ("Tại buổi tiếp, ...") join it. The first meeting (or, without one, the first event) is the
main occasion: visits and training courses without a date of their own take its date, and its
participants are everyone named outside greetings and outside sentences about other events.
"""

import datetime
import functools
import re
from dataclasses import dataclass, field, replace

from events.extraction import vocabulary
from events.extraction.amounts import COUNT_WORDS, aid_amounts, same_amount
from events.extraction.dates import FoundDate, find_dates, infer_text_year, upcoming_anniversary_year
from events.extraction.people import as_extracted, collect_people, find_organizations, proper_name_people
from events.extraction.types import ExtractedAmount, ExtractedEvent, ExtractedPerson
from events.text import fold, nfc, squeeze

__all__ = ["extract_events", "ExtractedAmount", "ExtractedEvent", "ExtractedPerson"]

_MEETING_CUES = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.MEETING_CUES
]
_MEETING_ANAPHORA = re.compile(vocabulary.MEETING_ANAPHORA, re.IGNORECASE)
_VISIT = re.compile(vocabulary.VISIT_CUES, re.IGNORECASE)
_TRAINING = re.compile(vocabulary.TRAINING_CUES, re.IGNORECASE)
_AGREEMENT_CUES = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.AGREEMENT_CUES
]
_IMPLEMENTS = re.compile(r"kế hoạch (?:triển khai|thực hiện)|implementation plan", re.IGNORECASE)
# The bare word for each kind, as a sentence about an agreement's content names it.
_AGREEMENT_WORDS = [
    (re.compile(pattern, re.IGNORECASE), category)
    for pattern, category in (
        (r"kế hoạch|\bplan\b", "plan"),
        (r"ghi nhớ|\bmou\b", "mou"),
        (r"thỏa thuận|thoả thuận|\bagreement\b", "cooperation_agreement"),
    )
]
_SIGNING = re.compile(vocabulary.SIGNING_WORDS + r"|giai đoạn|period", re.IGNORECASE)
_AID_VERB = re.compile(vocabulary.AID_VERBS, re.IGNORECASE)
_AID_GOODS = re.compile(vocabulary.AID_GOODS, re.IGNORECASE)
_NOT_AID = re.compile(vocabulary.NOT_AID, re.IGNORECASE)
_FUNDED_PROJECT = re.compile(vocabulary.FUNDED_PROJECT, re.IGNORECASE)
_GREETING = re.compile(vocabulary.GREETING, re.IGNORECASE)
# "Dự lễ khai giảng có đồng chí ...", "Cùng dự buổi tiếp có ...": the people named take part.
_ATTENDANCE = re.compile(
    r"\b(?:tham dự|cùng dự|dự (?:lễ|buổi|hội)|có sự tham dự|attended|were present)\b", re.I
)
# "giai đoạn 2022 - 2025", "their 2022-25 cooperation agreement"
_PERIOD = re.compile(
    r"(?:giai đoạn|period|nhiệm kỳ)?\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)(?!\d)", re.IGNORECASE
)


def _period_text(match):
    start, end = match.group(1), match.group(2)
    return f"{start}-{start[:2] + end if len(end) == 2 else end}"


_AMBASSADOR = re.compile(r"Đại sứ(?! quán)|Tổng Lãnh sự|Ambassador|Consul", re.IGNORECASE)
_DELEGATION_WORD = re.compile(r"\b(?:đoàn|delegation)\b", re.IGNORECASE)
_DELEGATION_OR_SIDES = re.compile(r"\b(?:[Đđ]oàn|the delegation|the (?:two|both) sides|hai bên)\b")
# Words that tie an aid hand-over or a signing to the meeting being reported.
_SAME_OCCASION = re.compile(
    r"nhân dịp này|dịp này|tại buổi|trong buổi|trong khuôn khổ buổi|lễ trao|lễ ký|on th(?:e|is) occasion|"
    r"kết thúc (?:buổi|cuộc )?(?:hội đàm|làm việc|tiếp)|sau (?:buổi|cuộc )?hội đàm|tại hội đàm|"
    r"following the talks|after the talks|at the end of the|"
    r"during the|at the (?:meeting|reception|talks|event|ceremony)",
    re.IGNORECASE,
)
# Words that put an agreement, a visit or a gift in the future: "sẽ ký kết", "dự kiến vào tháng 4 tới".
_FUTURE = re.compile(vocabulary.FUTURE, re.IGNORECASE)
_AGREEMENT_CONTENT = re.compile(vocabulary.AGREEMENT_CONTENT, re.IGNORECASE)
_AGREEMENT_FUNDING = re.compile(vocabulary.AGREEMENT_FUNDING, re.IGNORECASE)
_MILESTONE = re.compile(vocabulary.PROJECT_MILESTONES, re.IGNORECASE)
_MILESTONE_PROJECT = re.compile(
    rf"(?:{vocabulary.PROJECT_MILESTONES})\s+(?:(?:và|and)\s+\w+\s+)?"
    r"(?:(?:lễ|ceremony|of|the|a|new|xây dựng)\s+)*"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{vocabulary.PROJECT_NOUNS})\b",
    re.IGNORECASE,
)
_HANOI_GIFT = re.compile(vocabulary.HANOI_GIFT, re.IGNORECASE)
_LEADS_DELEGATION = re.compile(r"dẫn đầu|trưởng đoàn|\bled\b|\bheaded\b|\bleading\b", re.IGNORECASE)
_HANDED_OVER = re.compile(r"handed over|presented|donated", re.IGNORECASE)
_MANY = re.compile(
    r"\b(?:các|những|nhiều|many|several|various|(?<![-–/])\d{1,3})\s+(?:[\w-]+,?\s+){0,2}$", re.IGNORECASE
)
_THE_COURSE = re.compile(
    r"\s*(?:[\w .-]{0,30} - )?(?:The|This) (?:course|class|training)\b|"
    r"\s*(?:Khóa|Khoá|Lớp) (?:học|bồi dưỡng|tập huấn|đào tạo)?\s*(?:này|được tổ chức|diễn ra|kéo dài)",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+(?:(?:văn bản|bản|new|more)\s+)?$", re.IGNORECASE
)
_PROJECT_COST = re.compile(
    r"\btotal (?:cost|investment|budget)\b|\bcost(?:ing|s)?\b|tổng (?:mức )?(?:đầu tư|kinh phí|vốn)|kinh phí|"
    r"\btrị giá\b|\bworth\b",
    re.IGNORECASE,
)
_OF_WHICH = re.compile(r"\s*(?:trong đó|of which|of this|of that)\b", re.IGNORECASE)
_LISTS_GOODS = re.compile(r"\bcompris\w*|\binclud\w*|\bconsist\w* of\b|\bgồm\b|bao gồm|trong đó có", re.I)
_FUTURE_AFTER = re.compile(vocabulary.FUTURE_AFTER, re.IGNORECASE)
_HELD_ONLINE = re.compile(
    r"(?<!qua )hình thức trực tuyến|\b(?:held|conducted) (?:online|virtually)\b", re.IGNORECASE
)
# "Trong những năm dịch bệnh, hai bên thường xuyên trao đổi qua hình thức trực tuyến": a habit, not
# the way the meeting reported was held.
_HABITUAL = re.compile(vocabulary.HABITUAL, re.IGNORECASE)
# "in 2025 the city will implement its plan, which includes ... training Lao officials, the signing of
# an MOU": activities listed as the content of a plan or a list of tasks are not events.
_LISTED = re.compile(vocabulary.LISTED_CONTENT, re.IGNORECASE)
_PLANNED_AFTER = re.compile(r"dự kiến|sắp tới|\b(?:next|later this) (?:week|month|year)\b", re.IGNORECASE)
_SAME_DAY = re.compile(
    r"\b(?:cùng ngày|cũng trong ngày|trong cùng ngày|(?:on |later |earlier )?(?:on )?the same day|"
    r"later that day|"
    # "Before the signing, Mayor ... received", "Sau lễ ký, ...": the same day as the occasion just named.
    r"(?:before|after|following) the (?:signing|talks|ceremony)|"
    r"(?:trước|sau) (?:lễ ký|buổi hội đàm|hội đàm|lễ))",
    re.IGNORECASE,
)
_PAST_REFERENCE = re.compile(
    vocabulary.PAST_REFERENCE + "|" + vocabulary.RECENT_PAST + "|" + vocabulary.HABITUAL, re.IGNORECASE
)
_VISIT_TIE = re.compile(vocabulary.VISIT_TIE, re.IGNORECASE)
_FIRST_DAY = re.compile(vocabulary.FIRST_DAY, re.IGNORECASE)
_MEETING_TIES = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.MEETING_TIES
]
# Words that put an undated meeting or gift after the article was written: it takes no publication month.
_NOT_YET = re.compile(
    vocabulary.FUTURE + r"|trước mắt|tới đây|sắp|chuẩn bị|upcoming|ahead|next", re.IGNORECASE
)
_RECEIVED_FROM = re.compile(r"nhận được[^.;]{0,60}?\btừ\b|received[^.;]{0,60}?\bfrom\b", re.IGNORECASE)
_TITLE_TIMESTAMP = re.compile(r"\(?\s*\d{1,2}:\d{2}\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*\)?")
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_ABBREVIATIONS = {
    "tp",
    "mr",
    "ms",
    "mrs",
    "dr",
    "st",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "u.s",
    "h.e",
    "th.s",
    "ts",
    "pgs",
    "gs",
}
# A sentence ends at a stop and a space, or at a stop glued to the next sentence's capital after a
# lower-case word ("in mid-March.The Department ..." as some pages run paragraphs together).
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|(?<=[a-zà-ỹđ]{2}[.!?])(?=[A-ZĐ][a-zà-ỹđ])"
)
# Lines that are not article prose: image slots, photo credits, timestamps of related items.
_JUNK_LINE = re.compile(
    r"^(?:undefined|!\[.*?\]\(.*?\)\s*\|?|\|)$|^\s*\S.{0,80}\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+\d{1,2}:\d{2}\s*$"
)

# Place phrases: "tại Việt Nam", "sang Lào", "in Vientiane".
_PLACE_PHRASE = re.compile(
    r"\b(?:tại|ở|sang|đến|tới|thăm|in|to|towards|visit(?:ed|ing)?)\s+(?i:Thủ đô\s+|thành phố\s+|TP\.?\s*|"
    r"nước\s+|Cộng h(?:òa|oà) Dân chủ Nhân dân\s+|CHDCND\s+|the Lao capital(?: city)?(?: of)?\s+)?"
    r"(?P<place>Hà Nội|Việt Nam|Viêng Chăn|Lào|Vientiane|Laos|Hanoi|Ha Noi|Viet Nam|Vietnam|Luang Prabang)\b"
)

MODEL_OF = {
    "talks": "meeting",
    "reception": "meeting",
    "courtesy_call": "meeting",
    "online_talks": "meeting",
    "other": "meeting",
    "visit": "delegation",
    "training": "delegation",
    "cooperation_agreement": "agreement",
    "plan": "agreement",
    "mou": "agreement",
    "aid": "agreement",
    "funded_project": "agreement",
}


@dataclass
class Candidate:
    category: str
    sentence: int
    cue: str
    date: FoundDate | None = None
    sentences: list = field(default_factory=list)
    amounts: list = field(default_factory=list)
    reverse: bool = False  # aid from the Lao side to Hanoi
    period: str = ""
    project: str = ""
    main: bool = False  # part of the occasion the article reports (the meeting, its visit, its gifts)
    title_only: bool = False  # found in the article title only
    earlier: bool = False  # an agreement signed before the occasion, only named here

    @property
    def model(self):
        return MODEL_OF[self.category]


def detect_language(text):
    sample = text[:3000]
    letters = sum(char.isalpha() for char in sample) or 1
    return "vi" if len(_VIETNAMESE_LETTERS.findall(sample)) / letters > 0.02 else "en"


def article_lines(text):
    """Prose lines of the article, stopping at a related-news list or comment form the cleaner left."""
    lines = []
    for line in nfc(text).splitlines():
        line = squeeze(line).rstrip(" |").strip()
        if not line:
            lines.append("")
            continue
        lowered = line.lower()
        if len(line) < 60 and any(lowered.startswith(marker) for marker in vocabulary.BOILERPLATE_STARTS):
            break
        if _JUNK_LINE.match(line):
            continue
        lines.append(line)
    return lines


def split_sentences(line):
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        word = re.search(r"([\w.]+)\W*$", line[start : match.start()])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        parts.append(line[start : match.start()].strip())
        start = match.end()
    parts.append(line[start:].strip())
    return [part for part in parts if part]


@functools.cache
def _marker_pattern(markers):
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(marker) for marker in markers) + r")(?!\w)")


def _has_marker(text, markers):
    lowered = text.lower()
    for place in vocabulary.NOT_LAO_PLACES:
        lowered = lowered.replace(place, " ")
    return bool(_marker_pattern(markers).search(lowered))


def _event_date(dates, cue_start, span=False):
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


def _names_agreement(sentence, start, end):
    """An agreement is named between `start` and `end`, so a year at `end` is its name's year."""
    between = sentence[start:end]
    return any(pattern.search(between) for pattern, _ in _AGREEMENT_CUES) or bool(
        re.search(r"kế hoạch|chương trình|\bplan\b|\bprogramme\b", between, re.IGNORECASE)
    )


def _another_year(found, other):
    """Both dated, in different years: two occasions, not one told twice."""
    return bool(found and found.date and other and other.date and found.date.year != other.date.year)


def _same_day(first, second):
    if first is None or second is None:
        return first is None and second is None
    if first.date and second.date:
        return first.date == second.date
    return (first.month, first.day) == (second.month, second.day)


_OPENING_ANAPHORA = re.compile(
    r"^(?:[\w ]{0,40}?(?:phát biểu|trao đổi|chia sẻ|báo cáo)[^,.;]{0,40}? )?"
    r"(?:tại|trong) (?:các )?(?:buổi|cuộc) (?P<meeting>tiếp|đón tiếp|hội đàm|hội kiến|làm việc|gặp gỡ|gặp)\b",
    re.IGNORECASE,
)


def _anaphora_category(meeting):
    meeting = meeting.lower()
    if "tiếp" in meeting:
        return "reception"
    return {"hội đàm": "talks", "hội kiến": "courtesy_call"}.get(meeting, "other")


def _meeting_category(sentence):
    for pattern, category in _MEETING_CUES:
        match = pattern.search(sentence)
        if match:
            return category, match
    return None, None


def _find_candidates(sentences, language, people, reference):
    lao_markers = vocabulary.LAO_MARKERS + (vocabulary.LAO_MARKERS_EN if language == "en" else ())
    lao_people = {fold(p.name) for p in people.values() if p.side == "la"}
    candidates = []
    main_meeting = None
    last_day = None

    # "Mayor Phetsamone received the Hanoi delegation": a Lao guest named by one part of the name.
    lao_name_parts = {
        word
        for p in people.values()
        if p.side == "la"
        for word in re.split(r"[\s-]+", p.name)
        if len(word) >= 4 and fold(word) not in vocabulary.NOT_NAME_WORDS
    }
    lao_name_part = (
        re.compile(r"\b(?:" + "|".join(map(re.escape, lao_name_parts)) + r")\b") if lao_name_parts else None
    )

    def lao_related(number, sentence):
        if _has_marker(sentence, lao_markers):
            return True
        if any(number in p.sentences and fold(p.name) in lao_people for p in people.values()):
            return True
        return bool(lao_name_part and lao_name_part.search(sentence))

    for number, sentence in enumerate(sentences):
        dates = find_dates(sentence, **reference)
        same_day = _SAME_DAY.search(sentence)
        if same_day and last_day and not any(d.day for d in dates):
            # "Cùng ngày, ...", "In the afternoon the same day, ...": the day the article last named.
            dates.append(
                replace(last_day, start=same_day.start(), end=same_day.end(), text=same_day.group(0))
            )
        last_day = next((d for d in reversed(dates) if d.day and d.date and not d.date_end), last_day)
        related = lao_related(number, sentence)
        delegation_word = bool(_DELEGATION_WORD.search(sentence))

        category, match = _meeting_category(sentence)
        if (
            category == "online_talks"
            and main_meeting
            and main_meeting.category in {"talks", "other"}
            and _HELD_ONLINE.search(sentence)
            and not _HABITUAL.search(sentence)
            and not any(d.day and not _same_day(d, main_meeting.date) for d in dates)
        ):
            # "Cuộc hội đàm diễn ra theo hình thức trực tuyến": the talks already reported were online.
            main_meeting.category = "online_talks"
            main_meeting.sentences.append(number)
            category = None
        # "On November 30, Chairman ... received the delegation": once a Lao visit is reported, a
        # meeting with "the delegation" is part of it even when the sentence names no Lao place.
        host_known = main_meeting or any(c.category == "visit" for c in candidates)
        delegation_named = delegation_word or _DELEGATION_OR_SIDES.search(sentence)
        # "Phát biểu tại buổi tiếp, ..." before any meeting is told: the lead that reported it was lost
        # (to a photo caption, or a scraper), but the article is about that meeting.
        lead_lost = main_meeting is None and (opening := _OPENING_ANAPHORA.match(sentence))
        if lead_lost and not category:
            category, match = _anaphora_category(opening.group("meeting")), opening
        if (
            category
            and _HABITUAL.search(sentence[: match.start()])
            and not any(d.day for d in dates)
            and not _MEETING_ANAPHORA.search(sentence)
        ):
            category = None  # "Hằng năm, hai bên thường xuyên trao đổi qua hình thức trực tuyến": a habit
        if category and _FUTURE.search(sentence[max(0, match.start() - 50) : match.start()]):
            category = None  # "Thủ tướng Lào sẽ hội kiến ...", "Sở Y tế sẽ tổ chức trao đổi trực tuyến"
        if (
            category == "reception"
            and _HANDED_OVER.search(sentence[: match.start()])
            and sentence[match.start() :].startswith("received by")
        ):
            category = None  # "was handed over by ... and received by the Director ...": a gift
        if category and (
            related or lead_lost or (host_known and (delegation_named or _MEETING_ANAPHORA.search(sentence)))
        ):
            # A bare year after the cue names something else: "Kết thúc hội đàm, hai bên đã ký Kế hoạch
            # hợp tác năm 2025".
            own_date = _event_date(
                [
                    d
                    for d in dates
                    if d.precision != "year" or not _names_agreement(sentence, match.end(), d.start)
                ],
                match.start(),
            )
            anaphoric = _MEETING_ANAPHORA.search(sentence[max(0, match.start() - 25) : match.end() + 5])
            same_kind = next((c for c in candidates if c.category == category), None)
            if main_meeting is None and (related or delegation_named or lead_lost):
                main_meeting = Candidate(category, number, match.group(0), own_date, [number], main=True)
                candidates.append(main_meeting)
            elif main_meeting is None:
                pass
            elif (
                anaphoric
                and (
                    category in {main_meeting.category, "reception"}
                    or main_meeting.category == "online_talks"
                )
                and (match.start() < 40 or own_date is None or _same_day(own_date, main_meeting.date))
            ):
                # "Phát biểu tại buổi tiếp, ...": a date later in the sentence belongs to what is said there.
                main_meeting.sentences.append(number)
            elif same_kind and (
                own_date is None or same_kind.date is None or _same_day(own_date, same_kind.date)
            ):
                same_kind.sentences.append(number)
                same_kind.date = same_kind.date or own_date
            elif category == "reception" and own_date is None:
                main_meeting.sentences.append(number)  # "chào đón", "đón tiếp" describing the same meeting
            else:
                candidates.append(Candidate(category, number, match.group(0), own_date, [number]))

        visit = _VISIT.search(sentence)
        training = _TRAINING.search(sentence)
        if training and related and _planned(sentence, training.start()):
            training = None
        course_told = next((c for c in candidates if c.category == "training"), None)
        if not training and course_told and (same_course := _THE_COURSE.match(sentence)):
            # "The course, held in Hanoi from May 8 to June 2, covered ...": the course just reported.
            training, related = same_course, True
        if training and related:
            existing = course_told
            if existing:
                existing.sentences.append(number)
                own = _event_date(dates, training.start(), span=True)
                if own and own.date_end and not (existing.date and existing.date.date_end):
                    existing.date = own  # "attended the course ... held from April 15 to June 14"
            else:
                candidates.append(
                    Candidate(
                        "training",
                        number,
                        training.group(0),
                        _event_date(dates, training.start()),
                        [number],
                        main=True,
                    )
                )
        elif visit and (related or main_meeting):
            clause = sentence[max(0, visit.start() - 80) : visit.start()]
            by_ambassador = _AMBASSADOR.search(clause) and not _DELEGATION_WORD.search(clause)
            # "tới thăm và chúc mừng Đại sứ quán Lào": a call at the embassy in Hanoi, not a trip.
            at_embassy = re.search(
                r"tại Đại sứ quán|at the (?:Lao )?Embassy", sentence[visit.start() :]
            ) or re.search(
                r"(?:thăm|chúc mừng|chúc Tết) Đại sứ quán|to the (?:Lao )?Embassy",
                sentence[visit.start() : visit.end() + 40],
            )
            planned = _FUTURE.search(clause) or _PLANNED_AFTER.search(
                sentence[visit.end() : visit.end() + 100]
            )
            if not by_ambassador and not at_embassy and not planned:
                existing = next((c for c in candidates if c.category == "visit"), None)
                own = _event_date(dates, visit.start(), span=True)
                if existing and _another_year(own, existing.date):
                    # "Năm 2023, Hội LHPN thành phố đã cử đoàn sang thăm ...": an earlier visit of its own.
                    candidates.append(Candidate("visit", number, visit.group(0), own, [number]))
                elif existing:
                    existing.sentences.append(number)
                    if own and own.date_end and not (existing.date and existing.date.date_end):
                        existing.date = own  # "đang thăm và làm việc tại Lào từ ngày 11 đến 13/9"
                else:
                    candidates.append(
                        Candidate(
                            "visit",
                            number,
                            visit.group(0),
                            own,
                            [number],
                            main=True,
                        )
                    )

        for pattern, agreement_category in _AGREEMENT_CUES:
            agreement = pattern.search(sentence)
            if not agreement:
                continue
            before_cue = sentence[max(0, agreement.start() - 30) : agreement.start()]
            # "the signing of four memoranda of understanding ... on August 9": that many agreements.
            counted = _COUNTED.search(before_cue)
            copies = 0
            if counted:
                word = counted.group("n").lower()
                copies = int(word) if word.isdigit() else COUNT_WORDS.get(word, 0)
            if not (2 <= copies <= 10 and any(d.day for d in dates)):
                copies = 0
                if _MANY.search(before_cue):
                    break  # "đã ký kết các chương trình, kế hoạch phối hợp": agreements in general
            # "triển khai nội dung Biên bản thỏa thuận ...", "under their 2022-2025 cooperation memorandum"
            mentioned_only = re.search(
                r"(?:theo|khuôn khổ|trong|thực hiện|triển khai|cụ thể hóa|cụ thể hoá|under|within|"
                r"implement\w*|of)\s+(?:(?:các|nội dung|việc|kết quả|the|their|its|a)\s+)?"
                r"(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s+)?$",
                sentence[max(0, agreement.start() - 34) : agreement.start()],
                re.IGNORECASE,
            )
            # The parties can run long: "Thỏa thuận hợp tác giữa Đảng bộ, chính quyền Thủ đô Hà Nội và
            # Đảng bộ, chính quyền Thủ đô Viêng Chăn giai đoạn 2022-2025".
            # ... or come first: "their 2022-25 cooperation agreement".
            period = _PERIOD.search(sentence[agreement.start() : agreement.end() + 160]) or _PERIOD.search(
                sentence[max(0, agreement.start() - 12) : agreement.start()]
            )
            period = _period_text(period) if period else ""
            # "Biên bản ghi nhớ ... được ký kết tại Viêng Chăn vào tháng 4 năm 2022": named by its signing.
            signed_then = _SIGNING.search(sentence[agreement.end() : agreement.end() + 120]) and any(
                d.start > agreement.end() for d in dates
            )
            if (
                _FUTURE.search(sentence[max(0, agreement.start() - 70) : agreement.start()])
                or _FUTURE_AFTER.search(sentence[agreement.end() : agreement.end() + 120])
                or (_planned(sentence, agreement.start()) and not signed_then)
            ):
                break  # "Hai bên nhất trí sớm hoàn thiện dự thảo ... để ký kết": not signed yet
            if mentioned_only and not (period or signed_then):
                break  # "thực hiện thỏa thuận hợp tác": an unnamed agreement, not an event
            if _SIGNING.search(sentence) or period:
                told = len(candidates)
                _add_agreement(
                    candidates,
                    agreement_category,
                    number,
                    agreement,
                    dates,
                    period,
                    sentence,
                    earlier=bool(mentioned_only and not signed_then),
                )
                if copies and len(candidates) > told:
                    candidates.extend(replace(candidates[-1], sentences=[number]) for _ in range(copies - 1))
                if agreement_category == "plan":
                    # "kế hoạch triển khai thỏa thuận hợp tác giai đoạn 2021 - 2025": the plan names an
                    # agreement signed earlier, which is an event of its own (its date is elsewhere).
                    rest = sentence[agreement.end() :]
                    for named_pattern, named_category in _AGREEMENT_CUES[1:]:
                        named = named_pattern.search(rest)
                        named_period = named and _PERIOD.search(rest[named.start() : named.end() + 40])
                        if named_period:
                            _add_agreement(
                                candidates,
                                named_category,
                                number,
                                named,
                                [],
                                _period_text(named_period),
                                sentence,
                                earlier=True,
                            )
                            break
            break  # "kế hoạch triển khai thỏa thuận hợp tác" is the plan, not a second agreement

        project = _FUNDED_PROJECT.search(sentence)
        # "Trường ... được thành phố Hà Nội tài trợ xây dựng" right after the hand-over in Vientiane.
        if project and (related or candidates or (number and lao_related(number - 1, sentences[number - 1]))):
            name = squeeze(project.group("name") or "") if "name" in project.groupdict() else ""
            # "được Hà Nội tài trợ xây dựng năm 2019": a year dates a project when it is all there is.
            own = _event_date(dates, project.start())
            amounts = aid_amounts(sentence, language, project=True)
            _add_project(candidates, sentences, number, project.group(0), own, amounts, name)
            continue
        if _PROJECT_COST.search(sentence) and (
            project_told := _told_just_before(candidates, "funded_project", number, 3)
        ):
            # "It will be built within 12 months at a total cost of 3 million USD.": the project just told.
            cost = aid_amounts(sentence, language, project=True)
            if cost:
                project_told.sentences.append(number)
                _add_amounts(project_told, cost)
                continue
        named_by_milestone = _MILESTONE_PROJECT.search(sentence)
        if (
            named_by_milestone
            and related
            and not _FUTURE.search(sentence[: named_by_milestone.start()])
            and _HANOI_GIFT.search(" ".join(sentences[number : number + 3]))
        ):
            # "Lễ khởi công Dự án xây dựng trụ sở ... Đây là quà tặng của ... Thủ đô Hà Nội": a project
            # Hanoi gives, named by the milestone the article reports.
            own = _event_date(dates, named_by_milestone.start())
            amounts = aid_amounts(sentence, language, project=True)
            _add_project(candidates, sentences, number, named_by_milestone.group(0), own, amounts, "")
            continue

        signed_ones = [c for c in reversed(candidates) if c.model == "agreement" and c.category != "aid"]
        # "Kinh phí thực hiện kế hoạch ...": the plan's money, even when an older agreement came up since.
        named = next((category for pattern, category in _AGREEMENT_CUES if pattern.search(sentence)), None)
        named = named or next(
            (category for pattern, category in _AGREEMENT_WORDS if pattern.search(sentence)), None
        )
        signed = next((c for c in signed_ones if c.category == named), None) or next(iter(signed_ones), None)
        if signed and _AGREEMENT_CONTENT.search(sentence) and _AGREEMENT_FUNDING.search(sentence):
            # "Theo kế hoạch, TP Hà Nội hỗ trợ kinh phí 12 tỷ đồng ...": the plan's funding, not a gift.
            _add_amounts(signed, aid_amounts(sentence, language))
            signed.sentences.append(number)
            continue

        aid_verb = _AID_VERB.search(sentence)
        listed_for = _told_just_before(candidates, "aid", number, 2)
        # "Trong đó ủng hộ Thủ đô Hà Nội 15.000 USD và ...": the gift just reported, split by recipient.
        of_which = _OF_WHICH.match(sentence)
        if listed_for and ((not aid_verb and _LISTS_GOODS.search(sentence)) or of_which):
            # "The medical supplies comprise 50,000 face masks, 1,000 sanitizer bottles and 50 ...": the
            # gift just reported, item by item.
            listed = aid_amounts(sentence, language)
            if listed:
                listed_for.sentences.append(number)
                _add_amounts(listed_for, listed)
                continue
        # "Tại trường, Đoàn đã trao tặng nhà trường 200 bộ bàn ghế": the visiting delegation gives.
        delegation_gives = (
            delegation_word
            and candidates
            and re.search(
                r"\b(?:Đoàn|đoàn|[Tt]he delegation)\b[^,;]{0,40}$",
                sentence[: aid_verb.start()] if aid_verb else "",
            )
        )
        if aid_verb and (related or (candidates and (_SAME_OCCASION.search(sentence) or delegation_gives))):
            amounts = aid_amounts(sentence, language)
            goods = _AID_GOODS.search(sentence)
            if not amounts and (not goods or _NOT_AID.search(sentence)):
                continue
            reverse = _is_reverse_aid(sentence, aid_verb, lao_markers)
            if reverse:
                subject = re.match(r"\s*(?P<who>[^,]{3,60}?)\s+(?:cũng\s+)?(?:đã\s+)?nhận được", sentence)
                for amount in amounts:
                    amount.recipient = amount.recipient or (subject.group("who") if subject else "Hà Nội")
            own = _event_date([d for d in dates if d.precision != "year"], aid_verb.start())
            if own is None:
                # "Năm 2018, Công an Hà Nội đã hỗ trợ ... 1,2 tỷ đồng": an earlier gift, its own event.
                now = reference["published"].year if reference["published"] else reference["reference_year"]
                own = next(
                    (
                        d
                        for d in dates
                        if d.precision == "year" and d.start < aid_verb.start() and now and d.date.year < now
                    ),
                    None,
                )
            existing = next(
                (
                    c
                    for c in candidates
                    if c.category == "aid"
                    # The same sum told twice is one gift, whichever way the sentence reads.
                    and (c.reverse == reverse or any(same_amount(a, k) for a in amounts for k in c.amounts))
                    and (
                        own is None or (c.date is None and own.precision != "year") or _same_day(own, c.date)
                    )
                ),
                None,
            )
            if existing:
                existing.sentences.append(number)
                _add_amounts(existing, amounts)
                existing.date = existing.date or own
                existing.main = existing.main or bool(_SAME_OCCASION.search(sentence) or delegation_gives)
            else:
                candidates.append(
                    Candidate(
                        "aid",
                        number,
                        aid_verb.group(0),
                        own,
                        [number],
                        amounts=amounts,
                        reverse=reverse,
                        main=bool(_SAME_OCCASION.search(sentence) or delegation_gives),
                    )
                )
    _date_projects(candidates, sentences, reference, lao_related)
    return candidates


def _add_project(candidates, sentences, number, cue, own, amounts, name):
    """A funded project, joined to the one already found unless their names or days differ: "the opening of
    a new kindergarten funded by Hanoi", then "The school, built with US$1.2 million from Hanoi, ...". A
    day from a sentence naming no milestone ("received the delegation on Saturday, as the two cities marked
    the opening of a kindergarten funded by Hanoi") is no day of the project's and gives way."""

    def dated_by_milestone(candidate):
        return candidate.date is not None and _MILESTONE.search(sentences[candidate.sentence])

    same = next(
        (
            c
            for c in candidates
            if c.category == "funded_project"
            and (not name or not c.project or fold(name) == fold(c.project))
            and (own is None or not dated_by_milestone(c) or _same_day(own, c.date))
        ),
        None,
    )
    if same is None:
        candidates.append(
            Candidate("funded_project", number, cue, own, [number], amounts=amounts, project=name)
        )
        return
    if own and not dated_by_milestone(same) and _MILESTONE.search(sentences[number]):
        same.sentence, same.date = number, own
    same.sentences.append(number)
    same.project = same.project or name
    same.date = same.date or own
    for amount in amounts:
        if not any(same_amount(amount, known) for known in same.amounts):
            same.amounts.append(amount)


def _date_projects(candidates, sentences, reference, lao_related):
    """A funded project without a date of its own takes the day of its reported milestone ("Ngày 15/5,
    ... lễ khánh thành và bàn giao Trường ..."); one with neither a date nor an amount is only praised
    in passing ("the Hanoi-funded Friendship Park is now a favourite destination") and is dropped unless
    its own sentence names a milestone ("chỉ hơn một năm sau khởi công, dự án ..."). A date from a
    sentence that names no milestone ("received the delegation on Saturday, as the two cities marked
    the opening of a kindergarten funded by Hanoi") gives way to the milestone's own day."""
    for candidate in candidates[:]:
        if candidate.category != "funded_project" or (
            candidate.date and _MILESTONE.search(sentences[candidate.sentence])
        ):
            continue
        for number, sentence in enumerate(sentences):
            milestone = _MILESTONE.search(sentence)
            if (
                not milestone
                or not lao_related(number, sentence)
                or _FUTURE.search(sentence[: milestone.start()])
            ):
                continue
            day = _event_date([d for d in find_dates(sentence, **reference) if d.day], milestone.start())
            if day:
                candidate.date = day
                candidate.sentences.append(number)
                break
        own_milestone = _MILESTONE.search(sentences[candidate.sentence])
        if candidate.date is None and not candidate.amounts and not own_milestone:
            candidates.remove(candidate)


def _past_reference(candidate, sentences, year):
    """An agreement, gift or project named as done before the occasion: "Trước đó, ...", "Thời gian qua,
    Hà Nội đã hỗ trợ ...", a cooperation agreement whose term began before the occasion's year."""
    if candidate.earlier or candidate.title_only:
        return True
    if _PAST_REFERENCE.search(sentences[candidate.sentence]):
        return True
    if _IMPLEMENTS.search(candidate.cue):
        # "kế hoạch triển khai thỏa thuận ... giai đoạn 2021 - 2025": the term is the agreement's.
        return False
    return bool(candidate.period and year and int(candidate.period[:4]) < year)


def _bound_to_occasion(candidate, sentences, main):
    """An undated signing, gift or hand-over told as part of the occasion the article reports."""
    if candidate.main:
        return True
    year = main.date.date.year if main.date and main.date.date else None
    if main.date is None or main.date.date is None or _past_reference(candidate, sentences, year):
        return False
    sentence = sentences[candidate.sentence]
    if candidate.reverse and not _SAME_OCCASION.search(sentence):
        return False  # "Hà Nội cũng nhận được ... từ Viêng Chăn": usually an earlier gift, recalled
    if candidate.category == "funded_project":
        milestone = _MILESTONE.search(sentence)
        return bool(milestone and not _FUTURE.search(sentence[: milestone.start()]))
    return True


_GUEST_IN_TOWN = re.compile(
    r"\bwho (?:is|was) (?:in|visiting) (?:Hanoi|Ha Noi|Vientiane|Laos|Vietnam|Viet Nam)\b|"
    r"\b(?:đang|nhân dịp) (?:có mặt|thăm|sang thăm|công tác) (?:tại |ở )?"
    r"(?:Hà Nội|Việt Nam|Viêng Chăn|Vientiane|Lào)\b",
    re.IGNORECASE,
)
_EMBASSY = re.compile(r"Đại sứ quán|Lãnh sự quán|\bEmbassy\b|\bConsulate", re.IGNORECASE)
# The side a delegation comes from, named just after "Đoàn" or just before "delegation".
_TRAVELLERS = {
    "to_hanoi": re.compile(r"Viêng Chăn|Vientiane|\bLào\b|\bLaos?\b|Lao PDR", re.IGNORECASE),
    "to_laos": re.compile(r"Hà Nội|Hanoi|Ha Noi|Việt Nam|Vietnam(?:ese)?|Viet Nam", re.IGNORECASE),
}


def _delegation_of(sentence, side):
    """The first "Đoàn"/"delegation" of the sentence that `side` (a _TRAVELLERS key) names: the first
    side named just after it ("Đoàn đại biểu Thủ đô Hà Nội", "đoàn huyện Chanthabuly, Thủ đô Viêng
    Chăn"), or just before it ("the Vietnamese delegation")."""
    for word in _DELEGATION_WORD.finditer(sentence):
        after = sentence[word.end() : word.end() + 90]
        named = [
            (found.start(), direction)
            for direction, pattern in _TRAVELLERS.items()
            if (found := pattern.search(after))
        ]
        before = sentence[max(0, word.start() - 30) : word.start()]
        if (named and min(named)[1] == side) or _TRAVELLERS[side].search(before):
            return word
    return None


def _implied_visit(main, candidates, sentences, direction):
    """The visit a meeting with a delegation from the other capital implies, when the article tells
    the meeting only: "tiếp Đoàn đại biểu Thủ đô Hà Nội ... đến chào xã giao" in Vientiane, "At a
    reception for Vientiane's Mayor ..., who is in Hanoi". A call at an embassy, a resident ambassador
    received where they serve and talks held online make no trip."""
    if (
        main.model != "meeting"
        or main.category not in {"talks", "reception", "courtesy_call"}
        or direction not in _TRAVELLERS
        or any(c.model == "delegation" for c in candidates)
    ):
        return None
    told = [sentences[n] for n in dict.fromkeys(main.sentences)]
    if any(_EMBASSY.search(sentence) for sentence in told):
        return None
    guest = next(
        (
            found
            for sentence in told
            if (found := _GUEST_IN_TOWN.search(sentence) or _delegation_of(sentence, direction))
        ),
        None,
    )
    if guest is None:
        return None
    # Undated here: extract_events() dates a visit by the meeting's month, as it does any visit.
    return Candidate("visit", main.sentence, guest.group(0), None, [main.sentence], main=True)


def _told_just_before(candidates, category, number, within):
    """The latest candidate of `category` last told at most `within` sentences before sentence `number`."""
    return next(
        (c for c in reversed(candidates) if c.category == category and number - c.sentences[-1] <= within),
        None,
    )


def _add_amounts(candidate, amounts):
    """Add a sentence's amounts to a gift told before: an amount already there is not added again,
    but two equal sums in the sentence itself ("15.000 USD cho Hà Nội và 15.000 USD cho ...") both are."""
    known = list(candidate.amounts)
    candidate.amounts.extend(amount for amount in amounts if not any(same_amount(amount, k) for k in known))


def _as_month(found):
    return replace(found, date=found.date.replace(day=1), precision="month", date_end=None, day=None)


def _as_day(found):
    return replace(found, date_end=None)


def _occasion_date(candidate, candidates, main, sentences):
    """The day of the meeting (or the one-day ceremony) an undated signing or gift belongs to.

    Vietnamese and English reports tell the signing or hand-over right after the meeting where it took
    place ("Tại hội đàm ...", "Nhân dịp này ..."), so a tie to a meeting takes the nearest such meeting
    before it. Without a tie, a one-day occasion gives its day; a visit over several days, or several
    meetings on different days, give the month only (compatible, never wrong), unless the text ties it
    to the visit's first day.
    """
    if main.date is None or main.date.date is None:
        return main.date  # a day/month whose year is unknown is still the occasion's
    sentence = sentences[candidate.sentence]
    meetings = [
        c
        for c in candidates
        if (c.model == "meeting" or c is main)
        and c is not candidate
        and not c.title_only
        and c.date
        and c.date.date
        and c.date.day
        and not c.date.date_end
    ]
    before = [m for m in meetings if m.sentence <= candidate.sentence]
    tie = next((category for pattern, category in _MEETING_TIES if pattern.search(sentence)), None)
    if tie is not None or (_SAME_OCCASION.search(sentence) and not _VISIT_TIE.search(sentence)):
        pool = [m for m in before if not tie or m.category == tie] or before
        if pool:
            return _as_day(max(pool, key=lambda m: m.sentence).date)
    visit = next((c for c in candidates if c.category == "visit" and c.date and c.date.date), None)
    span = visit.date if visit else (main.date if main.date.date_end else None)
    several_days = bool(span and span.date_end and span.date_end != span.date)
    days = {m.date.date for m in meetings}
    if several_days and _FIRST_DAY.search(sentence):
        return _as_day(span)
    if len(days) == 1 and not (several_days and _VISIT_TIE.search(sentence)):
        return _as_day(meetings[0].date)
    if not days and not several_days:
        return _as_day(main.date)
    first = min((m.date for m in meetings), key=lambda found: found.date, default=span or main.date)
    return _as_month(span if span and span.date <= first.date else first)


def _publication_month(candidate, sentences, published):
    """An event the text leaves undated takes the month it was published in (never the day: a wrong day
    would contradict the true one), unless it is a past reference or still to come. An article out on
    the 1st of a month more often reports the day before."""
    if published.day == 1 or _past_reference(candidate, sentences, published.year):
        return None
    if _NOT_YET.search(sentences[candidate.sentence]):
        return None
    first = published.replace(day=1)
    return FoundDate(0, 0, "", first, "month", year_inferred=True, month=first.month)


def _planned(sentence, cue_start):
    """The cue is a task for later or one item of a plan's content, in the clause before it, or part of a
    summary of the past: "Trong năm qua, ...; Công an Hà Nội đã tổ chức 3 lớp bồi dưỡng ..."."""
    clause = re.split(r"[;]", sentence[:cue_start])[-1]
    return bool(_FUTURE.search(clause) or _LISTED.search(clause) or _HABITUAL.search(sentence[:cue_start]))


def _add_agreement(candidates, category, number, agreement, dates, period, sentence, earlier=False):
    """A signed (or named) agreement, joined to one of the same kind and term already found."""
    existing = next(
        (
            c
            for c in candidates
            if c.category == category and (c.period == period or not (c.period and period))
        ),
        None,
    )
    if existing:
        existing.sentences.append(number)
        existing.period = existing.period or period
        return
    near_dates = [d for d in dates if d.precision != "year"]
    date = _event_date(near_dates, agreement.start())
    if date is None:
        # "In 2019 the two cities signed ...", "signed their latest agreement in 2021": a year before the
        # name or after the signing verb dates it; a year inside the name ("Kế hoạch năm 2025") does not.
        def names_the_year(found):
            between = sentence[agreement.end() : found.start]
            return not between.strip() and found.text.lower().startswith("năm")

        years = [
            d
            for d in dates
            if d.precision == "year"
            and (d.start < agreement.start() or (d.start > agreement.end() and not names_the_year(d)))
        ]
        date = min(years, key=lambda d: abs(d.start - agreement.start()), default=None)
    candidates.append(
        Candidate(
            category,
            number,
            agreement.group(0),
            None if earlier else date,
            [number],
            period=period,
            main=not earlier and bool(_SAME_OCCASION.search(sentence)),
            earlier=earlier,
        )
    )


def _is_reverse_aid(sentence, aid_verb, lao_markers):
    """Aid from the Lao side: "Hà Nội nhận được ... từ Thủ đô Viêng Chăn", "Viêng Chăn ủng hộ Hà Nội"."""
    received = _RECEIVED_FROM.search(sentence)
    if received and _has_marker(sentence[received.end() : received.end() + 60], lao_markers):
        return True
    if aid_verb.group(0).lower() == "received":
        # The subject receives, from the Vietnamese side: "Vientiane ... received ... from Hanoi".
        return False
    before = sentence[: aid_verb.start()]
    after = sentence[aid_verb.end() : aid_verb.end() + 80]
    return (
        _has_marker(before[-80:], lao_markers)
        and not _has_marker(before[-80:], vocabulary.VIETNAM_MARKERS)
        and _has_marker(after, vocabulary.VIETNAM_MARKERS)
        and not _has_marker(after[:40], lao_markers)
    )


def _direction_votes(text):
    votes = {"to_hanoi": 0, "to_laos": 0}
    for match in _PLACE_PHRASE.finditer(text):
        place = vocabulary.PLACES.get(fold(match.group("place")), match.group("place"))
        if place in vocabulary.PLACES_IN_VIETNAM:
            votes["to_hanoi"] += 1
        elif place in vocabulary.PLACES_IN_LAOS:
            votes["to_laos"] += 1
    return votes


# Who receives, and who calls: the side named before "tiếp" hosts, the side named before "chào xã giao"
# is the guest ("Đoàn Thành đoàn Viêng Chăn ... thăm và chào xã giao lãnh đạo Huyện ủy ..., Hà Nội").
_HOST_OR_GUEST = re.compile(
    # "tiếp tục", "tiếp nhận", "trực tiếp" are other words.
    r"(?P<host>(?<!trực )\btiếp\b(?!\s+(?:tục|cận|nhận|thu|theo|xúc|nối|sức|diễn|tế|đó))|đón tiếp|tiếp đón|"
    r"chủ trì|\breceive[ds]?\b|\bhost(?:s|ed)?\b|\bwelcomed\b|"
    r"\bmet with\b|\bmeeting (?:on [^,;]{0,20})?with\b)"
    r"|(?P<guest>chào xã giao|(?:đến|tới) chào(?! đón| mừng)|\bcourtesy calls? (?:to|on)\b|\bcalled on\b|"
    r"\bpaid a call on\b)"
)


def _host_direction(sentence, people):
    """Who receives whom: a Vietnamese host before "tiếp"/"chủ trì" means the Lao side came to Hanoi."""
    cue = _HOST_OR_GUEST.search(sentence)
    if not cue:
        return ""
    if cue.group("guest"):
        visitor = _direction_if_host_before(sentence, cue, people)
        return {"to_hanoi": "to_laos", "to_laos": "to_hanoi"}.get(visitor, "")
    return _direction_if_host_before(sentence, cue, people)


def _direction_if_host_before(sentence, cue, people):
    """The direction if the side named before `cue` is the host."""
    before = sentence[: cue.start()]
    sides = [p.side for p in people.values() if fold(p.name) in fold(before)]
    if not sides:
        # "Hanoi leader receives Vientiane officials": the places before the verb say who hosts; where
        # someone went ("ngay sau khi đến Viêng Chăn, Đoàn đã chào xã giao ...") says nothing of it.
        named = _PLACE_PHRASE.sub(" ", before)
        lao_before = _has_marker(named, vocabulary.LAO_MARKERS)
        vietnam_before = _has_marker(named, vocabulary.VIETNAM_MARKERS)
        if vietnam_before != lao_before:
            sides = ["vn"] if vietnam_before else ["la"]
    if "vn" in sides and "la" not in sides:
        return "to_hanoi"
    if "la" in sides and "vn" not in sides:
        return "to_laos"
    if cue.group("host") and _AMBASSADOR.search(sentence[cue.end() : cue.end() + 40]):
        return "to_hanoi"  # an ambassador is received in the country he is posted to
    return ""


def _explicit_place(sentence):
    places = [
        vocabulary.PLACES.get(fold(m.group("place")), m.group("place"))
        for m in _PLACE_PHRASE.finditer(sentence)
    ]
    return places[0] if places else ""


def _display_place(place, direction, article_text):
    if direction == "to_laos" and place in {"", "Lào"}:
        return "Viêng Chăn" if re.search(r"Viêng Chăn|Vientiane", article_text) else "Lào"
    if direction == "to_hanoi" and place in {"", "Việt Nam"}:
        return "Hà Nội"
    return place


def _label(person_list, side, fallback):
    for person in person_list:
        if person.side == side and person.lead:
            return f"{person.role} {person.name}".strip()
    for person in person_list:
        if person.side == side:
            return f"{person.role} {person.name}".strip()
    return fallback


def _title_for(candidate, people, place, direction):
    hanoi = _label(people, "vn", "Hà Nội")
    lao = _label(people, "la", "đoàn Lào" if direction == "to_hanoi" else "Lào")
    category = candidate.category
    if category == "reception":
        return f"{hanoi} tiếp {lao}" if direction != "to_laos" else f"{lao} tiếp {hanoi}"
    if category == "talks":
        return f"Hội đàm giữa {hanoi} và {lao}"
    if category == "online_talks":
        return f"Hội đàm trực tuyến giữa {hanoi} và {lao}"
    if category == "courtesy_call":
        return f"{lao} chào xã giao {hanoi}" if direction != "to_laos" else f"{hanoi} chào xã giao {lao}"
    if category == "other":
        return f"{candidate.cue[:1].upper()}{candidate.cue[1:]} giữa {hanoi} và {lao}"
    if category == "visit":
        where = "Việt Nam" if direction == "to_hanoi" else (place or "Lào")
        guest = lao if direction == "to_hanoi" else hanoi
        return f"{guest} thăm và làm việc tại {where}"
    if category == "training":
        course = candidate.cue if re.match(r"(?i)lớp|khóa|khoá", candidate.cue) else "lớp đào tạo"
        return f"{course[:1].upper()}{course[1:]} cho cán bộ Lào tại {place or 'Hà Nội'}"
    if category == "aid":
        recipients = [a.recipient for a in candidate.amounts if a.recipient]
        if candidate.reverse:
            return f"Lào hỗ trợ {recipients[0] if recipients else 'Hà Nội'}"
        return f"Hà Nội hỗ trợ {recipients[0] if recipients else 'Lào'}"
    if category == "funded_project":
        return (
            f"Dự án {candidate.project} do Hà Nội hỗ trợ" if candidate.project else "Dự án do Hà Nội hỗ trợ"
        )
    names = {
        "cooperation_agreement": "Thỏa thuận hợp tác",
        "plan": "Kế hoạch hợp tác",
        "mou": "Biên bản ghi nhớ",
    }
    title = names.get(category, category)
    return f"{title} giai đoạn {candidate.period}" if candidate.period else f"{title} Hà Nội - Lào"


_DATELINE = re.compile(
    r"^(?:[^\W\d]+(?: [^\W\d]+)?,\s*)?(?:\d{1,2}:\d{2},?\s*)?"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"(?:\s*[-/|,]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?(?:\s*\(GMT\+7\))?$"
)


def dateline_date(lines):
    """A page date printed on its own line near the top ("Sep 20, 2024 / 04:35 PM", "Thứ Năm, 18:20,
    11/04/2024"), for callers that pass no publication date."""
    for line in [line for line in lines if line][:3]:
        match = _DATELINE.match(line.strip())
        if match:
            found = find_dates(match.group("date"))
            if found and found[0].date and found[0].precision == "day":
                return found[0].date
    return None


_HANOI = re.compile(r"\b(?:Hà Nội|Hanoi|Ha Noi|Hà Nôi)\b", re.IGNORECASE)
# Hanoi in the name of a road or railway, not the city taking part.
_NAMED_AFTER_HANOI = re.compile(
    r"(?:cao tốc|đường sắt|tuyến đường|quốc lộ)\s+(?:Hà Nội|Viêng Chăn)\s*[-–]\s*(?:Hà Nội|Viêng Chăn)|"
    r"\b(?:Hanoi|Ha Noi|Vientiane)\s*[-–]\s*(?:Hanoi|Ha Noi|Vientiane)\s+(?:expressway|railway|highway|road)",
    re.IGNORECASE,
)


def _vietnam_side_present(title, lines, sentences, people):
    """The Hanoi or Vietnamese side is named in the title or the opening, by a place or a person."""
    opening = "\n".join([title, *[line for line in lines if line][:2]])
    if _has_marker(opening, vocabulary.VIETNAM_MARKERS):
        return True
    return any(p.side == "vn" and p.sentences & {0, 1, 2} for p in people.values())


_TITLE_YEAR = re.compile(r"(?<![\d/.–-])(?:năm\s+|in\s+)?((?:19|20)\d\d)(?![\d/.–-])")


def _reference(published, body, title=""):
    """How to date a day/month without a year: the publication date, else the article's own year, else
    the one year the title names ("Khai giảng lớp bồi dưỡng cán bộ ... năm 2025")."""
    if published:
        return {"published": published, "reference_year": None}
    year = infer_text_year(body)
    if year is None:
        title_years = {match.group(1) for match in _TITLE_YEAR.finditer(title)}
        if len(title_years) == 1 and not re.search(r"kỷ niệm|anniversary|giai đoạn|period", title, re.I):
            year = int(title_years.pop())
    if year is None:
        # "Chiều 1/10, ... chuẩn bị kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)".
        lead = next((d for d in find_dates(body[:600]) if d.day and d.month), None)
        if lead:
            year = upcoming_anniversary_year(body, lead.month, lead.day)
    return {"published": None, "reference_year": year}


def extract_events(text, *, title="", published=None, language=""):
    if isinstance(published, datetime.datetime):
        published = published.date()
    title = squeeze(_TITLE_TIMESTAMP.sub(" ", nfc(title)))
    lines = article_lines(text)
    body = "\n".join(lines)
    # The text decides, not the caller's label: importing.guess_language() labels English .txt and JSONL
    # articles "vi", which reads "USD 50,000" as fifty and misses every unaccented Vietnamese name.
    language = detect_language(title + "\n" + body)
    lao_markers = vocabulary.LAO_MARKERS + (vocabulary.LAO_MARKERS_EN if language == "en" else ())
    if not _has_marker(title + "\n" + body, lao_markers):
        return []

    sentences = [sentence for line in lines if line for sentence in split_sentences(line)]
    reference = _reference(published or dateline_date(lines), body, title)
    people = collect_people(sentences, language)
    for person in people.values():
        # A romanised name is Lao only in Lao company: "Kenji Morita" shares its shape.
        if (
            person.side == "la"
            and not _has_marker(person.role, lao_markers)
            and not any(_has_marker(sentences[n], lao_markers) for n in person.sentences)
        ):
            person.side = ""
    if not _vietnam_side_present(title, lines, sentences, people) or not _HANOI.search(
        _NAMED_AFTER_HANOI.sub(" ", title + "\n" + body)
    ):
        # Vientiane and Phnom Penh, with Hanoi only in a list of partners; Ho Chi Minh City and Vientiane;
        # the two countries' leaders, with Hanoi only in "the Hanoi-Vientiane expressway".
        return []
    candidates = _find_candidates(sentences, language, people, reference)
    if title:
        # The title names the occasion when the cleaner lost the lead ("HĐND Hà Nội và Viêng Chăn hội
        # đàm, ..."); it only adds kinds of event the body does not report.
        found = {c.model for c in candidates}
        sentences.append(title)
        for candidate in _find_candidates([title], language, {}, reference):
            if candidate.model not in found and candidate.model != "agreement":
                candidate.sentence = len(sentences) - 1
                candidate.sentences = [candidate.sentence]
                candidate.title_only = True
                candidates.append(candidate)
    if not candidates:
        return []

    main = next((c for c in candidates if c.main and c.model == "meeting"), None) or candidates[0]
    main.main = True
    if title and (main.date is None or main.date.date is None):
        # "Prime Minister ... on October 4 affirmed ...": a headline's day is its main event's.
        main.date = next((d for d in find_dates(title, **reference) if d.day and d.date), main.date)
    visit = next((c for c in candidates if c.category == "visit" and c.date and c.date.date), None)
    if main.model == "meeting" and (main.date is None or main.date.date is None) and visit:
        # "Đón tiếp Đoàn đại biểu, về phía ... có ...", the day given for the visit only: the visit's day
        # when it took one day, else its month.
        main.date = _as_day(visit.date) if not visit.date.date_end else _as_month(visit.date)
    if (
        main.date is None
        and reference["reference_year"]
        and not _past_reference(main, sentences, reference["reference_year"])
        # A day or month printed somewhere may be the occasion's, missed: a year would then contradict it.
        and not any(found.month for found in find_dates(body))
    ):
        # No day of its own ("Phát biểu tại buổi tiếp, ..." under a lost lead), no publication date, but
        # the text says its year: the occasion is dated to the year, which the true day cannot contradict.
        year = datetime.date(reference["reference_year"], 1, 1)
        main.date = FoundDate(0, 0, "", year, "year", year_inferred=True)
    greeting = {n for n, s in enumerate(sentences) if _GREETING.search(s)}
    # Whatever the lead sentence of the occasion reports belongs to it ("... đã trao tặng ... 1,5 tỷ đồng").
    main_sentences = {c.sentence for c in candidates if c.main}
    for candidate in candidates:
        if candidate.sentence == main.sentence and not candidate.earlier:
            candidate.main = True
    secondary = {n for c in candidates if not c.main for n in c.sentences} - main_sentences
    # Main participants: named outside greetings and other events' sentences, in a sentence about
    # the occasion (an event sentence or one naming the Lao side), so glued headlines do not count.
    event_sentences = {n for c in candidates for n in c.sentences}
    lao_people = {fold(p.name) for p in people.values() if p.side == "la"}
    attending = {n for n, s in enumerate(sentences) if _ATTENDANCE.search(s)}
    about_laos = attending | {
        n
        for n, s in enumerate(sentences)
        if _has_marker(s, lao_markers) or any(n in people[k].sentences for k in lao_people)
    }
    main_people = [
        p for p in people.values() if (p.sentences - greeting - secondary) & (event_sentences | about_laos)
    ]
    if not any(p.side == "la" for p in main_people) or not any(p.side == "vn" for p in main_people):
        # The rules missed a side: ask underthesea's tagger, on the main sentence only.
        for person in proper_name_people(sentences[main.sentence], language):
            if fold(person.name) not in {fold(p.name) for p in main_people}:
                main_people.append(person)

    votes = _direction_votes(sentences[main.sentence] * 3 + "\n" + body)
    host = _host_direction(sentences[main.sentence], people)
    article_direction = host or (max(votes, key=votes.get) if any(votes.values()) else "")
    if not article_direction:
        # The main sentence names no host, another sentence of a meeting may: "During the meeting, Mayor of
        # Vientiane ... warmly welcomed the Vietnamese delegation".
        article_direction = next(
            (
                direction
                for c in candidates
                if c.model == "meeting"
                for n in c.sentences
                if (direction := _host_direction(sentences[n], people))
            ),
            "",
        )
    if not article_direction:
        # Whoever leads the delegation travels: "Tổng Bí thư ... Lào Thongloun Sisoulith dẫn đầu Đoàn đại
        # biểu cấp cao thăm và làm việc với Đảng bộ, chính quyền thành phố Hà Nội".
        leading = {
            p.side
            for p in people.values()
            if p.lead and p.side and any(_LEADS_DELEGATION.search(sentences[n]) for n in p.sentences)
        }
        if len(leading) == 1:
            article_direction = "to_hanoi" if leading == {"la"} else "to_laos"
    if not article_direction:
        # "được đoàn công tác của LHCĐ thành phố Viêng Chăn đến thăm": the one side whose delegation is named
        # in the occasion's sentences travelled.
        told = {n for c in candidates if c.model in {"meeting", "delegation"} for n in c.sentences}
        travelled = {
            direction for n in told for direction in _TRAVELLERS if _delegation_of(sentences[n], direction)
        }
        if len(travelled) == 1:
            article_direction = travelled.pop()

    implied = _implied_visit(main, candidates, sentences, article_direction)
    if implied:
        candidates.append(implied)

    events = []
    for candidate in candidates:
        evidence_sentences = [sentences[n] for n in dict.fromkeys(candidate.sentences)]
        date = candidate.date
        if (
            date is None
            and candidate is not main
            and candidate.model == "agreement"
            and _bound_to_occasion(candidate, sentences, main)
        ):
            # "Nhân dịp này, hai bên đã ký ...", "During the visit, Hanoi presented ...": the occasion's date.
            date = _occasion_date(candidate, candidates, main, sentences)
        if (
            date is None
            and candidate is not main
            and (
                (candidate.main and candidate.model == "delegation")
                or candidate.category in {"visit", "training"}
            )
        ):
            date = main.date
            if (
                candidate.category == "visit"
                and main.category in {"talks", "reception", "courtesy_call"}
                and date
                and date.date
                and date.precision == "day"
            ):
                # The day of a meeting during the visit: the trip may have begun before it, so its month.
                # (A week or festival the delegation came to open starts with the trip: its day stays.)
                date = _as_month(date)
        if (
            date is None
            and candidate.model == "meeting"
            and candidate.category != "online_talks"
            and main.date
            and main.date.date
            and any(c.category == "visit" for c in candidates)
        ):
            # A seminar or talks during the same visit: the month of the visit, not its day, unless the
            # visit is the occasion and took one day ("Chiều ngày 05/4/2023, Đoàn ... đến thăm và làm việc").
            one_day_visit = (
                main.category == "visit" and main.date.precision == "day" and not main.date.date_end
            )
            date = (
                main.date
                if one_day_visit
                else FoundDate(
                    main.date.start,
                    main.date.end,
                    main.date.text,
                    main.date.date.replace(day=1),
                    "year" if main.date.precision == "year" else "month",
                    year_inferred=main.date.year_inferred,
                    month=main.date.month,
                )
            )

        if (date is None or date.date is None) and reference["published"]:
            date = _publication_month(candidate, sentences, reference["published"]) or date

        own_place = _explicit_place(sentences[candidate.sentence])
        direction = ""
        if candidate.model in {"meeting", "delegation"} and candidate.category != "online_talks":
            if candidate is main or candidate.main:
                direction = article_direction
            votes_here = _direction_votes(sentences[candidate.sentence])
            if any(votes_here.values()) and votes_here["to_hanoi"] != votes_here["to_laos"]:
                if not (candidate is main and host):
                    direction = max(votes_here, key=votes_here.get)
            direction = direction or article_direction
            if candidate.category == "training" and not any(votes_here.values()):
                direction = "to_hanoi"  # Lao cadres trained in Hanoi, unless the sentence places it in Laos
            if candidate is not main and candidate.category in {"reception", "courtesy_call"}:
                direction = _host_direction(sentences[candidate.sentence], people) or direction
        place = _display_place(own_place, direction or article_direction, body)

        participants = {}
        for number in candidate.sentences:
            if candidate.main and number in secondary:
                continue  # a sentence about another event lends its people to that event only
            for person in people.values():
                if number in person.sentences and number not in greeting:
                    participants[fold(person.name)] = person
        for person in people.values():
            role = fold(person.role)
            named_by_title = [
                n
                for n in candidate.sentences
                if role in fold(sentences[n]) and not (candidate.main and n in secondary)
            ]
            if len(role) > 16 and named_by_title:
                participants.setdefault(fold(person.name), person)  # "Bí thư Thành ủy Hà Nội" named by title
        if candidate is not main and any(
            _DELEGATION_OR_SIDES.search(sentences[n]) for n in candidate.sentences
        ):
            # "On December 1, the delegation paid a courtesy call on ...": the delegation's leaders take part.
            for person in people.values():
                if person.lead:
                    participants.setdefault(fold(person.name), person)
        if candidate.main or candidate is main:
            for person in main_people:
                participants.setdefault(fold(person.name), person)
        extracted_people = [
            p if isinstance(p, ExtractedPerson) else as_extracted(p) for p in participants.values()
        ]
        if candidate.model == "agreement":
            for person in extracted_people:
                person.lead = False

        organizations = []
        for sentence in evidence_sentences:
            for organization in find_organizations(sentence):
                if organization.name not in {o.name for o in organizations}:
                    organizations.append(organization)

        evidence = " ".join(evidence_sentences[:2])
        events.append(
            ExtractedEvent(
                model=candidate.model,
                category=candidate.category,
                title=_title_for(candidate, extracted_people, place, direction),
                date=date.date if date else None,
                date_precision=date.precision if date and date.date else "",
                date_end=date.date_end if date else None,
                year_inferred=bool(date and date.date and date.year_inferred),
                date_text=date.text if date else "",
                place=place,
                direction=direction,
                summary=evidence_sentences[0][:400],
                evidence=evidence,
                period=candidate.period,
                people=extracted_people,
                organizations=organizations,
                amounts=candidate.amounts if candidate.model == "agreement" else [],
            )
        )
    return events
