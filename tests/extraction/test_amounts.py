"""Money and goods in aid sentences: numbers, currencies, units, recipients and pledges."""

from decimal import Decimal

from events.extraction.amounts import aid_amounts, find_amounts, parse_number


def values(text, language="vi"):
    return [(amount.value, amount.unit) for amount in find_amounts(text, language)]


# --- Numbers in Vietnamese and English writing ---


def test_vietnamese_numbers_group_thousands_with_dots_and_use_a_decimal_comma():
    assert parse_number("200.000") == 200000
    assert parse_number("1.200.000") == 1200000
    assert parse_number("1,5") == Decimal("1.5")


def test_english_numbers_group_thousands_with_commas():
    assert parse_number("40,000", "en") == 40000
    assert parse_number("1.5", "en") == Decimal("1.5")


# --- Currencies and multipliers ---


def test_currencies_and_multipliers():
    assert values("trao tặng 200.000 USD") == [(200000, "USD")]
    assert values("hỗ trợ 40.000 đô la Mỹ") == [(40000, "USD")]
    assert values("hỗ trợ 1,5 tỷ đồng") == [(1500000000, "VND")]
    assert values("ủng hộ 500 triệu đồng") == [(500000000, "VND")]
    assert values("trao tặng 2 tỷ kíp") == [(2000000000, "LAK")]


def test_english_amounts_with_the_currency_first():
    assert values("presented USD 40,000", "en") == [(40000, "USD")]
    assert values("a $1.5 million grant", "en") == [(1500000, "USD")]
    assert values("funded with US$3 million", "en") == [(3000000, "USD")]


def test_currency_written_before_the_number():
    assert [(a.value, a.unit) for a in find_amounts("a gift of VND 1.5 billion", "en")] == [
        (Decimal(1_500_000_000), "VND")
    ]
    assert [(a.value, a.unit) for a in find_amounts("projects worth VNĐ300 billion", "en")] == [
        (Decimal(300_000_000_000), "VND")
    ]


def test_a_conversion_in_brackets_is_not_a_second_amount():
    text = "hỗ trợ 1,5 tỷ đồng (khoảng 61.000 USD) và LAK 4.2 billion"
    assert [(str(a.value), a.unit) for a in find_amounts(text)] == [
        ("1500000000", "VND"),
        ("4200000000", "LAK"),
    ]


def test_percentages_are_not_amounts():
    assert values("tăng trưởng đạt 7,39%") == []


# --- Goods and their units ---


def test_goods_keep_their_noun_without_qualifiers():
    assert values("30.000 khẩu trang y tế, 10.000 bộ xét nghiệm kháng nguyên SARS-CoV-2") == [
        (30000, "khẩu trang"),
        (10000, "bộ xét nghiệm kháng nguyên"),
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


def test_a_language_qualifies_books_but_is_not_their_unit():
    (amount,) = find_amounts("trao tặng 400 bộ sách giáo khoa tiếng Việt cho học sinh")
    assert amount.unit == "bộ sách giáo khoa"


def test_a_verb_after_the_goods_ends_their_unit():
    (amount,) = find_amounts("trao 120 tấn gạo hỗ trợ nhân dân vùng lũ")
    assert (amount.value, amount.unit) == (Decimal(120), "tấn gạo")


def test_a_vehicles_use_is_not_part_of_its_unit():
    assert [(a.value, a.unit) for a in aid_amounts("Công an Hà Nội trao tặng 2 xe ô tô chuyên dụng.")] == [
        (Decimal(2), "xe ô tô")
    ]


# --- Recipients, shares and figures left out ---


def test_each_clause_names_its_recipient_and_a_per_province_count():
    sentence = (
        "Thủ đô Hà Nội quyết định dành tặng thiết bị y tế cho các địa phương "
        "của Lào gồm: Hỗ trợ Thủ đô Viêng "
        "Chăn 30.000 khẩu trang y tế, 10.000 bộ xét nghiệm kháng nguyên SARS-CoV-2, 40.000 USD; tám tỉnh Bắc "
        "Lào mỗi tỉnh 20.000 USD."
    )
    amounts = aid_amounts(sentence)
    assert [(a.value, a.unit, a.recipient, a.count) for a in amounts] == [
        (30000, "khẩu trang", "Thủ đô Viêng Chăn", None),
        (10000, "bộ xét nghiệm kháng nguyên", "Thủ đô Viêng Chăn", None),
        (40000, "USD", "Thủ đô Viêng Chăn", None),
        (20000, "USD", "8 tỉnh Bắc Lào", 8),
    ]


def test_recipient_after_the_amount():
    amounts = aid_amounts("Thành phố đã hỗ trợ 1,5 tỷ đồng để xây dựng trường học cho huyện Sạ Thạt.")
    assert amounts[0].recipient == "huyện Sạ Thạt"


def test_budget_figures_in_an_aid_sentence_are_left_out():
    sentence = "Thành phố đã hỗ trợ Viêng Chăn 1,5 tỷ đồng; thu ngân sách đạt 330.000 tỷ đồng."
    assert [(a.value, a.unit) for a in aid_amounts(sentence)] == [(1500000000, "VND")]


# --- Pledged and delivered ---


def test_a_promised_gift_is_pledged():
    (amount,) = aid_amounts("Thành phố Hà Nội sẽ hỗ trợ Thủ đô Viêng Chăn 5 tỷ đồng để xây trường.")
    assert (amount.value, amount.status) == (Decimal(5_000_000_000), "pledged")
    (amount,) = aid_amounts("Hanoi pledged US$200,000 to Vientiane for the hospital.", "en")
    assert (amount.value, amount.unit, amount.status) == (Decimal(200_000), "USD", "pledged")
    (amount,) = aid_amounts("Hà Nội đã trao tặng Viêng Chăn 100 tấn gạo.")
    assert (amount.value, amount.unit, amount.status) == (Decimal(100), "tấn gạo", "delivered")


def test_the_number_in_a_diseases_name_counts_nothing_and_no_unit_ends_on_of():
    text = (
        "Hanoi donated 10,000 doses of COVID-19 vaccines and 20 ventilators to help Vientiane cope with a "
        "new wave of COVID-19 infections."
    )
    assert [(amount.value, amount.unit) for amount in find_amounts(text, "en")] == [
        (Decimal(10000), "doses"),
        (Decimal(20), "ventilators"),
    ]


def test_small_counts_of_goods_written_as_words_are_counted():
    text = "Bệnh viện Xanh Pôn trao tặng hai máy thở, một máy siêu âm và thuốc trị giá 300 triệu đồng."
    assert [(a.value, a.unit) for a in find_amounts(text)] == [
        (Decimal(2), "máy thở"),
        (Decimal(1), "máy siêu âm"),
        (Decimal(300000000), "VND"),
    ]
    # "năm" is also "year": "cả năm máy móc" counts nothing.
    assert [a.unit for a in find_amounts("Cả năm máy móc của bệnh viện hoạt động tốt.")] == []
    # Nor is a year before a goods noun a count: "Trong năm 2024 máy móc ...".
    assert [a.unit for a in find_amounts("Trong năm 2024 máy móc được bàn giao đầy đủ.")] == []


def test_an_items_noun_ends_before_when_and_what_came_with_it():
    assert [(a.value, a.unit) for a in find_amounts("trao tặng 1 xe cứu thương vào năm 2011")] == [
        (Decimal(1), "xe cứu thương")
    ]
    assert [(a.value, a.unit) for a in find_amounts("hỗ trợ 20 bộ máy tính cùng toàn bộ bàn ghế")] == [
        (Decimal(20), "bộ máy tính")
    ]
    found = find_amounts("presented 10 tonnes of rice as a gesture of friendship", language="en")
    assert [(a.value, a.unit) for a in found] == [(Decimal(10), "tonnes of rice")]
