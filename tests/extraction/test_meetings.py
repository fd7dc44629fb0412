"""Meetings: talks, online talks, receptions, courtesy calls, working sessions and ceremonies."""

import datetime

from tests.extraction import by_kind, extract, kinds, names

# --- Talks, online and in person ---


def test_talks_held_online_are_online_talks_and_tai_hoi_dam_is_the_same_meeting():
    text = (
        "Chiều 2/4, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh hội đàm với Đô trưởng Thủ đô Viêng Chăn "
        "Atsaphangthong Siphandone. Cuộc hội đàm diễn ra theo hình thức trực tuyến.\n\n"
        "Phát biểu tại hội đàm, Chủ tịch Trần Sỹ Thanh đề nghị hai bên tăng cường trao đổi đoàn."
    )
    events = extract(text, title="", published=datetime.date(2022, 4, 2))
    assert [(e.model, e.category) for e in events] == [("meeting", "online_talks")]


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


def test_a_habitual_online_exchange_does_not_make_the_talks_online():
    text = (
        "Sáng 19/8, Thành đoàn Hà Nội hội đàm với Đoàn Thanh niên Thủ đô Viêng Chăn.\n\n"
        "Những năm qua, hai bên thường xuyên trao đổi qua hình thức trực tuyến."
    )
    found = kinds(extract(text, published=datetime.date(2024, 8, 20)))
    assert set(found) == {("meeting", "talks")}


def test_the_year_in_a_plans_name_does_not_make_a_second_meeting():
    text = (
        "Ngày 28/12, Giám đốc Công an TP Hà Nội chủ trì hội đàm với Đoàn đại biểu Công an Thủ đô Viêng Chăn. "
        "Kết thúc hội đàm, hai bên đã ký Kế hoạch hợp tác năm 2025 giữa Công an hai Thủ đô."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 29))
    talks = [e for e in events if e.category == "talks"]
    assert [t.date for t in talks] == [datetime.date(2024, 12, 28)]
    assert kinds(events)[("agreement", "plan")].date == datetime.date(2024, 12, 28)


# --- Receptions and their hosts ---


def test_an_english_reception_naming_the_lao_host_by_one_name_counts():
    text = (
        "Vientiane and Hanoi signed a cooperation agreement on May 8. Vientiane Mayor Vilay Phommachanh "
        "signed for his city.\n\nAfter the signing, Mayor Vilay received the Hanoi delegation."
    )
    events = extract(text, title="", published=datetime.date(2024, 5, 9))
    reception = kinds(events)[("meeting", "reception")]
    assert reception.date == datetime.date(2024, 5, 8)


def test_a_meeting_with_the_delegation_counts_once_a_lao_visit_is_reported():
    text = (
        "Đoàn đại biểu Thủ đô Viêng Chăn thăm và làm việc tại Hà Nội từ ngày 5 đến 8/3.\n\n"
        "On March 6, Chairman Le Van Minh received the delegation."
    )
    events = kinds(extract(text, published=datetime.date(2024, 3, 9)))
    assert events[("meeting", "reception")].date == datetime.date(2024, 3, 6)


def test_hosting_the_welcome_ceremony_is_a_reception():
    text = (
        "Sáng 27/1, Chủ tịch nước Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu cấp cao thăm và làm việc với "
        "thành phố Hà Nội. Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc chủ trì lễ đón và làm việc với Đoàn."
    )
    events = kinds(extract(text, published=datetime.date(2026, 1, 27)))
    assert events[("meeting", "reception")].date == datetime.date(2026, 1, 27)
    assert events[("delegation", "visit")].direction == "to_hanoi"


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
    assert ("meeting", "talks") in kinds(extract(text, title="", published=published))
    text = (
        "Secretary of the Hanoi Party Committee led a delegation to the Lao Embassy in Hanoi on Monday to "
        "extend greetings on the occasion of Bunpimay."
    )
    call = kinds(extract(text, title="", published=published))[("meeting", "courtesy_call")]
    assert call.date == datetime.date(2025, 5, 12)


# --- Courtesy calls and calls at the embassy ---


def test_hoi_kien_is_a_courtesy_call():
    text = (
        "Ngày 14/5, tại Viêng Chăn, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài đã hội kiến Chủ tịch nước "
        "Lào Thongloun Sisoulith."
    )
    events = extract(text, title="", published=datetime.date(2024, 5, 14))
    assert ("meeting", "courtesy_call") in kinds(events)


def test_meetings_told_as_one_then_one_by_one_are_the_calls_on_that_day():
    text = (
        "Hà Nội always gives high priority to its cooperation with Vientiane. "
        "That was the message from Secretary of the municipal Party Committee Đinh Tiến Dũng, speaking "
        "during his meetings with Lao leaders in Vientiane on Monday. Leading a delegation from the "
        "Vietnamese capital city, Dũng paid courtesy calls to General Secretary of the Lao People's "
        "Revolutionary Party Central Committee and President of Laos Thongloun Sisoulith, Prime Minister "
        "Phankham Viphavan, and President of the Lao National Assembly Xaysomphone Phomvihane."
    )
    events = extract(text, title="", published=datetime.date(2022, 4, 5))
    calls = [e for e in events if e.model == "meeting"]
    assert [e.category for e in calls] == ["courtesy_call"] * 3
    assert {e.date for e in calls} == {datetime.date(2022, 4, 4)}
    hosts = [set(names(e)) - {"Đinh Tiến Dũng"} for e in calls]
    assert hosts == [{"Thongloun Sisoulith"}, {"Phankham Viphavan"}, {"Xaysomphone Phomvihane"}]


def test_a_call_at_the_lao_embassy_in_hanoi_is_a_courtesy_call_not_a_visit():
    text = (
        "Ngày 29-11, Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội Nguyễn Văn An cùng Đoàn đại biểu UBND "
        "thành phố đã tới thăm và chúc mừng Đại sứ quán Lào tại Việt Nam nhân dịp Quốc khánh Lào."
    )
    events = kinds(extract(text, title="", published=datetime.date(2018, 11, 30)))
    assert set(events) == {("meeting", "courtesy_call")}
    assert events[("meeting", "courtesy_call")].date == datetime.date(2018, 11, 29)


def test_extending_new_year_greetings_at_the_embassy_is_a_courtesy_call():
    text = (
        "A Hanoi delegation on Thursday visited and extended Bunpimay greetings at the Lao Embassy in Hanoi."
    )
    events = kinds(extract(text, published=datetime.date(2025, 4, 11)))
    assert events[("meeting", "courtesy_call")].date == datetime.date(2025, 4, 10)


# --- Working sessions, ceremonies and other meetings ---


def test_a_delegations_working_session_with_a_host_body_is_that_bodys_reception_of_it():
    text = (
        "Sáng 12/3, Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Phong tiếp Đoàn Sở Tư pháp Thủ đô Viêng Chăn, đang "
        "thăm và làm việc tại Hà Nội từ ngày 10 đến 14/3.\n\n"
        "Trưởng đoàn cảm ơn sự đón tiếp của Thành ủy; trong thời gian ở Hà Nội, Đoàn đã làm việc với Sở Tư "
        "pháp thành phố về công tác hộ tịch."
    )
    events = extract(text, title="", published=datetime.date(2025, 3, 12))
    receptions = [event for event in events if event.category == "reception"]
    assert len(receptions) == 2
    assert {event.direction for event in receptions} == {"to_hanoi"}
    # Two leaders' working session is talks.
    text = (
        "Chiều 17/9, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã gặp và làm việc với Chủ tịch HĐND Thủ "
        "đô Viêng Chăn Anouphap Tounalom."
    )
    assert ("meeting", "talks") in kinds(extract(text, title="", published=datetime.date(2024, 9, 18)))


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


def test_a_launch_ceremony_is_a_meeting_of_its_own():
    text = (
        "Sáng 4/11/2009, tại Thủ đô Viêng Chăn, Báo Hà Nội Mới phối hợp với Báo Viêng Chăn Mới tổ chức lễ "
        "phát động cuộc thi tìm hiểu về Thăng Long - Hà Nội."
    )
    assert ("meeting", "other") in kinds(extract(text))


# --- Sentences that point back at the meeting ---


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
    # The host honoured to be visited receives the delegation (test_a_host_honoured_to_be_visited_...).
    assert events[("meeting", "reception")].direction == "to_hanoi"
    assert ("delegation", "visit") in events


def test_an_english_text_whose_lead_was_lost_opens_with_the_meeting():
    text = (
        "During the meeting, Major General Nguyen Quoc Duyet, Commander of the Hanoi Capital High Command, "
        "briefed the delegation on the socio-economic development of the city.\n\n"
        "Addressing the event, Lao Ambassador to Vietnam Sengphet Houngboungnuang praised the friendship."
    )
    events = kinds(
        extract(text, title="Vietnam, Laos enhance friendship", published=datetime.date(2021, 1, 5))
    )
    reception = events[("meeting", "reception")]
    assert {"Nguyen Quoc Duyet", "Sengphet Houngboungnuang"} <= names(reception)


def test_a_working_session_between_two_named_officials_is_talks():
    text = (
        "Đây là nội dung trao đổi tại buổi làm việc giữa ông Trần Thế Cương, Giám đốc Sở Giáo dục và Đào tạo "
        "Hà Nội và ông Somphone Sonedala, Giám đốc Sở Giáo dục thủ đô Viêng Chăn (Lào) nhân dịp đoàn công "
        "tác Sở Giáo dục Viêng Chăn sang thăm Việt Nam. Tại buổi làm việc, ông Cương cho biết, từ năm 1980 "
        "đến nay, 2,7 vạn học sinh Lào học tập tại Việt Nam."
    )
    events = kinds(extract(text, published=datetime.date(2023, 9, 30)))
    meeting = events[("meeting", "talks")]
    assert (meeting.date, meeting.date_precision) == (datetime.date(2023, 9, 1), "month")
    assert "Somphone Sonedala" in names(meeting)


# --- Meetings still to come ---


def test_a_meeting_the_visitor_will_hold_is_not_an_event():
    text = (
        "Chiều 9/1, Chủ tịch UBND thành phố Hà Nội tiếp Đoàn đại biểu Thủ đô Viêng Chăn. "
        "Trong chương trình chuyến thăm, Đoàn sẽ hội kiến Chủ tịch Quốc hội và chào xã giao Thủ tướng."
    )
    events = extract(text, title="", published=datetime.date(2025, 1, 10))
    assert [(e.model, e.category) for e in events if e.model == "meeting"] == [("meeting", "reception")]


# --- Festivals, exhibitions and what the Lao side attended ---


def test_a_festival_the_lao_ambassador_attends_is_a_meeting_of_the_other_kind():
    text = (
        "Ngày 19/5, tại Hà Nội, diễn ra Lễ hội văn hóa các dân tộc do UBND thành phố Hà Nội tổ chức.\n\n"
        "Tham dự buổi lễ có Đại sứ Lào tại Việt Nam Khamphao Ernthavanh."
    )
    events = extract(text, title="", published=datetime.date(2023, 5, 20))
    festival = kinds(events)[("meeting", "other")]
    assert festival.date == datetime.date(2023, 5, 19)


def test_a_festival_without_the_lao_side_is_not_an_event():
    text = (
        "Ngày 19/5, tại Hà Nội, diễn ra Lễ hội văn hóa các dân tộc do UBND thành phố Hà Nội tổ chức.\n\n"
        "Tham dự buổi lễ có Phó Chủ tịch UBND thành phố Hà Nội Vũ Thu Hà."
    )
    assert extract(text, title="", published=datetime.date(2023, 5, 20)) == []


def test_an_english_exhibition_opened_with_vientiane_is_a_meeting():
    text = (
        "Hanoi and Vientiane opened a photo exhibition on their friendship in Vientiane on October 3. "
        "Vientiane Mayor Atsaphangthong Siphandone attended."
    )
    events = extract(text, title="", published=datetime.date(2023, 10, 4))
    assert kinds(events)[("meeting", "other")].date == datetime.date(2023, 10, 3)


def test_a_culture_week_still_to_come_is_not_an_event():
    text = (
        "Ngày 20/4, Chủ tịch UBND thành phố Hà Nội hội đàm với Đô trưởng Thủ đô Viêng Chăn. Năm tới, hai bên "
        "sẽ ký biên bản ghi nhớ về du lịch và tổ chức Tuần Văn hóa Hà Nội tại Viêng Chăn."
    )
    events = extract(text, title="", published=datetime.date(2023, 4, 21))
    assert [(e.model, e.category) for e in events] == [("meeting", "talks")]


def test_an_english_meeting_between_the_hosts_and_the_delegation_is_a_reception():
    text = (
        "Trade unions of Hanoi and Vientiane would further strengthen cooperation. The view was shared at "
        "the meeting between the Vice Secretary of the Hanoi Party Committee Nguyen Thi Tuyen and the "
        "high-level delegation of Vientiane's trade union on August 15."
    )
    events = kinds(extract(text, published=datetime.date(2022, 8, 16)))
    assert events[("meeting", "reception")].date == datetime.date(2022, 8, 15)


def test_a_friendship_exchange_with_lao_guests_is_a_meeting_of_the_other_kind():
    text = (
        "Ngày 8-4, tại Hà Nội, Liên hiệp các tổ chức hữu nghị thành phố Hà Nội đã tổ chức cuộc gặp hữu nghị "
        "nhân dịp Tết cổ truyền Bunpimay của Lào.\n\n"
        "Đại sứ Lào tại Việt Nam đánh giá cao sự quan tâm của thành phố."
    )
    events = extract(text, title="", published=datetime.date(2005, 4, 9))
    assert kinds(events)[("meeting", "other")].date == datetime.date(2005, 4, 8)


def test_an_exchange_programme_named_in_quotes_and_a_plan_signed_on_its_sidelines():
    text = (
        "Tối 24/7, tại Cung Thanh niên Hà Nội, Thành đoàn Hà Nội phối hợp với Đoàn Thanh niên Nhân dân Cách "
        "mạng Lào Thủ đô Viêng Chăn tổ chức chương trình “Giao lưu thanh niên hai Thủ đô Hà Nội - Viêng "
        "Chăn” năm 2018.\n\n"
        "Bên lề chương trình, Thành đoàn Hà Nội và Đoàn Thanh niên Nhân dân Cách mạng Lào Thủ đô Viêng Chăn "
        "đã ký kết kế hoạch hợp tác giai đoạn 2018 - 2022.\n\n"
        "Trước đó, sáng 23/7, đồng chí Lê Thị Bích Thủy, Phó Bí thư Thành ủy Hà Nội đã tiếp đoàn đại biểu "
        "thanh niên Thủ đô Viêng Chăn tại trụ sở Thành ủy."
    )
    events = by_kind(extract(text, published=datetime.date(2018, 7, 25)))
    assert events[("meeting", "other")].date == datetime.date(2018, 7, 24)
    assert events[("agreement", "plan")].date == datetime.date(2018, 7, 24)
    assert events[("meeting", "reception")].date == datetime.date(2018, 7, 23)


def test_a_ceremony_for_lao_students_is_a_meeting_but_a_courses_closing_is_the_course():
    ceremony = (
        "Ngày 17/3, Trường Hữu Nghị 80 (Hà Nội) tổ chức lễ đón nhận gia đình đỡ đầu cho lưu học sinh Lào."
    )
    events = extract(ceremony, title="", published=datetime.date(2024, 3, 18))
    assert [(e.model, e.category, e.date) for e in events] == [
        ("meeting", "other", datetime.date(2024, 3, 17))
    ]
    closing = (
        "Chiều 30/6, Sở Y tế Hà Nội tổ chức lễ bế mạc khóa đào tạo cho 25 bác sĩ Thủ đô Viêng Chăn và trao "
        "chứng chỉ cho các học viên."
    )
    events = extract(closing, title="", published=datetime.date(2024, 7, 1))
    assert ("meeting", "other") not in kinds(events)


def test_an_english_exhibition_that_has_taken_place_is_a_meeting():
    text = (
        "An exhibition in Hanoi highlighting the cooperation between the capitals of Vietnam and Laos "
        "tightens their relationship. The event has taken place at 44 Ly Thuong Kiet Street between August "
        "10 and 11 with many Lao enterprises from Vientiane."
    )
    events = extract(text, title="", published=datetime.date(2022, 8, 12))
    assert kinds(events)[("meeting", "other")].date == datetime.date(2022, 8, 10)


def test_a_report_opening_with_what_was_said_at_the_get_together_is_a_reception():
    text = (
        "Theo thông tin từ buổi gặp gỡ với Đại sứ quán Lào tại Việt Nam, Bộ Tư lệnh Thủ đô Hà Nội đã hoàn "
        "thành tốt nhiệm vụ năm 2020."
    )
    events = extract(text, title="", published=datetime.date(2021, 1, 5))
    assert ("meeting", "reception") in kinds(events)


def test_an_english_reception_told_as_during_a_reception_for_and_meeting_with():
    text = (
        "Party General Secretary Nguyen Phu Trong stressed the importance of Vietnam-Laos friendship during "
        "a reception in Hanoi on Monday for Vientiane Mayor Sinlavong Khoutphaythoune.\n\n"
        "Meeting with the Lao Mayor, Prime Minister Nguyen Xuan Phuc lauded cooperation between Hanoi and "
        "Vientiane."
    )
    all_events = extract(text, title="Vietnamese leaders host Vientiane Mayor")
    events = by_kind(all_events)
    # A country's leaders receive a guest each on their own: two receptions of the same visit.
    receptions = [event for event in all_events if event.category == "reception"]
    assert [names(reception, "vn") for reception in receptions] == [
        {"Nguyen Phu Trong"},
        {"Nguyen Xuan Phuc"},
    ]
    assert all(names(reception, "la") == {"Sinlavong Khoutphaythoune"} for reception in receptions)
    # A Vientiane official met in Hanoi has travelled there.
    assert events["delegation", "visit"].direction == "to_hanoi"
    assert [{body.name for body in reception.organizations} for reception in receptions] == [
        {"Chính quyền Thủ đô Viêng Chăn", "Đảng Cộng sản Việt Nam"},
        {"Chính quyền Thủ đô Viêng Chăn", "Chính phủ Việt Nam"},
    ]


def test_a_meeting_with_a_counterpart_is_talks():
    text = (
        "Secretary of the Hanoi Party Committee Dinh Tien Dung stressed the view during a meeting with his "
        "Vientiane counterpart Anouphap Tounalom on August 9 in Hanoi."
    )
    events = by_kind(extract(text, published=datetime.date(2022, 8, 9)))
    assert ("meeting", "talks") in events


def test_receiving_the_delegation_opens_a_reception():
    text = (
        "Receiving the Hanoi delegation on September 17, Secretary of the Vientiane Party Committee Anouphap "
        "Tounalom affirmed that the visit would foster cooperation between the two capitals."
    )
    events = by_kind(extract(text, published=datetime.date(2024, 9, 18)))
    assert ("meeting", "reception") in events


def test_calls_on_the_programme_of_the_visit_are_events_one_per_leader():
    text = (
        "Nhận lời mời của đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội, đồng chí Anouphap Tounalom, "
        "Bí thư Thành ủy Viêng Chăn dẫn đầu Đoàn đại biểu cấp cao thành phố sang thăm và làm việc tại "
        "Hà Nội, từ ngày 9 đến 14/8.\n\n"
        "Trong khuôn khổ chuyến thăm, dự kiến, Đoàn đại biểu cấp cao Thủ đô Viêng Chăn sẽ đến chào xã giao "
        "Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch Quốc hội Vương Đình Huệ."
    )
    events = extract(text, published=datetime.date(2022, 8, 9))
    calls = [event for event in events if event.category == "courtesy_call"]
    assert [names(call, "vn") - {"Đinh Tiến Dũng"} for call in calls] == [
        {"Nguyễn Phú Trọng"},
        {"Vương Đình Huệ"},
    ]
    assert all(names(call, "la") == {"Anouphap Tounalom"} for call in calls)


def test_a_plan_for_later_is_still_no_meeting():
    text = (
        "Chiều 9/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng hội đàm với Bí thư Thành ủy Viêng Chăn Anouphap "
        "Tounalom.\n\nHai bên sẽ tổ chức hội đàm trực tuyến vào cuối năm."
    )
    assert [event.category for event in extract(text, published=datetime.date(2022, 8, 9))] == ["talks"]


def test_english_meetings_with_a_country_s_leaders_on_the_agenda_of_the_visit_are_calls():
    text = (
        "A high-level delegation of Hanoi led by the municipal Secretary of the Party Committee Dinh Tien "
        "Dung visited Vientiane, Laos, from April 3 to 5.\n\n"
        "The agenda of the visit includes meetings with the General Secretary of the Lao People's "
        "Revolutionary Party Thongloun Sisoulith and Prime Minister Phankham Viphavanh."
    )
    events = extract(text, published=datetime.date(2022, 4, 2))
    calls = [event for event in events if event.category == "courtesy_call"]
    assert [names(call, "la") for call in calls] == [{"Thongloun Sisoulith"}, {"Phankham Viphavanh"}]


def test_a_delegation_received_by_the_resident_ambassador_calls_on_him_and_travels_nowhere():
    text = (
        "On November 29, a Hanoi delegation led by Chairman of the Municipal People's Committee Nguyen Duc "
        "Chung visited the Lao Embassy. The delegation was received by Lao Ambassador to Viet Nam "
        "Thongsavanh Phomvihane."
    )
    events = extract(text, published=datetime.date(2018, 11, 30))
    assert [(event.model, event.category) for event in events] == [("meeting", "courtesy_call")]


def test_while_receiving_a_guest_is_a_reception():
    text = (
        "State President Truong Tan Sang made this remark while receiving Vientiane Party Committee "
        "Secretary and Mayor Soukanh Mahalat in Hanoi on August 12."
    )
    events = by_kind(extract(text, published=datetime.date(2011, 8, 13)))
    assert names(events["meeting", "reception"]) == {"Truong Tan Sang", "Soukanh Mahalat"}


def test_an_english_conference_on_a_day_and_the_exhibition_within_it_are_meetings():
    text = (
        "Vietnamese and Lao authorities and businesses sought cooperation opportunities at an investment, "
        "trade and tourism conference on August 10. The Hanoi event saw the participation of Dinh Tien Dung, "
        "Secretary of the Hanoi Party Committee, and Anouphap Tounalom, Secretary of the Party Committee of "
        "Vientiane.\n\nWithin the framework of the conference, there was an exhibition displaying photos on "
        "famous destinations in the two countries."
    )
    events = extract(text, published=datetime.date(2022, 8, 10))
    assert [(event.category, event.date) for event in events if event.model == "meeting"] == [
        ("other", datetime.date(2022, 8, 10)),
        ("other", datetime.date(2022, 8, 10)),
    ]


def test_an_exhibition_jointly_held_on_the_sidelines_is_a_gathering_of_its_own():
    text = (
        "Vice Chairman of the Hanoi People's Committee Nguyen Manh Quyen stressed the view during an "
        "investment, trade, and tourism promotion conference with Vientiane on August 10. On the sidelines "
        "of the event, a photo exhibition and a trade fair are jointly held by the two capitals."
    )
    events = extract(text, published=datetime.date(2022, 8, 11))
    assert [(event.category, event.date) for event in events if event.model == "meeting"] == [
        ("other", datetime.date(2022, 8, 10)),
        ("other", datetime.date(2022, 8, 10)),
    ]


def test_a_host_honoured_to_be_visited_and_worked_with_receives_the_delegation():
    text = (
        "Đoàn đại biểu LHCĐ thành phố Viêng Chăn thăm Hà Nội. Tại buổi làm việc, Chủ tịch LĐLĐ huyện "
        "Phú Xuyên Đào Đức Gương bày tỏ niềm vinh dự khi được đoàn công tác của Liên hiệp Công đoàn Thủ đô "
        "Viêng Chăn đến thăm và làm việc."
    )
    meetings = [e for e in extract(text, published=datetime.date(2022, 8, 26)) if e.model == "meeting"]
    assert [e.category for e in meetings] == ["reception"]


def test_a_conference_hosted_by_the_departments_is_a_gathering_not_a_reception():
    text = (
        "The conference on trade connection was held in Vientiane on November 24. The conference was hosted "
        "by the Hanoi Department of Industry and Trade and its Vientiane counterpart."
    )
    categories = {
        e.category for e in extract(text, published=datetime.date(2023, 11, 25)) if e.model == "meeting"
    }
    assert categories == {"other"}


def test_a_leader_receiving_the_delegation_that_came_for_an_asean_forum_is_a_reception():
    text = (
        "The Hanoi delegation was in Laos from September 17-19 for the Meeting of Governors and Mayors of "
        "ASEAN Capitals (MGMAC) and the ASEAN Mayors Forum (AMF) 2024 and a working visit to Vientiane.\n\n"
        "Receiving the Hanoi delegation, Secretary of the Party Committee of Vientiane Anouphap Tounalom "
        "affirmed that the visit would foster the friendship between the two capitals."
    )
    events = extract(text, published=datetime.date(2024, 9, 20))
    meetings = [e for e in events if e.model == "meeting"]
    assert [e.category for e in meetings] == ["reception"]  # the forum of many countries is no meeting here
    assert "Anouphap Tounalom" in names(meetings[0])


def test_a_meeting_and_working_session_of_two_courts_led_by_their_chief_judges():
    text = (
        "Ngày 23/6/2011, Đoàn đại biểu Tòa án Nhân dân thành phố Hà Nội do Chánh án Nguyễn Sơn dẫn đầu đã "
        "có cuộc gặp và làm việc với đoàn đại biểu Tòa án Nhân dân thành phố Vientiane do Chánh án Leuxong "
        "Thongveun làm trưởng đoàn."
    )
    [meeting] = [event for event in extract(text) if event.model == "meeting"]
    assert meeting.date == datetime.date(2011, 6, 23)
    assert names(meeting, "vn") == {"Nguyễn Sơn"}
    assert names(meeting, "la") == {"Leuxong Thongveun"}


def test_hosts_listed_up_to_an_ellipsis_take_part_in_the_reception():
    events = extract(
        "Chiều ngày 11-7, Thiếu tướng Nguyễn Văn Nghinh, Chủ tịch Hội Cựu chiến binh Hà Nội… đã thân mật "
        "tiếp đoàn Hội Cựu chiến binh Thủ đô Viêng Chăn do ông Buntho Saysongkham, Chủ tịch Hội, "
        "làm Trưởng đoàn.",
        published=datetime.date(2023, 7, 12),
    )
    reception = kinds(events)["meeting", "reception"]
    assert names(reception) == {"Nguyễn Văn Nghinh", "Buntho Saysongkham"}


def test_a_citys_booth_set_up_at_the_other_capitals_fair_is_an_event():
    events = extract(
        "The 'Hanoi - Vietnam' booth, featuring 16 enterprises from Hanoi, was set up at the That Luang "
        "Festival and Vientiane Trade Exhibition 2023, running from November 23-27."
    )
    fair = kinds(events)["meeting", "other"]
    assert (fair.date, fair.date_precision) == (datetime.date(2023, 11, 23), "day")


def test_talks_told_as_their_talks_with_a_country_in_brackets_after_the_title():
    events = extract(
        "HÀ NỘI — Chairman of the Hà Nội People's Committee Trần Sỹ Thanh and Mayor of Vientiane (Laos) "
        "Atsaphangthong Siphandone discussed measures to forge cooperation at their talks in Hà Nội on "
        "Wednesday.",
        published=datetime.date(2023, 10, 5),
    )
    talks = kinds(events)["meeting", "talks"]
    assert talks.date == datetime.date(2023, 10, 4)
    assert names(talks) == {"Trần Sỹ Thanh", "Atsaphangthong Siphandone"}


def test_the_launch_of_a_training_course_is_its_opening_ceremony_beside_the_course():
    events = extract(
        "A training course for vocational teachers from Vientiane, the capital of Laos, was launched by the "
        "Hanoi Department of Education on March 17.",
        published=datetime.date(2025, 3, 18),
    )
    assert kinds(events)["meeting", "other"].date == datetime.date(2025, 3, 17)
    assert kinds(events)["delegation", "training"].direction == "to_hanoi"


def test_talks_by_telephone_are_talks_at_a_distance():
    for text in (
        "Ngày 8/5, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh đã có cuộc điện đàm với Đô trưởng Viêng Chăn.",
        "On May 8, Hanoi Chairman Tran Sy Thanh held phone talks with the Vientiane Mayor.",
    ):
        assert kinds(extract(text, published=datetime.date(2024, 5, 10)))["meeting", "online_talks"].date == (
            datetime.date(2024, 5, 8)
        )


def test_a_body_that_welcomed_the_other_capitals_delegation_received_it_unless_at_the_airport():
    received = extract(
        "Ngày 8/5, Hội Liên hiệp Phụ nữ Hà Nội đã đón đoàn đại biểu Hội Liên hiệp Phụ nữ Thủ đô Viêng Chăn.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(received)["meeting", "reception"].date == datetime.date(2024, 5, 8)
    at_the_airport = extract(
        "Ngày 8/5, Phó Chủ tịch UBND Thành phố Dương Đức Tuấn đã đón Đoàn đại biểu Thủ đô Viêng Chăn tại "
        "Sân bay Nội Bài.",
        published=datetime.date(2024, 5, 10),
    )
    assert ("meeting", "reception") not in kinds(at_the_airport)


def test_a_hanoi_district_receiving_a_vientiane_delegation_is_hanoi_taking_part():
    events = extract(
        "Ngày 8/5, Quận ủy Hoàn Kiếm tiếp đoàn đại biểu huyện Chanthabuly, Thủ đô Viêng Chăn.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["meeting", "reception"].direction == "to_hanoi"
    # A district of the same name elsewhere is not Hanoi's: the district word and the name both count.
    assert extract("Ngày 8/5, Hoàn Kiếm tiếp đoàn đại biểu Thủ đô Viêng Chăn.") == []


def test_leaders_who_met_a_delegation_received_it():
    events = extract(
        "Hanoi's leaders on May 8 met a delegation of Vientiane led by Vice Mayor Phouvong Vongkhamsao.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["meeting", "reception"].direction == "to_hanoi"


def test_talks_named_by_what_followed_them():
    events = extract("Hanoi and Vientiane signed the plan after their talks in Vientiane on Dec 3, 2022.")
    assert kinds(events)["meeting", "talks"].date == datetime.date(2022, 12, 3)


def test_a_leader_calling_on_trainees_is_a_meeting_not_a_visit():
    events = extract(
        "Sáng 24/6, Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Mạnh Khôi đã đến thăm, động viên các học viên "
        "Thủ đô Viêng Chăn tại Bệnh viện Nhi Hà Nội.",
        published=datetime.date(2024, 6, 25),
    )
    assert kinds(events)["meeting", "other"].date == datetime.date(2024, 6, 24)
    assert ("delegation", "visit") not in kinds(events)


def test_discussions_held_with_counterparts_are_talks():
    events = extract(
        "Senior officials of Vientiane Capital held discussions with their Hanoi counterparts on Saturday.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["meeting", "talks"].date == datetime.date(2024, 5, 4)


def test_delegations_received_by_the_many_are_no_reception():
    for text in (
        "Over the past years, Hanoi has received many delegations from Vientiane.",
        "Những năm qua, Hà Nội đã tiếp nhiều đoàn đại biểu của Thủ đô Viêng Chăn.",
    ):
        assert ("meeting", "reception") not in kinds(extract(text, published=datetime.date(2024, 5, 10)))


def test_a_meeting_held_somewhere_on_a_day():
    (meeting,) = extract(
        "Vientiane Capital and Hanoi agreed to strengthen cooperation in tourism at a meeting held in "
        "Vientiane on March 12.",
        published=datetime.date(2024, 5, 10),
    )
    assert (meeting.model, meeting.date, meeting.place) == (
        "meeting",
        datetime.date(2024, 3, 12),
        "Viêng Chăn",
    )


def test_a_friendship_tournament_between_the_capitals_is_an_event_they_hold():
    for text in (
        "A U15 football friendship tournament between Hanoi and Vientiane took place in Hanoi from June 3 "
        "to 6, with the participation of four teams from the two capitals.",
        "Từ ngày 3 đến 6/6, Giải bóng đá thiếu niên hữu nghị giữa Hà Nội và Thủ đô Viêng Chăn đã diễn ra "
        "tại Hà Nội.",
    ):
        (event,) = extract(text, published=datetime.date(2018, 6, 7))
        assert (event.category, event.date) == ("other", datetime.date(2018, 6, 3)), text


def test_talks_of_the_two_delegations_earlier_the_same_day_and_a_donation_thanked_for():
    lead = (
        "Secretary of the Hanoi Party Committee Vuong Dinh Khoa hosted a reception in Hanoi on December 11 "
        "for a high-ranking delegation from Vientiane led by Mayor Somphet Keovilaysak. "
    )
    events = kinds(
        extract(
            lead + "Earlier the same day, the two delegations held talks, during which they signed the 2014 "
            "cooperation plan. Somphet thanked Hanoi for its 2 billion VND donation to Vientiane flood "
            "victims in September.",
            published=datetime.date(2013, 12, 12),
        )
    )
    assert events[("meeting", "talks")].date == datetime.date(2013, 12, 11)
    gift = events[("agreement", "aid")]
    assert (gift.date, gift.date_precision) == (datetime.date(2013, 9, 1), "month")


def test_culture_days_are_held_together_and_visitors_welcomed_are_counted_not_received():
    for text in (
        "Hanoi Culture and Tourism Days in Vientiane took place from November 20-23 at the Lao National "
        "Cultural Hall. Huong said Hanoi welcomed about 45,000 Lao visitors in the first ten months of 2025.",
        "Tối 20/11, tại Viêng Chăn, Những ngày Văn hóa Hà Nội tại Thủ đô Viêng Chăn đã khai mạc.",
    ):
        (event,) = extract(text, published=datetime.date(2025, 11, 24))
        assert (event.category, event.date) == ("other", datetime.date(2025, 11, 20)), text
    # A culture week the two sides plan to hold is still to come.
    (gathering,) = extract(
        "Tối 20/11, tại Viêng Chăn, Những ngày Văn hóa Hà Nội tại Thủ đô Viêng Chăn đã khai mạc. Hai bên "
        "trao đổi về kế hoạch tổ chức Những ngày Văn hóa Viêng Chăn tại Hà Nội vào năm 2026.",
        published=datetime.date(2025, 11, 24),
    )
    assert gathering.date == datetime.date(2025, 11, 20)


def test_who_attended_the_talks_tells_the_talks_again():
    text = (
        "Sáng 9-9, Ủy ban MTTQ Việt Nam thành phố Hà Nội và Ủy ban Mặt trận Lào xây dựng đất nước Thủ đô "
        "Viêng Chăn đã tổ chức hội đàm trực tuyến.\n\n"
        "Dự hội đàm, về phía Hà Nội có đồng chí Nguyễn Lan Hương, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà "
        "Nội; về phía Thủ đô Viêng Chăn có đồng chí Bounlieng Phommavong."
    )
    events = extract(text, published=datetime.date(2021, 9, 10))
    assert [(e.category, e.date) for e in events] == [("online_talks", datetime.date(2021, 9, 9))]


def test_a_promotion_roadshow_held_by_the_visiting_delegation_is_a_gathering_of_its_own():
    text = (
        "The Hanoi delegation, comprising more than 40 representatives of travel companies, is visiting "
        "Vientiane from October 16-19. On Tuesday evening, the delegation held a Hanoi tourism promotion "
        "roadshow at the Lao-ITECC exhibition centre, attended by about 200 Lao travel agents."
    )
    events = kinds(extract(text, published=datetime.date(2022, 10, 20)))
    assert events[("meeting", "other")].date == datetime.date(2022, 10, 18)


def test_talks_of_the_two_sides_before_a_signing_told_first_are_the_sides_talks():
    text = (
        "Xaysetha district in Vientiane and Long Bien district in Hanoi signed a memorandum of understanding "
        "on the morning of March 3.\n\n"
        "Before the signing, the two sides held talks to review cooperation over the past decade."
    )
    talks = kinds(extract(text, published=datetime.date(2023, 3, 6)))[("meeting", "talks")]
    assert talks.date == datetime.date(2023, 3, 3)


def test_a_friendly_match_and_a_fair_of_the_two_capitals_are_gatherings():
    # "hai Thủ đô" names the Lao side too; "trận bóng đá giao hữu", and a fair "phối hợp tổ chức".
    text = (
        "Hôm qua (14/8), Thành đoàn Hà Nội đã tổ chức hội đàm với đoàn đại biểu Đoàn Thanh niên Thủ đô "
        "Viêng Chăn. Trước đó, chiều 13/8, tại sân vận động Hàng Đẫy đã diễn ra trận bóng đá giao hữu giữa "
        "đội tuyển thanh niên hai Thủ đô. Hội chợ sản phẩm thanh niên hai Thủ đô do hai bên phối hợp tổ chức "
        "từ ngày 12 đến 15/8."
    )
    gatherings = [e for e in extract(text, published=datetime.date(2023, 8, 15)) if e.category == "other"]
    assert sorted((e.date, e.date_end) for e in gatherings) == [
        (datetime.date(2023, 8, 12), datetime.date(2023, 8, 15)),
        (datetime.date(2023, 8, 13), None),
    ]


def test_talks_held_right_after_a_reception_are_on_its_day_with_its_people():
    text = (
        "Sáng 29-3, tại Hà Nội, Thiếu tướng Nguyễn Đình Khôi, Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội đã tiếp đoàn "
        "cán bộ Bộ Chỉ huy Quân sự Thủ đô Viêng Chăn do Đại tá Sengphachanh Vongsavath làm trưởng đoàn, sang "
        "thăm và làm việc từ ngày 27-3 đến 31-3. Ngay sau buổi tiếp, hai đoàn đã tiến hành hội đàm."
    )
    talks = by_kind(extract(text, published=datetime.date(2023, 3, 30)))["meeting", "talks"]
    assert (talks.date, talks.date_precision) == (datetime.date(2023, 3, 29), "day")
    assert names(talks) == {"Nguyễn Đình Khôi", "Sengphachanh Vongsavath"}


def test_a_review_held_on_a_day_is_dated_by_it_and_the_talks_named_again_are_the_same():
    text = (
        "Tại cuộc hội đàm trực tuyến tổng kết công tác hợp tác năm 2024 diễn ra ngày 15/12/2024, lãnh đạo "
        "hai Thủ đô Hà Nội và Viêng Chăn đánh giá năm qua là một năm hợp tác sôi động.\n\nCuộc hội đàm do "
        "đồng chí Trần Quang Vinh, Chủ tịch HĐND thành phố Hà Nội và đồng chí Souksavanh Thammavong, Đô "
        "trưởng Thủ đô Viêng Chăn đồng chủ trì."
    )
    events = extract(text, published=datetime.date(2025, 1, 8))
    assert [(e.category, e.date) for e in events] == [("online_talks", datetime.date(2024, 12, 15))]
    assert {"Trần Quang Vinh", "Souksavanh Thammavong"} <= names(events[0])


def test_a_goods_week_that_opened_is_a_gathering_and_a_signing_on_its_sidelines_takes_its_day():
    opened = (
        "The Hanoi Goods Week in Vientiane 2024 opened this morning at the Lao-ITECC, with 120 booths of "
        "Hanoi businesses. Vice Mayor of Vientiane Capital Phoxay Sayasone attended."
    )
    week = kinds(extract(opened, published=datetime.date(2024, 9, 18)))["meeting", "other"]
    assert week.date == datetime.date(2024, 9, 18)
    text = (
        "On September 16, a delegation of Hanoi's Department of Industry and Trade began a working visit to "
        "Vientiane that runs until September 20.\n\nOn September 17, the delegation held talks with the "
        "Vientiane Department of Industry and Commerce.\n\nOn September 18, the Hanoi Goods Week in "
        "Vientiane opened at the Lao-ITECC.\n\nOn the sidelines of the opening ceremony, the Hanoi "
        "Department of Industry and Trade and the Vientiane Department of Industry and Commerce signed a "
        "memorandum of understanding on trade promotion."
    )
    mou = kinds(extract(text, published=datetime.date(2024, 9, 21)))["agreement", "mou"]
    assert (mou.date, mou.date_precision) == (datetime.date(2024, 9, 18), "day")


def test_a_working_session_two_departments_hold_or_a_director_chairs_is_talks():
    held = (
        "Sáng 24/11, Đoàn công tác Sở Công Thương Thủ đô Viêng Chăn (Lào) đã đến thăm Hà Nội. Chiều cùng "
        "ngày, Sở Công Thương Hà Nội và Sở Công Thương Thủ đô Viêng Chăn đã tổ chức buổi làm việc về hợp tác "
        "thương mại."
    )
    talks = kinds(extract(held, published=datetime.date(2022, 11, 25)))[("meeting", "talks")]
    assert talks.date == datetime.date(2022, 11, 24)
    chaired = (
        "Ngày 26/6, tại trụ sở Sở Y tế Hà Nội, bà Cao Thị Hải Yến, Giám đốc Sở Y tế Hà Nội đã chủ trì "
        "buổi làm việc với Đoàn công tác Sở Y tế Thủ đô Viêng Chăn (Lào)."
    )
    talks = kinds(extract(chaired, published=datetime.date(2009, 6, 29)))[("meeting", "talks")]
    assert talks.date == datetime.date(2009, 6, 26)


def test_the_visiting_delegation_that_worked_with_a_body_the_following_day_met_it_that_day():
    text = (
        "Hanoi's and Vientiane's front organizations on December 6 signed a memorandum of understanding. "
        "Noy Vongsa is leading a Vientiane delegation on a working visit to Hanoi from December 5 to 9. The "
        "following day, the Lao delegation worked with the Fatherland Front Committee of Hoan Kiem District."
    )
    meeting = kinds(extract(text, published=datetime.date(2022, 12, 8)))[("meeting", "reception")]
    assert (meeting.date, meeting.direction) == (datetime.date(2022, 12, 7), "to_hanoi")


def test_a_conference_held_right_after_the_talks_is_a_gathering_of_its_own_that_day():
    """ "Ngay sau hội đàm" tells when the conference was held; it is not the talks told again."""
    text = (
        "Sáng 18/5, Giám đốc Công an thành phố Hà Nội Nguyễn Văn Hùng đã hội đàm với Giám đốc Công an Thủ đô "
        "Viêng Chăn Somphet Keomany. Ngay sau hội đàm, hai bên tổ chức Hội nghị sơ kết 3 năm thực hiện "
        "Biên bản ghi nhớ hợp tác giữa Công an thành phố Hà Nội và Công an Thủ đô Viêng Chăn."
    )
    events = by_kind(extract(text, published=datetime.date(2017, 5, 19)))
    assert events["meeting", "talks"].date == datetime.date(2017, 5, 18)
    assert events["meeting", "other"].date == datetime.date(2017, 5, 18)


def test_the_talks_named_only_as_a_time_are_still_the_talks():
    text = (
        "Sau hội đàm, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng và Bí thư Thành ủy Viêng Chăn Anouphap "
        "Tounalom đã chứng kiến lễ ký Biên bản thỏa thuận hợp tác giữa hai Thủ đô."
    )
    events = by_kind(extract(text, published=datetime.date(2022, 4, 4)))
    assert ("meeting", "talks") in events


def test_an_evening_of_the_two_capitals_artists_is_a_gathering_of_its_own():
    text = (
        "Sáng 11/9, Phó Chủ tịch UBND thành phố Hà Nội Ngô Văn Quý đã tiếp Đoàn nghệ thuật Thủ đô Viêng "
        "Chăn. Tối 12/9, tại Nhà hát Lớn Hà Nội, Sở Văn hóa và Thể thao Hà Nội phối hợp với Sở Thông tin, "
        "Văn hóa và Du lịch Thủ đô Viêng Chăn tổ chức Đêm giao lưu nghệ thuật hữu nghị hai Thủ đô."
    )
    events = by_kind(extract(text, published=datetime.date(2019, 9, 13)))
    assert events["meeting", "reception"].date == datetime.date(2019, 9, 11)
    assert events["meeting", "other"].date == datetime.date(2019, 9, 12)


def test_a_friendly_match_played_during_a_visit_is_a_gathering_of_its_own():
    text = (
        "A delegation of Vientiane teachers visited the Hanoi Capital University from September 24 to 28. "
        "On Saturday, the Lao teachers played a friendly volleyball match against a team of lecturers."
    )
    events = by_kind(extract(text, published=datetime.date(2025, 9, 29)))
    assert events["meeting", "other"].date == datetime.date(2025, 9, 27)
