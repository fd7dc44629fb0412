"""A CleanArticle -> the Hanoi-Laos events it reports, as unsaved ExtractedEvent data. No database.

The stages, each in its own module:
1. read the article: its sentences, people (people.py), and how to date a day without a year (dating.py);
2. detect events sentence by sentence, one detector per kind (detectors/);
3. choose the occasion the article reports and date it (occasion.py, dating.py);
4. settle each event's people (participants.py), direction of travel (direction.py), date (dating.py),
   place (places.py), organisations (organizations.py) and title (titles.py).
Every word the stages look for is in vocabulary.py.
"""

import re

from events.cleaning import CleanArticle
from events.extraction import dating, direction, participants, sides, vocabulary
from events.extraction.detectors import find_candidates
from events.extraction.occasion import choose_occasion, events_of_the_headline, implied_visit
from events.extraction.organizations import delegations_bodies, organizations_of
from events.extraction.people import collect_people
from events.extraction.places import display_place, explicit_place
from events.extraction.titles import title_for
from events.extraction.types import (
    ArticleReading,
    ExtractedAmount,
    ExtractedEvent,
    ExtractedOrganization,
    ExtractedPerson,
)
from events.extraction.vocabulary import NOT_NAME_WORDS
from events.text import fold

__all__ = ["extract_events", "ExtractedAmount", "ExtractedEvent", "ExtractedOrganization", "ExtractedPerson"]


def extract_events(article: CleanArticle) -> list[ExtractedEvent]:
    markers = sides.lao_markers(article.language)
    if not sides.has_marker(article.title + "\n" + article.text, markers):
        return []
    reading = read_article(article, markers)
    if (
        not sides.vietnam_side_present(reading)
        or not sides.names_hanoi(article.title + "\n" + article.text)
        or sides.another_locality_leads(article.title)
        or sides.another_lao_province_leads(article.title)
        or sides.another_country_leads(article.title, markers)
    ):
        # Vientiane and Phnom Penh, with Hanoi only in a list of partners; Ho Chi Minh City and Vientiane;
        # the two countries' leaders, with Hanoi only in "the Hanoi-Vientiane expressway"; Nghệ An and
        # Vientiane, with Hanoi only in a comparison ("chỉ sau Hà Nội"); Hanoi and Luang Prabang; Hanoi and
        # Phnom Penh, with Vientiane only in a line on Hanoi's other partners.
        return []
    candidates = find_candidates(reading, reading.body_sentences)
    candidates += events_of_the_headline(candidates, reading)
    if not candidates:
        return []
    occasion = choose_occasion(candidates)
    dating.date_the_occasion(occasion, candidates, reading)
    at_occasion = participants.occasion_people(occasion, candidates, reading)
    travel = direction.article_direction(occasion, candidates, reading)
    if visit := implied_visit(occasion, candidates, reading, travel.direction, at_occasion.people):
        candidates.append(visit)
    delegations = delegations_bodies(reading.sentences[n] for n in reading.body_sentences)
    events = [
        event_of(candidate, occasion, candidates, reading, at_occasion, travel, delegations)
        for candidate in candidates
    ]
    return participants.people_met_on_the_trip(events, candidates, occasion)


def read_article(article, markers):
    body = article.sentences
    sentences = [*body, article.title] if article.title else body
    people = collect_people(body, article.language)
    sides.keep_lao_sides_in_lao_company(people, sentences, markers)
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    return ArticleReading(
        title=article.title,
        text=article.text,
        opening=_opening(paragraphs),
        sentences=sentences,
        body_sentences=range(len(body)),
        language=article.language,
        lao_markers=markers,
        people=people,
        reference=dating.date_reference(article),
        lao_sentences=_lao_sentences(sentences, len(body), people, markers),
    )


def _opening(paragraphs):
    """The first two paragraphs of the story, with the short lines above them (a kicker, a byline)."""
    story_paragraphs = 0
    for count, paragraph in enumerate(paragraphs[:4], start=1):
        story_paragraphs += len(paragraph.split()) >= 8
        if story_paragraphs == 2:
            return paragraphs[:count]
    return paragraphs[:4]


BOTH_CAPITALS = re.compile(vocabulary.BOTH_CAPITALS)


def _lao_sentences(sentences, body_count, people, markers):
    """The sentences that name the Lao side, one of the article's Lao people, or a Lao guest by one part
    of the name ("Mayor Phetsamone received the Hanoi delegation"). The title is read on its own: only
    a Lao place or word counts there."""
    lao = [p for p in people.values() if p.side == "la"]
    parts = {
        word
        for p in lao
        for word in re.split(r"[\s-]+", p.name)
        if len(word) >= 4 and fold(word) not in NOT_NAME_WORDS
    }
    part_of_a_lao_name = re.compile(r"\b(?:" + "|".join(map(re.escape, parts)) + r")\b") if parts else None

    def about_laos(number, sentence):
        if sides.has_marker(sentence, markers):
            return True
        if number >= body_count:
            return False
        if BOTH_CAPITALS.search(sentence):
            return True  # "trận bóng đá giao hữu giữa đội tuyển thanh niên hai Thủ đô"
        if any(number in p.sentences for p in lao):
            return True
        return bool(part_of_a_lao_name and part_of_a_lao_name.search(sentence))

    return {number for number, sentence in enumerate(sentences) if about_laos(number, sentence)}


def event_of(candidate, occasion, candidates, article, at_occasion, travel, delegations):
    evidence = [article.sentences[n] for n in dict.fromkeys(candidate.sentences)]
    date = dating.event_date(candidate, occasion, candidates, article)
    event_direction = direction.event_direction(candidate, occasion, article, travel)
    place = display_place(
        explicit_place(article.sentences[candidate.sentence]),
        event_direction or travel.direction,
        article.text,
    )
    people = participants.participants(candidate, occasion, article, at_occasion)
    return ExtractedEvent(
        model=candidate.kind,
        category=candidate.category,
        title=title_for(candidate, people, place, event_direction),
        date=date.date if date else None,
        date_precision=date.precision if date and date.date else "",
        date_end=date.date_end if date else None,
        year_inferred=bool(date and date.date and date.year_inferred),
        date_text=date.text if date else "",
        place=place,
        direction=event_direction or direction.aid_flow(candidate),
        summary=evidence[0][:400],
        evidence=" ".join(evidence[:2]),
        period=candidate.period,
        day_and_month=(date.month, date.day)
        if date and date.date is None and date.month and date.day
        else None,
        people=people,
        organizations=organizations_of(
            evidence + headline_of_the_occasion(candidate, occasion, article),
            people,
            delegations if candidate is occasion or candidate.part_of_occasion else (),
        ),
        amounts=candidate.amounts if candidate.kind == "agreement" else [],
    )


def headline_of_the_occasion(candidate, occasion, article):
    """The headline, for the meeting or visit an article reports: it names who took part ("Đại sứ quán
    Lào tại Việt Nam, VUFO, Hội Hữu nghị Việt Nam - Lào thăm Bộ Tư lệnh Thủ đô Hà Nội")."""
    reported = candidate is occasion or candidate.part_of_occasion
    if not reported or candidate.kind == "agreement" or article.title_sentence is None:
        return []
    return [article.sentences[article.title_sentence]]
