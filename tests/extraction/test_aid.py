"""Aid: gifts of money and goods either way between the sides, and projects Hanoi funds."""

import datetime
from decimal import Decimal

from tests.extraction import amounts, by_kind, extract, kinds, names

# --- Gifts and the goods they are made of ---


def test_goods_the_visiting_delegation_hands_over_are_aid():
    text = (
        "Ngày 3/5/2024, Đoàn công tác Sở Giáo dục Hà Nội thăm Trường Hữu nghị tại Thủ đô "
        "Viêng Chăn (Lào).\n\n"
        "Tại trường, Đoàn đã trao tặng 150 bộ bàn ghế và 20 máy chiếu."
    )
    events = extract(text, title="")
    aid = kinds(events)[("agreement", "aid")]
    assert aid.date == datetime.date(2024, 5, 3)
    assert [(a.value, a.unit) for a in aid.amounts] == [
        (Decimal(150), "bộ bàn ghế"),
        (Decimal(20), "máy chiếu"),
    ]


def test_goods_listed_after_the_gift_are_its_amounts_and_a_day_is_no_count():
    text = (
        "The Hanoi Capital High Command on May 25 presented medical supplies to the Vientiane Capital "
        "Military Command of Laos. The medical supplies comprise 50,000 face masks, 1,000 sanitizer bottles "
        "and 50 electronic thermometers."
    )
    aid = kinds(extract(text, title="", published=datetime.date(2021, 5, 26)))[("agreement", "aid")]
    assert [(a.value, a.unit) for a in aid.amounts] == [
        (Decimal(50000), "face masks"),
        (Decimal(1000), "sanitizer bottles"),
        (Decimal(50), "electronic thermometers"),
    ]
    assert aid.date == datetime.date(2021, 5, 25)


def test_one_gift_told_twice_and_split_by_recipient_is_one_aid_with_each_share():
    text = (
        "Chiều 25/6, Đoàn đại biểu thủ đô Vientiane đã đến trụ sở Đại sứ quán Việt Nam tại Lào trao tặng "
        "30.000 USD để hỗ trợ Thủ đô Hà Nội và TP Hồ Chí Minh phòng, chống dịch COVID-19. Tính đến nay, Đại "
        "sứ quán Việt Nam tại Lào đã tiếp nhận của các tổ chức Lào khoảng 1,3 triệu USD. Bí thư Thành ủy "
        "Vientiane Anouphap Tounalom cho hay, Thủ đô Vientiane đã quyên góp được 30.000 USD để ủng hộ Thủ "
        "đô Hà Nội và TP Hồ Chí Minh. Trong đó ủng hộ Thủ đô Hà Nội 15.000 USD và ủng hộ TP Hồ Chí Minh "
        "15.000 USD."
    )
    events = extract(text, published=datetime.date(2021, 6, 26))
    # "đã tiếp nhận" (received money) is no reception.
    assert [(e.model, e.category) for e in events] == [("agreement", "aid")]
    shares = [(a.value, a.recipient) for a in events[0].amounts]
    assert shares == [
        (Decimal(30000), shares[0][1]),
        (Decimal(15000), "Thủ đô Hà Nội"),
        (Decimal(15000), "TP Hồ Chí Minh"),
    ]


# --- Gifts either way between the sides ---


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


def test_equipment_received_from_hanoi_is_a_gift_not_a_reception():
    text = (
        "The Vientiane Capital Health Department received medical equipment worth 4.2 billion kip from the "
        "Hanoi Department of Health on March 3. The equipment was handed over by the Director of the Hanoi "
        "Department of Health and received by the Director of the Vientiane department."
    )
    events = kinds(extract(text, title="", published=datetime.date(2025, 3, 5)))
    assert ("meeting", "reception") not in events
    aid = events[("agreement", "aid")]
    assert aid.date == datetime.date(2025, 3, 3)
    assert [(a.value, a.unit) for a in aid.amounts] == [(Decimal(4_200_000_000), "LAK")]


# --- Earlier gifts ---


def test_an_earlier_gift_is_its_own_event_beside_todays_gift():
    text = (
        "Sáng 4/9, Đoàn Công an Hà Nội hội đàm với Công an Thủ đô Viêng Chăn. Nhân dịp này, Đoàn đã trao "
        "tặng 2 xe ô tô.\n\n"
        "Năm 2018, Công an Hà Nội đã hỗ trợ Công an Thủ đô Viêng Chăn 1,2 tỷ đồng."
    )
    gifts = [e for e in extract(text, published=datetime.date(2024, 9, 6)) if e.category == "aid"]
    assert sorted((str(g.date), str(g.amounts[0].value)) for g in gifts) == [
        ("2018-01-01", "1200000000"),
        ("2024-09-04", "2"),
    ]


# --- Projects Hanoi funds, dated by their milestone ---


def test_a_hanoi_funded_project():
    text = (
        "Sáng 20/5, tại Thủ đô Viêng Chăn, công trình Trường Tiểu học Hữu nghị do thành phố Hà Nội tài trợ "
        "với tổng kinh phí 29,5 tỷ đồng đã được khánh thành."
    )
    events = extract(text, published=datetime.date(2023, 5, 21))
    assert [(e.model, e.category) for e in events] == [("agreement", "funded_project")]
    assert events[0].amounts[0].value == Decimal("29500000000")
    assert events[0].date == datetime.date(2023, 5, 20)


def test_a_project_inaugurated_with_hanoi_funding_is_dated_by_its_milestone():
    text = (
        "A kindergarten built with US$1.5 million in funding from Hanoi was inaugurated in Vientiane "
        "on Tuesday."
    )
    project = kinds(extract(text, published=datetime.date(2025, 1, 9)))[("agreement", "funded_project")]
    assert project.date == datetime.date(2025, 1, 7)
    assert amounts(project) == [(Decimal(1_500_000), "USD")]


def test_a_building_hanoi_paid_for_is_a_funded_project_dated_by_its_year():
    text = (
        "Ngày 3/5/2024, Đoàn công tác Sở Y tế Hà Nội thăm Trạm y tế Xaysettha tại Thủ đô "
        "Viêng Chăn (Lào).\n\n"
        "Trạm y tế được thành phố Hà Nội tài trợ xây dựng năm 2020 với kinh phí 9 tỷ đồng."
    )
    events = extract(text, title="")
    project = kinds(events)[("agreement", "funded_project")]
    assert (project.date, project.date_precision) == (datetime.date(2020, 1, 1), "year")
    assert [(a.value, a.unit) for a in project.amounts] == [(Decimal(9_000_000_000), "VND")]


def test_a_project_named_by_its_groundbreaking_is_hanois_when_the_text_says_it_is_a_gift():
    text = (
        "Sáng 5/11, tại thủ đô Viêng Chăn đã diễn ra Lễ khởi công Dự án xây dựng trụ sở Sở Tư pháp thủ đô "
        "Viêng Chăn với trị giá 3 triệu USD. Đây là quà tặng của Đảng bộ, chính quyền và nhân dân Thủ đô "
        "Hà Nội tặng nhân dân Thủ đô Viêng Chăn."
    )
    events = kinds(extract(text, title="", published=datetime.date(2022, 11, 6)))
    project = events[("agreement", "funded_project")]
    assert project.date == datetime.date(2022, 11, 5)
    assert [(a.value, a.unit) for a in project.amounts] == [(Decimal(3_000_000), "USD")]
    assert ("agreement", "aid") not in events


def test_construction_that_began_on_a_hanoi_gift_is_a_funded_project_and_a_symposium_a_meeting():
    text = (
        "Vientiane (VNA) – Construction of new headquarters of the Department of Justice of the Lao capital "
        "city Vientiane began on November 5, 2022. The work is the gift of the Hanoi Party Committee, "
        "authorities and people to the Lao capital city. The Hanoi official is on a two-day working trip to "
        "Laos from November 4, during which he also attended a symposium connecting investment between "
        "Hanoi and Vientiane on November 5."
    )
    events = kinds(extract(text))
    assert events[("agreement", "funded_project")].date == datetime.date(2022, 11, 5)
    assert ("meeting", "other") in events
    assert events[("delegation", "visit")].direction == "to_laos"


def test_a_hanoi_funded_project_whose_progress_the_visit_reviews_is_a_project_event_undated():
    """The visit reviews a project funded before: its day is not the project's, so it stays undated."""
    text = (
        "Đoàn đại biểu thành phố Hà Nội thăm và làm việc tại Lào từ ngày 22 đến ngày 24/11/2023. Đồng thời "
        "đoàn rà soát tiến độ Dự án xây dựng Trụ sở Tư pháp và Viện kiểm sát Thủ đô Viêng Chăn do Hà Nội "
        "hỗ trợ kinh phí xây dựng."
    )
    events = kinds(extract(text))
    assert events[("agreement", "funded_project")].date is None


def test_a_project_told_twice_is_one_project_dated_by_its_handover():
    text = (
        "Vientiane Mayor Viengthong Soulivong received a delegation from Hanoi on Saturday, as the two "
        "cities marked the opening of a new kindergarten funded by Hanoi.\n\n"
        "On Sunday, 1 December, the two sides attended the handover ceremony of the Friendship Kindergarten "
        "in Vientiane. The school, built with US$1.2 million in funding from Hanoi, has eight classrooms."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 3))
    projects = [e for e in events if e.category == "funded_project"]
    assert len(projects) == 1
    assert projects[0].date == datetime.date(2024, 12, 1)
    assert [(a.value, a.unit) for a in projects[0].amounts] == [(Decimal(1_200_000), "USD")]


# --- A project's cost ---


def test_a_funded_projects_total_investment_is_its_amount():
    text = (
        "Sáng 10/10, tại Thủ đô Viêng Chăn đã diễn ra lễ khánh thành Công viên Hữu nghị. Công trình được "
        "thành phố Hà Nội tài trợ với tổng mức đầu tư 1,5 triệu USD; phía Lào đóng góp 2 tỷ kíp."
    )
    events = kinds(extract(text, title="", published=datetime.date(2023, 10, 11)))
    project = events[("agreement", "funded_project")]
    assert [(a.value, a.unit) for a in project.amounts] == [
        (Decimal(1_500_000), "USD"),
        (Decimal(2_000_000_000), "LAK"),
    ]


def test_a_projects_cost_told_after_it_and_an_english_meeting_with_an_ambassador():
    text = (
        "Vientiane (VNA) – Construction of new headquarters of the Department of Justice of the Lao capital "
        "city Vientiane began on November 5, 2022. The work is the gift of the Hanoi Party Committee to the "
        "Lao capital city. Covering 2.5ha, the project comprises two buildings. It will be built within 12 "
        "months at a total cost of 3 million USD."
    )
    project = kinds(extract(text))[("agreement", "funded_project")]
    assert [(a.value, a.unit) for a in project.amounts] == [(Decimal(3_000_000), "USD")]
    meeting = (
        "On March 17, Chairman of Hanoi People's Committee Nguyen Duc Chung had a meeting with the Lao "
        "Ambassador to Vietnam Thongsavanh Phomvihane."
    )
    reception = kinds(extract(meeting, published=datetime.date(2016, 3, 18)))[("meeting", "reception")]
    assert reception.date == datetime.date(2016, 3, 17)


# --- Projects that are not Hanoi's event ---


def test_a_project_opened_by_someone_else_is_not_hanois():
    text = (
        "Sáng 5/11, tại thủ đô Viêng Chăn đã diễn ra Lễ khởi công Dự án xây dựng trường học do Nhật Bản "
        "tài trợ. Đại diện Hà Nội dự buổi lễ."
    )
    events = kinds(extract(text, title="", published=datetime.date(2022, 11, 6)))
    assert ("agreement", "funded_project") not in events


def test_a_project_only_praised_in_passing_is_not_an_event():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm.\n\n"
        "The mayor said the Hanoi-funded Friendship Park is a favourite destination in Vientiane."
    )
    assert ("agreement", "funded_project") not in kinds(extract(text, published=datetime.date(2024, 4, 21)))


def test_each_project_listed_after_hanois_funding_of_many_is_a_project_undated():
    text = (
        "Ngày 10/8/2022, TP Hà Nội tổ chức Hội nghị Xúc tiến đầu tư với Thủ đô Viêng Chăn.\n\n"
        "Từ 2004 đến nay, TP Hà Nội đã hỗ trợ kinh phí cho các địa phương Lào xây dựng, đưa vào sử dụng "
        "nhiều công trình, dự án. Cụ thể, dự án xây dựng Trường dạy nghề hữu nghị Viêng Chăn - Hà Nội trị "
        "giá 14,8 tỷ đồng; Dự án lắp đặt điện chiếu sáng một số khu vực Thủ đô Viêng Chăn trị giá 4.419 "
        "triệu đồng."
    )
    events = extract(text)
    projects = [event for event in events if event.category == "funded_project"]
    assert [(project.date, amounts(project)) for project in projects] == [
        (None, [(Decimal(14_800_000_000), "VND")]),
        (None, [(Decimal(4_419_000_000), "VND")]),
    ]
    assert not [event for event in events if event.category == "aid"]  # the whole is no gift of its own


def test_an_english_groundbreaking_ceremony_for_the_construction_of_a_hanoi_gift_is_its_project():
    text = (
        "Vientiane's authorities on November 5 launched the groundbreaking ceremony for the construction of "
        "the headquarters of Vientiane’s Justice Department and Prosecutor's Office. The two projects, worth "
        "a combined US$3 million, was the gift of the Party, Government, and People of Hanoi."
    )
    project = by_kind(extract(text, title="", published=datetime.date(2022, 11, 6)))[
        ("agreement", "funded_project")
    ]
    assert project.date == datetime.date(2022, 11, 5)


def test_scholarships_given_are_aid():
    events = extract(
        "Ngày 8/5, Hà Nội trao 200 suất học bổng cho lưu học sinh Lào của Thủ đô Viêng Chăn.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["agreement", "aid"].date == datetime.date(2024, 5, 8)


def test_a_ceremony_to_hand_over_computers_is_aid():
    events = extract(
        "A ceremony was held in Hanoi on May 8 to hand over 100 computers to Vientiane.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["agreement", "aid"].direction == "to_laos"


def test_a_work_named_by_its_kind_and_funded_by_hanoi_is_a_funded_project():
    events = extract(
        "Ngày 18/11/2022, hai bên đã khởi công xây dựng Trung tâm Y tế huyện Xaythany, Thủ đô Viêng Chăn do "
        "thành phố Hà Nội tài trợ 2,5 triệu USD."
    )
    project = kinds(events)["agreement", "funded_project"]
    assert project.date == datetime.date(2022, 11, 18)
    assert ("agreement", "aid") not in kinds(events)


def test_gifts_summed_up_over_a_period_are_no_gift_of_their_own():
    events = extract(
        "Ngày 28/6, Hà Nội bế giảng khóa đào tạo cho 25 bác sĩ Thủ đô Viêng Chăn. Riêng trong giai đoạn "
        "2020 - 2022, Hà Nội đã hỗ trợ Viêng Chăn nhiều đợt trang thiết bị, vật tư phòng chống dịch "
        "Covid-19.",
        published=datetime.date(2024, 6, 29),
    )
    assert ("agreement", "aid") not in kinds(events)


def test_a_work_hanoi_hands_over_is_a_funded_project():
    events = extract(
        "Hanoi officials handed over the Lao-Vietnam Friendship Kindergarten to Vientiane authorities on "
        "Wednesday.",
        published=datetime.date(2024, 12, 5),
    )
    assert kinds(events)["agreement", "funded_project"].date == datetime.date(2024, 12, 4)


def test_a_gift_received_by_an_ambassador_is_the_gift_not_a_call_on_him():
    events = extract(
        "The Hanoi People's Committee on Tuesday handed over medical supplies worth 3 billion VND to "
        "Vientiane. The aid package, including 50,000 antigen test kits, was received by Lao Ambassador "
        "to Vietnam Sengdeuan Phommachack at a ceremony in Hanoi.",
        published=datetime.date(2021, 8, 18),
    )
    assert [(event.model, event.category) for event in events] == [("agreement", "aid")]
    # A delegation that came about aid and was received is still received.
    events = extract(
        "The Vientiane delegation, which came to discuss flood aid, was received by Hanoi Party Secretary "
        "Dinh Tien Dung on May 8.",
        published=datetime.date(2024, 5, 10),
    )
    assert ("meeting", "reception") in {(event.model, event.category) for event in events}


def test_a_building_hanoi_funded_the_construction_of_is_a_funded_project_dated_by_its_hand_over():
    events = by_kind(
        extract(
            "Under the 2022-2025 agreement, Hanoi funded the construction of the headquarters of the "
            "Vientiane Department of Justice, which was handed over in March 2024, and trained officials.",
            published=datetime.date(2025, 11, 21),
        )
    )
    project = events[("agreement", "funded_project")]
    assert (project.date, project.date_precision) == (datetime.date(2024, 3, 1), "month")


def test_the_day_of_the_hand_over_ceremony_told_next_dates_the_gift():
    (gift,) = extract(
        "The Vietnamese capital of Hanoi has handed over 50 computers and 200 million kip to the Vientiane "
        "Capital Department of Education and Sports. The handover ceremony was held at the Vientiane Capital "
        "Hall on Friday.",
        published=datetime.date(2024, 10, 7),
    )
    assert (gift.date, gift.date_precision) == (datetime.date(2024, 10, 4), "day")


def test_thanks_for_support_is_no_gift_and_on_this_occasion_dates_a_gift_told_with_a_span():
    lead = (
        "Trong khuôn khổ chuyến công tác tại Lào từ ngày 5 - 8/12, đoàn công tác Sở Y tế Hà Nội đã làm việc "
        "với Sở Y tế Thủ đô Viêng Chăn và trao tặng trang thiết bị y tế cho ngành y tế Thủ đô Viêng Chăn."
    )
    later = (
        "Chiều 6/12, đoàn làm việc với Sở Y tế Thủ đô Viêng Chăn.\n\n"
        "Nhân dịp này, Sở Y tế Hà Nội đã trao tặng Sở Y tế Thủ đô Viêng Chăn lô trang thiết bị y tế tổng trị "
        "giá 1,5 tỷ đồng.\n\n"
        "Giám đốc Sở Y tế Thủ đô Viêng Chăn Bounthanh Sisouphanh cảm ơn sự hỗ trợ kịp thời của Sở Y tế "
        "Hà Nội; khẳng định số trang thiết bị sẽ được phân bổ cho các bệnh viện tuyến huyện."
    )
    gifts = [
        e for e in extract(lead + "\n\n" + later, published=datetime.date(2023, 12, 8)) if e.category == "aid"
    ]
    assert [(gift.date, gift.date_end, gift.direction) for gift in gifts] == [
        (datetime.date(2023, 12, 6), None, "to_laos")
    ]


def test_a_building_received_with_hanois_funding_is_a_project_and_one_hanoi_also_funded_is_another():
    text = (
        "Vientiane authorities on Tuesday received a new two-storey classroom building at Dongdok "
        "Secondary School, built with funding of US$250,000 (about 5.3 billion kip) from the Hanoi "
        "People's Committee.\n\nMr Phouvong thanked Hanoi for its continued support, noting that the "
        "Vietnamese capital had also funded the new headquarters of the Vientiane Department of Justice, "
        "which was handed over in March."
    )
    events = extract(
        text, title="Hanoi hands over school building to Vientiane", published=datetime.date(2024, 6, 20)
    )
    assert [(e.category, e.date, amounts(e)) for e in events] == [
        ("funded_project", datetime.date(2024, 6, 18), [(Decimal(250000), "USD")]),
        ("funded_project", datetime.date(2024, 3, 1), []),
    ]


def test_a_dated_gift_told_as_earlier_is_its_own_gift_not_the_undated_one_before_it():
    text = (
        "Sáng 9-9, Ủy ban MTTQ Việt Nam thành phố Hà Nội và Ủy ban Mặt trận Lào xây dựng đất nước Thủ đô "
        "Viêng Chăn đã tổ chức hội đàm trực tuyến.\n\n"
        "Ủy ban MTTQ Việt Nam thành phố Hà Nội quyết định hỗ trợ Ủy ban Mặt trận Lào xây dựng đất nước "
        "Thủ đô Viêng Chăn 500 triệu đồng và 10.000 khẩu trang y tế.\n\n"
        "Trước đó, ngày 26-8, thành phố Hà Nội đã trao tặng Nhân dân Thủ đô Viêng Chăn 200.000 USD."
    )
    gifts = [e for e in extract(text, published=datetime.date(2021, 9, 10)) if e.category == "aid"]
    assert sorted((gift.date, tuple(amounts(gift))) for gift in gifts) == [
        (datetime.date(2021, 8, 26), ((Decimal(200000), "USD"),)),
        (datetime.date(2021, 9, 9), ((Decimal(500000000), "VND"), (Decimal(10000), "khẩu trang"))),
    ]


def test_a_project_hanoi_funded_before_is_another_project_kept_undated():
    text = (
        "Sáng 15/11, tại huyện Naxaythong, Thủ đô Viêng Chăn, thành phố Hà Nội và chính quyền Thủ đô Viêng "
        "Chăn đã tổ chức lễ khởi công xây dựng Trường Trung học Hữu nghị. Công trình do thành phố Hà Nội "
        "tài trợ toàn bộ kinh phí 2 triệu USD.\n\n"
        "Phát biểu tại lễ khởi công, Phó Chủ tịch UBND thành phố Hà Nội cho biết, công trình là món quà của "
        "nhân dân Thủ đô Hà Nội. Trước đó, thành phố Hà Nội đã tài trợ xây dựng Trường Mầm non Hữu nghị tại "
        "huyện Xaythany, hiện đã đưa vào sử dụng hiệu quả."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2023, 11, 15)) if e.category == "funded_project"
    ]
    assert [(p.date, amounts(p)) for p in projects] == [
        (datetime.date(2023, 11, 15), [(Decimal(2000000), "USD")]),
        (None, []),
    ]


def test_who_attended_a_projects_hand_over_takes_part_in_the_project():
    text = (
        "Vientiane authorities on Tuesday received a new two-storey classroom building at Dongdok "
        "Secondary School, built with funding of US$250,000 from the Hanoi People's Committee.\n\n"
        "The handover ceremony was attended by Deputy Mayor of Vientiane, Mr Phouvong Vongkhamsao, and Vice "
        "Chairman of the Hanoi People's Committee, Mr Nguyen Manh Quyen.\n\n"
        "The Hanoi delegation is on a working visit to Laos from June 17-20. On Monday, the delegation paid "
        "a courtesy call on Secretary of the Vientiane Party Committee, Mr Anouphap Tounalom."
    )
    events = kinds(extract(text, published=datetime.date(2024, 6, 20)))
    project = events[("agreement", "funded_project")]
    assert {"Phouvong Vongkhamsao", "Nguyen Manh Quyen"} <= set(names(project))


def test_a_gift_to_the_partner_hospital_is_a_gift_to_the_lao_side():
    text = (
        "Đoàn y bác sĩ Bệnh viện Đa khoa Xanh Pôn khám cho hơn 500 người tại Bệnh viện Hữu nghị Mittaphab, "
        "Thủ đô Viêng Chăn, trong 5 ngày từ 28/10 đến 1/11.\n\n"
        "Ngày 28/10, hai bệnh viện ký biên bản ghi nhớ hợp tác giai đoạn 2024 - 2027 với Sở Y tế Hà Nội. "
        "Cũng trong ngày này, Bệnh viện Xanh Pôn trao tặng bệnh viện bạn hai máy thở và vật tư trị giá 300 "
        "triệu đồng."
    )
    gift = kinds(extract(text, published=datetime.date(2024, 11, 3)))[("agreement", "aid")]
    assert (gift.date, gift.direction) == (datetime.date(2024, 10, 28), "to_laos")
    assert amounts(gift) == [(Decimal(2), "máy thở"), (Decimal(300000000), "VND")]


def test_a_work_inaugurated_and_paid_for_from_hanois_budget_is_a_funded_project():
    text = (
        "Sáng 30/8, tại huyện Sikhottabong, Thủ đô Viêng Chăn (Lào), thành phố Hà Nội và chính quyền Thủ đô "
        "Viêng Chăn đã long trọng tổ chức lễ khánh thành và bàn giao Trường Tiểu học Hữu nghị Hà Nội - Viêng "
        "Chăn. "
        "Dự buổi lễ có Phó Chủ tịch UBND thành phố Nguyễn Thị Hà. Công trình gồm 16 phòng học, với tổng kinh "
        "phí 28 tỷ đồng từ ngân sách thành phố Hà Nội."
    )
    project = by_kind(extract(text, published=datetime.date(2019, 8, 31)))["agreement", "funded_project"]
    assert project.date == datetime.date(2019, 8, 30)
    assert amounts(project) == [(Decimal("28000000000"), "VND")]


def test_a_gift_of_money_for_several_works_is_a_gift():
    # "để hỗ trợ xây dựng một số công trình": what the money is for, not Hanoi's many works summed up.
    text = (
        "Ngày 7 tháng 4, Chủ tịch UBND thành phố Hà Nội và Đô trưởng Thủ đô Viêng Chăn đã hội đàm. Nhân dịp "
        "này, thành phố Hà Nội trao tặng Thủ đô Viêng Chăn 1 tỷ đồng để hỗ trợ xây dựng một số công trình "
        "phúc lợi."
    )
    gift = by_kind(extract(text, published=datetime.date(2009, 4, 8)))["agreement", "aid"]
    assert (gift.date, amounts(gift)) == (datetime.date(2009, 4, 7), [(Decimal("1000000000"), "VND")])
    # Hanoi's funding of several works told as a whole is still no gift.
    text = (
        "Ngày 7 tháng 4, Chủ tịch UBND thành phố Hà Nội và Đô trưởng Thủ đô Viêng Chăn đã hội đàm. Thời gian "
        "qua, Hà Nội đã hỗ trợ xây dựng một số công trình tại Viêng Chăn."
    )
    assert ("agreement", "aid") not in by_kind(extract(text, published=datetime.date(2009, 4, 8)))


def test_a_gift_the_lao_side_sent_this_month_is_its_own_gift_to_hanoi():
    # "sent ... to" gives; "This August" is the page's year; the giver is the clause just before the verb
    # (Hanoi, in the clause before it, is not); the recipient ends before "via".
    text = (
        "Hanoi Party Secretary Le Minh Duc and his Vientiane counterpart Bounkhong Sayavong on November 17 "
        "held online talks. In April 2020, Hanoi presented Vientiane with 50,000 face masks and US$100,000 "
        "in cash. This August, when Hanoi was under social distancing, the Vientiane Capital authorities "
        "again sent 300 million kip to Hanoi via the Lao Embassy in Vietnam."
    )
    gifts = [e for e in extract(text, published=datetime.date(2021, 11, 18)) if e.category == "aid"]
    by_direction = {gift.direction: gift for gift in gifts}
    from_vientiane = by_direction["to_hanoi"]
    assert (from_vientiane.date, from_vientiane.date_precision) == (datetime.date(2021, 8, 1), "month")
    assert amounts(from_vientiane) == [(Decimal("300000000"), "LAK")]
    assert [a.recipient for a in from_vientiane.amounts] == ["Hanoi"]
    assert [a.recipient for a in by_direction["to_laos"].amounts] == ["Vientiane", "Vientiane"]


def test_a_gift_a_body_gives_is_given_by_the_head_the_article_names_for_it():
    text = (
        "Sáng 11/11, Chủ tịch LĐLĐ TP Hà Nội Lê Đình Hùng đã tiếp đoàn đại biểu Liên hiệp Công đoàn Thủ đô "
        "Viêng Chăn do bà Viengkhame Sengsouriya làm trưởng đoàn. Chia sẻ khó khăn đó, LĐLĐ TP Hà Nội đã "
        "trao tặng 300 triệu kíp hỗ trợ đoàn viên Thủ đô Viêng Chăn bị ảnh hưởng bởi mưa lũ."
    )
    gift = by_kind(extract(text, published=datetime.date(2025, 11, 12)))["agreement", "aid"]
    assert "Lê Đình Hùng" in names(gift)


def test_two_gifts_in_one_sentence_given_the_two_ways_are_two_gifts():
    text = (
        "Hanoi Party Secretary Le Minh Duc and his Vientiane counterpart Bounkhong Sayavong on November 17 "
        "held online talks. In April 2020, Hanoi presented Vientiane with 50,000 face masks and US$100,000 "
        "in cash, while Vientiane gave Hanoi US$20,000 to support its fight against the virus."
    )
    gifts = {
        e.direction: e for e in extract(text, published=datetime.date(2021, 11, 18)) if e.category == "aid"
    }
    assert amounts(gifts["to_laos"]) == [(Decimal("50000"), "face masks"), (Decimal("100000"), "USD")]
    assert amounts(gifts["to_hanoi"]) == [(Decimal("20000"), "USD")]


def test_another_body_giving_at_the_same_ceremony_gives_a_gift_of_its_own():
    text = (
        "Chiều qua (24/9), tại trụ sở Ủy ban MTTQ Việt Nam TP Hà Nội, đã diễn ra lễ trao kinh phí "
        "hỗ trợ nhân dân Thủ đô Viêng Chăn (Lào) khắc phục hậu quả lũ lụt.\n\nThay mặt Ban Thường "
        "trực Ủy ban MTTQ Việt Nam TP Hà Nội, Phó Chủ tịch Phạm Anh Tuấn đã trao 50.000 USD cho Đại "
        "sứ Lào tại Việt Nam Khamphao Ernthavanh.\n\nCùng dịp, Hội Chữ thập đỏ TP Hà Nội do bà "
        "Nguyễn Thị Kim Thoa, Chủ tịch Hội làm đại diện, trao tặng 1 tỷ đồng hỗ trợ các hộ dân bị "
        "thiệt hại tại Thủ đô Viêng Chăn."
    )
    gifts = [e for e in extract(text, published=datetime.date(2024, 9, 25)) if e.category == "aid"]
    assert sorted(sorted((a.value, a.unit) for a in gift.amounts) for gift in gifts) == [
        [(Decimal("50000"), "USD")],
        [(Decimal("1000000000"), "VND")],
    ]


def test_a_work_handed_over_told_work_first_and_a_gift_at_the_same_ceremony():
    text = (
        "The Hanoi-Vientiane Friendship Park on the bank of the Mekong River was officially handed over to "
        "Vientiane authorities on Tuesday. The park was built at a cost of US$1.2 million funded entirely by "
        "the Hanoi People's Committee. At the same ceremony, the Hanoi delegation presented 100 computers "
        "to the Vientiane Capital Department of Education and Sports. Earlier on Monday, the Hanoi "
        "delegation paid a courtesy call on Vientiane Mayor Viengkham Souvannalath."
    )
    events = by_kind(extract(text, published=datetime.date(2016, 3, 23)))
    assert events[("agreement", "funded_project")].date == datetime.date(2016, 3, 22)
    assert events[("agreement", "aid")].date == datetime.date(2016, 3, 22)
    assert events[("meeting", "courtesy_call")].date == datetime.date(2016, 3, 21)


def test_another_body_giving_along_with_the_citys_donation_gives_a_gift_of_its_own():
    text = (
        "A delegation of the Hanoi People's Committee on Thursday handed over 100 tonnes of rice and "
        "US$50,000 in cash to Vientiane authorities. Along with the city's donation, the Hanoi Red Cross "
        "Society presented 1,000 blankets to the Vientiane Capital Health Department."
    )
    gifts = [event for event in extract(text, published=datetime.date(2013, 9, 6)) if event.category == "aid"]
    assert [amounts(gift) for gift in gifts] == [
        [(Decimal(100), "tonnes of rice"), (Decimal(50000), "USD")],
        [(Decimal(1000), "blankets")],
    ]
    assert {gift.date for gift in gifts} == {datetime.date(2013, 9, 5)}


def test_a_clinic_handed_over_is_a_funded_project():
    text = (
        "Ngày 15 tháng 1 năm 2026, tại huyện Naxaythong, Thủ đô Viêng Chăn đã diễn ra lễ khánh thành và bàn "
        "giao Phòng khám Đa khoa Hữu nghị Hà Nội - Viêng Chăn, công trình do Đảng bộ, chính quyền và "
        "nhân dân Thủ đô Hà Nội tài trợ xây dựng."
    )
    project = kinds(extract(text, published=datetime.date(2026, 1, 16)))[("agreement", "funded_project")]
    assert project.date == datetime.date(2026, 1, 15)


def test_a_work_handed_over_to_a_body_before_it_is_named_and_a_mission_to_a_district():
    text = (
        "Sáng 5/11/2023, tại huyện Sisattanak, thành phố Hà Nội đã khánh thành và bàn giao cho Chính quyền "
        "Thủ đô Viêng Chăn công trình Trường Mầm non Hữu nghị Hà Nội - Viêng Chăn. Công trình có tổng kinh "
        "phí 22 tỷ đồng do ngân sách thành phố Hà Nội tài trợ.\n\n"
        "Ngày 14/9, Đoàn y, bác sĩ Bệnh viện Đa khoa Đức Giang đã sang huyện Xaysettha, phối hợp với Sở Y tế "
        "Thủ đô Viêng Chăn tổ chức khám bệnh, cấp thuốc miễn phí cho hơn 800 người dân."
    )
    events = by_kind(extract(text, published=datetime.date(2023, 12, 30)))
    assert events[("agreement", "funded_project")].date == datetime.date(2023, 11, 5)
    assert events[("delegation", "visit")].date == datetime.date(2023, 9, 14)


def test_a_works_earlier_groundbreaking_told_in_the_passive_is_its_own_event_and_the_cost_stays():
    text = (
        "Ngày 8 tháng 10 năm 2009, tại huyện Xaythany, Thủ đô Viêng Chăn đã tổ chức lễ khánh thành và bàn "
        "giao Trường Tiểu học Hữu nghị Lào - Việt Nam, công trình do thành phố Hà Nội tài trợ xây dựng.\n\n"
        "Trường Tiểu học Hữu nghị Lào - Việt Nam được khởi công vào tháng 11 năm 2008 trên diện tích gần "
        "6.000 m2. Tổng kinh phí xây dựng là 2 tỷ đồng, do thành phố Hà Nội tài trợ toàn bộ."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2009, 10, 9)) if e.category == "funded_project"
    ]
    assert [(p.date, p.date_precision, amounts(p)) for p in projects] == [
        (datetime.date(2009, 10, 8), "day", [(Decimal(2_000_000_000), "VND")]),
        (datetime.date(2008, 11, 1), "month", []),
    ]


def test_earlier_works_named_with_the_year_of_their_milestone_are_earlier_projects():
    text = (
        "Sáng 20/6, tại huyện Sikhottabong, Thủ đô Viêng Chăn đã diễn ra lễ khởi công xây dựng Nhà văn hóa "
        "Hữu nghị Viêng Chăn - Hà Nội.\n\n"
        "Ông Nguyễn Quang Huy cho biết, đây là công trình thứ ba do thành phố Hà Nội tài trợ cho Thủ đô "
        "Viêng Chăn, sau Trường Tiểu học Hữu nghị Lào - Việt Nam khánh thành năm 2009 và Công viên Hữu nghị "
        "Hà Nội - Viêng Chăn khánh thành năm 2016."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2023, 6, 21)) if e.category == "funded_project"
    ]
    assert sorted((p.date, p.date_precision) for p in projects) == [
        (datetime.date(2009, 1, 1), "year"),
        (datetime.date(2016, 1, 1), "year"),
        (datetime.date(2023, 6, 20), "day"),
    ]


def test_a_work_hanoi_pledges_with_its_cost_is_a_project_of_its_own_dated_at_the_talks():
    text = (
        "Chiều 15/12, Bí thư Thành ủy Hà Nội Nguyễn Hữu Phong đã hội đàm trực tuyến với Bí thư Thành ủy Thủ "
        "đô Viêng Chăn Sisavath Phommachanh.\n\n"
        "Bí thư Thành ủy nhắc lại rằng, tháng 4 vừa qua, Hà Nội đã trao tặng Thủ đô Viêng Chăn "
        "50.000 USD.\n\n"
        "Tại hội đàm, Bí thư Thành ủy thông báo, thành phố Hà Nội sẽ hỗ trợ Thủ đô Viêng Chăn 1 triệu USD để "
        "xây dựng Trường Mẫu giáo Hữu nghị Hà Nội - Viêng Chăn tại huyện Chanthabouly."
    )
    events = kinds(extract(text, published=datetime.date(2020, 12, 16)))
    project = events[("agreement", "funded_project")]
    assert (project.date, amounts(project)) == (datetime.date(2020, 12, 15), [(Decimal(1_000_000), "USD")])
    assert amounts(events[("agreement", "aid")]) == [(Decimal(50000), "USD")]


def test_a_pledge_in_english_to_build_a_work_at_a_cost_is_a_project_and_one_without_a_sum_is_none():
    pledged = (
        "Hanoi Party Secretary Bao on Thursday held talks with the Vientiane Party Secretary in Hanoi. "
        "At the talks, Bao announced that Hanoi will fund the construction of a vocational training "
        "centre in Vientiane's Naxaythong district at an estimated cost of US$2 million."
    )
    project = kinds(extract(pledged, published=datetime.date(2026, 1, 16)))[("agreement", "funded_project")]
    assert amounts(project) == [(Decimal(2_000_000), "USD")]
    promised = pledged.replace(" at an estimated cost of US$2 million", "")
    assert ("agreement", "funded_project") not in kinds(
        extract(promised, published=datetime.date(2026, 1, 16))
    )


def test_a_gift_told_on_the_occasion_takes_its_day_not_the_month_of_what_it_helps_with():
    text = (
        "Before the signing, Anh received the Lao delegation in Hanoi on December 6. On this occasion, the "
        "Hanoi Fatherland Front Committee handed over VND200 million to the Vientiane front to help "
        "households affected by the floods that hit the capital's outlying districts in September."
    )
    aid = kinds(extract(text, published=datetime.date(2022, 12, 8)))[("agreement", "aid")]
    assert (aid.date, aid.date_precision) == (datetime.date(2022, 12, 6), "day")


def test_a_work_named_in_full_handed_over_by_hanoi_with_its_cost_and_a_gift_also_on_that_day():
    text = (
        "The Vietnamese capital Hanoi on Friday handed over the Vientiane-Hanoi Friendship Vocational "
        "Training Centre in Xaysettha district to the Vientiane authorities.\n\n"
        "The centre, built with non-refundable aid of 38 billion dong from the Hanoi People's Committee, has "
        "eight classrooms.\n\n"
        "Also on Friday, the Hanoi delegation presented 20 computers and 200 million kip to the centre."
    )
    events = kinds(extract(text, published=datetime.date(2014, 3, 10)))
    project, aid = events[("agreement", "funded_project")], events[("agreement", "aid")]
    assert (project.date, amounts(project)) == (datetime.date(2014, 3, 7), [(Decimal(38_000_000_000), "VND")])
    assert (aid.date, amounts(aid)) == (
        datetime.date(2014, 3, 7),
        [(Decimal(20), "computers"), (Decimal(200_000_000), "LAK")],
    )


def test_a_works_earlier_milestones_told_beside_its_cost_and_its_completion_month_are_events():
    text = (
        "Ngày 24/8, tại huyện Xaysetha, Thủ đô Viêng Chăn, thành phố Hà Nội đã tổ chức lễ khánh thành và bàn "
        "giao Trường Trung học cơ sở Hữu nghị Lào - Việt Nam cho chính quyền Thủ đô Viêng Chăn.\n\n"
        "Trường được khởi công ngày 15/11/2016 với tổng vốn đầu tư 42 tỷ đồng từ ngân sách thành phố Hà Nội. "
        "Công trình hoàn thành vào tháng 6/2018, kịp đưa vào sử dụng trong năm học mới."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2018, 8, 24)) if e.category == "funded_project"
    ]
    assert sorted((p.date, p.date_precision, amounts(p)) for p in projects) == [
        (datetime.date(2016, 11, 15), "day", []),
        (datetime.date(2018, 6, 1), "month", []),
        (datetime.date(2018, 8, 24), "day", [(Decimal(42_000_000_000), "VND")]),
    ]


def test_a_work_hanoi_funded_named_in_a_which_clause_and_a_ground_breaking_told_in_the_active():
    recalled = (
        "Bounleuth thanked Hanoi for its support to Vientiane, citing the Hanoi-Vientiane Friendship "
        "Kindergarten in Chanthabouly district, which Hanoi funded and handed over to Vientiane last August."
    )
    project = kinds(extract(recalled, published=datetime.date(2026, 1, 16)))[("agreement", "funded_project")]
    assert (project.date, project.date_precision) == (datetime.date(2025, 8, 1), "month")
    active = (
        "Ngày 15/8/2025, thành phố Hà Nội đã bàn giao Trường Mầm non Hữu nghị tại huyện Chanthabouly, Thủ "
        "đô Viêng Chăn. Công trình khởi công ngày 20.11.2023 với kinh phí 25 tỷ đồng do Hà Nội tài trợ."
    )
    projects = [
        e for e in extract(active, published=datetime.date(2025, 8, 16)) if e.category == "funded_project"
    ]
    assert sorted(p.date for p in projects) == [datetime.date(2023, 11, 20), datetime.date(2025, 8, 15)]


def test_a_work_recalled_in_a_which_clause_is_not_the_work_pledged_at_the_talks():
    text = (
        "On Thursday, Hanoi Party Secretary Bao held talks with Vientiane Party Secretary Bounleuth "
        "Keomany in Vientiane. At the talks, Bao announced that Hanoi will fund the construction of a "
        "vocational training centre in Vientiane's Naxaythong district at an estimated cost of US$2.5 "
        "million.\n\n"
        "Bounleuth thanked Hanoi, citing the Hanoi-Vientiane Friendship Kindergarten in Chanthabouly "
        "district, which Hanoi funded and handed over to Vientiane last August."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2026, 1, 16)) if e.category == "funded_project"
    ]
    assert sorted((p.date, amounts(p)) for p in projects) == [
        (datetime.date(2025, 8, 1), []),
        (datetime.date(2026, 1, 15), [(Decimal(2_500_000), "USD")]),
    ]


def test_money_given_to_build_a_named_work_is_a_funded_project_with_each_dated_milestone():
    text = (
        "Đáng chú ý, Bộ Tư lệnh Thủ đô Hà Nội đã hỗ trợ 2,5 tỷ đồng xây dựng Nhà truyền thống của Bộ Chỉ huy "
        "Quân sự Thủ đô Viêng Chăn; công trình được khởi công tháng 3/2016 và khánh thành, bàn giao vào "
        "tháng 12/2017."
    )
    events = extract(text, published=datetime.date(2019, 5, 11))
    projects = [e for e in events if e.category == "funded_project"]
    assert [(e.date, e.date_precision) for e in projects] == [
        (datetime.date(2016, 3, 1), "month"),
        (datetime.date(2017, 12, 1), "month"),
    ]
    assert [(a.value, a.unit) for a in projects[0].amounts] == [(2_500_000_000, "VND")]
    assert not [e for e in events if e.category == "aid"]


def test_a_gift_told_as_earlier_this_week_is_a_gift_of_its_own_and_a_countrys_aid_is_none():
    text = (
        "The Hanoi Red Cross Society on August 21 handed over USD 30,000 and 5 tonnes of rice to help "
        "people in Vientiane affected by the floods.\n\n"
        "Earlier this week, the Hanoi Women's Union donated VND 200 million to women and children in the "
        "flooded areas of Vientiane's Hadxaifong district.\n\n"
        "The Vietnamese Government has also sent USD 200,000 in emergency relief to Laos."
    )
    gifts = [e for e in extract(text, published=datetime.date(2008, 8, 22)) if e.category == "aid"]
    assert [(e.date, e.date_precision, [(a.value, a.unit) for a in e.amounts]) for e in gifts] == [
        (datetime.date(2008, 8, 21), "day", [(30000, "USD"), (5, "tonnes of rice")]),
        (datetime.date(2008, 8, 1), "month", [(200_000_000, "VND")]),
    ]


def test_a_sum_before_the_works_name_is_its_cost_unless_the_sentence_hands_over_another_work():
    text = (
        "VIENTIANE — A health clinic built with funding from Hà Nội in Vientiane's Sangthong District was "
        "inaugurated and handed over to local authorities on Wednesday, March 18.\n\n"
        "The VNĐ18 billion (US$700,000) Hà Nội-Sangthong Friendship Clinic has 30 beds and an emergency "
        "room.\n\n"
        "In January, Hanoi handed over the USD 3 million headquarters of the Vientiane Capital Justice "
        "Department."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2026, 3, 20)) if e.category == "funded_project"
    ]
    assert [(e.date, [(a.value, a.unit) for a in e.amounts]) for e in projects] == [
        (datetime.date(2026, 3, 18), [(18_000_000_000, "VND")]),
        (datetime.date(2026, 1, 1), [(3_000_000, "USD")]),
    ]


def test_the_sum_a_work_was_invested_with_is_its_cost():
    text = (
        "Also on March 12, the Hà Nội delegation attended the inauguration ceremony of the headquarters of "
        "the Justice Department and the Procuracy of Vientiane. The project, invested with US$3 million, is "
        "a gift from the Party organisation, administration, and people of Hà Nội."
    )
    project = by_kind(extract(text, published=datetime.date(2024, 3, 13)))["agreement", "funded_project"]
    assert [(a.value, a.unit) for a in project.amounts] == [(3_000_000, "USD")]


def test_an_earlier_work_named_after_sau_with_the_month_of_its_hand_over_is_an_earlier_project():
    text = (
        "Trường THCS Hữu nghị Hà Nội - Viêng Chăn ở huyện Xaythany, do ngân sách Hà Nội tài trợ 45 tỷ đồng, "
        "được khánh thành và bàn giao sáng 4/9. Đây là công trình thứ ba Hà Nội tài trợ xây dựng tại Viêng "
        "Chăn trong 5 năm qua, sau trụ sở Sở Tư pháp - Viện Kiểm sát nhân dân Thủ đô Viêng Chăn bàn giao "
        "tháng 3/2024."
    )
    projects = [
        e for e in extract(text, published=datetime.date(2025, 9, 5)) if e.category == "funded_project"
    ]
    assert [(e.date, e.date_precision) for e in projects] == [
        (datetime.date(2025, 9, 4), "day"),
        (datetime.date(2024, 3, 1), "month"),
    ]


def test_who_speaks_at_the_ceremony_of_a_work_handed_over_takes_part_in_the_project():
    text = (
        "Đoàn đại biểu TP Hà Nội do Phó chủ tịch UBND thành phố Vương Đình Khiêm dẫn đầu thăm và làm việc "
        "tại Lào từ ngày 3 đến 6/9.\n\n"
        "Sáng 4/9, Trường THCS Hữu nghị Hà Nội - Viêng Chăn ở huyện Xaythany, do ngân sách Hà Nội tài trợ "
        "45 tỷ đồng, được khánh thành và bàn giao.\n\n"
        "Tại buổi lễ, Phó đô trưởng Thủ đô Viêng Chăn Noy Sipaseuth cảm ơn Hà Nội đã dành cho Viêng Chăn món "
        "quà ý nghĩa.\n\n"
        "Chiều cùng ngày, đoàn Hà Nội chào xã giao Đô trưởng Thủ đô Viêng Chăn Saysamone Phetsarath."
    )
    events = by_kind(extract(text, published=datetime.date(2025, 9, 5)))
    assert "Noy Sipaseuth" in names(events["agreement", "funded_project"])
    assert "Noy Sipaseuth" in names(events["delegation", "visit"])


def test_a_ground_breaking_written_with_a_hyphen_is_a_milestone_of_the_work_given():
    text = (
        "A delegation from Hanoi led by Secretary of the Hanoi Party Committee Truong Quoc Hien arrived in "
        "Vientiane on Wednesday for a four-day visit. On Wednesday afternoon, the Hanoi delegation attended "
        "a ground-breaking ceremony for the Vientiane-Hanoi Friendship Kindergarten in Xaysettha district, "
        "a US$500,000 gift from the Hanoi authorities."
    )
    events = by_kind(extract(text, published=datetime.date(2010, 11, 12)))
    assert events["agreement", "funded_project"].date == datetime.date(2010, 11, 10)
    assert ("agreement", "aid") not in events
