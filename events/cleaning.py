"""Raw article -> clean text: page furniture, related-news lists and photo captions off, paragraphs kept.

Why hand-written rules when trafilatura exists: most inputs arrive as already-flattened plain text
(scraped .txt files, JSONL "text"), where no library can see the page structure any more, and even
on HTML trafilatura keeps figure captions and the "Tin liên quan" lists that Vietnamese sites put
inside the article body. The rules below read lines the way those pages flatten: a related-news
heading ends the article, a caption sits under an image slot or carries "(Ảnh: ...)", a list of
headlines has no sentence punctuation. They name page habits, never particular articles.
"""

import datetime
import json
import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from .text import fold, nfc, squeeze

# Vietnamese pages print local time (UTC+7, no daylight saving).
VIETNAM_TIME = datetime.timezone(datetime.timedelta(hours=7), "ICT")

# --- Dates -----------------------------------------------------------------------------------

_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_HM = re.compile(r"(?<![\d/])(\d{1,2})[:hg](\d{2})(?![\d/])")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?")

# A page timestamp closing the title line: "(21:18 26/10/2017)" (hanoi.gov.vn), "(26/10/2017)",
# "[26/10/2017 21:18]", "- 26/10/2017".
# "26/10/2017", and "26-10-2017" or "26.10.2017" on the outlets that write dates that way.
_DMY_TEXT = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_STAMP = rf"(?:\d{{1,2}}:\d{{2}}\s*,?\s*)?{_DMY_TEXT}(?:\s*,?\s*-?\s*\d{{1,2}}:\d{{2}})?"
_TITLE_STAMP = re.compile(rf"\s*(?:[(\[]\s*({_STAMP})\s*[)\]]|\s[-–|]\s*({_STAMP}))\s*$")

# "Sep 20, 2024", "September 20, 2024": English pages' dates.
_EN_MONTHS = "january february march april may june july august september october november december".split()
_EN_DATE_TEXT = r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
_EN_DATE = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})\b")

# A line that is only a date, perhaps with a label: "Thứ Năm, 26/10/2017 21:18",
# "Cập nhật: 08:24 30/03/2025 (GMT+7)", "Sep 20, 2024 / 04:35 PM", and in related lists
# "Nhịp sống Thủ đô 30/03/2025 08:24". The one dateline reader: cleaning uses it above and under the
# headline, and read_clean_article() on the first lines of the text.
_DATELINE = re.compile(
    r"^(?P<label>[^.!?]{0,60}?)(?P<comma>,)?[\s,|:-]*\(?"
    rf"(?:\d{{1,2}}:\d{{2}}\s*[,|-]?\s*)?(?:ngày\s+)?(?:{_DMY_TEXT}|{_EN_DATE_TEXT})"
    r"(?:\s*[,|/-]?\s*(?:lúc\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?"
    r"\)?(?:\s*\(?\s*GMT\s*\+\s*7\s*\)?)?\s*\|?$",
    re.IGNORECASE,
)
# Labels that say the date is the page's publication, with or without a comma after them ("Cập nhật lúc
# 10:20, 29/06/2009"): no site header's clock is labelled so.
_PUBLISHED_WORDS = r"cap nhat|ngay dang|dang luc|dang ngay|xuat ban|published|updated|posted"
_PUBLISHED_LABEL = re.compile(rf"^(?:{_PUBLISHED_WORDS})\b")
# Labels that make a dateline the page's own date rather than a related item's category.
_PAGE_DATE_LABEL = re.compile(
    rf"^(?:(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn|{_PUBLISHED_WORDS}|"
    r"ngay|luc|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[\s,:]*)*$"
)


def parse_page_datetime(value):
    """Read '2024-08-08T15:00:00+07:00', '2024-08-08', '08:24 30/03/2025' or 'Thứ Năm, 26/10/2017 21:18'.

    Returns an aware datetime in Vietnam time, or None. Naive values are taken as Vietnam time."""
    value = squeeze(nfc(value))
    if not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None and (match := _YMD.search(value)):
        year, month, day, hour, minute = (int(part) if part else 0 for part in match.groups())
        moment = _make_datetime(year, month, day, hour, minute)
    if moment is None and (match := _DMY.search(value)):
        day, month, year = (int(part) for part in match.groups())
        moment = _make_datetime(year, month, day, *_time_of_day(value))
    if moment is None and (match := _EN_DATE.search(value)):
        name, day, year = match.groups()
        month = next((n for n, full in enumerate(_EN_MONTHS, 1) if full.startswith(name.lower()[:3])), 0)
        moment = _make_datetime(int(year), month, int(day), *_time_of_day(value))
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VIETNAM_TIME)
    return moment.astimezone(VIETNAM_TIME)


def _time_of_day(value):
    time = _HM.search(value)
    return (int(time.group(1)), int(time.group(2))) if time else (0, 0)


def _make_datetime(year, month, day, hour, minute):
    try:
        return datetime.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


# Headlines run to some 150 characters; a longer first line is the article's first paragraph.
LONGEST_TITLE = 250
_LEAD_OPENING = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm nay|hôm qua|trong (?:hai )?ngày|từ ngày)\s+(?:ngày\s+)?\d"
    r"|(?:on|in|last|this)\s+(?:\w+\s+)?\d|\(\w+\)\s*[-–—])",
    re.IGNORECASE,
)


def _is_lead_paragraph(line):
    """A first line that is the article's first sentence, not its headline: long, or a full sentence
    that opens with its date ("Sáng 27/1, ... dẫn đầu Đoàn ... thăm ..." ) or a wire dateline."""
    if len(line) > LONGEST_TITLE:
        return True
    return line.endswith(".") and len(line.split()) >= 15 and bool(_LEAD_OPENING.match(line))


class PageHead(NamedTuple):
    title: str
    published: datetime.datetime | None
    published_from: str  # a PublishedFrom value
    rest: str


def split_title(text):
    """Plain-text article -> PageHead: its title, the page time or None and where it was read, the rest.

    The first non-empty line is the title, after any page furniture a scraper kept above it (a
    breadcrumb, "Theo dõi Báo ... trên", the page's date line). A timestamp closing the title, or a
    line just above or under it that is only a date ("Thứ Năm, 26/10/2017 21:18", "Thùy Dương |
    30/11/2018 06:51"), is the page's publication time."""
    lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, published = _title_line(lines)
    source = PublishedFrom.DATELINE if published else PublishedFrom.NONE
    if start is None:
        return PageHead("", None, PublishedFrom.NONE, "")
    if meta := _META_DATE.match(lines[start]):
        # "date 2024-09-19 Delegations from Vientiane ...": the scraper's metadata opens the text.
        if published is None and (published := parse_page_datetime(meta.group(1))):
            source = PublishedFrom.METADATA
        lines[start] = lines[start][meta.end() :]
    title = squeeze(lines[start])
    if _is_lead_paragraph(title):
        # A text saved without its title starts with the article itself.
        return PageHead("", published, source, "\n".join(lines[start:]).strip("\n"))
    title, stamp = strip_title_stamp(title)
    if stamp is not None:
        published, source = stamp, PublishedFrom.TITLE
    rest = lines[start + 1 :]
    following = next((index for index, line in enumerate(rest) if line.strip()), None)
    if following is not None and (meta := _META_DATE.match(rest[following])):
        # "date 2021-05-25 Hanoi Capital High Command ...": a scraper's metadata before the first paragraph.
        stamp = parse_page_datetime(meta.group(1))
        if stamp is not None:
            if published is None:
                published, source = stamp, PublishedFrom.METADATA
            rest = [*rest[:following], rest[following][meta.end() :], *rest[following + 1 :]]
    if published is None and (found := _dateline_under_title(rest, title)):
        published, source, rest = found
    return PageHead(
        title, published, source if published else PublishedFrom.NONE, "\n".join(rest).strip("\n")
    )


def _title_line(lines):
    """The index of the headline past any furniture above it, and a page date line met on the way."""
    published = None
    for index, line in enumerate(lines):
        line = squeeze(line)
        if not line or _above_title(line):
            continue
        if published is None and _dateline_kind(line) == "page":
            published = parse_page_datetime(line)
            if published is not None:
                continue
        return index, published
    return None, published


def _dateline_under_title(rest, title):
    """Under the headline, past any masthead and a second copy of the headline, a short label is the
    byline or section: "Thùy Dương | 30/11/2018 06:51", "Đối ngoại - Ngày đăng : 15:09, 30/06/2014".
    Returns (moment, PublishedFrom.DATELINE, the lines without it) or None."""
    folded_title = fold(title)
    for index, line in enumerate(rest[:12]):
        line = squeeze(line)
        if _dateline_kind(line) in ("page", "related"):
            published = parse_page_datetime(line)
            if published is None:
                return None
            return published, PublishedFrom.DATELINE, [*rest[:index], *rest[index + 1 :]]
        if not line or _above_title(line) or fold(line) == folded_title:
            continue
        return None
    return None


_META_DATE = re.compile(
    r"^\s*(?:date|ngày đăng|ngày xuất bản|published|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE
)
_FOLLOW_PROMPT = re.compile(r"^theo doi (?:bao |chung toi )?[^.]{0,30} tren\b[^.]{0,20}$")


def _above_title(line):
    if len(line) > 120:
        return False
    if not any(char.isalnum() for char in line):
        return True  # "--> -->", a rule of dashes: markup the scraper left
    item = _Line(line, glued=False)
    # "Trang chủ Hữu nghị Bốn phương": a breadcrumb whose separators were images.
    home_first = (
        item.folded.startswith(("trang chu ", "home ")) and item.words <= 10 and not item.ends_sentence
    )
    return (
        home_first or bool(_FOLLOW_PROMPT.match(item.folded)) or _is_breadcrumb(item) or _is_furniture(item)
    )


def _dateline_kind(line):
    """'page' for a date-only line ("Thứ Năm, 26/10/2017 21:18"), 'related' for a related item's
    category and date ("Nhịp sống Thủ đô 30/03/2025 08:24"), None for anything else."""
    if len(line) > 90 or not (match := _DATELINE.match(line)):
        return None
    label = match.group("label").strip(" ,|:-")
    if _PAGE_DATE_LABEL.match(fold(label)):
        return "page"
    if match.group("comma") and len(label.split()) <= 2 and not any(char.isdigit() for char in label):
        return "page"  # a place dateline: "Viêng Chăn, 20/9/2024"
    return "related" if len(label.split()) <= 6 else None


# --- Damage ----------------------------------------------------------------------------------

# UTF-8 read as cp1252/latin-1: "Ã¡" (á), "áº¿" (ế), "á»™" (ộ), "Ä‘" (đ), "Æ°" (ư), "â€œ" (“).
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf\u0152-\u0192\u02c6\u02dc\u2013-\u2122]|á[º»]|Ä[‘ƒ\x91\x83]|Æ[°¡]|â€")
# "?" written for each Vietnamese letter the encoder could not map: "L?y l?i m? b?o m?t".
_QUESTION_IN_WORD = re.compile(r"(?<![/=&?.])\b[^\W\d_]{0,6}\?[^\W\d_]+")


def _damage_count(text):
    return text.count("\ufffd") + len(_MOJIBAKE.findall(text)) + len(_QUESTION_IN_WORD.findall(text))


def looks_damaged(text):
    # One stray mark in a long article is trivial; a misread encoding marks a word in every line.
    # The ratio is per word, so a comment form's garbled captcha under a clean article stays False.
    text = nfc(text)
    damage = _damage_count(text)
    return damage >= 2 and damage * 100 >= len(text.split())


# --- Line patterns ---------------------------------------------------------------------------
# Matched against fold(line): lower-case, no accents, đ -> d, so "Tin liên quan", "TIN LIÊN QUAN"
# and "Tin liên quan:" are one case.

# Headings after which a page has only furniture: related lists, comment forms, tags.
_END_MARKER = re.compile(
    r"^(?:[>»•*#-]+\s*)?(?:"
    r"co the ban quan tam|co the ban muon xem|ban co the quan tam|nen xem|dung bo lo|"
    r"(?:cac )?tin (?:bai )?lien quan|(?:cac )?bai (?:viet )?lien quan|tin tuc lien quan|"
    r"(?:cac )?tin (?:tuc )?khac|(?:tin|bai) cung (?:chuyen muc|chu de|loai|su kien)|cung chuyen muc|"
    r"xem them|doc them|xem tiep|dong su kien|"
    r"cac (?:bai|tin) (?:moi dang|da dang|da dua|moi|truoc)|tin (?:da dua|truoc|moi|moi nhat|moi cap nhat)|"
    r"bai viet hay\?? ?hay danh gia bai viet|danh gia bai viet|"
    r"y kien(?: ban doc| cua ban)?|(?:viet |gui )?binh luan(?: cua ban)?|ban doc binh luan|"
    r"doc nhieu(?: nhat)?|xem nhieu(?: nhat)?|tin (?:doc|xem) nhieu|tin noi bat|tieu diem|"
    r"phien ban di dong|ve dau trang|len dau trang|"
    r"related(?: news| articles| stories| posts)?|read more|more news|other news|see also|"
    r"most (?:read|viewed|popular)|latest news|you may (?:also )?like|comments?|leave a comment"
    r")(?:\s*\(\d+\))?\s*:?$"
    # Tag and copyright lines close the article whatever follows them on the line.
    r"|^(?:tu khoa|tags?|keywords?)\s*:|^(?:©|copyright\b|ban quyen (?:thuoc|©))"
)
# Headings that newsrooms also drop inside an article as a small box of links.
_BOX_MARKER = re.compile(
    r"^(?:[>»•*#-]+\s*)?(?:(?:cac )?tin (?:bai )?lien quan|(?:cac )?bai (?:viet )?lien quan|"
    r"tin tuc lien quan|xem them|doc them|related(?: news| articles| stories)?|read more|see also)\s*:?$"
)
# One link line inside the text: ">> Xem thêm: ...", "Tin liên quan: ...", "Read more: ...".
_LINK_LINE = re.compile(
    r"^(?:>>|»|►|▶|→)|^(?:xem them|doc them|xem tiep|tin lien quan|bai lien quan|read more|related|see also|"
    r"also read|read also)"
    r"\s*(?:[:>»-]|>>)"
)
# Share, print and font-size controls, navigation words: "Chia sẻ Facebook Zalo", "A- A+", "In bài".
_WIDGET_WORD = (
    r"(?:chia se|in bai|in|gui bai|gui email|luu(?: bai| tin)?|facebook|zalo|twitter|tweet|x|email|e-mail|"
    r"print|share|linkedin|messenger|telegram|pinterest|(?:copy link|sao chep (?:lien ket|link))"
    r"(?: thanh cong)?|(?:theo doi (?:bao )?(?:tren )?)?google news|bao loi|nghe bai viet|nghe doc bai|"
    r"co chu|a|aa|tro ve|quay lai|ve trang chu|trang chu|home|dang nhap|dang ky|thich|like|\d+ binh luan|\d+)"
)
# Words must be separated, and no word ends in a separator character ("A-" is "A" and "-"), so a line
# can be split into words in only one way and the match never backtracks through every split.
_WIDGET = re.compile(rf"^{_WIDGET_WORD}(?:[\s|,/•·:()+-]+{_WIDGET_WORD})*[\s|,/•·:()+-]*$")
# Lone words left by image slots and scripts ("undefined" marks an image slot on laodongthudo.vn).
_SLOT = re.compile(
    r"^(?:undefined|null|none|nan|\[object object\]|user image|user|avatar|advertisement|quang cao|"
    r"loading\.*|dang tai\.*|video|photo|anh|anh minh hoa|infographic|audio|play)$"
)
# Comment-form fields: "Họ tên:(*)", "Số điện thoại:", "Mã xác nhận:".
_FORM_FIELD = re.compile(
    r"^(?:ho (?:va )?ten|email|so dien thoai|dien thoai|dia chi|tieu de|noi dung|ma xac nhan|ma bao mat|"
    r"your name|name)\s*(?:\(\*\))?\s*:\s*(?:\(\*\))?$|\(\*\)$"
)
# "Theo dõi Kinh tế & Đô thị trên Google News", "Follow Hanoi Times on Facebook": the outlet's name between.
_FOLLOW_LINE = re.compile(
    r"^(?:hay |hãy )?(?:theo doi|follow|subscribe to)\b.{0,60}?\b(?:tren|on|qua|via)\s+"
    r"(?:google news|facebook|zalo|youtube|tiktok|twitter|x|telegram|instagram|linkedin)\W*$"
)


# The page's cookie banner: "We use cookies to ensure ...", "Trang web sử dụng cookie ...".
_COOKIE_NOTICE = re.compile(r"\bcookies?\b")
# The outlet's masthead line: "Báo Thế giới & Việt Nam - Cơ quan của Bộ Ngoại giao", "... Cơ quan ngôn luận
# của Đảng bộ ...". A page date on the same line keeps it (the extractor may need its year).
_OUTLET_OWNER = re.compile(r"\bco quan (?:ngon luan |chu quan |truc thuoc )?(?:cua|thuoc)\b")
# A media item's label: "Video: Toàn cảnh cuộc hội đàm ...", "Infographic | ...".
_MEDIA_LABEL = re.compile(r"^(?:video|clip|infographic|podcast|audio|emagazine|longform)\s*[:|-]")


def _page_notice(line):
    """A cookie banner, the outlet's masthead, a media item's label or a "follow us on" prompt whose
    platform was an icon ("Theo dõi Báo TG&VN trên"): lines of the page around the story, by their words."""
    folded = line.folded
    if line.words <= 80 and _COOKIE_NOTICE.search(folded):
        return True
    if line.ends_sentence or line.words > 30:
        return False
    return bool(
        (_OUTLET_OWNER.search(folded) and _dateline_kind(line.text) != "page")
        or _MEDIA_LABEL.match(folded)
        or _FOLLOW_PROMPT.match(folded)
    )


def _headlines_between_bars(line):
    """Related headlines on one line between bars: "Hà Nội: Đào tạo, bồi dưỡng cán bộ ... | Thành ủy Hà
    Nội sơ kết công tác ... 10 tháng năm 2022". Each part is long for a menu item and none is a sentence."""
    parts = [part.strip() for part in line.text.split(" | ")]
    return (
        len(parts) >= 2
        and line.words <= 80
        and not line.ends_sentence
        and all(len(part.split()) >= 5 and not _SENTENCE_END.search(part) for part in parts)
    )


def _follow_bar(folded):
    """ "Theo dõi Báo Tin tức trên Google News | In bài | Cỡ chữ": a follow line, alone or among widgets."""
    parts = [part.strip() for part in folded.split("|")]
    return any(_FOLLOW_LINE.match(part) for part in parts) and all(
        _FOLLOW_LINE.match(part) or _WIDGET.match(part) for part in parts
    )


_BREADCRUMB_START = re.compile(r"^(?:trang chu|home)\s*[>»›/|]")
_BREADCRUMB_SEPARATOR = re.compile(r"\s*[>»›|]\s*|\s+/\s+")

# Markdown images, HTML image tags and "[Ảnh]" stand-ins, which mark where a photo was.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\[(?:image|img|ảnh|hình ảnh|photo)[^\]]*\]", re.I)
_ONLY_TABLE_RULES = re.compile(r"^[\s|:+-]*$")

# Photo credits closing a caption: "(Ảnh: Thanh Hải)", "(Ảnh minh họa)", "Ảnh: VGP/Nhật Bắc",
# "(Photo: VNA)", "(VNA Photo)", "— VNA/VNS Photo Văn Điệp". Credits inside a sentence are left alone.
_PHOTO_CREDIT = re.compile(
    r"(?:\(\s*(?:ảnh|hình|nguồn ảnh|photo|photos|image|đồ họa|đồ hoạ|video|clip)\b[^()]{0,80}\)"
    r"|\(\s*[\w./ ]{0,25}\b(?:photo|ảnh)\s*\)"
    # "Ảnh: VGP/Nhật Bắc", "Ảnh: H.M.T" (initials: a dot inside the credit)
    r"|(?:^|[.)]\s*|\s[–—-]\s*)(?:ảnh|photo|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|đồ họa)\s*:\s*"
    r"(?:[^.!?]|\.(?=\w)){1,60}\.?"
    r"|[–—-]\s*(?:VNA|VNS|VOV|VGP|TTXVN)(?:/\w+)*\s+photo\b[^.!?]{0,40}"
    # "-- Photo Thongdy" (Vientiane Times): a credit after dashes, no colon.
    r"|\s(?:--|[–—])\s*(?:photo|ảnh)\s+[^\W\d_][^.!?]{0,40})\s*\|?\s*$",
    re.IGNORECASE,
)
# Captions that describe the photo: "Quang cảnh buổi tiếp.", "Các đại biểu chụp ảnh lưu niệm.",
# "Buổi làm việc giữa hai bên", "Bí thư Thành ủy ... phát biểu tại buổi tiếp".
_SCENE_CAPTION = re.compile(r"^(?:quang canh|toan canh)\b|chup anh|anh luu niem")
# Who stands where in the photo: "Đại sứ Lào Thongsavanh Phomvihane (phải) tiếp Chủ tịch ...",
# "(thứ hai từ trái)", "(left)".
_PHOTO_POSITION = re.compile(
    r"\((?:ben |dung |ngoi )?(?:phai|trai|giua)\)|\(thu (?:hai|ba|tu|nam|\d) tu (?:trai|phai)(?: sang)?\)|"
    r"\((?:left|right|centre|center|(?:second|third) (?:from )?(?:left|right))\)"
)
_SCENE_HEADING = re.compile(
    r"^buoi (?:lam viec|tiep|hoi dam|gap|hop|le)\b|^(?:cac )?dai bieu (?:du|tham du)\b|"
    r"\b(?:trao|tang) (?:qua|hoa|ky niem chuong|bang khen|huan chuong)\b|"
    r"\bphat bieu(?: (?:tai|khai mac|be mac|chi dao|ket luan)\b.*)?$|\bbat tay\b"
)
# A portrait caption is only an office and a name: "Bí thư Thành ủy Viêng Chăn Anouphap Tounalom".
_OFFICE_START = re.compile(
    r"^(?:tong bi thu|pho bi thu|bi thu|pho chu tich|chu tich|pho thu tuong|thu tuong|bo truong|thu truong|"
    r"dai su|dong chi|ong|ba|giam doc|pho giam doc|truong ban|pho truong ban|chanh van phong)\b"
)

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


class _Line:
    __slots__ = ("text", "glued", "words", "ends_sentence", "_folded")

    def __init__(self, text, glued):
        self.text = text
        self.glued = glued  # no blank line between this line and the one above
        self.words = len(text.split())
        self.ends_sentence = bool(_SENTENCE_END.search(text))
        self._folded = None

    @property
    def folded(self):
        # Folding is most of the cost of cleaning, and only short lines ever need it.
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    @property
    def headline_like(self):
        return not self.ends_sentence and self.words <= 30

    @property
    def body_like(self):
        return self.ends_sentence and self.words >= 10


def _read_lines(body):
    lines, glued = [], False
    for raw in nfc(body).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text = squeeze(raw)
        if not text:
            glued = False
            continue
        lines.append(_Line(text, glued))
        glued = True
    return lines


# Some pages break every line of a paragraph at a fixed width ("Tại\ncuộc gặp diễn ra ở thành phố
# Vientiane, hai bên đã thông báo cho nhau về tình\nhình công tác ..."): a line that does not end a
# sentence, followed directly (no blank line) by one that goes on in lower case, or by a date after a
# word that announces one ("diễn ra từ ngày\n21-26/6"), is one paragraph with it. A new paragraph, a
# menu item or a headline starts with a capital or stands after a blank line.
_ENDS_IN_A_WORD = re.compile(r"[^\W_],?$")
_ANNOUNCES_A_DATE = re.compile(r"(?:\b(?:ngày|tháng|năm|từ|đến)|\b(?:on|in|from))$", re.IGNORECASE)


def _rejoin_wrapped_lines(lines):
    joined = []
    for line in lines:
        if joined and line.glued and not joined[-1].ends_sentence and _continues(joined[-1].text, line.text):
            joined[-1] = _Line(f"{joined[-1].text} {line.text}", joined[-1].glued)
        else:
            joined.append(line)
    return joined


def _continues(above, text):
    if not _ENDS_IN_A_WORD.search(above):  # "![]() |" over "undefined": furniture, not prose
        return False
    if text[0].islower():  # only letters have a lower case
        return True
    return text[0].isdigit() and bool(_ANNOUNCES_A_DATE.search(above))


# --- The end of the article ------------------------------------------------------------------


def _is_end_marker(line):
    return line.words <= 40 and bool(_END_MARKER.search(line.folded))


def _cut_at_end_marker(lines):
    total = sum(len(line.text) for line in lines) or 1
    kept, position, index, story_begun = [], 0, 0, False
    while index < len(lines):
        line = lines[index]
        if _is_end_marker(line):
            if not story_begun:
                # A menu label above the story ("Tin mới", "Đọc nhiều"): an article cannot end
                # before its first paragraph, so only the label goes.
                index += 1
                continue
            resume = _end_of_related_box(lines, index)
            if resume is None or not (
                position < total / 2
                or _dated_related_box(lines, index)
                or _names_the_story(lines[resume], kept)
            ):
                break
            index = resume
            continue
        story_begun = story_begun or line.body_like
        kept.append(line)
        position += len(line.text)
        index += 1
    return kept


# A related headline with its date in brackets: "Hanoi, Vientiane to boost tourism links (Oct 15, 2024)".
_DATED_HEADLINE = re.compile(
    r"\((?:[^()]{0,12}\d{1,2}[/ ,.-]\s?[^()]{0,12}\d{4}|\d{1,2}/\d{1,2}/\d{4})\)\s*$"
)


# The most headlines a related box inside the article holds.
BOX_HEADLINES = 8


def _box_headlines(lines, start):
    """The headline lines under the heading at `start`, up to the next body line or heading: at most one
    more than a box holds, which says the run is longer than a box."""
    headlines = []
    for line in lines[start + 1 : start + 2 + BOX_HEADLINES]:
        if not line.headline_like or _is_end_marker(line):
            break
        headlines.append(line)
    return headlines


def _dated_related_box(lines, start):
    """ "Related news", then headlines each dated in brackets, then the story again: a box inside the
    article, however far down the page it sits (the bare heading and undated lines end the story)."""
    if not _BOX_MARKER.search(lines[start].folded):
        return False
    headlines = _box_headlines(lines, start)
    return bool(headlines) and all(_DATED_HEADLINE.search(line.text) for line in headlines)


# A name in running text: three capitalised words or more ("Lê Hồng Phong", "Nguyễn Văn Phong"), or two
# of which one is longer than any Vietnamese syllable ("Khamphet Vongsouthi"). The two capitals and the
# two countries, which every related headline names too, are no sign of the story.
_WORD_OR_MARK = re.compile(r"[^\W\d_]+|\S")
_NAMES_OF_EVERY_STORY = re.compile(r"\b(?:ha noi|hanoi|vieng chan|vientiane|viet nam|vietnam|laos|lao)\b")


def _story_names(text):
    names, run = set(), []
    for token in [*_WORD_OR_MARK.findall(text), "."]:
        if token[0].isupper():
            run.append(token)
            continue
        # The capitals' and countries' names go as whole names: "Hà" alone is a given name ("Nguyễn Thị Hà").
        words = _NAMES_OF_EVERY_STORY.sub(" ", fold(" ".join(run))).split()
        if len(words) >= 3 or (len(words) == 2 and max(map(len, words)) > 7):
            names.add(" ".join(words))
        run = []
    return names


def _names_the_story(line, kept):
    """The paragraph after a related box low on the page names someone or something the story above it
    named: the story goes on ("Thay mặt các học viên, đồng chí Khamphet Vongsouthi cảm ơn ..."), where a
    related item's summary names other people and places."""
    above = set().union(*(_story_names(other.text) for other in kept if other.body_like))
    return bool(_story_names(line.text) & above)


def _end_of_related_box(lines, start):
    # A heading in the first half of the page may be a box inside the article ("Tin liên quan" and a
    # few headlines, then the story goes on). It is a box only if the story visibly resumes: at most
    # eight headline lines, then a body paragraph followed by another one, the next heading or the end
    # of the text. Related lists at the end fail this: they repeat headlines, alternate headline and
    # summary, or run into the next heading.
    headlines = _box_headlines(lines, start)
    if len(headlines) > BOX_HEADLINES or len({line.folded for line in headlines}) < len(headlines):
        return None
    index = start + 1 + len(headlines)
    if not headlines and not _BOX_MARKER.search(lines[start].folded):
        return None
    if index >= len(lines) or not lines[index].body_like or _is_end_marker(lines[index]):
        return None
    after = lines[index + 1] if index + 1 < len(lines) else None
    # The paragraph may be followed by a photo's caption, credit and all ("... Ảnh: Minh Anh").
    if after is not None and not (
        after.body_like or _is_end_marker(after) or _PHOTO_CREDIT.search(after.text)
    ):
        return None
    return index


# --- Lines inside the article ----------------------------------------------------------------


def _is_image_slot(line):
    if line.words <= 3 and _SLOT.match(line.folded):
        return True
    if not (_IMAGE.search(line.text) or "|" in line.text):
        return False
    return bool(_ONLY_TABLE_RULES.match(_IMAGE.sub("", line.text)))


# "[Thủ đô Hà Nội và thủ đô Vientiane tăng cường hợp tác]": a link to a related article, in brackets
# (VietnamPlus, TTXVN pages).
_BRACKETED_LINK = re.compile(r"\[[^\[\]]{8,200}\]")


def _is_furniture(line):
    if _is_topic_bar(line) or _is_breadcrumb(line) or _page_notice(line) or _headlines_between_bars(line):
        return True
    if line.words > 30:
        return line.words <= 80 and _is_doubled(line.text)
    folded = line.folded
    return bool(
        _WIDGET.match(folded)
        or _FORM_FIELD.search(folded)
        or _LINK_LINE.search(folded)
        or _follow_bar(folded)
    ) or (_is_doubled(line.text) or bool(_BRACKETED_LINK.fullmatch(line.text.strip())))


# Upper-case abbreviations that open a paragraph as often as a label does: "UBND TP Hà Nội ...".
_ABBREVIATED_BODIES = frozenset(
    {"ubnd", "hdnd", "tp", "mttq", "lhpn", "chdcnd", "chxhcn", "ldld", "ttxvn", "vna"}
)


def _is_topic_bar(line):
    """A bar of trending topics: an upper-case label, then topics mostly in title case, and no sentence
    ("WORDS ON THE STREET 70th anniversary of Hanoi's Liberation Day Vietnam - Asia 2023 Smart City Summit
    Hanoi celebrates 15 years ...", "TIN NỔI BẬT ..."). A lead opening with its place in capitals ("HÀ NỘI -
    Chiều 8/5, ...") ends a sentence, and so is kept."""
    if line.ends_sentence:
        return False
    words = line.text.split()
    label = 0
    while label < len(words) and len(words[label]) >= 2 and words[label].isalpha() and words[label].isupper():
        label += 1
    # "UBND TP Hà Nội ..." opens with abbreviations, not a label.
    spelled = [word for word in words[:label] if fold(word) not in _ABBREVIATED_BODIES]
    topics = [word for word in words[label:] if word[:1].isalnum()]
    if len(spelled) < 2 or len(topics) < 10:
        return False
    capitalised = sum(1 for word in topics if word[:1].isupper() or word[:1].isdigit())
    return capitalised * 2 >= len(topics)


def _is_doubled(text):
    """A related headline printed twice, as link title and link text (thoidai.com.vn): "Trao 31 phần quà
    cho lưu học sinh Lào Trao 31 phần quà cho lưu học sinh Lào"."""
    half = len(text) // 2
    return len(text) >= 40 and text[:half].strip() == text[half:].strip()


def _is_breadcrumb(line):
    if line.ends_sentence or line.words > 40:
        return False
    if _BREADCRUMB_START.match(line.folded):
        return True  # the site's menu from its home link on, however many sections it lists
    if line.words > 20:
        return False
    parts = [part for part in _BREADCRUMB_SEPARATOR.split(line.text) if part]
    return len(parts) >= 3 and all(len(part.split()) <= 5 and not part[0].isdigit() for part in parts)


def _runs_on(text):
    """More than one sentence."""
    return len(split_sentences(text)) > 1


def _is_caption(line, *, after_image, attached):
    words = line.words
    if words > 80:
        return False
    if _PHOTO_CREDIT.search(line.text) or line.text.endswith(" |"):
        return True
    if words <= 40 and line.text.startswith("(") and line.text.endswith(")") and "(" not in line.text[1:]:
        return True  # "(Đ/c Phó Viện trưởng ... đón tiếp đoàn tại sân bay)": a caption in brackets
    one_sentence = not _runs_on(line.text)
    if one_sentence and words <= 40 and _PHOTO_POSITION.search(line.folded):
        return True
    if after_image and attached and one_sentence and words <= 40:
        # One sentence glued to an image slot or its alt text, on a page that otherwise separates
        # paragraphs with blank lines (laodongthudo.vn). Without that contrast the line after an image
        # may as well be a paragraph, and only the other signals count.
        return True
    if words > 25:
        return False
    if _SCENE_CAPTION.search(line.folded) and one_sentence:
        return True
    if line.ends_sentence:
        return False
    if _SCENE_HEADING.search(line.folded):
        return True
    return words <= 14 and _OFFICE_START.match(line.folded) is not None and _ends_with_name(line.text)


def _ends_with_name(text):
    tail = text.split()[-2:]
    return len(tail) == 2 and all(word[:1].isupper() for word in tail)


def _is_glued_headlines(line, *, attached):
    # Related headlines run together and glued under the lead ("... Thành ủy Hà Nội Cụ thể hóa các nội
    # dung ... Quán triệt ..."): long, yet with no sentence punctuation at all, and with no blank line
    # before it on a page that puts one between paragraphs. A real paragraph this long ends with a
    # full stop; a subheading is shorter.
    return attached and line.words >= 15 and not line.ends_sentence and not _runs_on(line.text)


def _related_headline_runs(lines):
    """Indexes of two or more headlines stacked under a paragraph with no blank line between them
    (thoidai.com.vn puts its related items there): each long for a subheading, none a sentence."""

    def headline(line):
        return line.glued and line.headline_like and line.words >= 6 and not _runs_on(line.text)

    found = set()
    for index in range(1, len(lines) - 1):
        if lines[index - 1].ends_sentence and headline(lines[index]) and headline(lines[index + 1]):
            end = index
            while end < len(lines) and headline(lines[end]):
                found.add(end)
                end += 1
    return found


# "Hà Nội trao tặng ... 30/03/2025 08:24": a related item with its date and time, on one line.
_TRAILING_DATE_AND_TIME = re.compile(r"^\s*\S.{0,80}\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+\d{1,2}:\d{2}\s*$")


def _ends_with_related_stamp(line):
    # "Headline (21:18 26/10/2017)": an item of an "other articles" list.
    return line.headline_like and bool(_TITLE_STAMP.search(line.text))


def _drop_inline_clutter(lines, title):
    folded_title = fold(title).rstrip(" .")
    title_words = len(title.split())
    damaged = {index for index, line in enumerate(lines) if looks_damaged(line.text)}
    # A garbled captcha line goes; a page garbled throughout stays, for looks_damaged to flag.
    drop_damaged = len(damaged) * 2 < len(lines)
    separated = sum(not line.glued for line in lines[1:]) * 3 >= max(len(lines) - 1, 1)
    kept, after_image = [], False
    related_run = _related_headline_runs(lines) if separated else set()
    for index, line in enumerate(lines):
        repeats_title = line.words == title_words and line.folded.rstrip(" .") == folded_title
        if _is_image_slot(line) or (folded_title and repeats_title):
            # A repeat of the title is an image's alt text, except as the first line, where it is a
            # second copy of the heading and what follows is the lead, not a caption.
            after_image = bool(kept)
            continue
        attached = separated and line.glued
        # Above the first paragraph the line after an image is likely the lead: no caption rule for it.
        caption = _is_caption(line, after_image=after_image and bool(kept), attached=attached)
        after_image = False
        if caption or _is_furniture(line) or _ends_with_related_stamp(line):
            continue
        if drop_damaged and index in damaged:
            continue
        dateline = _dateline_kind(line.text)
        if dateline == "related":
            # "Headline" then "Category dd/mm/yyyy hh:mm": both lines are one related item.
            if len(kept) > 1 and kept[-1].headline_like:
                kept.pop()
            continue
        if dateline == "page" and len(kept) >= 2:
            # A bare date at the very top is the page's own date (the extractor may need its year);
            # further down it belongs to a list of other articles.
            continue
        if dateline is None and _TRAILING_DATE_AND_TIME.match(line.text):
            continue
        if len(kept) in (1, 2) and (_is_glued_headlines(line, attached=attached) or index in related_run):
            continue
        kept.append(line)
    return kept


def _drop_repeated_lines(lines):
    # Captions often repeat a sentence of the body, whole or cut short (the caption of a photo of two
    # leaders is the paragraph's first clause). A caption-sized line whose text is inside a longer line,
    # or that repeats an earlier one, goes; the longer line, the body paragraph, stays.
    keys = [line.text.lower().rstrip(" .") for line in lines]
    kept = []
    for index, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if line.words >= 5 and key in keys[:index]:
            continue
        if 6 <= line.words <= 60 and any(len(other) > len(key) and key in other for other in keys):
            continue
        kept.append(line)
    return kept


def _drop_masthead(lines, title):
    """Everything above a second copy of the headline near the top is the site's masthead: "Mừng Đảng
    mừng Xuân 2026", "Logo", "Đăng ký mua gói ấn phẩm|Đăng nhập", a section name, the site's menu."""
    folded_title = fold(title).rstrip(" .")
    if not folded_title:
        return lines
    for index, line in enumerate(lines[:10]):
        if line.folded.rstrip(" .") == folded_title:
            above = lines[:index]
            if all(_masthead_like(item) for item in above):
                # The page's own date line stays: the extractor may need its year.
                return [item for item in above if _dateline_kind(item.text) == "page"] + lines[index:]
            break
    return lines


def _masthead_like(line):
    """A short line with no sentence, or a bar of parts between "|" ("Thời sự | Chính trị | Kinh tế | ...",
    "KINH TẾ & ĐÔ THỊ | Thứ Sáu, 08/11/2019 | Đường dây nóng: 0961 010 808")."""
    if line.ends_sentence or line.words > 40:
        return False
    return line.words <= 15 or line.text.count("|") >= 2


def clean_text(body, *, title=""):
    """Scraped article body -> its paragraphs, one per line, separated by a blank line (NFC)."""
    lines = _cut_at_end_marker(_rejoin_wrapped_lines(_read_lines(body)))
    lines = _drop_masthead(lines, nfc(title))
    lines = _drop_inline_clutter(lines, nfc(title))
    lines = _drop_repeated_lines(lines)
    lines = _drop_furniture_by_shape(lines)
    return restore_lost_spaces("\n\n".join(line.text for line in lines))


# --- Spaces lost with the page's line breaks -----------------------------------------------------
# Some pages break lines inside a paragraph, and the scrape joins them with no space: "while
# receivingVientiane Party Committee Secretary", "Hanoi Party CommitteeSecretary PhamQuang Nghi". Only a
# text with several such joins is mended: one alone is more likely a name written so ("VnExpress").
_WORD = re.compile(r"[^\W\d_]{4,}")
LOST_SPACES_NEEDED = 3


def _lost_space_at(word):
    """Where a lower-case run of at least two letters runs into a capitalised word, in `word`."""
    return [
        index
        for index in range(2, len(word) - 1)
        if word[index - 2 : index].islower() and word[index].isupper() and word[index + 1].islower()
    ]


def _mixed_case(word):
    return not (word.islower() or word.istitle() or word.isupper())


def restore_lost_spaces(text):
    joined = [
        (match, cuts)
        for match in _WORD.finditer(text)
        if _mixed_case(match.group()) and (cuts := _lost_space_at(match.group()))
    ]
    if len(joined) < LOST_SPACES_NEEDED:
        return text
    pieces, last = [], 0
    for match, cuts in joined:
        word = match.group()
        pieces.append(text[last : match.start()])
        pieces.append(
            " ".join(word[start:end] for start, end in zip([0, *cuts], [*cuts, len(word)], strict=True))
        )
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


# --- Furniture known by its shape --------------------------------------------------------------
# Outlets never seen before print their own menus, tool bars, prompts and comment counters; what they
# share is a shape: no sentence, few words, outside the story.

# A page's URL slug printed as a line: "can tang cuong quan he huu nghi giua hai hoi ...".
_SLUG = re.compile(r"^[a-z0-9]+(?:[ -][a-z0-9]+){3,}$")
# "Nguồn KTĐT: http://...", a bare link: where the page came from, not what it says.
_SOURCE_LINE = re.compile(r"^(?:nguon|theo|source)\b[^:]{0,40}:\s*\S*https?://|^https?://\S+$|^www\.\S+$")


def _drop_furniture_by_shape(lines):
    vietnamese = sum(
        1 for line in lines if line.text != line.text.encode("ascii", "ignore").decode()
    ) * 2 > len(lines)
    kept = [line for line in lines if not _is_shapeless(line, vietnamese)]
    story = [index for index, line in enumerate(kept) if line.body_like]
    if not story:
        return kept
    # Above the first paragraph: menus and tool bars ("Công cụ làm việc cá nhân", "Tìm kiếm", "Chờ...").
    first = next((i for i in range(story[0]) if not _menu_like(kept[i])), story[0])
    # After the story's last sentence: prompts, counters and bylines ("Mời quý độc giả theo dõi ... trên",
    # "(0) Bình luận", "Phản hồi", "Bài viết cùng chuyên mục").
    last = max(
        (i for i, line in enumerate(kept) if _ends_with_a_stop(line.text) or line.words > 12),
        default=len(kept) - 1,
    )
    return kept[first : max(last, story[-1]) + 1]


def _menu_like(line):
    """A few words, no sentence, and not the page's date line (the extractor reads it)."""
    return line.words <= 6 and not line.ends_sentence and _dateline_kind(line.text) != "page"


def _is_shapeless(line, vietnamese):
    """A line with no letter or digit ("...", "* * *"), a URL slug in a Vietnamese article, a source line."""
    if not any(char.isalnum() for char in line.text):
        return True
    if vietnamese and _SLUG.match(line.text) and line.text.isascii():
        return True
    return bool(_SOURCE_LINE.match(line.folded))


def _ends_with_a_stop(text):
    return bool(re.search(r"[.!?…][\"'”’»)\]]*$", text))


# --- The hand-off to extraction ---------------------------------------------------------------


class PublishedFrom:
    """Where an article's page date was read."""

    RECORD = "record"  # a JSONL record's "published"
    METADATA = "metadata"  # an HTML page's meta tags, JSON-LD or <time>
    TITLE = "title"  # a timestamp closing the title line: "(21:18 26/10/2017)"
    DATELINE = "dateline"  # a line of the page that is only a date, near the headline
    URL = "url"  # the date in the page's address or its source line ("/2014/03/", "-26082021-")
    NONE = ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class CleanArticle:
    """An article as extraction receives it, and trusts it: its title without a timestamp, the page's
    date and where that was read, its language, and its paragraphs and their sentences, ending where
    the article ends. `text` is the clean text, line for line, as it is stored."""

    title: str
    published: datetime.date | None
    published_from: str
    language: str  # "vi" or "en"
    text: str
    paragraphs: tuple[Paragraph, ...]
    published_precision: str = "day"  # "month" when only the page's month is known

    @property
    def sentences(self):
        return [sentence for paragraph in self.paragraphs for sentence in paragraph.sentences]


def read_clean_article(
    text, *, title="", published=None, published_from=PublishedFrom.NONE, published_precision="day", urls=()
):
    """Clean text (from clean_text() or as stored) -> CleanArticle. Without a page date, a dateline
    among the first lines gives it ("Sep 20, 2024 / 04:35 PM", "Thứ Năm, 18:20, 11/04/2024"), else the
    date in one of `urls` (the page's address, its source line: "/2014/03/", "-26082021-")."""
    title, stamp = strip_title_stamp(nfc(title))
    if isinstance(published, datetime.datetime):
        published = published.date()
    if published is None and stamp is not None:
        published, published_from, published_precision = stamp.date(), PublishedFrom.TITLE, "day"
    lines = [squeeze(line).rstrip(" |").strip() for line in nfc(text).splitlines()]
    if published is None and (dateline := _page_dateline(lines)) is not None:
        published, published_from, published_precision = dateline.date(), PublishedFrom.DATELINE, "day"
    if published is None and (in_url := next(filter(None, map(date_in_url, urls)), None)):
        (published, published_precision), published_from = in_url, PublishedFrom.URL
    text = "\n".join(lines)
    paragraphs = tuple(Paragraph(line, tuple(split_sentences(line))) for line in lines if line)
    return CleanArticle(
        title=title,
        published=published,
        published_from=published_from if published else PublishedFrom.NONE,
        language=detect_language(title + "\n" + text),
        text=text,
        paragraphs=paragraphs,
        published_precision=published_precision if published else "day",
    )


# Dates CMSs put in addresses: "/2014/03/", "/2021/08/26/", "-26082021-" (day, month, year), "/20210826/".
_URL_DATES = (
    (re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?"), "ymd"),
    (re.compile(r"[-_/]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-_/.]"), "ymd"),
    (re.compile(r"[-_/](0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)[-_/.]"), "dmy"),
    # An 18-digit article id (a 3-digit section, then yymmddhhmmss and 3 more digits), as the CMS behind
    # baochinhphu.vn, thanglong.chinhphu.vn and many other Vietnamese sites numbers its pages:
    # "-103220810111039779.htm" was published on 10 August 2022 at 11:10:39.
    (
        re.compile(
            r"-\d{3}(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{3}"
            r"\.(?:htm|html|chn)\b"
        ),
        "ymd",
    ),
)
# "Nguồn KTĐT: http://www.ktdt.vn/chinh-tri/tin-tuc/2014/03/...": the page the text was taken from.
_SOURCE_URL = re.compile(r"(?im)^\s*(?:nguồn|theo|source)\b[^:\n]{0,40}:\s*(https?://\S+)")


def date_in_url(url):
    """(date, "day" | "month") printed in a page's address, or None."""
    for pattern, order in _URL_DATES:
        if match := pattern.search(url or ""):
            parts = match.groups() if order == "ymd" else match.groups()[::-1]
            year, month, day = parts
            year = int(year) + 2000 if len(year) == 2 else int(year)
            moment = _make_datetime(year, int(month), int(day or 1), 0, 0)
            if moment is not None:
                return moment.date(), "day" if day else "month"
    return None


def source_urls(text):
    """The addresses of "Nguồn ...: URL" lines: the pages an article was copied from."""
    return _SOURCE_URL.findall(text or "")


def strip_title_stamp(title):
    """(title without a closing timestamp, the timestamp's moment or None)."""
    title = squeeze(title)
    if match := _TITLE_STAMP.search(title):
        stamp = parse_page_datetime(match.group(1) or match.group(2))
        if stamp is not None:
            return title[: match.start()].strip(), stamp
    return title, None


def _page_dateline(lines):
    """A page date among the first lines: a bare date, or one after its label and a comma ("Thứ Năm,
    18:20, 11/04/2024") or after a label of publication ("Cập nhật lúc 10:20, 29/06/2009"). A weekday
    without a comma at the very top is the site header's clock, printed when the page was saved ("Thứ hai
    29/04/2024 16:46" above a report from 2022)."""
    for line in [line for line in lines if line][:3]:
        match = _DATELINE.match(line) if len(line) <= 90 else None
        if match is None or _dateline_kind(line) != "page":
            continue
        label = match.group("label").strip(" ,|:-")
        published_label = _PUBLISHED_LABEL.match(fold(label))
        labelled_without_comma = label and not match.group("comma") and not published_label
        if not labelled_without_comma and (moment := parse_page_datetime(line)):
            return moment
    return None


_LETTER = re.compile(r"[^\W\d_]")
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def detect_language(text):
    """'vi' when letters only Vietnamese writes make up more than 2% of the letters, else 'en'. The
    text decides, not a page's lang attribute: English pages quote Vietnamese names, and the reverse."""
    sample = text[:3000]
    letters = len(_LETTER.findall(sample)) or 1
    return "vi" if len(_VIETNAMESE_LETTERS.findall(sample)) / letters > 0.02 else "en"


# Abbreviations whose stop ends no sentence: "TP. Hà Nội", "Mr. Phankham", "Sept. 20", "Th.S".
_ABBREVIATIONS = frozenset(
    "tp mr ms mrs dr st jan feb mar apr aug sep sept oct nov dec no u.s h.e th.s ts pgs gs prof assoc "
    "assoc.prof".split()
)
# A sentence ends at a stop and a space before a capital or a digit, or at a stop glued to the next
# sentence's capital after a lower-case word ("in mid-March.The Department ..." as some pages run
# paragraphs together). Whether the next letter is a capital is asked of Python (_opens_sentence): a
# range such as À-Ỹ holds the lower-case letters too, and "Chủ tịch Hội CCB Hà Nội… đã tiếp" (an
# ellipsis closing a list of hosts) is one sentence.
_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=\S)|(?<=[a-zà-ỹđ]{2}[.!?])(?=[A-ZĐ][a-zà-ỹđ])")


def _opens_sentence(text):
    first = text.lstrip('"“(')[:1]
    return first.isupper() or first.isdigit()


def split_sentences(line):
    parts, start = [], 0
    for match in _SENTENCE_BOUNDARY.finditer(line):
        if not _opens_sentence(line[match.end() :]):
            continue
        word = re.search(r"([\w.]+)\W*$", line[start : match.start()])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        parts.append(line[start : match.start()].strip())
        start = match.end()
    parts.append(line[start:].strip())
    return [part for part in parts if part]


# --- HTML ------------------------------------------------------------------------------------


@dataclass
class HtmlArticle:
    title: str
    text: str
    published: datetime.datetime | None = None
    url: str | None = None
    language: str | None = None


# Containers of related lists, share bars and comments, by class or id: "box-tin-lien-quan",
# "related-news", "sidebar", "comment-list", "social-share", "tags".
_FURNITURE_CLASS = re.compile(
    r"related|relate|lienquan|tinkhac|othernews|morenews|cungchuyenmuc|sidebar|comment|binhluan|"
    r"breadcrumb|socialshare|sharing|sharebox|sharebar|docnhieu|xemnhieu|mostread|mostview|recommend|"
    r"newsletter|advert|quangcao|(?:^|\s)(?:nav|menu|tags?|keywords?|share|social|ads|banner|footer)(?:\s|$)"
)
_FURNITURE_TAGS = ("nav", "aside", "footer", "form")
_META_PUBLISHED = [
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.created",
    "date",
    "dc.date",
]
_SITE_WORDS = re.compile(
    r"\bbao\b|tap chi|cong thong tin|\.vn\b|\.com\b|online|news|times|vnexpress|tuoi tre|thanh nien|"
    r"ha noi moi|nhan dan|vov|vtv|vietnamplus|dan tri|kinh te (?:&|va) do thi|portal|dien tu"
)
_TITLE_SEPARATOR = re.compile(r"\s+(\||-|–|—|::)\s+")


def _classes(tag):
    values = tag.get("class") or []
    if isinstance(values, str):
        values = [values]
    return " ".join([*values, tag.get("id") or ""]).lower()


def _collapsed_classes(tag):
    # "box-tin-lien-quan" and "box_tinlienquan" read alike once "-" and "_" are gone.
    return _classes(tag).replace("-", "").replace("_", "")


def _is_furniture_container(tag):
    classes = _collapsed_classes(tag)
    return bool(classes.strip()) and bool(_FURNITURE_CLASS.search(classes))


# The site's header, where Vietnamese portals print today's date: <header>, <div class="header">,
# "site-header", "top-bar". An article's own "detail-header" is not one of them.
_SITE_HEADER_CLASS = re.compile(
    r"(?:^|\s)(?:header|siteheader|pageheader|mainheader|headertop|topbar|topheader)(?:\s|$)"
)


def _inside_furniture(tag):
    for parent in tag.parents:
        if parent.name in ("aside", "nav", "footer") or (
            parent.name and parent.name != "[document]" and _is_furniture_container(parent)
        ):
            return True
        site_header = parent.name == "header" or _SITE_HEADER_CLASS.search(_collapsed_classes(parent))
        if site_header and parent.find_parent("article") is None:
            return True
    return False


def html_to_article(html, *, url=None):
    # Import on first use: most articles arrive as text, and trafilatura takes ~0.15 s to import.
    import trafilatura

    # Bytes go to BeautifulSoup as they are: it reads the page's <meta charset>.
    soup = BeautifulSoup(html, "lxml")
    meta = _meta_values(soup)
    title = _page_title(soup, meta)
    published = _page_published(soup, meta)
    page_url = _page_url(soup, meta, url)
    language = _page_language(soup, meta)

    lead = _page_lead(soup)
    _strip_furniture(soup)
    extracted = trafilatura.extract(
        str(soup),
        url=page_url,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    extracted = extracted or _fallback_text(soup)
    if lead and squeeze(lead)[:80] not in squeeze(extracted):
        extracted = f"{lead}\n\n{extracted}"
    text = clean_text(extracted, title=title)
    return HtmlArticle(title=title, text=text, published=published, url=page_url, language=language)


def _strip_furniture(soup):
    # Done before trafilatura: it keeps figure captions and the "Tin liên quan" boxes that Vietnamese
    # sites nest inside the article body.
    for tag in soup.find_all(["script", "style", "noscript", "iframe", "figcaption", "h1"]):
        tag.decompose()  # h1 is the title, already read; trafilatura would repeat it as a paragraph
    page_text = _paragraph_text_length(soup)
    for tag in soup.find_all(lambda tag: tag.name in _FURNITURE_TAGS or _is_furniture_container(tag)):
        if tag.decomposed or tag.name in ("html", "body"):
            continue
        # ASP.NET portals wrap the whole page in a <form>, and a wrapper's class may say "has-sidebar":
        # a container holding half the page's paragraphs is the page, not furniture.
        if tag.find("article") or _paragraph_text_length(tag) * 2 > page_text:
            continue
        tag.decompose()


# The lead ("sapo") of Vietnamese news pages sits outside the body's <p>s, and trafilatura with
# favor_precision drops it; it usually carries the event's date and main people.
_LEAD_CLASS = re.compile(r"sapo|chapeau|\blead\b|article__lead|summary|teaser|intro|description", re.I)


def _page_lead(soup):
    for tag in soup.find_all(["p", "div", "h2", "strong"], class_=_LEAD_CLASS, limit=5):
        text = squeeze(tag.get_text(" ", strip=True))
        if 40 <= len(text) <= 1200:
            return text
    return ""


def _paragraph_text_length(root):
    return sum(len(paragraph.get_text()) for paragraph in root.find_all("p"))


def _fallback_text(soup):
    root = soup.find("article") or soup.body or soup
    for tag in root.find_all(["header"]):
        tag.decompose()
    blocks = root.find_all(["p", "h2", "h3", "h4", "li", "blockquote"])
    if blocks:
        return "\n\n".join(block.get_text(" ", strip=True) for block in blocks)
    return root.get_text("\n")


def _meta_values(soup):
    values = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        content = (tag.get("content") or "").strip()
        if key and content:
            values.setdefault(key, content)
    return values


def _page_title(soup, meta):
    # og:title, then the article's h1, then <title>: <title> nearly always carries the site name.
    h1 = soup.find("h1")
    candidates = [meta.get("og:title"), h1.get_text(" ", strip=True) if h1 else None]
    if soup.title and soup.title.string:
        candidates.append(soup.title.string)
    for candidate in candidates:
        if candidate and squeeze(candidate):
            return _strip_site_name(squeeze(nfc(candidate)))
    return ""


def _strip_site_name(title):
    # "Hà Nội - Viêng Chăn ... | Báo Hà Nội Mới", "... - VnExpress": the tail after the last separator
    # goes when it is short and names a site (a "|" tail always names one).
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) >= 3:
        separator, tail = parts[-2], parts[-1]
        if len(tail.split()) <= 8 and (separator == "|" or _SITE_WORDS.search(fold(tail))):
            return "".join(parts[:-2]).strip()
    return title


def _page_published(soup, meta):
    # Only the page's own metadata, never dates printed in the related-news boxes.
    for key in _META_PUBLISHED:
        if key in meta and (moment := parse_page_datetime(meta[key])):
            return moment
    if moment := _json_ld_published(soup):
        return moment
    for tag in soup.find_all("time"):
        value = tag.get("datetime") or tag.get_text(" ", strip=True)
        if tag.has_attr("pubdate") or (tag.get("itemprop") or "").lower() == "datepublished":
            if moment := parse_page_datetime(value):
                return moment
    article = soup.find("article")
    for tag in (article or soup).find_all("time"):
        if not _inside_furniture(tag) and (moment := parse_page_datetime(tag.get("datetime") or "")):
            return moment
    return _date_beside_heading(soup)


def _json_ld_published(soup):
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        # The page's own object or its @graph, not nested item lists (which describe other articles).
        objects = data if isinstance(data, list) else [data]
        objects = [item for obj in objects if isinstance(obj, dict) for item in [obj, *obj.get("@graph", [])]]
        for obj in objects:
            if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
                if moment := parse_page_datetime(obj["datePublished"]):
                    return moment
    return None


_DATE_CLASS = re.compile(r"date|time|publish|ngay")


def _date_beside_heading(soup):
    # Many Vietnamese sites print the date only as text next to the h1 ("Thứ Năm, 08/08/2024 15:00").
    # Looking beside the h1 keeps the header's "today" clock and the related lists out.
    h1 = soup.find("h1")
    if h1 is None:
        return None
    ancestors = [parent for parent in h1.parents if parent.name not in ("body", "html", "[document]")]
    for ancestor in ancestors[:3]:
        for tag in ancestor.find_all(class_=_DATE_CLASS):
            if not _inside_furniture(tag) and _DMY.search(tag.get_text(" ")):
                return parse_page_datetime(tag.get_text(" "))
    return None


def _page_url(soup, meta, url):
    link = soup.find("link", rel="canonical")
    candidate = link.get("href") if link else None
    candidate = candidate or meta.get("og:url")
    if candidate and candidate.strip():
        return urljoin(url or "", candidate.strip())
    return url


def _page_language(soup, meta):
    html = soup.find("html")
    value = (html.get("lang") if html else None) or meta.get("og:locale") or ""
    value = value.strip().replace("_", "-").split("-")[0].lower()
    return value or None
