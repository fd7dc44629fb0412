"""The bodies taking part in each event, under their full names, one name per body however the text
writes it: "UBND TP. Hà Nội", "Ủy ban nhân dân thành phố Hà Nội" and "Hanoi People's Committee" are all
"Ủy ban nhân dân thành phố Hà Nội"; the spelling the text used is kept as an alias.

A body is a head ("Thành ủy", "UBND", "Sở Y tế", "Đại sứ quán") and its owner ("Hà Nội", "quận Hoàn
Kiếm", "Thủ đô Viêng Chăn", "Lào"). An event's bodies are those its sentences name as acting ("Thành
đoàn Hà Nội tổ chức ...", "tiếp Đoàn đại biểu Sở Tư pháp Thủ đô Viêng Chăn"), the bodies whose
delegation the article names (for the occasion it reports), and those its participants represent, read
from their titles ("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng"; "Phó Bí thư Thường trực Thành ủy" of a Hanoi
leader is Thành ủy Hà Nội; "Đô trưởng Viêng Chăn" heads the Vientiane Capital administration). A body in
a membership ("Ủy viên Bộ Chính trị") takes no part, nor one named in passing ("sự ủng hộ của Quốc hội").
"""

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from events.extraction import vocabulary
from events.extraction.people import is_vietnamese_syllable, name_candidates, title_spans
from events.extraction.types import ExtractedOrganization
from events.text import fold

KNOWN_PLACES = {
    **{name: "vn" for name in (*vocabulary.HANOI_NAMES, *vocabulary.VIETNAM_NAMES)},
    **{name: "la" for name in (*vocabulary.VIENTIANE_NAMES, *vocabulary.LAOS_NAMES)},
}
CAPITALS = {name: KNOWN_PLACES[name] for name in (*vocabulary.HANOI_NAMES, *vocabulary.VIENTIANE_NAMES)}
COUNTRIES = {name: KNOWN_PLACES[name] for name in (*vocabulary.VIETNAM_NAMES, *vocabulary.LAOS_NAMES)}
# Heads named with the bare place: "Thành ủy Hà Nội", "Quận ủy Hoàn Kiếm", "Thành đoàn Hà Nội".
BARE_PLACE_HEADS = {"Thành ủy", "Thành đoàn", "Quận ủy", "Huyện ủy", "Thị ủy"}
# A capital's name cut after its first word, as pages sometimes print it: "Thủ đô Viêng".
CUT_CAPITALS = {
    name.split()[0]: name for name in CAPITALS if " " in name and name.split()[0] not in KNOWN_PLACES
}
# Heads that say the place is a district: "Quận ủy Hoàn Kiếm" needs no "quận" before the place.
# Bodies named for the capital as such: "Bộ Tư lệnh Thủ đô Hà Nội", not "... thành phố Hà Nội".
CAPITAL_COMMANDS = {"Bộ Tư lệnh"}
DISTRICT_HEADS = {"Quận ủy", "Huyện ủy", "Thị ủy"}
OTHER_SIDE = {"vn": "la", "la": "vn"}

# Capital letters, Vietnamese ones included (a range such as À-Ỹ holds small letters too).
_UPPER = "".join(
    char for char in map(chr, range(0x41, 0x1F00)) if char.isupper() and "LATIN" in unicodedata.name(char, "")
)
_WORD = rf"[{_UPPER}][^\W\d_]*"
_KNOWN = "|".join(sorted(map(re.escape, KNOWN_PLACES), key=len, reverse=True))
_LEVEL = vocabulary.PLACE_LEVELS
_LAO_STATE = r"(?:nước\s+)?(?:Cộng h(?:òa|oà) Dân chủ Nhân dân|CHDCND)\s+"
_VIETNAMESE_STATE = r"(?:nước\s+)?(?:Cộng h(?:òa|oà) [Xx]ã hội [Cc]hủ nghĩa|CHXHCN)\s+"
# What follows a head: "thành phố Hà Nội", "Thủ đô Viêng Chăn", "quận Hoàn Kiếm", "nước CHDCND Lào", "Hà Nội".
_NATIONAL_LEADER_TITLES = [
    (re.compile(rf"(?:{vocabulary.PLACE_BEFORE_TITLE})?(?:{pattern})\b"), head)
    for pattern, head in vocabulary.NATIONAL_LEADER_TITLES
]
# "Đô trưởng", "Mayor", "Vientiane Mayor": the head of a capital's administration.
_ADMINISTRATION_TITLE = re.compile(
    rf"(?:{vocabulary.PLACE_BEFORE_TITLE})?(?:{'|'.join(vocabulary.ADMINISTRATION_TITLES)})\b"
)
_OWNER = re.compile(
    rf"\s+(?:của\s+)?(?:(?P<level>{_LEVEL})\s*)?(?:{_LAO_STATE}|{_VIETNAMESE_STATE})?"
    rf"(?P<place>{_KNOWN}|[^\W\d_]+(?:\s[^\W\d_]+){{0,2}})?"
)
# "Đảng bộ, chính quyền và nhân dân Thủ đô Viêng Chăn": one owner for the whole list.
_SHARED_OWNER = re.compile(
    r"(?:\s*(?:,|và)\s*(?:[Cc]hính quyền|[Nn]hân dân|Đảng bộ|[Cc]ác tầng lớp nhân dân))+"
)
# "Hanoi Party Secretary", "Vientiane Party chief", "Party Secretary of Hanoi": the holder heads the
# capital's Party committee, which the English title leaves unnamed (without a capital, "Party chief" is
# the country's: _NATIONAL_LEADER_TITLES).
_CAPITAL_PARTY_TITLE = re.compile(
    rf"(?:(?P<place>{vocabulary.HANOI}|{vocabulary.VIENTIANE})(?:\s+Capital)?(?:'s|’s)?\s+"
    rf"(?:(?:Standing |Permanent )?Deputy\s+)?Party (?:Secretary|[Cc]hief|[Ll]eader)\b)"
    rf"|(?:(?:Standing |Permanent )?Deputy\s+)?Party (?:Secretary|[Cc]hief) of (?:the\s+)?"
    rf"(?P<place2>{vocabulary.HANOI}|{vocabulary.VIENTIANE})\b"
)
GOVERNED = re.compile(rf"(?:{vocabulary.GOVERNING_WORDS})\s+(?:(?:của|hai|các|the two)\s+)?$")
DELEGATION_OF = re.compile(vocabulary.DELEGATION_OF)
ORGANISED_BY = re.compile(vocabulary.ORGANISED_BY, re.IGNORECASE)
BOTH_SIDES = re.compile(vocabulary.BOTH_SIDES, re.IGNORECASE)
# Bodies listed together: "Sở Tư pháp và Viện Kiểm sát ...", "Đảng Cộng sản Việt Nam và Đảng ...".
COORDINATED = re.compile(r"\s*(?:,|và|and)\s*")


def _alternatives(words):
    """A head as the press writes it: the first letter as given, the rest in any case."""
    return "|".join(
        re.escape(word[0]) + "(?i:" + re.escape(word[1:]) + ")"
        for word in sorted(words, key=len, reverse=True)
    )


_LOCAL_HEAD = re.compile(
    r"(?<![\w])(?:" + _alternatives(vocabulary.LOCAL_BODY_HEADS) + r"|chính quyền)(?![\w])"
)
# Case-insensitive: "Trưởng ban Tổ chức Thành ủy" writes the department's "ban" in lower case.
_PARTY_DEPARTMENT = re.compile(
    r"(?<![\w])(?P<department>(?i:"
    + "|".join(map(re.escape, vocabulary.PARTY_COMMITTEE_DEPARTMENTS))
    + r"))\s+(?P<committee>Thành ủy|Thành uỷ|Quận ủy|Huyện ủy|Thị ủy)(?![\w])"
)
# A department of a capital's Party committee named with the capital alone: "đoàn Ban Tuyên huấn Thủ đô
# Viêng Chăn" is the Vientiane Party committee's. (A "Văn phòng" so named is not: the office of what?)
_PARTY_DEPARTMENT_OF_CAPITAL = re.compile(
    r"(?<![\w])(?P<department>Ban (?i:"
    + "|".join(
        re.escape(name[4:]) for name in vocabulary.PARTY_COMMITTEE_DEPARTMENTS if name.startswith("Ban ")
    )
    + r"))(?=\s+(?:Thủ đô|thủ đô|thành phố|Thành phố|TP\.?)\s)"
)
# "và" may be written "&": "Sở Giáo dục & Đào tạo Hà Nội".
# The rest of a field's words in any case: "Sở Công thương Hà Nội" is "Sở Công Thương".
_DEPARTMENT = re.compile(
    r"(?<![\w])Sở\s+(?P<field>"
    + "|".join(
        [
            *(re.escape(abbreviation) for abbreviation in vocabulary.DEPARTMENT_ABBREVIATIONS),
            *(
                re.escape(field[0])
                + "(?i:"
                + re.escape(field[1:]).replace(r"\ và\ ", r"\s+(?:và|&)\s+")
                + ")"
                for field in vocabulary.DEPARTMENT_FIELDS
            ),
        ]
    )
    + r")(?![\w])"
)
_FIELD_SPELLINGS = {
    **{field.lower(): field for field in vocabulary.DEPARTMENT_FIELDS},
    **{abbreviation.lower(): field for abbreviation, field in vocabulary.DEPARTMENT_ABBREVIATIONS.items()},
}
_NATIONAL = re.compile(r"(?<![\w])(?:" + _alternatives(vocabulary.NATIONAL_BODIES) + r")(?![\w])")
_PARTY_AFTER = re.compile(r"\s+(?P<party>Nhân dân [Cc]ách mạng Lào|NDCM Lào|Cộng sản Việt Nam|CSVN)")
_COUNTRY = rf"(?P<country>{vocabulary.LAOS}|{vocabulary.VIETNAM})"
_EMBASSY = re.compile(
    rf"(?<![\w])(?:Đại sứ quán|Tổng Lãnh sự quán)\s+(?:{_LAO_STATE}|{_VIETNAMESE_STATE})?{_COUNTRY}"
    rf"(?:\s+tại\s+(?:{_KNOWN}))?"
    r"|(?P<adjective>Lao|Laotian|Vietnamese)\s+Embassy"
    r"|Embassy of (?:the\s+)?(?:Lao PDR|(?P<of>Laos|Vietnam|Viet Nam))"
)
_ENVOY = re.compile(
    r"(?<![\w])(?:Đại sứ|Tổng Lãnh sự)\s+(?:đặc mệnh toàn quyền\s+)?"
    rf"(?:{_LAO_STATE}|{_VIETNAMESE_STATE})?{_COUNTRY}"
    r"|(?P<adjective>Lao|Laotian|Vietnamese)\s+Ambassador|Ambassador of (?P<of>Laos|Vietnam|Viet Nam)"
)
_INSTITUTION = re.compile(
    rf"(?<![\w])(?P<kind>{vocabulary.INSTITUTION_KINDS})\s+(?P<name>{_WORD}(?:\s+(?:{_WORD}|và|-|–))*?)"
    rf"(?=\s+(?:{_LEVEL})\s|[,.;:()]|\s+[a-zđà-ỹ]|$)"
)
_CAPITAL_EN = r"(?P<{name}>Hanoi|Ha Noi|Vientiane)(?:\s+Capital)?(?:'s|’s)?"
# Lao mass organisations carry the country's name after their capital's: "Vientiane Capital Lao Women's
# Union", "the Vientiane Lao People's Revolutionary Youth Union".
_LAO_EN = r"(?:Lao\s+(?:People['’]s\s+Revolutionary\s+)?)?"
_ENGLISH = [
    (
        re.compile(
            rf"(?:the\s+)?{_CAPITAL_EN.format(name='place')}\s+(?:(?:[Mm]unicipal|[Cc]ity|Capital)\s+)?"
            rf"{_LAO_EN}(?:{pattern})"
            rf"|(?:{pattern})\s+of\s+(?:the\s+)?{_CAPITAL_EN.format(name='place2')}"
        ),
        head,
    )
    for pattern, head in vocabulary.ENGLISH_BODIES
]
# "Secretary of the municipal Party Committee": a capital's body left unnamed, the holder's side's.
_ENGLISH_MUNICIPAL = [
    (re.compile(rf"(?:the\s+)?(?:[Mm]unicipal|[Cc]ity|[Cc]apital)\s+(?:{pattern})"), head)
    for pattern, head in vocabulary.ENGLISH_BODIES
    if head in vocabulary.CAPITAL_BODY_HEADS
]
_ENGLISH_CAPITAL = re.compile(r"Hanoi|Ha Noi|Vientiane|[Mm]unicipal|[Cc]ity|[Cc]apital|[Dd]istrict")
# A field's words, up to the next body's capital: "Department of Culture and Sports and Vientiane
# Capital's Department of Education and Sports" names two departments.
_FIELD_EN = r"[A-Z][a-z]+(?:,? (?:and )?(?!Hanoi\b|Ha Noi\b|Vientiane\b)[A-Z][a-z]+)*"
_ENGLISH_DEPARTMENT = re.compile(
    rf"{_CAPITAL_EN.format(name='place')}\s+(?:(?:[Mm]unicipal|[Cc]ity|Capital)\s+)?"
    rf"(?:Department of (?P<field>{_FIELD_EN})|(?P<field3>{_FIELD_EN}) Department)"
    rf"|Department of (?P<field2>{_FIELD_EN}) of (?:the\s+)?{_CAPITAL_EN.format(name='place2')}"
)
# "Hoan Kiem District Party Committee", "Chanthabuly district": a district of either capital, by name.
_DISTRICT_PLACES = (
    {fold(name): (level, name, "vn") for level, names in vocabulary.HANOI_DISTRICTS.items() for name in names}
    | {fold(name): ("huyện", name, "la") for name in vocabulary.VIENTIANE_DISTRICTS}
    | {
        fold(spelling): ("huyện", name, "la")
        for spelling, name in vocabulary.VIENTIANE_DISTRICT_SPELLINGS.items()
    }
)
_ENGLISH_DISTRICT = re.compile(
    r"\b(?P<district>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+(?P<body>"
    + "|".join(pattern for pattern, _head, _level in vocabulary.ENGLISH_DISTRICT_BODIES)
    + r")\b"
)


@dataclass
class Mention:
    """A body as one reader found it, before its owner is settled."""

    head: str  # "Thành ủy", "Sở Y tế", "Văn phòng Trung ương Đảng"
    level: str | None  # "thành phố", "quận" ... as written
    place: str | None  # the place named after it, if any
    start: int
    end: int
    national: bool = False
    name: str = ""  # the full name when the reader knows it whole (embassies, parties, English names)
    side: str = ""
    department: str = ""  # a Party committee's department: "Ban Tổ chức" (of "Thành ủy Hà Nội")


@dataclass(frozen=True)
class Body:
    name: str  # the full name
    side: str  # "vn", "la" or ""
    surface: str  # as the text wrote it
    start: int
    end: int
    national: bool = False  # a body of a country, not of a city or district


def organizations_of(sentences, people, delegations=()):
    """An event's bodies: those its sentences name as acting, the `delegations` (see delegations_bodies)
    when it is part of the occasion, then those its participants' titles name."""
    found = {}
    for body in [*(body for sentence in sentences for body in acting_bodies(sentence)), *delegations]:
        found.setdefault(body.name, ExtractedOrganization(name=body.name, side=body.side))
        _add_alias(found[body.name], body.surface)
    for person in people:
        for body in _bodies_acted_for(person):
            found.setdefault(body.name, ExtractedOrganization(name=body.name, side=body.side))
            _add_alias(found[body.name], body.surface)  # "Phó Chủ tịch UBND TP. Hà Nội": a spelling
    return list(found.values())


def _bodies_acted_for(person):
    """The bodies a person's titles name, memberships aside ("Ủy viên Bộ Chính trị"), and offices held
    beside another ("Bí thư Trung ương Đảng, Bí thư Thành ủy") aside when another title names a body."""
    titles = [title for title in dict.fromkeys([person.role, *person.titles]) if title]
    titles = [title for title in titles if not title.startswith(vocabulary.MEMBERSHIP_TITLES)]
    main = [
        body
        for title in titles
        if not title.startswith(vocabulary.BESIDE_TITLES)
        for body in bodies_of_title(title, person.side)
    ]
    if main:
        return main
    return [body for title in titles for body in bodies_of_title(title, person.side)]


def acting_bodies(sentence):
    """The bodies a sentence names as acting: not inside a named person's title ("Bí thư Thành ủy Hà
    Nội Đinh Tiến Dũng"; an office named without its holder, "giữa Bí thư Thành ủy Hà Nội và Bí thư Thành
    ủy Viêng Chăn", acts for its body), not a membership; a national body only when a delegation of it or
    a meeting with it is named ("đoàn đại biểu Văn phòng Trung ương Đảng", "giữa Đảng Cộng sản Việt Nam
    và Đảng Nhân dân Cách mạng Lào")."""
    acting = []
    held = _titles_of_named_people(sentence)
    governed_until = -1
    for body in bodies_in(sentence):
        if any(start <= body.start < end for start, end in held):
            continue
        if body.name in vocabulary.NOT_TAKING_PART or not body.side:
            continue
        if body.national:
            before = sentence[max(0, body.start - 30) : body.start]
            if GOVERNED.search(before) or (
                governed_until >= 0 and COORDINATED.fullmatch(sentence[governed_until : body.start])
            ):
                governed_until = body.end
            else:
                continue
        acting.append(body)
    return acting


def _titles_of_named_people(sentence):
    """The title spans right before a person's name, and the run of them right after it ("đồng chí Đinh
    Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố Hà Nội")."""
    names = name_candidates(sentence)
    held = []
    run_ends = {end for _name, _side, _start, end in names}
    for start, end in title_spans(sentence):
        if any(start < name_start <= end + 2 for _n, _s, name_start, _e in names):
            held.append((start, end))
        elif any(run_end <= start and _COMMA_RUN.fullmatch(sentence[run_end:start]) for run_end in run_ends):
            held.append((start, end))
            run_ends.add(end)
    return held


# What separates a name from the title after it, or two titles in a run (a title span keeps its comma).
_COMMA_RUN = re.compile(r"\s*,?\s*")


def delegations_bodies(sentences):
    """The bodies whose delegation an article names anywhere ("Đoàn đại biểu Sở Tư pháp Thủ đô Viêng
    Chăn", "đoàn cán bộ Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào"), and those named as organising
    what it reports ("organized by the Hanoi Department of Industry and Trade in collaboration with ...").
    They take part in the occasion the article reports."""
    return [
        body
        for sentence in sentences
        for body in bodies_in(sentence)
        if body.side
        and (
            DELEGATION_OF.search(sentence[max(0, body.start - 40) : body.start])
            or _among_organisers(sentence[max(0, body.start - 80) : body.start])
        )
    ]


def _among_organisers(before):
    """Whether a body follows "organized by", "in collaboration with" in its clause, however many bodies
    come between ("... with the Vietnam Trade Office in Laos and the Vientiane Department ...")."""
    cues = list(ORGANISED_BY.finditer(before))
    return bool(cues) and not re.search(r"[.;:]", before[cues[-1].end() :])


def bodies_of_title(title, side):
    """The bodies a title says its holder represents: those it names, and those it implies ("Đô
    trưởng", "Đại sứ Lào tại Việt Nam")."""
    bodies = [
        body for body in bodies_in(title, side) if body.side and body.name not in vocabulary.NOT_TAKING_PART
    ]
    if envoy := _ENVOY.search(title):
        country = envoy.group("country") or envoy.group("of") or envoy.group("adjective")
        bodies.append(_resolve(_embassy(_side_of_country(country), envoy.start(), envoy.end()), title, side))
    if side and _ADMINISTRATION_TITLE.match(title):
        bodies.append(Body(vocabulary.ADMINISTRATIONS[side], side, title, 0, len(title)))
    if party := _capital_party_committee(title):
        bodies.append(party)
    elif side and (national := _national_leaders_body(title, side)):
        bodies.append(national)
    return bodies


def _capital_party_committee(title):
    """The Party committee of the capital an English title puts before or after "Party Secretary"."""
    if not (match := _CAPITAL_PARTY_TITLE.match(title)):
        return None
    capital = match.group("place") or match.group("place2")
    side = CAPITALS[capital]
    name = f"Thành ủy {vocabulary.CAPITAL_OWNERS[side][1]}"
    return Body(name, side, match.group(0), match.start(), match.end())


def _national_leaders_body(title, side):
    """ "Tổng Bí thư", "Prime Minister", "Chủ tịch Quốc hội": the party, government or National
    Assembly of the holder's country, when the title begins so."""
    for pattern, head in _NATIONAL_LEADER_TITLES:
        if pattern.match(title):
            name = vocabulary.PARTIES[side] if head == "Đảng" else f"{head} {vocabulary.COUNTRY_NAMES[side]}"
            return Body(name, side, title, 0, len(title), True)
    return None


def bodies_in(text, side=""):
    """Every body `text` names, in order (see _bodies_in)."""
    return list(_bodies_in(text, side))


# Cached: an event's sentences and its people's titles are read again for every event of the article.
@functools.lru_cache(maxsize=20_000)
def _bodies_in(text, side):
    """Every body `text` names, in order. `side` is the side of whoever's title `text` is; it supplies
    the capital where a body's owner is left out ("Phó Chủ tịch UBND thành phố"). Bodies listed together
    share the owner named last ("Sở Tư pháp và Viện Kiểm sát nhân dân Thủ đô Viêng Chăn"); after "hai"
    ("giữa hai Văn phòng Trung ương Đảng") a body without an owner is named for each side."""
    mentions, taken = [], []
    readers = (
        _embassies,
        _party_departments,
        _departments,
        _local_bodies,
        _national_bodies,
        _english,
        _institutions,
    )
    for reader in readers:
        for mention in reader(text):
            if all(mention.end <= start or mention.start >= end for start, end in taken):
                taken.append((mention.start, mention.end))
                mentions.append(mention)
    mentions.sort(key=lambda mention: mention.start)
    _share_owners(mentions, text)
    bodies = []
    for mention in mentions:
        sides = (
            ["vn", "la"]
            if mention.place is None and BOTH_SIDES.search(text[max(0, mention.start - 12) : mention.start])
            else [side]
        )
        bodies.extend(body for body_side in sides if (body := _resolve(mention, text, body_side)))
    return tuple(bodies)


def _share_owners(mentions, text):
    for first, second in reversed(list(zip(mentions, mentions[1:], strict=False))):
        if first.place is None and second.place and COORDINATED.fullmatch(text[first.end : second.start]):
            first.level, first.place = second.level, second.place


def _resolve(mention, text, side):
    """The Body of a mention, its owner supplied by `side` where the text names none; None when no
    owner can be settled ("UBND" alone)."""
    surface = text[mention.start : mention.end]
    if mention.name:
        return Body(mention.name, mention.side, surface, mention.start, mention.end, mention.national)
    if mention.national:
        body_side = COUNTRIES.get(mention.place) or side or "vn"
        return Body(
            _national_name(mention.head, body_side), body_side, surface, mention.start, mention.end, True
        )
    name, body_side = _full_name(mention.head, mention.level, mention.place, side)
    if name and mention.department:
        name = f"{mention.department} {name}"
    return Body(name, body_side, surface, mention.start, mention.end) if name else None


def _add_alias(organization, surface):
    surface = surface.strip()
    if surface and fold(surface) != fold(organization.name) and surface not in organization.aliases:
        organization.aliases.append(surface)


# --- Owners and full names ----------------------------------------------------------------------


def _owner_after(text, position, head=""):
    """(level, place, end) of the owner named right after `position`: place None when only a level
    ("UBND thành phố") or nothing is named; None when what follows is a name, not a place ("Thành ủy
    Đinh Tiến Dũng")."""
    shared = _SHARED_OWNER.match(text, position)
    if shared and (after := _OWNER.match(text, shared.end())) and after.group("place") in KNOWN_PLACES:
        return after.group("level"), after.group("place"), position
    match = _OWNER.match(text, position)
    if match is None:
        return None, None, position
    level, place = match.group("level"), match.group("place") or ""
    if place in KNOWN_PLACES:
        return level, place, match.end("place")
    capitalised = _before_a_name(
        " ".join(itertools.takewhile(lambda word: word[0].isupper(), place.split())),
        text[match.start("place") :] if match.group("place") else "",
    )
    if capitalised in CUT_CAPITALS:
        return (
            level,
            CUT_CAPITALS[capitalised],
            match.start("place") + len(capitalised),
        )  # "Thủ đô Viêng" cut short
    if capitalised and not level and head not in DISTRICT_HEADS:
        return None
    if capitalised and _reads_as_a_person(capitalised):
        # "Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền": the level alone owns the body.
        return level, None, match.end("level") if level else position
    if capitalised:
        return level, capitalised, match.start("place") + len(capitalised)
    return level, None, match.end("level") if level else position


def _before_a_name(place, text):
    """The words of `place` before the name of a person that follows it in `text`: "Chủ tịch LĐLĐ huyện
    Phú Xuyên Đào Đức Gương" is of "Phú Xuyên"."""
    parts = place.split()
    following = text.split()
    for index in range(1, len(parts)):
        if _reads_as_a_person(" ".join(following[index : index + 3])):
            return " ".join(parts[:index])
    return place


def _reads_as_a_person(words):
    """Three or more capitalised words opening with a Vietnamese surname: a person's name, unless the
    press names a city so ("Thành phố Hồ Chí Minh")."""
    parts = words.split()
    return (
        len(parts) >= 3
        and parts[0].lower() in vocabulary.VIETNAMESE_SURNAMES
        and words not in vocabulary.CITIES_NAMED_LIKE_PEOPLE
    )


def _side_of_place(place):
    if place in KNOWN_PLACES:
        return KNOWN_PLACES[place]
    # A district or ward: Vietnamese syllables are Vietnam's ("Hoàn Kiếm"), romanised ones Laos's
    # ("Chanthabuly", "Xaysettha").
    words = place.split()
    # A word with marks: "Hoàn Kiếm", "Hồ Chí Minh" ("Minh" alone has none, as "Sikhottabong" has none).
    vietnamese = all(is_vietnamese_syllable(word) for word in words) and any(
        not word.isascii() for word in words
    )
    return "vn" if vietnamese else "la"


def _side_of_country(country):
    return "la" if country and fold(country).startswith("lao") else "vn"


# A district's bodies: named after the district, never after the capital it is in.
DISTRICT_HEADS = ("Quận ủy", "Huyện ủy", "Thị ủy")


def _full_name(head, level, place, side):
    """(the body's full name, its side): Hanoi's bodies "... thành phố Hà Nội" (its Party committee and
    youth union "... Hà Nội"), Vientiane's "... Thủ đô Viêng Chăn", a district's "... quận Hoàn Kiếm"."""
    if head in DISTRICT_HEADS and (place is None or place in CAPITALS):
        return None, ""  # "Bí thư Quận ủy" without its district: which district is not known
    if place is None or place in CAPITALS:
        side = CAPITALS.get(place, side)
        if not side:
            return None, ""
        if head == "Chính quyền" or (head == "Ủy ban nhân dân" and side == "la"):
            # Vientiane has no People's Committee: "Vientiane's authorities", "UBND Thủ đô Viêng Chăn" as
            # some write it, are the Vientiane Capital administration.
            return vocabulary.ADMINISTRATIONS[side], side
        capital_level, capital = vocabulary.CAPITAL_OWNERS[side]
        if head in CAPITAL_COMMANDS:
            capital_level = "Thủ đô"  # "Bộ Tư lệnh Thủ đô Hà Nội", the Hanoi Capital High Command
        return (
            f"{head} {capital}" if head in BARE_PLACE_HEADS else f"{head} {capital_level} {capital}"
        ), side
    if place in COUNTRIES:
        return f"{head} {vocabulary.COUNTRY_NAMES[COUNTRIES[place]]}", COUNTRIES[place]
    if head in BARE_PLACE_HEADS:
        return f"{head} {place}", _side_of_place(place)
    level = {"tp": "thành phố", "thủ đô": "Thủ đô"}.get(
        (level or "").lower().rstrip("."), (level or "").lower()
    )
    return " ".join(part for part in (head, level, place) if part), _side_of_place(place)


# --- Readers, one per way a body is named --------------------------------------------------------


def _local_bodies(text):
    for match in _LOCAL_HEAD.finditer(text):
        word = match.group(0)
        head = vocabulary.LOCAL_BODY_HEADS.get(word) or next(
            (
                full
                for written, full in vocabulary.LOCAL_BODY_HEADS.items()
                if written.lower() == word.lower()
            ),
            "Chính quyền",
        )
        owner = _owner_after(text, match.end(), head)
        if owner is None:
            continue
        level, place, end = owner
        if word == "chính quyền" and place is None:
            continue  # "chính quyền" alone is a common noun
        if head == "Thành ủy" and level and level.lower() in {"quận", "huyện"}:
            head = "Quận ủy" if level.lower() == "quận" else "Huyện ủy"
        yield Mention(head, level, place, match.start(), end)


def _party_departments(text):
    for match in _PARTY_DEPARTMENT.finditer(text):
        head = vocabulary.LOCAL_BODY_HEADS[match.group("committee")]
        level, place, end = _owner_after(text, match.end(), head) or (None, None, match.end())
        department = match.group("department")
        department = f"{department[0].upper()}{department[1:]}"
        yield Mention(head, level, place, match.start(), end, department=department)
    for match in _PARTY_DEPARTMENT_OF_CAPITAL.finditer(text):
        owner = _owner_after(text, match.end())
        if owner and owner[1] in CAPITALS:
            level, place, end = owner
            yield Mention("Thành ủy", level, place, match.start(), end, department=match.group("department"))


def _departments(text):
    for match in _DEPARTMENT.finditer(text):
        level, place, end = _owner_after(text, match.end()) or (None, None, match.end())
        field = re.sub(r"\s+&\s+", " và ", match.group("field"))
        field = _FIELD_SPELLINGS.get(field.lower(), field)
        yield Mention(f"Sở {field}", level, place, match.start(), end)


def _national_bodies(text):
    for match in _NATIONAL.finditer(text):
        head = next(
            full
            for written, full in vocabulary.NATIONAL_BODIES.items()
            if written.lower() == match.group(0).lower()
        )
        if head in vocabulary.OWN_SIDE_BODIES:
            side = vocabulary.OWN_SIDE_BODIES[head]
            yield Mention(head, None, None, match.start(), match.end(), True, name=head, side=side)
        elif (party := _PARTY_AFTER.match(text, match.end())) and head == "Văn phòng Trung ương Đảng":
            side = "la" if "Lào" in party.group("party") else "vn"
            yield Mention(
                head, None, None, match.start(), party.end(), True, name=_national_name(head, side), side=side
            )
        elif (owner := _OWNER.match(text, match.end())) and owner.group("place") in COUNTRIES:
            yield Mention(head, None, owner.group("place"), match.start(), owner.end("place"), True)
        else:
            yield Mention(head, None, None, match.start(), match.end(), True)


def _national_name(head, side):
    if head == "Văn phòng Trung ương Đảng":
        return f"{head} {'Nhân dân Cách mạng Lào' if side == 'la' else 'Cộng sản Việt Nam'}"
    if head in {"Ban Đối ngoại Trung ương", "Ủy ban Kiểm tra Trung ương", "Ban Tổ chức Trung ương"}:
        return head if side == "vn" else f"{head} Đảng Nhân dân Cách mạng Lào"
    return f"{head} {vocabulary.COUNTRY_NAMES[side]}"


def _embassies(text):
    for match in _EMBASSY.finditer(text):
        country = match.group("country") or match.group("of") or match.group("adjective") or "Lao"
        yield _embassy(_side_of_country(country), match.start(), match.end())


def _embassy(side, start, end):
    own, host = vocabulary.COUNTRY_NAMES[side], vocabulary.COUNTRY_NAMES[OTHER_SIDE[side]]
    name = f"Đại sứ quán {own} tại {host}"
    return Mention("Đại sứ quán", None, None, start, end, False, name=name, side=side)


_FIRST_OF_TWO_CAPITALS = re.compile(r"\b(Hanoi|Ha Noi|Vientiane) and (?:the )?$")
# "the Hanoi Department of Industry and Trade and its Vientiane counterpart": the same body of the other.
_ITS_COUNTERPART = re.compile(r"\s+and its (Hanoi|Ha Noi|Vientiane) counterparts?\b")
_CAPITALS_IN_ENGLISH = {"Hanoi": "Hà Nội", "Ha Noi": "Hà Nội", "Vientiane": "Viêng Chăn"}


# "the Party Committees and administrations of Hanoi and Vientiane", "the People's Councils of the two
# capitals": each body named, once for each capital.
_BODY_EN = "|".join(f"(?:{pattern})s?" for pattern, _head in vocabulary.ENGLISH_BODIES)
_BODIES_OF_BOTH_CAPITALS = re.compile(
    rf"(?P<bodies>(?:{_BODY_EN})(?:(?:,\s*|\s+and\s+)(?:{_BODY_EN}))*)\s+of\s+(?:the\s+)?"
    r"(?:two capitals|(?:Hanoi|Ha Noi) and Vientiane|Vientiane and (?:Hanoi|Ha Noi))\b"
)
_ONE_BODY_EN = re.compile(r",\s*|\s+and\s+")


def _bodies_of_both_capitals(text):
    """Each body of a list named "of Hanoi and Vientiane": Hanoi's on the words that name it, Vientiane's
    just after them (mentions may not overlap)."""
    for match in _BODIES_OF_BOTH_CAPITALS.finditer(text):
        start = match.start("bodies")
        for written in _ONE_BODY_EN.split(match.group("bodies")):
            start = text.index(written, start)
            end = start + len(written)
            if head := _english_head(written):
                yield Mention(head, None, "Hà Nội", start, end)
                yield Mention(head, None, "Viêng Chăn", end, end)
            start = end


def _english_head(written):
    """The Vietnamese head of a body's English name, singular or plural ("Party Committees")."""
    heads = vocabulary.ENGLISH_BODIES
    return next((head for pattern, head in heads if re.fullmatch(f"(?:{pattern})s?", written)), None)


def _capital_named(match):
    """The capital an English name of a body names (its `place` or `place2` group), in Vietnamese."""
    return _CAPITALS_IN_ENGLISH[match.group("place") or match.group("place2")]


def _english(text):
    if not _ENGLISH_CAPITAL.search(text):
        return  # every English name reads a capital's name: most sentences have none
    yield from _bodies_of_both_capitals(text)
    for pattern, head in _ENGLISH:
        for match in pattern.finditer(text):
            place = _capital_named(match)
            start = match.start() + (4 if match.group(0).startswith("the ") else 0)
            # "the Hanoi Capital Military Command" is the Hanoi Capital High Command.
            named = "Bộ Tư lệnh" if head == "Bộ Chỉ huy Quân sự" and place == "Hà Nội" else head
            if (first := _FIRST_OF_TWO_CAPITALS.search(text[: match.start()])) and first.group(1) != place:
                # "the Hanoi and Vientiane People's Councils": the same body of each capital.
                yield Mention(named, None, _CAPITALS_IN_ENGLISH[first.group(1)], first.start(1), first.end(1))
            yield Mention(named, None, place, start, match.end())
            yield from _counterpart(text, match.end(), named, place)
    for pattern, head in _ENGLISH_MUNICIPAL:
        for match in pattern.finditer(text):
            start = match.start() + (4 if match.group(0).startswith("the ") else 0)
            yield Mention(head, "thành phố", None, start, match.end())
    for match in _ENGLISH_DEPARTMENT.finditer(text):
        place = _capital_named(match)
        written = match.group("field") or match.group("field2") or match.group("field3")
        if field := vocabulary.ENGLISH_DEPARTMENTS.get(written.lower()):
            yield Mention(f"Sở {field}", None, place, match.start(), match.end())
            yield from _counterpart(text, match.end(), f"Sở {field}", place)
    yield from _english_districts(text)


def _counterpart(text, end, head, place):
    """The other capital's body of the same kind, named as "its ... counterpart" right after."""
    if (other := _ITS_COUNTERPART.match(text, end)) and _CAPITALS_IN_ENGLISH[other.group(1)] != place:
        yield Mention(head, None, _CAPITALS_IN_ENGLISH[other.group(1)], other.start(1), other.end())


def _english_districts(text):
    for match in _ENGLISH_DISTRICT.finditer(text):
        words = match.group("district").split()
        # The district's name is the last one, two or three capitalised words before "District".
        found = next(
            (
                _DISTRICT_PLACES[key]
                for n in (3, 2, 1)
                if (key := fold(" ".join(words[-n:]))) in _DISTRICT_PLACES
            ),
            None,
        )
        if found is None:
            continue
        level, district, side = found
        body = match.group("body")
        head, level = next(
            (head, ward or level)
            for pattern, head, ward in vocabulary.ENGLISH_DISTRICT_BODIES
            if re.fullmatch(pattern, body)
        )
        start = match.end("district") - len(" ".join(words[-len(district.split()) :]))
        if head is None:
            # "Xaysetha district signed ...", "Governor of Xaysetha district": the district's administration.
            name = f"{vocabulary.DISTRICT_ADMINISTRATIONS[side]} {level} {district}"
        elif head == "ủy":
            name = f"{'Quận' if level == 'quận' else 'Huyện' if level == 'huyện' else 'Thị'} ủy {district}"
        else:
            name = f"{head} {level} {district}"
        yield Mention(head or level, level, district, start, match.end(), name=name, side=side)


def _institutions(text):
    """A school, hospital, academy or newspaper named in full: "Trường Tiểu học Hữu nghị Việt Nam -
    Lào", "Báo Hà Nội Mới". Its side is its place's, or the side its name names."""
    for match in _INSTITUTION.finditer(text):
        named = match.group("name")
        if len(named.split()) < 2 and named not in KNOWN_PLACES:
            continue
        name, end = f"{match.group('kind')} {named}".strip(" -–"), match.end()
        owner = _owner_after(text, match.end())
        if owner and owner[1]:
            level, place, end = owner
            name = " ".join(part for part in (name, level, place) if part)
        if side := _institution_side(name):
            yield Mention(match.group("kind"), None, None, match.start(), end, name=name, side=side)


@functools.lru_cache(maxsize=2048)
def _institution_side(name):
    lowered = name.lower()
    lao = any(place.lower() in lowered for place in (*vocabulary.VIENTIANE_NAMES, *vocabulary.LAOS_NAMES))
    vietnamese = any(
        place.lower() in lowered for place in (*vocabulary.HANOI_NAMES, *vocabulary.VIETNAM_NAMES)
    )
    if lao and not any(place.lower() in lowered for place in vocabulary.HANOI_NAMES):
        return "la"
    return "vn" if vietnamese else ""
