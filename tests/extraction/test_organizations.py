"""The bodies taking part in events, under their full names (events/extraction/organizations.py)."""

import datetime

from events.extraction.organizations import acting_bodies, bodies_in, bodies_of_title, organizations_of
from events.extraction.people import _title_segments
from events.extraction.types import ExtractedPerson

from . import by_kind, extract, kinds


def names(bodies):
    return [(body.name, body.side) for body in bodies]


# --- One full name however the body is written ---


def test_abbreviations_and_forms_of_the_place_give_one_full_name():
    for written in ("UBND TP. Hà Nội", "UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", "UBND Hà Nội"):
        assert names(bodies_in(f"Đại diện {written} phát biểu.")) == [
            ("Ủy ban nhân dân thành phố Hà Nội", "vn")
        ]
    assert names(bodies_in("HĐND Thủ đô Viêng Chăn")) == [("Hội đồng nhân dân Thủ đô Viêng Chăn", "la")]
    assert names(bodies_in("Thành ủy Vientiane")) == [("Thành ủy Viêng Chăn", "la")]


def test_a_department_s_and_may_be_an_ampersand():
    assert names(bodies_in("ông Trần Thế Cương, Giám đốc Sở Giáo dục & Đào tạo Hà Nội")) == [
        ("Sở Giáo dục và Đào tạo thành phố Hà Nội", "vn")
    ]
    assert names(bodies_in("Giám đốc Sở Giáo dục và Thể thao thủ đô Viêng Chăn")) == [
        ("Sở Giáo dục và Thể thao Thủ đô Viêng Chăn", "la")
    ]


def test_english_names_are_the_same_bodies():
    assert names(bodies_in("Hanoi People's Committee")) == [("Ủy ban nhân dân thành phố Hà Nội", "vn")]
    assert names(bodies_in("the Vientiane Party Committee")) == [("Thành ủy Viêng Chăn", "la")]
    assert names(bodies_in("the Hanoi Department of Health")) == [("Sở Y tế thành phố Hà Nội", "vn")]
    assert names(bodies_in("the Lao Embassy in Hanoi")) == [("Đại sứ quán Lào tại Việt Nam", "la")]


def test_a_name_after_a_body_is_no_part_of_it():
    text = "Bí thư Thành ủy Hà Nội Nguyễn Thị Tuyến và Bí thư Thành ủy Đinh Tiến Dũng"
    assert names(bodies_in(text)) == [("Thành ủy Hà Nội", "vn")]  # "Thành ủy" of nobody's is left out


def test_districts_departments_police_and_mass_organisations():
    text = (
        "Quận ủy Hoàn Kiếm, UBND huyện Xaysettha, Sở Kế hoạch và Đầu tư Hà Nội, Công an thành phố Hà Nội, "
        "Hội LHPN Thủ đô Viêng Chăn, Thành đoàn Hà Nội, Liên đoàn Lao động thành phố Hà Nội."
    )
    assert names(bodies_in(text)) == [
        ("Quận ủy Hoàn Kiếm", "vn"),
        ("Ủy ban nhân dân huyện Xaysettha", "la"),
        ("Sở Kế hoạch và Đầu tư thành phố Hà Nội", "vn"),
        ("Công an thành phố Hà Nội", "vn"),
        ("Hội Liên hiệp Phụ nữ Thủ đô Viêng Chăn", "la"),
        ("Thành đoàn Hà Nội", "vn"),
        ("Liên đoàn Lao động thành phố Hà Nội", "vn"),
    ]


def test_bodies_listed_together_share_the_place_named_last():
    text = "dự án Trụ sở Sở Tư pháp và Viện Kiểm sát nhân dân Thủ đô Viêng Chăn"
    assert names(bodies_in(text)) == [
        ("Sở Tư pháp Thủ đô Viêng Chăn", "la"),
        ("Viện Kiểm sát nhân dân Thủ đô Viêng Chăn", "la"),
    ]
    assert names(bodies_in("Đảng bộ, chính quyền và nhân dân Thủ đô Viêng Chăn")) == [
        ("Thành ủy Viêng Chăn", "la"),
        ("Chính quyền Thủ đô Viêng Chăn", "la"),
    ]


def test_two_bodies_of_a_kind_are_one_on_each_side():
    assert names(bodies_in("thỏa thuận hợp tác giữa hai Văn phòng Trung ương Đảng")) == [
        ("Văn phòng Trung ương Đảng Cộng sản Việt Nam", "vn"),
        ("Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào", "la"),
    ]


# --- The body a participant represents, from their title ---


def test_a_title_without_its_place_is_the_holders_capitals():
    assert names(bodies_of_title("Phó Bí thư Thường trực Thành ủy", "vn")) == [("Thành ủy Hà Nội", "vn")]
    assert names(bodies_of_title("Phó Chủ tịch UBND thành phố", "vn")) == [
        ("Ủy ban nhân dân thành phố Hà Nội", "vn")
    ]
    assert names(bodies_of_title("Trưởng ban Tổ chức Thành ủy Thủ đô Viêng Chăn", "la")) == [
        ("Ban Tổ chức Thành ủy Viêng Chăn", "la")
    ]


def test_titles_that_imply_their_body():
    assert names(bodies_of_title("Đô trưởng Thủ đô Viêng Chăn", "la"))[-1] == (
        "Chính quyền Thủ đô Viêng Chăn",
        "la",
    )
    assert names(bodies_of_title("Đại sứ Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam", "la")) == [
        ("Đại sứ quán Lào tại Việt Nam", "la")
    ]


def test_an_english_title_names_the_holders_capitals_body_without_naming_the_capital():
    assert names(bodies_of_title("Secretary of the municipal Party Committee", "vn")) == [
        ("Thành ủy Hà Nội", "vn")
    ]
    assert names(bodies_of_title("Vientiane Mayor", "la")) == [("Chính quyền Thủ đô Viêng Chăn", "la")]


def test_a_name_after_thanh_pho_is_its_leader_not_its_place():
    assert names(bodies_of_title("Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền", "vn")) == [
        ("Ủy ban nhân dân thành phố Hà Nội", "vn")
    ]
    # A city named after a person is still a place.
    assert names(bodies_in("Đại diện UBND Thành phố Hồ Chí Minh phát biểu.", "vn")) == [
        ("Ủy ban nhân dân thành phố Hồ Chí Minh", "vn")
    ]


def test_the_next_persons_title_is_not_the_last_title_of_the_one_before():
    text = (
        "Chiều 22/11, tại cuộc làm việc với đồng chí Athsaphangthong Siphandone, Phó Bí thư Thành ủy, Đô "
        "trưởng Thủ đô Viêng Chăn, Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền nhấn mạnh Hà Nội và "
        "Viêng Chăn cần tăng cường hợp tác."
    )
    [meeting] = extract(text, published=datetime.date(2023, 11, 23))
    assert ("Ủy ban nhân dân Thủ đô Viêng Chăn", "la") not in names(meeting.organizations)
    assert ("Ủy ban nhân dân thành phố Hà Nội", "vn") in names(meeting.organizations)


def test_english_district_and_department_bodies():
    text = (
        "They signed MoUs between Hoan Kiem District Party Committee and Chanthabuly district of Vientiane, "
        "and on the headquarters of Vientiane’s Justice Department; the Department of Information, Culture "
        "and Tourism of Vientiane attended."
    )
    assert names(bodies_in(text)) == [
        ("Quận ủy Hoàn Kiếm", "vn"),
        ("Chính quyền huyện Chanthabuly", "la"),
        ("Sở Tư pháp Thủ đô Viêng Chăn", "la"),
        ("Sở Thông tin, Văn hóa và Du lịch Thủ đô Viêng Chăn", "la"),
    ]
    # A capitalised word before "district" that names no district of either capital is no body.
    assert names(bodies_in("Visitors from Mekong district met Hanoi officials.")) == []


def test_a_countrys_leader_acts_for_the_national_body_the_title_heads():
    assert names(bodies_of_title("Tổng Bí thư, Chủ tịch nước Lào", "la")) == [
        ("Đảng Nhân dân Cách mạng Lào", "la")
    ]
    assert names(bodies_of_title("Prime Minister", "vn")) == [("Chính phủ Việt Nam", "vn")]
    assert names(bodies_of_title("Vice Chairman of the Lao National Assembly", "la")) == [
        ("Quốc hội Lào", "la")
    ]
    # A member of a body does not act for it.
    assert names(bodies_of_title("Ủy viên Ban Chấp hành Trung ương Đảng", "vn")) == []


# --- Bodies that take no part ---


def test_a_body_in_someones_title_or_a_membership_is_not_acting_in_the_sentence():
    sentence = "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp đoàn."
    assert acting_bodies(sentence) == []
    unnamed = "Hội đàm trực tuyến giữa Bí thư Thành ủy Hà Nội và Bí thư Thành ủy Viêng Chăn."
    assert [body.name for body in acting_bodies(unnamed)] == ["Thành ủy Hà Nội", "Thành ủy Viêng Chăn"]


def test_a_national_body_named_in_passing_takes_no_part_but_its_delegation_does():
    assert acting_bodies("Hà Nội mong nhận được sự ủng hộ của Quốc hội Việt Nam.") == []
    delegation = "Hà Nội tiếp đoàn đại biểu Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào."
    assert [body.name for body in acting_bodies(delegation)] == [
        "Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào"
    ]


# --- Events carry their bodies ---


def test_an_event_carries_its_hosts_and_guests_bodies_with_the_spellings_as_aliases():
    text = (
        "Chiều 12/9, Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh Quyền tiếp Đoàn đại biểu Sở Tư pháp Thủ đô "
        "Viêng Chăn do Giám đốc Sở Phonsavanh Sayavong dẫn đầu."
    )
    reception = by_kind(extract(text, published=datetime.date(2024, 9, 13)))[("meeting", "reception")]
    bodies = {organization.name: organization for organization in reception.organizations}
    assert set(bodies) == {"Ủy ban nhân dân thành phố Hà Nội", "Sở Tư pháp Thủ đô Viêng Chăn"}
    assert bodies["Sở Tư pháp Thủ đô Viêng Chăn"].side == "la"


def test_extracted_people_carry_every_title_they_were_given():
    text = (
        "Chiều 11/3, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng hội đàm với đồng chí "
        "Anouphap Tounalom, Bí thư Thành ủy, Chủ tịch HĐND Thủ đô Viêng Chăn."
    )
    talks = by_kind(extract(text, published=datetime.date(2024, 3, 12)))[("meeting", "talks")]
    anouphap = next(person for person in talks.people if person.name == "Anouphap Tounalom")
    assert isinstance(anouphap, ExtractedPerson)
    assert {"Bí thư Thành ủy", "Chủ tịch HĐND Thủ đô Viêng Chăn"} <= set(anouphap.titles)
    assert {o.name for o in talks.organizations} >= {
        "Thành ủy Hà Nội",
        "Thành ủy Viêng Chăn",
        "Hội đồng nhân dân Thủ đô Viêng Chăn",
    }


def test_english_titles_joined_by_and_each_name_their_body_and_may_share_the_owner():
    text = (
        "Hanoi Party Secretary Dinh Tien Dung held online talks on November 17 with Secretary of the Party "
        "Committee of Vientiane and Chairman of the Vientiane People’s Council Anouphap Tounalom."
    )
    talks = by_kind(extract(text, published=datetime.date(2021, 11, 17)))[("meeting", "online_talks")]
    assert {o.name for o in talks.organizations} >= {
        "Thành ủy Viêng Chăn",
        "Hội đồng nhân dân Thủ đô Viêng Chăn",
    }
    text = (
        "Receiving the Hanoi delegation in Vientiane on September 17, Secretary of the Party Committee and "
        "Chairman of the People’s Council of Vientiane Anouphap Tounalom praised the visit."
    )
    reception = by_kind(extract(text, published=datetime.date(2024, 9, 18)))[("meeting", "reception")]
    assert {o.name for o in reception.organizations} == {
        "Thành ủy Viêng Chăn",
        "Hội đồng nhân dân Thủ đô Viêng Chăn",
    }
    text = (
        "Party General Secretary Nguyen Phu Trong hosted a reception in Hanoi on August 10 for Anouphap "
        "Tounalom, Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee, and Secretary "
        "of the Party Committee and Chairman of the People’s Council of Vientiane. He asked Anouphap "
        "Tounalom to convey his regards to Party General Secretary Thongloun Sisoulith."
    )
    events = by_kind(extract(text, published=datetime.date(2022, 8, 11)))
    reception = events[("meeting", "reception")]
    assert {"Thành ủy Viêng Chăn", "Hội đồng nhân dân Thủ đô Viêng Chăn"} <= {
        o.name for o in reception.organizations
    }
    assert "Thongloun Sisoulith" not in {person.name for person in reception.people}
    # A Vientiane official received in Hanoi has travelled there.
    assert events[("delegation", "visit")].direction == "to_hanoi"
    # An "and" inside a body's name joins no titles.
    assert _title_segments("Director of the Vientiane Department of Culture and Sports") == [
        ("Director of the Vientiane Department of Culture and Sports", False)
    ]


def test_titles_after_a_name_are_that_persons_and_a_departments_field_keeps_its_and():
    text = (
        "Nhận lời mời của đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn đại "
        "biểu Quốc hội thành phố Hà Nội, đồng chí Anouphap Tounalom, Bí thư Thành ủy, Chủ tịch HĐND Thủ đô "
        "Viêng Chăn dẫn đầu Đoàn đại biểu cấp cao thành phố sang thăm và làm việc tại Hà Nội, từ ngày 9 "
        "đến 14/8."
    )
    assert acting_bodies(text) == []
    visit = by_kind(extract(text, published=datetime.date(2022, 8, 9)))[("delegation", "visit")]
    assert "Đoàn đại biểu Quốc hội thành phố Hà Nội" not in {o.name for o in visit.organizations}
    text = (
        "Chiều 29/9, tại buổi làm việc giữa ông Trần Thế Cương, Giám đốc Sở Giáo dục & Đào tạo Hà Nội và "
        "ông Somphone Sonedala, Giám đốc Sở Giáo dục và Thể thao thủ đô Viêng Chăn (Lào), hai bên thống "
        "nhất tăng cường hợp tác."
    )
    talks = by_kind(extract(text, published=datetime.date(2023, 9, 30)))[("meeting", "talks")]
    assert {o.name for o in talks.organizations} == {
        "Sở Giáo dục và Đào tạo thành phố Hà Nội",
        "Sở Giáo dục và Thể thao Thủ đô Viêng Chăn",
    }


def test_the_youth_unions_and_youth_federations_of_both_capitals():
    text = (
        "The Hanoi municipal committee of the Ho Chi Minh Communist Youth Union (CYU) and the Hanoi Youth "
        "Federation signed with the Vientiane municipal committee of the Lao People’s Revolutionary Youth "
        "Union. The Hanoi CYU Committee led the campaign."
    )
    assert [(b.name, b.side) for b in bodies_in(text)] == [
        ("Thành đoàn Hà Nội", "vn"),
        ("Hội Liên hiệp Thanh niên Việt Nam thành phố Hà Nội", "vn"),
        ("Thành đoàn Viêng Chăn", "la"),
        ("Thành đoàn Hà Nội", "vn"),
    ]
    bodies = bodies_of_title("Chủ tịch Hội LHTN Việt Nam Thành phố Hà Nội", "vn")
    assert [b.name for b in bodies] == ["Hội Liên hiệp Thanh niên Việt Nam thành phố Hà Nội"]
    text = (
        "Sáng 12/7, đồng chí Nguyễn Ngọc Việt, UVBTV Trung ương Đoàn, Bí thư Thành đoàn, Chủ tịch Hội LHTN "
        "Việt Nam Thành phố Hà Nội tiếp đoàn đại biểu Thành đoàn Viêng Chăn."
    )
    reception = by_kind(extract(text, published=datetime.date(2019, 7, 13)))[("meeting", "reception")]
    assert {o.name for o in reception.organizations} == {
        "Thành đoàn Hà Nội",
        "Hội Liên hiệp Thanh niên Việt Nam thành phố Hà Nội",
        "Thành đoàn Viêng Chăn",
    }


def test_the_procuracy_named_without_nhan_dan_shares_the_owner_of_the_list():
    text = "khánh thành Dự án trụ sở Sở Tư pháp và Viện Kiểm sát thủ đô Viêng Chăn, dự án hữu nghị"
    assert [(b.name, b.side) for b in bodies_in(text)] == [
        ("Sở Tư pháp Thủ đô Viêng Chăn", "la"),
        ("Viện Kiểm sát nhân dân Thủ đô Viêng Chăn", "la"),
    ]


def test_a_departments_field_in_any_case_and_its_director_named_with_it():
    assert [b.name for b in bodies_in("Sở Công thương Hà Nội và Sở Công thương Viêng Chăn")] == [
        "Sở Công Thương thành phố Hà Nội",
        "Sở Công Thương Thủ đô Viêng Chăn",
    ]
    text = (
        "Chiều 3/7, tại Hà Nội, Quyền Giám đốc Sở Công thương Hà Nội Trần Thị Phương Lan tiếp đoàn công tác "
        "Sở Công thương Viêng Chăn."
    )
    reception = by_kind(extract(text, published=datetime.date(2023, 7, 4)))[("meeting", "reception")]
    assert "Trần Thị Phương Lan" in {person.name for person in reception.people}


def test_departments_by_their_abbreviated_fields_and_vientianes_agriculture_and_forestry():
    text = "Sở Nông lâm nghiệp Thủ đô Viêng Chăn phối hợp với Sở NN&PTNT Hà Nội và Sở GD&ĐT Hà Nội"
    assert [(b.name, b.side) for b in bodies_in(text)] == [
        ("Sở Nông lâm nghiệp Thủ đô Viêng Chăn", "la"),
        ("Sở Nông nghiệp và Phát triển nông thôn thành phố Hà Nội", "vn"),
        ("Sở Giáo dục và Đào tạo thành phố Hà Nội", "vn"),
    ]


def test_the_headline_names_the_bodies_of_the_meeting_reported():
    text = (
        "Theo thông tin từ buổi gặp gỡ, Bộ Tư lệnh Thủ đô Hà Nội đã chủ động tham mưu cho thành phố. Trong "
        "5 năm qua, cán bộ của Bộ Tư lệnh đã sang thăm nước Cộng hòa Dân chủ Nhân dân Lào."
    )
    title = "Đại sứ quán Lào tại Việt Nam, Hội Hữu nghị Việt Nam - Lào thăm Bộ Tư lệnh Thủ đô Hà Nội"
    reception = by_kind(extract(text, title=title, published=datetime.date(2021, 1, 5)))[
        ("meeting", "reception")
    ]
    assert {"Đại sứ quán Lào tại Việt Nam", "Bộ Tư lệnh Thủ đô Hà Nội"} <= {
        o.name for o in reception.organizations
    }


def test_english_memberships_in_a_run_of_titles_after_a_name_let_the_run_go_on():
    text = (
        "Attending the closing ceremony of the training course for 20 learners of the Women’s Union of "
        "Vientiane Capital on May 12 were Ms. LE Kim Anh, Member of the Presidium of Vietnam Women’s Union "
        "(VWU), Member of the Municipal Committee, President of Hanoi Women’s Union."
    )
    course = by_kind(extract(text, published=datetime.date(2024, 5, 13)))[("delegation", "training")]
    assert "Hội Liên hiệp Phụ nữ thành phố Hà Nội" in {o.name for o in course.organizations}
    anh = next(person for person in course.people if person.name == "Le Kim Anh")
    assert "President of Hanoi Women’s Union" in anh.titles


def test_the_same_body_of_both_capitals_named_once_in_english():
    text = "Officials from the Hanoi and Vientiane People’s Councils held talks in Hanoi on August 11."
    assert [(b.name, b.side) for b in bodies_in(text)] == [
        ("Hội đồng nhân dân thành phố Hà Nội", "vn"),
        ("Hội đồng nhân dân Thủ đô Viêng Chăn", "la"),
    ]


def test_english_names_with_curly_apostrophes_and_the_capitals_military_commands():
    assert [b.name for b in bodies_in("Chairman of the People’s Council of Vientiane")] == [
        "Hội đồng nhân dân Thủ đô Viêng Chăn"
    ]
    text = "The Hanoi Capital High Command presented supplies to the Vientiane Capital Military Command"
    assert [(b.name, b.side) for b in bodies_in(text)] == [
        ("Bộ Tư lệnh Thủ đô Hà Nội", "vn"),
        ("Bộ Chỉ huy Quân sự Thủ đô Viêng Chăn", "la"),
    ]
    assert [b.name for b in bodies_in("Bộ Tư lệnh Thủ đô Hà Nội")] == ["Bộ Tư lệnh Thủ đô Hà Nội"]
    # Hanoi's military command is its Capital High Command, whatever English calls it.
    assert [b.name for b in bodies_in("Commander of the Hanoi Capital Military Command")] == [
        "Bộ Tư lệnh Thủ đô Hà Nội"
    ]


def test_an_embassy_named_in_a_sentence_takes_part_as_host_or_place():
    sentence = "Đoàn đại biểu Thủ đô Viêng Chăn đã đến trụ sở Đại sứ quán Việt Nam tại Lào trao tặng quà."
    assert "Đại sứ quán Việt Nam tại Lào" in [body.name for body in acting_bodies(sentence)]


def test_a_districts_body_is_named_after_its_district_never_its_capital_nor_a_person():
    assert names(bodies_in("Chủ tịch LĐLĐ huyện Phú Xuyên Đào Đức Gương bày tỏ niềm vinh dự.")) == [
        ("Liên đoàn Lao động huyện Phú Xuyên", "vn")
    ]
    assert not bodies_of_title("Bí thư Quận ủy", "vn")  # which district is not said


def test_an_office_held_beside_the_one_acted_for_names_no_body_of_its_own():
    person = ExtractedPerson(
        name="Anouphap Tounalom",
        side="la",
        role="Bí thư Trung ương Đảng Nhân dân Cách mạng Lào",
        titles=["Bí thư Trung ương Đảng Nhân dân Cách mạng Lào", "Bí thư Thành ủy Thủ đô Viêng Chăn"],
    )
    assert [body.name for body in organizations_of([], [person])] == ["Thành ủy Viêng Chăn"]


def test_an_english_municipal_body_written_with_a_capital_m():
    assert names(bodies_in("Deputy Chairwoman of the Hanoi Municipal People's Council")) == [
        ("Hội đồng nhân dân thành phố Hà Nội", "vn")
    ]


def test_a_party_department_named_with_its_capital_alone_is_that_capital_s_party_committee_s():
    assert names(bodies_in("đoàn đại biểu Ban Tuyên huấn Thủ đô Viêng Chăn sang thăm")) == [
        ("Ban Tuyên huấn Thành ủy Viêng Chăn", "la")
    ]
    assert names(bodies_in("Văn phòng Thủ đô Viêng Chăn")) == []  # the office of what is not said


def test_lhcd_is_the_federation_of_trade_unions():
    assert names(bodies_in("Đoàn đại biểu LHCĐ thành phố Viêng Chăn thăm Hà Nội")) == [
        ("Liên hiệp Công đoàn Thủ đô Viêng Chăn", "la")
    ]


def test_vientiane_s_authorities_are_its_capital_administration():
    for written in ("Vientiane's authorities", "UBND Thủ đô Viêng Chăn", "the Vientiane People's Committee"):
        assert names(bodies_in(f"{written} launched the ceremony.")) == [
            ("Chính quyền Thủ đô Viêng Chăn", "la")
        ]


def test_its_counterpart_of_the_other_capital_is_the_same_body_there():
    text = "It was hosted by the Hanoi Department of Industry and Trade and its Vientiane counterpart."
    assert names(bodies_in(text)) == [
        ("Sở Công Thương thành phố Hà Nội", "vn"),
        ("Sở Công Thương Thủ đô Viêng Chăn", "la"),
    ]


def test_english_courts_and_the_federation_of_labor_in_american_spelling():
    assert names(bodies_in("a delegation of the Hanoi Federation of Labor visited Vientiane")) == [
        ("Liên đoàn Lao động thành phố Hà Nội", "vn")
    ]
    assert names(bodies_in("the Hanoi People's Court received the delegation")) == [
        ("Tòa án nhân dân thành phố Hà Nội", "vn")
    ]


def test_a_mass_organisation_written_in_lower_case_after_its_capital():
    text = "the agreement on friendship between Hanoi’s youth union and its Vientiane counterpart"
    assert names(bodies_in(text)) == [("Thành đoàn Hà Nội", "vn"), ("Thành đoàn Viêng Chăn", "la")]


def test_bodies_named_once_for_both_capitals():
    text = (
        "the Memorandum of Understanding on cooperation between the Party Committees and administrations of "
        "Hanoi and Vientiane"
    )
    assert sorted(names(bodies_in(text))) == [
        ("Chính quyền Thủ đô Viêng Chăn", "la"),
        ("Thành ủy Hà Nội", "vn"),
        ("Thành ủy Viêng Chăn", "la"),
        ("Ủy ban nhân dân thành phố Hà Nội", "vn"),
    ]


def test_the_bodies_that_organised_the_occasion_take_part_in_it():
    events = extract(
        "A trade connection conference between Hanoi and Lao businesses took place in Vientiane on November "
        "24. The conference, organized by the Hanoi Department of Industry and Trade in collaboration with "
        "the Vietnam Trade Office in Laos and the Vientiane Department of Industry and Trade, was aimed at "
        "showcasing trade opportunities between Hanoi and Vientiane.",
        published=datetime.date(2023, 11, 25),
    )
    conference = kinds(events)["meeting", "other"]
    assert {body.name for body in conference.organizations} >= {
        "Sở Công Thương thành phố Hà Nội",
        "Sở Công Thương Thủ đô Viêng Chăn",
    }


def test_veterans_associations_under_their_abbreviation_and_a_dotted_city():
    sentence = "Chủ tịch Hội CCB T.P Hà Nội đã tiếp đoàn Hội CCB thủ đô Viêng Chăn."
    assert [(body.name, body.side) for body in bodies_in(sentence)] == [
        ("Hội Cựu chiến binh thành phố Hà Nội", "vn"),
        ("Hội Cựu chiến binh Thủ đô Viêng Chăn", "la"),
    ]


def test_a_vientiane_district_under_another_romanisation_is_the_same_district():
    assert [(body.name, body.side) for body in bodies_in("the Chanthabouly District Party Committee")] == [
        ("Huyện ủy Chanthabuly", "la")
    ]


def test_an_english_party_secretary_of_a_capital_heads_its_party_committee_not_the_countrys_party():
    for title, body in (
        ("Hanoi Party Secretary", ("Thành ủy Hà Nội", "vn")),
        ("Vientiane Party chief", ("Thành ủy Viêng Chăn", "la")),
        ("Party Secretary of Vientiane", ("Thành ủy Viêng Chăn", "la")),
        ("Hanoi Deputy Party Secretary", ("Thành ủy Hà Nội", "vn")),
    ):
        assert names(bodies_of_title(title, body[1])) == [body], title
    assert names(bodies_of_title("Lao Party chief", "la")) == [("Đảng Nhân dân Cách mạng Lào", "la")]
    (talks,) = extract(
        "Earlier, on May 7, Hanoi and Vientiane held talks co-chaired by Hanoi Party Secretary "
        "Dinh Tien Dung and Vientiane Party Secretary Anouphap Tounalom.",
        published=datetime.date(2024, 5, 10),
    )
    assert {(body.name, body.side) for body in talks.organizations} == {
        ("Thành ủy Hà Nội", "vn"),
        ("Thành ủy Viêng Chăn", "la"),
    }


def test_a_lao_department_under_its_ministrys_name_keeps_the_comma_in_its_field():
    text = (
        "Hai bên đã ký kết Biên bản ghi nhớ giữa Sở Du lịch Hà Nội và Sở Thông tin, Văn hóa và Du lịch "
        "Thủ đô Viêng Chăn; Giám đốc Sở Công chính và Vận tải Thủ đô Viêng Chăn cùng dự."
    )
    assert names(bodies_in(text)) == [
        ("Sở Du lịch thành phố Hà Nội", "vn"),
        ("Sở Thông tin, Văn hóa và Du lịch Thủ đô Viêng Chăn", "la"),
        ("Sở Công chính và Vận tải Thủ đô Viêng Chăn", "la"),
    ]


def test_lao_mass_organisations_named_in_english_with_the_countrys_name_after_the_capitals():
    for text, body in (
        ("President of the Vientiane Capital Lao Women's Union", "Hội Liên hiệp Phụ nữ Thủ đô Viêng Chăn"),
        ("the Vientiane Lao People's Revolutionary Youth Union", "Thành đoàn Viêng Chăn"),
        (
            "the Vientiane Lao Front for National Development",
            "Ủy ban Mặt trận Lào xây dựng đất nước Thủ đô Viêng Chăn",
        ),
    ):
        assert names(bodies_in(text)) == [(body, "la")], text


def test_a_deputy_mayor_acts_for_the_capitals_administration():
    (reception, _visit) = extract(
        "On Wednesday, Deputy Mayor of Vientiane Mrs Phonethip Vongsa received a delegation from the Hanoi "
        "Department of Foreign Affairs.",
        published=datetime.date(2024, 5, 10),
    )
    (host,) = reception.people
    assert host.role == "Deputy Mayor of Vientiane"
    assert ("Chính quyền Thủ đô Viêng Chăn", "la") in {
        (body.name, body.side) for body in reception.organizations
    }


def test_two_english_departments_in_a_row_and_vientianes_security_command():
    text = (
        "The tournament was co-organised by the Hanoi Department of Culture and Sports and Vientiane "
        "Capital's Department of Education and Sports, with Hanoi's Department of Planning and Architecture."
    )
    assert names(bodies_in(text)) == [
        ("Sở Văn hóa và Thể thao thành phố Hà Nội", "vn"),
        ("Sở Giáo dục và Thể thao Thủ đô Viêng Chăn", "la"),
        ("Sở Quy hoạch - Kiến trúc thành phố Hà Nội", "vn"),
    ]
    for text in (
        "đoàn công tác Bộ Chỉ huy An ninh Thủ đô Viêng Chăn (Lào)",
        "the Vientiane Capital Security Command",
    ):
        assert names(bodies_in(text)) == [("Bộ Chỉ huy An ninh Thủ đô Viêng Chăn", "la")], text


def test_a_district_or_ward_named_alone_takes_part_through_its_administration_and_a_wards_bodies():
    text = (
        "Hanoi's Hoan Kiem ward and Vientiane's Chanthabouly district signed a twinning agreement, "
        "witnessed by the Tay Ho Ward Party Committee and Chairman of the Hoan Kiem Ward People's Committee "
        "Pham Tuan Linh."
    )
    assert [(body.name, body.side) for body in bodies_in(text)] == [
        ("Ủy ban nhân dân phường Hoàn Kiếm", "vn"),
        ("Chính quyền huyện Chanthabuly", "la"),
        ("Đảng ủy phường Tây Hồ", "vn"),
        ("Ủy ban nhân dân phường Hoàn Kiếm", "vn"),
    ]
    assert [body.name for body in bodies_in("Governor of Xaysetha district, Vientiane")] == [
        "Chính quyền huyện Xaysetha"
    ]
