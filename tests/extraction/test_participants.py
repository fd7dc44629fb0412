"""Who took part in each event (events/extraction/participants.py)."""

import datetime

from . import by_kind, extract, names

PUBLISHED = datetime.date(2024, 9, 13)

# --- The occasion's people ---


def test_a_leader_who_only_sends_greetings_takes_no_part():
    text = (
        "Chiều 12/9, Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Mạnh Quyền tiếp Phó Đô trưởng Thủ đô Viêng "
        "Chăn Phonsavanh Sayavong. Ông Phonsavanh Sayavong chuyển lời thăm hỏi của Bí thư Thành ủy "
        "Viêng Chăn Anouphap Tounalom tới lãnh đạo thành phố Hà Nội."
    )
    reception = by_kind(extract(text, published=PUBLISHED))[("meeting", "reception")]
    assert names(reception) == {"Nguyễn Mạnh Quyền", "Phonsavanh Sayavong"}


def test_people_named_only_about_another_event_belong_to_that_event():
    text = (
        "Chiều 12/9, Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Mạnh Quyền tiếp Phó Đô trưởng Thủ đô Viêng "
        "Chăn Phonsavanh Sayavong. Năm 2018, Giám đốc Công an thành phố Hà Nội Nguyễn Hải Trung đã trao tặng "
        "Công an Thủ đô Viêng Chăn 1,2 tỷ đồng."
    )
    events = by_kind(extract(text, published=PUBLISHED))
    assert "Nguyễn Hải Trung" not in names(events[("meeting", "reception")])
    assert events[("agreement", "aid")].date == datetime.date(2018, 1, 1)
    assert "Nguyễn Hải Trung" in names(events[("agreement", "aid")])


def test_nobody_leads_a_signing():
    text = (
        "Chiều 12/9, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì hội đàm với Bí thư Thành ủy Viêng Chăn "
        "Anouphap Tounalom. Tại hội đàm, hai bên đã ký kết Biên bản ghi nhớ hợp tác."
    )
    memorandum = by_kind(extract(text, published=PUBLISHED))[("agreement", "mou")]
    assert memorandum.people and not any(person.lead for person in memorandum.people)
