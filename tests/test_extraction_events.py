"""End to end: the five sample articles, and short articles in other outlets' styles."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

from tests.extraction import extract

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"
# Until every caller passes cleaned text, cut at the first related-news or comment line here.
BOILERPLATE = ("Có thể bạn quan tâm", "Tin khác", "Xem thêm", "Bài viết hay?", "Các bài mới đăng")
TIMESTAMP = re.compile(r"(\d{1,2}):(\d{2})\s+(\d{1,2})/(\d{1,2})/(\d{4})")


def sample(prefix):
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    title, *lines = path.read_text(encoding="utf-8").splitlines()
    body = []
    for line in lines:
        if line.strip().startswith(BOILERPLATE):
            break
        body.append(line)
    stamp = TIMESTAMP.search(title)
    published = datetime.date(int(stamp[5]), int(stamp[4]), int(stamp[3])) if stamp else None
    return extract("\n".join(body), title=title, published=published)


def by_kind(events):
    kinds = {}
    for event in events:
        kinds.setdefault((event.model, event.category), event)  # the first of a kind is the article's own
    return kinds


def names(event, side=None):
    return {p.name for p in event.people if side is None or p.side == side}


def test_000_reception_and_visit_without_a_printed_date():
    events = by_kind(sample("000"))
    reception = events["meeting", "reception"]
    # Neither day nor month is printed; the year is the text's own (2022's full-year results are read
    # out, so it is 2023), never the related list's 2025.
    assert (reception.date, reception.date_precision) == (datetime.date(2023, 1, 1), "year")
    assert reception.year_inferred
    assert names(reception, "vn") == {"Đinh Tiến Dũng"}
    assert names(reception, "la") == {"Thongsalith Mangnomek"}  # Anouphap only sends greetings
    assert reception.direction == "to_hanoi"
    assert events["delegation", "visit"].direction == "to_hanoi"
    assert events["agreement", "plan"].period == "2021-2025"
    # The plan implementing the 2021-2025 agreement was signed on this visit, so it shares its year.
    assert (events["agreement", "plan"].date, events["agreement", "plan"].date_precision) == (
        datetime.date(2023, 1, 1),
        "year",
    )


def test_001_talks_visit_and_secondary_events():
    events = sample("001")
    kinds = by_kind(events)
    talks = kinds["meeting", "talks"]
    assert talks.direction == "to_laos"
    assert talks.place == "Viêng Chăn"
    assert talks.date is None and talks.date_text == "chiều ngày 11/3"  # no year in the text
    assert names(talks) == {"Đinh Tiến Dũng", "Anouphap Tounalom"}
    assert kinds["delegation", "visit"].direction == "to_laos"
    assert kinds["meeting", "other"].place == "Viêng Chăn"
    agreement = kinds["agreement", "cooperation_agreement"]
    assert agreement.period == "2022-2025" and agreement.date is None
    assert ("agreement", "funded_project") in kinds
    assert "Nguyễn Phú Trọng" not in names(kinds["delegation", "visit"])


def test_002_courtesy_call_and_training_take_the_text_year():
    events = by_kind(sample("002"))
    call = events["meeting", "courtesy_call"]
    assert call.date == datetime.date(2024, 8, 8)
    assert call.year_inferred
    assert names(call) == {"Nguyễn Thị Tuyến", "Khamma Sengmyxay"}
    training = events["delegation", "training"]
    assert training.direction == "to_hanoi"
    assert ("meeting", "reception") not in events  # "Tại buổi tiếp" is the same courtesy call
    assert len(sample("002")) == 2


def test_003_aid_amounts_and_the_reverse_gift():
    events = sample("003")
    kinds = by_kind(events)
    reception = kinds["meeting", "reception"]
    assert names(reception) == {"Đinh Tiến Dũng", "Sengphet Houngboungnuang"}
    assert ("delegation", "visit") not in kinds  # an ambassador calling is not a delegation visit
    aid = [e for e in events if e.category == "aid"]
    assert len(aid) == 2
    given, received = aid
    assert {(a.value, a.unit, a.count) for a in given.amounts} == {
        (Decimal(200000), "USD", None),
        (Decimal(40000), "USD", None),
        (Decimal(20000), "USD", 8),
        (Decimal(30000), "khẩu trang", None),
        (Decimal(10000), "bộ xét nghiệm kháng nguyên", None),
    }
    assert [(a.value, a.unit, a.recipient) for a in received.amounts] == [
        (Decimal(15000), "USD", "Thủ đô Hà Nội")
    ]
    assert given.direction == "" and received.direction == ""
    assert kinds["meeting", "online_talks"].date is None
    assert "Đinh Tiến Dũng" in names(kinds["meeting", "online_talks"])  # named by his title only


def test_004_reception_dated_from_the_page_timestamp():
    events = by_kind(sample("004"))
    reception = events["meeting", "reception"]
    assert reception.date == datetime.date(2017, 10, 26)
    assert reception.date_precision == "day"
    assert names(reception) == {
        "Ngô Thị Thanh Hằng",
        "Chanthaboun Rattanavong",
        "Lê Quang Vĩnh",
        "Lê Hồng Sơn",
    }
    lead = {p.name for p in reception.people if p.lead}
    assert "Chanthaboun Rattanavong" in lead
    assert events["delegation", "visit"].date == datetime.date(2017, 10, 26)
    assert events["meeting", "other"].date == datetime.date(2017, 10, 1)  # the seminar: month of the visit
    assert events["meeting", "other"].date_precision == "month"


def test_an_article_with_nothing_between_hanoi_and_laos_gives_nothing():
    text = "Ngày 10/12, UBND thành phố Hà Nội tổ chức hội nghị tổng kết. Thu ngân sách đạt 300.000 tỷ đồng."
    assert extract(text, published=datetime.date(2023, 12, 11)) == []
    text = "Chủ tịch UBND tỉnh Lào Cai tiếp đoàn công tác của Bộ Ngoại giao ngày 3/4."
    assert extract(text, published=datetime.date(2023, 4, 4)) == []


def test_english_reception_with_aid_on_the_same_occasion():
    text = (
        "HANOI — Party Secretary of Hanoi Dinh Tien Dung received Lao Ambassador to Vietnam Sengphet "
        "Houngboungnuang in Hanoi on August 26.\n\n"
        "On this occasion, Hanoi presented US$200,000 and medical supplies to Vientiane and eight northern "
        "Lao provinces to help them fight COVID-19.\n\nEarlier, Vientiane donated USD 15,000 to Hanoi."
    )
    events = extract(text, published=datetime.date(2021, 8, 27))
    kinds = [(e.model, e.category) for e in events]
    assert kinds == [("meeting", "reception"), ("agreement", "aid"), ("agreement", "aid")]
    reception, given, received = events
    assert reception.date == datetime.date(2021, 8, 26) and reception.direction == "to_hanoi"
    assert names(reception) == {"Dinh Tien Dung", "Sengphet Houngboungnuang"}
    assert given.date == datetime.date(2021, 8, 26)
    assert [(a.value, a.unit) for a in given.amounts] == [(Decimal(200000), "USD")]
    assert [(a.value, a.unit) for a in received.amounts] == [(Decimal(15000), "USD")]


def test_english_working_visit_with_talks_and_an_mou():
    text = (
        "VIENTIANE (VNA) - A delegation of the Hanoi People's Committee led by "
        "Vice Chairman Ha Minh Hai paid a "
        "working visit to Vientiane from March 5-7.\n\nDuring the visit, the delegation held talks with "
        "Vientiane Mayor Atsaphangthong Siphandone. The two sides signed a "
        "memorandum of understanding on urban "
        "planning for the 2024-2026 period."
    )
    events = by_kind(extract(text, published=datetime.date(2024, 3, 8)))
    visit = events["delegation", "visit"]
    assert (visit.date, visit.date_end) == (datetime.date(2024, 3, 5), datetime.date(2024, 3, 7))
    assert visit.direction == "to_laos" and visit.place == "Viêng Chăn"
    assert events["meeting", "talks"].direction == "to_laos"
    assert events["agreement", "mou"].period == "2024-2026"


def test_vietnamese_online_talks_and_a_plan_signed_there():
    text = (
        "Chiều nay (14/2), Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã có cuộc hội đàm trực tuyến với Đô "
        "trưởng Viêng Chăn Atsaphangthong Siphandone. Tại hội đàm, hai bên ký kết Kế hoạch hợp tác năm 2023."
    )
    events = by_kind(extract(text, published=datetime.date(2023, 2, 14)))
    talks = events["meeting", "online_talks"]
    assert talks.date == datetime.date(2023, 2, 14)
    assert talks.direction == ""
    assert events["agreement", "plan"].date == datetime.date(2023, 2, 14)


def test_a_hanoi_funded_project():
    text = (
        "Sáng 20/5, tại Thủ đô Viêng Chăn, công trình Trường Tiểu học Hữu nghị do thành phố Hà Nội tài trợ "
        "với tổng kinh phí 29,5 tỷ đồng đã được khánh thành."
    )
    events = extract(text, published=datetime.date(2023, 5, 21))
    assert [(e.model, e.category) for e in events] == [("agreement", "funded_project")]
    assert events[0].amounts[0].value == Decimal("29500000000")
    assert events[0].date == datetime.date(2023, 5, 20)


def test_a_training_course_for_lao_cadres():
    text = (
        "(LĐTĐ) Sáng 1/7, Ban Tổ chức Thành ủy Hà Nội khai giảng Lớp bồi dưỡng kiến thức quản lý cho cán bộ "
        "Thủ đô Viêng Chăn (Lào). Lớp học diễn ra từ 1/7 đến 30/8."
    )
    events = extract(text, published=datetime.date(2025, 7, 1))
    training = by_kind(events)["delegation", "training"]
    assert training.date == datetime.date(2025, 7, 1)
    assert training.direction == "to_hanoi"


def test_the_title_supplies_the_meeting_when_the_lead_was_lost():
    text = (
        "Tại hội đàm, hai bên đã trao đổi kinh nghiệm về hoạt động giám sát.\n\n"
        "Nhân dịp này, Chủ tịch HĐND thành phố Hà Nội Văn Thị Kim Oanh đã trao tặng Thủ đô Viêng Chăn "
        "200.000 USD hỗ trợ mua sắm trang thiết bị y tế."
    )
    events = extract(text, title="HĐND Hà Nội và Viêng Chăn hội đàm, Hà Nội hỗ trợ 200.000 USD")
    kinds = by_kind(events)
    assert ("meeting", "talks") in kinds
    assert kinds["agreement", "aid"].amounts[0].value == Decimal(200000)
    assert "Văn Thị Kim Oanh" in names(kinds["agreement", "aid"])


def test_laos_with_another_country_is_not_a_hanoi_event():
    text = (
        "Vientiane Capital Mayor Phetsamone Sengsouliya and Phnom Penh Governor Sok Vannara signed a "
        "sister city agreement in Vientiane on Monday.\n\nThe signing took place during a three-day visit "
        "to Vientiane by a "
        "Phnom Penh delegation.\n\nVientiane already maintains cooperation with several capitals, including "
        "Hanoi and Bangkok."
    )
    assert extract(text, title="Vientiane, Phnom Penh Sign Sister City Agreement") == []


def test_a_foreign_name_without_lao_company_is_not_lao():
    text = (
        "Chairman of the Hanoi People's Committee Kieu Quang Vinh on November 12 received Governor of "
        "Fukuoka Prefecture Kenji Morita, who is on a working visit to Hanoi.\n\nHanoi has partners "
        "around the world, "
        "including Vientiane (Laos) and Tokyo."
    )
    assert extract(text, published=datetime.date(2024, 11, 12)) == []


def test_the_synthetic_corpus_articles_without_an_event_give_none():
    corpus = Path(__file__).resolve().parent / "corpus"
    for path in sorted(corpus.glob("*no_event*.txt")):
        title, *lines = path.read_text(encoding="utf-8").splitlines()
        assert extract("\n".join(lines), title=title) == [], path.name


def test_the_synthetic_corpus_articles_with_events_give_some():
    corpus = Path(__file__).resolve().parent / "corpus"
    for path in sorted(corpus.glob("c*.txt")):
        if "no_event" in path.name:
            continue
        title, *lines = path.read_text(encoding="utf-8").splitlines()
        assert extract("\n".join(lines), title=title), path.name
