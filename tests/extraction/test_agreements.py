"""Agreements, plans and memoranda: which are signed, which are earlier ones, and a plan's funding."""

import datetime
from decimal import Decimal

from tests.extraction import amounts, by_kind, extract, kinds, names
from tests.extraction.test_dating import SIGNED_YESTERDAY_RECEIVED_EARLIER

# --- Signings and the kind of agreement ---


def test_a_coordination_programme_signed_is_a_plan():
    text = (
        "Kết thúc buổi hội đàm, Thành đoàn Hà Nội và Đoàn Thanh niên Thủ đô Viêng Chăn đã ký kết "
        "Chương trình phối hợp hoạt động giai đoạn 2023 - 2027."
    )
    events = kinds(extract(text, published=datetime.date(2023, 7, 20)))
    assert events[("agreement", "plan")].period == "2023-2027"


def test_a_plan_implementing_a_named_agreement_names_that_agreement_too():
    text = (
        "Ngày 7/11/2022, hai Sở Du lịch Hà Nội và Viêng Chăn ký kết kế hoạch triển khai thỏa thuận hợp tác "
        "giai đoạn 2021 - 2025."
    )
    events = extract(text, title="")
    found = kinds(events)
    assert found[("agreement", "plan")].date == datetime.date(2022, 11, 7)
    assert found[("agreement", "cooperation_agreement")].period == "2021-2025"


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


# --- Agreements not signed ---


def test_an_agreement_still_to_be_signed_is_not_an_event():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm. Hai bên sẽ sớm ký kết Biên bản ghi nhớ hợp tác giai đoạn "
        "2025-2030 về du lịch."
    )
    events = extract(text, title="", published=datetime.date(2024, 4, 20))
    assert not [e for e in events if e.model == "agreement"]


def test_an_agreement_the_sides_will_consider_signing_is_not_signed():
    text = (
        "During online talks with Vientiane Party Secretary Anouphap Tounalom on November 17, Hanoi Party "
        "Secretary Dinh Tien Dung said the two capitals should consider signing a memorandum of "
        "understanding on bilateral cooperation for the new period in the near future."
    )
    events = kinds(extract(text, title="", published=datetime.date(2021, 11, 17)))
    assert set(events) == {("meeting", "online_talks")}


def test_a_count_of_agreements_and_a_plan_still_to_draw_up_are_not_signings():
    text = (
        "Chiều 26/2, Phó Chủ tịch UBND thành phố Hà Nội Đỗ Xuân Trường tiếp Đoàn đại biểu Thủ đô Viêng Chăn. "
        "Năm 2024, thành phố đã ký kết 18 văn bản thỏa thuận hợp tác quốc tế với các đối tác. Năm 2025, hai "
        "bên tổng kết thỏa thuận với Thủ đô Viêng Chăn, xây dựng kế hoạch hợp tác cho giai đoạn 2026 - 2030."
    )
    events = kinds(extract(text, published=datetime.date(2025, 2, 26)))
    assert not any(model == "agreement" for model, _category in events), events


def test_an_unnamed_agreement_mentioned_in_passing_is_not_an_event():
    text = "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm, rà soát việc thực hiện thỏa thuận hợp tác đã ký."
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    assert not [e for e in events if e.model == "agreement"]


# --- Earlier agreements named in passing ---


def test_an_earlier_agreement_named_by_its_term_is_an_event_without_a_date():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm, rà soát việc thực hiện Thỏa thuận hợp tác giai đoạn "
        "2019-2023 giữa hai Thủ đô."
    )
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    agreement = kinds(events)[("agreement", "cooperation_agreement")]
    assert (agreement.period, agreement.date) == ("2019-2023", None)


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


def test_an_agreement_signed_in_an_earlier_year_is_dated_by_that_year():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm.\n\n"
        "In 2019 the two cities signed a cooperation agreement for the 2019-2023 period."
    )
    agreement = kinds(extract(text, published=datetime.date(2024, 4, 21)))[
        ("agreement", "cooperation_agreement")
    ]
    assert (agreement.date, agreement.date_precision) == (datetime.date(2019, 1, 1), "year")


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


# --- Plans issued by one side, and a plan's funding ---


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


def test_the_funding_of_a_signed_plan_is_the_plans_amount():
    text = (
        "Chiều 28/12, hai bên đã ký kết Kế hoạch hợp tác năm 2025 giữa Hà Nội và Viêng Chăn. Theo kế hoạch, "
        "Hà Nội hỗ trợ kinh phí 12 tỷ đồng (khoảng 470.000 USD) cho Viêng Chăn."
    )
    found = kinds(extract(text, published=datetime.date(2025, 1, 3)))
    assert set(found) == {("agreement", "plan")}
    assert found[("agreement", "plan")].date == datetime.date(2024, 12, 28)
    assert amounts(found[("agreement", "plan")]) == [(Decimal(12_000_000_000), "VND")]


def test_the_agreement_between_the_two_capitals_named_by_what_is_done_with_it_is_an_earlier_event():
    text = (
        "Ngày 20/4, Thành ủy Hà Nội khai giảng lớp bồi dưỡng cán bộ Thủ đô Viêng Chăn. Lớp học góp phần "
        "triển khai Thỏa thuận hợp tác giữa hai Thủ đô."
    )
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    agreements = [(e.category, e.date) for e in events if e.model == "agreement"]
    assert agreements == [("cooperation_agreement", None)]


def test_the_same_agreement_named_twice_is_one_event():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm, rà soát việc thực hiện Thỏa thuận hợp tác giai đoạn "
        "2022-2025. Hai bên nhất trí tiếp tục triển khai hiệu quả Thỏa thuận hợp tác giữa hai Thủ đô."
    )
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    assert [e.period for e in events if e.model == "agreement"] == ["2022-2025"]


def test_memoranda_signed_by_businesses_at_a_trade_conference_are_one_signing_beside_the_conference():
    text = (
        "Vientiane (VNA) – Vietnamese and Lao enterprises signed nine memoranda of understanding (MoUs) "
        "spanning a wide range of cooperation fields at a trade connection conference between Hanoi and "
        "Lao businesses held in Vientiane on November 24."
    )
    events = extract(text, title="", published=datetime.date(2023, 11, 24))
    assert sorted((e.model, e.category) for e in events) == [("agreement", "mou"), ("meeting", "other")]
    assert {e.date for e in events} == {datetime.date(2023, 11, 24)}


def test_many_memoranda_told_as_signed_are_one_earlier_agreement():
    text = (
        "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm tại Hà Nội. Thời gian qua, các sở, ngành hai Thủ đô đã ký "
        "nhiều biên bản ghi nhớ hợp tác."
    )
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    assert [(e.category, e.date) for e in events if e.model == "agreement"] == [("mou", None)]


def test_a_count_of_plans_in_general_is_still_no_signing():
    text = "Ngày 20/4, Hà Nội và Viêng Chăn hội đàm. Hai bên đã ký kết các chương trình, kế hoạch phối hợp."
    events = extract(text, title="", published=datetime.date(2023, 4, 20))
    assert not [e for e in events if e.model == "agreement"]


def test_another_signing_of_the_same_kind_by_other_parties_is_another_agreement():
    text = (
        "On March 12, the Department of Information, Culture and Tourism of Vientiane and the Hanoi "
        "Investment, Trade and Tourism Promotion Centre signed a memorandum of understanding.\n\n"
        "Hanoi’s association of artisans also inked an MoU on cooperation with associations in Vientiane."
    )
    mous = [event for event in extract(text, published=datetime.date(2024, 3, 14)) if event.category == "mou"]
    assert len(mous) == 2


def test_memoranda_counted_and_signed_by_companies_on_a_day_are_one_signing():
    text = (
        "A number of companies from Hanoi and Vientiane on November 24 inked nine memoranda of understanding "
        "(MoU) to enhance cooperation between the two business communities."
    )
    mou = kinds(extract(text, published=datetime.date(2023, 11, 25)))[("agreement", "mou")]
    assert mou.date == datetime.date(2023, 11, 24)


def test_a_memorandum_the_two_sides_signed_has_the_delegation_s_leader_whatever_the_case_of_hai_ben():
    text = (
        "Chiều 12/8, tại Viêng Chăn, đoàn đại biểu Ủy ban Mặt trận Tổ quốc thành phố Hà Nội do Chủ tịch Đào "
        "Văn Bình dẫn đầu đã được đồng chí Phandouangchit Vongsa, Chủ tịch Mặt trận Lào xây dựng đất nước, "
        "đón tiếp.\n\nHai bên đã ký biên bản ghi nhớ tiếp tục trao đổi thông tin, kinh nghiệm."
    )
    mou = kinds(extract(text, published=datetime.date(2013, 8, 13)))[("agreement", "mou")]
    assert "Đào Văn Bình" in {person.name for person in mou.people}


def test_minutes_signed_at_talks_are_a_cooperation_agreement():
    text = (
        "Đoàn đại biểu Viện KSND thành phố Hà Nội sang thăm và làm việc tại Viện KSND thủ đô Viêng Chăn từ "
        "ngày 13 đến ngày 17/3/2017.\n\nTại buổi hội đàm, hai bên đã thống nhất ký kết biên bản hội đàm "
        "nội dung cụ thể như sau."
    )
    agreements = [event for event in extract(text) if event.model == "agreement"]
    # Signed during the visit, on a day the text does not give: its month.
    assert [(event.category, event.date, event.date_precision) for event in agreements] == [
        ("cooperation_agreement", datetime.date(2017, 3, 1), "month")
    ]


def test_an_agreement_whose_signing_anniversary_is_marked_was_signed_that_many_years_before():
    text = (
        "Ngày 29/7, Đoàn đại biểu Thành đoàn Hà Nội sang thăm và làm việc tại Thủ đô Viêng Chăn. Chuyến thăm "
        "nhằm kỷ niệm 22 năm ngày ký kết thỏa thuận hợp tác hữu nghị giữa Thành đoàn Hà Nội và Đoàn Thanh "
        "niên Thủ đô Viêng Chăn."
    )
    events = extract(text, published=datetime.date(2019, 7, 30))
    [agreement] = [event for event in events if event.model == "agreement"]
    # Signed 22 years before the visit: its year, never the visit's day.
    assert (agreement.date, agreement.date_precision) == (datetime.date(1997, 1, 1), "year")
    assert [event.date for event in events if event.category == "visit"] == [datetime.date(2019, 7, 29)]


def test_agreements_named_as_the_basis_of_what_is_told_were_signed_before_it():
    events = extract(
        "On the morning of October 3rd, 2024, Nguyen Thi Tuyen, Permanent Deputy Secretary of the Hanoi "
        "Party Committee, welcomed a delegation from the People's Procuracy of Vientiane. Based on the "
        "cooperation agreements signed between the two capitals, Hanoi's agencies have established "
        "partnerships with many departments in Vientiane."
    )
    agreement = kinds(events)["agreement", "cooperation_agreement"]
    assert agreement.date is None  # not the day of the reception


def test_a_signing_on_the_programme_of_the_visit_is_an_event_of_it_dated_by_its_month():
    events = extract(
        "Sáng 19/2, Phó Chủ tịch UBND TP Hà Nội Lê Hồng Sơn đã tiếp Giám đốc Công an TP Viêng Chăn BupPha Si "
        "Phom Ma sang thăm và làm việc tại Hà Nội. Đáng chú ý, trong khuôn khổ chuyến thăm lần này, "
        "Công an TP Hà Nội và Viêng Chăn sẽ thực hiện ký biên bản hợp tác vào ngày 20/2.",
        published=datetime.date(2019, 2, 19),
    )
    agreement = kinds(events)["agreement", "cooperation_agreement"]
    # Told ahead: the visit's month, not the day of the reception (nor a day the text only plans).
    assert (agreement.date, agreement.date_precision) == (datetime.date(2019, 2, 1), "month")
    # A signing told ahead outside a visit's programme is no event.
    later = extract("Hai bên sẽ ký biên bản hợp tác vào ngày 20/2.", published=datetime.date(2019, 2, 19))
    assert not [event for event in later if event.model == "agreement"]


def test_an_english_anniversary_of_an_agreement_named_by_its_subject_is_an_earlier_agreement():
    text = (
        "Hanoi's young people on July 29 headed towards Vientiane for an annual volunteer programme. The "
        "programme also aims to mark the 22nd anniversary of the signing of the agreement on friendship "
        "between Hanoi's youth union and its Vientiane counterpart."
    )
    [agreement] = [
        event for event in extract(text, published=datetime.date(2019, 7, 30)) if event.model == "agreement"
    ]
    assert agreement.category == "cooperation_agreement"
    assert (agreement.date, agreement.date_precision) == (datetime.date(1997, 1, 1), "year")
    # Without the occasion's year, no year is guessed.
    [undated] = [event for event in extract(text) if event.model == "agreement"]
    assert undated.date is None


def test_a_cooperation_deal_is_a_cooperation_agreement():
    events = extract(
        "On November 18, the Vientiane hospital signed a cooperation deal with the Hanoi Medical University "
        "Hospital to provide medical services.",
        published=datetime.date(2023, 11, 19),
    )
    assert kinds(events)["agreement", "cooperation_agreement"].date == datetime.date(2023, 11, 18)


def test_the_day_before_the_signing_verb_counts_no_agreements():
    events = extract(
        "Hanoi and Vientiane on May 8 signed a memorandum of understanding on education cooperation.",
        published=datetime.date(2024, 5, 10),
    )
    assert kinds(events)["agreement", "mou"].date == datetime.date(2024, 5, 8)


def test_an_agreement_named_by_its_term_and_signed_earlier():
    events = extract(
        "Vientiane Mayor Atsaphangthong Siphandone received the Hanoi delegation on October 10, 2025. He "
        "recalled the 2022-2025 agreement, signed in Vientiane in April 2022."
    )
    agreement = kinds(events)["agreement", "cooperation_agreement"]
    assert (agreement.date, agreement.date_precision) == (datetime.date(2022, 4, 1), "month")


def test_an_agreement_named_as_signed_on_a_day_is_that_signing():
    for text in (
        "Hanoi provides 50 scholarships each year for Vientiane students, according to an agreement signed "
        "on May 8.",
        "According to an agreement signed by Hanoi and Vientiane on May 8, Hanoi will give 50 scholarships.",
    ):
        (agreement,) = extract(text, published=datetime.date(2024, 5, 10))
        assert (agreement.category, agreement.date, agreement.date_precision) == (
            "cooperation_agreement",
            datetime.date(2024, 5, 8),
            "day",
        ), text


def test_an_agreement_whose_implementation_talks_discuss_was_signed_before_them():
    events = kinds(
        extract(
            "Earlier, on November 20, Vice Chairwoman of the Hanoi People's Committee Huong held talks with "
            "Vientiane Deputy Mayor Vixay on the implementation of the two capitals' 2022-2025 cooperation "
            "agreement. Travel agents in Vientiane welcomed the move.",
            published=datetime.date(2025, 11, 24),
        )
    )
    assert events[("agreement", "cooperation_agreement")].date is None
    assert set(events) == {("meeting", "talks"), ("agreement", "cooperation_agreement")}


def test_an_agreement_first_signed_in_another_year_and_a_team_that_travelled_are_events_of_their_own():
    events = extract(
        "Hanoimoi Newspaper and Vientiane Mai Newspaper on Dec. 30 signed a cooperation agreement for "
        "2020-2024. Director of the Hanoi Department of Information Nguyen Thanh Hung attended. The two "
        "newspapers first signed a cooperation agreement in 2014. In April 2019, a team of Hanoimoi "
        "reporters travelled to Vientiane to produce a series of reports.",
        published=datetime.date(2020, 1, 3),
    )
    assert [(event.category, event.date, event.date_precision) for event in events] == [
        ("cooperation_agreement", datetime.date(2019, 12, 30), "day"),
        ("cooperation_agreement", datetime.date(2014, 1, 1), "year"),
        ("visit", datetime.date(2019, 4, 1), "month"),
    ]


def test_many_memoranda_signed_by_businesses_are_one_signing():
    events = kinds(
        extract(
            "Sáng 12/6, tại Viêng Chăn, Sở Công Thương Hà Nội phối hợp với Sở Công Thương Thủ đô Viêng Chăn "
            "khai mạc Hội chợ Thương mại Hà Nội - Viêng Chăn 2013. Chiều 12/6, bên lề hội chợ, các doanh "
            "nghiệp hai bên đã ký 15 biên bản ghi nhớ hợp tác.",
            published=datetime.date(2013, 6, 13),
        )
    )
    assert events[("agreement", "mou")].date == datetime.date(2013, 6, 12)


def test_a_plan_named_by_its_year_as_carried_out_is_an_earlier_plan_and_another_years_plan_another():
    text = (
        "Ngày 28/12, tại Hà Nội, Giám đốc Công an TP Hà Nội đã hội đàm với Đoàn đại biểu Công an Thủ đô "
        "Viêng Chăn (Lào).\n\n"
        "Tại buổi hội đàm, hai bên đã đánh giá kết quả thực hiện kế hoạch hợp tác năm 2024.\n\n"
        "Kết thúc hội đàm, hai bên đã ký Kế hoạch hợp tác năm 2025 giữa Công an TP Hà Nội và Công an Thủ đô "
        "Viêng Chăn."
    )
    plans = [e for e in extract(text, published=datetime.date(2025, 1, 3)) if e.category == "plan"]
    assert sorted((plan.period, plan.date) for plan in plans) == [
        ("2024", None),
        ("2025", datetime.date(2024, 12, 28)),
    ]


def test_the_first_signing_of_an_agreement_renewed_now_is_another_earlier_signing():
    text = (
        "Sáng 9/5, tại trụ sở Liên hiệp Công đoàn Thủ đô Viêng Chăn, Liên đoàn Lao động thành phố Hà Nội và "
        "Liên hiệp Công đoàn Thủ đô Viêng Chăn đã hội đàm.\n\n"
        "Kết thúc hội đàm, hai bên đã ký Thỏa thuận hợp tác giai đoạn 2023 - 2028. Hai tổ chức công đoàn đã "
        "ký thỏa thuận hợp tác lần đầu vào năm 2008."
    )
    agreements = [e for e in extract(text, published=datetime.date(2023, 5, 17)) if e.model == "agreement"]
    assert sorted((a.period, a.date) for a in agreements) == [
        ("", datetime.date(2008, 1, 1)),
        ("2023-2028", datetime.date(2023, 5, 9)),
    ]


def test_a_years_summary_counts_memoranda_as_one_signing_of_that_year_and_courses_and_delegations_as_none():
    text = (
        "Ngày 15/1, Ủy ban nhân dân thành phố Hà Nội và Chính quyền Thủ đô Viêng Chăn (Lào) tổ chức Hội nghị "
        "trực tuyến tổng kết hợp tác năm 2025. Đồng chủ trì hội nghị có Phó Chủ tịch UBND thành phố Hà Nội "
        "Đặng Quốc Bảo và Phó Đô trưởng Thủ đô Viêng Chăn Anousone Phommavong. Trong năm 2025, các sở, ngành "
        "hai bên đã ký kết 6 biên bản ghi nhớ hợp tác; trao đổi 14 đoàn công tác và phối hợp tổ chức 3 lớp "
        "bồi dưỡng cán bộ. Tại hội nghị, hai bên đã ký Kế hoạch hợp tác năm 2026 giữa thành phố Hà Nội và "
        "Thủ đô Viêng Chăn."
    )
    events = by_kind(extract(text, published=datetime.date(2026, 1, 16)))
    memoranda = events["agreement", "mou"]
    assert (memoranda.date, memoranda.date_precision) == (datetime.date(2025, 1, 1), "year")
    assert ("delegation", "training") not in events and ("delegation", "visit") not in events
    # Signed "at the conference": by the conference's co-chairs.
    assert names(events["agreement", "plan"]) == {"Đặng Quốc Bảo", "Anousone Phommavong"}
    # Counted memoranda signed on a day the sentence gives are that day's signing.
    text = (
        "Sáng 12/6, tại Hội nghị xúc tiến thương mại Hà Nội - Viêng Chăn, các doanh nghiệp hai bên đã ký 15 "
        "biên bản ghi nhớ hợp tác."
    )
    memoranda = by_kind(extract(text, published=datetime.date(2013, 6, 13)))["agreement", "mou"]
    assert memoranda.date == datetime.date(2013, 6, 12)


def test_items_of_a_years_summary_under_a_heading_are_events_when_they_give_their_day():
    text = (
        "Nhìn lại năm 2024, hợp tác giữa Hà Nội và Thủ đô Viêng Chăn có nhiều điểm nổi bật.\n\n"
        "Về giáo dục - đào tạo, ngày 22/2/2024, Trường Đại học Thủ đô Hà Nội và Trường Cao đẳng Kỹ thuật Thủ "
        "đô Viêng Chăn đã ký thỏa thuận hợp tác đào tạo.\n\nVề công tác cán bộ, từ ngày 4 đến ngày "
        "22/11/2024, Sở Nội vụ Hà Nội phối hợp tổ chức lớp bồi dưỡng cho 25 cán bộ của Thủ đô Viêng Chăn "
        "tại Hà Nội.\n\n"
        "Về du lịch, hai bên ký kết biên bản ghi nhớ và tổ chức lớp bồi dưỡng hướng dẫn viên."
    )
    events = extract(text, published=datetime.date(2025, 1, 8))
    assert sorted((e.category, e.date) for e in events) == [
        ("cooperation_agreement", datetime.date(2024, 2, 22)),
        ("training", datetime.date(2024, 11, 4)),
    ]


def test_a_plan_to_implement_an_agreement_whose_signing_was_witnessed_is_signed_there():
    text = (
        "On May 20, Vientiane Party Secretary Anouphap Tounalom held talks with Hanoi Party Secretary Bui "
        "Thi Minh Hoai in Hanoi. The two leaders witnessed the signing of a plan to implement the "
        "cooperation agreement in 2024-2025 by the two cities' Party Committee offices."
    )
    plan = kinds(extract(text, published=datetime.date(2024, 5, 22)))["agreement", "plan"]
    assert (plan.date, plan.date_precision) == (datetime.date(2024, 5, 20), "day")


def test_the_agreement_told_with_the_trips_span_signed_after_the_talks_takes_their_day_and_signers():
    text = (
        "Vientiane Capital and Hanoi have signed a new cooperation agreement for 2026-2030, as a delegation "
        "led by Hanoi Party Secretary Dinh Quoc Bao wraps up a three-day official visit to Vientiane from "
        "January 14-16.\n\n"
        "On Thursday, Bao held talks with Vientiane Party Secretary Bounleuth Keomany.\n\n"
        "Following the talks, Vientiane Capital Governor Souksavanh Chanthalath and Hanoi People's Committee "
        "Chairwoman Chu Thi Hong Van signed the agreement."
    )
    agreement = kinds(extract(text, published=datetime.date(2026, 1, 16)))[
        ("agreement", "cooperation_agreement")
    ]
    assert (agreement.date, agreement.date_end) == (datetime.date(2026, 1, 15), None)
    assert {"Souksavanh Chanthalath", "Chu Thi Hong Van"} <= set(names(agreement))


def test_an_agreement_named_before_and_signed_in_the_next_sentence_is_that_signing():
    text = (
        "Chiều 9/5, Bộ Tư lệnh Thủ đô Hà Nội và Bộ Chỉ huy Quân sự Thủ đô Viêng Chăn tổ chức Hội nghị "
        "tổng kết 5 năm thực hiện Thỏa thuận hợp tác giữa hai đơn vị. Thỏa thuận này được hai bên ký kết "
        "đầu tháng 7/2014 tại Hà Nội."
    )
    agreement = by_kind(extract(text, published=datetime.date(2019, 5, 11)))[
        "agreement", "cooperation_agreement"
    ]
    assert (agreement.date, agreement.date_precision) == (datetime.date(2014, 7, 1), "month")


def test_who_signed_the_document_just_told_signed_that_agreement():
    text = SIGNED_YESTERDAY_RECEIVED_EARLIER
    agreement = by_kind(extract(text, published=datetime.date(2005, 6, 10)))[
        "agreement", "cooperation_agreement"
    ]
    assert sorted(names(agreement)) == ["Bounkham Sayavong", "Nguyen Huu Khoat"]
    assert agreement.date == datetime.date(2005, 6, 9)


def test_the_memorandum_just_named_is_dated_by_the_sentence_that_says_it_was_signed():
    text = (
        "Chiều 18/5, hai bên tổ chức Hội nghị sơ kết 3 năm thực hiện Biên bản ghi nhớ hợp tác giữa Công an "
        "TP Hà Nội và Công an Thủ đô Viêng Chăn giai đoạn 2014 - 2019. Biên bản này được ký kết tại Viêng "
        "Chăn vào tháng 8/2014, nhân chuyến thăm của Đoàn đại biểu Công an TP Hà Nội."
    )
    memorandum = by_kind(extract(text, published=datetime.date(2017, 5, 19)))["agreement", "mou"]
    assert (memorandum.date, memorandum.date_precision) == (datetime.date(2014, 8, 1), "month")
