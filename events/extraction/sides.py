"""Which side a piece of text names: the Lao side (Lào, Viêng Chăn, a Lao province) or the Vietnamese
one (Hà Nội, Việt Nam), and whether an article is about Hanoi and Laos at all."""

import functools
import re

from events.extraction import vocabulary
from events.text import fold

_HANOI = re.compile(
    r"\b(?:" + "|".join([*vocabulary.HANOI_NAMES, *vocabulary.HANOI_MISSPELLINGS]) + r")\b", re.IGNORECASE
)
# A district of Hanoi, or its Party committee, is Hanoi taking part: "Quận ủy Hoàn Kiếm tiếp đoàn ...".
_HANOI_DISTRICT = re.compile(
    r"(?<!\w)(?:[Qq]uận|[Hh]uyện|[Tt]hị xã|Quận ủy|Huyện ủy|Thị ủy|Quận uỷ|Huyện uỷ|Thị uỷ) (?:"
    + "|".join(name for names in vocabulary.HANOI_DISTRICTS.values() for name in names)
    + r")(?!\w)"
)
_CAPITALS = f"{vocabulary.HANOI}|{vocabulary.VIENTIANE}"
_NAMED_AFTER_THE_CAPITALS = re.compile(
    rf"(?:{vocabulary.ROUTE_WORDS})\s+(?:{_CAPITALS})\s*[-–]\s*(?:{_CAPITALS})|"
    rf"\b(?:{_CAPITALS})\s*[-–]\s*(?:{_CAPITALS})\s+(?:{vocabulary.ROUTE_WORDS_EN})",
    re.IGNORECASE,
)


# Vientiane's districts name the Lao side as the capital does: "đoàn y, bác sĩ ... đã khám bệnh, cấp thuốc
# miễn phí cho hơn 1.000 người dân huyện Sikhottabong".
VIENTIANE_DISTRICT_MARKERS = tuple(
    sorted(
        {name.lower() for name in (*vocabulary.VIENTIANE_DISTRICTS, *vocabulary.VIENTIANE_DISTRICT_SPELLINGS)}
    )
)


def lao_markers(language):
    english = vocabulary.LAO_MARKERS_EN if language == "en" else ()
    return vocabulary.LAO_MARKERS + VIENTIANE_DISTRICT_MARKERS + english


@functools.cache
def _marker_pattern(markers):
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(marker) for marker in markers) + r")(?!\w)")


@functools.lru_cache(maxsize=20_000)
def has_marker(text, markers):
    """Does `text` name one of `markers` as a whole word? Lào Cai, a Vietnamese province, is no Laos,
    and "Hội hữu nghị Việt Nam - Lào" is a Vietnamese association, not the Lao side. Cached: the stages
    ask it of the same sentences."""
    lowered = text.lower()
    for place in vocabulary.NOT_LAO_PLACES:
        lowered = lowered.replace(place, " ")
    for association in vocabulary.ASSOCIATION_NAMES:
        lowered = lowered.replace(association, " hội hữu nghị ")
    return bool(_marker_pattern(markers).search(lowered))


def names_hanoi(text):
    """Hanoi, or one of its districts, takes part, not only in the name of a road or railway: "the
    Hanoi-Vientiane expressway"."""
    return bool(_HANOI.search(_NAMED_AFTER_THE_CAPITALS.sub(" ", text)) or _HANOI_DISTRICT.search(text))


_LOCALITY_NAMES = "|".join(re.escape(fold(name)) for name in vocabulary.OTHER_VIETNAMESE_LOCALITIES)
# The locality opens the title or is named as one ("tỉnh Nghệ An", "Ho Chi Minh City", "Quang Nam
# province"): a person's name may share the words ("Nguyễn Hòa Bình", "bà Huệ").
_OTHER_LOCALITY = re.compile(
    rf"^(?:{_LOCALITY_NAMES})\b|\b(?:tinh|thanh pho|tp\.?)\s+(?:{_LOCALITY_NAMES})\b|"
    rf"\b(?:{_LOCALITY_NAMES})\s+(?:province|city)\b"
)


def another_locality_leads(title):
    """The title names another Vietnamese province or city and not Hanoi: "Nghệ An và Thủ đô Viêng Chăn
    tăng cường hợp tác", "Ho Chi Minh City, Vientiane boost ties"."""
    return bool(_OTHER_LOCALITY.search(fold(title))) and not names_hanoi(title)


# Vientiane Province is not Vientiane Capital: "tỉnh Viêng Chăn", "Vientiane province".
_VIENTIANE_FOLDED = "|".join(re.escape(fold(name)) for name in vocabulary.VIENTIANE_NAMES)
_VIENTIANE_PROVINCE = re.compile(rf"\btinh (?:{_VIENTIANE_FOLDED})\b|\b(?:{_VIENTIANE_FOLDED}) province\b")
_OTHER_LAO_PROVINCE = re.compile(
    r"\b(?:" + "|".join(re.escape(fold(name)) for name in vocabulary.OTHER_LAO_PROVINCES) + r")\b"
)
_VIENTIANE_CAPITAL = re.compile(rf"\b(?:{_VIENTIANE_FOLDED})\b")


def another_lao_province_leads(title):
    """The title names another Lao province and not Vientiane Capital: "Hà Nội bàn giao trường học tặng
    tỉnh Luông Pha Băng", "Vientiane province, Hanoi agree to boost agricultural cooperation"."""
    folded = fold(title).replace("-", " ")
    outside_the_capital = _VIENTIANE_PROVINCE.sub(" ", folded)
    another_province = outside_the_capital != folded or _OTHER_LAO_PROVINCE.search(folded)
    return bool(another_province) and not _VIENTIANE_CAPITAL.search(outside_the_capital)


_FOREIGN_PARTNER = re.compile(
    r"\b(?:" + "|".join(re.escape(fold(name)) for name in vocabulary.OTHER_FOREIGN_PARTNERS) + r")\b"
)


def another_country_leads(title, markers):
    """The title names a partner in another country and no Lao place: "Hanoi, Phnom Penh sign 2026
    cooperation plan" (a line on Vientiane in the body is background)."""
    return bool(_FOREIGN_PARTNER.search(fold(title))) and not has_marker(title, markers)


def vietnam_side_present(article):
    """The Hanoi or Vietnamese side is named in the title or the opening, by a place or a person."""
    opening = "\n".join([article.title, *article.opening])
    if has_marker(opening, vocabulary.VIETNAM_MARKERS) or _HANOI_DISTRICT.search(opening):
        return True
    first_three = set(_story_sentences(article)[:3])
    return any(p.side == "vn" and p.sentences & first_three for p in article.people.values())


def _story_sentences(article):
    """The numbers of the body's sentences that tell something: a dateline ("Jan 03, 2020 | 08:30") or a
    photo credit above the story is none of them."""
    body = [article.sentences[n] for n in article.body_sentences]
    return [n for n, sentence in enumerate(body) if len(re.findall(r"[^\W\d_]{2,}", sentence)) >= 4]


def keep_lao_sides_in_lao_company(people, sentences, markers):
    """A romanised name is Lao only in Lao company: "Kenji Morita" shares its shape."""
    for person in people.values():
        if (
            person.side == "la"
            and not has_marker(person.role, markers)
            and not any(has_marker(sentences[n], markers) for n in person.sentences)
        ):
            person.side = ""
