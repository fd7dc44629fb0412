"""The occasion an article reports: its first meeting with the Lao side, or else the first event
found. The headline may add a kind of event the text lost; a meeting with a delegation from the other
capital implies that delegation's visit."""

import re

from events.extraction import vocabulary
from events.extraction.detectors import find_candidates
from events.extraction.detectors.shared import MILESTONE
from events.extraction.direction import delegation_of
from events.extraction.types import Candidate

GUEST_IN_TOWN = re.compile(vocabulary.GUEST_IN_TOWN, re.IGNORECASE)
EMBASSY = re.compile(vocabulary.EMBASSY, re.IGNORECASE)
RECEIVED_BY_ENVOY = re.compile(vocabulary.RECEIVED_BY_ENVOY)
# The city a travelling side's officials name in their titles, and that side.
HOME_CITY = {
    "to_hanoi": (re.compile(vocabulary.VIENTIANE, re.IGNORECASE), "la"),
    "to_laos": (re.compile(vocabulary.HANOI, re.IGNORECASE), "vn"),
}


def events_of_the_headline(candidates, article):
    """The title names the occasion when the cleaner lost the lead ("HĐND Hà Nội và Viêng Chăn hội đàm,
    ..."); it only adds kinds of event the text does not report, and never an agreement."""
    if article.title_sentence is None:
        return []
    told = {c.kind for c in candidates}
    added = []
    for candidate in find_candidates(article, range(article.title_sentence, article.title_sentence + 1)):
        if candidate.kind not in told and candidate.kind != "agreement":
            candidate.title_only = True
            added.append(candidate)
    return added


def choose_occasion(candidates):
    occasion = (
        next((c for c in candidates if c.part_of_occasion and c.kind == "meeting"), None) or candidates[0]
    )
    occasion.part_of_occasion = True
    return occasion


MEETINGS_WITH_GUESTS = ("talks", "reception", "courtesy_call")


def implied_visit(occasion, candidates, article, direction, attending=()):
    """The visit a meeting with a delegation from the other capital implies, when the article tells
    the meeting only: "tiếp Đoàn đại biểu Thủ đô Hà Nội ... đến chào xã giao" in Vientiane, "At a
    reception for Vientiane's Mayor ..., who is in Hanoi". A call at an embassy, a resident ambassador
    received where they serve and talks held online make no trip. Undated here: dating.py dates it
    by the meeting's month, as it does any visit."""
    if occasion.category == "other":
        # "A football tournament between Hanoi and Vientiane took place in Hanoi ... The Vientiane
        # delegation was received by ...": the guests of a gathering the two capitals hold travelled too.
        occasion = next((c for c in candidates if c.category in MEETINGS_WITH_GUESTS), occasion)
    if (
        not (occasion.category in MEETINGS_WITH_GUESTS or _ceremony_of_a_gift(occasion, article))
        or direction not in ("to_hanoi", "to_laos")
        or any(c.kind == "delegation" for c in candidates)
    ):
        return None
    told = [article.sentences[n] for n in dict.fromkeys(occasion.sentences)]
    # The lead may say where the meeting was: "Đoàn ... đã đến trụ sở Đại sứ quán Việt Nam tại Lào ...".
    lead = [
        article.sentences[c.sentence]
        for c in candidates
        if c.part_of_occasion and c.sentence < occasion.sentence
    ]
    if any(EMBASSY.search(sentence) or RECEIVED_BY_ENVOY.search(sentence) for sentence in told + lead):
        return None
    guest = next(
        (
            found.group(0)
            for sentence in told
            if (found := GUEST_IN_TOWN.search(sentence) or delegation_of(sentence, direction))
        ),
        None,
    ) or _official_of_the_other_capital(occasion, article, direction, attending)
    if guest is None:
        return None
    return Candidate("visit", occasion.sentence, guest, None, [occasion.sentence], part_of_occasion=True)


def _ceremony_of_a_gift(occasion, article):
    """A project inaugurated or a gift handed over at a ceremony the article reports ("tại Thủ đô Viêng
    Chăn, Bí thư Thành ủy Hà Nội ... khánh thành Dự án ..."): whoever came from the other capital for it
    has travelled, as for a meeting."""
    return occasion.category in {"funded_project", "aid"} and bool(
        MILESTONE.search(article.sentences[occasion.sentence])
    )


def _official_of_the_other_capital(occasion, article, direction, attending):
    """ "hosted a reception in Hanoi on December 12 for Vice Chairwoman of the People's Council of
    Vientiane ... Lamphoy Siakkhachanh": an official of the other capital met at home has travelled,
    named in the meeting's sentences or among those who attended it (`attending`: "Officials from the
    Hanoi and Vientiane People's Councils held talks in Hanoi", then "Chairman of the Vientiane People's
    Council Anouphap Tounalom informed the hosts ...")."""
    home_city, side = HOME_CITY[direction]
    attending_names = {person.name for person in attending}
    return next(
        (
            person.name
            for person in article.people.values()
            if person.side == side
            and (person.sentences & set(occasion.sentences) or person.name in attending_names)
            and any(home_city.search(title) for title in (person.role, *person.titles))
        ),
        None,
    )
