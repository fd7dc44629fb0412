"""The occasion an article reports: what its headline adds, and the visit a meeting implies."""

import datetime
from decimal import Decimal

from tests.extraction import by_kind, extract, kinds, names

# --- What the headline adds ---


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


# --- A meeting with a delegation from the other capital is also its visit ---


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


def test_an_official_of_the_other_capital_who_attended_talks_at_home_has_travelled():
    text = (
        "Officials from the Hanoi and Vientiane People’s Councils held talks in Hanoi on August 11 to share "
        "experience.\n\n"
        "Chairman of the Vientiane People’s Council Anouphap Tounalom informed the hosts about the council’s "
        "work."
    )
    events = kinds(extract(text, title="", published=datetime.date(2022, 8, 11)))
    visit = events[("delegation", "visit")]
    assert visit.direction == "to_hanoi"
    assert "Anouphap Tounalom" in names(visit)


def test_leaders_of_the_other_capital_at_an_inauguration_there_have_travelled():
    text = (
        "Sáng ngày 12/3/2024, tại Thủ đô Viêng Chăn (Lào), Bí thư Thành ủy Hà Nội Đinh Tiến Dũng và Bí thư "
        "Thành ủy Viêng Chăn Anouphap Tounalom khánh thành Dự án trụ sở Sở Tư pháp và Viện Kiểm sát thủ đô "
        "Viêng Chăn, do thành phố Hà Nội tài trợ."
    )
    events = kinds(extract(text, title="", published=datetime.date(2024, 3, 12)))
    assert events[("agreement", "funded_project")].date == datetime.date(2024, 3, 12)
    visit = events[("delegation", "visit")]
    assert visit.direction == "to_laos"
    assert "Đinh Tiến Dũng" in names(visit)


def test_an_official_of_the_other_capital_received_at_home_has_travelled():
    text = (
        "Hanoi (VNA) - Vice Chairman of the National Assembly Nguyen Duc Hai hosted a reception in Hanoi on "
        "December 12 for Vice Chairwoman of the People's Council of Vientiane capital city Lamphoy "
        "Siakkhachanh."
    )
    events = kinds(extract(text, published=datetime.date(2023, 12, 13)))
    visit = events[("delegation", "visit")]
    assert (visit.direction, visit.date_precision) == ("to_hanoi", "month")
    assert "Lamphoy Siakkhachanh" in names(visit)


def test_a_meeting_told_only_at_the_gifts_ceremony_takes_the_leads_day_and_makes_no_trip():
    # The Vientiane delegation went to the Vietnamese embassy in town: a gift to Hanoi, a meeting, no trip.
    text = (
        "Chiều 25/6, Đoàn đại biểu Thủ đô Viêng Chăn đã đến trụ sở Đại sứ quán Việt Nam tại Lào trao tặng "
        "30.000 USD để hỗ trợ chính quyền và nhân dân Thủ đô Hà Nội phòng, chống dịch COVID-19.\n\n"
        "Theo TTXVN, phát biểu tại buổi gặp mặt, Bí thư Thành ủy Viêng Chăn Anouphap Tounalom cho hay, "
        "nhân dân Thủ đô Viêng Chăn luôn sát cánh cùng Hà Nội."
    )
    events = kinds(extract(text, published=datetime.date(2021, 6, 26)))
    assert events[("agreement", "aid")].direction == "to_hanoi"
    meeting = events[("meeting", "reception")]
    assert (meeting.date, meeting.date_precision) == (datetime.date(2021, 6, 25), "day")
    assert ("delegation", "visit") not in events


def test_the_lead_under_a_kicker_and_byline_names_the_hanoi_side():
    # The first two lines are the headline's kicker and the byline; the story starts on the third.
    text = (
        "Đoàn đại biểu Hội LHPN Thủ đô Viêng Chăn (CHDCND Lào):\n\nHOÀNG LAN\n\n"
        "Tiếp tục chương trình làm việc tại Hà Nội, chiều ngày 8/8/2023, đoàn đại biểu Hội LHPN Thủ đô Viêng "
        "Chăn đã tới thăm và có buổi làm việc tại quận Cầu Giấy.\n\n"
        "Đón đoàn có đồng chí Trần Thị Phương Hoa, Bí thư Quận ủy Cầu Giấy."
    )
    events = kinds(extract(text, title="Ấn tượng với những kết quả phát triển của quận Cầu Giấy"))
    assert events[("delegation", "visit")].direction == "to_hanoi"


# --- Visits that are no trip ---


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
