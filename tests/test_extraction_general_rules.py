"""General rules for real Hanoi-Laos news, each shown on a short sentence written for the test."""

import datetime
from decimal import Decimal

from events.extraction.amounts import aid_amounts, find_amounts
from events.extraction.dates import find_dates, infer_text_year
from tests.extraction import extract


def kinds(events):
    return {(event.model, event.category): event for event in events}


def names(event):
    return {person.name for person in event.people}


# Language


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


# Dates


def test_cung_ngay_takes_the_day_named_before():
    text = (
        "Sáng 9/10, Phó Chủ tịch UBND thành phố Hà Nội Hà Minh Hải đã tiếp Đoàn đại biểu Sở Y tế Thủ đô "
        "Viêng Chăn do ông Bounsong Keola làm trưởng đoàn.\n\n"
        "Cùng ngày, Đoàn đã hội đàm với Sở Y tế Hà Nội về hợp tác đào tạo bác sĩ cho Lào."
    )
    events = extract(text, title="", published=datetime.date(2024, 10, 9))
    talks = kinds(events)[("meeting", "talks")]
    assert talks.date == datetime.date(2024, 10, 9)


def test_english_the_same_day_takes_the_day_named_before():
    text = (
        "Hanoi Party Secretary Bui Thi Minh Hoai paid a courtesy call on the Lao President in Vientiane "
        "on October 2. Later that day, the Hanoi delegation held talks with Vientiane Mayor Atsaphangthong "
        "Siphandone."
    )
    events = extract(text, title="", published=datetime.date(2024, 10, 3))
    talks = kinds(events)[("meeting", "talks")]
    assert talks.date == datetime.date(2024, 10, 2)


def test_a_year_the_article_calls_this_year_dates_a_day_without_a_year():
    text = "Năm nay, 2024, là năm hai Thủ đô kỷ niệm quan hệ. Chiều 4/6, hai bên gặp nhau."
    assert infer_text_year(text) == 2024


def test_a_single_year_in_the_title_dates_a_day_without_a_year():
    text = (
        "Sáng 3/8, Thành ủy Hà Nội tổ chức khai giảng lớp bồi dưỡng cán bộ cho 25 cán bộ Thủ đô Viêng Chăn "
        "(Lào). Lớp học kéo dài từ 3/8 đến 30/9."
    )
    events = extract(text, title="Khai giảng lớp bồi dưỡng cán bộ Lào năm 2026")
    training = kinds(events)[("delegation", "training")]
    assert training.date == datetime.date(2026, 8, 3)


def test_a_span_across_the_new_year_keeps_both_ends():
    found = find_dates("Đoàn thăm Lào từ 29/12/2024 đến 2/1/2025.")[0]
    assert (found.date, found.date_end) == (datetime.date(2024, 12, 29), datetime.date(2025, 1, 2))
    found = find_dates("Đoàn thăm Lào từ ngày 29/11 đến 2/12.", published=datetime.date(2024, 12, 3))[0]
    assert (found.date, found.date_end) == (datetime.date(2024, 11, 29), datetime.date(2024, 12, 2))


def test_an_english_span_of_day_and_month_across_two_months():
    found = find_dates("The delegation was in Laos from 30 June to 3 July 2023.")[0]
    assert (found.date, found.date_end) == (datetime.date(2023, 6, 30), datetime.date(2023, 7, 3))


def test_relative_english_dates_count_from_the_publication_date():
    published = datetime.date(2024, 5, 16)
    this_month = find_dates("floods earlier this month", published=published)[0]
    assert (this_month.date, this_month.precision) == (datetime.date(2024, 5, 1), "month")
    last_month = find_dates("signed last month", published=published)[0]
    assert (last_month.date, last_month.precision) == (datetime.date(2024, 4, 1), "month")
    morning = find_dates("received the guests this morning", published=published)[0]
    assert morning.date == published


# Meetings


def test_talks_held_online_are_online_talks_and_tai_hoi_dam_is_the_same_meeting():
    text = (
        "Chiều 2/4, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh hội đàm với Đô trưởng Thủ đô Viêng Chăn "
        "Atsaphangthong Siphandone. Cuộc hội đàm diễn ra theo hình thức trực tuyến.\n\n"
        "Phát biểu tại hội đàm, Chủ tịch Trần Sỹ Thanh đề nghị hai bên tăng cường trao đổi đoàn."
    )
    events = extract(text, title="", published=datetime.date(2022, 4, 2))
    assert [(e.model, e.category) for e in events] == [("meeting", "online_talks")]


def test_hoi_kien_is_a_courtesy_call():
    text = (
        "Ngày 14/5, tại Viêng Chăn, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài đã hội kiến Chủ tịch nước "
        "Lào Thongloun Sisoulith."
    )
    events = extract(text, title="", published=datetime.date(2024, 5, 14))
    assert ("meeting", "courtesy_call") in kinds(events)


def test_an_english_reception_naming_the_lao_host_by_one_name_counts():
    text = (
        "Vientiane and Hanoi signed a cooperation agreement on May 8. Vientiane Mayor Vilay Phommachanh "
        "signed for his city.\n\nAfter the signing, Mayor Vilay received the Hanoi delegation."
    )
    events = extract(text, title="", published=datetime.date(2024, 5, 9))
    reception = kinds(events)[("meeting", "reception")]
    assert reception.date == datetime.date(2024, 5, 8)


def test_the_opening_of_a_course_is_a_ceremony_beside_the_course():
    text = (
        "Sáng 10/9/2024, Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội tổ chức khai giảng "
        "lớp bồi dưỡng cán bộ quản lý cho 28 học viên của Thủ đô Viêng Chăn (Lào)."
    )
    events = extract(text, title="")
    found = kinds(events)
    assert ("delegation", "training") in found
    assert found[("meeting", "other")].date == datetime.date(2024, 9, 10)


def test_a_culture_week_opening_is_a_meeting_of_its_own():
    text = (
        "Chiều 6/10, Chủ tịch UBND thành phố Hà Nội tiếp Đại sứ Lào Sengphet Houngboungnuang. "
        "Đại sứ cho biết Tuần Văn hóa Lào tại Hà Nội do Đại sứ quán tổ chức sẽ khai mạc vào ngày mai (7/10)."
    )
    events = extract(text, title="", published=datetime.date(2024, 10, 6))
    assert kinds(events)[("meeting", "other")].date == datetime.date(2024, 10, 7)


def test_a_delegations_working_session_with_a_host_body_is_a_meeting():
    text = (
        "Sáng 12/3, Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Phong tiếp Đoàn Sở Tư pháp Thủ đô Viêng Chăn, đang "
        "thăm và làm việc tại Hà Nội từ ngày 10 đến 14/3.\n\n"
        "Trong thời gian ở Hà Nội, Đoàn đã làm việc với Sở Tư pháp thành phố về công tác hộ tịch."
    )
    events = extract(text, title="", published=datetime.date(2025, 3, 12))
    assert ("meeting", "other") in kinds(events)


# Delegations


def test_an_english_working_trip_is_a_visit():
    text = (
        "Hanoi Party Secretary Dinh Tien Dung on 9 May 2023 received a delegation of Vientiane Capital "
        "led by its Vice Mayor Phouvong Vongkhamsao, who is on a working trip to Vietnam from May 8-12."
    )
    events = extract(text, title="")
    visit = kinds(events)[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2023, 5, 8), datetime.date(2023, 5, 12))


def test_leading_a_delegation_to_an_event_is_a_visit():
    text = (
        "The Vientiane school funded by Hanoi was inaugurated on 2 March 2024. The ceremony was attended by "
        "Vientiane Vice Mayor Bounchan Sinthavong and Vice Chairman of the Hanoi People's Committee "
        "Vu Thu Ha, who led a Hanoi delegation to the event."
    )
    events = extract(text, title="")
    assert ("delegation", "visit") in kinds(events)


def test_a_visit_planned_for_later_is_not_an_event():
    text = (
        "Chiều 5/3, Chủ tịch UBND thành phố Hà Nội hội đàm trực tuyến với Đô trưởng Thủ đô Viêng Chăn. "
        "Hai bên nhất trí tổ chức chuyến thăm Viêng Chăn của lãnh đạo Hà Nội, dự kiến vào tháng 6 tới."
    )
    events = extract(text, title="", published=datetime.date(2023, 3, 5))
    assert ("delegation", "visit") not in kinds(events)


# Agreements


def test_an_agreement_still_to_be_signed_is_not_an_event():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm. Hai bên sẽ sớm ký kết Biên bản ghi nhớ hợp tác giai đoạn "
        "2025-2030 về du lịch."
    )
    events = extract(text, title="", published=datetime.date(2024, 4, 20))
    assert not [e for e in events if e.model == "agreement"]


def test_an_earlier_agreement_named_by_its_term_is_an_event_without_a_date():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm, rà soát việc thực hiện Thỏa thuận hợp tác giai đoạn "
        "2019-2023 giữa hai Thủ đô."
    )
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    agreement = kinds(events)[("agreement", "cooperation_agreement")]
    assert (agreement.period, agreement.date) == ("2019-2023", None)


def test_an_unnamed_agreement_mentioned_in_passing_is_not_an_event():
    text = "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm, rà soát việc thực hiện thỏa thuận hợp tác đã ký."
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    assert not [e for e in events if e.model == "agreement"]


def test_a_plan_implementing_a_named_agreement_names_that_agreement_too():
    text = (
        "Ngày 7/11/2022, hai Sở Du lịch Hà Nội và Viêng Chăn ký kết kế hoạch triển khai thỏa thuận hợp tác "
        "giai đoạn 2021 - 2025."
    )
    events = extract(text, title="")
    found = kinds(events)
    assert found[("agreement", "plan")].date == datetime.date(2022, 11, 7)
    assert found[("agreement", "cooperation_agreement")].period == "2021-2025"


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


# Amounts


def test_a_promised_gift_is_pledged():
    (amount,) = aid_amounts("Thành phố Hà Nội sẽ hỗ trợ Thủ đô Viêng Chăn 5 tỷ đồng để xây trường.")
    assert (amount.value, amount.status) == (Decimal(5_000_000_000), "pledged")
    (amount,) = aid_amounts("Hanoi pledged US$200,000 to Vientiane for the hospital.", "en")
    assert (amount.value, amount.unit, amount.status) == (Decimal(200_000), "USD", "pledged")
    (amount,) = aid_amounts("Hà Nội đã trao tặng Viêng Chăn 100 tấn gạo.")
    assert (amount.value, amount.unit, amount.status) == (Decimal(100), "tấn gạo", "delivered")


def test_currency_written_before_the_number():
    assert [(a.value, a.unit) for a in find_amounts("a gift of VND 1.5 billion", "en")] == [
        (Decimal(1_500_000_000), "VND")
    ]
    assert [(a.value, a.unit) for a in find_amounts("projects worth VNĐ300 billion", "en")] == [
        (Decimal(300_000_000_000), "VND")
    ]


def test_a_language_qualifies_books_but_is_not_their_unit():
    (amount,) = find_amounts("trao tặng 400 bộ sách giáo khoa tiếng Việt cho học sinh")
    assert amount.unit == "bộ sách giáo khoa"


def test_a_verb_after_the_goods_ends_their_unit():
    (amount,) = find_amounts("trao 120 tấn gạo hỗ trợ nhân dân vùng lũ")
    assert (amount.value, amount.unit) == (Decimal(120), "tấn gạo")


def test_an_english_guest_who_is_leading_the_delegation_leads():
    text = (
        "Chairman of the Hanoi People's Committee Tran Sy Thanh on Tuesday met with Vientiane Mayor "
        "Khamphet Sisouvong, who is leading a delegation of the Lao capital on a working visit to Hanoi."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 1))
    meeting = kinds(events)[("meeting", "reception")]
    assert meeting.date == datetime.date(2024, 11, 26)
    assert {p.name for p in meeting.people if p.lead} == {"Khamphet Sisouvong"}


# Plans issued by one side


def test_a_plan_issued_by_the_city_is_dated_to_its_issue_and_carries_its_budget():
    text = (
        "UBND thành phố Hà Nội vừa ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2024 về triển khai hợp tác "
        "giữa thành phố Hà Nội và Thủ đô Viêng Chăn (Lào) năm 2024.\n\n"
        "Kế hoạch nhằm cụ thể hóa Biên bản thỏa thuận hợp tác giai đoạn 2022 - 2025, ký ngày 04/4/2022 tại "
        "Viêng Chăn.\n\n"
        "Về đào tạo, thành phố tiếp nhận 1 lớp bồi dưỡng cho 30 cán bộ của Thủ đô Viêng Chăn.\n\n"
        "Kinh phí thực hiện kế hoạch khoảng 8 tỷ đồng từ ngân sách thành phố."
    )
    events = kinds(extract(text, title="Hà Nội ban hành kế hoạch hợp tác với Viêng Chăn"))
    plan = events[("agreement", "plan")]
    assert plan.date == datetime.date(2024, 1, 15)
    assert [(a.value, a.unit) for a in plan.amounts] == [(Decimal(8_000_000_000), "VND")]
    earlier = events[("agreement", "cooperation_agreement")]
    assert earlier.date == datetime.date(2022, 4, 4) and not earlier.amounts
    # The plan's content is no course held yet.
    assert ("delegation", "training") not in events


# The article's own year when nothing dates the page


def test_an_undated_occasion_takes_the_year_its_text_is_written_in():
    text = (
        "Phát biểu tại buổi tiếp, Bí thư Thành ủy Hà Nội cảm ơn Đoàn đại biểu Thủ đô Viêng Chăn. "
        "Năm 2022, kinh tế Thủ đô tăng trưởng 8,89%. Đoàn đang thăm và làm việc tại Việt Nam."
    )
    events = kinds(extract(text, title=""))
    reception = events[("meeting", "reception")]
    assert (reception.date, reception.date_precision, reception.year_inferred) == (
        datetime.date(2023, 1, 1),
        "year",
        True,
    )
    assert events[("delegation", "visit")].date_precision == "year"


def test_with_no_year_in_the_text_an_undated_occasion_stays_undated():
    text = "Phát biểu tại buổi tiếp, Bí thư Thành ủy Hà Nội cảm ơn Đoàn đại biểu Thủ đô Viêng Chăn."
    assert kinds(extract(text, title=""))[("meeting", "reception")].date is None


# Calls at the embassy, English names after "led by"


def test_a_call_at_the_lao_embassy_in_hanoi_is_a_courtesy_call_not_a_visit():
    text = (
        "Ngày 29-11, Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội Nguyễn Văn An cùng Đoàn đại biểu UBND "
        "thành phố đã tới thăm và chúc mừng Đại sứ quán Lào tại Việt Nam nhân dịp Quốc khánh Lào."
    )
    events = kinds(extract(text, title="", published=datetime.date(2018, 11, 30)))
    assert set(events) == {("meeting", "courtesy_call")}
    assert events[("meeting", "courtesy_call")].date == datetime.date(2018, 11, 29)


def test_a_name_after_led_by_is_a_person_without_a_title_before_it():
    text = (
        "President of Laos Thongloun Sisoulith received a delegation of Hà Nội led by Đinh Tiến Dũng, "
        "Politburo member and Secretary of the municipal Party Committee, in Vientiane on March 12."
    )
    events = kinds(extract(text, title="", published=datetime.date(2024, 3, 12)))
    assert names(events[("meeting", "reception")]) == {"Thongloun Sisoulith", "Đinh Tiến Dũng"}


# Meetings still to come, and years that name an agreement


def test_a_meeting_the_visitor_will_hold_is_not_an_event():
    text = (
        "Chiều 9/1, Chủ tịch UBND thành phố Hà Nội tiếp Đoàn đại biểu Thủ đô Viêng Chăn. "
        "Trong chương trình chuyến thăm, Đoàn sẽ hội kiến Chủ tịch Quốc hội và chào xã giao Thủ tướng."
    )
    events = extract(text, title="", published=datetime.date(2025, 1, 10))
    assert [(e.model, e.category) for e in events if e.model == "meeting"] == [("meeting", "reception")]


def test_the_year_in_a_plans_name_does_not_make_a_second_meeting():
    text = (
        "Ngày 28/12, Giám đốc Công an TP Hà Nội chủ trì hội đàm với Đoàn đại biểu Công an Thủ đô Viêng Chăn. "
        "Kết thúc hội đàm, hai bên đã ký Kế hoạch hợp tác năm 2025 giữa Công an hai Thủ đô."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 29))
    talks = [e for e in events if e.category == "talks"]
    assert [t.date for t in talks] == [datetime.date(2024, 12, 28)]
    assert kinds(events)[("agreement", "plan")].date == datetime.date(2024, 12, 28)


# Courses, visits and projects told more than once


def test_courses_in_general_and_a_years_summary_are_not_a_course():
    text = (
        "Ngày 28/12, Công an TP Hà Nội hội đàm với Đoàn đại biểu Công an Thủ đô Viêng Chăn. Trong năm qua, "
        "hai bên phối hợp chặt chẽ; Công an Hà Nội đã tổ chức 3 lớp bồi dưỡng cho cán bộ Viêng Chăn. "
        "Trưởng đoàn Lào khẳng định các lớp bồi dưỡng mà Hà Nội hỗ trợ đã góp phần nâng cao năng lực."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 29))
    assert ("delegation", "training") not in kinds(events)


def test_an_earlier_visit_in_another_year_is_an_event_of_its_own():
    text = (
        "Từ ngày 19 đến 23/5, Đoàn đại biểu Hội Liên hiệp Phụ nữ Thủ đô Viêng Chăn sang thăm và làm việc tại "
        "Hà Nội. Năm 2023, Hội Liên hiệp Phụ nữ thành phố Hà Nội đã cử đoàn sang thăm và làm việc tại Thủ đô "
        "Viêng Chăn."
    )
    events = extract(text, title="", published=datetime.date(2025, 5, 21))
    visits = sorted((e.date, e.date_precision, e.direction) for e in events if e.category == "visit")
    assert visits == [
        (datetime.date(2023, 1, 1), "year", "to_laos"),
        (datetime.date(2025, 5, 19), "day", "to_hanoi"),
    ]


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


# Articles about Vientiane and someone else


def test_no_event_without_hanoi_taking_part():
    # Ho Chi Minh City and Vientiane; the two countries' leaders with Hanoi only in a road's name.
    hcmc = (
        "Ngày 26/5, Đoàn đại biểu cấp cao Thành phố Hồ Chí Minh do Bí thư Thành ủy Nguyễn Văn Nên làm "
        "Trưởng đoàn có cuộc hội đàm với Đoàn đại biểu cấp cao thủ đô Vientiane của Lào."
    )
    leaders = (
        "Vietnamese President Nguyen Xuan Phuc and Lao Prime Minister Phankham Viphavanh met in Vientiane on "
        "Monday and agreed to accelerate the Hanoi-Vientiane expressway."
    )
    for text in (hcmc, leaders):
        assert extract(text, title="", published=datetime.date(2021, 8, 10)) == []


# English wording of the pages outside the samples


def test_english_meetings_named_as_a_meeting_a_working_session_or_greetings():
    published = datetime.date(2025, 5, 13)
    text = (
        "Vice Secretary of the Hanoi Party Committee Nguyen Van Phong urged such actions during a meeting "
        "on May 12 with a Vientiane Women's Union delegation led by Chairwoman Lienkham Vilaphanh."
    )
    assert kinds(extract(text, title="", published=published))[("meeting", "reception")].date == (
        datetime.date(2025, 5, 12)
    )
    text = (
        "On May 12, Chairman of the Hanoi People's Committee Tran Sy Thanh had a working session with "
        "Vientiane Mayor Athsaphangthong Siphandone."
    )
    assert ("meeting", "other") in kinds(extract(text, title="", published=published))
    text = (
        "Secretary of the Hanoi Party Committee led a delegation to the Lao Embassy in Hanoi on Monday to "
        "extend greetings on the occasion of Bunpimay."
    )
    call = kinds(extract(text, title="", published=published))[("meeting", "courtesy_call")]
    assert call.date == datetime.date(2025, 5, 12)


def test_an_english_month_without_a_year_takes_the_publication_year():
    text = (
        "Hanoi Party Secretary met the Lao Ambassador on Wednesday. In March, a high-level delegation from "
        "Hanoi paid a working visit to Vientiane, he said."
    )
    events = kinds(extract(text, title="", published=datetime.date(2024, 4, 11)))
    visit = events[("delegation", "visit")]
    assert (visit.date, visit.date_precision) == (datetime.date(2024, 3, 1), "month")


def test_a_conference_of_both_sides_and_a_plan_issued_on_a_day_are_events():
    text = (
        "Sáng 30/6, Sở Nông lâm nghiệp Thủ đô Viêng Chăn (Lào) phối hợp với Sở NN&PTNT Hà Nội tổ chức "
        "Hội nghị đánh giá kết quả hợp tác phát triển nông lâm nghiệp giữa hai Thủ đô."
    )
    assert kinds(extract(text, title="", published=datetime.date(2014, 6, 30)))[("meeting", "other")]
    text = (
        "A training course for vocational teachers from Vientiane was launched in Hanoi on March 17. It "
        "follows Hanoi's plan issued on August 21, 2024 to train vocational teachers from Vientiane."
    )
    plan = kinds(extract(text, title="", published=datetime.date(2025, 3, 18)))[("agreement", "plan")]
    assert plan.date == datetime.date(2024, 8, 21)


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


def test_a_project_opened_by_someone_else_is_not_hanois():
    text = (
        "Sáng 5/11, tại thủ đô Viêng Chăn đã diễn ra Lễ khởi công Dự án xây dựng trường học do Nhật Bản "
        "tài trợ. Đại diện Hà Nội dự buổi lễ."
    )
    events = kinds(extract(text, title="", published=datetime.date(2022, 11, 6)))
    assert ("agreement", "funded_project") not in events


def test_an_agreement_the_sides_will_consider_signing_is_not_signed():
    text = (
        "During online talks with Vientiane Party Secretary Anouphap Tounalom on November 17, Hanoi Party "
        "Secretary Dinh Tien Dung said the two capitals should consider signing a memorandum of "
        "understanding on bilateral cooperation for the new period in the near future."
    )
    events = kinds(extract(text, title="", published=datetime.date(2021, 11, 17)))
    assert set(events) == {("meeting", "online_talks")}


# Earlier agreements named in passing


def test_an_agreement_being_carried_out_is_an_earlier_event_without_the_occasions_date():
    for text in (
        "Chuyến thăm từ ngày 22 đến ngày 24/11/2023 của Đoàn đại biểu thành phố Hà Nội nhằm thúc đẩy "
        "triển khai nội dung Biên bản thỏa thuận hợp tác giữa Đảng bộ, Chính quyền Thủ đô Hà Nội và Đảng bộ, "
        "chính quyền Thủ đô Viêng Chăn giai đoạn 2022-2025.",
        "On March 11, Lao PM Sonexay Siphandone received Hanoi Party Secretary Dinh Tien Dung and valued "
        "joint initiatives between the two capitals under their 2022-25 cooperation agreement.",
    ):
        events = kinds(extract(text, title="", published=datetime.date(2024, 3, 12)))
        agreement = events[("agreement", "cooperation_agreement")]
        assert agreement.date is None, text
        assert agreement.period == "2022-2025"


# Direction of travel


def test_the_side_that_pays_a_courtesy_call_is_the_guest():
    text = (
        "Đoàn đại biểu thanh niên của Thành đoàn Viêng Chăn, Lào đã thăm và chào xã giao lãnh đạo Huyện ủy "
        "huyện Thường Tín, Hà Nội."
    )
    events = kinds(extract(text, title="", published=datetime.date(2024, 5, 1)))
    assert events[("meeting", "courtesy_call")].direction == "to_hanoi"
    # Where the guest went first is no sign of who receives whom.
    text = (
        "Chiều 27/3, ngay sau khi đến Viêng Chăn, Đoàn đại biểu cấp cao thành phố Hà Nội đã chào xã giao Thủ "
        "tướng Chính phủ Lào Souksavanh Phommasith."
    )
    events = kinds(extract(text, title="", published=datetime.date(2019, 3, 28)))
    assert events[("meeting", "courtesy_call")].direction == "to_laos"


def test_tiep_tuc_is_not_a_reception():
    text = (
        "Chuyến thăm và làm việc tại Lào của Đoàn đại biểu thành phố Hà Nội diễn ra từ ngày 22 đến ngày "
        "24/11/2023 nhằm tiếp tục thúc đẩy hợp tác giữa Hà Nội và Viêng Chăn."
    )
    events = kinds(extract(text, title="", published=datetime.date(2023, 11, 25)))
    assert events[("delegation", "visit")].direction == "to_laos"


def test_without_a_host_or_a_place_the_delegations_leader_says_who_travels():
    text = (
        "Sáng 27/1, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu cấp cao thăm và "
        "làm việc với Đảng bộ, chính quyền thành phố Hà Nội."
    )
    events = kinds(extract(text, title="", published=datetime.date(2026, 1, 28)))
    assert events[("delegation", "visit")].direction == "to_hanoi"


# Amounts told apart from dates, listed after the gift, and a project's cost


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


def test_a_vehicles_use_is_not_part_of_its_unit():
    assert [(a.value, a.unit) for a in aid_amounts("Công an Hà Nội trao tặng 2 xe ô tô chuyên dụng.")] == [
        (Decimal(2), "xe ô tô")
    ]


# Run-together sentences and more wording of real pages


def test_sentences_run_together_without_a_space_are_still_two():
    from events.cleaning import split_sentences

    line = "The delegation arrived in mid-March.The two sides signed an MoU. U.S. aid came in 2020."
    assert split_sentences(line) == [
        "The delegation arrived in mid-March.",
        "The two sides signed an MoU.",
        "U.S. aid came in 2020.",
    ]


def test_a_visiting_leader_and_the_sessions_of_the_visit():
    text = (
        "Leading a delegation from the Vietnamese capital city, Hanoi Party Secretary Dinh Tien Dung paid "
        "courtesy calls to the Lao President in Vientiane on Monday. The leaders of Hanoi and Vientiane "
        "praised the progress delivered under their 2022–2025 cooperation memorandum."
    )
    events = kinds(extract(text, title="", published=datetime.date(2022, 4, 5)))
    assert events[("delegation", "visit")].direction == "to_laos"
    assert events[("agreement", "mou")].period == "2022-2025"
    text = (
        "Chiều 22/11, tại cuộc thăm và làm việc với đồng chí Athsaphangthong Siphandone, Đô trưởng Thủ đô "
        "Viêng Chăn, Phó Chủ tịch UBND Thành phố Hà Nội Nguyễn Mạnh Quyền nhấn mạnh quan hệ hai Thủ đô."
    )
    meeting = kinds(extract(text, title="", published=datetime.date(2023, 11, 23)))[("meeting", "other")]
    assert meeting.date == datetime.date(2023, 11, 22)


def test_meetings_of_a_one_day_visit_take_its_day():
    text = (
        "Chiều ngày 05/4/2023, Đoàn đại biểu Viện KSND tối cao Lào do đồng chí Phoutthavong Boualapha làm "
        "Trưởng đoàn đã đến thăm và làm việc tại trụ sở Viện KSND thành phố Hà Nội. Đón tiếp Đoàn đại biểu, "
        "về phía Viện KSND thành phố Hà Nội có đồng chí Ngô Hồng Sơn."
    )
    events = kinds(extract(text, title=""))
    assert events[("meeting", "reception")].date == datetime.date(2023, 4, 5)


def test_a_year_called_a_year_of_anniversaries_dates_the_article():
    text = (
        "Năm 2017 là năm có nhiều hoạt động kỷ niệm giữa Việt Nam và Lào. Đoàn đại biểu Viện KSND thành phố "
        "Hà Nội sang thăm và làm việc tại Thủ đô Viêng Chăn từ ngày 13 đến 17/3."
    )
    visit = kinds(extract(text, title=""))[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2017, 3, 13), datetime.date(2017, 3, 17))


def test_young_people_heading_to_vientiane_are_a_visit():
    text = "Hanoi (VNA) – Hanoi's young people on July 29 headed towards the Lao capital city of Vientiane."
    visit = kinds(extract(text, title="", published=datetime.date(2019, 7, 30)))[("delegation", "visit")]
    assert (visit.date, visit.direction) == (datetime.date(2019, 7, 29), "to_laos")


# A meeting with a delegation from the other capital is also that delegation's visit


def test_a_reception_of_a_delegation_from_the_other_capital_is_also_its_visit():
    text = (
        "Chiều 12-3, tại thủ đô Viêng Chăn, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã thân mật "
        "tiếp đoàn đại biểu Thủ đô Hà Nội do đồng chí Bùi Văn Nam, Bí thư Thành ủy làm Trưởng đoàn đến chào "
        "xã giao."
    )
    events = kinds(extract(text, published=datetime.date(2025, 3, 13)))
    call, visit = events[("meeting", "courtesy_call")], events[("delegation", "visit")]
    assert call.date == datetime.date(2025, 3, 12) and call.date_precision == "day"
    # The trip may have begun before the call: its month is what the text says.
    assert (visit.date, visit.date_precision, visit.direction) == (
        datetime.date(2025, 3, 1),
        "month",
        "to_laos",
    )
    assert "Bùi Văn Nam" in names(visit)


def test_an_english_reception_of_a_mayor_in_town_is_also_a_visit():
    text = (
        "At a reception for Vientiane's Mayor Khamphet Sisouvong, who is in Hanoi for the city festival, "
        "Hanoi Party Secretary Tran Van Binh praised the two capitals' cooperation on October 4."
    )
    events = kinds(extract(text, published=datetime.date(2023, 10, 5)))
    assert events[("delegation", "visit")].direction == "to_hanoi"


def test_an_ambassador_or_a_call_at_the_embassy_makes_no_trip():
    at_embassy = (
        "Chiều 11/4, Đoàn đại biểu thành phố Hà Nội do Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Phong dẫn đầu "
        "đã đến thăm, chúc mừng Tết Bunpimay tại Đại sứ quán Lào tại Việt Nam."
    )
    ambassador = (
        "Chiều 26/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Đại sứ Lào tại Việt Nam Sengphet "
        "Houngboungnuang."
    )
    for text in (at_embassy, ambassador):
        events = kinds(extract(text, published=datetime.date(2024, 4, 12)))
        assert ("meeting", "courtesy_call") in events or ("meeting", "reception") in events
        assert ("delegation", "visit") not in events, text


def test_hosting_the_welcome_ceremony_is_a_reception():
    text = (
        "Sáng 27/1, Chủ tịch nước Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu cấp cao thăm và làm việc với "
        "thành phố Hà Nội. Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc chủ trì lễ đón và làm việc với Đoàn."
    )
    events = kinds(extract(text, published=datetime.date(2026, 1, 27)))
    assert events[("meeting", "reception")].date == datetime.date(2026, 1, 27)
    assert events[("delegation", "visit")].direction == "to_hanoi"


def test_a_meeting_told_only_by_at_the_reception_is_still_the_articles_meeting():
    # The lead that reported the reception was lost (a caption, a scraper); what follows refers to it.
    text = (
        "Tại buổi tiếp, ông Duangta Soulivong, Bí thư huyện Chanthabuly thông tin về tình hình phát triển "
        "của huyện. Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Phong cho biết, chuyến thăm của đoàn huyện "
        "Chanthabuly, Thủ đô Viêng Chăn góp phần cụ thể hoá nội dung hợp tác Hà Nội - Viêng Chăn."
    )
    events = kinds(extract(text, published=datetime.date(2024, 5, 10)))
    assert ("meeting", "reception") in events
    # Only the Vientiane district's delegation is named as travelling: it came to Hanoi.
    assert events[("delegation", "visit")].direction == "to_hanoi"


def test_at_the_working_session_without_a_lao_name_is_a_meeting_of_the_visit():
    text = (
        "Tại buổi làm việc, Chủ tịch LĐLĐ huyện Phú Xuyên Đào Đức Gương bày tỏ niềm vinh dự khi được đoàn "
        "công tác của LHCĐ thành phố Viêng Chăn đến thăm và làm việc. Dự buổi làm việc có Phó Chủ tịch LĐLĐ "
        "thành phố Hà Nội Phạm Bá Vĩnh."
    )
    events = kinds(extract(text, published=datetime.date(2022, 9, 10)))
    assert events[("meeting", "other")].direction == "to_hanoi"
    assert ("delegation", "visit") in events


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


def test_a_headlines_day_and_a_marked_anniversary_date_an_undated_reception():
    title = "Prime Minister Pham Minh Chinh on October 4 praised the cooperation between Hanoi and Vientiane"
    text = (
        "At a reception for Vientiane's Mayor Atsaphangthong Siphandone, who is in Hanoi on the occasion of "
        "the 69th anniversary of Hanoi's Liberation Day (October 10, 1954-2023), the PM lauded significant "
        "contributions by Vientiane."
    )
    events = kinds(extract(text, title=title))
    reception = events[("meeting", "reception")]
    assert (reception.date, reception.year_inferred) == (datetime.date(2023, 10, 4), True)


def test_the_course_told_again_gives_its_span_and_agreements_in_general_are_none():
    text = (
        "Thirty-two officers from the Vientiane Capital Public Security Department have completed a training "
        "course organised by the Hanoi Police. The Hanoi Times - The course, held in Hanoi from May 8 to "
        "June 2, covered investigation techniques. Công an, Mặt trận Tổ quốc, Đoàn Thanh niên hai Thủ đô Hà "
        "Nội và Viêng Chăn đã ký kết các chương trình, kế hoạch phối hợp cụ thể."
    )
    events = kinds(extract(text, published=datetime.date(2023, 6, 3)))
    course = events[("delegation", "training")]
    assert (course.date, course.date_end) == (datetime.date(2023, 5, 8), datetime.date(2023, 6, 2))
    assert not any(model == "agreement" for model, _category in events)


def test_a_coordination_programme_signed_is_a_plan():
    text = (
        "Kết thúc buổi hội đàm, Thành đoàn Hà Nội và Đoàn Thanh niên Thủ đô Viêng Chăn đã ký kết "
        "Chương trình phối hợp hoạt động giai đoạn 2023 - 2027."
    )
    events = kinds(extract(text, published=datetime.date(2023, 7, 20)))
    assert events[("agreement", "plan")].period == "2023-2027"


def test_a_count_of_agreements_and_a_plan_still_to_draw_up_are_not_signings():
    text = (
        "Chiều 26/2, Phó Chủ tịch UBND thành phố Hà Nội Đỗ Xuân Trường tiếp Đoàn đại biểu Thủ đô Viêng Chăn. "
        "Năm 2024, thành phố đã ký kết 18 văn bản thỏa thuận hợp tác quốc tế với các đối tác. Năm 2025, hai "
        "bên tổng kết thỏa thuận với Thủ đô Viêng Chăn, xây dựng kế hoạch hợp tác cho giai đoạn 2026 - 2030."
    )
    events = kinds(extract(text, published=datetime.date(2025, 2, 26)))
    assert not any(model == "agreement" for model, _category in events), events


def test_four_memoranda_signed_on_a_day_are_four_agreements_and_a_promotion_conference_a_meeting():
    text = (
        "Vice Chairman of the Hanoi People's Committee Nguyen Manh Quyen spoke at an investment, trade and "
        "tourism promotion conference with Vientiane on August 10. During the first six months of 2022, "
        "Hanoi's exports to Laos stood at $75.8 million. He welcomed the signing of four memoranda of "
        "understanding between Hanoi and Vientiane on August 9."
    )
    events = extract(text)
    mous = [e for e in events if e.category == "mou"]
    assert [e.date for e in mous] == [datetime.date(2022, 8, 9)] * 4
    assert any(e.category == "other" and e.date == datetime.date(2022, 8, 10) for e in events)


def test_the_start_of_a_long_record_is_no_event_date():
    assert find_dates("Từ năm 1980 đến nay, có khoảng 2,7 vạn học sinh Lào học tập tại Việt Nam.") == []
    assert find_dates("Since 2017, the Hanoi Police have trained 400 officers.") == []
    spans = find_dates("Từ năm 2019 đến năm 2021, hai bên phối hợp.")
    assert [d.date.year for d in spans] == [2019, 2021]


def test_a_working_session_between_two_named_officials_is_the_meeting():
    text = (
        "Đây là nội dung trao đổi tại buổi làm việc giữa ông Trần Thế Cương, Giám đốc Sở Giáo dục và Đào tạo "
        "Hà Nội và ông Somphone Sonedala, Giám đốc Sở Giáo dục thủ đô Viêng Chăn (Lào) nhân dịp đoàn công "
        "tác Sở Giáo dục Viêng Chăn sang thăm Việt Nam. Tại buổi làm việc, ông Cương cho biết, từ năm 1980 "
        "đến nay, 2,7 vạn học sinh Lào học tập tại Việt Nam."
    )
    events = kinds(extract(text, published=datetime.date(2023, 9, 30)))
    meeting = events[("meeting", "other")]
    assert (meeting.date, meeting.date_precision) == (datetime.date(2023, 9, 1), "month")
    assert "Somphone Sonedala" in names(meeting)


def test_agreements_signed_in_a_year_are_recalled_and_the_reunification_anniversary_dates_the_text():
    text = (
        "Vice Secretary of the Hanoi Party Committee Nguyen Van Phong urged such actions during a meeting on "
        "May 12 with a Vientiane Women's Union delegation led by Chairwoman Lienkham Vilaphanh. She said the "
        "visit aimed to implement the cooperation agreements signed in 2022 between the women's unions of "
        "the two capitals. Phong said the visit coincides with Vietnam's commemoration of the 50th "
        "anniversary of national reunification."
    )
    events = kinds(extract(text))
    assert events[("meeting", "reception")].date == datetime.date(2025, 5, 12)
    agreement = events[("agreement", "cooperation_agreement")]
    assert (agreement.date, agreement.date_precision) == (datetime.date(2022, 1, 1), "year")


def test_a_hanoi_funded_project_whose_progress_the_visit_reviews_is_a_project_event():
    text = (
        "Đoàn đại biểu thành phố Hà Nội thăm và làm việc tại Lào từ ngày 22 đến ngày 24/11/2023. Đồng thời "
        "đoàn rà soát tiến độ Dự án xây dựng Trụ sở Tư pháp và Viện kiểm sát Thủ đô Viêng Chăn do Hà Nội "
        "hỗ trợ kinh phí xây dựng."
    )
    events = kinds(extract(text))
    assert events[("agreement", "funded_project")].date.replace(day=1) == datetime.date(2023, 11, 1)


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


def test_a_launch_ceremony_is_a_meeting_of_its_own():
    text = (
        "Sáng 4/11/2009, tại Thủ đô Viêng Chăn, Báo Hà Nội Mới phối hợp với Báo Viêng Chăn Mới tổ chức lễ "
        "phát động cuộc thi tìm hiểu về Thăng Long - Hà Nội."
    )
    assert ("meeting", "other") in kinds(extract(text))
