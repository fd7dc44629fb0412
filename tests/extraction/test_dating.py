"""Dating: the article's year, the occasion's date, events dated from the occasion, the publication month."""

import datetime

import pytest

from tests.extraction import by_kind, extract, kinds


def when(event):
    return (event.date, event.date_precision)


RECEPTION_VI = (
    "Chiều 12/9/2024, tại trụ sở Thành ủy, Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Phong đã tiếp Đoàn đại biểu "
    "Thủ đô Viêng Chăn (Lào) do Phó Bí thư Thành ủy Viêng Chăn Khamphao Sivilay làm trưởng đoàn. "
)


MULTI_DAY_VI = (
    "Từ ngày 8 đến 10/12/2025, Đoàn đại biểu cấp cao thành phố Hà Nội do Bí thư Thành ủy Nguyễn Văn Phong "
    "dẫn đầu thăm và làm việc tại Thủ đô Viêng Chăn (Lào). Sáng 9/12, Đoàn hội đàm với Đoàn đại biểu Thủ đô "
    "Viêng Chăn do Bí thư Thành ủy Viêng Chăn Khamphao Sivilay dẫn đầu. Chiều 10/12, Chủ tịch nước Lào "
    "Thongloun Sisoulith tiếp Đoàn đại biểu thành phố Hà Nội. "
)


# An agreement signed "yesterday", who signed it, the visit of its signatory told by its first day, and a
# reception "Earlier in the day" (written in the style of a Vietnam News brief of 10 June 2005).
SIGNED_YESTERDAY_RECEIVED_EARLIER = (
    "HA NOI — Leaders of Ha Noi and Vientiane yesterday signed an agreement on co-operation between the "
    "two capitals for 2005-07.\n\n"
    "The document was signed by Chairman of the Ha Noi People's Committee Nguyen Huu Khoat and Vientiane "
    "Mayor Bounkham Sayavong, who is leading a Vientiane delegation on a five-day visit to Ha Noi that "
    "began on Tuesday.\n\n"
    "Earlier in the day, Secretary of the Ha Noi Party Committee Tran Minh Khue received the delegation."
)

# --- The article's year when nothing dates the page ---


def test_a_single_year_in_the_title_dates_a_day_without_a_year():
    text = (
        "Sáng 3/8, Thành ủy Hà Nội tổ chức khai giảng lớp bồi dưỡng cán bộ cho 25 cán bộ Thủ đô Viêng Chăn "
        "(Lào). Lớp học kéo dài từ 3/8 đến 30/9."
    )
    events = extract(text, title="Khai giảng lớp bồi dưỡng cán bộ Lào năm 2026")
    training = kinds(events)[("delegation", "training")]
    assert training.date == datetime.date(2026, 8, 3)


@pytest.mark.parametrize(
    "title",
    [
        "Hà Nội - Viêng Chăn ký Chương trình hợp tác năm 2019",
        "Hà Nội và Viêng Chăn ký kế hoạch hợp tác 2019",
        "Hanoi, Vientiane sign 2019 cooperation plan",
    ],
)
def test_the_year_a_plan_in_the_title_is_for_dates_nothing(title):
    """A year's programme is signed the year before as often as in its own year: no year is better than a
    wrong one."""
    text = (
        "Sáng 9/12, Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Hòa và Phó Đô trưởng Thủ đô Viêng Chăn "
        "Bounmy Sayaseng đã ký Chương trình hợp tác giữa hai Thủ đô."
    )
    plan = kinds(extract(text, title=title))[("agreement", "plan")]
    assert plan.date is None


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


# --- The year of an anniversary being prepared for ---


def test_an_upcoming_anniversary_gives_the_year():
    text = (
        "Chiều 1/10, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Đoàn đại biểu "
        "Thủ đô Viêng Chăn (Lào). "
        "Thành phố đang tích cực chuẩn bị kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)."
    )
    meeting = kinds(extract(text))[("meeting", "reception")]
    assert when(meeting) == (datetime.date(2024, 10, 1), "day")


def test_an_english_upcoming_anniversary_gives_the_year():
    text = (
        "On the afternoon of October 1, Hanoi Chairman Tran Sy Thanh received a "
        "delegation of Vientiane Capital. "
        "The city is preparing for the 70th anniversary of the Liberation of the Capital "
        "(10/10/1954 - 10/10/2024)."
    )
    meeting = kinds(extract(text))[("meeting", "reception")]
    assert when(meeting) == (datetime.date(2024, 10, 1), "day")


def test_an_anniversary_already_past_gives_no_year():
    text = (
        "Chiều 15/10, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Đoàn đại biểu "
        "Thủ đô Viêng Chăn (Lào). "
        "Thành phố đang chuẩn bị kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)."
    )
    assert kinds(extract(text))[("meeting", "reception")].date is None


def test_an_anniversary_named_on_the_occasion_of_gives_no_year():
    # A related item: "nhân kỷ niệm 95 năm ... (17/3/1930 - 17/3/2025), sáng 13/3" is another article's year.
    text = (
        "Chiều ngày 11/3, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng hội đàm với Bí thư Thành ủy Viêng Chăn "
        "Anouphap Tounalom. Nhân kỷ niệm 95 năm Ngày thành lập Đảng bộ thành phố Hà Nội "
        "(17/3/1930 - 17/3/2025), sáng 13/3, lãnh đạo thành phố dâng hương."
    )
    assert kinds(extract(text))[("meeting", "talks")].date is None


def test_a_law_named_by_its_year_gives_no_year():
    text = (
        "Chiều 1/10, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Đoàn đại biểu "
        "Thủ đô Viêng Chăn (Lào). "
        "Hai bên trao đổi kinh nghiệm triển khai Luật Thủ đô năm 2024."
    )
    assert kinds(extract(text))[("meeting", "reception")].date is None


# --- The occasion dated by its headline ---


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


# --- Signings and gifts that belong to the occasion ---


def test_a_handover_in_the_paragraph_after_the_lead_takes_the_lead_day():
    text = RECEPTION_VI + (
        "\n\nSở Y tế Hà Nội đã trao tặng Sở Y tế Thủ đô Viêng Chăn trang thiết bị y tế "
        "trị giá 500 triệu đồng."
    )
    aid = kinds(extract(text))[("agreement", "aid")]
    assert when(aid) == (datetime.date(2024, 9, 12), "day")


def test_a_signing_within_the_visit_takes_the_day_of_its_only_meeting():
    text = (
        RECEPTION_VI
        + "\n\nTrong khuôn khổ chuyến thăm, hai bên đã ký Biên bản ghi nhớ hợp tác về đào tạo cán bộ."
    )
    mou = kinds(extract(text))[("agreement", "mou")]
    assert when(mou) == (datetime.date(2024, 9, 12), "day")


def test_an_english_signing_witnessed_after_the_reception_takes_its_day():
    text = (
        "On September 12, Hanoi Party Secretary Tran Van Minh received a delegation of Vientiane Capital led "
        "by Vice Mayor Khamphao Sivilay.\n\nThe two sides witnessed the signing of an MoU on cooperation in "
        "urban management between the two cities' construction departments."
    )
    mou = kinds(extract(text, published=datetime.date(2024, 9, 13)))[("agreement", "mou")]
    assert when(mou) == (datetime.date(2024, 9, 12), "day")


def test_a_signing_at_the_named_talks_takes_the_day_of_the_talks():
    text = MULTI_DAY_VI + "Tại hội đàm, hai bên đã ký Thỏa thuận hợp tác giai đoạn 2026 - 2030."
    agreement = kinds(extract(text))[("agreement", "cooperation_agreement")]
    assert when(agreement) == (datetime.date(2025, 12, 9), "day")


def test_a_gift_during_a_visit_of_several_days_takes_the_month_only():
    text = MULTI_DAY_VI + "Trong chuyến thăm, thành phố Hà Nội đã trao tặng Thủ đô Viêng Chăn 100.000 USD."
    aid = kinds(extract(text))[("agreement", "aid")]
    assert when(aid) == (datetime.date(2025, 12, 1), "month")


def test_an_english_gift_during_a_visit_of_several_days_takes_the_month_only():
    text = (
        "A delegation of Hanoi led by Vice Chairman Tran Van Khoa is in Vientiane from November 19 to 22. "
        "On November 20, the delegation held talks with Vientiane Vice Mayor Khamphao "
        "Sivilay. On November 21, "
        "Lao Deputy Prime Minister Kikeo Khaykhamphithoune received the delegation. During the visit, Hanoi "
        "presented medical equipment worth USD 50,000 to Mittaphab Hospital in Vientiane."
    )
    aid = kinds(extract(text, published=datetime.date(2024, 11, 22)))[("agreement", "aid")]
    assert when(aid) == (datetime.date(2024, 11, 1), "month")


# --- Earlier signings keep no date ---


def test_an_earlier_signing_keeps_no_date():
    text = RECEPTION_VI + "\n\nTrước đó, hai bên đã ký Biên bản ghi nhớ hợp tác về đào tạo cán bộ."
    events = kinds(extract(text, published=datetime.date(2024, 9, 13)))
    assert events[("agreement", "mou")].date is None


def test_an_agreement_whose_term_began_before_the_occasion_keeps_no_date():
    text = RECEPTION_VI + (
        "\n\nHai bên đánh giá cao Thỏa thuận hợp tác giai đoạn 2021 - 2025 đã được ký kết giữa hai Thủ đô."
    )
    events = kinds(extract(text))
    assert events[("agreement", "cooperation_agreement")].date is None


# --- Meetings during a visit ---


def test_meetings_of_a_one_day_visit_take_its_day():
    text = (
        "Chiều ngày 05/4/2023, Đoàn đại biểu Viện KSND tối cao Lào do đồng chí Phoutthavong Boualapha làm "
        "Trưởng đoàn đã đến thăm và làm việc tại trụ sở Viện KSND thành phố Hà Nội. Đón tiếp Đoàn đại biểu, "
        "về phía Viện KSND thành phố Hà Nội có đồng chí Ngô Hồng Sơn."
    )
    events = kinds(extract(text, title=""))
    assert events[("meeting", "reception")].date == datetime.date(2023, 4, 5)


# --- The publication month ---


def test_an_undated_article_takes_the_publication_month():
    text = (
        "Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Phong đã tiếp Đoàn công tác Sở "
        "Nội vụ Thủ đô Viêng Chăn "
        "(Lào) do Giám đốc Khamphao Sivilay dẫn đầu."
    )
    meeting = kinds(extract(text, published=datetime.date(2024, 10, 5)))[("meeting", "reception")]
    assert when(meeting) == (datetime.date(2024, 10, 1), "month")
    assert meeting.year_inferred


def test_an_english_undated_article_takes_the_publication_month():
    text = (
        "Hanoi Vice Chairman Tran Van Khoa received a delegation of the Vientiane Department of Home Affairs."
    )
    meeting = kinds(extract(text, published=datetime.date(2024, 10, 5)))[("meeting", "reception")]
    assert when(meeting) == (datetime.date(2024, 10, 1), "month")


def test_an_article_out_on_the_first_of_a_month_gives_no_month():
    text = (
        "Hanoi Vice Chairman Tran Van Khoa received a delegation of the Vientiane Department of Home Affairs."
    )
    meeting = kinds(extract(text, published=datetime.date(2024, 10, 1)))[("meeting", "reception")]
    assert meeting.date is None


def test_a_gift_recalled_from_the_past_takes_no_publication_month():
    text = (
        "Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Phong đã tiếp Đoàn công tác Thủ đô Viêng Chăn (Lào). "
        "Thời gian qua, thành phố Hà Nội đã hỗ trợ Thủ đô Viêng Chăn 2 triệu USD xây dựng trường học."
    )
    events = kinds(extract(text, published=datetime.date(2024, 10, 5)))
    assert events[("agreement", "aid")].date is None


# --- A page date known to the month only ---


def test_a_month_precision_page_date_gives_the_year_of_a_day_but_no_day_of_its_own():
    from events.cleaning import read_clean_article
    from events.extraction import extract_events

    text = (
        "Chiều 4/3, Phó Bí thư Thành ủy Hà Nội Nguyễn Công Soái tiếp đoàn cán bộ Hội phụ nữ Thủ đô Viêng "
        "Chăn."
    )
    article = read_clean_article(text, published=datetime.date(2014, 3, 1), published_precision="month")
    [reception, *_] = extract_events(article)
    assert (reception.date, reception.date_precision) == (datetime.date(2014, 3, 4), "day")
    later = read_clean_article(
        "Hôm qua, Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào tại Việt Nam Sengphet Houngboungnuang.",
        published=datetime.date(2014, 3, 1),
        published_precision="month",
    )
    [call] = extract_events(later)
    assert call.date_text != "Hôm qua"  # "yesterday" counts from a day the page does not give


def test_a_date_of_what_is_still_to_come_dates_nothing_reported():
    text = (
        "Phát biểu tại buổi tiếp, Giám đốc Công an Thủ đô Viêng Chăn cảm ơn Công an TP Hà Nội. Trong khuôn "
        "khổ "
        "chuyến thăm lần này, Công an hai Thủ đô sẽ ký biên bản hợp tác vào ngày 20/2."
    )
    events = extract(text, published=datetime.date(2019, 2, 21))
    assert all(event.date != datetime.date(2019, 2, 20) for event in events)


def test_an_undated_english_article_reads_its_year_from_an_anniversary_span_and_its_day_from_the_lead():
    text = (
        "Prime Minister Pham Minh Chinh on October 4 affirmed that the outcomes of cooperation between "
        "Hanoi and Vientiane demonstrated the special friendship between Vietnam and Laos.\n\n"
        "At a reception for Vientiane's Mayor Atsaphangthong Siphandone, who is in Hanoi on the occasion of "
        "the 69th anniversary of Hanoi's Liberation Day (October 10, 1954-2023), the PM lauded Vientiane."
    )
    events = by_kind(extract(text, title="Prime Minister praises Hanoi-Vientiane cooperation"))
    assert events["meeting", "reception"].date == datetime.date(2023, 10, 4)
    assert events["delegation", "visit"].date == datetime.date(2023, 10, 1)


def test_a_month_told_without_its_year_takes_the_year_it_is_told_with_elsewhere():
    from events.extraction.dates import year_of_a_yearless_month

    text = (
        "Businesses of Hanoi and Vientiane met at a conference in March 2024.\n\n"
        "The documents were signed during the working trip of Hanoi's Party Secretary to Laos in mid-March."
    )
    assert year_of_a_yearless_month(text) == 2024
    assert year_of_a_yearless_month("In mid-March, the two sides met. In April 2024 they met again.") is None


def test_a_habit_in_what_was_agreed_does_not_make_a_signing_past():
    text = (
        "Hanoi and Vientiane signed cooperation documents during the working trip of Secretary of the Hanoi "
        "Party Committee Dinh Tien Dung to Vientiane in March 2024.\n\n"
        "The Department of Tourism of Vientiane and the Trade Promotion Centre of Hanoi signed a memorandum "
        "of understanding to develop a tourism programme and regularly support businesses."
    )
    [mou] = [event for event in extract(text) if event.category == "mou"]
    assert (mou.date, mou.date_precision) == (datetime.date(2024, 3, 1), "month")
    # Told as a habit before the signing, it is a summary of earlier years, left undated.
    past = text.replace("signed a memorandum", "regularly signed memoranda")
    assert [event.date for event in extract(past) if event.category == "mou"] in ([], [None])


def test_talks_told_with_a_dated_signing_and_a_reception_earlier_in_the_day_take_its_day():
    events = extract(
        "Hanoi and Vientiane on November 20 signed a cooperation agreement for the 2026-2030 period. The "
        "agreement was signed by Chairman of the Hanoi People's Committee Hoang Minh Duc and Mayor of "
        "Vientiane Capital Souphanh Keomixay following talks between the two sides in Hanoi. Earlier in the "
        "day, Secretary of the Hanoi Party Committee Le Thi Bich Ngoc received the Vientiane delegation, "
        "which is on a working visit to Hanoi from November 19 to 22.",
        published=datetime.date(2025, 11, 21),
    )
    assert {(event.category, event.date, event.date_precision) for event in events} == {
        ("cooperation_agreement", datetime.date(2025, 11, 20), "day"),
        ("talks", datetime.date(2025, 11, 20), "day"),
        ("reception", datetime.date(2025, 11, 20), "day"),
        ("visit", datetime.date(2025, 11, 19), "day"),
    }


def test_a_signing_told_first_with_the_trips_span_takes_the_day_a_later_sentence_gives_it():
    text = (
        "Trong khuôn khổ chuyến công tác tại Lào từ ngày 5 - 8/12, đoàn công tác Sở Y tế Hà Nội đã làm việc "
        "với Sở Y tế Thủ đô Viêng Chăn và ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.\n\n"
        "Sáng 6/12, Phó Đô trưởng Thủ đô Viêng Chăn Vanxay Phommachanh đã tiếp đoàn.\n\n"
        "Chiều cùng ngày, tại buổi làm việc với Sở Y tế Thủ đô Viêng Chăn, hai bên đã ký kết biên bản "
        "ghi nhớ hợp tác trong lĩnh vực y tế giai đoạn 2024 - 2026."
    )
    events = kinds(extract(text, published=datetime.date(2023, 12, 8)))
    memorandum = events[("agreement", "mou")]
    assert (memorandum.date, memorandum.date_end) == (datetime.date(2023, 12, 6), None)
    # Told once, with the span only: the span stays its date.
    events = kinds(extract(text.split("\n\n")[0], published=datetime.date(2023, 12, 8)))
    assert events[("agreement", "mou")].date_end == datetime.date(2023, 12, 8)


def test_the_ceremonies_that_open_and_close_a_course_are_on_its_first_and_last_day():
    text = (
        "Thirty-five officials from Vientiane completed a training course on administrative reform organized "
        "by the Hanoi Department of Home Affairs. The course was held from June 5-16.\n\n"
        "Speaking at the closing ceremony, Director of the Hanoi Department of Home Affairs Trần Đình Cảnh "
        "praised the Lao trainees."
    )
    events = kinds(extract(text, published=datetime.date(2023, 6, 17)))
    course, closing = events[("delegation", "training")], events[("meeting", "other")]
    assert (course.date, course.date_end) == (datetime.date(2023, 6, 5), datetime.date(2023, 6, 16))
    assert (closing.date, closing.date_end) == (datetime.date(2023, 6, 16), None)


def test_same_day_is_never_the_day_something_ran_until():
    text = (
        "Tối 12/10, tại Nhà Văn hóa Quốc gia Lào ở Thủ đô Viêng Chăn, UBND thành phố Hà Nội khai mạc Những "
        "ngày Văn hóa Hà Nội tại Viêng Chăn.\n\n"
        "Triển lãm ảnh được khai mạc cùng thời điểm và trưng bày đến hết ngày 15/10.\n\n"
        "Chiều cùng ngày, Đô trưởng Thủ đô Viêng Chăn đã tiếp chào xã giao Đoàn công tác thành phố Hà Nội."
    )
    call = kinds(extract(text, published=datetime.date(2023, 10, 13)))[("meeting", "courtesy_call")]
    assert call.date == datetime.date(2023, 10, 12)


def test_a_stay_counted_in_days_from_its_first_day_spans_those_days():
    text = (
        "Xaysetha district in Vientiane and Long Bien district in Hanoi signed a memorandum of understanding "
        "on March 3.\n\nThe Long Bien delegation was in Vientiane for a three-day visit from March 2."
    )
    visit = kinds(extract(text, published=datetime.date(2023, 3, 6)))[("delegation", "visit")]
    assert (visit.date, visit.date_end) == (datetime.date(2023, 3, 2), datetime.date(2023, 3, 4))


def test_a_signing_after_the_talks_takes_the_day_of_the_talks_not_of_a_reception_told_between():
    text = (
        "Hanoi Party Secretary Bui Thi Minh Hoai held talks in Hanoi on November 29 with a delegation of "
        "Vientiane led by Anouphap Tounalom.\n\nOn November 28, the delegation was received by General "
        "Secretary To Lam.\n\nAfter the talks, Chairman of the Hanoi People's Committee Tran Sy Thanh and "
        "Mayor of Vientiane Atsaphangthong Siphandone signed the 2025 cooperation plan."
    )
    events = extract(text, published=datetime.date(2024, 11, 30))
    assert [(e.category, e.date) for e in events if e.category == "talks"] == [
        ("talks", datetime.date(2024, 11, 29))
    ]
    assert when(kinds(events)[("agreement", "plan")]) == (datetime.date(2024, 11, 29), "day")


def test_the_same_day_is_the_reports_day_not_the_day_a_past_agreement_was_signed():
    text = (
        "Sáng 14/6, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh đã hội đàm với Đô trưởng Thủ đô Viêng Chăn "
        "Atsaphangthong Siphandone.\n\nTheo Chủ tịch, trên cơ sở Biên bản thỏa thuận hợp tác giai đoạn "
        "2022-2025 được lãnh đạo hai Thủ đô ký kết ngày 4/4/2022 tại Viêng Chăn, các sở, ngành đã triển khai "
        "nhiều nội dung.\n\nChiều cùng ngày, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã tiếp xã giao Đô trưởng "
        "Atsaphangthong Siphandone."
    )
    events = kinds(extract(text, published=datetime.date(2023, 6, 15)))
    assert when(events["meeting", "courtesy_call"]) == (datetime.date(2023, 6, 14), "day")
    # The earlier agreement is dated by the words that tell its signing.
    assert when(events["agreement", "cooperation_agreement"]) == (datetime.date(2022, 4, 4), "day")


def test_a_date_after_another_agreements_name_is_that_agreements():
    text = (
        "On Tuesday, Ha Noi Party Secretary Bui Thi Minh Hoai held talks with Vientiane Party Secretary "
        "Anouphap Tounalom.\n\nAt the end of the talks, the two sides signed a cooperation plan for 2025, "
        "the final year of the 2022-25 cooperation agreement that the two capitals signed in April 2022."
    )
    events = kinds(extract(text, published=datetime.date(2024, 11, 21)))
    assert when(events["agreement", "plan"]) == (datetime.date(2024, 11, 19), "day")
    assert when(events["agreement", "cooperation_agreement"]) == (datetime.date(2022, 4, 1), "month")


def test_a_gift_to_veterans_who_once_fought_is_of_the_visit_not_told_as_past():
    visit = (
        "Từ ngày 2 đến 6/4, đoàn công tác Bộ Tư lệnh Thủ đô Hà Nội do Thiếu tướng Trần Văn Bình làm trưởng "
        "đoàn đã thăm, làm việc tại Thủ đô Viêng Chăn (Lào).\n\nNgày 3/4, tại trụ sở Bộ Chỉ huy Quân sự Thủ "
        "đô Viêng Chăn, đoàn đã hội đàm với Bộ Chỉ huy Quân sự Thủ đô Viêng Chăn.\n\nNgày 4/4, đoàn đến chào "
        "xã giao đồng chí Sisouk Vongphachanh, Phó Bí thư Thường trực Thành ủy Thủ đô Viêng Chăn.\n\n"
    )
    text = visit + (
        "Trong thời gian ở Viêng Chăn, đoàn đã thăm, tặng 10 suất quà cho các gia đình chính sách, cựu chiến "
        "binh Lào từng chiến đấu tại Việt Nam ở huyện Xaythany, mỗi suất quà trị giá 5 triệu kip; đồng thời "
        "trao 300 triệu đồng hỗ trợ Bộ Chỉ huy Quân sự Thủ đô Viêng Chăn sửa chữa nhà ở cho cán bộ, chiến sĩ."
    )
    published = datetime.date(2018, 4, 8)
    gift = kinds(extract(text, published=published))[("agreement", "aid")]
    assert when(gift) == (datetime.date(2018, 4, 1), "month")  # of the visit
    earlier = visit + "Bộ Tư lệnh từng tặng Thủ đô Viêng Chăn 10 suất quà trị giá 5 triệu kip."
    assert kinds(extract(earlier, published=published))[("agreement", "aid")].date is None


def test_a_day_counted_from_the_signing_or_the_day_told_before():
    text = (
        "Vientiane's Sikhottabong District and Long Bien District of Hanoi, Vietnam, signed a memorandum of "
        "understanding on twinning cooperation last Tuesday.\n\n"
        "The day before the signing, the Long Bien delegation paid a courtesy call on Vientiane Deputy Mayor "
        "Outhay Sihalath at the Vientiane Capital Administration Office."
    )
    events = by_kind(extract(text, published=datetime.date(2024, 5, 24)))
    assert events[("agreement", "mou")].date == datetime.date(2024, 5, 21)
    assert events[("meeting", "courtesy_call")].date == datetime.date(2024, 5, 20)
    text = (
        "Chiều 12/6, Đoàn đại biểu Thành ủy Hà Nội đã hội đàm với Đoàn đại biểu Thành ủy Viêng Chăn tại Thủ "
        "đô Viêng Chăn.\n\n"
        "Sáng hôm sau, Đoàn đã đến chào xã giao đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn."
    )
    events = by_kind(extract(text, published=datetime.date(2024, 6, 14)))
    assert events[("meeting", "courtesy_call")].date == datetime.date(2024, 6, 13)


def test_a_gift_on_this_occasion_after_a_signing_takes_the_signings_day():
    text = (
        "Ngày 25 tháng 2 năm 2008, tại Văn phòng Đô trưởng Thủ đô Viêng Chăn, ngài Khamphao Vongsavanh, Đô "
        "trưởng Thủ đô Viêng Chăn đã tiếp Đoàn đại biểu quận Hoàn Kiếm, thành phố Hà Nội.\n\n"
        "Ngày 26 tháng 2 năm 2008, tại trụ sở huyện Chănthabuly, hai bên đã ký biên bản ghi nhớ về hợp tác "
        "giữa quận Hoàn Kiếm và huyện Chănthabuly giai đoạn 2008 - 2012.\n\n"
        "Nhân dịp này, quận Hoàn Kiếm đã trao tặng huyện Chănthabuly 100 triệu kíp."
    )
    events = by_kind(extract(text, published=datetime.date(2008, 2, 27)))
    assert events[("meeting", "reception")].date == datetime.date(2008, 2, 25)
    assert events[("agreement", "aid")].date == datetime.date(2008, 2, 26)


def test_a_signing_during_that_visit_takes_the_visits_date():
    text = (
        "Ngày 2/3 vừa qua, thành phố Hà Nội đã bàn giao công trình Nhà văn hóa Hữu nghị do Hà Nội tài trợ "
        "tại huyện Hadxayfong, Thủ đô Viêng Chăn.\n\n"
        "Ông Phạm Quang Đạo: Tháng 12/2017, Đoàn đại biểu cấp cao thành phố Hà Nội do đồng chí Nguyễn Đức "
        "Long dẫn đầu đã thăm chính thức Thủ đô Viêng Chăn. Trong chuyến thăm đó, hai bên đã ký Biên bản "
        "thỏa thuận hợp tác giai đoạn 2018 - 2022."
    )
    agreement = kinds(extract(text, published=datetime.date(2018, 3, 20)))[
        ("agreement", "cooperation_agreement")
    ]
    assert (agreement.date, agreement.date_precision) == (datetime.date(2017, 12, 1), "month")


def test_earlier_in_the_day_is_the_day_of_the_signing_not_the_first_day_of_the_visit():
    text = SIGNED_YESTERDAY_RECEIVED_EARLIER
    events = kinds(extract(text, published=datetime.date(2005, 6, 10)))
    assert events[("delegation", "visit")].date == datetime.date(2005, 6, 7)
    assert events[("meeting", "reception")].date == datetime.date(2005, 6, 9)
