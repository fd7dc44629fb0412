"""Direction of travel: whether the Lao side came to Hanoi or the Hanoi side went to Laos."""

import datetime

from tests.extraction import extract, kinds

# --- Host and guest ---


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


# --- The delegation's leader ---


def test_without_a_host_or_a_place_the_delegations_leader_says_who_travels():
    text = (
        "Sáng 27/1, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu cấp cao thăm và "
        "làm việc với Đảng bộ, chính quyền thành phố Hà Nội."
    )
    events = kinds(extract(text, title="", published=datetime.date(2026, 1, 28)))
    assert events[("delegation", "visit")].direction == "to_hanoi"


# --- Which way a gift went ---


def test_a_gift_goes_to_laos_from_hanoi_and_to_hanoi_from_the_lao_side():
    import datetime

    from . import extract

    given = (
        "Chiều 26/8, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng trao tặng Thủ đô Viêng Chăn 200.000 USD hỗ trợ "
        "phòng, chống dịch Covid-19."
    )
    received = "Thủ đô Hà Nội cũng nhận được từ Thủ đô Viêng Chăn khoản hỗ trợ 15.000 USD."
    [gift] = [e for e in extract(given, published=datetime.date(2021, 8, 27)) if e.category == "aid"]
    assert gift.direction == "to_laos"
    gifts = [
        e
        for e in extract(given + " " + received, published=datetime.date(2021, 8, 27))
        if e.category == "aid"
    ]
    assert sorted(gift.direction for gift in gifts) == ["to_hanoi", "to_laos"]


def test_the_guest_named_before_a_passive_reception_came_to_the_host():
    events = extract(
        "The Vientiane Capital delegation, led by Mayor Atsaphangthong Siphandone, was received by Hanoi "
        "leaders on May 8.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["meeting", "reception"].direction == "to_hanoi"


def test_a_vietnamese_reception_told_from_the_guest():
    to_hanoi = extract(
        "Chiều 8/5, Đoàn đại biểu Thủ đô Viêng Chăn do Phó Đô trưởng Phouvong Vongkhamsao dẫn đầu đã được "
        "Phó Chủ tịch UBND TP Hà Nội Hà Minh Hải tiếp.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(to_hanoi)["meeting", "reception"].direction == "to_hanoi"
    to_laos = extract(
        "Ngày 8/5, tại Viêng Chăn, Đoàn đại biểu Hà Nội đã được Đô trưởng Viêng Chăn tiếp.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(to_laos)["meeting", "reception"].direction == "to_laos"
    # "được tiếp nhận" is taking something in, not a reception.
    assert ("meeting", "reception") not in kinds(
        extract(
            "Ngày 8/5, Viêng Chăn đã được Hà Nội tiếp nhận 20 học viên.", published=datetime.date(2024, 5, 10)
        )
    )


def test_the_visiting_delegation_comes_from_the_capital_named_after_visiting():
    for text, direction, place in (
        (
            "Chairman of the Hanoi People's Council Nguyen Ngoc Tuan hosted a reception for the visiting "
            "Vientiane People's Council delegation on November 22.",
            "to_hanoi",
            "Hà Nội",
        ),
        (
            "Vientiane Mayor Atsaphangthong Siphandone received the visiting Hanoi delegation on June 4.",
            "to_laos",
            "Viêng Chăn",
        ),
    ):
        events = extract(text, published=datetime.date(2024, 5, 10))
        assert {(event.direction, event.place) for event in events} == {(direction, place)}, text


def test_the_body_that_welcomes_a_delegation_hosts_it():
    events = extract(
        "Đầu tháng 3 vừa qua, Sở Ngoại vụ Hà Nội đã đón đoàn công tác Sở Ngoại vụ Thủ đô Viêng Chăn.",
        published=datetime.date(2024, 5, 10),
    )
    assert {(event.category, event.direction, event.place) for event in events} == {
        ("reception", "to_hanoi", "Hà Nội"),
        ("visit", "to_hanoi", "Hà Nội"),
    }


def test_a_venue_named_before_its_city_places_the_event_there():
    (fair,) = extract(
        "Sáng 12/6, tại Trung tâm Hội chợ triển lãm Lao-ITECC, Thủ đô Viêng Chăn (Lào), Sở Công Thương Hà "
        "Nội phối hợp với Sở Công Thương Thủ đô Viêng Chăn khai mạc Hội chợ Thương mại Hà Nội - Viêng "
        "Chăn 2013.",
        published=datetime.date(2013, 6, 13),
    )
    assert (fair.category, fair.direction, fair.place) == ("other", "to_laos", "Viêng Chăn")
    # A city named as the venue is the place itself, not a venue before another city.
    events = extract(
        "Sáng 5/3, tại Hà Nội, Thủ đô Viêng Chăn và Hà Nội đã ký kế hoạch hợp tác năm 2024.",
        published=datetime.date(2024, 3, 6),
    )
    assert [event.place for event in events] == ["Hà Nội"]


def test_a_delegation_received_on_a_day_by_a_host_is_the_guest():
    text = (
        "A Hanoi education delegation is on a working visit to Vientiane from 21 to 24 August.\n\n"
        "The Hanoi delegation was received on Tuesday by Vice Mayor of Vientiane Capital, Ms Phetsamone "
        "Keoduangdy, who said education was a priority area in the cooperation between the two capitals."
    )
    events = kinds(extract(text, published=datetime.date(2023, 8, 25)))
    assert events["meeting", "reception"].direction == "to_laos"


def test_a_courtesy_call_told_after_the_visit_is_where_the_visit_went():
    text = (
        "Trong 3 ngày, từ 12-14/6, Đoàn công tác Thành đoàn Hà Nội do đồng chí Tạ Quang Huy, Bí thư Thành "
        "đoàn làm Trưởng đoàn đã thăm và làm việc tại Thủ đô Viêng Chăn (Lào).\n\n"
        "Chiều 12/6, Đoàn đã chào xã giao Thành ủy Viêng Chăn.\n\n"
        'Em Ketmany xúc động: "Em sẽ cố gắng học giỏi để sau này sang Việt Nam học đại học". Các em '
        "cũng mong được sang Hà Nội tham quan."
    )
    call = kinds(extract(text, published=datetime.date(2015, 6, 15)))[("meeting", "courtesy_call")]
    assert (call.direction, call.place) == ("to_laos", "Viêng Chăn")


def test_a_courses_closing_ceremony_goes_the_courses_way_whatever_capitals_its_name_mentions():
    text = (
        "Chiều 15/11, Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội tổ chức lễ bế giảng Lớp bồi dưỡng "
        "kiến thức quản lý đô thị cho cán bộ Thủ đô Viêng Chăn (Lào) năm 2022."
    )
    ceremony = kinds(extract(text, published=datetime.date(2022, 11, 16)))[("meeting", "other")]
    assert (ceremony.direction, ceremony.place) == ("to_hanoi", "Hà Nội")
