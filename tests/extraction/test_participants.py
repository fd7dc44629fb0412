"""Who took part in each event (events/extraction/participants.py)."""

import datetime

from . import by_kind, extract, kinds, names

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


def test_someone_quoted_or_whose_greetings_are_passed_on_takes_no_part():
    text = (
        "Secretary of the Hanoi Party Committee Dinh Tien Dung stressed the view during a meeting with his "
        "Vientiane counterpart Anouphap Tounalom on August 9 in Hanoi.\n\n"
        "Dung referred to a statement from Party General Secretary Nguyen Phu Trong during a ceremony "
        "marking the 60th anniversary of diplomatic relations."
    )
    talks = by_kind(extract(text, published=datetime.date(2022, 8, 9)))["meeting", "talks"]
    assert names(talks) == {"Dinh Tien Dung", "Anouphap Tounalom"}


def test_a_speaker_at_the_occasion_who_passes_on_anothers_greetings_takes_part_the_other_does_not():
    text = (
        "Chiều 12/3, tại Thủ đô Viêng Chăn, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tiếp đoàn đại "
        "biểu Thủ đô Hà Nội do đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội làm Trưởng đoàn.\n\n"
        "Phát biểu tại buổi tiếp, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chuyển lời thăm hỏi của Tổng Bí thư "
        "Nguyễn Phú Trọng và Chủ tịch nước Võ Văn Thưởng tới đồng chí Thongloun Sisoulith.\n\n"
        "Speaking at the reception, Dinh Tien Dung conveyed the greetings of Prime Minister Pham Minh Chinh "
        "to the Lao leader."
    )
    reception = by_kind(extract(text, published=datetime.date(2024, 3, 13)))["meeting", "reception"]
    assert names(reception) == {"Đinh Tiến Dũng", "Thongloun Sisoulith"}
    assert "Đảng Cộng sản Việt Nam" not in {body.name for body in reception.organizations}


def test_a_title_names_its_holder_only_as_a_whole_title():
    """ "Thủ tướng Chính phủ" (Vietnam's) is not inside "Thủ tướng Chính phủ nước CHDCND Lào" (Laos')."""
    text = (
        "Chiều 11/3/2024, tại Thủ đô Viêng Chăn, đồng chí Sonexay Siphandone, Thủ tướng Chính phủ nước Cộng "
        "hòa Dân chủ Nhân dân Lào đã thân mật tiếp Đoàn đại biểu Thủ đô Hà Nội do đồng chí Đinh Tiến Dũng, "
        "Bí thư Thành ủy làm Trưởng đoàn đến chào xã giao.\n\n"
        "Chuyển lời thăm hỏi của Thủ tướng Chính phủ Phạm Minh Chính đến đồng chí Sonexay Siphandone, Bí thư "
        "Thành ủy Hà Nội Đinh Tiến Dũng khẳng định Việt Nam ủng hộ Lào."
    )
    call = by_kind(extract(text))["meeting", "courtesy_call"]
    assert names(call) == {"Sonexay Siphandone", "Đinh Tiến Dũng"}


def test_who_welcomed_the_delegation_on_the_hosts_side_takes_part():
    text = (
        "Sáng 8/8/2023, Đoàn đại biểu Hội Liên hiệp Phụ nữ Thủ đô Viêng Chăn đến thăm và làm việc tại quận "
        "Cầu Giấy, Hà Nội.\n\nTrân trọng đón đoàn tại quận Cầu Giấy có đồng chí Trần Thị Phương Hoa, "
        "Bí thư Quận ủy."
    )
    visit = by_kind(extract(text))["delegation", "visit"]
    assert "Trần Thị Phương Hoa" in names(visit)


def test_a_speaker_who_sends_greetings_at_the_occasion_takes_part():
    text = (
        "Tối 12/4/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị thành phố Hà Nội tổ chức chương trình "
        "giao lưu mừng Tết cổ truyền Bunpimay với cộng đồng người Lào.\n\n"
        "Phát biểu tại chương trình, bà Nguyễn Lan Hương, Chủ tịch Liên hiệp các tổ chức hữu nghị thành phố "
        "Hà Nội đã gửi tới bạn bè Lào lời chúc một năm mới an khang."
    )
    meeting = by_kind(extract(text))["meeting", "other"]
    assert "Nguyễn Lan Hương" in names(meeting)


def test_whose_counterpart_the_other_sides_leader_is_takes_part_in_talks_told_in_passing():
    text = (
        "Hà Nội always gives high priority to its cooperation with Vientiane. Leading a delegation from the "
        "Vietnamese capital city, Secretary of the Hanoi Party Committee Đinh Tiến Dũng paid a courtesy call "
        "to Prime Minister Phankham Viphavan in Vientiane on April 4.\n\n"
        "During the meeting, the Vietnamese official informed his host about the outcomes of previous talks "
        "with his Vientiane counterpart Anouphap Tounalom."
    )
    talks = by_kind(extract(text, published=datetime.date(2022, 4, 5)))["meeting", "talks"]
    assert names(talks) == {"Anouphap Tounalom", "Đinh Tiến Dũng"}


def test_the_visit_takes_the_people_of_every_meeting_of_the_trip():
    text = (
        "Vientiane (VNA) – Lao Prime Minister Phankham Viphavanh said on November 4 that Laos supports the "
        "cooperation between Vientiane and Hanoi.\n\n"
        "At a reception for Chairman of the Hanoi People’s Committee Tran Sy Thanh in Vientiane, Phankham "
        "asked the official to convey his regards.\n\n"
        "Earlier the same day, Thanh had a working session with Vientiane’s Mayor Athsaphangthong Siphandone."
    )
    [visit] = [
        event for event in extract(text, published=datetime.date(2022, 11, 5)) if event.category == "visit"
    ]
    assert names(visit) == {"Phankham Viphavanh", "Tran Sy Thanh", "Athsaphangthong Siphandone"}
    assert not any(p.lead for p in visit.people if p.name == "Athsaphangthong Siphandone")


def test_those_who_came_with_the_head_of_the_delegation_take_part():
    events = extract(
        "Ngày 1/12, Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Văn Phong đã đến thăm, chúc mừng Đại sứ "
        "quán Lào nhân dịp Quốc khánh Lào. Cùng đi có đồng chí Đinh Hồng Nhung, Giám đốc Sở Ngoại vụ Hà Nội.",
        published=datetime.date(2024, 12, 2),
    )
    assert "Đinh Hồng Nhung" in names(kinds(events)["meeting", "courtesy_call"])


def test_whoever_chaired_the_talks_told_after_them_takes_part():
    (talks, _visit) = extract(
        "Ngày 20-12-2022, tại Hà Nội, Công an TP Hà Nội tổ chức hội đàm với đoàn công tác Bộ Chỉ huy An ninh "
        "Thủ đô Viêng Chăn (Lào) do Thiếu tướng Phonsavanh Keomanivong làm trưởng đoàn. Chủ trì hội đàm, "
        "Trung tướng Đào Văn Khiêm, Giám đốc Công an TP Hà Nội cho biết hai đơn vị đã phối hợp chặt chẽ.",
        published=datetime.date(2022, 12, 21),
    )
    assert {person.name for person in talks.people} == {"Phonsavanh Keomanivong", "Đào Văn Khiêm"}


def test_an_agreement_two_bodies_sign_is_signed_by_their_heads_and_a_recalled_one_by_no_one():
    text = (
        "The groundbreaking ceremony was attended by Director of the Vientiane Capital Education and Sports "
        "Department Mr Bounmy Inthavong and Director of the Hanoi Department of Education and Training Mr "
        "Tran The Cuong, who is leading a Hanoi education delegation on a working visit to Vientiane.\n\n"
        "On Tuesday, the Vientiane Capital Education and Sports Department and the Hanoi Department of "
        "Education and Training signed a memorandum of understanding on education cooperation.\n\n"
        "The two departments first signed a cooperation agreement in 2015."
    )
    events = kinds(extract(text, published=datetime.date(2023, 8, 25)))
    assert names(events["agreement", "mou"]) == {"Bounmy Inthavong", "Tran The Cuong"}
    assert names(events["agreement", "cooperation_agreement"]) == set()
