"""Delegations: visits and working trips, and training courses for Lao cadres."""

import datetime

from events.extraction.dates import find_dates
from tests.extraction import by_kind, extract, kinds, names

# --- What makes a visit ---


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


def test_an_english_working_trip_is_a_visit():
    text = (
        "Hanoi Party Secretary Dinh Tien Dung on 9 May 2023 received a delegation of Vientiane Capital "
        "led by its Vice Mayor Phouvong Vongkhamsao, who is on a working trip to Vietnam from May 8-12."
    )
    events = extract(text, title="")
    visit = kinds(events)[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2023, 5, 8), datetime.date(2023, 5, 12))


def test_a_delegation_that_is_in_the_city_from_to_is_a_visit():
    text = (
        "A delegation of Hanoi led by Vice Chairman of the municipal People's Committee Tran Van Khoa is in "
        "Vientiane from November 29 to December 2. On November 30, the two sides held talks."
    )
    events = kinds(extract(text, published=datetime.date(2024, 12, 3)))
    visit = events[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2024, 11, 29), datetime.date(2024, 12, 2))
    assert "Tran Van Khoa" in {person.name for person in visit.people}
    assert events[("meeting", "talks")].date == datetime.date(2024, 11, 30)


def test_leading_a_delegation_to_an_event_is_a_visit():
    text = (
        "The Vientiane school funded by Hanoi was inaugurated on 2 March 2024. The ceremony was attended by "
        "Vientiane Vice Mayor Bounchan Sinthavong and Vice Chairman of the Hanoi People's Committee "
        "Vu Thu Ha, who led a Hanoi delegation to the event."
    )
    events = extract(text, title="")
    assert ("delegation", "visit") in kinds(events)


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
    meeting = kinds(extract(text, title="", published=datetime.date(2023, 11, 23)))[("meeting", "talks")]
    assert meeting.date == datetime.date(2023, 11, 22)


def test_young_people_heading_to_vientiane_are_a_visit():
    text = "Hanoi (VNA) – Hanoi's young people on July 29 headed towards the Lao capital city of Vientiane."
    visit = kinds(extract(text, title="", published=datetime.date(2019, 7, 30)))[("delegation", "visit")]
    assert (visit.date, visit.direction) == (datetime.date(2019, 7, 29), "to_laos")


# --- A second visit in another year ---


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


# --- Training courses ---


def test_a_training_course_for_lao_cadres():
    text = (
        "(LĐTĐ) Sáng 1/7, Ban Tổ chức Thành ủy Hà Nội khai giảng Lớp bồi dưỡng kiến thức quản lý cho cán bộ "
        "Thủ đô Viêng Chăn (Lào). Lớp học diễn ra từ 1/7 đến 30/8."
    )
    events = extract(text, published=datetime.date(2025, 7, 1))
    training = by_kind(events)["delegation", "training"]
    assert training.date == datetime.date(2025, 7, 1)
    assert training.direction == "to_hanoi"


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


def test_the_course_closed_on_a_day_takes_the_span_a_later_sentence_gives_it():
    # The course is told by its closing ceremony; the next sentence, with no Lao word, gives its span.
    text = (
        "Chiều ngày 12-10, Công an TP Hà Nội tổ chức lễ bế giảng lớp bồi dưỡng nghiệp vụ cho 30 cán bộ Bộ "
        "Chỉ huy An ninh Thủ đô Viêng Chăn (Lào). Lớp học diễn ra từ ngày 5-12/10 tại Trường Cao đẳng Cảnh "
        "sát nhân dân I với 12 chuyên đề."
    )
    course = by_kind(extract(text, published=datetime.date(2024, 10, 13)))["delegation", "training"]
    assert (course.date, course.date_end) == (datetime.date(2024, 10, 5), datetime.date(2024, 10, 12))
    # English, a course named after five words: "completed a state administration and urban management
    # course", then "The course, held ... from October 7 to November 1".
    text = (
        "Forty officials from Vientiane have completed a state administration and urban management course "
        "in Hanoi. The course, held at Hanoi's Le Hong Phong Cadre Training School from October 7 to "
        "November 1, was organised by the Hanoi Party Committee."
    )
    course = by_kind(extract(text, published=datetime.date(2019, 11, 5)))["delegation", "training"]
    assert (course.date, course.date_end) == (datetime.date(2019, 10, 7), datetime.date(2019, 11, 1))


def test_courses_in_general_and_a_years_summary_are_not_a_course():
    text = (
        "Ngày 28/12, Công an TP Hà Nội hội đàm với Đoàn đại biểu Công an Thủ đô Viêng Chăn. Trong năm qua, "
        "hai bên phối hợp chặt chẽ; Công an Hà Nội đã tổ chức 3 lớp bồi dưỡng cho cán bộ Viêng Chăn. "
        "Trưởng đoàn Lào khẳng định các lớp bồi dưỡng mà Hà Nội hỗ trợ đã góp phần nâng cao năng lực."
    )
    events = extract(text, title="", published=datetime.date(2024, 12, 29))
    assert ("delegation", "training") not in kinds(events)


# --- Visits and courses still to come ---


def test_a_visit_planned_for_later_is_not_an_event():
    text = (
        "Chiều 5/3, Chủ tịch UBND thành phố Hà Nội hội đàm trực tuyến với Đô trưởng Thủ đô Viêng Chăn. "
        "Hai bên nhất trí tổ chức chuyến thăm Viêng Chăn của lãnh đạo Hà Nội, dự kiến vào tháng 6 tới."
    )
    events = extract(text, title="", published=datetime.date(2023, 3, 5))
    assert ("delegation", "visit") not in kinds(events)


def test_training_and_signings_listed_as_future_tasks_are_not_events():
    text = (
        "Ngày 4/9, Đoàn Công an Hà Nội hội đàm với Công an Thủ đô Viêng Chăn.\n\n"
        "Năm 2025, hai bên sẽ triển khai các lớp đào tạo cho cán bộ Lào và ký biên bản ghi nhớ hợp tác.\n\n"
        "The city's plan includes training courses for Lao officials and the signing of an MoU on tourism."
    )
    found = kinds(extract(text, published=datetime.date(2024, 9, 6)))
    # The Hanoi police delegation's trip is implied by the talks; the course and the MoU are plans.
    assert set(found) == {("meeting", "talks"), ("delegation", "visit")}


def test_the_visits_of_past_years_summed_up_are_no_trip():
    text = (
        "Trong 5 năm qua, Bộ Tư lệnh Thủ đô Hà Nội đã tổ chức 12 đoàn với trên 100 lượt cán bộ sang thăm làm "
        "việc tại Thủ đô Viêng Chăn."
    )
    events = extract(text, title="", published=datetime.date(2021, 1, 5))
    assert not [e for e in events if e.category == "visit"]


def test_learners_at_a_closing_ceremony_are_a_training_course():
    text = (
        "Attending the closing ceremony were Ms. LE Kim Anh, President of Hanoi Women's Union.\n\n"
        "In particular, attending the closing ceremony were 20 learners who are Vice Presidents of Women's "
        "Union of Vientiane Capital, Lao People's Democratic Republic."
    )
    assert ("delegation", "training") in kinds(extract(text))


def test_the_recent_visit_of_another_leader_is_a_visit_of_its_own_and_an_english_anniversary_span_no_date():
    text = (
        "The view was shared at the meeting between the Vice Secretary of the Hanoi Party Committee Nguyen "
        "Thi Tuyen and the high-level delegation of Vientiane’s trade union led by its Chairman Dao Phet "
        "Aroune on August 15.\n\n"
        "At the meeting, Tuyen highlighted the significance of the delegation’s visit, which took place on "
        "the occasion of the 60th anniversary of diplomatic relations (September 5, 1962 – September 5, "
        "2022).\n\n"
        "Tuyen mentioned the recent visit of the Secretary of the Vientiane Party Committee Anouphap "
        "Tounalom to Hanoi."
    )
    events = extract(text, title="", published=datetime.date(2022, 8, 16))
    visits = [event for event in events if event.category == "visit"]
    assert len(visits) == 2
    assert {visit.date for visit in visits} == {datetime.date(2022, 8, 1)}
    assert [("Anouphap Tounalom" in names(visit)) for visit in visits] == [False, True]


def test_a_delegation_setting_off_for_the_other_country_is_a_visit():
    events = extract(
        "A Hanoi Youth Union delegation left the capital on July 16 to participate in voluntary activities "
        "in Laos. They will perform medical check-ups and give free medicine to 1,000 people in Vientiane.",
        published=datetime.date(2014, 7, 17),
    )
    visit = kinds(events)["delegation", "visit"]
    assert (visit.date, visit.direction) == (datetime.date(2014, 7, 16), "to_laos")


def test_english_visits_told_by_their_length_or_by_the_guests_stay():
    for text in (
        "Vientiane Mayor Atsaphangthong Siphandone arrived in Hanoi on May 8 for a three-day visit.",
        "During his stay in Hanoi from May 8-10, the Vientiane Mayor visited the Hanoi Museum.",
    ):
        visit = kinds(extract(text, published=datetime.date(2024, 5, 11)))["delegation", "visit"]
        assert (visit.date, visit.direction) == (datetime.date(2024, 5, 8), "to_hanoi")


def test_a_delegation_that_set_off_to_visit_the_other_country():
    events = extract(
        "Ngày 8/5, Đoàn đại biểu Thành phố Hà Nội do Chủ tịch HĐND Thành phố Nguyễn Ngọc Tuấn dẫn đầu đã lên "
        "đường thăm Lào.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["delegation", "visit"].direction == "to_laos"


def test_courses_summed_up_by_the_dozen_are_no_course():
    events = extract(
        "Ngày 24/9/2020, Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào. Từ năm 2017 đến nay, thành phố Hà Nội đã tổ "
        "chức hàng chục lớp đào tạo, bồi dưỡng cho hơn 1.000 lượt cán bộ của Thủ đô Viêng Chăn."
    )
    assert ("delegation", "training") not in kinds(events)


def test_a_study_visit_and_a_troupe_performing_in_the_other_capital_are_visits():
    study = extract(
        "Từ ngày 6 đến 10/5, Đoàn cán bộ Thủ đô Viêng Chăn đã sang học tập kinh nghiệm tại Hà Nội.",
        published=datetime.date(2024, 5, 11),
    )
    assert kinds(study)["delegation", "visit"].direction == "to_hanoi"
    troupe = extract(
        "Tối 8/5, tại Hà Nội, Đoàn nghệ thuật Thủ đô Viêng Chăn đã biểu diễn chương trình nghệ thuật.",
        published=datetime.date(2024, 5, 9),
    )
    assert kinds(troupe)["delegation", "visit"].date == datetime.date(2024, 5, 8)


def test_delegations_exchanged_by_the_many_are_no_visit():
    events = extract(
        "Trong năm 2023, Hà Nội và Viêng Chăn đã trao đổi nhiều đoàn công tác các cấp.",
        published=datetime.date(2024, 1, 5),
    )
    assert ("delegation", "visit") not in kinds(events)


def test_the_guests_received_at_a_gathering_the_capitals_hold_travelled_to_it():
    events = extract(
        "A U15 football friendship tournament between Hanoi and Vientiane took place in Hanoi from June 3 "
        "to 6. The 30-member Vientiane delegation, led by Deputy Director of the Vientiane Department of "
        "Education and Sports Bounpheng Sayavong, was received by Vice Chairman of the Hanoi People's "
        "Committee Ngo Van Thanh on June 4.",
        published=datetime.date(2018, 6, 7),
    )
    assert {(event.category, event.direction) for event in events} == {
        ("other", "to_hanoi"),
        ("reception", "to_hanoi"),
        ("visit", "to_hanoi"),
    }


def test_a_troupes_stay_to_perform_gives_the_visit_its_days():
    events = by_kind(
        extract(
            "Tối 14/7, tại Nhà hát Lớn Hà Nội, Đoàn Nghệ thuật Thủ đô Viêng Chăn (Lào) đã có đêm biểu diễn "
            "đặc biệt. Đoàn gồm 45 nghệ sĩ do ông Phetsamone Sihalath, Phó Giám đốc Sở Thông tin, Văn hóa và "
            "Du lịch Thủ đô Viêng Chăn dẫn đầu, sang biểu diễn tại Hà Nội từ ngày 12 đến 18/7.",
            published=datetime.date(2017, 7, 15),
        )
    )
    visit = events[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2017, 7, 12), datetime.date(2017, 7, 18))


def test_a_trip_named_by_what_it_was_for_is_a_visit():
    text = (
        "Đoàn 40 giáo viên, học sinh Trường THPT Chu Văn An (Hà Nội) vừa có chuyến giao lưu văn hóa, giáo "
        "dục tại Thủ đô Viêng Chăn, Lào (từ 12 đến 15/3)."
    )
    visit = kinds(extract(text, published=datetime.date(2025, 3, 16)))[("delegation", "visit")]
    assert (visit.date, visit.date_end, visit.direction) == (
        datetime.date(2025, 3, 12),
        datetime.date(2025, 3, 15),
        "to_laos",
    )


def test_a_visit_told_by_the_day_the_delegation_came_home_and_its_length():
    text = (
        "A high-level delegation of Vientiane returned home on Monday after a five-day working visit to "
        "Vietnam, during which leaders of the two capitals signed a cooperation plan for next year.\n\n"
        "Mr Anouphab held talks in Hanoi last Friday with Hanoi Party Secretary Bui Thi Minh Hoai."
    )
    events = kinds(extract(text, published=datetime.date(2024, 12, 3)))
    visit = events["delegation", "visit"]
    assert (visit.date, visit.date_end) == (datetime.date(2024, 11, 28), datetime.date(2024, 12, 2))
    assert events["agreement", "plan"].date != datetime.date(2024, 12, 2)  # not the day they came home


def test_a_course_told_by_its_closing_takes_its_first_day_from_a_later_sentence():
    text = (
        "Sáng nay (8/11), tại Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội đã diễn ra Lễ bế giảng "
        "Lớp bồi dưỡng lý luận chính trị cho 30 cán bộ của Thủ đô Viêng Chăn (Lào).\n\nLớp học khai giảng "
        "ngày 9/9/2019, kéo dài 2 tháng, là lớp thứ năm được tổ chức theo Kế hoạch hợp tác đào tạo cán bộ "
        "giai đoạn 2016 - 2020 mà Thành ủy Hà Nội và Thành ủy Viêng Chăn ký kết năm 2016.\n\nChiều cùng "
        "ngày, Phó Bí thư Thành ủy Hà Nội Nguyễn Ngọc Sơn đã tiếp thân mật đoàn học viên."
    )
    events = kinds(extract(text, published=datetime.date(2019, 11, 8)))
    course = events["delegation", "training"]
    assert (course.date, course.date_end) == (datetime.date(2019, 9, 9), datetime.date(2019, 11, 8))
    # The plan is dated by its signing's year, not by the course's first day in the same sentence.
    plan = events["agreement", "plan"]
    assert (plan.date.year, plan.date_precision) == (2016, "year")
    # "Chiều cùng ngày" is the closing ceremony's day, not the first day recalled since.
    assert events["meeting", "reception"].date == datetime.date(2019, 11, 8)


def test_a_visit_told_as_concluded_on_a_day_after_so_many_days():
    text = (
        "A delegation of the Lao People's Revolutionary Youth Union of Vientiane Capital concluded a "
        "five-day visit to Hanoi on Thursday, during which it met leaders of the Hanoi Youth Union."
    )
    visit = kinds(extract(text, published=datetime.date(2024, 3, 8)))["delegation", "visit"]
    assert (visit.date, visit.date_end) == (datetime.date(2024, 3, 3), datetime.date(2024, 3, 7))


def test_a_hospitals_medical_mission_to_the_other_capital_is_a_visit():
    text = (
        "Từ ngày 3 đến 7/12, đoàn y bác sĩ Bệnh viện Tim Hà Nội do Giám đốc Bệnh viện dẫn đầu đã sang "
        "Thủ đô Viêng Chăn (Lào) khám sàng lọc tim bẩm sinh cho hơn 400 trẻ em."
    )
    visit = kinds(extract(text, published=datetime.date(2018, 12, 10)))["delegation", "visit"]
    assert (visit.date, visit.date_end, visit.direction) == (
        datetime.date(2018, 12, 3),
        datetime.date(2018, 12, 7),
        "to_laos",
    )


def test_a_course_told_by_its_closing_takes_the_month_it_began():
    text = (
        "(HNM) - Sáng 7-12, Sở Y tế Hà Nội tổ chức lễ bế giảng khóa đào tạo nâng cao chuyên môn cho 12 "
        "bác sĩ của Thủ đô Viêng Chăn (Lào). Khóa học bắt đầu từ tháng 9-2005, kéo dài 3 tháng."
    )
    course = kinds(extract(text, published=datetime.date(2005, 12, 8)))[("delegation", "training")]
    assert (course.date, course.date_precision, course.date_end) == (
        datetime.date(2005, 9, 1),
        "month",
        datetime.date(2005, 12, 7),
    )
    # A record kept since a month is still no date: "hợp tác từ tháng 4/2022 đến nay".
    assert not find_dates("hợp tác sôi nổi từ tháng 4/2022 đến nay", published=datetime.date(2024, 1, 1))


def test_a_vientiane_district_names_the_lao_side_and_its_sentence_gives_the_visit_its_span():
    text = (
        "Ngày 17/4, tại Thủ đô Viêng Chăn (Lào), Sở Y tế Hà Nội và Sở Y tế Thủ đô Viêng Chăn đã ký kết biên "
        "bản ghi nhớ hợp tác trong lĩnh vực y tế.\n\n"
        "Cũng trong chuyến công tác từ ngày 15 đến 19/4, đoàn y, bác sĩ của Bệnh viện Thanh Nhàn đã khám "
        "bệnh, cấp thuốc miễn phí cho hơn 1.000 người dân huyện Sikhottabong."
    )
    visit = kinds(extract(text, published=datetime.date(2014, 4, 18)))[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2014, 4, 15), datetime.date(2014, 4, 19))


def test_the_trips_of_a_years_review_told_by_month_or_span_are_each_a_visit():
    text = (
        "Năm 2023, quan hệ hợp tác giữa Hà Nội và Thủ đô Viêng Chăn tiếp tục được tăng cường.\n\n"
        "Tháng 2/2023, Đoàn đại biểu Hội đồng Nhân dân Thủ đô Viêng Chăn do đồng chí Vilayphone Keomany, Phó "
        "Chủ tịch HĐND Thủ đô Viêng Chăn làm Trưởng đoàn đã sang thăm và làm việc tại Hà Nội.\n\n"
        "Từ ngày 10 đến 12/4/2023, Đoàn đại biểu UBND thành phố Hà Nội do Chủ tịch UBND thành phố Lê Minh "
        "Thắng dẫn đầu đã thăm và làm việc tại Thủ đô Viêng Chăn.\n\n"
        "Cùng ngày 12/4, đoàn đã đến thăm Trường Hữu nghị tại huyện Xaythany."
    )
    visits = [e for e in extract(text, published=datetime.date(2023, 12, 30)) if e.category == "visit"]
    assert [(v.date, v.date_precision, v.date_end, v.direction) for v in visits] == [
        (datetime.date(2023, 2, 1), "month", None, "to_hanoi"),
        (datetime.date(2023, 4, 10), "day", datetime.date(2023, 4, 12), "to_laos"),
    ]


def test_a_stay_in_the_other_capital_told_by_its_span_is_the_visit():
    text = (
        "Tối 20/10, tại Nhà hát Quốc gia Lào, Những ngày Văn hóa Hà Nội tại Viêng Chăn đã khai mạc.\n\n"
        "Đoàn đại biểu văn hóa thành phố Hà Nội gồm 150 nghệ sĩ, nghệ nhân, cán bộ sang Viêng Chăn từ "
        "ngày 19 đến 25/10.\n\n"
        "Chiều cùng ngày, đoàn đại biểu thành phố Hà Nội đã chào xã giao Đô trưởng Thủ đô Viêng Chăn."
    )
    visit = kinds(extract(text, published=datetime.date(2011, 10, 21)))[("delegation", "visit")]
    assert (visit.date, visit.date_end, visit.direction) == (
        datetime.date(2011, 10, 19),
        datetime.date(2011, 10, 25),
        "to_laos",
    )


def test_a_delegation_told_by_its_activities_in_the_other_capital_is_a_visit_and_its_host_receives_it():
    text = (
        "Trong khuôn khổ Chương trình giao lưu hữu nghị thanh niên hai Thủ đô năm 2023, diễn ra từ ngày "
        "5-12/10, Đoàn đại biểu Đoàn Thanh niên Nhân dân Cách mạng Lào Thủ đô Viêng Chăn gồm 40 cán bộ do "
        "đồng chí Dalaphone Souvannaphoum làm trưởng đoàn đã có nhiều hoạt động ý nghĩa tại Hà Nội.\n\n"
        "Sáng 6/10, tại trụ sở Thành ủy Hà Nội, đồng chí Trịnh Quốc Bảo, Phó Bí thư Thành ủy Hà Nội "
        "đã tiếp Đoàn."
    )
    events = kinds(extract(text, published=datetime.date(2023, 10, 7)))
    visit = events[("delegation", "visit")]
    assert (visit.date, visit.date_end, visit.direction) == (
        datetime.date(2023, 10, 5),
        datetime.date(2023, 10, 12),
        "to_hanoi",
    )
    assert events[("meeting", "reception")].date == datetime.date(2023, 10, 6)


def test_a_stay_counted_in_days_that_ends_on_a_day_told_spans_the_days_before_it():
    english = (
        "Hanoi Party Secretary Nguyen Huu Phong on Wednesday held talks with Vientiane Party Secretary "
        "Bounleuth Keomany, who is on a four-day working visit to Hanoi that ends today."
    )
    visit = kinds(extract(english, published=datetime.date(2024, 12, 20)))[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2024, 12, 17), datetime.date(2024, 12, 20))
    vietnamese = (
        "Đoàn đại biểu Thủ đô Viêng Chăn do đồng chí Bounleuth Keomany dẫn đầu có chuyến thăm và làm việc "
        "5 ngày tại Hà Nội, kết thúc ngày 7/3."
    )
    visit = kinds(extract(vietnamese, published=datetime.date(2024, 3, 8)))[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2024, 3, 3), datetime.date(2024, 3, 7))


def test_a_course_funded_by_hanoi_is_no_work_and_takes_the_day_it_opened():
    text = (
        "A training course on Party building for 35 officials from Vientiane Capital of Laos wrapped up at "
        "the Le Hong Phong Cadre Training School on September 30. The month-long course, which opened on "
        "September 5, was funded by the Hanoi People's Committee."
    )
    events = kinds(extract(text, published=datetime.date(2016, 10, 1)))
    assert events[("delegation", "training")].date == datetime.date(2016, 9, 5)
    assert ("agreement", "funded_project") not in events


def test_a_course_attended_now_takes_the_month_the_next_sentence_says_it_began():
    text = (
        "Ngày 26/6, Giám đốc Sở Y tế Hà Nội đã chủ trì buổi làm việc với Đoàn công tác Sở Y tế Thủ đô "
        "Viêng Chăn (Lào). Bà cho biết, hiện nay 12 bác sĩ, điều dưỡng của Thủ đô Viêng Chăn đang theo học "
        "khóa đào tạo chuyên khoa tại Bệnh viện Xanh Pôn. Khóa học bắt đầu từ tháng 3/2009 và sẽ kết thúc "
        "vào cuối năm."
    )
    course = kinds(extract(text, published=datetime.date(2009, 6, 29)))[("delegation", "training")]
    assert (course.date, course.date_precision) == (datetime.date(2009, 3, 1), "month")


def test_a_delegation_that_visited_the_other_capital_named_right_after_the_verb():
    text = (
        "Đoàn đại biểu Thành đoàn Hà Nội do Bí thư Thành đoàn Nguyễn Văn Nam dẫn đầu đã thăm Thủ đô Viêng "
        "Chăn từ 14 đến 18/7."
    )
    visit = by_kind(extract(text, published=datetime.date(2015, 7, 19)))["delegation", "visit"]
    assert (visit.date, visit.date_end, visit.direction) == (
        datetime.date(2015, 7, 14),
        datetime.date(2015, 7, 18),
        "to_laos",
    )


def test_another_course_told_with_its_own_months_is_a_course_of_its_own_and_this_one_is_not():
    text = (
        "Chiều 15/11, Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội tổ chức lễ bế giảng Lớp bồi dưỡng "
        "kiến thức quản lý đô thị cho cán bộ Thủ đô Viêng Chăn (Lào) năm 2022. Lớp học diễn ra từ 3/10 đến "
        "15/11/2022. Đây là lớp thứ hai được tổ chức trong năm 2022. Lớp thứ nhất, dành cho cán bộ Mặt trận "
        "và các đoàn thể của Thủ đô Viêng Chăn, đã diễn ra trong tháng 6 và tháng 7/2022."
    )
    courses = [e for e in extract(text, published=datetime.date(2022, 11, 16)) if e.category == "training"]
    assert [(e.date, e.date_precision) for e in courses] == [
        (datetime.date(2022, 10, 3), "day"),
        (datetime.date(2022, 6, 1), "month"),
    ]


def test_the_first_course_told_in_english_after_the_one_reported_is_a_course_of_its_own():
    text = (
        "The closing ceremony of a training course for 30 officials from Vientiane was held in Hanoi on "
        "November 15. The course ran from October 3 to November 15. The first course, for officials of "
        "Vientiane's mass organisations, was held in June and July."
    )
    courses = [e for e in extract(text, published=datetime.date(2022, 11, 16)) if e.category == "training"]
    assert [e.date for e in courses] == [datetime.date(2022, 10, 3), datetime.date(2022, 6, 1)]
