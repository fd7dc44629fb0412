"""What the stages of extraction hand on: the output importing.py saves (Extracted*), and on the way
the events found in the text (Candidate) and what every stage reads of the article (ArticleReading).
Plain data, no database."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from events.extraction.dates import DateReference, FoundDate
from events.models import KIND_OF_CATEGORY

# --- What importing.py receives ---------------------------------------------------------------


@dataclass
class ExtractedPerson:
    name: str
    side: str = ""  # "vn", "la" or "" when the text does not say
    role: str = ""  # the title held at the time: "Bí thư Thành ủy Hà Nội"
    lead: bool = False  # trưởng đoàn, dẫn đầu, chủ trì
    titles: list[str] = field(default_factory=list)  # every title the article gives them: their bodies


@dataclass
class ExtractedOrganization:
    name: str  # the full name: "Ủy ban nhân dân thành phố Hà Nội"
    side: str = ""
    aliases: list[str] = field(default_factory=list)  # as the article wrote it: "UBND TP. Hà Nội"


@dataclass
class ExtractedAmount:
    value: Decimal
    unit: str  # "USD", "VND", "LAK", or the item noun as written ("khẩu trang")
    recipient: str = ""
    count: int | None = None  # "tám tỉnh ... mỗi tỉnh 20.000 USD": value 20000, count 8
    status: str = "delivered"  # or "pledged"
    evidence: str = ""


@dataclass
class ExtractedEvent:
    model: str  # "meeting", "delegation" or "agreement"
    category: str  # see the Category choices in events/models.py
    title: str
    date: datetime.date | None = None
    date_precision: str = ""  # "day", "month", "year"; "" when date is None
    date_end: datetime.date | None = None
    year_inferred: bool = False
    date_text: str = ""  # the words the date was read from: "chiều 26/8"
    place: str = ""
    direction: str = ""  # "to_hanoi", "to_laos" or ""
    summary: str = ""
    evidence: str = ""  # the sentence(s) that prove the event
    period: str = ""  # an agreement's term: "2021-2025"
    day_and_month: tuple[int, int] | None = None  # (month, day) of a date whose year the text leaves out
    people: list[ExtractedPerson] = field(default_factory=list)
    organizations: list[ExtractedOrganization] = field(default_factory=list)
    amounts: list[ExtractedAmount] = field(default_factory=list)


# --- On the way ----------------------------------------------------------------------------------


@dataclass
class Candidate:
    """An event the detectors found, before its date, direction, people and title are settled."""

    category: str
    sentence: int  # the sentence that named it; its evidence starts there
    cue: str  # the words that named it: "hội đàm", "trao tặng"
    date: FoundDate | None = None  # its own date, from the sentences that tell of it
    sentences: list[int] = field(default_factory=list)  # every sentence that tells of it
    amounts: list[ExtractedAmount] = field(default_factory=list)
    reverse: bool = False  # aid from the Lao side to Hanoi
    period: str = ""  # an agreement's term
    project: str = ""  # a funded project's name
    part_of_occasion: bool = False  # part of the occasion the article reports (its meeting, visit, gifts)
    title_only: bool = False  # found in the article's title only
    earlier: bool = False  # an agreement signed before the occasion, only named here
    # An item on the programme of the visit reported, told before it took place: dated by the visit's
    # month, never by the day of the meeting reported.
    told_ahead: bool = False
    # An agreement whose Nth signing anniversary the occasion marks: signed N years before it.
    years_before: int = 0
    # A call on one of several leaders named together: the others, who were called on separately.
    called_on_separately: frozenset[str] = frozenset()

    @property
    def kind(self):
        return KIND_OF_CATEGORY[self.category]


@dataclass
class Person:
    """A person as the article names them, with the sentences that do."""

    name: str
    side: str
    role: str = ""
    lead: bool = False
    sentences: set[int] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)  # every title the article gives them


@dataclass
class ArticleReading:
    """What every stage after detection reads of the article."""

    title: str
    text: str  # the clean text
    opening: list[str]  # its first two paragraphs
    sentences: list[str]  # the text's sentences, then the title's (last) when there is a title
    body_sentences: range  # which of `sentences` are the text's
    language: str
    lao_markers: tuple[str, ...]  # the words that name the Lao side, in this article's language
    people: dict[str, Person]  # by folded name
    reference: DateReference
    lao_sentences: set[int]  # the sentences that name the Lao side or a Lao person

    @property
    def title_sentence(self):
        """The number of the title among `sentences`, or None."""
        return len(self.sentences) - 1 if len(self.sentences) > len(self.body_sentences) else None
