"""Direction of travel: did the Lao side come to Hanoi (to_hanoi) or the Hanoi side go to Laos
(to_laos)? Read, in order, from who hosts the occasion, where its sentence and the article say things
happened, who hosts the other meetings, who leads the delegation and whose delegation is named."""

import re
from dataclasses import dataclass

from events.extraction import vocabulary
from events.extraction.detectors.shared import DELEGATION_WORD, ENVOY
from events.extraction.places import explicit_place, places_named, without_place_phrases
from events.extraction.sides import has_marker
from events.text import fold

HOST_OR_GUEST = re.compile(rf"(?P<host>{vocabulary.HOST_CUES})|(?P<guest>{vocabulary.GUEST_CUES})")
LEADS_DELEGATION = re.compile(vocabulary.LEADS_DELEGATION, re.IGNORECASE)
COURSE_CEREMONY = re.compile(vocabulary.COURSE_CEREMONY, re.IGNORECASE)
TRAVELLERS = {
    direction: re.compile(pattern, re.IGNORECASE) for direction, pattern in vocabulary.TRAVELLERS.items()
}
OTHER_WAY = {"to_hanoi": "to_laos", "to_laos": "to_hanoi"}


@dataclass
class ArticleDirection:
    direction: str  # "to_hanoi", "to_laos" or ""
    from_host: bool  # read from who hosts the occasion's own sentence


def direction_votes(text):
    """How often `text` places things in Vietnam and in Laos."""
    votes = {"to_hanoi": 0, "to_laos": 0}
    for place in places_named(text):
        if place in vocabulary.PLACES_IN_VIETNAM:
            votes["to_hanoi"] += 1
        elif place in vocabulary.PLACES_IN_LAOS:
            votes["to_laos"] += 1
    return votes


def article_direction(occasion, candidates, article):
    sentences, people = article.sentences, article.people
    occasion_sentence = sentences[occasion.sentence]
    host = host_direction(occasion_sentence, people)
    if host:
        return ArticleDirection(host, from_host=True)
    # The occasion's sentence, and that of the visit the article reports, count three times against the
    # rest of the article: "Đoàn ... đã thăm và làm việc tại Thủ đô Viêng Chăn" tells where a courtesy call
    # told next ("Chiều 12/6, Đoàn đã chào xã giao Thành ủy Viêng Chăn") took place.
    visit = next((c for c in candidates if c.category == "visit" and c is not occasion), None)
    told = [occasion_sentence, *([sentences[visit.sentence]] if visit else [])]
    everywhere = direction_votes(article.text)
    votes = {
        side: everywhere[side] + sum(3 * direction_votes(text)[side] for text in told) for side in everywhere
    }
    if any(votes.values()):
        return ArticleDirection(max(votes, key=votes.get), from_host=False)
    for reading in (_host_of_another_meeting, _side_that_leads, _side_whose_delegation_travelled):
        if direction := reading(candidates, sentences, people):
            return ArticleDirection(direction, from_host=False)
    return ArticleDirection("", from_host=False)


def _host_of_another_meeting(candidates, sentences, people):
    """ "During the meeting, Mayor of Vientiane ... warmly welcomed the Vietnamese delegation"."""
    for candidate in candidates:
        if candidate.kind == "meeting":
            for number in candidate.sentences:
                if direction := host_direction(sentences[number], people):
                    return direction
    return ""


def _side_that_leads(candidates, sentences, people):
    """Whoever leads the delegation travels: "Tổng Bí thư ... Lào Thongloun Sisoulith dẫn đầu Đoàn đại
    biểu cấp cao thăm và làm việc với Đảng bộ, chính quyền thành phố Hà Nội"."""
    leading = {
        p.side
        for p in people.values()
        if p.lead and p.side and any(LEADS_DELEGATION.search(sentences[n]) for n in p.sentences)
    }
    if len(leading) == 1:
        return "to_hanoi" if leading == {"la"} else "to_laos"
    return ""


def _side_whose_delegation_travelled(candidates, sentences, people):
    """ "được đoàn công tác của LHCĐ thành phố Viêng Chăn đến thăm": the one side whose delegation is
    named in the occasion's sentences travelled."""
    told = {n for c in candidates if c.kind in {"meeting", "delegation"} for n in c.sentences}
    travelled = {
        direction for n in told for direction in TRAVELLERS if delegation_of(sentences[n], direction)
    }
    return travelled.pop() if len(travelled) == 1 else ""


def delegation_of(sentence, direction):
    """The first "Đoàn"/"delegation" of the sentence that the side travelling in `direction` names: the
    first side named just after it ("Đoàn đại biểu Thủ đô Hà Nội", "đoàn huyện Chanthabuly, Thủ đô Viêng
    Chăn"), or just before it ("the Vietnamese delegation")."""
    for word in DELEGATION_WORD.finditer(sentence):
        after = sentence[word.end() : word.end() + 90]
        named = [
            (found.start(), side) for side, pattern in TRAVELLERS.items() if (found := pattern.search(after))
        ]
        before = sentence[max(0, word.start() - 30) : word.start()]
        if (named and min(named)[1] == direction) or TRAVELLERS[direction].search(before):
            return word
    return None


def event_direction(candidate, occasion, article, found_direction):
    """The direction of one meeting or visit (agreements and online talks have none)."""
    if candidate.kind not in {"meeting", "delegation"} or candidate.category == "online_talks":
        return ""
    sentence = article.sentences[candidate.sentence]
    direction = found_direction.direction if (candidate is occasion or candidate.part_of_occasion) else ""
    votes_here = direction_votes(sentence)
    if any(votes_here.values()) and votes_here["to_hanoi"] != votes_here["to_laos"]:
        if not (candidate is occasion and found_direction.from_host):
            direction = max(votes_here, key=votes_here.get)
    direction = direction or found_direction.direction
    if candidate.category == "training" and not any(votes_here.values()):
        direction = "to_hanoi"  # Lao cadres trained in Hanoi, unless the sentence places it in Laos
    if candidate.kind == "meeting" and COURSE_CEREMONY.search(candidate.cue):
        direction = "to_laos" if explicit_place(sentence) in vocabulary.PLACES_IN_LAOS else "to_hanoi"
    if not (candidate is occasion or candidate.part_of_occasion) and candidate.category in {
        "reception",
        "courtesy_call",
    }:
        # A reception of the visit reported goes the visit's way, whoever thanks whom in its sentence.
        direction = host_direction(sentence, article.people) or direction
    return direction


def aid_flow(candidate):
    """Which way a gift went, on the direction field's scale: "to_laos" from Hanoi to the Lao side,
    "to_hanoi" from the Lao side to Hanoi. Other agreements have no direction."""
    if candidate.category != "aid":
        return ""
    return "to_hanoi" if candidate.reverse else "to_laos"


def host_direction(sentence, people):
    """Who receives whom: a Vietnamese host before "tiếp"/"chủ trì" means the Lao side came to Hanoi;
    the side named before "chào xã giao" is the guest ("Đoàn Thành đoàn Viêng Chăn ... thăm và chào xã
    giao lãnh đạo Huyện ủy ..., Hà Nội")."""
    cue = HOST_OR_GUEST.search(sentence)
    if not cue:
        return ""
    if cue.group("guest"):
        return OTHER_WAY.get(_direction_if_host_before(sentence, cue, people), "")
    return _direction_if_host_before(sentence, cue, people)


def _direction_if_host_before(sentence, cue, people):
    """The direction if the side named before `cue` is the host."""
    before = sentence[: cue.start()]
    sides = [p.side for p in people.values() if fold(p.name) in fold(before)]
    if not sides:
        # "Hanoi leader receives Vientiane officials": the places before the verb say who hosts; where
        # someone went ("ngay sau khi đến Viêng Chăn, Đoàn đã chào xã giao ...") says nothing of it.
        named = without_place_phrases(before)
        lao_before = has_marker(named, vocabulary.LAO_MARKERS)
        vietnam_before = has_marker(named, vocabulary.VIETNAM_MARKERS)
        if vietnam_before != lao_before:
            sides = ["vn"] if vietnam_before else ["la"]
    if "vn" in sides and "la" not in sides:
        return "to_hanoi"
    if "la" in sides and "vn" not in sides:
        return "to_laos"
    if cue.group("host") and ENVOY.search(sentence[cue.end() : cue.end() + 40]):
        return "to_hanoi"  # an ambassador is received in the country he is posted to
    return ""
