"""Search by whole syllables: the one implementation behind the timeline, the indexes, the admin and the API.

A query is parsed once (parse) into terms, each a word or a phrase of syllables, some excluded. Every
searchable row stores its words in `search_document` (SearchDocumentField): each word as written
(lower-case, NFC, its tone mark in one canonical place) and folded (no marks, đ -> d), at the same
position, with the title and people's names (a person's or organisation's own name) marked as the head.
On PostgreSQL the column is a tsvector built here (GIN-indexed, queried with a tsquery built here); on
SQLite it is the same words as text, queried with regular expressions. Both are made from the same
word lists, so the two databases apply the same rules:

- a word typed without marks matches every marked form of it ("hai": Hải, Hài, hai), as a whole
  syllable (never "khai"); typed with marks, only those marks ("Hải" is not "Hài" nor "Hai");
- the last word typed is also the beginning of a word ("kham": Khamphao), so a search box can be typed
  into, unless it is quoted or excluded;
- a word of LONG_NAME_PREFIX letters or more, typed without marks, anywhere in the query, also matches
  the beginning of a word of LONG_WORD letters or more. No Vietnamese syllable has more than seven
  letters ("nghiêng"), so such words are romanised Lao names (Thongsalith, Houngboungnuang) or
  foreign words, and a typed "thongs" can never reach a Vietnamese syllable ("tien" must not find
  "tiếng", which a plain prefix would);
- "a phrase" matches consecutive syllables of one field; -word and -"a phrase" exclude;
- relevance: every term in the head, then all the words together in the order typed.

Folding happens here in Python (events.text.fold), not with PostgreSQL's unaccent, so the rules
cannot drift between the databases, and no extension beyond pg_trgm (for suggestions) is needed.
"""

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

from django.db import connection, models
from django.db.models import Case, F, FloatField, Func, Value, When

from .text import fold

# Tone marks in decomposed form: grave, acute, tilde, hook above, dot below.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# Marks that make another vowel (ă â ê ô ơ ư): the tone sits on such a vowel when there is one.
VOWEL_QUALITY_MARKS = "\u0306\u0302\u031b"
VOWELS = "aeiouy"
# Longer words are cut: a PostgreSQL lexeme holds at most 2 KB, and nobody types 100 letters.
MAX_WORD_LENGTH = 100
# PostgreSQL positions stop at 16,383; the SQLite text keeps the same words, so phrases agree.
MAX_DOCUMENT_WORDS = 16_000
# A query of a page of text is cut to its first words rather than sent as a huge SQL statement.
MAX_QUERY_SYLLABLES = 32
LONG_NAME_PREFIX = 4
LONG_WORD = 8
# A marker no word contains (words are letters, digits and marks): "_thongsalith" is the long word
# "thongsalith", indexed again so that a prefix can be looked up among long words only.
LONG_MARK = "_"
HEAD_WEIGHT = "A"
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
# Suggestions ("did you mean"): pg_trgm's word_similarity on PostgreSQL, difflib's ratio on SQLite.
TRIGRAM_THRESHOLD = 0.5
DIFFLIB_THRESHOLD = 0.75


def _combining_marks():
    """A character class of the combining marks of the Basic Multilingual Plane, as ranges."""
    ranges, start, previous = [], None, None
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code))[0] != "M":
            continue
        if previous is None or code != previous + 1:
            if start is not None:
                ranges.append((start, previous))
            start = code
        previous = code
    ranges.append((start, previous))
    return "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in ranges)


# A word: letters and digits, with the combining marks of scripts that keep them (Lao vowel signs).
WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_combining_marks()}])*")
CHUNK = re.compile(r'(-?)(?:"([^"]*)("?)|([^\s"]+))')


@functools.lru_cache(maxsize=50_000)
def canonical(word):
    """`word` in lower case and NFC with its one tone mark where today's spelling puts it, so that the
    two ways of writing a syllable ("hòa" and "hoà", "thủy" and "thuỷ") are one key. Words with no or
    several tone marks are kept as they are."""
    letters = unicodedata.normalize("NFD", word.lower())
    tones = [char for char in letters if char in TONE_MARKS]
    if len(tones) != 1:
        return unicodedata.normalize("NFC", letters)[:MAX_WORD_LENGTH]
    letters = letters.replace(tones[0], "")
    carrier = _tone_carrier(letters)
    if carrier is None:
        return unicodedata.normalize("NFC", word.lower())[:MAX_WORD_LENGTH]
    after = carrier + 1 + (letters[carrier + 1 : carrier + 2] in tuple(VOWEL_QUALITY_MARKS))
    return unicodedata.normalize("NFC", letters[:after] + tones[0] + letters[after:])[:MAX_WORD_LENGTH]


def _tone_carrier(letters):
    """The index of the vowel that takes the tone in `letters` (decomposed, without its tone): one with
    a mark of its own (ơ of "ươ"); else the last vowel before a final consonant ("hoàng"); else the
    middle of three ("ngoài"), the second of oa, oe, uy ("hoà", "khoẻ", "thuỷ"), the first of
    other pairs ("hải", "mùa")."""
    bases = [(index, char) for index, char in enumerate(letters) if not unicodedata.combining(char)]
    runs, run = [], []
    for position, (index, char) in enumerate(bases):
        if char in VOWELS:
            run.append((position, index))
        elif run:
            runs, run = [*runs, run], []
    runs += [run] if run else []
    if not runs:
        return None
    cluster = runs[-1]
    with_quality = [
        index for _position, index in cluster if letters[index + 1 : index + 2] in tuple(VOWEL_QUALITY_MARKS)
    ]
    if with_quality:
        return with_quality[-1]
    onset = "".join(char for _index, char in bases[: cluster[0][0] + 1])
    if len(cluster) > 1 and onset in ("qu", "gi"):
        cluster = cluster[1:]  # the u of "qu" and the i of "gi" belong to the consonant
    indexes = [index for _position, index in cluster]
    if cluster[-1][0] < len(bases) - 1 or len(indexes) == 1:
        return indexes[-1]
    if len(indexes) >= 3:
        return indexes[1]
    pair = letters[indexes[0]] + letters[indexes[1]]
    return indexes[1] if pair in ("oa", "oe", "uy") else indexes[0]


def words(text):
    """The words of `text` in canonical form: what a document stores and a query looks for."""
    return [canonical(word) for word in WORD.findall(unicodedata.normalize("NFC", text or ""))]


@functools.lru_cache(maxsize=50_000)
def folded(word):
    return fold(word)[:MAX_WORD_LENGTH]


def is_long_word(folded_word):
    return len(folded_word) >= LONG_WORD and folded_word.isalpha()


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    """A row's words for search_document: `head` and `body` are lists of fields (strings); the head
    is what ranks first (an event's title and people, a person's name)."""

    head: tuple
    body: tuple

    def positioned_words(self):
        """(position, word, in head) for each word; a position is skipped between fields, so that no
        phrase runs from one field into the next."""
        position = 0
        for in_head, fields in ((True, self.head), (False, self.body)):
            for field in fields:
                for word in words(field):
                    position += 1
                    if position > MAX_DOCUMENT_WORDS:
                        return
                    yield position, word, in_head
                position += 1

    def as_tsvector(self):
        lexemes = []
        for position, word, in_head in self.positioned_words():
            label = f":{position}{HEAD_WEIGHT if in_head else ''} "
            lexemes += [form + label for form in _lexemes(word)]
        return "".join(lexemes).rstrip()

    def as_text(self):
        """hà/ha nội/noi , đinh/dinh | viêng/vieng ... : words as written/folded, "," between fields,
        "|" before the body. Read by the regular expressions of term_pattern()."""
        tokens = []
        previous, head_done = 0, False
        for position, word, in_head in self.positioned_words():
            if not in_head and not head_done:
                tokens.append("|")
                head_done = True
            elif position > previous + 1 and tokens:
                tokens.append(",")
            tokens.append(f"{word}/{folded(word)}")
            previous = position
        if not head_done:
            tokens.append("|")
        return " " + " ".join(tokens) + " "


@functools.lru_cache(maxsize=50_000)
def _lexemes(word):
    """The quoted lexemes a word is indexed under: as written, folded, and marked as a long word."""
    base = folded(word)
    forms = [word] if base == word else [word, base]
    if is_long_word(base):
        forms.append(LONG_MARK + base)
    return tuple(_quoted(form) for form in forms)


def document(head=(), body=()):
    return Document(tuple(field for field in head if field), tuple(field for field in body if field))


def _quoted(lexeme):
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


class SearchDocumentField(models.TextField):
    """A Document stored as a tsvector on PostgreSQL and as text elsewhere (see the module's doc)."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        if isinstance(value, Document):
            return value.as_tsvector() if connection.vendor == "postgresql" else value.as_text()
        return super().get_db_prep_value(value, connection, prepared)

    def get_placeholder(self, value, compiler, connection):
        return "%s::tsvector" if connection.vendor == "postgresql" else "%s"


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Syllable:
    word: str  # canonical, lower-case
    marked: bool  # typed with marks: only those marks match
    prefix: bool = False  # the beginning of any word
    long_prefix: bool = False  # also the beginning of a long word (a romanised name)

    @property
    def folded(self):
        return folded(self.word)


@dataclass(frozen=True)
class Term:
    syllables: tuple  # one word, or a phrase
    excluded: bool = False


@dataclass(frozen=True)
class Query:
    terms: tuple

    @property
    def wanted(self):
        return tuple(term for term in self.terms if not term.excluded)

    def __bool__(self):
        return bool(self.terms)

    def as_phrase(self):
        """Every wanted syllable in the order typed, as one phrase: a better match than scattered
        words. None when there is only one term (it is matched as a whole already)."""
        if len(self.wanted) < 2:
            return None
        return Term(tuple(syllable for term in self.wanted for syllable in term.syllables))


def _syllable(word, last, exact):
    base = folded(word)
    marked = base != word
    long_prefix = not (marked or last or exact) and len(base) >= LONG_NAME_PREFIX and base.isalpha()
    return Syllable(word, marked, prefix=last, long_prefix=long_prefix)


@functools.lru_cache(maxsize=1000)
def parse(text):
    """The Query in `text`. Never fails: unbalanced quotes run to the end, a lone "-" and anything
    without a letter or digit are ignored, so a query may come out empty (no filtering). Words in
    closed quotes are matched whole, with no prefix of either kind."""
    text = unicodedata.normalize("NFC", (text or "").translate(QUOTES))
    chunks = []
    for match in CHUNK.finditer(text):
        minus, quoted, closing, plain = match.groups()
        found = words(quoted if plain is None else plain)
        if found:
            chunks.append((found, bool(minus), quoted is not None and bool(closing)))
    terms, count = [], 0
    for index, (found, excluded, closed) in enumerate(chunks):
        found = found[: max(0, MAX_QUERY_SYLLABLES - count)]
        count += len(found)
        if not found:
            break
        # The word being typed: the last one, unless quoted to the end or excluded.
        typing = index == len(chunks) - 1 and not excluded and not closed
        syllables = tuple(
            _syllable(word, last=typing and position == len(found) - 1, exact=closed)
            for position, word in enumerate(found)
        )
        terms.append(Term(syllables, excluded))
    return Query(tuple(terms))


# --------------------------------------------------------------------------- PostgreSQL: tsquery


def _lexeme_query(syllable, head):
    weight = HEAD_WEIGHT if head else ""
    word = syllable.word if syllable.marked else syllable.folded
    label = ("*" if syllable.prefix else "") + weight
    exact = f"{_quoted(word)}:{label}" if label else _quoted(word)
    if syllable.long_prefix:
        return f"({exact} | {_quoted(LONG_MARK + word)}:*{weight})"
    return exact


def _term_tsquery(term, head=False):
    phrase = " <-> ".join(_lexeme_query(syllable, head) for syllable in term.syllables)
    return f"!({phrase})" if term.excluded else f"({phrase})"


def tsquery(terms, head=False):
    return " & ".join(_term_tsquery(term, head) for term in terms)


# --------------------------------------------------------------------------- SQLite: regular expressions


def _token_pattern(syllable):
    """A regular expression for one token "written/folded" of Document.as_text()."""
    rest = r"[^ /]*"
    if syllable.marked:
        return re.escape(syllable.word) + (rest if syllable.prefix else "") + r"/[^ /]+"
    word = re.escape(syllable.folded)
    if syllable.prefix:
        return rf"[^ /]+/{word}{rest}"
    if syllable.long_prefix:
        return rf"[^ /]+/(?:{word}|(?=[^\W\d_]{{{LONG_WORD},}} ){word}{rest})"
    return rf"[^ /]+/{word}"


def term_pattern(term, head=False):
    pattern = " " + " ".join(_token_pattern(syllable) for syllable in term.syllables) + " "
    return "^[^|]*" + pattern if head else pattern


# --------------------------------------------------------------------------- expressions


class Matches(Func):
    """True where the row's search_document holds every term (and none of the excluded ones); with
    `head`, every term within the head (title and people)."""

    output_field = models.BooleanField()

    def __init__(self, terms, head=False, column="search_document"):
        super().__init__(F(column))
        self.terms, self.head = tuple(terms), head

    def as_postgresql(self, compiler, connection, **extra):
        column, params = compiler.compile(self.source_expressions[0])
        return f"({column} @@ %s::tsquery)", [*params, tsquery(self.terms, self.head)]

    def as_sql(self, compiler, connection, **extra):
        # SQLite: Django registers REGEXP on its connections as Python's re.search.
        column, params = compiler.compile(self.source_expressions[0])
        conditions, arguments = [], []
        for term in self.terms:
            conditions.append(f"{'NOT ' if term.excluded else ''}({column} REGEXP %s)")
            arguments += [*params, term_pattern(term, self.head)]
        return "(" + " AND ".join(conditions) + ")", arguments


def relevance(query, column="search_document"):
    """2 when every term is in the head (an event's title and people), plus 1 when the words stand
    together as typed; higher first."""
    score = Case(When(Matches(query.wanted, head=True, column=column), then=Value(2)), default=Value(0))
    phrase = query.as_phrase()
    if phrase is not None:
        score = score + Case(When(Matches([phrase], column=column), then=Value(1)), default=Value(0))
    return score


# --------------------------------------------------------------------------- the API


def matching(queryset, text):
    """The rows of `queryset` that `text` finds; all of them when it holds no word."""
    query = parse(text)
    return queryset.filter(Matches(query.terms)) if query else queryset


def ranked(queryset, text, *then):
    """matching(), most relevant first, then ordered by `then`; only by `then` without a word to rank."""
    query = parse(text)
    if not query.wanted:
        return matching(queryset, text).order_by(*then)
    return matching(queryset, text).order_by(relevance(query).desc(), *then)


def ranked_among(queryset, text, ids, *then):
    """ranked() over rows already known to match `text`, by id (events/lookups.py): the search is not run
    again."""
    query = parse(text)
    return queryset.filter(pk__any_of=ids).order_by(relevance(query).desc(), *then)


def matching_name(queryset, name):
    """Rows whose name or alias holds the syllables of `name` together, marks aside: the candidates
    for "is this the same person" (importing.find_person), never a prefix."""
    syllables = tuple(Syllable(folded(word), marked=False) for word in words(name))
    if not syllables:
        return queryset.none()
    return queryset.filter(Matches([Term(syllables)]))


def suggestions(text, querysets, limit=5):
    """Names (the `name` of rows with a folded `search_text`) nearest to the words of `text`, for
    "did you mean" when nothing matched: at most `limit`, nearest first."""
    wanted = " ".join(syllable.folded for term in parse(text).wanted for syllable in term.syllables)
    if not wanted:
        return []
    scored = []
    for queryset in querysets:
        nearest = _nearest_postgresql if connection.vendor == "postgresql" else _nearest_python
        scored += nearest(queryset, wanted, limit)
    scored.sort(key=lambda item: (-item[0], item[1]))
    names = []
    for _score, name in scored:
        if name not in names:
            names.append(name)
    return names[:limit]


def _nearest_postgresql(queryset, wanted, limit):
    similarity = Func(Value(wanted), F("search_text"), function="word_similarity", output_field=FloatField())
    rows = (
        queryset.annotate(similarity=similarity)
        .filter(similarity__gte=TRIGRAM_THRESHOLD)
        .order_by("-similarity", "name")
        .values_list("similarity", "name")[:limit]
    )
    return list(rows)


def _nearest_python(queryset, wanted, limit):
    # The name tables are small (thousands of rows): read them once and compare in Python.
    scored = []
    for name, search_text in queryset.values_list("name", "search_text"):
        score = _similarity(wanted, search_text)
        if score >= DIFFLIB_THRESHOLD:
            scored.append((score, name))
    return sorted(scored, key=lambda item: (-item[0], item[1]))[:limit]


def _similarity(wanted, names):
    """The best difflib ratio between `wanted` and as many consecutive words of any of `names`
    (folded, "|"-separated), as pg_trgm's word_similarity compares with the best part of a text."""
    size = len(wanted.split())
    best = 0.0
    for name in names.split("|"):
        name_words = name.split()
        for start in range(max(1, len(name_words) - size + 1)):
            part = " ".join(name_words[start : start + size])
            best = max(best, difflib.SequenceMatcher(None, wanted, part).ratio())
    return best
