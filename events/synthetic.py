"""Realistic synthetic events for scale tests and benchmarks: deterministic for a given seed.

Written with bulk inserts. Django's bulk_create refuses multi-table-inheritance children, so the
Event rows are bulk-created and the Meeting/Delegation/Agreement rows beside them are inserted with
one executemany per table.
"""

import datetime
import hashlib
import random
from decimal import Decimal

from django.db import connection, transaction

from . import search
from .models import (
    AgreementCategory,
    Amount,
    Article,
    DelegationCategory,
    Event,
    EventKind,
    MeetingCategory,
    Organization,
    Participation,
    Person,
    Revision,
    Source,
    event_document,
)
from .text import fold

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Lý"]
VN_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hữu", "Tiến", "Ngọc", "Thu", "Hồng", "Xuân"]
VN_GIVEN = [
    "Dũng",
    "Hằng",
    "Tuyến",
    "Sơn",
    "Hùng",
    "Lan",
    "Phương",
    "Thắng",
    "Hải",
    "Vĩnh",
    "Thủy",
    "Tâm",
    "Việt",
]
LA_GIVEN = [
    "Anouphap",
    "Sengphet",
    "Khamma",
    "Chanthaboun",
    "Thongsalith",
    "Sinlavong",
    "Viengthong",
    "Bounmy",
]
LA_FAMILY = [
    "Tounalom",
    "Houngboungnuang",
    "Sengmyxay",
    "Rattanavong",
    "Mangnomek",
    "Khoutphaythoune",
    "Siphandone",
]
VN_ROLES = [
    "Bí thư Thành ủy Hà Nội",
    "Phó Bí thư Thường trực Thành ủy",
    "Chủ tịch UBND thành phố Hà Nội",
    "Phó Chủ tịch UBND thành phố",
    "Chủ tịch HĐND thành phố",
    "Trưởng ban Đối ngoại Thành ủy",
    "Giám đốc Sở Ngoại vụ Hà Nội",
]
LA_ROLES = [
    "Bí thư Thành ủy Thủ đô Viêng Chăn",
    "Đô trưởng Viêng Chăn",
    "Phó Đô trưởng Viêng Chăn",
    "Đại sứ Lào tại Việt Nam",
    "Trưởng ban Tổ chức Thành ủy Viêng Chăn",
    "Chủ tịch HĐND Thủ đô Viêng Chăn",
]
ORGANIZATIONS = [
    ("Thành ủy Hà Nội", "vn"),
    ("UBND thành phố Hà Nội", "vn"),
    ("HĐND thành phố Hà Nội", "vn"),
    ("Sở Ngoại vụ Hà Nội", "vn"),
    ("Sở Y tế Hà Nội", "vn"),
    ("Thành ủy Viêng Chăn", "la"),
    ("Chính quyền Thủ đô Viêng Chăn", "la"),
    ("Đại sứ quán Lào tại Việt Nam", "la"),
    ("Sở Giáo dục Viêng Chăn", "la"),
]
PLACES = [
    "Hà Nội",
    "Viêng Chăn",
    "Luông Pha Bang",
    "Huyện Sỉ Khốt Tạ Bong",
    "Huyện Chăn Tha Bu Ly",
    "Sóc Sơn",
]
TITLES = {
    "talks": "Hội đàm giữa lãnh đạo Hà Nội và Viêng Chăn về {topic}",
    "reception": "{vn} tiếp đoàn {la}",
    "courtesy_call": "Đoàn Viêng Chăn chào xã giao lãnh đạo Hà Nội, trao đổi về {topic}",
    "online_talks": "Hội đàm trực tuyến Hà Nội – Viêng Chăn về {topic}",
    "other": "Tọa đàm Hà Nội – Viêng Chăn về {topic}",
    "visit": "Đoàn đại biểu thăm và làm việc, trao đổi kinh nghiệm {topic}",
    "training": "Lớp bồi dưỡng cán bộ Thủ đô Viêng Chăn về {topic}",
    "cooperation_agreement": "Ký thỏa thuận hợp tác giai đoạn {period} về {topic}",
    "plan": "Ký kế hoạch hợp tác năm {year} về {topic}",
    "mou": "Ký biên bản ghi nhớ về {topic}",
    "aid": "Hà Nội trao tặng Viêng Chăn hỗ trợ {topic}",
    "funded_project": "Bàn giao công trình do Hà Nội tài trợ phục vụ {topic}",
}
TOPICS = [
    "xây dựng Đảng",
    "quy hoạch đô thị",
    "phòng, chống dịch Covid-19",
    "giáo dục và đào tạo",
    "y tế cộng đồng",
    "du lịch",
    "chuyển đổi số",
    "quản lý trật tự xây dựng",
    "nông nghiệp công nghệ cao",
    "văn hóa, thể thao",
]
ITEMS = ["khẩu trang", "bộ xét nghiệm kháng nguyên", "máy thở", "bộ máy tính", "suất học bổng"]
KIND_WEIGHTS = [(EventKind.MEETING, 5), (EventKind.DELEGATION, 3), (EventKind.AGREEMENT, 2)]
CATEGORIES = {
    EventKind.MEETING: MeetingCategory.values,
    EventKind.DELEGATION: DelegationCategory.values,
    EventKind.AGREEMENT: AgreementCategory.values,
}
BATCH = 5000


def generate(events=100_000, seed=1, years=30, progress=None):
    """Add `events` events with people, organisations, amounts and sources. Returns counts."""
    rng = random.Random(seed)
    people = _make_people(rng, max(200, events // 40))
    organizations = Organization.objects.bulk_create(
        [
            Organization(
                name=name, side=side, search_text=fold(name), search_document=search.document([name])
            )
            for name, side in ORGANIZATIONS
        ]
    )
    articles = _make_articles(rng, max(50, events // 4), seed, years)
    last_day = datetime.date(2025, 12, 31)
    span = years * 365
    counts = {"events": 0, "participations": 0, "amounts": 0, "sources": 0}
    for start in range(0, events, BATCH):
        size = min(BATCH, events - start)
        with transaction.atomic():
            _make_batch(rng, size, people, organizations, articles, last_day, span, counts)
        if progress:
            progress(counts["events"])
    # bulk_create sends no signals: the revision is brought up to date here.
    Revision.bump()
    return counts


def _make_people(rng, count):
    people = []
    for number in range(count):
        if number % 2:
            name = f"{rng.choice(LA_GIVEN)} {rng.choice(LA_FAMILY)}"
            side = "la"
        else:
            name = f"{rng.choice(VN_FAMILY)} {rng.choice(VN_MIDDLE)} {rng.choice(VN_GIVEN)}"
            side = "vn"
        name = f"{name} {number}" if number >= 400 else name  # keep names distinct past the combinations
        people.append(
            Person(name=name, side=side, search_text=fold(name), search_document=search.document([name]))
        )
    return Person.objects.bulk_create(people, batch_size=BATCH)


def _make_articles(rng, count, seed, years):
    articles = []
    for number in range(count):
        published = datetime.date(2025, 12, 31) - datetime.timedelta(days=rng.randrange(years * 365))
        text = (
            f"Ngày {published.day}/{published.month}, đoàn đại biểu Thủ đô Viêng Chăn "
            "thăm và làm việc tại Hà Nội. "
            f"Hai bên trao đổi về {rng.choice(TOPICS)} và thống nhất tăng cường hợp tác."
        )
        key = f"synthetic-{seed}-{number}.txt"
        articles.append(
            Article(
                source_key=key,
                title=f"Tin hợp tác Hà Nội – Viêng Chăn số {number}",
                outlet=rng.choice(["Hà Nội Mới", "Kinh tế & Đô thị", "Nhân Dân", "VOV", "Vietnam News"]),
                published=published,
                language="vi",
                raw=text,
                clean_text=text,
                content_hash=hashlib.sha256(key.encode()).hexdigest(),
            )
        )
    return Article.objects.bulk_create(articles, batch_size=BATCH)


def _make_batch(rng, size, people, organizations, articles, last_day, span, counts):
    """Insert `size` random events and what hangs off them. Every random draw is made before the first
    insert, in the order earlier versions made them (so a seed still gives the same record), so that
    each event is inserted with its source count: counting them afterwards with one UPDATE of every
    row left the bench's events table twice its live size, and a broad search 10% slower than a
    freshly loaded table (bench, 7 December 2026: "vieng chan" 430 -> 390 ms in-process)."""
    rows, details = [], []
    for _ in range(size):
        event, detail = _random_event(rng, people, organizations, last_day, span)
        rows.append(event)
        details.append(detail)
    member_counts = [rng.randint(5, 40) for event in rows if event.kind == EventKind.DELEGATION]
    participations, amounts, sources, links = [], [], [], []
    for event, (vn, la, organization, vn_leads) in zip(rows, details, strict=True):
        participations += [
            Participation(event=event, person=vn, role=rng.choice(VN_ROLES), is_lead=vn_leads),
            Participation(event=event, person=la, role=rng.choice(LA_ROLES), is_lead=not vn_leads),
        ]
        reported_in = rng.sample(articles, rng.randint(1, 3))
        sources += [
            Source(event=event, article=article, evidence=article.clean_text[:120]) for article in reported_in
        ]
        event.source_count = len(reported_in)
        links.append((event, organization))
        if event.category in ("aid", "funded_project"):
            amounts += _random_amounts(rng, event)
    events = Event.objects.bulk_create(rows)
    _insert_children(events, member_counts)
    Participation.objects.bulk_create(participations, batch_size=BATCH)
    Amount.objects.bulk_create(amounts, batch_size=BATCH)
    Source.objects.bulk_create(sources, batch_size=BATCH)
    Event.organizations.through.objects.bulk_create(
        [Event.organizations.through(event_id=event.pk, organization_id=org.pk) for event, org in links],
        batch_size=BATCH,
    )
    counts["events"] += len(events)
    counts["participations"] += len(participations)
    counts["amounts"] += len(amounts)
    counts["sources"] += len(sources)


def _random_event(rng, people, organizations, last_day, span):
    """An unsaved Event, and (its Vietnamese and Lao person, its organisation, whether the Vietnamese
    side leads). The random draws are made in a fixed order, so a seed gives the same record."""
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], weights=[w for _, w in KIND_WEIGHTS])[0]
    category = rng.choice(CATEGORIES[kind])
    day = last_day - datetime.timedelta(days=rng.randrange(span))
    precision = rng.choices(["day", "month", "year"], weights=[8, 2, 1])[0]
    date = (
        day
        if precision == "day"
        else day.replace(day=1)
        if precision == "month"
        else day.replace(month=1, day=1)
    )
    date_end = date + datetime.timedelta(days=rng.randrange(1, 60)) if category == "training" else None
    vn, la = rng.choice(people[0::2]), rng.choice(people[1::2])
    topic = rng.choice(TOPICS)
    title = TITLES[category].format(
        topic=topic, vn=vn.name, la=la.name, period=f"{date.year}-{date.year + 4}", year=date.year
    )
    place = rng.choice(PLACES)
    direction = "" if kind == EventKind.AGREEMENT else rng.choice(["to_hanoi", "to_laos"])
    status = rng.choices(["extracted", "reviewed", "rejected"], weights=[6, 3, 1])[0]
    organization = rng.choice(organizations)
    event = Event(
        kind=kind,
        category=category,
        title=title,
        date=date,
        date_precision=precision,
        date_end=date_end,
        place=place,
        direction=direction,
        summary=f"{title}. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực {topic}.",
        status=status,
    )
    event.search_document = event_document(event, [vn.name, la.name], [organization.name])
    return event, (vn, la, organization, rng.random() < 0.5)


def _random_amounts(rng, event):
    """A sum in USD, and half the time some items beside it."""
    amounts = [
        Amount(event=event, value=Decimal(rng.randrange(10, 500) * 1000), unit="USD", recipient="Viêng Chăn")
    ]
    if rng.random() < 0.5:
        amounts.append(
            Amount(
                event=event, value=Decimal(rng.randrange(1, 50) * 1000), unit=rng.choice(ITEMS), position=1
            )
        )
    return amounts


def _insert_children(events, member_counts):
    member_counts = iter(member_counts)
    tables = {
        EventKind.MEETING: ("events_meeting", "(event_ptr_id, host)", lambda e: (e.pk, "")),
        EventKind.DELEGATION: (
            "events_delegation",
            "(event_ptr_id, host, course_name, programme, member_count)",
            lambda e: (e.pk, "", e.title if e.category == "training" else "", "", next(member_counts)),
        ),
        EventKind.AGREEMENT: (
            "events_agreement",
            "(event_ptr_id, parties, period)",
            lambda e: (e.pk, "Hà Nội – Viêng Chăn", f"{e.date.year}-{e.date.year + 4}"),
        ),
    }
    with connection.cursor() as cursor:
        for kind, (table, columns, values) in tables.items():
            rows = [values(event) for event in events if event.kind == kind]
            if rows:
                placeholders = ", ".join(["%s"] * len(rows[0]))
                cursor.executemany(f"INSERT INTO {table} {columns} VALUES ({placeholders})", rows)
