"""People, their titles and sides, and organisations in Vietnamese and English news text.

A Vietnamese name is two to four capitalised Vietnamese syllables led by a surname ("Đinh Tiến
Dũng"); a Lao name is romanised ("Sengphet Houngboungnuang") or hyphenated in the Vietnamese way
("Xổm-xạ-vạt Lềnh-xạ-vẳn"). A first mention must stand next to a title or an honorific
("đồng chí", "ông", "Mr"), so bylines and places ("Hà Nội") are not taken for people; later bare
mentions of a known name count too.

underthesea's POS tagger would also spot proper-name tokens (Np), but it costs 5-30 ms per
sentence on these long sentences and still cannot tell a Lao name from a place, while the
surname and syllable rules below run in well under a millisecond; see `proper_name_tokens`, used
only when the rules found no one on a side of the occasion (see participants.py).
"""

import functools
import re
from dataclasses import dataclass

from events.extraction import vocabulary
from events.extraction.types import ExtractedPerson, Person
from events.text import fold

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CAMEL_PAIR = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
# A Vietnamese syllable, folded: onset, one to three vowels, coda. Lao romanisations rarely fit.
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def _title_pattern(title):
    # The first letter keeps its case (titles are capitalised), the rest is case-insensitive:
    # "Phó Chánh văn phòng" and "Phó Chánh Văn phòng" are the same title.
    return re.escape(title[0]) + "(?i:" + re.escape(title[1:]) + ")"


_PLACE_BEFORE_TITLE = re.compile(vocabulary.PLACE_BEFORE_TITLE + "$")
TITLES = re.compile(
    r"(?<![\w])(?:"
    + "|".join(_title_pattern(t) for t in sorted(vocabulary.TITLES, key=len, reverse=True))
    + r")\b"
)
_HONORIFIC = re.compile(r"(?:^|[\s,(])(?:" + vocabulary.HONORIFICS + r")\s*$", re.IGNORECASE)
_LEAD_AFTER = re.compile(vocabulary.LEAD_AFTER_NAME, re.IGNORECASE)
_LIST_OF_COMRADES = re.compile(r"(?:các|những) (?:đồng chí|vị)\s*:|(?:gồm|gồm có|bao gồm)\s*:", re.I)


def _clause_before_list(sentence, start):
    """The text before `start` back to a full stop: a list of names runs across commas and semicolons."""
    before = sentence[:start]
    return before[before.rfind(".") + 1 :]


_LED_BY = re.compile(r"(?:" + vocabulary.LEAD_BEFORE_NAME + r")\s+$", re.IGNORECASE)
_LEAD_BEFORE = re.compile(r"(?:" + vocabulary.LEAD_BEFORE_NAME + r")\s+[^,.;]{0,50}$", re.IGNORECASE)

# A name ends where a place begins: "Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng Lào" never happens, but
# "Thủ tướng Lào" and "Việt Nam" follow names in captions. "Việt" and "Viêng" begin a place only with
# the next word ("Nguyễn Ngọc Việt" is a name).
PLACE_WORDS_AFTER_NAME = {"lao", "laos", "vietnam", "vientiane", "hanoi"}
PLACE_PAIRS_AFTER_NAME = {"viet": "nam", "vieng": "chan", "ha": "noi"}


def _place_starts(folded, index):
    word = folded[index]
    if word in PLACE_WORDS_AFTER_NAME:
        return True
    following = folded[index + 1] if index + 1 < len(folded) else ""
    return PLACE_PAIRS_AFTER_NAME.get(word) == following


@dataclass
class Mention:
    name: str
    side: str
    role: str
    lead: bool
    start: int
    end: int
    titles: tuple[str, ...] = ()  # every title given beside the name, memberships included


# Capitalised English words ("Organisation Commission") share the shape of romanised Lao names;
# their endings give them away.
_ENGLISH_WORD = re.compile(
    r"(?:tion|sion|ment|ness|ing|ity|ary|ese|ian|ern|ral|cial|ence|ance|ship|ive|ous|ure|ism|ist|ogy|ics|ed|er|ers|day)$"
)


_LAO_VOWELS = re.compile(r"ao|aa")
_LAO_NAME_BEGINNING = re.compile("|".join(vocabulary.LAO_NAME_BEGINNINGS))


# Words repeat across an article and a batch; folding them once is most of the name search's cost.
_fold_word = functools.lru_cache(maxsize=50_000)(fold)


def is_vietnamese_syllable(word):
    return bool(_VIETNAMESE_SYLLABLE.fullmatch(_fold_word(word)))


def capitalised(word):
    return word[:1].isupper() and not word.isupper() or (len(word) == 1 and word.isupper())


def _surname_in_capitals(word):
    return (
        len(word) > 1
        and word.isupper()
        and (
            word.lower() in vocabulary.VIETNAMESE_SURNAMES
            or fold(word) in vocabulary.VIETNAMESE_SURNAMES_FOLDED
        )
    )


def _lao_word(word):
    """A romanised Lao word: plain letters, title case; or hyphenated Vietnamese-style syllables."""
    if "-" in word:
        # "Xổm-phết", "Thoong-lun": Lao names as the Vietnamese press spells them, syllable by syllable.
        parts = word.split("-")
        return len(parts) >= 2 and word[:1].isupper() and all(is_vietnamese_syllable(part) for part in parts)
    return (
        # "Phútthavông": Vietnamese spelling of a Lao word, with marks but longer than one syllable.
        (word.isascii() or not is_vietnamese_syllable(word))
        and word[:1].isupper()
        # "ThiLa" in "Bouala Phanh ThiLa Sack": two syllables of a Lao name written as one word.
        and (word[1:].islower() or (word.isascii() and _CAMEL_PAIR.fullmatch(word) is not None))
        and fold(word) not in vocabulary.NOT_NAME_WORDS
        and fold(word) not in vocabulary.ENGLISH_DEPARTMENT_WORDS
        # "Yiapaoher" ends as English words do, but "ao" and "aa" are Lao spellings English lacks.
        and (
            not _ENGLISH_WORD.search(word)
            or _LAO_VOWELS.search(word.lower()) is not None
            or _LAO_NAME_BEGINNING.match(word.lower()) is not None
        )
    )


def _title_glued_at(sentence, match):
    """Where a title starts inside a hyphenated word, glued to the name before it, or 0."""
    if "-" not in match.group(0):
        return 0
    hyphen = match.group(0).find("-")
    if hyphen > 0 and sentence.startswith(vocabulary.TITLES, match.start() + hyphen + 1):
        return hyphen
    return 0


@functools.lru_cache(maxsize=20_000)
def _runs(sentence):
    """Runs of capitalised words separated only by spaces, as tuples of (word, start, end). Cached:
    names are read from every sentence, and given names looked for in every sentence again."""
    runs, current = [], []
    for match in WORD.finditer(sentence):
        word = match.group(0)
        glued = _title_glued_at(sentence, match)
        if glued and (not current or sentence[current[-1][2] : match.start()] == " "):
            # "Ông Nguyễn Trọng Thanh-Bí thư chi bộ": the name ends at the hyphen.
            current.append((word[:glued], match.start(), match.start() + glued))
            runs.append(current)
            current = []
            continue
        if _surname_in_capitals(word):
            word = word.capitalize()  # "Ms. LE Kim Anh", "Dr. TRAN Quang Tien": some sites' house style
        if capitalised(word) and (not current or sentence[current[-1][2] : match.start()] == " "):
            current.append((word, match.start(), match.end()))
            continue
        if current:
            runs.append(current)
        current = [(word, match.start(), match.end())] if capitalised(word) else []
    if current:
        runs.append(current)
    return tuple(map(tuple, runs))


@functools.lru_cache(maxsize=4096)
def name_candidates(sentence, language="vi"):
    """(name, side, start, end) for every word run shaped like a Vietnamese or Lao name. Cached: people
    are read from every sentence twice (collect_people)."""
    found = []
    for run in _runs(sentence):
        if len(run) < 2:
            continue  # a name has at least two words
        words = [word for word, _, _ in run]
        folded = [_fold_word(word) for word in words]
        index = 0
        while index < len(run):
            skip = _not_a_name_at(folded, index)
            if skip:
                index += skip
                continue
            name = (
                _vietnamese_name_at(words, folded, index, language)
                or _name_after_honorific_at(sentence, run, words, index)
                or _lao_name_at(words, folded, index)
            )
            if name is None:
                index += 1
                continue
            end, side = name
            found.append((" ".join(words[index:end]), side, run[index][1], run[end - 1][2]))
            index = end
    return tuple(found)


# A school, hospital, academy, prize or street named after someone: "Trường Đào tạo cán bộ Lê Hồng Phong",
# "Trường THPT Chu Văn An", "đường Nguyễn Văn Cừ". The words between the noun and the name are the
# institution's kind, in lower case after the first ("Đào tạo cán bộ"); a capitalised one ("Bệnh viện Bạch
# Mai", "Trường Đại học Thủ đô Hà Nội") ends the institution's own name, and a person may follow it.
_NAMED_AFTER = re.compile(
    r"(?<!\w)(?:Trường|Học viện|Bệnh viện|Đại học|Nhà văn hóa|Nhà văn hoá|Cung văn hóa|Cung văn hoá|Quỹ|"
    r"Giải thưởng|[Đđ]ường)((?: [^\W\d_]+){0,5}) $"
)


_TITLE_AT_END = re.compile(r"(?:" + "|".join(map(re.escape, vocabulary.TITLES)) + r")\s*$")


def _names_an_institution(sentence, start, *, untitled=False):
    """Is the name at `start` the end of an institution's name rather than a person's? With `untitled`,
    only where no title stands before the institution: "Phó Hiệu trưởng Trường Đào tạo cán bộ Phạm Thị
    Hương" may name the vice-principal."""
    window = sentence[max(0, start - 80) : start]
    before = _NAMED_AFTER.search(window)
    if not before or not all(word.islower() for word in before.group(1).split()[1:]):
        return False
    return not (untitled and _TITLE_AT_END.search(window[: before.start()]))


def institution_names(sentences, language="vi"):
    """The folded names the article writes as the end of an institution's name with no title before it
    ("Chiều 12-10, Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội tổ chức ..."): no one's name in
    that article, whatever title stands before the school elsewhere."""
    return {
        fold(name)
        for sentence in sentences
        for name, _side, start, _end in name_candidates(sentence, language)
        if _names_an_institution(sentence, start, untitled=True)
    }


def _not_a_name_at(folded, index):
    """How many words from `index` make a place, a body or a historical figure ("Hà Nội"), or 0."""
    for length in (3, 2):
        if " ".join(folded[index : index + length]) in vocabulary.NOT_NAMES:
            return length
    if folded[index].rstrip(".") in _TITLES_BEFORE_NAMES:
        return 1  # "Dr Tran Thi Mai Huong": the title is not part of the name
    if folded[index] in _YOUNG_HONORIFICS and len(folded) - index >= 3:
        return 1  # "Anh Souksavanh Keomany, Bí thư Đoàn ...": youth unions call their leaders "anh", "chị"
    return 0


def _vietnamese_name_at(words, folded, index, language):
    """A surname and one to three more syllables: (end, "vn") or None. English text writes them
    without marks, so unmarked names count there only."""
    surname = words[index].lower() in vocabulary.VIETNAMESE_SURNAMES or (
        words[index].isascii() and folded[index] in vocabulary.VIETNAMESE_SURNAMES_FOLDED
    )
    if not surname or "-" in words[index]:
        return None
    end = index + 1
    while (
        end < len(words)
        and end - index < 4
        and is_vietnamese_syllable(words[end])
        and "-" not in words[end]
        and not _place_starts(folded, end)
        # A name does not end on a middle name: "Ngô Thị Doãn Thanh" is not "Ngô Thị" before "Đoàn
        # Thanh" (niên), which folds the same.
        and (
            " ".join(folded[end : end + 2]) not in vocabulary.NOT_NAMES
            or folded[end - 1] in vocabulary.MIDDLE_NAMES
        )
        and not _another_name_starts(words, index, end)
    ):
        end += 1
    ascii_only = all(word.isascii() for word in words[index:end])
    if ascii_only and end < len(words) and not is_vietnamese_syllable(words[end]) and _lao_word(words[end]):
        return None  # "Dao Phet Aroune": a Lao name that begins like a Vietnamese one
    if end - index >= 2 and (not ascii_only or language == "en"):
        return end, "vn"
    return None


def _another_name_starts(words, index, end):
    """Does a second full name start at `end`, after a name of two syllables or more: a surname and two more
    Vietnamese syllables? "Trường Đào tạo cán bộ Lê Hồng Phong Đặng Hữu Phước" is a school named after Lê
    Hồng Phong, then its principal; "Đỗ Thị Hồng Hà" stays one name (two syllables after "Hồng")."""
    following = words[end : end + 3]
    return (
        end - index >= 2
        and words[end].lower() in vocabulary.VIETNAMESE_SURNAMES
        and len(following) == 3
        and all(is_vietnamese_syllable(word) and "-" not in word for word in following)
    )


def _name_after_honorific_at(sentence, run, words, index):
    """Any other Vietnamese-looking name after "đồng chí"/"ông"/"bà" (a surname missing from the list).
    Five syllables or more is no Vietnamese name: a Lao one in Vietnamese spelling, "đồng chí Xổm Phăn
    Pheng Khăm Mi"."""
    if not _has_honorific(sentence, run[index][1]) or words[index].lower() in vocabulary.VIETNAMESE_SURNAMES:
        return None
    end = index
    while end < len(words) and end - index < 6 and is_vietnamese_syllable(words[end]):
        end += 1
    if end - index < 2 or all(word.isascii() for word in words[index:end]):
        return None
    return end, "vn" if end - index <= 4 else "la"


def _lao_name_at(words, folded, index):
    """Two to four romanised words, at least one of which is not a Vietnamese syllable: (end, "la")."""
    if not _lao_word(words[index]):
        return None
    end = index
    while end < len(words) and end - index < 4 and (_lao_word(words[end]) or _initial_inside(words, end)):
        end += 1
    chunk = words[index:end]
    # An initial inside unmarked words ("Dao Phet A Loun") is no Vietnamese name: those carry marks.
    foreign = any("-" in word or not is_vietnamese_syllable(word) for word in chunk) or (
        all(word.isascii() for word in chunk) and any(len(word) == 1 for word in chunk[1:-1])
    )
    if end - index >= 2 and foreign and " ".join(folded[index:end]) not in vocabulary.NOT_NAMES:
        return end, "la"
    return None


def _initial_inside(words, position):
    """A one-letter syllable between two words of a Lao name: the "A" of "Dao Phet A Loun"."""
    word = words[position]
    return (
        len(word) == 1
        and word.isascii()
        and word.isupper()
        and position + 1 < len(words)
        and _lao_word(words[position + 1])
    )


def _clause_before(sentence, start):
    """The clause `start` is in, up to `start`: a stop, semicolon, bracket or colon ends a clause; the stop
    of an abbreviation ("Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh Quyền") does not."""
    # An acronym or the country in brackets ("Vice President of the Lao National Assembly (NA) Chaleun
    # Yiapaoher", "Mayor of Vientiane (Laos) Atsaphangthong Siphandone") is blanked out, keeping every
    # position, so that it ends no clause.
    before = _ACRONYM_IN_BRACKETS.sub(_blank, sentence[:start])
    stops = [
        match.start()
        for match in re.finditer(r"[.;(:]", before)
        if not (match.group() == "." and _ABBREVIATION_END.search(before[: match.start()]))
    ]
    return before[stops[-1] + 1 :] if stops else before


_ABBREVIATION_END = re.compile(r"\b(?:" + "|".join(vocabulary.ABBREVIATED_WORDS) + r")$")


def _office_words(text):
    """How much of `text` reads as the body of a title ("Thành ủy Hà Nội", "Lào tại Việt Nam")."""
    kept = []
    words = text.split()
    for position, word in enumerate(words):
        bare = word.strip(".,;:()")
        lowered = bare.lower()
        # "chủ" belongs to an office only in "Dân chủ" ("Cộng hòa Dân chủ Nhân dân Lào"), not "chủ trì".
        in_office = (
            lowered in vocabulary.ROLE_WORDS
            or (lowered == "chủ" and kept and kept[-1].lower() == "dân")
            or (lowered in ("và", "&") and _inside_department_name(kept, words[position + 1 :]))
        )
        if not bare or not (bare[:1].isupper() or in_office):
            break
        kept.append(word)
        if bare != word and not (word == bare + "." and bare in vocabulary.ABBREVIATED_WORDS):
            break
    # A body's words that lead nowhere ("deputy head of the voluntary group": "of the") are not its body.
    while kept and kept[-1].lower() in _DANGLING_WORDS:
        kept.pop()
    return " ".join(kept).strip(" .,;:()")


_DANGLING_WORDS = frozenset({"of", "the", "for", "and", "to", "và", "của", "tại"})


_DEPARTMENT_FIELDS = tuple(fold(field) for field in vocabulary.DEPARTMENT_FIELDS)


def _inside_department_name(kept, rest):
    """Whether "và" (or "&") after the words `kept` joins a department's field: "Sở Giáo dục & Đào tạo",
    "Sở Giáo dục và Thể thao", not "Bí thư Thành ủy Hà Nội và Đô trưởng ..."."""
    head = next((i for i in range(len(kept) - 1, -1, -1) if kept[i] == "Sở"), None)
    if head is None or not rest:
        return False
    joined = fold(" ".join([*kept[head + 1 :], "và", rest[0].strip(".,;:()")]))
    return any(field.startswith(joined) for field in _DEPARTMENT_FIELDS)


TITLE_BODY_CHARS = 90


def _role_before(sentence, start):
    before = _clause_before(sentence, start)
    best = None
    for match in TITLES.finditer(before):
        gap = before[match.end() :]
        gap_words = re.sub(r"\s*(?:" + vocabulary.HONORIFICS + r")\s*$", "", gap, flags=re.IGNORECASE).strip()
        # A body's whole name may be long: "of the Vientiane Capital Education and Sports Department".
        body = gap_words.strip(" .,;:()")
        if len(gap) <= TITLE_BODY_CHARS and (
            _office_words(gap_words) == body or _institution_named_after_someone(body)
        ):
            best = match
    if best is None:
        return ""
    place = _PLACE_BEFORE_TITLE.search(before[: best.start()])
    role = before[place.start() if place else best.start() :].strip(" ,")
    # "headed by its Secretary, Mr Anouphap Tounalom": the comma stays behind once "Mr" is gone.
    return re.sub(r"\s+(?:" + vocabulary.HONORIFICS + r")$", "", role, flags=re.IGNORECASE).strip(" ,")


def _institution_named_after_someone(text):
    """ "Trường Đào tạo cán bộ Lê Hồng Phong": the body of a title, though it ends in a name, so "Hiệu trưởng
    Trường Đào tạo cán bộ Lê Hồng Phong Đặng Hữu Phước" names the principal."""
    candidates = name_candidates(text)
    if not candidates:
        return False
    _name, _side, start, end = candidates[-1]
    return end == len(text) and _names_an_institution(text, start)


def _role_after(sentence, end):
    """The title told after the name: ", Bí thư Thành ủy ...", or after a dash, "Đặng Thị Phương Hoa -
    Phó Chủ tịch Thường trực LĐLĐ thành phố Hà Nội"."""
    after = re.split(r"[.;:(]", sentence[end:])[0]
    first, *others = after.split(",")
    dash = re.match(r"\s*[-–]\s+", first)
    roles = []
    for segment in ([first[dash.end() :]] if dash else []) + others[:4]:
        segment = segment.strip()
        title = TITLES.match(segment)
        if not title:
            break
        roles.append((title.group(0) + " " + _office_words(segment[title.end() :])).strip())
    main = [role for role in roles if not role.startswith(vocabulary.MEMBERSHIP_TITLES)]
    return (main or roles or [""])[0]


def _has_honorific(sentence, start):
    return bool(_HONORIFIC.search(sentence[max(0, start - 12) : start]))


def find_mentions(sentence, known=(), language="vi"):
    """People named in `sentence`: those with a title or honorific, and any already `known` name."""
    mentions = []
    candidates = name_candidates(sentence, language)
    known_folded = {fold(name) for name in known}
    absent = _greetings_senders(sentence)
    for index, (name, side, start, end) in enumerate(candidates):
        if any(begin <= start < finish for begin, finish in absent):
            continue
        role = _role_before(sentence, start) or _role_after(sentence, end)
        # "Tham gia đoàn có các đồng chí: Nguyễn Ngọc Việt, UVBTV ...; Nguyễn Khánh Bình, ...": one
        # honorific for the whole list.
        listed = side == "vn" and _LIST_OF_COMRADES.search(_clause_before_list(sentence, start))
        led_by = _LED_BY.search(sentence[max(0, start - 14) : start])  # "a delegation led by Đinh Tiến Dũng"
        if not (role or led_by or listed or _has_honorific(sentence, start) or fold(name) in known_folded):
            continue
        next_start = candidates[index + 1][2] if index + 1 < len(candidates) else len(sentence)
        stop = re.search(r"[.;]", sentence[end:next_start])
        after = sentence[end : end + stop.start()] if stop else sentence[end:next_start]
        lead = bool(_LEAD_AFTER.search(after) or _LEAD_BEFORE.search(sentence[max(0, start - 70) : start]))
        others = [other_start for _n, _s, other_start, _e in candidates if other_start > end]
        titles = _titles_beside(sentence, start, end, others)
        mentions.append(
            Mention(name=name, side=side, role=role, lead=lead, start=start, end=end, titles=titles)
        )
    return mentions


# An acronym or the country in brackets: "the Lao National Assembly (NA)", "Mayor of Vientiane (Laos)".
_ACRONYM_IN_BRACKETS = re.compile(
    r"\((?:[A-Z]{2,8}|" + "|".join((*vocabulary.LAOS_NAMES, *vocabulary.VIETNAM_NAMES)) + r")\)"
)


def _blank(match):
    return " " * len(match.group(0))


def _greetings_senders(sentence):
    """Where the sentence names people who are absent: those whose greetings are passed on, and those who
    founded the relationship long ago. [(start, end)]."""
    return [
        match.span(group)
        for pattern, groups in _ABSENT
        for match in pattern.finditer(sentence)
        for group in groups
        if match.group(group)
    ]


_ABSENT = [
    (re.compile(vocabulary.GREETINGS_FROM, re.IGNORECASE), ("who", "who_en", "to_en", "to")),
    (re.compile(vocabulary.FOUNDERS), ("founders", "founders_en")),
]


def _titles_beside(sentence, start, end, later_names=()):
    """The titles a name stands beside: the comma-separated run of titles right before it ("Ủy viên Bộ
    Chính trị, Bí thư Thành ủy Đinh Tiến Dũng") and right after it ("Anouphap Tounalom, Bí thư Thành
    ủy, Chủ tịch HĐND Thủ đô Viêng Chăn"). A title is a title word and the body of office after it.
    The run after stops before a title that is the next person's ("..., Đô trưởng Thủ đô Viêng Chăn,
    Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền nhấn mạnh": `later_names` are where names start)."""
    titles = []
    for segment, joined_by_and in reversed(_title_segments(_clause_before(sentence, start))):
        segment = re.sub(
            r"\s+(?:" + vocabulary.HONORIFICS + r")\s*$", "", segment.strip(), flags=re.IGNORECASE
        )
        title = _whole_title(segment)
        if title is None or title != segment.strip(" .,;:()"):
            if joined_by_and and (ending := _title_ending(segment)):
                titles.append(ending)  # "talks with Secretary of the Party Committee of Vientiane and ..."
            break
        titles.append(title)
    titles = _with_shared_owner(titles)
    # An acronym in brackets ("the Lao People's Revolutionary Party (LPRP) Central Committee") is blanked
    # out, keeping every position, so that the run of titles goes on past it.
    after = re.split(r"[.;:(]", _ACRONYM_IN_BRACKETS.sub(_blank, sentence[end:]))[0].split(",")
    if after[0].strip():
        return tuple(titles)  # "Nguyễn Phú Trọng và Tổng Bí thư, ...": the titles after are another's
    position = end + len(after[0]) + 1
    titles_after = []
    for segment in after[1:6]:
        segment_start, position = position, position + len(segment) + 1
        if any(segment_start <= name < position for name in later_names):
            break
        found, whole = _titles_of_segment(segment)
        titles_after += found
        if not whole:
            break  # no title, or the title runs on into what the person did
    return tuple(titles + _with_shared_owner(titles_after[::-1])[::-1])


def _titles_of_segment(segment):
    """(the titles a segment of a run after a name gives, whether they are all it says): "and" may join
    two ("Secretary of the Party Committee and Chairman of the People's Council of Vientiane"), and the
    last may run on into other words ("Bí thư Thành ủy phát biểu")."""
    found = []
    for piece, _joined in _title_segments(segment):
        title = _whole_title(" ".join(piece.split()))
        if title is None:
            return found, False
        found.append(title)
        if _runs_on(title, piece):
            return found, False
    return found, bool(found)


def _runs_on(title, text):
    """Whether `text` goes on past its `title` ("Bí thư Thành ủy phát biểu")."""
    return not " ".join(text.split()).strip(" .,;:()").endswith(title)


def _title_ending(segment):
    """The whole title that ends `segment` after other words, or None."""
    for match in TITLES.finditer(segment):
        rest = segment[match.start() :].strip(" .,;:()")
        if _whole_title(rest) == rest:
            return rest
    return None


def _title_segments(clause):
    """`clause` cut at its commas, and at an "and" that joins two English titles ("Secretary of the Party
    Committee of Vientiane and Chairman of the Vientiane People's Council"), not one inside a body's
    name ("Department of Culture and Sports"): [(segment, whether an "and" joins it to the next)]."""
    segments = []
    for part in clause.split(","):
        part = re.sub(r"^and\s+", "", part.strip())
        cuts = [
            match.start()
            for match in re.finditer(r"\band\s+", part)
            if match.start() > 0 and TITLES.match(part[match.end() :])
        ]
        for begin, end in zip([0, *cuts], [*cuts, len(part)], strict=True):
            segments.append((re.sub(r"^and\s+", "", part[begin:end].strip()), end < len(part)))
    return segments


_OWNER_AT_END = re.compile(r"\s+of\s+(?:the\s+)?(?:Hanoi|Ha Noi|Vientiane)(?:\s+Capital)?$")


def _with_shared_owner(titles):
    """English titles that share the owner named after the last: "Secretary of the Party Committee and
    Chairman of the People's Council of Vientiane" (`titles` nearest the name first)."""
    shared = []
    for title in titles:
        owner = _OWNER_AT_END.search(shared[-1]) if shared else None
        if owner and not _OWNER_AT_END.search(title) and title.endswith(("Committee", "Council")):
            title += owner.group(0)
        shared.append(title)
    return shared


def _whole_title(text):
    """A title word and the body of office after it, at the start of `text`; None if it opens with none."""
    title = TITLES.match(text)
    if title is None:
        return None
    return (title.group(0) + " " + _office_words(text[title.end() :])).strip()


def title_spans(sentence):
    """Where the sentence gives titles: each title with the body of office after it ("Bí thư Thành ủy
    Hà Nội", "Trưởng ban Tổ chức Thành ủy Thủ đô Viêng Chăn"), as (start, end)."""
    return [
        (match.start(), match.end() + 1 + len(_office_words(sentence[match.end() :])))
        for match in TITLES.finditer(sentence)
    ]


def collect_people(sentences, language="vi"):
    """Every person in the article, keyed by folded name, with the sentences that name them."""
    people = {}
    institutions = institution_names(sentences, language)
    for _ in range(2):  # the second pass finds bare mentions of names first seen later with a title
        known = [person.name for person in people.values()]
        for number, sentence in enumerate(sentences):
            for mention in find_mentions(sentence, known, language):
                key = fold(mention.name)
                if key in institutions:
                    continue
                person = people.get(key)
                if person is None:
                    # A shorter form of a known name ("Bí thư Thành ủy Viêng Chăn Anouphap") joins it, and
                    # a Vietnamese name by its last syllables as written ("bà Phương Lan" after "Trần Thị
                    # Phương Lan"; marks and all, for "Thủy" is not "Thúy").
                    person = next((p for k, p in people.items() if k.startswith(key + " ")), None) or next(
                        (
                            p
                            for p in people.values()
                            if p.side == "vn" and mention.side == "vn" and p.name.endswith(" " + mention.name)
                        ),
                        None,
                    )
                if person is None:
                    person = people[key] = Person(name=mention.name, side=mention.side)
                if mention.role and (not person.role or len(mention.role) > len(person.role)):
                    person.role = mention.role
                person.titles.update(mention.titles)
                person.lead = person.lead or mention.lead
                person.sentences.add(number)
    _add_given_name_mentions(people, sentences, language)
    return people


_CAPITALISED_HONORIFICS = frozenset({"ong", "ba", "ngai", "mr", "ms", "mrs"})
# English titles written capitalised before a name, in the run of the name's words.
_TITLES_BEFORE_NAMES = frozenset({"dr", "mr", "mrs", "ms", "prof", "madam"})
# Honorifics of young people written capitalised before a name; no name begins with them.
_YOUNG_HONORIFICS = frozenset({"anh", "chi"})


def _add_given_name_mentions(people, sentences, language):
    """Later mentions by the given name alone: "Dũng said ...", "Thanh had a working session ..." in
    English reports, "đồng chí Dũng" in Vietnamese ones (after an honorific only: a lone capitalised
    syllable there is as often "Thành" of "Thành ủy"); a Lao name by its first word ("Phankham asked") or
    by its last ("Siakkhachanh, for her part, informed the host"). Only a name that one person of the
    article bears counts."""
    owners = {}
    for person in people.values():
        words = person.name.split()
        if len(words) < 2 or person.side not in ("vn", "la"):
            continue
        short_forms = [words[-1]] if person.side == "vn" else [words[0], words[-1]]
        for given in {_fold_word(word) for word in short_forms}:
            owners.setdefault(given, []).append(person)
    if not owners:
        return
    for number, sentence in enumerate(sentences):
        for run in _runs(sentence):
            if len(run) == 2 and _fold_word(run[0][0]) in _CAPITALISED_HONORIFICS:
                run = run[1:]  # "Ông Sinlavong đã thông báo ...": the honorific opens the sentence
            if len(run) != 1:
                continue
            word, start, _end = run[0]
            bearers = owners.get(_fold_word(word), [])
            if len(bearers) == 1 and (language == "en" or _has_honorific(sentence, start)):
                bearers[0].sentences.add(number)


def as_extracted(person, lead=None):
    return ExtractedPerson(
        name=person.name,
        side=person.side,
        role=person.role,
        lead=person.lead if lead is None else lead,
        titles=sorted(person.titles),
    )


def proper_name_people(sentence, language="vi"):
    """Name-shaped Np tokens from underthesea's tagger, for a sentence where the rules found no one.

    Used on one sentence per article at most: tagging a whole 5,000-character article takes about
    0.3 s, one sentence about 4 ms (measured with underthesea 9.5.0).
    """
    if language != "vi":
        return []
    from underthesea import pos_tag  # imported here: loading its models costs ~0.4 s

    people = []
    position = 0
    for token, tag in pos_tag(sentence):
        start = sentence.find(token, position)
        position = start + len(token) if start >= 0 else position
        if tag != "Np" or (
            start >= 0 and (_VENUE_BEFORE.search(sentence[:start]) or _names_an_institution(sentence, start))
        ):
            continue  # "Trung tâm thương mại Aeon Mall Hà Đông", "Trường ... Lê Hồng Phong": a place's name
        for name, side, _, _ in name_candidates(token, language):
            if name == token:
                people.append(Person(name=name, side=side))
    return people


_VENUE_BEFORE = re.compile(rf"(?:{vocabulary.VENUE_WORDS})\s*$", re.IGNORECASE)
