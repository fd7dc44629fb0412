"""Whole articles read end to end: the five samples, the synthetic corpus, their language and sentences."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

from tests.extraction import by_kind, extract, kinds, names

SAMPLES = Path(__file__).resolve().parent.parent.parent / "sample_articles"


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


# --- The five sample articles ---


def test_reception_and_visit_without_a_printed_date():
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


def test_talks_visit_and_secondary_events():
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
    # "chuỗi hợp tác sôi nổi từ tháng 4 năm 2022 đến nay": the 2022-2025 agreement began it.
    assert agreement.period == "2022-2025"
    assert (agreement.date, agreement.date_precision) == (datetime.date(2022, 4, 1), "month")
    assert ("agreement", "funded_project") in kinds
    assert "Nguyễn Phú Trọng" not in names(kinds["delegation", "visit"])


def test_courtesy_call_and_training_take_the_text_year():
    events = by_kind(sample("002"))
    call = events["meeting", "courtesy_call"]
    assert call.date == datetime.date(2024, 8, 8)
    assert call.year_inferred
    assert names(call) == {"Nguyễn Thị Tuyến", "Khamma Sengmyxay"}
    training = events["delegation", "training"]
    assert training.direction == "to_hanoi"
    assert ("meeting", "reception") not in events  # "Tại buổi tiếp" is the same courtesy call
    assert len(sample("002")) == 2


def test_aid_amounts_and_the_reverse_gift():
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
    assert (given.direction, received.direction) == ("to_laos", "to_hanoi")
    assert kinds["meeting", "online_talks"].date is None
    assert "Đinh Tiến Dũng" in names(kinds["meeting", "online_talks"])  # named by his title only


def test_reception_dated_from_the_page_timestamp():
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


# --- The synthetic corpus ---


def test_the_synthetic_corpus_articles_without_an_event_give_none():
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    for path in sorted(corpus.glob("*no_event*.txt")):
        title, *lines = path.read_text(encoding="utf-8").splitlines()
        assert extract("\n".join(lines), title=title) == [], path.name


def test_the_synthetic_corpus_articles_with_events_give_some():
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    for path in sorted(corpus.glob("c*.txt")):
        if "no_event" in path.name:
            continue
        title, *lines = path.read_text(encoding="utf-8").splitlines()
        assert extract("\n".join(lines), title=title), path.name


# --- Language ---


def test_the_text_decides_the_language_when_the_caller_guessed_wrong():
    text = (
        "Vice Chairman of the Hanoi People's Committee Nguyen Manh Quyen received a delegation from "
        "Vientiane Capital led by Vice Mayor Khamphet Sisouvong on March 5 and accepted USD 30,000 "
        "in support of flood victims."
    )
    events = extract(text, title="", published=datetime.date(2025, 3, 6))
    reception = kinds(events)[("meeting", "reception")]
    assert "Nguyen Manh Quyen" in names(reception)
    aid = kinds(events)[("agreement", "aid")]
    assert [(a.value, a.unit) for a in aid.amounts] == [(Decimal(30000), "USD")]


# --- Sentences ---


def test_sentences_run_together_without_a_space_are_still_two():
    from events.cleaning import split_sentences

    line = "The delegation arrived in mid-March.The two sides signed an MoU. U.S. aid came in 2020."
    assert split_sentences(line) == [
        "The delegation arrived in mid-March.",
        "The two sides signed an MoU.",
        "U.S. aid came in 2020.",
    ]
