"""Meetings: hội đàm (talks), tiếp (a reception), chào xã giao (a courtesy call), online talks, and
other sessions (a working session, a seminar, an opening ceremony).

The first meeting told with the Lao side is the occasion the article reports; later sentences that
point back at it ("Tại buổi tiếp, ...") join it, and other meetings become events of their own."""

import re
from dataclasses import replace

from events.extraction import vocabulary
from events.extraction.dates import date_of_event, same_day
from events.extraction.detectors.shared import (
    AGREEMENT_CUES,
    DELEGATION_OR_SIDES,
    FUTURE,
    HABITUAL,
    VISIT_PROGRAMME,
    Findings,
    Sentence,
)
from events.extraction.types import Candidate

MEETING_CUES = [
    (re.compile(pattern, re.IGNORECASE), category) for pattern, category in vocabulary.MEETING_CUES
]
MEETING_ANAPHORA = re.compile(vocabulary.MEETING_ANAPHORA, re.IGNORECASE)
HELD_ONLINE = re.compile(vocabulary.HELD_ONLINE, re.IGNORECASE)
HANDED_OVER = re.compile(vocabulary.HANDED_OVER, re.IGNORECASE)
_STILL_TO_COME = re.compile(vocabulary.STILL_TO_COME, re.IGNORECASE)
_NATIONAL_LEADER = re.compile(
    "|".join(
        [*(pattern for pattern, _body in vocabulary.NATIONAL_LEADER_TITLES), vocabulary.HEAD_OF_STATE_TITLES]
    )
)
_GATHERING = re.compile(vocabulary.GATHERING_KINDS, re.IGNORECASE)
_TIME_ANCHOR = re.compile(vocabulary.TIME_ANCHOR)
_SUMMARY_OF_MEETINGS = re.compile(vocabulary.SUMMARY_OF_MEETINGS, re.IGNORECASE)
_DELEGATION_WORKS_WITH_HOSTS = re.compile(vocabulary.DELEGATION_WORKS_WITH_HOSTS)
_HOSTS_VISITED = re.compile(vocabulary.HOSTS_VISITED)
_DELEGATION_RECEIVED = re.compile(vocabulary.DELEGATION_RECEIVED)
_MULTILATERAL = re.compile(vocabulary.MULTILATERAL)
_RECEIVED_BY_ENVOY = re.compile(vocabulary.RECEIVED_BY_ENVOY)
# "Tham dự buổi lễ có ...", "Cùng dự có ...", "Attending the event were ...".
ATTENDANCE = re.compile(rf"\s*(?:{vocabulary.ATTENDED})", re.IGNORECASE)
PLAN_WORDS = re.compile(vocabulary.PLAN_WORDS, re.IGNORECASE)
# "Phát biểu tại buổi tiếp, ..." opening what is left of an article whose lead was lost.
OPENING_ANAPHORA = re.compile(
    # "Theo TTXVN, phát biểu tại buổi gặp mặt, ...": a source named first; "Theo thông tin từ buổi gặp gỡ:".
    r"^(?:(?:theo|according to) [^,.;]{1,30}, )?"
    rf"(?:[\w ]{{0,40}}?(?:{vocabulary.SPEAKING_AT})[^,.;]{{0,40}}? )?"
    r"(?:tại|trong|(?:theo [\w ]{0,20})?từ) (?:các )?(?:buổi|cuộc) "
    rf"(?P<meeting>{vocabulary.OPENING_MEETING_WORDS})\b"
    rf"|^(?:During|At) (?:the|this) (?P<meeting_en>{vocabulary.OPENING_MEETING_WORDS_EN})\b",
    re.IGNORECASE,
)


def detect(sentence: Sentence, found: Findings, article):
    category, cue = _category_of(sentence.text)
    if category == "online_talks" and _held_online(sentence, found):
        return False
    category, cue, lead_lost = _meeting_cue(sentence, found, category, cue)
    if category is None:
        return False
    if category == "other" and _MULTILATERAL.search(sentence.text[max(0, cue.start() - 80) : cue.end() + 80]):
        return False  # "in Laos for the ASEAN Mayors Forum": a gathering of many countries' cities
    works_with_hosts = category == "talks" and (
        _DELEGATION_WORKS_WITH_HOSTS.search(sentence.text[: cue.end()])
        or _HOSTS_VISITED.search(sentence.text)
    )
    if works_with_hosts:
        # "đoàn đại biểu Hội LHPN Thủ đô Viêng Chăn đã tới thăm và có buổi làm việc tại quận Cầu Giấy": a
        # delegation's working session with the body it visits is that body's reception of it.
        category = "reception"
    if category == "reception" and _RECEIVED_BY_ENVOY.search(sentence.text):
        category = "courtesy_call"  # "The delegation was received by Lao Ambassador ...": a call on him
    if not _about_the_occasion(sentence, found, lead_lost):
        if not _lao_guests_attend_next(sentence, found, article):
            return False
        sentence.lao_related = True
    own_date = date_of_event(
        [
            d
            for d in sentence.dates
            if d.precision != "year" or not _names_agreement(sentence.text, cue.end(), d.start)
        ],
        cue.start(),
    )
    if _received_by_another_leader(sentence, found, category, cue, own_date, article):
        return False
    if works_with_hosts and found.meeting is not None and found.meeting.sentence != sentence.number:
        # "Trong thời gian ở Hà Nội, Đoàn đã làm việc với Sở Tư pháp thành phố": after a leader's reception,
        # the session with another host is a reception of its own.
        found.candidates.append(
            Candidate(
                category, sentence.number, cue.group(0), own_date, [sentence.number], part_of_occasion=True
            )
        )
        return False
    _place_meeting(sentence, found, category, cue, own_date, opens=bool(lead_lost))
    if category == "courtesy_call":
        _one_call_per_leader(sentence, found, article)
    return False


def _another_kind_of_gathering(cue, other_cue):
    """ "an exhibition" after "a conference": both gatherings, of different kinds."""
    kinds = [{kind.lower() for kind in _GATHERING.findall(text)} for text in (cue, other_cue)]
    return all(kinds) and not kinds[0] & kinds[1]


def _leaders_named(number, article):
    """The country leaders ("Tổng Bí thư", "Prime Minister") named in sentence `number`, in the
    article's order."""
    return [
        person.name
        for person in article.people.values()
        if number in person.sentences and _NATIONAL_LEADER.match(person.role)
    ]


def _received_by_another_leader(sentence, found, category, cue, own_date, article):
    """ "... during a reception in Hanoi on Monday for Vientiane Mayor ...", then "Meeting with the Lao
    Mayor, Prime Minister Nguyen Xuan Phuc lauded ...": a country's leaders receive a guest each on their
    own, so a reception by another leader is another reception, of the same occasion."""
    first = found.first(category)
    if category not in ("reception", "courtesy_call") or first is None:
        return False
    hosts_here = set(_leaders_named(sentence.number, article))
    hosts_there = set(_leaders_named(first.sentence, article))
    if not hosts_here or not hosts_there or hosts_here & hosts_there:
        return False
    first.called_on_separately |= hosts_here
    found.candidates.append(
        Candidate(
            category,
            sentence.number,
            cue.group(0),
            own_date,
            [sentence.number],
            part_of_occasion=first.part_of_occasion,
            called_on_separately=frozenset(hosts_there),
        )
    )
    return True


def _one_call_per_leader(sentence, found, article):
    """ "chào xã giao Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch Quốc hội Vương Đình Huệ": a country's leaders
    receive callers each on their own, so a call on several of them is one call per leader."""
    call = next(
        (c for c in found.candidates if c.sentence == sentence.number and c.category == "courtesy_call"), None
    )
    leaders = _leaders_named(sentence.number, article)
    if call is None or len(leaders) < 2:
        return
    call.called_on_separately = frozenset(leaders[1:])
    for leader in leaders[1:]:
        found.candidates.append(
            replace(call, sentences=list(call.sentences), called_on_separately=frozenset(leaders) - {leader})
        )


def _held_online(sentence, found):
    """ "Cuộc hội đàm diễn ra theo hình thức trực tuyến": the talks already reported were online."""
    meeting = found.meeting
    if not (
        meeting
        and meeting.category in {"talks", "other"}
        and HELD_ONLINE.search(sentence.text)
        and not HABITUAL.search(sentence.text)
        and not any(d.day and not same_day(d, meeting.date) for d in sentence.dates)
    ):
        return False
    meeting.category = "online_talks"
    meeting.sentences.append(sentence.number)
    return True


def _meeting_cue(sentence, found, category, cue):
    """(category, the cue's match, whether the cue opens a text whose lead was lost), or Nones."""
    text = sentence.text
    lead_lost = found.meeting is None and OPENING_ANAPHORA.match(text)
    if lead_lost and not category:
        word = lead_lost.group("meeting") or lead_lost.group("meeting_en")
        category, cue = _anaphora_category(word), lead_lost
    if category is None:
        return None, None, None
    if (
        HABITUAL.search(text[: cue.start()])
        and not any(d.day for d in sentence.dates)
        and not MEETING_ANAPHORA.search(text)
    ):
        return None, None, None  # "Hằng năm, hai bên thường xuyên trao đổi qua hình thức trực tuyến": a habit
    told_ahead = FUTURE.search(text[max(0, cue.start() - 50) : cue.start()]) or _STILL_TO_COME.search(
        _clause_before(text, cue)
    )
    if told_ahead and not VISIT_PROGRAMME.search(text[: cue.start()]):
        # "Thủ tướng Lào sẽ hội kiến ...", "Sở Y tế sẽ tổ chức trao đổi trực tuyến", "hai bên sẽ ký biên
        # bản ghi nhớ ... và tổ chức Tuần Văn hóa Hà Nội tại Viêng Chăn".
        return None, None, None
    if (
        category == "reception"
        and HANDED_OVER.search(text[: cue.start()])
        and re.match(r"(?:(?:was|were) )?received by", text[cue.start() :])
    ):
        return None, None, None  # "was handed over by ... and received by the Director ...": a gift
    return category, cue, lead_lost


def _clause_before(text, cue):
    return re.split(r"[;,]", text[: cue.start()])[-1][-80:]


def _category_of(text):
    """The first cue of MEETING_CUES the sentence holds, passing over those that only tell the time of
    something else (TIME_ANCHOR), unless there is no other."""
    anchored = None
    for pattern, category in MEETING_CUES:
        for match in pattern.finditer(text):
            if not _TIME_ANCHOR.search(text[max(0, match.start() - 25) : match.start()]):
                return category, match
            anchored = anchored or (category, match)
    return anchored or (None, None)


def _anaphora_category(meeting_word):
    meeting_word = meeting_word.lower()
    if "tiếp" in meeting_word:
        return "reception"
    return vocabulary.ANAPHORA_CATEGORIES.get(meeting_word, "other")


def _about_the_occasion(sentence, found, lead_lost):
    """A meeting with the Lao side: it names that side, or, once a meeting, a Lao visit or a signing is
    told, it names "the delegation" or points back at the meeting ("On November 30, Chairman ... received
    the delegation")."""
    if sentence.lao_related or lead_lost:
        return True
    # "Xaysetha and Long Bien districts signed a memorandum ... Before the signing, the two sides held
    # talks": a signing between the sides told already places "the two sides" as well as a meeting does.
    signed_here = any(c.kind == "agreement" and not c.earlier for c in found.candidates)
    host_known = found.meeting or found.first("visit") or signed_here
    delegation_named = sentence.names_delegation or DELEGATION_OR_SIDES.search(sentence.text)
    return bool(host_known and (delegation_named or MEETING_ANAPHORA.search(sentence.text)))


def _lao_guests_attend_next(sentence, found, article):
    """ "Ngày 19/5, tại Hà Nội, diễn ra Lễ hội ...". "Tham dự buổi lễ có Đại sứ ... Lào ...": the Lao side
    named among those who attended, in the sentence after the first meeting told."""
    if found.meeting is not None:
        return False
    return any(
        following in found.scope
        and following in article.lao_sentences
        and ATTENDANCE.match(article.sentences[following])
        for following in (sentence.number + 1, sentence.number + 2)
    )


def _names_agreement(text, start, end):
    """An agreement is named between `start` and `end`, so a year at `end` is its name's year: "Kết
    thúc hội đàm, hai bên đã ký Kế hoạch hợp tác năm 2025"."""
    between = text[start:end]
    return any(pattern.search(between) for pattern, _ in AGREEMENT_CUES) or bool(PLAN_WORDS.search(between))


def _place_meeting(sentence, found, category, cue, own_date, *, opens):
    """The first meeting is the occasion; a later one joins it, or a meeting of its kind, or stands alone."""
    number, text, meeting = sentence.number, sentence.text, found.meeting
    if meeting is None:
        if sentence.lao_related or sentence.names_delegation or DELEGATION_OR_SIDES.search(text) or opens:
            found.meeting = Candidate(
                category, number, cue.group(0), own_date, [number], part_of_occasion=True
            )
            found.candidates.append(found.meeting)
        return
    if _tells_the_summary_in_detail(meeting, category, number, own_date):
        # "speaking during his meetings with Lao leaders on Monday. ... Dũng paid courtesy calls to ...":
        # the meetings were those calls, on that day.
        meeting.category, meeting.sentence, meeting.cue = category, number, cue.group(0)
        meeting.sentences.append(number)
        return
    anaphoric = MEETING_ANAPHORA.search(text[max(0, cue.start() - 25) : cue.end() + 5])
    same_kind = found.first(category)
    if (
        anaphoric
        and (category in {meeting.category, "reception"} or meeting.category == "online_talks")
        and (cue.start() < 40 or own_date is None or same_day(own_date, meeting.date))
    ):
        # "Phát biểu tại buổi tiếp, ...": a date later in the sentence belongs to what is said there.
        meeting.sentences.append(number)
    elif (
        same_kind
        and (own_date is None or same_kind.date is None or same_day(own_date, same_kind.date))
        and not _another_kind_of_gathering(cue.group(0), same_kind.cue)
    ):
        same_kind.sentences.append(number)
        same_kind.date = same_kind.date or own_date
    elif (
        category == "reception"
        and own_date is None
        and not (meeting.category == "other" and _DELEGATION_RECEIVED.search(text))
    ):
        # "chào đón", "đón tiếp" describing the same meeting; but a leader receiving the delegation after
        # a gathering it came for ("in Laos for the ASEAN Mayors Forum ... Receiving the Hanoi
        # delegation, ...") is a reception of its own.
        meeting.sentences.append(number)
    else:
        if own_date is None and same_kind and MEETING_ANAPHORA.search(text):
            own_date = same_kind.date  # "Within the framework of the conference, there was an exhibition"
        found.candidates.append(Candidate(category, number, cue.group(0), own_date, [number]))


def _tells_the_summary_in_detail(meeting, category, number, own_date):
    """The meeting first told is several meetings told as one, and this sentence, one or two later, says
    what kind they were."""
    return (
        bool(_SUMMARY_OF_MEETINGS.search(meeting.cue))
        and meeting.sentences == [meeting.sentence]
        and category != meeting.category
        and 0 < number - meeting.sentence <= 2
        and (own_date is None or same_day(own_date, meeting.date))
    )
