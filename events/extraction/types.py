"""What the extractor hands to importing.py: plain, unsaved data, no database."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class ExtractedPerson:
    name: str
    side: str = ""  # "vn", "la" or "" when the text does not say
    role: str = ""  # the title held at the time: "Bí thư Thành ủy Hà Nội"
    lead: bool = False  # trưởng đoàn, dẫn đầu, chủ trì


@dataclass
class ExtractedOrganization:
    name: str
    side: str = ""


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
    people: list[ExtractedPerson] = field(default_factory=list)
    organizations: list[ExtractedOrganization] = field(default_factory=list)
    amounts: list[ExtractedAmount] = field(default_factory=list)
