"""The bodies a sentence names, and their side."""

from events.extraction.organizations import find_organizations

# --- Bodies and their side ---


def test_organisations_and_their_side():
    found = {
        (o.name, o.side)
        for o in find_organizations(
            "Đoàn Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào làm việc với Thành ủy Hà Nội."
        )
    }
    assert ("Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào", "la") in found
    assert ("Thành ủy Hà Nội", "vn") in found
