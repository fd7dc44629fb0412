"""Implied visits, past events named in passing, plan funding and counted goods, each on a short sentence
written for the test."""

import datetime
from decimal import Decimal

from events.extraction.amounts import find_amounts
from events.extraction.dates import find_dates
from tests.extraction import extract


def kinds(events):
    return {(event.model, event.category): event for event in events}


def amounts(event):
    return [(amount.value, amount.unit) for amount in event.amounts]


# Dates


def test_a_capitalised_weekday_counts_back_from_publication():
    found = find_dates("On Thursday, the two sides held talks.", published=datetime.date(2024, 11, 22))
    assert found[0].date == datetime.date(2024, 11, 21)


def test_last_week_is_the_month_of_the_week_before_publication():
    found = find_dates("Last week, the departments signed a plan.", published=datetime.date(2025, 1, 3))
    assert (found[0].date, found[0].precision) == (datetime.date(2024, 12, 1), "month")


def test_a_term_closed_by_its_years_does_not_hide_the_signing_day():
    found = find_dates(
        "They signed a plan for the 2024-2025 period on Wednesday.", published=datetime.date(2024, 6, 14)
    )
    assert found[0].date == datetime.date(2024, 6, 12)


def test_todays_is_no_date():
    assert not find_dates("It laid the foundation for today's MoU.", published=datetime.date(2024, 6, 14))


# Events


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


def test_a_meeting_with_the_delegation_counts_once_a_lao_visit_is_reported():
    text = (
        "Đoàn đại biểu Thủ đô Viêng Chăn thăm và làm việc tại Hà Nội từ ngày 5 đến 8/3.\n\n"
        "On March 6, Chairman Le Van Minh received the delegation."
    )
    events = kinds(extract(text, published=datetime.date(2024, 3, 9)))
    assert events[("meeting", "reception")].date == datetime.date(2024, 3, 6)


def test_extending_new_year_greetings_at_the_embassy_is_a_courtesy_call():
    text = (
        "A Hanoi delegation on Thursday visited and extended Bunpimay greetings at the Lao Embassy in Hanoi."
    )
    events = kinds(extract(text, published=datetime.date(2025, 4, 11)))
    assert events[("meeting", "courtesy_call")].date == datetime.date(2025, 4, 10)


def test_an_agreement_signed_in_an_earlier_year_is_dated_by_that_year():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm.\n\n"
        "In 2019 the two cities signed a cooperation agreement for the 2019-2023 period."
    )
    agreement = kinds(extract(text, published=datetime.date(2024, 4, 21)))[
        ("agreement", "cooperation_agreement")
    ]
    assert (agreement.date, agreement.date_precision) == (datetime.date(2019, 1, 1), "year")


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


def test_training_and_signings_listed_as_future_tasks_are_not_events():
    text = (
        "Ngày 4/9, Đoàn Công an Hà Nội hội đàm với Công an Thủ đô Viêng Chăn.\n\n"
        "Năm 2025, hai bên sẽ triển khai các lớp đào tạo cho cán bộ Lào và ký biên bản ghi nhớ hợp tác.\n\n"
        "The city's plan includes training courses for Lao officials and the signing of an MoU on tourism."
    )
    found = kinds(extract(text, published=datetime.date(2024, 9, 6)))
    # The Hanoi police delegation's trip is implied by the talks; the course and the MoU are plans.
    assert set(found) == {("meeting", "talks"), ("delegation", "visit")}


def test_a_habitual_online_exchange_does_not_make_the_talks_online():
    text = (
        "Sáng 19/8, Thành đoàn Hà Nội hội đàm với Đoàn Thanh niên Thủ đô Viêng Chăn.\n\n"
        "Những năm qua, hai bên thường xuyên trao đổi qua hình thức trực tuyến."
    )
    found = kinds(extract(text, published=datetime.date(2024, 8, 20)))
    assert set(found) == {("meeting", "talks")}


def test_a_project_inaugurated_with_hanoi_funding_is_dated_by_its_milestone():
    text = (
        "A kindergarten built with US$1.5 million in funding from Hanoi was inaugurated in Vientiane "
        "on Tuesday."
    )
    project = kinds(extract(text, published=datetime.date(2025, 1, 9)))[("agreement", "funded_project")]
    assert project.date == datetime.date(2025, 1, 7)
    assert amounts(project) == [(Decimal(1_500_000), "USD")]


def test_a_project_only_praised_in_passing_is_not_an_event():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm.\n\n"
        "The mayor said the Hanoi-funded Friendship Park is a favourite destination in Vientiane."
    )
    assert ("agreement", "funded_project") not in kinds(extract(text, published=datetime.date(2024, 4, 21)))


def test_the_funding_of_a_signed_plan_is_the_plans_amount():
    text = (
        "Chiều 28/12, hai bên đã ký kết Kế hoạch hợp tác năm 2025 giữa Hà Nội và Viêng Chăn. Theo kế hoạch, "
        "Hà Nội hỗ trợ kinh phí 12 tỷ đồng (khoảng 470.000 USD) cho Viêng Chăn."
    )
    found = kinds(extract(text, published=datetime.date(2025, 1, 3)))
    assert set(found) == {("agreement", "plan")}
    assert found[("agreement", "plan")].date == datetime.date(2024, 12, 28)
    assert amounts(found[("agreement", "plan")]) == [(Decimal(12_000_000_000), "VND")]


# Amounts


def test_english_goods_are_any_counted_plural_noun_phrase():
    text = (
        "presented 10 ventilators, 6 patient monitors, 2,000 sets of surgical gowns and 50 laptops "
        "to 300 patients"
    )
    assert [(str(a.value), a.unit) for a in find_amounts(text, "en")] == [
        ("10", "ventilators"),
        ("6", "patient monitors"),
        ("2000", "sets of surgical gowns"),
        ("50", "laptops"),
    ]


def test_vietnamese_goods_keep_their_whole_noun():
    text = (
        "trao tặng 2 xe ô tô, 50 xe đạp, 1 phòng máy tính và 5.000 bộ kit xét nghiệm nhanh kháng nguyên cho"
    )
    assert [a.unit for a in find_amounts(text)] == [
        "xe ô tô",
        "xe đạp",
        "phòng máy tính",
        "bộ kit xét nghiệm nhanh kháng nguyên",
    ]


def test_a_conversion_in_brackets_is_not_a_second_amount():
    text = "hỗ trợ 1,5 tỷ đồng (khoảng 61.000 USD) và LAK 4.2 billion"
    assert [(str(a.value), a.unit) for a in find_amounts(text)] == [
        ("1500000000", "VND"),
        ("4200000000", "LAK"),
    ]
