"""Where an event took place: the place a sentence names ("tại Việt Nam", "sang Lào", "in Vientiane"),
in its Vietnamese form, or the capital on the side the travellers went to."""

import re

from events.extraction import vocabulary
from events.text import fold

_PLACE_NAME = "|".join(vocabulary.PLACE_NAMES)
# Case-sensitive for the place: "in Laos", never "in laos" of a lower-case word.
PLACE_PHRASE = re.compile(
    rf"\b(?:{vocabulary.PLACE_PREPOSITIONS})\s+(?i:{vocabulary.PLACE_PREFIXES})?(?P<place>{_PLACE_NAME})\b"
)
# A venue, then its city after a comma: "tại Trung tâm Hội chợ triển lãm Lao-ITECC, Thủ đô Viêng Chăn (Lào)",
# "tại Nhà hát Lớn, Hà Nội".
VENUE_THEN_PLACE = re.compile(
    rf"\btại\s+(?:trụ sở\s+)?(?!(?:{_PLACE_NAME})\b)[A-ZĐÀ-Ỹ][^,.;()]{{2,60}},\s+"
    rf"(?i:{vocabulary.PLACE_PREFIXES})?(?P<place>{_PLACE_NAME})\b"
)
VIENTIANE = re.compile(vocabulary.VIENTIANE)


def places_named(text):
    """Each place a place phrase of `text` names, in its Vietnamese form ("Vientiane" -> "Viêng Chăn"), in
    the order the text names them."""
    found = sorted(
        [*PLACE_PHRASE.finditer(text), *VENUE_THEN_PLACE.finditer(text)],
        key=lambda match: match.start("place"),
    )
    return [vocabulary.PLACES.get(fold(m.group("place")), m.group("place")) for m in found]


def without_place_phrases(text):
    return PLACE_PHRASE.sub(" ", text)


def explicit_place(sentence):
    places = places_named(sentence)
    return places[0] if places else ""


def display_place(place, direction, article_text):
    """The sentence's own place, or where the travellers went: Viêng Chăn when the article names it
    (else Lào), or Hà Nội."""
    if direction == "to_laos" and place in {"", "Lào"}:
        return "Viêng Chăn" if VIENTIANE.search(article_text) else "Lào"
    if direction == "to_hanoi" and place in {"", "Việt Nam"}:
        return "Hà Nội"
    return place
