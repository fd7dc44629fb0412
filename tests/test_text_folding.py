"""fold() is a translation table for speed; it must fold exactly as the plain definition does."""

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from events.text import fold


def folded_by_definition(text):
    """NFKD, drop the combining marks, đ -> d, lower case, one space between words."""
    text = (text or "").translate(str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}))
    text = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", text.lower()).strip()


def test_vietnamese_names_and_places_fold_to_plain_letters():
    assert fold("  Đinh Tiến   Dũng ") == "dinh tien dung"
    assert fold("Viêng Chăn – “Thủ đô”") == "vieng chan – “thu do”"
    assert fold("Thành uỷ") == fold("Thành ủy") == "thanh uy"
    assert fold(unicodedata.normalize("NFD", "Hà Nội")) == "ha noi"  # decomposed input too
    assert fold(None) == ""


@settings(max_examples=400)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_the_table_folds_any_text_as_the_definition_does(text):
    assert fold(text) == folded_by_definition(text)
