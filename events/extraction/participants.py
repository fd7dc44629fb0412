"""Who took part in each event: the people named in its sentences, outside greetings and outside
sentences about other events; for the occasion the article reports, also everyone named in a sentence
about the occasion or the Lao side."""

import re
from dataclasses import dataclass, replace

from events.extraction import vocabulary
from events.extraction.detectors.shared import DELEGATION_OR_SIDES, MILESTONE, RIGHT_AFTER_A_MEETING
from events.extraction.organizations import bodies_in
from events.extraction.people import as_extracted, proper_name_people, title_spans
from events.extraction.sides import has_marker
from events.text import fold

GREETING = re.compile(vocabulary.GREETING, re.IGNORECASE)
ATTENDANCE = re.compile(vocabulary.ATTENDANCE, re.IGNORECASE)
CITED = re.compile(vocabulary.CITED, re.IGNORECASE)
SPEAKING_THERE = re.compile(vocabulary.SPEAKING_THERE)
COUNTERPART = re.compile(vocabulary.COUNTERPART, re.IGNORECASE)
HEAD_OF = re.compile(vocabulary.BODY_HEAD_TITLES)
CEREMONY_TOLD = re.compile(vocabulary.CEREMONY_TOLD, re.IGNORECASE)


@dataclass
class OccasionPeople:
    people: list  # everyone who took part in the occasion (types.Person)
    greetings: set[int]  # sentences that only pass on greetings or quote: nobody named there takes part
    elsewhere: set[int]  # sentences about events other than the occasion


def occasion_people(occasion, candidates, article):
    """Mark the events told in the occasion's own sentence as part of it, and find its people: those
    named outside greetings and other events' sentences, in a sentence about the occasion (an event's
    sentence, or one naming the Lao side or who attended), so glued headlines do not count."""
    sentences, people = article.sentences, article.people
    greetings = {
        n
        for n, s in enumerate(sentences)
        if (GREETING.search(s) and not SPEAKING_THERE.search(s)) or CITED.search(s)
    }
    occasion_sentences = {c.sentence for c in candidates if c.part_of_occasion}
    for candidate in candidates:
        if candidate.sentence == occasion.sentence and not candidate.earlier:
            # Whatever the occasion's sentence reports belongs to it ("... đã trao tặng ... 1,5 tỷ đồng").
            candidate.part_of_occasion = True
    elsewhere = {n for c in candidates if not c.part_of_occasion for n in c.sentences} - occasion_sentences
    event_sentences = {n for c in candidates for n in c.sentences}
    lao_people = [p for p in people.values() if p.side == "la"]
    attending = {n for n, s in enumerate(sentences) if ATTENDANCE.search(s)}
    about_laos = attending | {
        n
        for n, s in enumerate(sentences)
        if has_marker(s, article.lao_markers) or any(n in p.sentences for p in lao_people)
    }
    taking_part = [
        p for p in people.values() if (p.sentences - greetings - elsewhere) & (event_sentences | about_laos)
    ]
    if not any(p.side == "la" for p in taking_part) or not any(p.side == "vn" for p in taking_part):
        # The rules missed a side: ask underthesea's tagger, on the occasion's sentence only.
        known = {fold(p.name) for p in taking_part}
        for person in proper_name_people(sentences[occasion.sentence], article.language):
            if fold(person.name) not in known:
                taking_part.append(person)
    return OccasionPeople(taking_part, greetings, elsewhere)


def participants(candidate, occasion, article, at_occasion):
    """The people of one event, as ExtractedPerson: nobody leads a signing or a gift."""
    found = {}
    for person in _named_in_its_sentences(candidate, article, at_occasion):
        found[fold(person.name)] = person
    for person in _named_by_their_title(candidate, article, at_occasion):
        found.setdefault(fold(person.name), person)
    for person in _heads_of_the_bodies_giving(candidate, article, at_occasion):
        found.setdefault(fold(person.name), person)
    for person in _at_the_ceremony_of_the_work(candidate, article):
        found.setdefault(fold(person.name), person)
    if candidate is not occasion and any(
        DELEGATION_OR_SIDES.search(article.sentences[n]) for n in candidate.sentences
    ):
        # "On December 1, the delegation paid a courtesy call on ...": the delegation's leaders take part.
        for person in article.people.values():
            if person.lead:
                found.setdefault(fold(person.name), person)
    # "Ngay sau buổi tiếp, hai đoàn đã tiến hành hội đàm": the same people, at the table again.
    right_after = candidate.kind == "meeting" and RIGHT_AFTER_A_MEETING.search(
        article.sentences[candidate.sentence]
    )
    if candidate.part_of_occasion or candidate is occasion or right_after:
        for person in at_occasion.people:
            found.setdefault(fold(person.name), person)
    for person in _counterparts_of(candidate, article, at_occasion, found):
        found.setdefault(fold(person.name), person)
    for name in candidate.called_on_separately:
        found.pop(fold(name), None)
    extracted = [as_extracted(person) for person in found.values()]
    if candidate.kind == "agreement":
        for person in extracted:
            person.lead = False
    return extracted


def _counterparts_of(candidate, article, at_occasion, found):
    """ "informed his hosts about the outcomes of previous talks with his Vientiane counterpart Anouphap
    Tounalom": whose counterpart the one named is, the leader on the other side of the occasion reported,
    takes part too."""
    for number in candidate.sentences:
        sentence = article.sentences[number]
        counterpart = COUNTERPART.search(sentence)
        if counterpart is None:
            continue
        named_after = sentence[counterpart.end() : counterpart.end() + 60]
        sides = {person.side for person in found.values() if person.name in named_after}
        if len(sides) != 1:
            continue
        others = [person for person in at_occasion.people if person.side and person.side not in sides]
        return [person for person in others if person.lead] or others[:1]
    return []


def _own_sentences(candidate, at_occasion):
    """A sentence about another event lends its people to that event only."""
    return [n for n in candidate.sentences if not (candidate.part_of_occasion and n in at_occasion.elsewhere)]


def _named_in_its_sentences(candidate, article, at_occasion):
    for number in _own_sentences(candidate, at_occasion):
        if number in at_occasion.greetings:
            continue
        for person in article.people.values():
            if number in person.sentences:
                yield person


def _named_by_their_title(candidate, article, at_occasion):
    """ "Bí thư Thành ủy Hà Nội" named by the title alone (a title long enough to be one person's), as a
    whole title: "Thủ tướng Chính phủ" is not "Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"."""
    own = _own_sentences(candidate, at_occasion)
    titles = {
        fold(article.sentences[n][start:end].strip(" .,;:()"))
        for n in own
        for start, end in title_spans(article.sentences[n])
    }
    for person in article.people.values():
        role = fold(person.role)
        if len(role) > 16 and role in titles:
            yield person


def _heads_of_the_bodies_giving(candidate, article, at_occasion):
    """A gift or a work given by a body ("LĐLĐ TP Hà Nội đã trao tặng 300 triệu kíp ...") is given by the one
    whose title heads that body in the article ("Chủ tịch LĐLĐ TP Hà Nội Lê Đình Hùng"), and received by
    the head of the body it goes to; an agreement the article reports two bodies signing ("the Vientiane
    Capital Education and Sports Department and the Hanoi Department of Education and Training signed a
    memorandum") is signed by their heads. An agreement only recalled has no one named for it."""
    if candidate.kind != "agreement" or candidate.earlier:
        return
    named = {
        body.name for n in _own_sentences(candidate, at_occasion) for body in bodies_in(article.sentences[n])
    }
    for person in article.people.values():
        if HEAD_OF.match(person.role) and {body.name for body in bodies_in(person.role, person.side)} & named:
            yield person


def _at_the_ceremony_of_the_work(candidate, article):
    """Who the sentences about a work's ceremony name, within the next four sentences ("Tại buổi lễ, Phó đô
    trưởng ... cảm ơn Hà Nội"): they take part in the project, and the sentences stay the occasion's too."""
    if candidate.category != "funded_project" or candidate.earlier:
        return
    if not any(MILESTONE.search(article.sentences[n]) for n in candidate.sentences):
        return
    following = range(candidate.sentence + 1, min(candidate.sentence + 5, len(article.sentences)))
    told = {n for n in following if CEREMONY_TOLD.search(article.sentences[n])}
    for person in article.people.values():
        if person.sentences & told:
            yield person


# The meetings of a trip the article reports lend their people to the visit: "At a reception for Chairman
# ... Tran Sy Thanh in Vientiane, Phankham asked ...", then "Earlier the same day, Thanh had a working
# session with Vientiane’s Mayor Athsaphangthong Siphandone": the mayor took part in the visit too. A
# meeting of the same direction within a month of the visit is of the trip; an earlier one is not.
TRIP_DAYS = 31


def people_met_on_the_trip(events, candidates, occasion):
    """`events` (ExtractedEvent, in the order of `candidates`), the reported visit given the people of
    the trip's meetings, none of them as its lead."""
    for visit, candidate in zip(events, candidates, strict=True):
        if visit.category != "visit" or not (candidate is occasion or candidate.part_of_occasion):
            continue
        known = {fold(person.name) for person in visit.people}
        for meeting, told in zip(events, candidates, strict=True):
            if meeting.model != "meeting" or told.earlier or not _during(meeting, visit):
                continue
            for person in meeting.people:
                if fold(person.name) not in known:
                    known.add(fold(person.name))
                    visit.people.append(replace(person, lead=False))
    return events


def _during(meeting, visit):
    if meeting.direction != visit.direction:
        return False
    return not (meeting.date and visit.date) or abs((meeting.date - visit.date).days) <= TRIP_DAYS
