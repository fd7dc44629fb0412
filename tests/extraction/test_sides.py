"""Which side a text names, and whether an article is about Hanoi and Laos at all."""

import datetime

from tests.extraction import extract

# --- Articles not about Hanoi and Laos ---


def test_an_article_with_nothing_between_hanoi_and_laos_gives_nothing():
    text = "Ngày 10/12, UBND thành phố Hà Nội tổ chức hội nghị tổng kết. Thu ngân sách đạt 300.000 tỷ đồng."
    assert extract(text, published=datetime.date(2023, 12, 11)) == []
    text = "Chủ tịch UBND tỉnh Lào Cai tiếp đoàn công tác của Bộ Ngoại giao ngày 3/4."
    assert extract(text, published=datetime.date(2023, 4, 4)) == []


def test_laos_with_another_country_is_not_a_hanoi_event():
    text = (
        "Vientiane Capital Mayor Phetsamone Sengsouliya and Phnom Penh Governor Sok Vannara signed a "
        "sister city agreement in Vientiane on Monday.\n\nThe signing took place during a three-day visit "
        "to Vientiane by a "
        "Phnom Penh delegation.\n\nVientiane already maintains cooperation with several capitals, including "
        "Hanoi and Bangkok."
    )
    assert extract(text, title="Vientiane, Phnom Penh Sign Sister City Agreement") == []


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


# --- Lao only in Lao company ---


def test_a_foreign_name_without_lao_company_is_not_lao():
    text = (
        "Chairman of the Hanoi People's Committee Kieu Quang Vinh on November 12 received Governor of "
        "Fukuoka Prefecture Kenji Morita, who is on a working visit to Hanoi.\n\nHanoi has partners "
        "around the world, "
        "including Vientiane (Laos) and Tokyo."
    )
    assert extract(text, published=datetime.date(2024, 11, 12)) == []


def test_a_vietnamese_friendship_associations_name_is_not_the_lao_side():
    # "Hội hữu nghị Việt Nam - Lào" is a Hanoi association: its own meeting has no Lao side taking part.
    text = (
        "Sáng 12/3, Hội hữu nghị Việt Nam - Lào thành phố Hà Nội tổ chức hội nghị ra mắt chi hội "
        "quận Ba Đình.\n\nPhát biểu tại hội nghị, Chủ tịch Hội đề nghị các hội viên tích cực tuyên truyền."
    )
    assert extract(text, published=datetime.date(2024, 3, 12)) == []


def test_an_exhibition_marking_the_vietnam_laos_friendship_year_names_the_lao_side():
    text = (
        "The exhibition has taken place in Hanoi between August 10 and 11 as part of the Vietnam - Laos "
        "Solidarity and Friendship Year 2022."
    )
    events = extract(text, published=datetime.date(2022, 8, 12))
    assert [(e.model, e.category) for e in events] == [("meeting", "other")]


def test_a_dateline_above_the_story_does_not_push_the_hanoi_side_out_of_the_opening():
    events = extract(
        "Jan 03, 2020 | 08:30\n\nThe two newspapers have exchanged news and journalists for more than five "
        "years.\n\nHanoimoi Newspaper and Vientiane Mai Newspaper on Dec. 30 signed a cooperation agreement "
        "for 2020-2024.\n\nThe agreement was signed by Hanoimoi Editor-in-Chief Nguyen Van Tien and "
        "Vientiane Mai Editor-in-Chief Khamphone Sisomphou. Director of the Hanoi Department of Information "
        "Nguyen Thanh Hung attended the ceremony.",
        title="Hanoimoi, Vientiane Mai newspapers renew cooperation",
        published=datetime.date(2020, 1, 3),
    )
    assert [(event.category, event.date) for event in events] == [
        ("cooperation_agreement", datetime.date(2019, 12, 30))
    ]


def test_another_provinces_cooperation_with_vientiane_is_not_hanois_even_if_hanoi_is_named():
    text = (
        "Ngày 21/3, tại thành phố Vinh, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Hữu Lâm đã tiếp và làm việc "
        "với đoàn đại biểu Thủ đô Viêng Chăn (Lào). Nghệ An tiếp nhận lưu học sinh Lào nhiều thứ hai cả "
        "nước, chỉ sau Hà Nội."
    )
    title = "Nghệ An và Thủ đô Viêng Chăn tăng cường hợp tác giáo dục, thương mại"
    assert extract(text, title=title, published=datetime.date(2012, 3, 22)) == []
    # A person named like a province is no province.
    assert extract(text, title="Bà Nguyễn Thị Huệ tiếp đoàn Viêng Chăn", published=datetime.date(2012, 3, 22))
    # Hanoi in the title as well: its events are read.
    assert extract(text, title="Hà Nội, Nghệ An tiếp đoàn Viêng Chăn", published=datetime.date(2012, 3, 22))


def test_ho_chi_minh_city_written_short_is_another_locality():
    text = (
        "Chiều 15/8, Chủ tịch UBND TP.HCM đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn (Lào) do Phó Đô trưởng "
        "dẫn đầu. Bên cạnh quan hệ truyền thống với Thủ đô Hà Nội, Viêng Chăn mong muốn mở rộng hợp tác."
    )
    published = datetime.date(2023, 8, 16)
    for title in (
        "TP.HCM và Thủ đô Viêng Chăn thúc đẩy hợp tác",
        "HCMC, Vientiane boost cooperation",
        "HCM City, Vientiane sign cooperation agreement",
    ):
        assert extract(text, title=title, published=published) == []
    assert extract(text, title="Hà Nội, TP.HCM tiếp đoàn Viêng Chăn", published=published)


def test_another_lao_province_in_the_title_without_vientiane_capital_is_not_vientianes():
    text = (
        "Sáng 9-5, Phó Chủ tịch UBND thành phố Hà Nội Vũ Thu Hà đã tiếp đoàn đại biểu tỉnh Luông Pha Băng "
        "(Lào) đang thăm Hà Nội. Luông Pha Băng, cùng với Thủ đô Viêng Chăn, có quan hệ hợp tác hữu nghị "
        "truyền thống với Hà Nội."
    )
    published = datetime.date(2024, 5, 10)
    for title in (
        "Hà Nội tiếp đoàn đại biểu tỉnh Luông Pha Băng",
        "Hà Nội tiếp đoàn đại biểu tỉnh Chăm-pa-xắc",
        "Vientiane province, Hanoi agree to boost agricultural cooperation",
        "Hà Nội tiếp đoàn tỉnh Viêng Chăn",
    ):
        assert extract(text, title=title, published=published) == [], title
    # Vientiane Capital named beside the province: its events are read.
    for title in ("Hà Nội tiếp đoàn Viêng Chăn và Luông Pha Băng", "Hà Nội tiếp đoàn đại biểu Lào"):
        assert extract(text, title=title, published=published), title


def test_a_partner_in_another_country_in_the_title_without_a_lao_place_is_not_vientianes():
    text = (
        "Chairman of the Hanoi People's Committee Vu Duc Trung and Governor of Phnom Penh Sok Dara on "
        "January 13 signed the two capitals' cooperation plan for 2026. Trung said Hanoi has maintained "
        "traditional friendship with Vientiane and close ties with Phnom Penh."
    )
    published = datetime.date(2026, 1, 14)
    assert extract(text, title="Hanoi, Phnom Penh sign 2026 cooperation plan", published=published) == []
    # Named beside Vientiane, the other partner takes nothing away.
    title = "Hanoi, Vientiane and Phnom Penh sign cooperation plans"
    assert extract(text, title=title, published=published)
