"""The word lists the extractor reads. Add a cue, a title, a unit or a place here, in one place.

Patterns are regular-expression fragments matched case-insensitively on NFC text unless a
comment says otherwise. Vietnamese terms stay Vietnamese: "hội đàm" is talks, "tiếp" is a
reception, never a loose translation.
"""

from events.text import fold as _fold

# --- Places, spelled once -------------------------------------------------------------------
# How the press writes the two capitals and the two countries. Patterns below and in the stages are
# built from these lists (case-insensitive unless said otherwise).
HANOI_NAMES = ("Hà Nội", "Hanoi", "Ha Noi")
VIENTIANE_NAMES = ("Viêng Chăn", "Vientiane")
VIETNAM_NAMES = ("Việt Nam", "Vietnam", "Viet Nam")
LAOS_NAMES = ("Lào", "Laos")
HANOI = "|".join(HANOI_NAMES)
VIENTIANE = "|".join(VIENTIANE_NAMES)
VIETNAM = "|".join(VIETNAM_NAMES)
LAOS = "|".join(LAOS_NAMES)

# What the two capitals hold together: festivals, culture weeks, exhibitions, fairs and sports
# ("Giải bóng đá thiếu niên hữu nghị giữa Hà Nội và Thủ đô Viêng Chăn đã diễn ra tại Hà Nội").
JOINT_EVENTS = (
    r"lễ hội|tuần văn hóa|tuần văn hoá|(?:những )?ngày văn hóa|(?:những )?ngày văn hoá|triển lãm|hội chợ|"
    r"ngày hội|liên hoan|"
    r"giải (?:bóng đá|thể thao|giao hữu)|trận (?:bóng đá |bóng chuyền |thể thao )?giao hữu|"
    # An evening of the two sides' artists or youth: "Đêm giao lưu nghệ thuật hữu nghị", "đêm lửa trại".
    r"đêm (?:giao lưu|văn nghệ|nghệ thuật|biểu diễn|lửa trại|gala)|chương trình (?:nghệ thuật|văn nghệ)"
)

# The opening or closing of a course for Lao cadres: it goes the course's way (to Hanoi unless the sentence
# places it in Laos), whatever capitals the course's name mentions ("lễ bế giảng Lớp bồi dưỡng ... cho cán
# bộ Thủ đô Viêng Chăn (Lào)").
COURSE_CEREMONY = (
    r"khai giảng|bế giảng|lễ tốt nghiệp|trao bằng|trao chứng chỉ|"
    r"\b(?:opening|closing|graduation) ceremony\b(?=[^.;]{0,60}\b(?:course|class|training)\b)"
)

# Words before a meeting's cue that make it the time of something else: "Ngay sau hội đàm, hai bên tổ chức
# Hội nghị sơ kết ...", "After the talks, the two sides attended a gala". The cue then names that other
# thing's time, not a meeting of the sentence, unless the sentence names no other.
TIME_ANCHOR = (
    r"(?:\b(?:ngay )?(?:sau|trước)(?: khi)?(?: (?:buổi|cuộc|lễ))?"
    r"|\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head of)(?: the| their| its| his| her)?)\s*$"
)

# Event cues: (pattern, model, category). The first pattern that matches in a sentence wins for
# that model, so list the more specific phrase first ("hội đàm trực tuyến" before "hội đàm").
MEETING_CUES = (
    (
        r"hội đàm trực tuyến|hội nghị trực tuyến|gặp (?:gỡ )?trực tuyến|làm việc trực tuyến|trực tuyến với|"
        # Talks by telephone are held at a distance too: "đã có cuộc điện đàm với Đô trưởng Viêng Chăn".
        r"hình thức trực tuyến|điện đàm",
        "online_talks",
    ),
    (
        r"online (?:talks?|meeting|conference)|virtual (?:talks|meeting)|video ?conference|"
        r"held (?:online|virtual) talks|(?:tele)?phone (?:talks|conversation|call)",
        "online_talks",
    ),
    # A leader who calls on trainees or students where they are: "đã đến thăm, động viên các học viên
    # Thủ đô Viêng Chăn tại Bệnh viện Nhi Hà Nội", not a delegation's visit.
    (r"(?:đến|tới) thăm(?:,| và) (?:động viên|hỏi thăm)", "other"),
    (
        r"chào xã giao|tiếp xã giao|(?:đến|tới|thăm,?) chào(?! đón| mừng)|chúc Tết|"
        r"(?:đến|tới|thăm)(?:,| và)? chúc mừng",
        "courtesy_call",
    ),
    (
        r"courtesy (?:call|visit)|paid a call on|"
        r"extend(?:ed|s|ing)? (?:[\w-]+ ){0,3}(?:greetings|wishes)\b|"
        r"visited and extended",
        "courtesy_call",
    ),
    # "hội kiến": the guest calls on the host's leader, as in a courtesy call; so do meetings with a
    # country's leaders in English ("The agenda of the visit includes meetings with the General Secretary").
    (
        r"hội kiến|\bmeetings? with (?:the )?(?:General Secretary|President|Prime Minister|State President|"
        r"Chairman of the National Assembly|National Assembly Chairman)\b",
        "courtesy_call",
    ),
    (
        r"hội đàm|cuộc gặp cấp cao|held talks|holds talks|hold talks|talks with|talks (?:were )?held|"
        r"talks between|(?:during|at|in|after|following) (?:the |their |its |his |her )?talks\b|"
        # "Senior officials of Vientiane Capital held discussions with their Hanoi counterparts"
        r"\bheld (?:[\w-]+ )?discussions with\b|"
        # Leaders of the same rank meet for talks: "during a meeting with his Vientiane counterpart".
        r"\b(?:meeting|met|meets) with (?:his|her|their) (?:[\w’']+ ){0,2}counterparts?\b",
        "talks",
    ),
    # A gathering some body hosted is a gathering, not a reception: "The conference was hosted by the Hanoi
    # Department of Industry and Trade and its Vientiane counterpart".
    (
        r"\b(?:conference|forum|seminar|workshop|exhibition|festival|fair|event)\b[^.;]{0,40}?"
        r"\b(?:was|were|is|are) (?:co-)?(?:hosted|organi[sz]ed|held) by\b",
        "other",
    ),
    (
        r"tiếp và làm việc|tiếp đón|(?<!sự )đón tiếp|chào đón|chủ trì (?:lễ |buổi )?(?:tiếp|đón)|"
        # "đã tiếp nhận 1,3 triệu USD" received money; "đã tiếp tục" went on.
        r"đã tiếp(?! (?:nhận|tục|cận|thu|xúc|sức|nhiều|hàng))|"
        r"buổi tiếp|"
        # Told from the guest: "Đoàn đại biểu Thủ đô Viêng Chăn ... đã được Phó Chủ tịch UBND TP Hà Nội tiếp".
        r"\bđược (?:[^,.;]{1,80}? )?(?:tiếp|đón tiếp|tiếp đón)(?=[\s.,;]|$)"
        r"(?! (?:tục|cận|nhận|thu|xúc|theo))|"
        # "Hội LHPN Hà Nội đã đón đoàn đại biểu Hội LHPN Thủ đô Viêng Chăn"; at the airport it is a welcome
        # of its own, not a reception.
        r"\bđã đón (?:đoàn|Đoàn)\b(?![^.;]{0,60}sân bay)|"
        r"tiếp (?:thân mật |xã giao )?(?:đoàn|Đại sứ|ngài|đồng chí|ông|bà|Bộ trưởng|Thứ trưởng|Chủ tịch|Phó|"
        r"Bí thư|Tổng|Thủ tướng|Trưởng|Đô trưởng|Tỉnh trưởng|lãnh đạo)|(?-i:\b[Đđ]ã tiếp [A-ZĐ])",
        "reception",
    ),
    (
        # "received medical equipment worth 4.2 billion kip from Hanoi" is a gift, not a reception.
        # "has received many delegations from Vientiane" sums up years, and receives no one.
        r"\b(?:received?s?|receiving)\b(?!\s+(?:many|numerous|several|dozens|hundreds|a number)\b)"
        # "received a new two-storey classroom building ... from the Hanoi People's Committee": a work
        # handed over.
        r"(?!\s+(?:[\w-]+\s+){0,4}(?:equipment|supplies|aid|gifts?|donations?|funds?|funding|support|"
        r"assistance|ventilators?|masks?|vaccines?|materials|computers|laptops|buildings?|classrooms?|"
        r"schools?|houses?|headquarters|clinics?|vehicles?|cars|\d|US\$|USD|VND|kip))|"
        # "Hanoi welcomed about 45,000 Lao visitors": arrivals counted; "welcomed the move": approval.
        r"\bhosted\b|\bwelcomed\b(?! (?:about |around |over |nearly |more than |some )?\d)"
        r"(?! (?:the|this|that) (?:move|decision|news|initiative|proposal|idea|plan|launch|resumption)\b)|"
        r"\breception for\b|"
        r"\bmet with\b|\bmeets with\b|"
        # "Hanoi's leaders on May 8 met a delegation of Vientiane led by ..."
        r"\bmet (?:with )?(?:a|the) (?:[\w'-]+ ){0,3}delegation\b|"
        # "during a reception in Hanoi on Monday for Vientiane Mayor ...", "Meeting with the Lao Mayor, ..."
        r"\b(?:at|during) (?:a|the) reception\b|\breception (?:in|at) [^.;]{1,40}? for\b|"
        r"(?-i:\bMeeting with\b)|(?-i:\b(?:Receiving|Welcoming|Hosting) (?:the|a|an|his|her)\b)",
        "reception",
    ),
    (
        r"tọa đàm|toạ đàm|khai mạc (?:chương trình|tuần|hội chợ|triển lãm|lễ hội|ngày)|hội thảo|"
        r"(?:chương trình|hội chợ|tuần lễ|tuần văn hóa|tuần văn hoá|tuần|lễ hội|triển lãm|ngày hội)"
        r"[^.;]{0,120}"
        r"khai mạc|"
        # The opening or closing of a course is a ceremony of its own, beside the course.
        r"(?:tổ chức |lễ )(?:khai giảng|bế giảng)|lễ tốt nghiệp|lễ trao bằng|"
        # "tổ chức lễ phát động cuộc thi tìm hiểu về Hà Nội", "lễ ra mắt", "lễ khai trương"
        r"lễ (?:phát động|ra mắt|khai trương)",
        "other",
    ),
    (
        r"\bseminar\b|\bsymposium\b|\bworkshop\b|\bopening ceremony\b|\bforum\b|"
        r"\b(?:closing|graduation) ceremony\b|"
        # "The Hanoi Goods Week in Vientiane 2024 opened this morning at ...", as "... khai mạc".
        r"\b(?:fair|festival|exhibition|expo|goods week|trade week|cult\w+ week|cult\w+ days)\b[^.;]{0,80}?"
        r"\b(?:opened|was opened|kicked off)\b|"
        # The opening of a course, as "khai giảng": "A training course for vocational teachers from
        # Vientiane ... was launched by the Hanoi Department of Education on March 17".
        r"\b(?:training )?(?:course|class)\b[^.;]{0,100}?\b(?:was|were) (?:launched|opened)\b",
        "other",
    ),
    # Festivals, exhibitions, culture weeks and trade or tourism promotions held together: "Ngày 19/5,
    # tại Hà Nội, diễn ra Lễ hội ...", "Triển lãm ảnh ... được tổ chức", "a photo exhibition opened".
    (
        # "hai Thủ đô đã có trận giao hữu", "Đoàn đã tham dự đêm lửa trại hữu nghị"
        r"(?:diễn ra|tổ chức|khai mạc|bế mạc|đã có|tham dự)\s+(?:[^.;]{0,30}?\s)?"
        rf"(?:{JOINT_EVENTS}|(?:hội nghị|chương trình) xúc tiến|roadshow)|"
        rf"(?:{JOINT_EVENTS})[^.;]{{0,120}}?"
        # "Hội chợ ... do Hội LHPN hai bên phối hợp tổ chức từ ngày 6 đến 9/3"
        r"(?:diễn ra|được tổ chức|(?:phối hợp|cùng|đồng) tổ chức|khai mạc|bế mạc)",
        "other",
    ),
    # Friendship exchanges and ceremonies of the communities: "tổ chức chương trình giao lưu hữu nghị",
    # "tổ chức cuộc gặp hữu nghị", "tổ chức lễ đón nhận gia đình đỡ đầu cho lưu học sinh Lào". A ceremony
    # of a signing, a gift or a building is that agreement's, gift's or project's own event.
    (
        # The programme's name may stand in quotes: "tổ chức chương trình “Giao lưu thanh niên hai Thủ đô”".
        r"tổ chức (?:(?:chương trình|buổi|cuộc) )?[\"“‘']?(?:giao lưu|gặp mặt|gặp gỡ|gặp hữu nghị)|"
        r"tổ chức (?:cuộc gặp|buổi gặp)(?! (?:với|giữa))|"
        r"tổ chức lễ (?!(?:ký|kí|trao|bàn giao|tiếp nhận|khởi công|khánh thành|động thổ|gắn biển|khai giảng|"
        r"bế giảng|tốt nghiệp|(?:khai|bế) mạc (?:khóa|khoá|lớp))\b)",
        "other",
    ),
    (
        r"\b(?:exhibition|culture week|cultural week|festival|trade fair|tournament|friendly match|"
        r"(?:culture|cultural)(?: and tourism)? days|"
        r"(?:trade|tourism|investment) promotion)\b"
        r"[^.;]{0,100}?\b(?:opened|(?:is|are|was|were) (?:jointly )?held|took place|kicked off|"
        r"was organi[sz]ed|closed)\b|"
        r"\b(?:the|this) (?:event|exhibition|festival|fair) (?:has taken|took|takes|is taking) place\b|"
        # The evenings and games of a visit: "played a friendly volleyball match against ...", "attended a
        # gala of the two capitals' artists".
        r"\b(?:played|held|staged|had) (?:a|an|the) friendly (?:[\w-]+ ){0,2}(?:match|game|tournament)\b|"
        r"\b(?:attended|held|staged|organi[sz]ed|hosted) (?:a|an|the) (?:[\w'-]+ ){0,3}"
        r"(?:gala|art performance|cultural performance|campfire|concert)\b|"
        r"\b(?:opened|held|organi[sz]ed|hosted|launched)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}"
        r"(?:exhibition|culture week|cultural week|festival|trade fair|road ?show|"
        r"promotion (?:conference|programme|program|event|week))\b|"
        # "sought cooperation opportunities at an investment, trade and tourism conference on August 10",
        # "Within the framework of the conference, there was an exhibition displaying photos".
        r"\bat (?:a|an|the) (?:[\w,'-]+ ){0,5}(?:conference|exhibition|festival|fair)\b(?= (?:on|in|held)\b)|"
        r"\bthere (?:was|were) (?:a|an) (?:[\w'-]+ ){0,2}(?:exhibition|display|fair)\b|"
        # A city's booth at the other's fair: "the 'Hanoi - Vietnam' booth, featuring 16 enterprises from
        # Hanoi, was set up at the That Luang Festival and Vientiane Trade Exhibition 2023".
        r"\b(?:booths?|pavilions?|stalls?)\b[^.;]{0,120}?\b(?:was|were) (?:set up|opened|put up)\b"
        r"[^.;]{0,10}?\bat (?:the|a|an) [^.;]{0,80}?\b(?:exhibition|festival|fair|expo)\b",
        "other",
    ),
    # A working session is talks between the two sides: "Đoàn đã làm việc với Sở Y tế", "tại cuộc thăm và
    # làm việc với đồng chí ...", "Thanh had a working session with Vientiane's Mayor ...".
    (
        # "đã có cuộc gặp và làm việc với đoàn đại biểu Tòa án ..."
        r"(?:đã|có buổi|có cuộc|đến) (?:gặp(?: gỡ)?(?:,| và) )?làm việc (?:với|tại)|"
        r"cuộc (?:thăm và )?làm việc với|"
        # "tại buổi làm việc giữa ông Trần Thế Cương ... và ông Somphone Sonedala"
        r"(?:buổi|cuộc) (?:làm việc|gặp|gặp gỡ) giữa|"
        # A working session a body holds or chairs: "Sở Công Thương Hà Nội và Sở Công Thương Thủ đô Viêng Chăn
        # đã tổ chức buổi làm việc", "Giám đốc Sở Y tế Hà Nội đã chủ trì buổi làm việc với Đoàn".
        r"(?:tổ chức|chủ trì) (?:buổi|cuộc) làm việc\b",
        "talks",
    ),
    (
        r"\b(?:had|held) a working (?:session|meeting)\b|\bworking session (?:with|between)\b|"
        # "The following day, the Lao delegation worked with the Fatherland Front Committee of ... District"
        r"\b[Tt]he (?:[\w-]+ ){0,3}delegation (?:also )?worked with\b",
        "talks",
    ),
    # "tổ chức Hội nghị đánh giá kết quả hợp tác", "Hội nghị xúc tiến đầu tư": a conference of both sides.
    (
        r"(?:tổ chức|khai mạc|diễn ra) hội nghị|"
        r"hội nghị (?:đánh giá|tổng kết|sơ kết|xúc tiến|hợp tác|kết nối)",
        "other",
    ),
    (
        r"\bconference (?:to|on) promot\w+|"
        r"\b(?:promotion|investment|business|cooperation) (?:conference|forum)\b|"
        # "a trade connection conference between Hanoi and Lao businesses held in Vientiane"
        r"\b(?:trade|business|investment) (?:connection|matching) (?:conference|forum|programme|program)\b|"
        r"\b(?:held|attended|co-chaired) (?:a|the) conference\b",
        "other",
    ),
    # "urged such actions during a meeting on May 12 with a Vientiane delegation"
    (
        # "agreed to strengthen cooperation ... at a meeting held in Vientiane on March 12"
        r"\b(?:during|at|in) (?:a|the|their|his|her) meetings? (?:held )?(?:on|with|in|between)\b|"
        r"\bmet (?:on|in|at)\b|"
        r"\b(?:had|held) an? (?:\w+ )?meeting with\b",
        "reception",
    ),
)

# A delegation that visits a body and works with it (its working session is the host's reception of it):
# "Đoàn ... đã tới thăm và có buổi làm việc tại quận Cầu Giấy", "the delegation had a working session with".
DELEGATION_WORKS_WITH_HOSTS = (
    r"\b[Đđ]oàn\b[^.;]{0,120}?(?:thăm(?:,| và)\s+)?(?:có buổi |đã )?làm việc (?:với|tại)\s*$|"
    r"\b[Tt]he delegation (?:had|held) a working session(?: with)?\s*$|"
    r"\b[Tt]he (?:[\w-]+ ){0,3}delegation (?:also )?worked with\s*$"
)
# The host speaking of the delegation's visit to it: "Chủ tịch LĐLĐ huyện ... bày tỏ niềm vinh dự khi được
# đoàn công tác của LHCĐ thành phố Viêng Chăn đến thăm và làm việc": the working session is its reception.
HOSTS_VISITED = r"\bđược\s+(?:các\s+)?[Đđ]oàn\b[^.;]{0,120}?(?:đến|tới|sang)\s+thăm(?:,| và)\s+làm việc\b"
# A gathering of many countries' bodies, not of the two capitals: "the ASEAN Mayors Forum (AMF) 2024",
# "Hội nghị Thị trưởng các thủ đô ASEAN".
MULTILATERAL = r"\bASEAN\b|\bAPEC\b|\bMekong\b|\bMê Công\b|các thủ đô ASEAN"
# A leader receiving the visiting delegation: "Receiving the Hanoi delegation, ...", "tiếp Đoàn đại biểu".
DELEGATION_RECEIVED = (
    r"\b(?:Receiving|received|receives|welcomed|welcoming) (?:the|a) (?:[\w-]+ ){0,3}delegation\b|"
    r"\btiếp (?:thân mật )?[Đđ]oàn\b"
)
# Several meetings told as one ("speaking during his meetings with Lao leaders on Monday", "tại các buổi
# làm việc"), which the next sentences tell one by one ("Dũng paid courtesy calls to ...").
SUMMARY_OF_MEETINGS = r"\bmeetings (?:with|on)\b|\bcác (?:buổi|cuộc)\b"

# Statistics that share a sentence with aid words but are not aid: budgets, growth, investment.
STATISTICS = (
    r"thu ngân sách|ngân sách nhà nước|GRDP|GDP|tăng trưởng|kim ngạch|tổng mức đầu tư|vốn đầu tư|vốn FDI|"
    r"thu hút|quy mô kinh tế|dự toán|budget revenue|registered capital|investment capital|trade value"
)
# Places whose names contain a Lao marker but are in Vietnam.
NOT_LAO_PLACES = ("lào cai", "lao cai")
# The friendship associations' names speak of Laos without the Lao side taking part: "Hội hữu nghị Việt
# Nam - Lào thành phố Hà Nội" launching its chapters is a Hanoi event. (The relationship itself, "the
# Vietnam - Laos Solidarity and Friendship Year", still names the Lao side.)
_RELATIONSHIP_SPELLINGS_VI = (
    "việt nam - lào",
    "việt nam – lào",
    "việt nam-lào",
    "việt - lào",
    "việt – lào",
    "việt-lào",
)
_RELATIONSHIP_SPELLINGS_EN = ("vietnam - laos", "vietnam-laos", "viet nam - laos", "viet nam-laos")
ASSOCIATION_NAMES = (
    *(f"hội hữu nghị {spelling}" for spelling in _RELATIONSHIP_SPELLINGS_VI),
    *(f"{spelling} friendship association" for spelling in _RELATIONSHIP_SPELLINGS_EN),
)

# Meeting words that point back at the meeting already reported ("Tại buổi tiếp, ...").
# "trước"/"sau" (before/after) a meeting point at another meeting, so they are not here.
MEETING_ANAPHORA = (
    r"(?:tại|trong) (?:buổi|cuộc)|(?:tại|trong) (?:hội đàm|hội kiến|cuộc gặp)|buổi tiếp|buổi làm việc|"
    r"buổi gặp|buổi hội đàm|"
    # Opening a sentence, by who held it or how: "Cuộc hội đàm do đồng chí ... đồng chủ trì", "Buổi làm việc
    # diễn ra trong không khí ...".
    r"^(?:cuộc|buổi) (?:hội đàm|tiếp|làm việc|hội kiến|gặp)(?: mặt| gỡ| trực tuyến)? (?:do|được|diễn ra)\b|"
    # Who chaired it: "Chủ trì hội đàm, Trung tướng Đào Văn Khiêm ... cho biết", "Co-chairing the talks, ...".
    r"(?:[Cc]hủ trì|[Đđ]ồng chủ trì) (?:buổi |cuộc )?(?:hội đàm|tiếp|làm việc|hội kiến)|"
    r"\b(?:[Cc]o-)?chair(?:ing|ed) the (?:talks|meeting|reception)\b|"
    # Who attended it, opening a sentence: "Dự hội đàm, về phía Hà Nội có ...", "Attending the talks
    # were ...".
    r"(?-i:(?:Dự|Tham dự|Cùng dự) (?:buổi |cuộc )?(?:hội đàm|tiếp|làm việc|hội kiến|gặp))|"
    r"\b(?-i:Attending) the (?:talks|meeting|reception)\b|"
    r"\bat the (?:meeting|reception|talks|event)\b|during the (?:meeting|reception|talks)|"
    # "Trong khuôn khổ hội nghị, ...", "Within the framework of the conference, there was an exhibition".
    r"trong khuôn khổ (?:hội nghị|sự kiện|chương trình|lễ hội)|"
    r"\b(?:within the framework|on the sidelines) of the (?:conference|event|forum|festival)\b"
)

# Delegations. "Trưởng đoàn" or "dẫn đầu" alone only say who led: they are not a visit cue.
VISIT_CUES = (
    r"chuyến thăm|chuyến công tác|thăm và làm việc|thăm, làm việc|thăm chính thức|thăm hữu nghị|"
    # A trip named by what it was for: "Đoàn 40 giáo viên, học sinh ... vừa có chuyến giao lưu văn hóa, giáo
    # dục tại Thủ đô Viêng Chăn (từ 12 đến 15/3)".
    r"chuyến (?:giao lưu|khảo sát|học tập|tham quan học tập|thực tế)|"
    r"thăm cấp nhà nước|(?:sang|đến|tới) thăm(?!(?:,| và) (?:động viên|hỏi thăm))|sang làm việc|"
    # The other capital or country named right after the verb: "Đoàn đại biểu Thành đoàn Hà Nội ... đã thăm
    # Thủ đô Viêng Chăn từ 14 đến 18/7".
    r"\bđã thăm (?:Thủ đô |thủ đô |thành phố |nước )?(?:CHDCND |Cộng hòa Dân chủ Nhân dân )?"
    r"(?:Viêng Chăn|Vientiane|Lào|Hà Nội|Việt Nam)\b|"
    # "đã trao đổi nhiều đoàn công tác các cấp", "trao đổi 14 đoàn công tác": delegations summed up.
    r"(?<!nhiều )(?<!các )(?<!hàng chục )(?<!\d )đoàn công tác|"
    # "Đoàn đại biểu Thành phố Hà Nội ... đã lên đường thăm Lào"
    r"lên đường (?:sang )?(?:thăm|công tác|làm việc)|"
    # A study visit: "Đoàn cán bộ Thủ đô Viêng Chăn đã sang học tập kinh nghiệm tại Hà Nội".
    r"(?:sang|đến|tới) (?:học tập|nghiên cứu|khảo sát|trao đổi) kinh nghiệm|"
    # A medical mission: "đoàn y bác sĩ ... đã sang Thủ đô Viêng Chăn (Lào) khám sàng lọc ...", "cử đoàn 12 y,
    # bác sĩ sang khám bệnh, cấp thuốc miễn phí", "a medical team ... to examine patients".
    r"\b(?:sang|đến|tới)\b[^.;]{0,100}?\bkhám (?:bệnh|chữa bệnh|sàng lọc)\b|\bmedical (?:mission|team)\b|"
    # A stay in the other capital told by its span: "Đoàn đại biểu văn hóa thành phố Hà Nội gồm 150 nghệ sĩ
    # ... sang Viêng Chăn từ ngày 19 đến 25/10".
    r"\b(?:sang|đến|tới) (?:Thủ đô |thủ đô |thành phố )?(?:Viêng Chăn|Lào|Hà Nội|Việt Nam)\b[^.;]{0,40}?"
    r"\btừ (?:ngày )?\d|"
    # A troupe's or team's stay: "Đoàn gồm 45 nghệ sĩ ... sang biểu diễn tại Hà Nội từ ngày 12 đến 18/7".
    r"(?:sang|đến|tới) (?:biểu diễn|lưu diễn|thi đấu)\b|"
    # A troupe or team that performs or competes in the other capital: "Đoàn nghệ thuật Thủ đô Viêng Chăn
    # đã biểu diễn tại Hà Nội".
    r"[Đđ]oàn (?:nghệ thuật|văn công|thể thao|vận động viên)\b[^.;]{0,80}?\b(?:biểu diễn|thi đấu)\b|"
    # A delegation's stay told by what it did there: "Đoàn đại biểu Đoàn Thanh niên ... Thủ đô Viêng Chăn
    # gồm 40 cán bộ ... đã có nhiều hoạt động ý nghĩa tại Hà Nội".
    r"[Đđ]oàn\b[^.;]{0,200}?\b(?:đã|đang) có (?:nhiều |một loạt |chuỗi )?hoạt động\b[^.;]{0,30}?"
    r"\btại (?:Thủ đô |thủ đô |thành phố )?(?:Hà Nội|Viêng Chăn)\b|"
    r"\b(?:working|business|official) trip\b|\bled an? (?:[\w'-]+ ){0,4}delegation to\b|"
    # "Leading a delegation from the Vietnamese capital city, Dũng paid courtesy calls to ..."
    r"\bleading an? (?:[\w'-]+ ){0,4}delegation\b|"
    # "Hanoi's young people on July 29 headed towards the Lao capital city of Vientiane"
    r"\bhead(?:ed|s|ing)? (?:to|towards|for) (?:the Lao capital(?: city)?(?: of)? )?(?:Vientiane|Laos)\b|"
    r"\bdelegation (?:[\w'-]+ ){0,6}(?:visited|is visiting|was visiting|arrived in)\b|"
    # "A Hanoi Youth Union delegation left the capital on July 16 to participate in voluntary activities in
    # Laos": a delegation setting off for the other country.
    r"\bdelegation (?:[\w'-]+ ){0,6}(?:left|departed|set off)\b[^.;]{0,100}?\b(?:in|for|to) "
    r"(?:Laos|Vientiane|Vietnam|Viet Nam|Hanoi|Ha Noi|Hà Nội)\b|"
    r"\bpaid an? (?:\w+ )?visit\b|"
    # "In April 2019, a team of Hanoimoi reporters travelled to Vientiane to produce a series of reports"
    r"\b(?:travell?ed|came|went|flew) to (?:the Lao capital(?: city)?(?: of)? )?"
    r"(?:Vientiane|Laos|Hanoi|Ha Noi|Hà Nội|Vietnam|Viet Nam)\b|"
    # "arrived in Hanoi on May 8 for a three-day visit", "During his stay in Hanoi, the Mayor visited ...".
    r"\bfor an? (?:[\w-]+ ){0,3}visit\b|\b(?:during|throughout) (?:his|her|their|the) (?:[\w-]+ )?stay in\b|"
    # "A delegation of Hanoi led by ... is in Vientiane from November 19 to 22": the visit only implied.
    r"\bdelegation\b(?:[^.;]|\b(?:Ms|Mr|Mrs|Dr)\.){0,160}?\b(?:is|was|are|were) (?:in|visiting) "
    r"(?:Vientiane|Hanoi|Ha Noi|Hà Nội|Laos|"
    r"Vietnam|Viet Nam|Việt Nam)\b[^.;]{0,40}?\bfrom\b|"
    r"\b(?:official|working|state|friendship) visit\b|\bvisit(?:s|ed|ing)? (?:to )?(?:Laos|Vietnam|Viet Nam|"
    r"Ha Noi|Hanoi|Hà Nội|Vientiane)\b|\bon a visit\b|\bvisiting delegation\b|\bdelegation visit|"
    # "highlighted the significance of the delegation's visit", "the recent visit of ... Anouphap
    # Tounalom to Hanoi"
    r"\bdelegation['’]s visit\b|"
    r"\bvisit of\b[^.;]{0,120}?\bto (?:Laos|Vietnam|Viet Nam|Ha Noi|Hanoi|Hà Nội|Vientiane)\b"
)
# "các lớp bồi dưỡng mà Hà Nội hỗ trợ": courses in general, not the one an article reports.
TRAINING_CUES = (
    # "đã tổ chức hàng chục lớp đào tạo cho hơn 1.000 lượt cán bộ": courses summed up, not one course.
    # "phối hợp tổ chức 3 lớp bồi dưỡng": courses counted in a year's summary.
    r"(?<!các )(?<!những )(?<!nhiều )(?<!hàng chục )(?<!hàng trăm )(?<!hàng loạt )(?<!\d )"
    r"(?:lớp|khóa|khoá) (?:đào tạo|bồi dưỡng|tập huấn|học)|"
    r"\btraining (?:course|class|programme|program)\b|"
    # "completed a state administration and urban management course"
    r"\b(?:attend(?:ed|ing)?|complet(?:ed|ing)|open(?:ed)?) (?:a|the) (?:[\w-]+ ){0,5}(?:course|class)\b|"
    # "attending the closing ceremony were 20 learners who are Vice Presidents of Women's Union of Vientiane"
    r"\b\d+ (?:learners|trainees)\b|\b(?:closing|opening|graduation) ceremony of (?:the|a) (?:[\w-]+ ){0,4}"
    r"(?:course|class)\b"
)

# Agreements: (pattern, category). Plans first: "kế hoạch triển khai thỏa thuận" is a plan.
AGREEMENT_CUES = (
    (
        r"kế hoạch (?:hợp tác|triển khai|thực hiện|hành động|phối hợp)|chương trình (?:hợp tác|phối hợp)|"
        # "Kế hoạch số 45/KH-UBND ngày 20/02/2025 về triển khai hợp tác với Thủ đô Viêng Chăn"
        r"kế hoạch số [\w/.-]+(?: ngày [\d/.-]+)? về (?:việc )?(?:triển khai |thực hiện |tăng cường )?"
        r"hợp tác|"
        r"\b(?:cooperation|action|implementation) plan\b|"
        r"\bplan (?:issued|adopted|approved|signed) (?:on|in)\b|"
        # "the signing of a plan to implement the cooperation agreement in 2024-2025"
        r"\bplan (?:to implement|for implementing|on implementing)\b",
        "plan",
    ),
    (
        r"biên bản ghi nhớ|\bMOUs?\b|\bMoUs?\b|memorand(?:um|a) of understanding|"
        r"\bcooperation memorand(?:um|a)\b|"
        r"bản ghi nhớ",
        "mou",
    ),
    (
        r"thỏa thuận hợp tác|thoả thuận hợp tác|biên bản thỏa thuận|hiệp định hợp tác|"
        # Minutes signed at talks set out what the two sides will do together: "hai bên đã thống nhất
        # ký kết biên bản hội đàm nội dung cụ thể như sau".
        r"biên bản hội đàm|biên bản hợp tác|\bminutes of (?:the )?(?:talks|working session)\b|"
        r"\bcooperation (?:agreements?|deals?)\b|\bsigned an? (?:\w+ )?(?:agreement|deal)\b|"
        # "according to an agreement signed on May 8", "the agreement was signed by the two mayors"
        r"\b(?:an|the|this|that) agreement (?:was |had been |has been )?(?:signed|inked)\b|"
        # Named before, signed now: "Thỏa thuận này được hai bên ký kết đầu tháng 7/2014 tại Hà Nội".
        r"(?:thỏa thuận|thoả thuận) (?:này|đó|trên)\b(?=[^.;]{0,40}?\bký)|"
        # Named by its term: "the 2022-2025 agreement, signed in Vientiane in April 2022".
        r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d (?:cooperation )?agreement\b|"
        # Named by what it is about: "the agreement on friendship between Hanoi's youth union and ...",
        # "thỏa thuận kết nghĩa", "friendship agreement".
        r"\bagreements? on (?:friendship|cooperation|twinning|friendly cooperation)\b|"
        r"\b(?:friendship|twinning) agreements?\b|"
        r"thỏa thuận (?:hữu nghị|kết nghĩa)|thoả thuận (?:hữu nghị|kết nghĩa)",
        "cooperation_agreement",
    ),
)
# A plan is issued ("ban hành") by one side as often as it is signed by both.
SIGNING_WORDS = r"ký kết|ký|signed|signing|\binked\b|ban hành|phê duyệt|\bissued\b|\badopted\b"
# Another work Hanoi paid for, beside the one just told: "noting that the Vietnamese capital had also funded
# the new headquarters of ...", "Hà Nội cũng đã tài trợ xây dựng ...".
ANOTHER_PROJECT = (
    r"\balso (?:funded|financed|sponsored|built|paid for)\b|\bcũng (?:đã )?(?:tài trợ|hỗ trợ|xây dựng)\b"
)
# Another signing of the same kind, by other parties: "... also inked an MoU", "Sở Y tế cũng ký ...".
ANOTHER_SIGNING = r"\balso (?:signed|inked)\b|\bcũng (?:đã )?ký(?: kết)?\b|\bcòn ký(?: kết)?\b"
# The first signing of an agreement renewed now: "Hai tổ chức công đoàn đã ký thỏa thuận hợp tác lần đầu vào
# năm 2008", "first signed in 2013". Another, earlier signing.
FIRST_SIGNING = r"\blần đầu\b|\bđầu tiên\b|\bfirst (?:signed|inked)\b|\bsigned (?:their|its|the) first\b"

# Aid is a verb plus money or goods given between the sides.
AID_VERBS = (
    r"trao tặng|dành tặng|tặng|hỗ trợ|ủng hộ|viện trợ|tài trợ|trao(?! đổi)|bàn giao|\bprovided\b|"
    r"\bdonat(?:e|ed|es|ing)\b|\bpresent(?:ed|s)?\b|\b(?:hand|handed|handing) "
    r"over\b|\bgave\b|\bgifts?\b|\bdonations?\b|\baid\b|\bsupport(?:ed)?\b|"
    # "received medical equipment worth 4.2 billion kip from the Hanoi Department of Health"
    r"\breceived\b(?=[^;]{0,80}?\bfrom\b)|"
    # "the Vientiane Capital authorities again sent 300 million kip to Hanoi"
    r"\bsent\b(?=[^;]{0,60}?\bto\b)"
)
# The ceremony of a gift, told after the gift: "The handover ceremony was held ... on Friday", "Lễ trao
# tặng diễn ra sáng 12/5".
GIFT_CEREMONY = (
    r"\b(?:the )?(?:handover|hand-over|handing-over|donation|presentation) ceremony\b|"
    r"\blễ (?:bàn giao|trao tặng|trao|tiếp nhận)\b"
)
AID_GOODS = (
    r"trang thiết bị|thiết bị|vật tư|vật phẩm|hàng hóa|khẩu trang|vắc xin|vaccine|thuốc|gạo|"
    r"kinh phí|tiền mặt|medical supplies|equipment|face masks|rice|computers|laptops|ambulances|"
    # "trao 200 suất học bổng cho lưu học sinh Lào"
    r"suất học bổng|học bổng|scholarships?"
)
# Gifts told as many, over a period: "Riêng trong giai đoạn 2020 - 2022, Hà Nội đã hỗ trợ Viêng Chăn nhiều
# đợt trang thiết bị", "Hanoi has supported Vientiane many times": a summary, no gift of its own.
MANY_GIFTS = r"\bnhiều (?:đợt|lần|lượt)\b|\b(?:many|several|numerous) (?:times|rounds|batches|occasions)\b"
# The ceremonies that open and close a course or a festival: held on its first and on its last day.
OPENING_CEREMONY = r"khai giảng|khai mạc|\bopening ceremony\b"
CLOSING_CEREMONY = r"bế giảng|bế mạc|tốt nghiệp|trao bằng|\b(?:closing|graduation) ceremony\b"
# A sentence that opens on an earlier time tells something done before what was just told: "Trước đó, ngày
# 26-8, thành phố Hà Nội đã trao tặng ... 200.000 USD" is a gift of its own, not the one just told.
OPENS_EARLIER = r"^(?:Trước đó|Trước đây|Earlier|Previously|Before that)\b"
# Thanks for support, before the aid word: "cảm ơn sự hỗ trợ kịp thời của Sở Y tế Hà Nội", "thanked Hanoi for
# its assistance". Without an amount it tells no gift of its own (the gift, if any, was told already).
THANKS_FOR = r"\b(?:cảm ơn|cám ơn|biết ơn|tri ân|thank(?:s|ed|ing)?|grateful|gratitude|appreciat\w*)\b"
# A country's government or ministry as the giver, just before the verb: "The Vietnamese Government has also
# sent USD 200,000 in emergency relief to Laos", "Chính phủ Việt Nam đã viện trợ ...": national aid, not the
# capitals'.
NATIONAL_GIVER = (
    r"(?:\b(?:the )?(?:Vietnamese|Lao|Laotian) (?:Government|State|Ministry of [A-Z][\w ]{0,30})"
    r"|\b(?:Chính phủ|Nhà nước) (?:Việt Nam|Lào)|\bBộ [A-ZĐ][^,.;]{0,30}?(?:Việt Nam|Lào))"
    r"[^,.;]{0,30}$"
)
# Souvenirs exchanged at a meeting are not aid.
NOT_AID = r"quà lưu niệm|souvenir|kỷ niệm chương|bằng khen|huân chương|huy chương"
# Hanoi's funding of many works told as a whole, before (or with) the list of them: "Từ 2004 đến nay, TP Hà
# Nội đã hỗ trợ kinh phí cho các địa phương Lào xây dựng, đưa vào sử dụng nhiều công trình, dự án", "Hanoi
# has funded a number of projects in Lao localities". The whole is no gift of its own; each work listed
# after it ("Cụ thể, ...; ...", "including ...") is a project Hanoi funded, undated.
MANY_PROJECTS_FUNDED = (
    r"(?:hỗ trợ|tài trợ|viện trợ|xây dựng)[^.;]{0,80}?(?:nhiều|một số|các) (?:công trình|dự án)|"
    r"\b(?:funded|financed|built|sponsored) (?:a number of|several|many|numerous) (?:projects|works)\b"
)
PROJECTS_LISTED = r"^(?:Cụ thể|Trong đó)\s*,|\bincluding\b|\bbao gồm\b"
PROJECT_WORK = (
    r"\b(?:dự án|công trình|xây dựng|trường|bệnh viện|hệ thống|project|school|hospital|centre|center|"
    r"building|system)\b"
)
# A project that Hanoi paid for: "dự án ... do thành phố Hà Nội hỗ trợ kinh phí xây dựng".
FUNDED_PROJECT = (
    # "Công trình do thành phố Hà Nội tài trợ toàn bộ kinh phí" right after the groundbreaking it names.
    r"(?<!nhiều )(?<!các )(?<!những )(?:dự án|công trình)(?:\s+(?P<name>[^,.;]{3,120}?))?\s+do\s+"
    r"(?:thành phố |Thủ đô |TP\.? ?)?Hà Nội\s+(?:hỗ trợ|tài trợ|tặng|đầu tư|xây dựng|viện trợ)"
    # A work named by its kind, its place after it: "khởi công xây dựng Trung tâm Y tế huyện Xaythany, Thủ
    # đô Viêng Chăn do thành phố Hà Nội tài trợ 2,5 triệu USD".
    r"|(?-i:(?P<work>(?:Trường|Bệnh viện|Trạm y tế|Trung tâm|Nhà văn hóa|Nhà văn hoá|Công viên|Cầu) "
    r"[^.;]{3,120}?))\s+do\s+(?:thành phố |Thủ đô |TP\.? ?)?Hà Nội\s+"
    r"(?:hỗ trợ|tài trợ|tặng|đầu tư|xây dựng|viện trợ)"
    # "Trường được thành phố Hà Nội tài trợ xây dựng năm 2019 với kinh phí 18 tỷ đồng"
    r"|(?P<thing>Trường|trường|Bệnh viện|bệnh viện|Trạm y tế|trạm y tế|Nhà|Công viên|công viên|Cầu|cầu|"
    r"Trung tâm|trung tâm|Đường|đường|công trình|dự án)\b[^.;]{0,100}?\bđược\s+(?:thành phố |Thủ đô |TP\.? ?|"
    r"UBND thành phố |Ủy ban nhân dân thành phố |chính quyền thành phố )?Hà Nội\s+"
    r"(?:hỗ trợ|tài trợ|tặng|đầu tư|xây dựng|viện trợ)"
    # Hanoi as the subject: "Trước đó, thành phố Hà Nội đã tài trợ xây dựng Trường Mầm non Hữu nghị tại huyện
    # Xaythany".
    # The sum may stand between: "Bộ Tư lệnh Thủ đô Hà Nội đã hỗ trợ 2,5 tỷ đồng xây dựng Nhà truyền thống".
    r"|(?:thành phố |Thủ đô |TP\.? ?)?Hà Nội (?:cũng )?(?:đã )?(?:tài trợ|hỗ trợ kinh phí|hỗ trợ)"
    r"(?: [\d.,]+ (?:tỷ |triệu |nghìn )?(?:đồng|USD|kíp|kip))? (?:để )?xây dựng "
    r"(?-i:(?P<built>(?:Trường|Bệnh viện|Phòng khám|Trạm y tế|Trung tâm|Nhà(?! nước)|Trụ sở|"
    r"Công viên|Cầu|Thư viện|Ký túc xá) "
    r"[^.;,]{3,80}?))(?=[.;,]| tại | ở | cho | với |$)"
    r"|\b(?:funded|financed|built|sponsored) by (?:the )?(?:city of )?(?:Ha ?noi|Hà Nội)"
    # "Hanoi funded the construction of the headquarters of ..., which was handed over in March 2024"
    r"|\b(?:Ha ?noi|Hà Nội|the Vietnamese capital)(?: has| had)?(?: also)? "
    r"(?:funded|financed|sponsored|paid for) the (?:new )?"
    r"(?:construction|building|headquarters|school|hospital|clinic|kindergarten|bridge) (?:of|for)\b"
    # "a new classroom building ..., built with funding of US$250,000 (about 5.3 billion kip) from the Hanoi
    # People's Committee"
    r"|\bwith (?:funding|financing|a grant|grants|aid|financial support)(?: of [^;]{1,60}?)? from (?:the )?"
    r"(?:city of )?(?:Ha ?noi|Hà Nội)\b"
    r"|\b(?:Ha ?noi|Hà Nội)-funded"
    # A work named, then Hanoi's funding in a clause: "the Hanoi-Vientiane Friendship Kindergarten in
    # Chanthabouly district, which Hanoi funded and handed over to Vientiane last August".
    r"|(?P<which>, which (?:the city|Ha ?noi|Hà Nội|the Vietnamese capital) (?:had |has )?"
    r"(?:funded|financed|built)\b)"
    r"|\bin (?:funding|financing|grants?|aid) from (?:the )?(?:city of )?(?:Ha ?noi|Hà Nội)\b"
)
# The milestone that dates a funded project: "lễ khánh thành và bàn giao Trường ...", "was inaugurated".
PROJECT_MILESTONES = (
    # "rà soát tiến độ Dự án ... do Hà Nội hỗ trợ": a visit that reviews the works reports the project.
    r"(?:rà soát|kiểm tra|đôn đốc) tiến độ|"
    r"khánh thành|bàn giao|khởi công|động thổ|gắn biển|\binaugurat\w*|\bhanded over\b|\bhand(?:ed|s)? over\b|"
    r"\bhand-?over (?:ceremony|of)\b|"
    r"\bground-?breaking\b|\bbroke ground\b|\bopened\b|"
    # "Construction of new headquarters of the Department of Justice ... began on November 5"
    r"\bconstruction(?= of [^.;]{0,150}\b(?:began|begun|started|commenced|kicked off)\b)"
)

# What a project named by its milestone is ("Lễ khởi công Dự án xây dựng trụ sở ...", "the handover
# ceremony of the Friendship Kindergarten"), and the words that make it Hanoi's gift in that sentence or
# the next two ("Đây là quà tặng của ... Thủ đô Hà Nội").
PROJECT_NOUNS = (
    r"dự án|công trình|trụ sở|trường|bệnh viện|phòng khám|trạm y tế|công viên|nhà văn hóa|nhà văn hoá|cầu|"
    r"thư viện|ký túc xá|"
    r"school|hospital|kindergarten|headquarters|building|park|project|centre|center|bridge|clinic|library|"
    r"dormitory"
)
# A work Hanoi pledges with its cost, counted as the project it funds, dated when the pledge was made:
# "thành phố Hà Nội sẽ hỗ trợ Thủ đô Viêng Chăn 1 triệu USD để xây dựng Trường Mẫu giáo Hữu nghị ...",
# "Hanoi pledged US$1 million to build a friendship kindergarten", "Hanoi will fund the construction of a
# vocational training centre in ... at an estimated cost of US$2 million". The sum must be in the sentence
# (amounts.aid_amounts): a promise without one is no project yet.
PLEDGED_WORK = (
    r"(?:Hà Nội|thành phố|Thủ đô)\b[^.;]{0,40}?\bsẽ (?:tiếp tục )?(?:hỗ trợ|tài trợ)\b[^.;]{0,80}?"
    rf"\bđể (?:đầu tư )?xây dựng (?P<work>(?:mới )?(?:{PROJECT_NOUNS})\b[^.;,]{{0,100}}?)"
    r"(?=[.;,]| với | trị giá |$)"
    r"|\b(?:Ha ?noi|Hà Nội|the city)\b[^.;]{0,40}?"
    r"\b(?:pledged|will fund|would fund|will finance|would finance)"
    r"\b[^.;]{0,60}?\b(?:to build|the construction of|construction of)\s+(?:a |an |the )?"
    rf"(?P<built>[^.;,]{{0,60}}?\b(?:{PROJECT_NOUNS})\b[^.;,]{{0,60}}?)(?=[.;,]| at | worth | with |$)"
)
# A work named at the start of a clause, capitalised as a name is: "Trường ...", "Phòng khám ...".
PROJECT_NOUNS_CAPITALISED = (
    r"Dự án|Công trình|Trụ sở|Trường|Bệnh viện|Phòng khám|Trạm y tế|Công viên|Nhà văn hóa|Nhà văn hoá|Cầu|"
    r"Thư viện|Ký túc xá"
)
# Earlier works named with the year of their milestone, beside a work Hanoi funds: "công trình thứ ba do
# thành phố Hà Nội tài trợ ..., sau Trường Tiểu học Hữu nghị ... khánh thành năm 2009 và Công viên Hữu nghị
# ... khánh thành năm 2016".
WORK_OF_A_YEAR = (
    # Or after "sau", in lower case: "..., sau trụ sở Sở Tư pháp ... bàn giao tháng 3/2024", with its month.
    rf"(?-i:(?P<work>(?:{PROJECT_NOUNS_CAPITALISED}|(?<=sau )(?:trụ sở|trường|bệnh viện|công viên)) "
    r"[^.;,]{3,80}?))\s+(?:được )?"
    r"(?:khánh thành|khởi công|bàn giao|hoàn thành)\s+(?:vào\s+|từ\s+)?"
    r"(?P<year>năm\s+(?:19|20)\d\d|tháng\s+\d{1,2}\s*/\s*(?:19|20)\d\d)\b"
)
HANOI_GIFT = (
    r"(?:quà tặng|món quà|tài trợ|hỗ trợ kinh phí|hỗ trợ xây dựng|(?:dự án|công trình) hữu nghị)[^.;]{0,80}?"
    r"Hà Nội|Hà Nội[^.;]{0,30}?(?:tài trợ|hỗ trợ kinh phí|hỗ trợ xây dựng|tặng|đầu tư)|"
    # "với tổng kinh phí 28 tỷ đồng từ ngân sách thành phố Hà Nội"
    r"(?:kinh phí|ngân sách|vốn)[^.;]{0,60}?\b(?:từ|của)\s+(?:ngân sách\s+)?(?:thành phố |Thủ đô |TP\.? ?)?"
    r"Hà Nội|"
    r"\b(?:gift|funded|financed|funding|sponsored)\b[^.;]{0,60}?\b(?:Ha ?noi|Hà Nội)|"
    r"\b(?:Ha ?noi|Hà Nội)-funded|"
    # Hanoi hands the work over: "Hanoi officials handed over the Lao-Vietnam Friendship Kindergarten to
    # Vientiane authorities", "Hà Nội bàn giao công trình ...".
    r"\b(?:Ha ?noi|Hà Nội)\b[^.;]{0,40}?\b(?:handed over|hands over|bàn giao)\b"
)

# A sentence about the content of the agreement just signed: its funding is the agreement's amount.
AGREEMENT_CONTENT = (
    r"theo (?:kế hoạch|thỏa thuận|thoả thuận|biên bản|chương trình)|"
    r"(?:kinh phí|ngân sách) (?:thực hiện|triển khai) (?:kế hoạch|thỏa thuận|thoả thuận|chương trình)|"
    r"\bunder the (?:plan|agreement|mou|memorandum)\b"
)
AGREEMENT_FUNDING = r"kinh phí|hỗ trợ|tài trợ|\bfunding\b|\bfund\b|\bbudget\b|\bprovide"

# Words before an agreement, a visit or a gift that make it a plan for later, not an event.
FUTURE = (
    r"\bsẽ\b|\bsớm\b|dự kiến|dự thảo|đề nghị|đề xuất|tiến tới|chuẩn bị ký|hướng tới ký|mong muốn|"
    r"\bwill\b|\bwould\b|\bto sign\b|\bplan(?:s|ned)? to\b|\bexpected to\b|\bdraft\b|\bproposed\b|\bsoon\b|"
    r"\bnext year\b|thời gian tới|sắp tới|\bconsider(?:ing)?\b|xem xét|"
    # "xây dựng kế hoạch hợp tác ... cho giai đoạn 2026 - 2030": a plan to be drawn up.
    r"xây dựng (?:các )?$|soạn thảo|\bdraw(?:ing)? up\b"
)

# Habits and the plan's content, which are no event of their own.
HABITUAL = (
    r"thường xuyên|những năm|thời gian qua|(?:trong )?năm qua|hằng năm|hàng năm|\bregularly\b|\boften\b|"
    r"\bevery year\b|\bover the past year\b"
)
LISTED_CONTENT = (
    r"trong đó có|bao gồm|gồm các|các nội dung|nhiệm vụ|theo kế hoạch|thời gian tới|"
    r"\binclud(?:es|ing|ed)\b|\bunder the (?:plan|agreement|mou)\b|\btasks?\b"
)
# "Về đào tạo nguồn nhân lực, thành phố tiếp nhận 2 lớp bồi dưỡng": a plan's or a summary's heading; an item
# under it that gives its own day or month is an event told ("Về giáo dục - đào tạo, ngày 22/2/2024, ... đã
# ký thỏa thuận hợp tác đào tạo").
SUMMARY_HEADING = r"(?-i:^\s*Về (?!phía)[^,]{3,60},)"

# The agreement just told, signed: "Following the talks, ... signed the agreement, witnessed by the two Party
# Secretaries", "Hai bên đã ký kết thỏa thuận này tại ...".
SIGNED_THE_ONE_TOLD = (
    r"\bsigned (?:the|this) (?:agreement|memorandum|MoU|plan|document)\b|"
    # Who signed it: "The document was signed by Chairman ... and Vientiane Mayor ...", "Văn bản được ký bởi".
    r"\b(?:[Tt]he|[Tt]his) (?:document|memorandum|MoU|plan|minutes) (?:was|were) (?:signed|inked) by\b|"
    r"\b[Vv]ăn bản (?:này |trên )?(?:được|do) [^.;]{0,40}?\bký\b|"
    # The memorandum just named, signed when the sentence says: "Biên bản này được ký kết tại Viêng Chăn vào
    # tháng 8/2014".
    r"\b[Bb]iên bản (?:này|đó|trên) (?:đã )?được [^.;]{0,40}?\bký\b|"
    r"\bđã ký (?:kết )?(?:thỏa thuận|thoả thuận|biên bản|kế hoạch|văn bản) (?:này|trên)\b"
)

# After an agreement's name: "..., which is expected to be signed next year".
FUTURE_AFTER = (
    r"(?:expected|scheduled|due|set) to be signed|will be signed|sẽ được ký|dự kiến (?:được )?ký|"
    r"\bin the (?:near )?future\b"
)

# Another, earlier visit named beside the one reported: "Tuyen mentioned the recent visit of the Secretary of
# the Vientiane Party Committee ... to Hanoi", "chuyến thăm Hà Nội vừa qua của đồng chí ...".
EARLIER_VISIT = (
    r"\b(?:recent|previous|earlier|last)\s+(?:working\s+|official\s+|state\s+)?visit\b|"
    r"chuyến (?:thăm|công tác)[^.;,]{0,60}?(?:vừa qua|trước đó|lần trước)"
)
# Relative time words in the news sense.
RECENT_PAST = r"vừa qua|mới đây|gần đây|recently"

# Markers of the Lao side, matched as whole words on lower-cased NFC text (not folded: folded
# "lao" is also "lao động", labour). English "lao" is added for English articles only.
# Lao provinces other than Vientiane Capital, as the two presses write them (lower case).
OTHER_LAO_PROVINCES = (
    "luang prabang",
    "luông pha bang",
    "luông prabang",
    "xiêng khoảng",
    "xieng khouang",
    "champasak",
    "chăm pa xắc",
    "savannakhet",
    "xa van na khệt",
    "bokeo",
    "oudomxay",
    "u đôm xay",
    "houaphanh",
    "hủa phăn",
    "phongsaly",
    "phông xa lỳ",
    "luang namtha",
    "luổng nậm thà",
    "sayaboury",
    "xay nha bu ly",
    "khammouane",
    "khăm muộn",
    "bolikhamxay",
    "bô ly khăm xay",
    "attapeu",
    "át tạ pư",
    "salavan",
    "sa la van",
    "sekong",
    "xê kông",
    "xaysomboun",
    "xay sổm bun",
)
LAO_MARKERS = (
    "lào",
    "laos",
    "viêng chăn",
    "vientiane",
    *OTHER_LAO_PROVINCES,
    "vang vieng",
    "vàng viêng",
    "bắc lào",
    "nam lào",
    # "bạn" after a body is the partner across the border, in an article already about Laos: "Bệnh viện
    # Xanh Pôn trao tặng bệnh viện bạn hai máy thở", "giúp đỡ nước bạn".
    "phía bạn",
    "nước bạn",
    "thủ đô bạn",
    "bệnh viện bạn",
    "trường bạn",
    "ngành y tế bạn",
    "lực lượng bạn",
)
LAO_MARKERS_EN = ("lao",)
VIETNAM_MARKERS = (
    "hà nội",
    "hanoi",
    "ha noi",
    "việt nam",
    "viet nam",
    "vietnam",
    "vietnamese",
    "thủ đô hà nội",
)
# Places by side, written in their Vietnamese form. Folded key -> display form.
PLACES = {
    "ha noi": "Hà Nội",
    "hanoi": "Hà Nội",
    "viet nam": "Việt Nam",
    "vietnam": "Việt Nam",
    "vieng chan": "Viêng Chăn",
    "vientiane": "Viêng Chăn",
    "luang prabang": "Luang Prabang",
    "luong pha bang": "Luang Prabang",
    "xieng khouang": "Xiêng Khoảng",
    "champasak": "Champasak",
    "lao": "Lào",
    "laos": "Lào",
}
# Cities whose name is a person's: after "Thành phố" they are a place, not its leader's name.
CITIES_NAMED_LIKE_PEOPLE = ("Hồ Chí Minh", "Ho Chi Minh")
# Syllables Lao given names begin with. A word that ends as English words do ("-ing", "-er") is still
# Lao when it begins with one: "Khamsing", "Bounsing", "Somsing".
LAO_NAME_BEGINNINGS = (
    "kham",
    "boun",
    "bun",
    "som",
    "souk",
    "thong",
    "vong",
    "phou",
    "keo",
    "sing",
    "chan",
    "khon",
)

PLACES_IN_LAOS = {"Viêng Chăn", "Luang Prabang", "Xiêng Khoảng", "Champasak", "Lào"}
PLACES_IN_VIETNAM = {"Hà Nội", "Việt Nam"}
# Vietnam's other provinces and centrally-run cities (the 63 units before the 2025 merger, whose names
# the merged ones keep): an article whose title names one of them and not Hanoi is that locality's
# cooperation with Vientiane ("Nghệ An và Thủ đô Viêng Chăn tăng cường hợp tác"), whatever it says of
# Hanoi in passing.
# Hanoi's partners in other countries, as titles name them: "Hanoi, Phnom Penh sign 2026 cooperation plan".
OTHER_FOREIGN_PARTNERS = (
    "Phnom Penh",
    "Phnôm Pênh",
    "Campuchia",
    "Cambodia",
    "Cambodian",
    "Bangkok",
    "Thái Lan",
    "Thailand",
    "Bắc Kinh",
    "Beijing",
    "Trung Quốc",
    "China",
    "Seoul",
    "Hàn Quốc",
    "Tokyo",
    "Nhật Bản",
    "Japan",
    "Yangon",
    "Myanmar",
    "Singapore",
    "Kuala Lumpur",
    "Jakarta",
    "Manila",
    "Moscow",
    "Mát-xcơ-va",
    "Paris",
    "Berlin",
    "Havana",
    "La Habana",
    "Cuba",
)

OTHER_VIETNAMESE_LOCALITIES = (
    "An Giang",
    "Bà Rịa",
    "Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Huế",
    "Tiền Giang",
    "Hồ Chí Minh",
    "TP.HCM",
    "TP. HCM",
    "TPHCM",
    "HCMC",
    "HCM",  # "HCM City, Vientiane sign ...": the Vietnam News Agency's English name
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
)

# Titles, longest first so "Phó Bí thư Thường trực Thành ủy" wins over "Bí thư". Case-sensitive.
TITLES = (
    "Phó Bí thư Thường trực Thành ủy",
    "Phó Bí thư Thường trực Thành uỷ",
    "Phó Bí thư Thành ủy",
    "Phó Bí thư Thành uỷ",
    "Bí thư Thành ủy",
    "Bí thư Thành uỷ",
    "Bí thư Trung ương Đảng",
    "Tổng Bí thư",
    "Phó Bí thư",
    "Bí thư",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Phó Chủ tịch Thường trực",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Đại sứ đặc mệnh toàn quyền",
    "Đại sứ",
    "Tổng Lãnh sự",
    "Phó Chánh Văn phòng",
    "Phó Chánh văn phòng",
    "Chánh Văn phòng",
    "Chánh văn phòng",
    "Phó Trưởng ban",
    "Trưởng ban",
    "Phó Giám đốc",
    "Giám đốc",
    "Phó Đô trưởng",
    "Đô trưởng",
    "Phó Tỉnh trưởng",
    "Tỉnh trưởng",
    "Thị trưởng",
    "Tham tán",
    "Chủ nhiệm",
    "Viện trưởng",
    # A court's president: "Chánh án Nguyễn Sơn".
    "Phó Chánh án",
    "Chánh án",
    "Hiệu trưởng",
    "Tổng Thư ký",
    "Tổng Giám đốc",
    "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng",
    "Ủy viên Ban Thường vụ",
    "Ủy viên",
    # Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành, as youth and trade union pages abbreviate them.
    "UVBTV",
    "UVBCH",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Tư lệnh",
    "Phó Tư lệnh",
    "Chính ủy",
    "Chỉ huy trưởng",
    "Trưởng đoàn",
    "Phó Trưởng đoàn",
    "Trưởng Đoàn",
    "Trưởng phòng",
    "Phó Chủ nhiệm",
    # English
    "Party Secretary",
    "Deputy Party Secretary",
    "Permanent Deputy Secretary",
    "Standing Deputy Secretary",
    "Deputy Secretary",
    "Secretary",
    "General Secretary",
    "Party General Secretary",
    "Party chief",
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Minister",
    "Deputy Minister",
    "Ambassador",
    "Consul General",
    "Chairman",
    "Chairwoman",
    "Vice Chairman",
    "Vice Chairwoman",
    "Deputy Chairman",
    "Deputy Chairwoman",
    "Permanent Vice Chairman",
    "Standing Vice Chairman",
    "Chair",
    "Vice Chair",
    "Mayor",
    "Vice Mayor",
    "Deputy Mayor",
    "Governor",
    "Vice Governor",
    "Deputy Governor",
    "Director",
    "Deputy Director",
    "Head",
    "Deputy Head",
    "Chief",
    "Chief Prosecutor",
    "Deputy Chief Prosecutor",
    "Prosecutor General",
    "Chief Justice",
    "Chief Judge",
    "Deputy Chief Judge",
    "Commander",
    "Deputy Commander",
    "Major General",
    "Lieutenant General",
    "Senior Colonel",
    "Colonel",
    "Politburo member",
    "Member of the Politburo",
    # "Member of the Presidium of Vietnam Women's Union (VWU), Member of the Municipal Committee, President
    # of Hanoi Women's Union": memberships in a run of titles.
    "Member",
    # "informed his hosts about his talks with his Vientiane counterpart Anouphap Tounalom"
    "counterpart",
    # "Secretary of the Party Committee and head of the National Assembly deputies' delegation of Hanoi"
    "head",
    # Lower case in apposition: "..., chairman of the municipal People's Council Nguyen Ngoc Tuan has said".
    "vice chairman",
    "vice chairwoman",
    "chairman",
    "chairwoman",
    "deputy secretary",
    "secretary",
    "vice mayor",
    "deputy mayor",
    "deputy chairman",
    "mayor",
    "ambassador",
    "director",
    "deputy director",
    "deputy head",  # "According to Nguyen Sy Truong, deputy head of the voluntary group, ..."
    "president",
    "vice president",
    "governor",
    "deputy governor",
    # "... and chief of the LPRP Central Committee's Office Thongsalith Mangnomek"
    "chief",
    "deputy chief",
)
# English puts the place before the title ("Vientiane Mayor Sinlavong", "Hanoi Party Secretary ...",
# "Lao Ambassador ..."): the place is part of the role. Case-sensitive, right before the title.
PLACE_BEFORE_TITLE = rf"(?:{HANOI}|{VIENTIANE}|{VIETNAM}|{LAOS}|Lao|Vietnamese)(?:'s|’s)? "
# Titles that are only memberships; a person's main role is the next title when there is one.
MEMBERSHIP_TITLES = ("Ủy viên", "Uỷ viên", "UVBTV", "UVBCH", "member", "Member")
# Offices held beside the one a person acts for in city-to-city news: "Bí thư Trung ương Đảng" (of the
# Party's Secretariat), "Trưởng đoàn đại biểu Quốc hội thành phố". Their bodies count only when the person
# holds no other title that names one.
BESIDE_TITLES = ("Bí thư Trung ương Đảng", "Trưởng đoàn đại biểu Quốc hội", "Trưởng Đoàn đại biểu Quốc hội")
# Academic ones too, as the Vietnamese press writes them before a name: "TS Phạm Thị Thanh Hương", "PGS.TS".
HONORIFICS = (
    r"đồng chí|ông|bà|ngài|Mr\.?|Ms\.?|Mrs\.?|Madam|Dr\.?|H\.E\.?|"
    r"(?:P?GS\.?\s?)?TS\.?|ThS\.?|Tiến sĩ|Thạc sĩ|Phó Giáo sư|Giáo sư|Prof\.?"
)

# Who led: "do X làm trưởng đoàn", "X dẫn đầu", "X chủ trì", "led by X".
LEAD_AFTER_NAME = (
    r"làm trưởng đoàn|làm Trưởng đoàn|dẫn đầu|chủ trì|đồng chủ trì|led|headed|chaired|co-chaired|"
    r"is leading|was leading"
)
LEAD_BEFORE_NAME = r"led by|headed by|chaired by|trưởng đoàn là"

# Sentences that only pass on greetings: the people named there did not take part.
GREETING = r"lời thăm hỏi|lời chào|lời chúc|gửi lời|chuyển lời|conveyed (?:greetings|regards)|best wishes"
# A speaker at the occasion who sends greetings there takes part: "Phát biểu tại chương trình, bà ... gửi
# tới bạn bè quốc tế ... lời chúc", "In his remarks, ... Man extended the New Year greetings".
SPEAKING_THERE = (
    r"^(?:Phát biểu|Speaking)\b[^,]{0,40}\b(?:tại|at)\b|^In (?:his|her|their) (?:speech|remarks)\b"
)
# Words before a proper name that make it a place's or a firm's, not a person's: "Trung tâm thương mại
# Aeon Mall Hà Đông", "Công ty ...", "Làng nghề lụa Vạn Phúc"; schools and hospitals named after people:
# "tại trường Nguyễn Du", "Bệnh viện Bạch Mai".
VENUE_WORDS = (
    r"trung tâm thương mại|TTTM|siêu thị|khách sạn|công ty|tập đoàn|ngân hàng|làng nghề(?: \w+)?|nhà máy|"
    r"cửa hàng|sân bay|phố|đường|chùa|đền|khu công nghiệp|khu đô thị|bệnh viện|"
    r"trường(?: (?:tiểu học|mầm non|mẫu giáo|THCS|THPT|trung học(?: cơ sở| phổ thông)?|phổ thông|đại học|"
    r"cao đẳng|nghề|chính trị))?"
)
# Who founded or nurtured the relationship, long ago, absent: "mối quan hệ đặc biệt do Chủ tịch Hồ Chí Minh
# cùng Chủ tịch Kay-xỏn Phôm-vi-hẳn dày công vun đắp", "the special ties nurtured by President ... and ...".
FOUNDERS = (
    r"\bdo\s+(?P<founders>(?:(?!dẫn đầu|làm trưởng|chủ trì)[^.;]){3,160}?)\s+"
    r"(?:và các thế hệ[^.;]{0,60}?\s+)?(?:dày công\s+)?(?:vun đắp|vun trồng|gây dựng|đặt nền móng|sáng lập)|"
    r"\b(?:nurtured|cultivated|founded|laid|forged)\s+by\s+"
    r"(?P<founders_en>(?:the late\s+)?(?:President|Chairman|General Secretary)[^.;]{3,160}?)"
    r"(?=\s+and\s+(?:generations|successive)|[,.;]|$)"
)
# The other side's leader named as someone's counterpart: "talks with his Vientiane counterpart ...".
COUNTERPART = r"\b(?:his|her|their) (?:[\w’']+ ){0,2}counterparts?\b|\bngười đồng cấp\b"
# Whose greetings a speaker passes on, absent themselves: "chuyển lời thăm hỏi ... của Tổng Bí thư Nguyễn Phú
# Trọng và Chủ tịch nước Võ Văn Thưởng tới đồng chí Thongloun", "conveyed the greetings of ... to ...".
GREETINGS_FROM = (
    r"(?:chuyển|gửi)\s+(?:lời|những lời)[^.;]{0,150}?\bcủa\s+(?P<who>[^.;]{3,200}?)\s+(?:tới|đến)\b|"
    r"\bconvey(?:ed|s|ing)?\s+(?:the\s+)?(?:warm\s+)?(?:greetings|regards|best wishes)[^.;]{0,80}?"
    r"\b(?:of|from)\s+(?P<who_en>[^.;]{3,200}?)\s+to\b|"
    # Greetings to be passed on later, to someone absent: "asked Anouphap Tounalom to convey his wishes and
    # regards to Party General Secretary ... Thongloun Sisoulith", "nhờ đồng chí chuyển lời thăm hỏi tới ...".
    r"\bto convey\b[^.;]{0,80}?\bto\s+(?P<to_en>[^.;]{3,200})|"
    r"(?:đề nghị|nhờ)[^.;]{0,40}?chuyển lời[^.;]{0,120}?\b(?:tới|đến)\s+(?P<to>[^.;]{3,200})"
)
# A sentence that quotes someone absent: "Dung referred to a statement from Party General Secretary Nguyen
# Phu Trong during a ceremony ...", "nhắc lại lời Chủ tịch Hồ Chí Minh". Nobody named there takes part.
CITED = (
    r"\breferred to (?:a |the )?(?:statement|remarks?|words|speech)\b|\bquot(?:ed|ing)\b|\bciting\b|"
    r"\btheo lời\b|\btrích lời\b|\bnhắc lại lời\b"
)

# Vietnamese surnames, lower case with their diacritics: folded, "Đảng" would pass for "Đặng" and
# "Tổng" for "Tống". English text writes them without marks, so the folded forms serve it.
VIETNAMESE_SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào trịnh mai lâm tô "
    "trương hà cao lưu tạ thái chu đoàn vương kiều triệu quách lương tăng đàm phùng nghiêm khúc âu giang la "
    "lục thân tống mạc hứa từ doãn bạch lại lã tôn nông kha khổng quan tiêu ung vi y ninh châu diệp thạch lò "
    "hầu mã phí cù bế khiếu lạc sầm tiết khương mẫn nhữ phương văn "
    # Surnames of the Thai, Hmong and other peoples of the north: "Tòng Thị Phóng", "Giàng Seo Phử".
    "tòng cầm quàng lường sùng giàng thào đèo".split()
)
# Without marks "Van" is far more often the middle name Văn, and "Y" an initial, than a surname.
SURNAMES_AMBIGUOUS_WITHOUT_MARKS = frozenset({"văn", "y"})
VIETNAMESE_SURNAMES_FOLDED = frozenset(
    _fold(surname) for surname in VIETNAMESE_SURNAMES - SURNAMES_AMBIGUOUS_WITHOUT_MARKS
)
# Abbreviations whose stop ends no clause: "Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh Quyền".
ABBREVIATED_WORDS = ("TP", "Tp", "TX", "TT", "Q", "P", "TS", "ThS", "PGS", "GS")
# Lower-case words that may sit inside a title's body of office: "Trưởng ban Tổ chức Thành ủy Thủ đô
# Viêng Chăn", "Đại sứ Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam". A role ends at any other word.
ROLE_WORDS = frozenset(
    "tại thành phố thủ đô hòa hoà dân nhân cách mạng ủy uỷ ban trung ương nước tỉnh văn phòng thường trực "
    "vụ đảng quốc hội chức tổ chính trị phủ đồng mặt trận sở bộ ngoại giao tư pháp kế hoạch đầu tài nội quân "
    "sự công an kiểm sát lao động xã giáo dục đào tạo y tế hóa hoá thể thao du lịch nông nghiệp xây dựng "
    "thông vận tải khoa học kỹ thuật tin truyền môi trường nguyên cục viện đại sứ quán lãnh đoàn liên hiệp "
    "hữu nghị cộng sản nhà việt lào biểu thương quận huyện phường thị trấn "
    "of the for and to party committee city people's central capital council province provincial department "
    "foreign affairs office national assembly embassy vice deputy permanent standing "
    "municipal police security command deputies deputies' delegation".split()
)
# Middle names (folded): a Vietnamese name never ends on one.
MIDDLE_NAMES = frozenset({"thi", "van"})
# Capitalised runs that start like a name but are places, bodies or historical figures.
NOT_NAMES = frozenset(
    {
        "thai lan",
        "sri lanka",
        "an do",
        "ly nam de",
        "ha noi",
        "ha nam",
        "ha giang",
        "ha tinh",
        "ha long",
        "ha dong",
        "ho chi minh",
        "ho guom",
        "ho tay",
        "lam dong",
        "cao bang",
        "thai binh",
        "thai nguyen",
        "lao cai",
        "dong nai",
        "dong thap",
        "tay ho",
        "doan thanh nien",
        "van mieu",
        "mai chau",
        "vo nhai",
        "luang prabang",
        "vieng chan",
        "xieng khouang",
        "kaysone phomvihane",
        "souphanouvong",
        "bac son",
        "truong sa",
        "hoang sa",
        "tran phu",
        "doan thanh",
    }
)
# Words that are capitalised in English or acronyms but never part of a Lao name.
NOT_NAME_WORDS = frozenset(
    {
        "covid",
        "sars",
        "asean",
        "usd",
        "vnd",
        "lak",
        "the",
        "and",
        "party",
        "vietnam",
        "laos",
        "lao",
        "vientiane",
        "hanoi",
        "ha",
        "noi",
        "people",
        "city",
        "capital",
        "committee",
        "central",
        "office",
        "secretary",
        "minister",
        "president",
        "prime",
        "mr",
        "ms",
        "mrs",
        "on",
        "in",
        "of",
        "at",
        "for",
        "with",
        "ambassador",
        "chairman",
        "deputy",
        "vice",
        "general",
        "embassy",
        "democratic",
        "republic",
        "national",
        "assembly",
        "council",
        "province",
        "provincial",
        "department",
        "mayor",
        "governor",
        "politburo",
        "member",
        "permanent",
        "head",
        "director",
        "revolutionary",
        "communist",
        "viet",
        "nam",
        "chairwoman",
        "standing",
        # Titles English reports put before a Lao name: "led by Chief Prosecutor ...".
        "chief",
        "prosecutor",
        "procurator",
        "justice",
        "judge",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "luang",
        "prabang",
        "xieng",
        "khouang",
        "champasak",
        "vang",
        "vieng",
        "khanh",
        "police",
        "major",
        "colonel",
        "commander",
        "municipal",
        # Bodies that stand before a name in English: "Secretary of the Hanoi Youth Union Chu Hong Minh".
        "youth",
        "union",
        "red",
        "cross",
        "chapter",
        "front",
        "federation",
        "association",
        "women",
        "women's",
        "court",
        "procuracy",
        "command",
        "army",
        "board",
        "commission",
        "ministry",
        "district",
        "ward",
        # News outlets quoted as sources: "According to Vietnam News Agency, Vice Chairman ...".
        "news",
        "agency",
        "newspaper",
        "television",
        "radio",
    }
)

# Amount units. Folded surface form -> unit code.
CURRENCIES = {
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "đô la mỹ": "USD",
    "đô-la mỹ": "USD",
    "đôla mỹ": "USD",
    "đô la": "USD",
    "đô-la": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "đồng": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "dong": "VND",
    "kíp": "LAK",
    "kip": "LAK",
    "lak": "LAK",
    "euro": "EUR",
    "eur": "EUR",
}
MULTIPLIERS = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
    "trillion": 10**12,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "mn": 10**6,
    "bn": 10**9,
}
# Goods counted in aid, by the noun that starts them. The unit keeps the noun as written up to a
# qualifier ("30.000 khẩu trang y tế" -> "khẩu trang").
ITEM_HEADS = (
    "khẩu trang",
    "bộ xét nghiệm",
    "bộ kít",
    "bộ kit",
    "kit xét nghiệm",
    "liều vắc xin",
    "liều vaccine",
    "liều",
    "máy thở",
    "máy tạo oxy",
    "máy",
    "tấn gạo",
    "tấn",
    "suất quà",
    "phần quà",
    "chiếc",
    "bình oxy",
    "bộ quần áo",
    "bộ",
    "thùng",
    "hộp",
    "viên",
    "lọ",
    "găng tay",
    "cuốn sách",
    "cuốn",
    "bộ máy tính",
    "phòng máy tính",
    "xe ô tô",
    "xe cứu thương",
    "xe",
    "face masks",
    "masks",
    "test kits",
    "doses",
    "tonnes",
    "tons",
    "ventilators",
)
# English goods are any counted plural noun phrase ("6 patient monitors", "2,000 sets of surgical gowns");
# these plurals count people, cases or places, never goods.
NOT_GOODS = frozenset(
    "years months weeks days hours times people persons students pupils children teachers officials "
    "officers cadres delegates members residents workers patients doctors cases suspects provinces districts "
    "villages cities capitals countries projects schools classrooms beds percent households families "
    "courses classes sessions visits rounds meetings trainees participants".split()
)
# Words a goods noun phrase never runs across.
GOODS_BREAKS = frozenset("and to for worth in of with from the a an by at on each per".split())
# "1,5 tỷ đồng (khoảng 61.000 USD)": a conversion in brackets repeats the amount before it.
CONVERSION = (
    r"\(\s*(?:khoảng|tương đương(?: với)?|gần|hơn|about|approximately|around|roughly|equivalent to|~)?\s*$"
)
# Words that end an item noun: qualifiers and the start of the next clause.
ITEM_QUALIFIERS = (
    "y tế",
    "chuyên dụng",
    "hiện đại",
    "các loại",
    "cho",
    "để",
    "và",
    "trị giá",
    "tới",
    "đến",
    "mỗi",
    "gồm",
    "với",
    "tại",
    "phục vụ",
    "phòng",
    "chống",
    "của",
    "từ",
    "nhằm",
    "khác",
    "tiếng",  # "bộ sách giáo khoa tiếng Lào": the language qualifies the books
    # A verb ends the noun: "200 tấn gạo hỗ trợ nhân dân ...", "50 máy tính giúp học sinh".
    "hỗ trợ",
    "giúp",
    "ủng hộ",
    "trao",
    # When, and what came with it: "1 xe cứu thương vào năm 2011", "20 bộ máy tính cùng toàn bộ bàn ghế",
    # "10 tonnes of rice as a gesture of ...".
    "vào",
    "cùng",
    "trong",
    "worth",
    "for",
    "to",
    "and",
    "as",
    "in",
    "on",
)

# An agreement, gift or project named as something done before the occasion reported: it keeps no date
# rather than borrow the occasion's ("Trước đó, hai bên đã ký...", "Thời gian qua, Hà Nội đã hỗ trợ...").
PAST_REFERENCE = (
    r"trước đó|trước đây|thời gian qua|những năm qua|nhiều năm qua|các năm qua|năm ngoái|năm trước|"
    r"kể từ|từ năm|lũy kế|"
    r"\bearlier\b|\bpreviously\b|\bin the past\b|\blast year\b|\bover the (?:past|years|last)\b|\bsince\b|"
    r"\bin total\b|\ba total of\b|\bso far\b|\bto date\b|\bhad (?:signed|provided|presented|donated)\b|"
    r"\b(?:was|were) signed in\b"
)
# "Hà Nội từng hỗ trợ ...", before the gift's words only: after them "từng" tells of the recipients
# ("tặng quà cho các cựu chiến binh Lào từng chiến đấu tại Việt Nam").
PAST_BEFORE_THE_CUE = r"\btừng\b"
# Words that tie a signing or gift to the visit as a whole rather than to one meeting of it.
VISIT_TIE = (
    r"trong khuôn khổ chuyến|trong chuyến|nhân chuyến|during the (?:visit|trip)|as part of the (?:visit|trip)"
)
# A signing or gift told "during that visit", right after a visit told by its own date: the visit's date
# ("Tháng 12/2017, Đoàn ... đã thăm chính thức Thủ đô Viêng Chăn. Trong chuyến thăm đó, hai bên đã ký ...").
THAT_VISIT = (
    r"^(?:[^,.;]{0,20},\s*)?(?:trong|nhân) (?:chuyến|đợt) (?:thăm|công tác)(?: [^,.;]{0,30}?)? (?:đó|này)\b|"
    r"^(?:[^,.;]{0,20},\s*)?during (?:that|this) (?:visit|trip)\b"
)
# Words that tie it to the first day of a visit.
FIRST_DAY = r"ngày đầu tiên|ngay khi đến|ngay sau khi đến|on (?:the|its) first day|on arrival|upon arrival"
# Words that name the meeting of the occasion it was part of: (pattern, meeting category).
# The two capitals named together, in an article about Hanoi and Vientiane: the Lao side is one of them
# ("trận bóng đá giao hữu giữa đội tuyển thanh niên hai Thủ đô").
BOTH_CAPITALS = r"\bhai (?:Thủ đô|thủ đô)\b|\b(?:the|both) (?:two )?capitals\b"
# Where a sentence's second clause begins: "..., while ...", "...; ...", "..., còn ...".
CLAUSE_BREAK = r",\s*(?:while|whereas|trong khi(?: đó)?|còn)\s+|;\s+"
# What a gift is for, just before the works it pays for: "... 1 tỷ đồng để ", "... to help".
GIFT_FOR = r"\b(?:để|nhằm|to|for)\s+$"
# The title of a body's head: "Chủ tịch LĐLĐ TP Hà Nội", "Giám đốc Sở Y tế Hà Nội", "Director of ...".
BODY_HEAD_TITLES = (
    r"(?:Chủ tịch|Giám đốc|Bí thư|Tư lệnh|Hiệu trưởng|Chỉ huy trưởng|"
    r"Chairman|Chairwoman|Director|Secretary)\b"
)
# A meeting told as held right after another, the same day: "Ngay sau buổi tiếp, hai đoàn đã tiến hành hội
# đàm", "Following the reception, the two sides held talks".
RIGHT_AFTER_A_MEETING = (
    r"^(?:[^,.;]{0,20},\s*)?(?:ngay |tiếp |liền )?(?:sau|kết thúc) (?:buổi|cuộc) "
    r"(?:tiếp|hội đàm|làm việc|gặp)\w*|"
    r"^(?:[^,.;]{0,20},\s*)?(?:right |immediately |shortly )?(?:after|following) the "
    r"(?:reception|talks|meeting)"
)
MEETING_TIES = (
    (r"hội đàm|\btalks\b", "talks"),
    (r"buổi tiếp|cuộc tiếp|\breception\b|\bwas received\b", "reception"),
    (r"chào xã giao|courtesy call", "courtesy_call"),
    (r"buổi làm việc|cuộc làm việc|working session|\bthe meeting\b|buổi gặp|cuộc gặp", ""),
    # "On the sidelines of the opening ceremony, the two departments signed ...", "Bên lề hội chợ, ...".
    (r"on the sidelines of|bên lề", ""),
)

# --- What dates an article that prints no date of its own (dates.infer_text_year) -------------------
# Congresses and first sessions come every five years; an article congratulating on one, or on its
# success, is written in its year. Each entry: (pattern before the Roman numeral's body, first number,
# its year). "Đại hội XIII của Đảng" and "Đại hội đại biểu toàn quốc lần thứ XIII" are the same.
CONGRESSES = (
    # Đảng Cộng sản Việt Nam: VI in 1986, then every five years (XIII in 2021, XIV in 2026).
    (
        r"Đảng Cộng sản Việt Nam|của Đảng ta|Đảng toàn quốc|toàn quốc lần thứ [IVXL]+ của Đảng(?! Nhân dân)|"
        r"Communist Party of Viet ?[Nn]am|\bCPV\b",
        6,
        1986,
    ),
    # Đảng Nhân dân Cách mạng Lào: IV in 1986 (XI in 2021, XII in 2026).
    (r"Đảng Nhân dân [Cc]ách mạng Lào|Đảng NDCM Lào|Lao People's Revolutionary Party|\bLPRP\b", 4, 1986),
)
# "bầu cử đại biểu Quốc hội khóa XV", "Kỳ họp thứ nhất Quốc hội khóa XV": the year the term began.
ASSEMBLY_TERMS = {"XI": 2002, "XII": 2007, "XIII": 2011, "XIV": 2016, "XV": 2021, "XVI": 2026}
# "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao": the anniversaries Vietnam-Laos news marks, and
# the year each counts from. An article marking the Nth one is written in that year.
ANNIVERSARY_BASES = (
    # (what is marked, its year, month, day)
    (
        r"thiết lập quan hệ ngoại giao|establishment of diplomatic (?:ties|relations)|"
        r"diplomatic (?:ties|relations|establishment)",
        1962,
        9,
        5,
    ),
    (
        r"Hiệp ước Hữu nghị và Hợp tác|Treaty of Amity and Cooperation|Friendship and Cooperation Treaty|"
        r"Treaty of Friendship and Cooperation",
        1977,
        7,
        18,
    ),
    (r"thành lập Đảng Cộng sản Việt Nam|founding of the Communist Party of Vietnam", 1930, 2, 3),
    (r"thành lập Đảng Nhân dân Cách mạng Lào|founding of the Lao People's Revolutionary Party", 1955, 3, 22),
    (
        r"Quốc khánh (?:nước )?(?:Cộng hòa Dân chủ Nhân dân |CHDCND )?Lào|Lao National Day|"
        r"National Day of (?:the )?(?:Lao PDR|Laos)|Laos['’]s? National Day",
        1975,
        12,
        2,
    ),
    (r"Cách mạng Tháng Tám|August Revolution", 1945, 8, 19),
    (r"Quốc khánh (?:nước )?(?:Cộng hòa Xã hội Chủ nghĩa |CHXHCN )?Việt Nam", 1945, 9, 2),
    (
        r"Giải phóng Thủ đô|liberation of the capital|Hanoi's Liberation Day|Liberation Day of Hanoi",
        1954,
        10,
        10,
    ),
    (
        r"thống nhất đất nước|Giải phóng (?:hoàn toàn )?miền Nam|"
        r"national reunification|liberation of the South",
        1975,
        4,
        30,
    ),
    # UNESCO named Hanoi "City for Peace" on 16 July 1999.
    (r"(?:Thành phố|TP\.?) vì ho[àa] bình|City for Peace", 1999, 7, 16),
    # The bodies and people Vietnam-Laos news marks the anniversaries of.
    (r"Mặt trận Lào xây dựng đất nước|Lao Front for National (?:Construction|Development)", 1950, 8, 13),
    (r"Quân đội [Nn]hân dân Lào|Lao People'?s Army", 1949, 1, 20),
    (r"Quân đội [Nn]hân dân Việt Nam|Vietnam People'?s Army", 1944, 12, 22),
    (r"Đoàn Thanh niên [Nn]hân dân [Cc]ách mạng Lào|Lao People'?s Revolutionary Youth Union", 1955, 4, 14),
    (r"Hội Liên hiệp Phụ nữ Lào|Lao Women'?s Union", 1955, 7, 20),
    (r"Mặt trận Tổ quốc Việt Nam|Vietnam Fatherland Front", 1930, 11, 18),
    (r"Đoàn Thanh niên Cộng sản Hồ Chí Minh|Ho Chi Minh Communist Youth Union", 1931, 3, 26),
    (r"[Nn]gày sinh Chủ tịch Hồ Chí Minh|birth(?:day)? of (?:President )?Ho Chi Minh", 1890, 5, 19),
    (
        r"[Nn]gày sinh (?:Chủ tịch |đồng chí )?Kaysone Phomvihane|birth(?:day)? of (?:President )?Kaysone",
        1920,
        12,
        13,
    ),
    (r"[Nn]gày sinh (?:Chủ tịch |Hoàng thân )?Xuphanuvông|Souphanouvong", 1909, 7, 13),
    (r"[Cc]hiến thắng Điện Biên Phủ|Dien Bien Phu [Vv]ictory", 1954, 5, 7),
    # The thousand years of Thăng Long - Hà Nội were marked on 10 October 2010.
    (r"Thăng Long", 1010, 10, 10),
)
# Annual results read out as finished ("năm 2022, Thành phố hoàn thành 22/22 chỉ tiêu", "GRDP năm 2022
# tăng 8,89%"): the article is from the year after, unless the figure is still an estimate ("ước").
ANNUAL_RESULTS = (
    r"tăng trưởng|GRDP|tổng sản phẩm|quy mô kinh tế|thu ngân sách|kim ngạch|chỉ tiêu|vốn đầu tư|"
    r"thu hút (?:vốn|FDI)|\bgrowth\b|\bGDP\b"
)
# A year's work being reviewed ("Hội nghị tổng kết công tác năm 2020", "reviewing its work in 2020"):
# the meeting is held after that year, not a mid-year one ("sơ kết").
ANNUAL_REVIEW = (
    r"tổng kết\s+(?:công tác|hoạt động|phong trào|kết quả|chương trình)[^.;]{0,60}?"
    r"\bnăm\s+(?P<y>(?:19|20)\d\d)"
    r"(?!\s*[-–]\s*(?:19|20)\d\d)"
    r"|\breview(?:ed|ing)? (?:of )?(?:its |their |the )?(?:work|activities|performance) "
    r"(?:in|of) (?P<en>(?:19|20)\d\d)"
)
NOT_RESULTS = r"kế hoạch|phấn đấu|mục tiêu|dự kiến|đến năm|tầm nhìn|\bước\b|\btarget|\bplan|\bby 20"


# --- Cues the detectors and the stages after them combine ------------------------------------

# A number of things: "hai", "four", as in "ký kết bốn biên bản", "tám tỉnh ... mỗi tỉnh 20.000 USD".
COUNT_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# Small counts of goods written as words before an item ("hai máy thở", "một máy siêu âm"). "năm" (five, and
# year) and "ba" are left out: "năm 2024 máy" is no count, and "ba" is also a title ("bà" folded).
ITEM_COUNT_WORDS = {"một": 1} | {
    word: COUNT_WORDS[word] for word in ("hai", "bốn", "sáu", "bảy", "tám", "chín", "mười")
}
# A stay counted in days from its first day: "for a three-day visit from March 2", "chuyến thăm 3 ngày từ
# ngày 2/3". (The count, then the first day's words.)
DAYS_FROM = (
    r"\b(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")"
    r"[- ](?:day|ngày)\b[^.;]{0,30}?\b(?:from|từ)(?: ngày)?\s*$"
)
# A trip's last day, told as the day the delegation came home, then counted back: "returned home on Monday
# after a five-day working visit", "đã về nước ngày 2/12 sau 5 ngày thăm và làm việc". (The words before
# the day, then the count after it.)
RETURNED_HOME = (
    r"\b(?:returned (?:home|to (?:Vientiane|Hanoi|Laos|Vietnam))|arrived back home|"
    r"về nước|trở về (?:nước|Thủ đô|Viêng Chăn|Hà Nội|Lào|Việt Nam))\s+(?:vào\s+|on\s+)?(?:ngày\s+)?$"
)
# The same, told as ended: "concluded a five-day visit to Hanoi on Thursday", "kết thúc chuyến thăm 5 ngày
# tại Hà Nội vào ngày 7/3". (The count, then the last day.)
CONCLUDED_DAYS = (
    r"\b(?:concluded|wrapped up|ended|completed|kết thúc)\s+"
    r"(?:a|an|its|their|the|his|her|chuyến(?: thăm)?)?\s*"
    r"(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")[- ](?:day|ngày)\b[^.;,]{0,50}?\s*$"
)
# The same, the count first: "who is on a four-day working visit to Hanoi that ends today", "chuyến thăm
# 5 ngày tại Hà Nội, kết thúc ngày 7/3". (The count, then the last day.)
DAYS_ENDING = (
    r"\b(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")[- ](?:day|ngày)\b[^.;]{0,50}?"
    r"(?:\b(?:that|which) (?:ends|ended|concludes|concluded|wraps up)|,\s*kết thúc)\s+"
    r"(?:on\s+|vào\s+)?(?:ngày\s+)?$"
)
DAYS_BEFORE_RETURN = (
    r"^[)\s]*(?:,\s*)?(?:after|sau|kết thúc)\s+(?:a|an|the|chuyến|chuyến thăm)?\s*"
    r"(?P<n>\d{1,2}|" + "|".join(COUNT_WORDS) + r")[- ](?:day|ngày)\b"
)
# Words between a count and the agreements counted: "ký kết 18 văn bản thỏa thuận", "four new MoUs".
COUNTED_DOCUMENT_WORDS = r"văn bản|bản|new|more"
# Businesses, not the capitals' bodies, signed them: "Vietnamese and Lao enterprises signed nine memoranda
# of understanding at a trade connection conference" is one signing, however many documents.
SIGNED_BY_BUSINESSES = r"\b(?:enterprises|businesses|companies|firms|doanh nghiệp)\b"
# "đã ký kết các chương trình, kế hoạch phối hợp": agreements in general, not one signed.
MANY_WORDS = r"các|những|nhiều|many|several|various"
# "các sở, ngành hai bên đã ký nhiều biên bản ghi nhớ": many of one kind, told as signed. The article
# reports that they were signed: one earlier event of that kind, undated, even in a summary of the past.
MANY_SIGNED = (
    r"(?:đã|từng)\s+(?:ký kết|ký)\s+(?:được\s+)?(?:nhiều|hàng loạt)\s+(?:biên bản\s+|văn bản\s+)?$|"
    r"\b(?:have|has|had)\s+(?:signed|inked)\s+(?:many|several|a number of)\s+$|"
    # Counted, by the two sides: "các sở, ngành hai bên đã ký kết 6 biên bản ghi nhớ" (a city's count of
    # agreements with every partner, "thành phố đã ký kết 18 văn bản", is not the two capitals').
    r"(?:hai bên|hai thủ đô|two sides|two capitals|both sides)\b[^.;]{0,30}?"
    r"(?:đã|từng|have|has|had)\s+(?:ký kết|ký|signed|inked)\s+\d+\s+(?:biên bản\s+|văn bản\s+)?$"
)
# An agreement named as the basis of what is told was signed before it: "Based on the cooperation
# agreements signed between the two capitals, Hanoi's agencies have ...", "Trên cơ sở thỏa thuận hợp tác đã
# ký giữa hai Thủ đô, ...".
BASIS = (
    r"(?:\bbased on|\bon the basis of|\bin line with|trên cơ sở|căn cứ(?: vào)?)\s+"
    r"(?:the\s+|các\s+|những\s+)?$"
)
# An agreement whose signing's anniversary is marked was signed years before: "kỷ niệm 22 năm ngày ký
# kết thỏa thuận hợp tác hữu nghị", "the 22nd anniversary of the signing of the cooperation agreement".
# An earlier event: never the day of the occasion that marks it, but the year the anniversary counts back
# to (ANNIVERSARY_COUNT) when the occasion's year is known.
SIGNING_ANNIVERSARY = (
    r"kỷ niệm\s+\d+\s+năm\s+(?:ngày\s+)?(?:ký kết|ký)\s+(?:bản\s+)?$|"
    r"\banniversary of (?:the )?signing of (?:the |their |an? )?(?:[\w-]+ ){0,3}$"
)
# How many years the anniversary counts: "kỷ niệm 22 năm ngày ký kết", "the 22nd anniversary of".
ANNIVERSARY_COUNT = r"(?P<n>\d{1,3})(?:st|nd|rd|th)?\s+(?:năm\b|anniversary\b)"
# An agreement named by its parties, the two capitals, as what is carried out: "triển khai Thỏa thuận
# hợp tác giữa hai Thủ đô", "cụ thể hoá biên bản ghi nhớ giữa hai Thủ đô". An earlier event, undated.
BETWEEN_THE_CAPITALS = (
    rf"^\s*(?:hợp tác\s+)?(?:giữa|của)\s+(?:hai Thủ đô|hai thành phố|Thủ đô Hà Nội và|(?:{HANOI}) và|"
    rf"(?:{VIENTIANE}) và)|^\s*between (?:the two capitals|(?:{HANOI}) and (?:{VIENTIANE}))"
)

# A meeting's first sentence lost: "Phát biểu tại buổi tiếp, ..." opens what is left of the article.
SPEAKING_AT = r"phát biểu|trao đổi|chia sẻ|báo cáo"
OPENING_MEETING_WORDS = r"tiếp|đón tiếp|hội đàm|hội kiến|làm việc|gặp gỡ|gặp mặt|gặp"
# The category each such meeting word names; a word with "tiếp" in it is a reception, any other
# word not listed is "other".
ANAPHORA_CATEGORIES = {
    "hội đàm": "talks",
    "hội kiến": "courtesy_call",
    "gặp mặt": "reception",
    "gặp gỡ": "reception",
    "làm việc": "talks",
    "talks": "talks",
    "working session": "talks",
    "meeting": "reception",
}
# The same in English, opening what is left of an article: "During the meeting, Major General ...".
OPENING_MEETING_WORDS_EN = r"reception|talks|working session|meeting"
# "Cuộc hội đàm diễn ra theo hình thức trực tuyến": the talks just reported were held online.
HELD_ONLINE = r"(?<!qua )hình thức trực tuyến|\b(?:held|conducted) (?:online|virtually)\b"
# "was handed over by ... and received by the Director ...", "The aid package, including 50,000 test kits,
# was received by Lao Ambassador ...": a gift, not a reception. A gift as the subject opens the sentence.
HANDED_OVER = (
    r"handed over|presented|donated|"
    r"^(?:The|These|This|Those) (?:[\w-]+ ){0,2}"
    r"(?:aid|gifts?|donations?|supplies|package|assistance|funds|equipment|relief goods)\b"
)

# "Cùng ngày, ...", "In the afternoon the same day, ...": the day the article last named.
SAME_DAY = (
    r"\b(?:cùng ngày|cũng trong ngày|trong cùng ngày|(?:on |later |earlier )?(?:on )?the same day|"
    r"(?:later|earlier) (?:that|in the) day|"
    # "Before the signing, Mayor ... received", "Sau lễ ký, ...": the same day as the occasion just named.
    r"(?:before|after|following) the (?:signing|talks|ceremony)|"
    r"(?:trước|sau) (?:lễ ký|buổi hội đàm|hội đàm|lễ))"
)
# A further gift at the occasion just told, opening the sentence: "Cùng dịp, Hội Chữ thập đỏ TP Hà Nội ...
# trao tặng 1 tỷ đồng", "Along with the city's donation, ..."; given by another body, it is a gift of its
# own (detectors/aid.py).
ALSO_AT_THE_OCCASION = (
    r"^(?:[^,.;]{0,25},\s*)?(?:cùng dịp|cũng (?:tại|trong) (?:buổi lễ|dịp này|chương trình)|"
    r"also at the (?:ceremony|event)|on the same occasion|at the same (?:ceremony|event)|"
    # "Along with the city's donation, the Hanoi Red Cross Society presented 1,000 blankets ..."
    r"along with (?:the |this |its |the city's )?(?:donation|gift|aid|support))"
)
# A gift or a signing told "at the same ceremony" belongs to the ceremony of a work told before it (its
# hand-over or inauguration), when no meeting was told before: "The Friendship Park ... was handed over
# ... on Tuesday. ... At the same ceremony, the Hanoi delegation presented 100 computers", "Cũng tại buổi
# lễ, đoàn ... đã trao tặng 5 tấn gạo".
AT_THE_CEREMONY = r"\bceremony\b|buổi lễ|tại lễ\b"
# A day counted from an event told before, opening the sentence: "The day before the signing, the Long
# Bien delegation paid a courtesy call ...", "The next day, the delegation visited ...", "Sáng hôm sau,
# Đoàn đã đến thăm ...". The signing, when named, is the event counted from.
DAY_AFTER_ONE_TOLD = (
    r"^(?:[^,.;]{0,20},\s*)?(?:(?:on )?the (?:next|following) day|a day later|"
    r"(?:(?:sáng|chiều|trưa|tối) )?(?:ngày )?hôm sau|ngày tiếp theo)\b"
)
DAY_BEFORE_ONE_TOLD = (
    r"^(?:[^,.;]{0,20},\s*)?(?:(?:on )?the (?:day before|previous day)|a day earlier|ngày hôm trước|"
    r"trước đó một ngày)\b"
)
# Words that tie an aid hand-over or a signing to the meeting being reported.
SAME_OCCASION = (
    r"nhân dịp này|dịp này|tại buổi|trong buổi|trong khuôn khổ buổi|lễ trao|lễ ký|on th(?:e|is) occasion|"
    r"kết thúc (?:buổi|cuộc )?(?:hội đàm|làm việc|tiếp)|sau (?:buổi|cuộc )?hội đàm|tại hội đàm|tại hội nghị|"
    r"following the talks|after the talks|at the end of the|"
    r"during the|at the (?:meeting|reception|talks|event|ceremony|conference)|"
    # "Also on Friday, the Hanoi delegation presented 20 computers ... to the centre": the day just told.
    r"^also on (?:the same day|that day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)

# Delegations. The word, and the word or "the sides" as the subject of what a delegation does; the
# second is case-sensitive: "Đoàn" opens a sentence about the delegation.
DELEGATION_WORDS = r"đoàn|delegations?"
DELEGATION_OR_SIDES = r"[Đđ]oàn|[Tt]he (?:two )?delegations?|[Tt]he (?:two|both) sides|[Hh]ai bên"
# "Tại trường, Đoàn đã trao tặng nhà trường 200 bộ bàn ghế": the visiting delegation gives (case-sensitive).
DELEGATION_AS_SUBJECT = r"Đoàn|đoàn|[Tt]he delegation"
# Who leads a delegation: "dẫn đầu", "led".
LEADS_DELEGATION = r"dẫn đầu|trưởng đoàn|\bled\b|\bheaded\b|\bleading\b"
# An ambassador or consul, not the embassy.
ENVOY = r"Đại sứ(?! quán)|Tổng Lãnh sự|Ambassador|Consul"
EMBASSY = r"Đại sứ quán|Lãnh sự quán|\bEmbassy\b|\bConsulate"
# An embassy's full name, a place that names both countries: "trụ sở Đại sứ quán Việt Nam tại Lào",
# "the Lao Embassy in Hanoi".
EMBASSY_NAME = (
    r"(?:trụ sở )?(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)(?: nước)?(?: [\w-]+){1,6}? "
    r"tại(?: [\w-]+){1,3}|"
    r"\b(?:the )?(?:[\w-]+ ){1,3}(?:Embassy|Consulate(?:-General)?) in(?: [A-Z][\w-]+){1,2}"
)
# "tới thăm và chúc mừng Đại sứ quán Lào": a call at the embassy in Hanoi, not a trip. After the visit
# cue, and right after it.
AT_THE_EMBASSY = r"tại Đại sứ quán|at the (?:Lao )?Embassy"
# A meeting the resident envoy hosts: the city's delegation calls on the embassy, nobody travels.
RECEIVED_BY_ENVOY = (
    r"\breceived by (?:the )?(?:[\w’'-]+ ){0,2}(?:Ambassador|Consul General)\b|"
    r"(?:Đại sứ|Tổng Lãnh sự)(?! quán)[^.;,]{0,70}\b(?:đã )?(?:tiếp|đón)\s+(?:đoàn|Đoàn)"
)
CALL_AT_THE_EMBASSY = r"(?:thăm|chúc mừng|chúc Tết) Đại sứ quán|to the (?:Lao )?Embassy"
# A visit still to come, in the words after its cue: "sẽ sang thăm ... dự kiến vào tháng 4 tới".
PLANNED_AFTER = r"dự kiến|sắp tới|\b(?:next|later this) (?:week|month|year)\b"
# Where the words after a visit's cue stop telling of the visit: "a working visit to Vietnam, during which
# leaders ... signed a cooperation plan for next year" (the plan is for next year, not the visit).
VISIT_CLAUSE_ENDS = r",\s*(?:during which|in which|where|trong đó|tại đó)\b"
# "The course, held in Hanoi from May 8 to June 2, covered ...": the course just reported.
THE_COURSE = (
    r"\s*(?:[\w .-]{0,30} - )?(?:The|This) (?:[\w-]+ ){0,2}?(?:course|class|training)\b|"
    r"\s*(?:Khóa|Khoá|Lớp) (?:học|bồi dưỡng|tập huấn|đào tạo)?\s*(?:này|được tổ chức|diễn ra|kéo dài|"
    r"(?:được )?khai giảng|(?:đã )?bắt đầu)"
)
# Another course than the one reported, told with its own time: "Lớp thứ nhất, dành cho cán bộ Mặt trận
# ..., đã diễn ra trong tháng 6 và tháng 7/2022", "The first course was held in March". "Đây là lớp thứ
# nhất" is the course reported.
ANOTHER_COURSE = (
    r"(?<!Đây là )(?<!đây là )(?<!This is )(?<!this is )(?<!This was )"
    r"\b(?:(?:[Ll]ớp|[Kk]hóa|[Kk]hoá) (?:thứ nhất|đầu tiên|trước)"
    r"|(?:[Tt]he|[Aa]n?) (?:first|previous|earlier) (?:course|class))\b"
)
# The course's first day, told after its closing: "Lớp học khai giảng ngày 9/9/2019, kéo dài 2 tháng".
COURSE_OPENED = r"khai giảng|bắt đầu|\bopened\b|\bbegan\b|\bstarted\b"
# A course named in a title: "Lớp bồi dưỡng ...", "Khóa ...".
COURSE_WORDS = r"lớp|khóa|khoá"
# A guest already in the host's city: "who is in Hanoi", "đang thăm Việt Nam".
GUEST_IN_TOWN = (
    rf"\bwho (?:is|was) (?:in|visiting) (?:{HANOI}|{VIENTIANE}|{LAOS}|{VIETNAM})\b|"
    r"\b(?:đang|nhân dịp) (?:có mặt|thăm|sang thăm|công tác) (?:tại |ở )?"
    rf"(?:{HANOI}|{VIETNAM}|{VIENTIANE}|{LAOS})\b"
)
# The side a delegation comes from, named just after "Đoàn" or just before "delegation".
TRAVELLERS = {
    "to_hanoi": rf"{VIENTIANE}|\b(?:{LAOS})\b|\bLao\b|Lao PDR",
    "to_laos": rf"{HANOI}|{VIETNAM}|Vietnamese",
}

# Agreements. The bare word for each kind, as a sentence about an agreement's content names it.
AGREEMENT_WORDS = (
    (r"kế hoạch|\bplan\b", "plan"),
    (r"ghi nhớ|\bmou\b", "mou"),
    (r"thỏa thuận|thoả thuận|\bagreement\b", "cooperation_agreement"),
)
# A plan named by its year, as one carried out: "kết quả thực hiện Kế hoạch hợp tác năm 2023", "under the two
# capitals' 2023 cooperation plan". (year after the plan's words, year before them)
PLAN_NAMED_BY_YEAR = (r"^\s*(?:hợp tác\s+)?năm\s+(?P<year>(?:19|20)\d\d)\b", r"\b(?P<year>(?:19|20)\d\d)\s+$")
# Words that name a plan or programme, so a year after them is its name's year: "Kế hoạch năm 2025".
PLAN_WORDS = r"kế hoạch|chương trình|\bplan\b|\bprogramme\b"
# A plan that implements an agreement: "kế hoạch triển khai thỏa thuận hợp tác giai đoạn 2021 - 2025".
IMPLEMENTATION_PLAN = (
    r"kế hoạch (?:triển khai|thực hiện)|implementation plan|"
    r"plan (?:to implement|for implementing|on implementing)"
)
# An agreement's term: "giai đoạn 2022 - 2025", "nhiệm kỳ 2021-2026". A sentence that names a term
# ("giai đoạn", "period") tells of an agreement as surely as one that names its signing.
TERM_NAMED = r"giai đoạn|period"
TERM_WORDS = TERM_NAMED + r"|nhiệm kỳ"
# Words before an agreement's name that make it an earlier one carried out now, not one signed:
# "triển khai nội dung Biên bản thỏa thuận ...", "under their 2022-2025 cooperation memorandum".
CARRIED_OUT = r"theo|khuôn khổ|trong|thực hiện|triển khai|cụ thể hóa|cụ thể hoá|under|within|implement\w*|of"
# "on the implementation of the two capitals' 2022-2025 cooperation agreement"
CARRIED_OUT_DETERMINERS = r"các|nội dung|việc|kết quả|the two (?:capitals|cities|sides)['’]|the|their|its|a"

# Aid. "Trong đó ủng hộ Thủ đô Hà Nội 15.000 USD và ...": the gift just reported, split by recipient.
OF_WHICH = r"\s*(?:trong đó|of which|of this|of that)\b"
# "The medical supplies comprise 50,000 face masks, ...": the gift just reported, item by item.
LISTS_GOODS = r"\bcompris\w*|\binclud\w*|\bconsist\w* of\b|\bgồm\b|bao gồm|trong đó có"
# "Hà Nội nhận được ... từ Thủ đô Viêng Chăn": aid received from the Lao side.
RECEIVED_FROM = r"nhận được[^.;]{0,60}?\btừ\b|received[^.;]{0,60}?\bfrom\b"
RECEIVED = r"nhận được"
# A project whose progress a visit reviews was funded before: "rà soát tiến độ Dự án xây dựng Trụ sở ...
# do Hà Nội hỗ trợ kinh phí", "inspected the construction of the school funded by Hanoi".
PROGRESS_REVIEW = (
    r"(?:rà soát|kiểm tra|đôn đốc|đánh giá) (?:lại )?tiến độ|"
    r"\b(?:review(?:ed|ing)?|inspect(?:ed|ing)?|check(?:ed|ing)?) (?:the )?(?:progress|construction)\b"
)
# A project's cost told after it: "It will be built within 12 months at a total cost of 3 million USD."
PROJECT_COST = (
    r"\btotal (?:cost|investment|budget)\b|\bcost(?:ing|s)?\b|tổng (?:mức )?(?:đầu tư|kinh phí|vốn)|kinh phí|"
    r"\btrị giá\b|\bworth\b|\binvested with\b|\b(?:an |its )?investment of\b|\bvốn đầu tư\b|"
    # "The centre, built with non-refundable aid of 38 billion dong ... from the Hanoi People's Committee"
    r"\bbuilt with (?:[\w-]+ ){0,2}(?:aid|funding|financing|grants?|investment) of\b"
)
# The sum before the work's name: "The VNĐ18 billion (US$700,000) Hà Nội-Sangthong Friendship Clinic has 30
# beds" tells the cost of the work just told, unless the sentence tells a milestone of its own ("In March,
# Hanoi handed over the USD 3 million headquarters of ...": another work).
COST_BEFORE_THE_WORK = (
    r"\b(?:the|this|a) (?:VNĐ|VND|US\$|USD|\$)\s?[\d.,]+(?: (?:million|billion))?\s*"
    r"(?:\([^)]{0,30}\)\s*)?(?:[\w'’-]+ ){0,6}"
    r"(?:clinic|school|hospital|cent(?:re|er)|building|headquarters|kindergarten|park|library|project|works)\b"
)
# "Lễ khởi công Dự án xây dựng trụ sở ...", "the handover ceremony of the Friendship Kindergarten": a
# project named by the milestone the article reports.
MILESTONE_PROJECT = (
    rf"(?:{PROJECT_MILESTONES})\s+(?:(?:và|and)\s+(?:bàn giao|\w+)\s+)?"
    # Handed over to someone before the work is named: "đã khánh thành và bàn giao cho Chính quyền Thủ đô
    # Viêng Chăn công trình Trường Mầm non Hữu nghị ...".
    rf"(?:cho\s+[^.;,]{{1,60}}?\s+(?=(?:{PROJECT_NOUNS})\b))?"
    # "the groundbreaking ceremony for the construction of the headquarters of ..."
    r"(?:(?:lễ|ceremony|of|for|the|a|new|xây dựng|construction)\s+)*"
    # A work named in full: "handed over the Vientiane-Hanoi Friendship Vocational Training Centre".
    rf"(?:[\w-]+\s+){{0,5}}?(?:{PROJECT_NOUNS})\b"
    # The work first, in the passive: "The Hanoi-Vientiane Friendship Park on the bank of the Mekong River ...
    # was officially handed over to Vientiane authorities on Tuesday".
    rf"|\b(?:{PROJECT_NOUNS})\b[^.;]{{0,120}}?\b(?:was|were) (?:officially |formally )?"
    r"(?:handed over|inaugurated)\b"
    # The same in Vietnamese: "Trường Tiểu học Hữu nghị ... được khởi công vào tháng 11 năm 2008".
    rf"|(?-i:\b(?:{PROJECT_NOUNS_CAPITALISED}))\b[^.;]{{0,120}}?"
    r"\bđược (?:khởi công|động thổ|khánh thành|bàn giao)\b"
    # Its ground-breaking in the active, told with its day or month: "Công trình khởi công ngày 20.11.2023".
    rf"|(?-i:\b(?:{PROJECT_NOUNS_CAPITALISED}))\b[^.;]{{0,60}}?\b(?:khởi công|động thổ) "
    r"(?:vào )?(?=ngày|tháng)"
    # Its completion, told with its month or day: "Công trình hoàn thành vào tháng 6/2018".
    rf"|(?-i:\b(?:{PROJECT_NOUNS_CAPITALISED}))\b[^.;]{{0,60}}?\b(?:đã |được )?hoàn thành (?:vào |trong )?"
    r"(?=ngày|tháng)"
)

# Who attended a ceremony, opening the sentence after a work's milestone: "Dự lễ khởi công, về phía Việt Nam
# có ...", "The handover ceremony was attended by ...", "Attending the ceremony were ...".
CEREMONY_ATTENDED = (
    r"^(?:Dự|Tham dự|Cùng dự) (?:buổi )?lễ\b|\bceremony (?:was|were) (?:also )?attended by\b|"
    r"^(?:Attending|Also attending|Present at) the (?:[\w-]+ ){0,2}ceremony\b"
)
# A sentence about the ceremony of a work handed over, just told: "Tại buổi lễ, Phó đô trưởng ... cảm ơn",
# "Speaking at the ceremony, Vice Chairwoman ...", "Lễ khánh thành diễn ra nhân chuyến thăm ... của đoàn
# ... do ... dẫn đầu". Who it names takes part in the project.
CEREMONY_TOLD = (
    r"^(?:(?:phát biểu )?tại (?:buổi )?lễ\b|(?:speaking )?at the (?:[\w-]+ ){0,2}ceremony\b|"
    r"lễ (?:khánh thành|bàn giao|khởi công|động thổ|gắn biển)\b)"
)
# A sentence that opens with who attended: "Tham dự buổi lễ có ...", "Attending the event were ...".
ATTENDED = r"tham dự|cùng dự|dự (?:lễ|buổi|hội)|có mặt tại|attending|also present|present at"
# Who took part: "Dự lễ khai giảng có đồng chí ...", "Cùng dự buổi tiếp có ...".
# Who attended, on either side: "Về phía LĐLĐ thành phố Hà Nội có đồng chí ...", "Trân trọng đón đoàn tại quận
# Cầu Giấy có đồng chí ...", "Attending the closing ceremony were ...".
ATTENDANCE = (
    r"\b(?:tham dự|cùng dự|dự (?:lễ|buổi|hội)|có sự tham dự|attended|attending|were present|present at|"
    r"on the side of)\b|"
    # Those who came with the delegation's head: "Cùng đi có đồng chí Đinh Hồng Nhung, Giám đốc Sở Ngoại
    # vụ Hà Nội", "Accompanying him were ...".
    r"\b(?:cùng đi (?:có|với)|đi cùng (?:có|với)|"
    r"accompanying (?:him|her|them|the delegation) (?:was|were))\b|"
    r"\b(?:Về phía|đón (?:đoàn|Đoàn)|tiếp (?:đoàn|Đoàn))\b[^.;]{0,80}?\bcó\b"
)

# Place phrases: "tại Việt Nam", "sang Lào", "in Vientiane". Case-sensitive for the places. After an
# article "visiting" describes a delegation, and the place is where it comes from: "hosted a reception
# for the visiting Vientiane People's Council delegation".
PLACE_PREPOSITIONS = (
    r"tại|ở|sang|đến|tới|thăm|in|to|towards|visit(?:ed)?|(?<!\bthe )(?<!\ba )(?<!\ban )visiting"
)
PLACE_PREFIXES = (
    r"Thủ đô\s+|thành phố\s+|T\.?P\.?\s*|nước\s+|Cộng h(?:òa|oà) Dân chủ Nhân dân\s+|CHDCND\s+|"
    r"the Lao capital(?: city)?(?: of)?\s+"
)
PLACE_NAMES = (*HANOI_NAMES, *VIETNAM_NAMES, *VIENTIANE_NAMES, *LAOS_NAMES, "Luang Prabang")
# Who receives, and who calls: the side named before "tiếp" hosts, the side named before "chào xã
# giao" is the guest. "tiếp tục", "tiếp nhận", "trực tiếp" are other words.
HOST_CUES = (
    r"(?<!trực )\btiếp\b(?!\s+(?:tục|cận|nhận|thu|theo|xúc|nối|sức|diễn|tế|đó))|đón tiếp|tiếp đón|"
    r"chủ trì|\breceive[ds]?\b|\bhost(?:s|ed)?\b|\bwelcomed\b|"
    # "Sở Ngoại vụ Hà Nội đã đón đoàn công tác Sở Ngoại vụ Thủ đô Viêng Chăn"
    r"\bđón (?:[Đđ]oàn)\b|"
    r"\bmet with\b|\bmeeting (?:on [^,;]{0,20})?with\b"
)
GUEST_CUES = (
    r"chào xã giao|(?:đến|tới) chào(?! đón| mừng)|\bcourtesy calls? (?:to|on)\b|\bcalled on\b|"
    r"\bpaid a call on\b|"
    r"\bđã được\b(?=[^.;]{1,80}?\b(?:tiếp|đón tiếp|tiếp đón)(?:[\s.,;]|$))|"
    # The guest named before a passive: "The Vientiane delegation ... was received by Hanoi leaders", "was
    # received on Tuesday by".
    r"\b(?:was|were|is|are|been|being) (?:warmly |cordially )?(?:received|welcomed|hosted|greeted)"
    r"(?: (?:on|in|at|earlier|later|yesterday|today)\b[^,;.]{0,30}?)? by\b"
)
# Hanoi in the name of a road or railway, not the city taking part.
ROUTE_WORDS = r"cao tốc|đường sắt|tuyến đường|quốc lộ"
ROUTE_WORDS_EN = r"expressway|railway|highway|road"
# A typo the press makes often enough: "Hà Nôi".
HANOI_MISSPELLINGS = ("Hà Nôi",)

# Words that put an undated meeting or gift after the article was written: it takes no publication month.
NOT_YET = FUTURE + r"|trước mắt|tới đây|sắp|chuẩn bị|upcoming|ahead|next"
# A year in a headline that is no event's: an anniversary's or a term's.
# A title's year that is not the year of what it reports: an anniversary's, a period's, and the year a plan
# or programme is for ("ký Chương trình hợp tác năm 2004" is signed in December 2003; "sign 2025
# cooperation plan").
NOT_AN_EVENT_YEAR = (
    r"kỷ niệm|anniversary|giai đoạn|period|(?:chương trình|kế hoạch)(?: hợp tác)?(?: năm)? (?:19|20)\d\d"
    r"|(?:19|20)\d\d (?:cooperation |co-operation )?(?:plan|programme|program)\b"
    r"|(?:plan|programme|program) for (?:19|20)\d\d"
)
YEAR_WORDS = r"năm|in"

# --- Organisations ---------------------------------------------------------------------------
# A body is named by its head and its owner: "Thành ủy" + "Hà Nội", "UBND" + "quận Hoàn Kiếm", "Sở Y tế" +
# "Thủ đô Viêng Chăn". Each entry: the ways the press writes a head (first letter as written, the rest in
# any case) -> the head in full. Without an owner, a body in a person's title belongs to the capital of
# that person's side ("Phó Bí thư Thường trực Thành ủy" of a Hanoi leader is Thành ủy Hà Nội).
LOCAL_BODY_HEADS = {
    "Ban Thường vụ Thành ủy": "Thành ủy",
    "Ban Thường vụ Thành uỷ": "Thành ủy",
    "Thường trực Thành ủy": "Thành ủy",
    "Thường trực Thành uỷ": "Thành ủy",
    "Ban Chấp hành Đảng bộ": "Thành ủy",
    "Thành ủy": "Thành ủy",
    "Thành uỷ": "Thành ủy",
    "Đảng bộ": "Thành ủy",
    "Quận ủy": "Quận ủy",
    "Quận uỷ": "Quận ủy",
    "Huyện ủy": "Huyện ủy",
    "Huyện uỷ": "Huyện ủy",
    "Thị ủy": "Thị ủy",
    "Thị uỷ": "Thị ủy",
    "Đảng ủy": "Đảng ủy",
    "Đảng uỷ": "Đảng ủy",
    "Ủy ban nhân dân": "Ủy ban nhân dân",
    "Uỷ ban nhân dân": "Ủy ban nhân dân",
    "UBND": "Ủy ban nhân dân",
    "Thường trực Hội đồng nhân dân": "Hội đồng nhân dân",
    "Thường trực HĐND": "Hội đồng nhân dân",
    "Hội đồng nhân dân": "Hội đồng nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "Đoàn đại biểu Quốc hội": "Đoàn đại biểu Quốc hội",
    "đoàn đại biểu Quốc hội": "Đoàn đại biểu Quốc hội",
    "Chính quyền": "Chính quyền",
    "Công an": "Công an",
    "Viện Kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
    "Viện KSND": "Viện Kiểm sát nhân dân",
    "Viện Kiểm sát": "Viện Kiểm sát nhân dân",
    "Tòa án nhân dân": "Tòa án nhân dân",
    "Toà án nhân dân": "Tòa án nhân dân",
    "TAND": "Tòa án nhân dân",
    "Bộ Chỉ huy Quân sự": "Bộ Chỉ huy Quân sự",
    # Vientiane's public security command: "đoàn công tác Bộ Chỉ huy An ninh Thủ đô Viêng Chăn".
    "Bộ Chỉ huy An ninh": "Bộ Chỉ huy An ninh",
    "Bộ Tư lệnh": "Bộ Tư lệnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Lào xây dựng đất nước": "Ủy ban Mặt trận Lào xây dựng đất nước",
    "Mặt trận Lào xây dựng đất nước": "Ủy ban Mặt trận Lào xây dựng đất nước",
    "Hội Liên hiệp Phụ nữ": "Hội Liên hiệp Phụ nữ",
    "Hội LHPN": "Hội Liên hiệp Phụ nữ",
    "Hội Phụ nữ": "Hội Liên hiệp Phụ nữ",
    "Thành đoàn": "Thành đoàn",
    "Thành Đoàn": "Thành đoàn",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Thành đoàn",
    "Đoàn TNCS Hồ Chí Minh": "Thành đoàn",
    "Đoàn Thanh niên Nhân dân Cách mạng Lào": "Đoàn Thanh niên Nhân dân Cách mạng Lào",
    "Hội Liên hiệp Thanh niên Việt Nam": "Hội Liên hiệp Thanh niên Việt Nam",
    "Hội LHTN Việt Nam": "Hội Liên hiệp Thanh niên Việt Nam",
    "Hội LHTN": "Hội Liên hiệp Thanh niên Việt Nam",
    "Liên đoàn Lao động": "Liên đoàn Lao động",
    "LĐLĐ": "Liên đoàn Lao động",
    "Liên hiệp Công đoàn": "Liên hiệp Công đoàn",
    "LHCĐ": "Liên hiệp Công đoàn",
    "Hội Cựu chiến binh": "Hội Cựu chiến binh",
    "Hội Cựu Chiến binh": "Hội Cựu chiến binh",
    "Hội CCB": "Hội Cựu chiến binh",
    "Hội Nông dân": "Hội Nông dân",
    "Hội Chữ thập đỏ": "Hội Chữ thập đỏ",
    "Liên hiệp các tổ chức hữu nghị": "Liên hiệp các tổ chức hữu nghị",
    "Hội hữu nghị Việt Nam - Lào": "Hội hữu nghị Việt Nam - Lào",
    "Hội hữu nghị Việt Nam – Lào": "Hội hữu nghị Việt Nam - Lào",
    "Hội Hữu nghị Việt - Lào": "Hội hữu nghị Việt Nam - Lào",
    "Hội hữu nghị Lào - Việt Nam": "Hội hữu nghị Lào - Việt Nam",
    "Hội hữu nghị Lào – Việt Nam": "Hội hữu nghị Lào - Việt Nam",
}
# The Party committee's own departments: "Ban Tổ chức Thành ủy Hà Nội", "Văn phòng Thành ủy".
PARTY_COMMITTEE_DEPARTMENTS = (
    "Ban Tổ chức",
    "Ban Tuyên giáo",
    "Ban Tuyên huấn",
    "Ban Dân vận",
    "Ban Đối ngoại",
    "Ban Nội chính",
    "Ủy ban Kiểm tra",
    "Uỷ ban Kiểm tra",
    "Văn phòng",
)
# A city's departments, "Sở" and its field: "Sở Y tế", "Sở Kế hoạch và Đầu tư". Longest first.
DEPARTMENT_FIELDS = (
    # The departments (sở) of a Lao province or capital take the Lao ministries' names.
    "Thông tin, Văn hóa và Du lịch",
    "Thông tin, Văn hoá và Du lịch",
    "Lao động và Phúc lợi xã hội",
    "Nông nghiệp và Lâm nghiệp",
    "Công chính và Vận tải",
    "Công nghệ và Truyền thông",
    "Năng lượng và Mỏ",
    "Dân tộc và Tôn giáo",
    "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội",
    "Nông nghiệp và Phát triển nông thôn",
    "Văn hóa, Thể thao và Du lịch",
    "Văn hoá, Thể thao và Du lịch",
    "Kế hoạch và Đầu tư",
    "Giáo dục và Đào tạo",
    "Giáo dục và Thể thao",
    "Văn hóa và Thể thao",
    "Văn hoá và Thể thao",
    "Thông tin và Truyền thông",
    "Tài nguyên và Môi trường",
    "Khoa học và Công nghệ",
    "Giao thông vận tải",
    "Nông nghiệp và Môi trường",
    "Công Thương",
    "Ngoại vụ",
    "Nội vụ",
    "Tư pháp",
    "Y tế",
    "Tài chính",
    "Xây dựng",
    "Du lịch",
    "Quy hoạch - Kiến trúc",
    "Quy hoạch và Kiến trúc",
    "Lao động",
    "Văn hóa",
    "Văn hoá",
    "Giáo dục",
    # Vientiane's department of agriculture and forestry.
    "Nông lâm nghiệp",
)
# Departments' fields as the press abbreviates them: "Sở NN&PTNT Hà Nội", "Sở GD&ĐT".
DEPARTMENT_ABBREVIATIONS = {
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN và PTNT": "Nông nghiệp và Phát triển nông thôn",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "TN&MT": "Tài nguyên và Môi trường",
    "TT&TT": "Thông tin và Truyền thông",
    "KH&CN": "Khoa học và Công nghệ",
    "GTVT": "Giao thông vận tải",
}
# Where a body sits: the words before a place that say what kind of place it is.
PLACE_LEVELS = (
    r"thành phố|Thành phố|T\.?P\.?|Thủ đô|thủ đô|quận|Quận|huyện|Huyện|thị xã|phường|xã|tỉnh|Tỉnh|nước"
)
# National bodies, by their full name; the country is read after them ("Bộ Công an Lào") or is Vietnam's.
NATIONAL_BODIES = {
    "Văn phòng Trung ương Đảng": "Văn phòng Trung ương Đảng",
    "Ban Đối ngoại Trung ương": "Ban Đối ngoại Trung ương",
    "Ủy ban Kiểm tra Trung ương": "Ủy ban Kiểm tra Trung ương",
    "Ban Tổ chức Trung ương": "Ban Tổ chức Trung ương",
    "Đảng Cộng sản Việt Nam": "Đảng Cộng sản Việt Nam",
    "Đảng Nhân dân Cách mạng Lào": "Đảng Nhân dân Cách mạng Lào",
    "Đảng NDCM Lào": "Đảng Nhân dân Cách mạng Lào",
    "Chính phủ": "Chính phủ",
    "Quốc hội": "Quốc hội",
    "Bộ Công an": "Bộ Công an",
    "Bộ Quốc phòng": "Bộ Quốc phòng",
    "Bộ Ngoại giao": "Bộ Ngoại giao",
    "Bộ Tư pháp": "Bộ Tư pháp",
    "Bộ Y tế": "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo": "Bộ Giáo dục và Đào tạo",
    "Bộ Giáo dục và Thể thao": "Bộ Giáo dục và Thể thao",
    "Bộ Nội vụ": "Bộ Nội vụ",
    "Bộ Kế hoạch và Đầu tư": "Bộ Kế hoạch và Đầu tư",
    "Bộ Công Thương": "Bộ Công Thương",
    "Bộ Văn hóa, Thể thao và Du lịch": "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Thông tin, Văn hóa và Du lịch": "Bộ Thông tin, Văn hóa và Du lịch",
}
# A national body takes part when a delegation of it, or a meeting with it, is named: "đoàn đại biểu
# Văn phòng Trung ương Đảng", "làm việc với Bộ Công an Lào"; named in passing ("sự ủng hộ của Quốc hội
# Việt Nam") it does not.
GOVERNING_WORDS = (
    r"[Đđ]oàn(?: đại biểu| cán bộ| công tác)?(?: cấp cao)?|với|tiếp|thăm|giữa|"
    r"delegation(?: of| from)?|with|between"
)
# A delegation of a body: "Đoàn đại biểu Sở Tư pháp Thủ đô Viêng Chăn", "đoàn cán bộ Văn phòng Trung ương".
DELEGATION_OF = (
    r"[Đđ]oàn(?: đại biểu| cán bộ| công tác)?(?: cấp cao)?\s+(?:của\s+)?$|\bdelegation (?:of|from) (?:the )?$"
)
# The bodies that organised what the article reports: "The conference, organized by the Hanoi Department
# of Industry and Trade in collaboration with the Vietnam Trade Office in Laos and ...", "Báo Hà Nội Mới phối
# hợp với Báo Viêng Chăn Mới ...".
ORGANISED_BY = (
    r"\b(?:co-)?organi[sz]ed by\b|\bhosted by\b|"
    r"\bin (?:collaboration|cooperation|coordination|partnership) with\b|"
    r"\bphối hợp (?:với|cùng)\b|\bđược tổ chức bởi\b"
)
# "hai Văn phòng Trung ương Đảng", "both Party committees": the body on each side.
BOTH_SIDES = r"(?:hai|giữa hai|both|the two)\s+$"
# Parties and bodies whose name already says whose they are.
OWN_SIDE_BODIES = {"Đảng Cộng sản Việt Nam": "vn", "Đảng Nhân dân Cách mạng Lào": "la"}
# Bodies no event is held with: "Bộ Chính trị" (the Politburo), "Ban Bí thư" (the Secretariat).
NOT_TAKING_PART = ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Trung ương Đảng")
# Institutions named in full after their kind: "Trường Tiểu học Hữu nghị ...", "Bệnh viện Đa khoa ...".
INSTITUTION_KINDS = (
    r"Trường Đại học|Trường Cao đẳng|Trường Chính trị|Trường Tiểu học|Trường Trung học|Trường Mầm non|"
    r"Trường|Học viện|Đại học|Bệnh viện|Trung tâm|Báo|Đài Phát thanh và Truyền hình|Đài"
)
# Titles that head a capital's administration without naming it: "Đô trưởng Viêng Chăn" heads the
# Vientiane Capital administration, "Hanoi Mayor" Hanoi's People's Committee.
ADMINISTRATION_TITLES = (
    "Đô trưởng",
    "Phó Đô trưởng",
    "Mayor",
    "Vice Mayor",
    "Deputy Mayor",
    "Governor",
    "Vice Governor",
    "Deputy Governor",
)
# How each capital's bodies are named in full: Hanoi's "thành phố Hà Nội" ("Thành ủy Hà Nội" for its
# Party committee), Vientiane's "Thủ đô Viêng Chăn".
CAPITAL_OWNERS = {"vn": ("thành phố", "Hà Nội"), "la": ("Thủ đô", "Viêng Chăn")}
COUNTRY_NAMES = {"vn": "Việt Nam", "la": "Lào"}
# A capital's "chính quyền": Hanoi's is its People's Committee; Vientiane's is the Vientiane Capital
# administration (Đô trưởng's office).
ADMINISTRATIONS = {"vn": "Ủy ban nhân dân thành phố Hà Nội", "la": "Chính quyền Thủ đô Viêng Chăn"}
# English names: (pattern, Vietnamese head); the capital is named before ("Hanoi People's Committee") or
# after ("People's Committee of Hanoi").
ENGLISH_BODIES = (
    (r"Party Committee|Party Organi[sz]ation", "Thành ủy"),
    (
        r"People['’]?s Committee|(?:city |municipal )?(?:authorities|administration|government)",
        "Ủy ban nhân dân",
    ),
    (r"People['’]?s Council", "Hội đồng nhân dân"),
    # Mass organisations are often written in lower case after their capital: "Hanoi’s youth union".
    (r"[Ww]omen['’]?s [Uu]nion", "Hội Liên hiệp Phụ nữ"),
    (
        r"committee of the (?:Ho Chi Minh Communist|Lao People['’]s Revolutionary) Youth Union|"
        r"CYU Committee|[Yy]outh [Uu]nion",
        "Thành đoàn",
    ),
    (r"Youth Federation", "Hội Liên hiệp Thanh niên Việt Nam"),
    (r"(?:Labour|Labor) Federation|Federation of Labou?r|[Tt]rade [Uu]nion", "Liên đoàn Lao động"),
    (r"Fatherland Front(?: Committee)?", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"Front for National (?:Construction|Development)", "Ủy ban Mặt trận Lào xây dựng đất nước"),
    (r"Veterans['’]? Association", "Hội Cựu chiến binh"),
    (r"Red Cross(?: Society| Association)?", "Hội Chữ thập đỏ"),
    (r"(?:Public )?Security Command", "Bộ Chỉ huy An ninh"),
    (r"(?:Police|Public Security)(?: Department)?", "Công an"),
    (r"People['’]?s Procuracy", "Viện Kiểm sát nhân dân"),
    (r"People['’]?s Court", "Tòa án nhân dân"),
    (r"High Command", "Bộ Tư lệnh"),
    (r"Military Command", "Bộ Chỉ huy Quân sự"),
    (r"Union of Friendship Organi[sz]ations", "Liên hiệp các tổ chức hữu nghị"),
)
# The capitals' districts, as the Vietnamese press writes them: English text drops the marks ("Hoan
# Kiem District Party Committee"), and the side of a district is its capital's.
HANOI_DISTRICTS = {
    "quận": (
        "Ba Đình",
        "Hoàn Kiếm",
        "Tây Hồ",
        "Long Biên",
        "Cầu Giấy",
        "Đống Đa",
        "Hai Bà Trưng",
        "Hoàng Mai",
        "Thanh Xuân",
        "Hà Đông",
        "Bắc Từ Liêm",
        "Nam Từ Liêm",
    ),
    "huyện": (
        "Sóc Sơn",
        "Đông Anh",
        "Gia Lâm",
        "Thanh Trì",
        "Mê Linh",
        "Ba Vì",
        "Phúc Thọ",
        "Đan Phượng",
        "Hoài Đức",
        "Quốc Oai",
        "Thạch Thất",
        "Chương Mỹ",
        "Thanh Oai",
        "Thường Tín",
        "Phú Xuyên",
        "Ứng Hòa",
        "Mỹ Đức",
    ),
    "thị xã": ("Sơn Tây",),
}
VIENTIANE_DISTRICTS = (
    "Chanthabuly",
    "Sikhottabong",
    "Xaysetha",
    "Sisattanak",
    "Naxaythong",
    "Xaythany",
    "Hadxayfong",
    "Sangthong",
    "Pakngum",
)
# Other romanisations of the same districts: "Chanthabouly district" is Chanthabuly.
VIENTIANE_DISTRICT_SPELLINGS = {
    "Chanthabouly": "Chanthabuly",
    "Chantabuly": "Chanthabuly",
    "Chanthaboury": "Chanthabuly",
    "Saysettha": "Xaysetha",
    "Xaysettha": "Xaysetha",
    "Saythany": "Xaythany",
    "Naxaithong": "Naxaythong",
    "Hadxaifong": "Hadxayfong",
    "Hatsayfong": "Hadxayfong",
    "Sikhottabong": "Sikhottabong",
}
# English names of a district's or ward's bodies, after its name: (pattern, Vietnamese head, or None for
# the district or ward itself, whose body is its administration; the level, or None for the district's
# own). Since July 2025 Hanoi's wards carry its old districts' names: "Hoan Kiem Ward People's Committee".
ENGLISH_DISTRICT_BODIES = (
    (r"[Dd]istrict Party Committee", "ủy", None),
    (r"[Dd]istrict People['’]?s Committee", "Ủy ban nhân dân", None),
    (r"[Dd]istrict", None, None),
    (r"[Ww]ard Party Committee", "Đảng ủy", "phường"),
    (r"[Ww]ard People['’]?s Committee", "Ủy ban nhân dân", "phường"),
    (r"[Ww]ard", None, "phường"),
)
# The body of a district or ward named alone ("Xaysetha district signed ..."): its administration.
DISTRICT_ADMINISTRATIONS = {"vn": "Ủy ban nhân dân", "la": "Chính quyền"}
# Titles of a country's leaders that name the national body they head, at the start of the title: the
# holder's side says whose ("Tổng Bí thư" of Laos heads the Lao People's Revolutionary Party).
NATIONAL_LEADER_TITLES = (
    (r"Tổng Bí thư|(?:Party )?General Secretary|Party chief", "Đảng"),
    (r"(?:Phó )?Thủ tướng|(?:Deputy )?Prime Minister", "Chính phủ"),
    (
        r"(?:Phó )?Chủ tịch Quốc hội|(?:Vice |Deputy )?(?:Chairman|Chairwoman|President) of the "
        r"(?:[\w’']+ )?National Assembly|National Assembly (?:Vice )?(?:Chairman|Chairwoman)",
        "Quốc hội",
    ),
)
# A head of state receives callers on their own too, but names no body of their own in the gold
# annotations: most also lead their party ("General Secretary ... and President of Laos"), whose body it is.
HEAD_OF_STATE_TITLES = (
    r"(?:Phó )?Chủ tịch nước|"
    r"(?:Vice |Deputy )?(?:State )?President of (?:Laos|Vietnam|Viet Nam|Lào|Việt Nam)\b|"
    r"(?:Vice |Deputy )?State President"
)
# The parties by side, as "Đảng" in NATIONAL_LEADER_TITLES names them.
PARTIES = {"vn": "Đảng Cộng sản Việt Nam", "la": "Đảng Nhân dân Cách mạng Lào"}
# The bodies English names after "municipal" or "city" alone: the capital is the holder's.
CAPITAL_BODY_HEADS = ("Thành ủy", "Ủy ban nhân dân", "Hội đồng nhân dân")
ENGLISH_DEPARTMENTS = {
    "health": "Y tế",
    "justice": "Tư pháp",
    "foreign affairs": "Ngoại vụ",
    "home affairs": "Nội vụ",
    "planning and investment": "Kế hoạch và Đầu tư",
    "education and training": "Giáo dục và Đào tạo",
    "education and sports": "Giáo dục và Thể thao",
    "culture and sports": "Văn hóa và Thể thao",
    "culture, sports and tourism": "Văn hóa, Thể thao và Du lịch",
    "information and communications": "Thông tin và Truyền thông",
    "industry and trade": "Công Thương",
    "natural resources and environment": "Tài nguyên và Môi trường",
    "agriculture and rural development": "Nông nghiệp và Phát triển nông thôn",
    "labour, invalids and social affairs": "Lao động - Thương binh và Xã hội",
    "science and technology": "Khoa học và Công nghệ",
    "transport": "Giao thông vận tải",
    "finance": "Tài chính",
    "construction": "Xây dựng",
    "tourism": "Du lịch",
    "planning and architecture": "Quy hoạch - Kiến trúc",
    # Vientiane's departments (sở) of the Lao ministries' names.
    "information, culture and tourism": "Thông tin, Văn hóa và Du lịch",
    "public works and transport": "Công chính và Vận tải",
    "energy and mines": "Năng lượng và Mỏ",
    "agriculture and forestry": "Nông nghiệp và Lâm nghiệp",
}
# A department's field stands before a name as its body does: "Deputy Director of the Vientiane Department
# of Education and Sports Bounpheng Sayavong", "... Department of Home Affairs Nguyen Thi Thu Hien".
ENGLISH_DEPARTMENT_WORDS = frozenset(
    word for field in ENGLISH_DEPARTMENTS for word in field.replace(",", "").split()
)
EMBASSY_WORDS = r"Đại sứ quán|Tổng Lãnh sự quán|Embassy|Consulate General"

# "hợp tác sôi nổi từ tháng 4 năm 2022 đến nay", "since April 2022": when something began.
SINCE = r"(?:kể từ|từ|since|from)"

# A clause about what is still to come: "Công an hai Thủ đô sẽ ký biên bản hợp tác vào ngày 20/2". Its
# date dates nothing the article reports, unless it is "ngày mai", as close as reports look ahead.
STILL_TO_COME = (
    r"\bsẽ\b|dự kiến|\bsắp\b|\bwill\b|\bexpected to\b|\bscheduled\b|\bplan(?:s|ned)? to\b|"
    # "Hai bên trao đổi về kế hoạch tổ chức Những ngày Văn hóa Viêng Chăn tại Hà Nội vào năm 2026"
    r"kế hoạch tổ chức"
)
TOMORROW = r"ngày mai|tomorrow"
# What a gathering is: two of different kinds told on the same day are two events ("the conference",
# then "an exhibition within the framework of the conference"), one kind told twice is one.
GATHERING_KINDS = (
    r"hội nghị|hội thảo|tọa đàm|toạ đàm|diễn đàn|triển lãm|hội chợ|lễ hội|tuần văn hóa|tuần văn hoá|"
    r"conference|seminar|workshop|symposium|forum|exhibition|display|fair|festival|culture week|"
    r"cultural week|"
    # A trade promotion held as a week: "Tuần hàng Hà Nội tại Viêng Chăn", "the Hanoi Goods Week in
    # Vientiane".
    r"tuần hàng|goods week|trade week"
)
# A meeting or a signing on the programme of the visit the article reports is an event of it, even when
# told ahead (a signing told ahead takes the visit's month, dating.py): "Trong khuôn khổ chuyến thăm, dự
# kiến, Đoàn ... sẽ đến chào xã giao Tổng Bí thư ...", "Đáng chú ý, trong khuôn khổ chuyến thăm lần này,
# Công an hai thành phố sẽ ký biên bản hợp tác vào ngày 20/2", "The agenda of the visit includes ...".
VISIT_PROGRAMME = (
    r"^(?:[^,.;]{1,20},\s*)?(?:Trong khuôn khổ|Trong) chuyến (?:thăm|công tác)|"
    r"\b(?:agenda|programme|program|itinerary) of the (?:visit|trip)\b"
)

# Abbreviations in bodies' names, spelled out (folded): "UBND TP Hà Nội" is "Ủy ban nhân dân thành phố
# Hà Nội".
ORGANIZATION_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "tp": "thanh pho",
    "lhpn": "lien hiep phu nu",
    "mttq": "mat tran to quoc",
    "chdcnd": "cong hoa dan chu nhan dan",
    "chxhcn": "cong hoa xa hoi chu nghia",
    "ldld": "lien doan lao dong",
    "tncs": "thanh nien cong san",
    "ksnd": "kiem sat nhan dan",
    "tand": "toa an nhan dan",
    "ndcm": "nhan dan cach mang",
    "tw": "trung uong",
}
