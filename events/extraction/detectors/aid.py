"""Aid: gifts of money and goods (trao tặng, hỗ trợ, ủng hộ ... USD, khẩu trang), either way between the
sides, and projects Hanoi funds (dự án ... do Hà Nội tài trợ, a school built with Hanoi's money),
dated by the milestone the article reports (khánh thành, bàn giao, khởi công)."""

import re

from events.extraction import vocabulary
from events.extraction.amounts import aid_amounts, same_amount
from events.extraction.dates import date_of_event, same_day
from events.extraction.detectors.shared import (
    FUTURE,
    MILESTONE,
    SAME_OCCASION,
    Findings,
    Sentence,
    add_amounts,
    day_instead_of_a_span,
)
from events.extraction.organizations import bodies_in
from events.extraction.sides import has_marker
from events.extraction.types import Candidate
from events.text import fold, squeeze

AID_VERB = re.compile(vocabulary.AID_VERBS, re.IGNORECASE)
AID_GOODS = re.compile(vocabulary.AID_GOODS, re.IGNORECASE)
NOT_AID = re.compile(vocabulary.NOT_AID, re.IGNORECASE)
THANKS_FOR = re.compile(vocabulary.THANKS_FOR, re.IGNORECASE)
ANOTHER_PROJECT = re.compile(vocabulary.ANOTHER_PROJECT, re.IGNORECASE)
ALSO_AT_THE_OCCASION = re.compile(vocabulary.ALSO_AT_THE_OCCASION, re.IGNORECASE)
OPENS_EARLIER = re.compile(vocabulary.OPENS_EARLIER, re.IGNORECASE)
CEREMONY_ATTENDED = re.compile(vocabulary.CEREMONY_ATTENDED, re.IGNORECASE)
FUNDED_PROJECT = re.compile(vocabulary.FUNDED_PROJECT, re.IGNORECASE)
PLEDGED_WORK = re.compile(vocabulary.PLEDGED_WORK, re.IGNORECASE)
THE_COURSE = re.compile(vocabulary.THE_COURSE, re.IGNORECASE)
MILESTONE_PROJECT = re.compile(vocabulary.MILESTONE_PROJECT, re.IGNORECASE)
ANOTHER_WORK_NAMED = re.compile(rf"\b(?:{vocabulary.PROJECT_NOUNS_CAPITALISED})\b")
HANOI_GIFT = re.compile(vocabulary.HANOI_GIFT, re.IGNORECASE)
WORK_OF_A_YEAR = re.compile(vocabulary.WORK_OF_A_YEAR, re.IGNORECASE)
PROJECT_COST = re.compile(vocabulary.PROJECT_COST, re.IGNORECASE)
PROGRESS_REVIEW = re.compile(vocabulary.PROGRESS_REVIEW, re.IGNORECASE)
MANY_PROJECTS_FUNDED = re.compile(vocabulary.MANY_PROJECTS_FUNDED, re.IGNORECASE)
PROJECTS_LISTED = re.compile(vocabulary.PROJECTS_LISTED)
PROJECT_WORK = re.compile(vocabulary.PROJECT_WORK, re.IGNORECASE)
OF_WHICH = re.compile(vocabulary.OF_WHICH, re.IGNORECASE)
LISTS_GOODS = re.compile(vocabulary.LISTS_GOODS, re.IGNORECASE)
RECEIVED_FROM = re.compile(vocabulary.RECEIVED_FROM, re.IGNORECASE)
MANY_GIFTS = re.compile(vocabulary.MANY_GIFTS, re.IGNORECASE)
EMBASSY_NAME = re.compile(vocabulary.EMBASSY_NAME, re.IGNORECASE)
DELEGATION_AS_SUBJECT = re.compile(rf"\b(?:{vocabulary.DELEGATION_AS_SUBJECT})\b[^,;]{{0,40}}$")
RECIPIENT_WHO_RECEIVED = re.compile(
    rf"\s*(?P<who>[^,]{{3,60}}?)\s+(?:cũng\s+)?(?:đã\s+)?(?:{vocabulary.RECEIVED})"
)
DEFAULT_RECIPIENT_OF_LAO_AID = vocabulary.HANOI_NAMES[0]
GIFT_CEREMONY = re.compile(vocabulary.GIFT_CEREMONY, re.IGNORECASE)
CLAUSE_BREAK = re.compile(vocabulary.CLAUSE_BREAK, re.IGNORECASE)
GIFT_FOR = re.compile(vocabulary.GIFT_FOR, re.IGNORECASE)
NATIONAL_GIVER = re.compile(vocabulary.NATIONAL_GIVER)
COST_BEFORE_THE_WORK = re.compile(vocabulary.COST_BEFORE_THE_WORK, re.IGNORECASE)


def detect(sentence: Sentence, found: Findings, article):
    """A funded project (or its cost), then the goods of a gift just told, then a gift. Returns True
    when the sentence was taken by one of them."""
    _attendees_of_the_milestone(sentence, found, article)
    _earlier_works_of_their_years(sentence, found)
    return (
        _listed_projects(sentence, found, article)
        or _many_projects_as_a_whole(sentence)
        or _funded_project(sentence, found, article)
        or _pledged_work(sentence, found, article)
        or _project_cost(sentence, found, article)
        or _project_named_by_milestone(sentence, found, article)
        or _goods_of_the_gift_just_told(sentence, found, article)
        or _ceremony_of_the_gift_just_told(sentence, found)
        or _gift(sentence, found, article)
    )


def finish(found: Findings, article):
    """A funded project without a date of its own takes the day of its reported milestone ("Ngày 15/5,
    ... lễ khánh thành và bàn giao Trường ..."); one with neither a date nor an amount is only praised
    in passing ("the Hanoi-funded Friendship Park is now a favourite destination") and is dropped unless
    its own sentence names a milestone ("chỉ hơn một năm sau khởi công, dự án ..."). A date from a
    sentence that names no milestone ("received the delegation on Saturday, as the two cities marked
    the opening of a kindergarten funded by Hanoi") gives way to the milestone's own day."""
    for project in [c for c in found.candidates if c.category == "funded_project"]:
        if project.earlier or (project.date and MILESTONE.search(article.sentences[project.sentence])):
            # A project told as done before ("Trước đó, thành phố Hà Nội đã tài trợ xây dựng Trường ...")
            # is no passing praise, and the day of this article's milestone is not its day.
            continue
        if milestone_day := _milestone_day(found, article):
            number, project.date = milestone_day
            project.sentences.append(number)
        if (
            project.date is None
            and not project.amounts
            and not MILESTONE.search(article.sentences[project.sentence])
        ):
            found.candidates.remove(project)


def _attendees_of_the_milestone(sentence, found, article):
    """ "Dự lễ khởi công, về phía Việt Nam có ông ...", right after a project's groundbreaking or hand-over:
    who attended it takes part in the project. The sentence stays free for the other detectors (it may
    also tell the visit its guests are on)."""
    project = next((c for c in reversed(found.candidates) if c.category == "funded_project"), None)
    if (
        project is not None
        and 0 < sentence.number - max(project.sentences) <= 2
        and CEREMONY_ATTENDED.search(sentence.text)
        and any(MILESTONE.search(article.sentences[n]) for n in [*project.sentences, sentence.number])
    ):
        project.sentences.append(sentence.number)


def _milestone_day(found, article):
    """(sentence number, day) of the first milestone told with the Lao side and a day, or None."""
    for number in found.scope:
        text = article.sentences[number]
        milestone = MILESTONE.search(text)
        if not milestone or number not in article.lao_sentences or FUTURE.search(text[: milestone.start()]):
            continue
        days = [d for d in article.reference.dates_in(text) if d.day]
        if day := date_of_event(days, milestone.start()):
            return number, day
    return None


def _earlier_works_of_their_years(sentence, found):
    """ "..., sau Trường Tiểu học Hữu nghị ... khánh thành năm 2009 và Công viên Hữu nghị ... khánh thành năm
    2016", in a sentence that says Hanoi funds them: each work an earlier project of its year, unless the
    article has told that work, or a work of that year, already."""
    if not (sentence.lao_related and HANOI_GIFT.search(sentence.text)):
        return
    for named in WORK_OF_A_YEAR.finditer(sentence.text):
        year = next(
            (
                d
                for d in sentence.dates
                if d.start >= named.start("year") and d.precision in ("year", "month")
            ),
            None,
        )
        work = squeeze(named.group("work"))
        known = [c for c in found.candidates if c.category == "funded_project"]
        if year is None or any(_same_work(work, year, c) for c in known):
            continue
        found.candidates.append(
            Candidate(
                "funded_project", sentence.number, work, year, [sentence.number], project=work, earlier=True
            )
        )


def _same_work(work, year, candidate):
    told = fold(candidate.project or "")
    return bool(told and (told in fold(work) or fold(work) in told)) or bool(
        candidate.date and candidate.date.date and candidate.date.date.year == year.date.year
    )


def _funded_project(sentence, found, article):
    """ "Trường ... được thành phố Hà Nội tài trợ xây dựng", also right after the hand-over in Vientiane."""
    project = FUNDED_PROJECT.search(sentence.text)
    if not project or THE_COURSE.match(sentence.text):
        # "The month-long course, which opened on September 5, was funded by the Hanoi People's Committee":
        # Hanoi pays for the course just told, no work.
        return False
    number = sentence.number
    after_lao_sentence = number - 1 in article.lao_sentences and number - 1 in found.scope
    if not (sentence.lao_related or found.candidates or after_lao_sentence):
        return False
    name = squeeze(project.group("name") or project.group("work") or project.group("built") or "")
    # "được Hà Nội tài trợ xây dựng năm 2019": a year dates a project when it is all there is.
    own = date_of_event(sentence.dates, project.start())
    amounts = aid_amounts(sentence.text, article.language, project=True)
    # "Trước đó, thành phố Hà Nội đã tài trợ xây dựng Trường ...": another, earlier project.
    # "..., which Hanoi funded and handed over to Vientiane last August": a work recalled, not today's.
    told_before = bool(OPENS_EARLIER.search(sentence.text) or project.group("which"))
    earlier = told_before or bool(PROGRESS_REVIEW.search(sentence.text[: project.start()]))
    another = told_before or bool(
        ANOTHER_PROJECT.search(sentence.text[max(0, project.start() - 40) : project.end()])
    )
    _add_project(
        sentence, found, article, project.group(0), own, amounts, name, earlier=earlier, another=another
    )
    _later_milestones(sentence, found, article, project.end(), own, name)
    return True


def _later_milestones(sentence, found, article, start, first, name):
    """ "...; công trình được khởi công tháng 3/2016 và khánh thành, bàn giao vào tháng 12/2017": each other
    day the sentence gives a milestone of the work is the project's event of that day, as it is when told in
    a sentence of its own."""
    days = {first.date} if first else set()
    for milestone in MILESTONE.finditer(sentence.text, start):
        if ANOTHER_WORK_NAMED.search(sentence.text, start, milestone.start()):
            continue  # "..., sau Trường Tiểu học ... khánh thành năm 2009": another work's milestone
        after = [day for day in sentence.dates if day.start > milestone.start() and day.date]
        own = date_of_event(after, milestone.start())
        if own is None or own.date in days:
            continue
        days.add(own.date)
        _add_project(sentence, found, article, milestone.group(0), own, [], name, another=True)


def _pledged_work(sentence, found, article):
    """A work Hanoi pledges with its cost ("thành phố Hà Nội sẽ hỗ trợ ... 1 triệu USD để xây dựng Trường
    ...", "Hanoi pledged US$1 million to build a kindergarten"): the project it funds, a project of its own,
    dated by the sentence or else by the occasion it was announced at."""
    pledge = PLEDGED_WORK.search(sentence.text)
    if not (pledge and sentence.lao_related):
        return False
    amounts = aid_amounts(sentence.text, article.language, project=True)
    if not amounts:
        return False
    name = squeeze(pledge.group("work") or pledge.group("built") or "")
    at_the_occasion = found.last_day if SAME_OCCASION.search(sentence.text[: pledge.start()]) else None
    own = date_of_event(sentence.dates, pledge.start()) or at_the_occasion
    _add_project(sentence, found, article, pledge.group(0), own, amounts, name, another=True)
    return True


def _listed_projects(sentence, found, article):
    """ "Từ 2004 đến nay, TP Hà Nội đã hỗ trợ kinh phí ... nhiều công trình, dự án. Cụ thể, dự án xây dựng
    Trường ... trị giá 14,8 tỷ đồng; Xây dựng hệ thống cấp nước sạch ... 7.955 triệu đồng; ...", "Hanoi has
    funded a number of projects in Lao localities, including the ... school worth 14.8 billion VND": each
    work listed with its cost is a project Hanoi funded, told as done before, so undated."""
    text, number = sentence.text, sentence.number
    listing = PROJECTS_LISTED.search(text)
    if listing is None:
        return False
    before = text[: listing.start()]
    if not (
        MANY_PROJECTS_FUNDED.search(before)
        or (listing.start() == 0 and _after_many_projects(number, found, article))
    ):
        return False
    added = False
    for item in text[listing.end() :].split(";"):
        amounts = aid_amounts(item, article.language, project=True)
        if amounts and PROJECT_WORK.search(item):
            found.candidates.append(
                Candidate(
                    "funded_project",
                    number,
                    squeeze(item)[:80],
                    None,
                    [number],
                    amounts=amounts,
                    earlier=True,
                )
            )
            added = True
    return added


def _after_many_projects(number, found, article):
    return number - 1 in found.scope and bool(MANY_PROJECTS_FUNDED.search(article.sentences[number - 1]))


def _many_projects_as_a_whole(sentence):
    """The sentence that tells Hanoi's funding of many works as a whole is no gift of its own; a gift made
    for them is one ("trao tặng ... 1 tỷ đồng để hỗ trợ xây dựng một số công trình phúc lợi")."""
    many = MANY_PROJECTS_FUNDED.search(sentence.text)
    if not many or PROJECTS_LISTED.search(sentence.text):
        return False
    return not GIFT_FOR.search(sentence.text[: many.start()])


def _project_cost(sentence, found, article):
    """ "It will be built within 12 months at a total cost of 3 million USD.": the project just told."""
    named_by_its_cost = COST_BEFORE_THE_WORK.search(sentence.text) and not MILESTONE.search(sentence.text)
    if not (PROJECT_COST.search(sentence.text) or named_by_its_cost):
        return False
    project = found.told_just_before("funded_project", sentence.number, 3)
    if project and project.earlier:
        # The cost of the work told after one of its earlier milestones is the work's, told first.
        project = next(
            (c for c in found.candidates if c.category == "funded_project" and not c.earlier), project
        )
    cost = aid_amounts(sentence.text, article.language, project=True) if project else []
    if not cost:
        return False
    project.sentences.append(sentence.number)
    add_amounts(project, cost)
    _earlier_milestone_beside_the_cost(sentence, found, article, project)
    return True


def _earlier_milestone_beside_the_cost(sentence, found, article, project):
    """ "Trường được khởi công ngày 15/11/2016 với tổng vốn đầu tư 42 tỷ đồng từ ngân sách thành phố Hà Nội":
    the cost is the work's, and the milestone, dated before the work's day, is an earlier event of its own."""
    named = MILESTONE_PROJECT.search(sentence.text)
    own = date_of_event(sentence.dates, named.start()) if named else None
    if own and own.date and project.date and project.date.date and own.date < project.date.date:
        _add_project(sentence, found, article, named.group(0), own, [], "", earlier=True, another=True)


def _project_named_by_milestone(sentence, found, article):
    """ "Lễ khởi công Dự án xây dựng trụ sở ... Đây là quà tặng của ... Thủ đô Hà Nội": a project Hanoi
    gives, named by the milestone the article reports."""
    named = MILESTONE_PROJECT.search(sentence.text)
    if not named or FUTURE.search(sentence.text[: named.start()]):
        return False
    # "Công trình hoàn thành vào tháng 6/2018": another milestone of the work Hanoi funds, just told.
    work_just_told = found.told_just_before("funded_project", sentence.number, 2) is not None
    this_and_the_next_two = [
        article.sentences[n] for n in range(sentence.number, sentence.number + 3) if n in found.scope
    ]
    if not work_just_told and not (
        sentence.lao_related and HANOI_GIFT.search(" ".join(this_and_the_next_two))
    ):
        return False
    own = date_of_event(sentence.dates, named.start())
    amounts = aid_amounts(sentence.text, article.language, project=True)
    # "Trường ... được khởi công vào tháng 11 năm 2008", told after today's hand-over: an earlier milestone.
    before_another = any(
        c.category == "funded_project"
        and c.date
        and c.date.date
        and own
        and own.date
        and own.date < c.date.date
        for c in found.candidates
    )
    _add_project(sentence, found, article, named.group(0), own, amounts, "", earlier=before_another)
    return True


def _add_project(sentence, found, article, cue, own, amounts, name, earlier=False, another=False):
    """A funded project, joined to the one already found unless their names or days differ or the sentence
    tells `another`: "the opening of a new kindergarten funded by Hanoi", then "The school, built with
    US$1.2 million from Hanoi, ..."."""

    def dated_by_milestone(candidate):
        return candidate.date is not None and MILESTONE.search(article.sentences[candidate.sentence])

    same = next(
        (
            c
            for c in found.candidates
            if c.category == "funded_project"
            and not another
            and (not name or not c.project or fold(name) == fold(c.project))
            and (own is None or not dated_by_milestone(c) or same_day(own, c.date))
        ),
        None,
    )
    number = sentence.number
    if same is None:
        found.candidates.append(
            Candidate(
                "funded_project", number, cue, own, [number], amounts=amounts, project=name, earlier=earlier
            )
        )
        return
    if own and not dated_by_milestone(same) and MILESTONE.search(sentence.text):
        same.sentence, same.date = number, own
    same.sentences.append(number)
    same.project = same.project or name
    same.date = same.date or own
    for amount in amounts:
        if not any(same_amount(amount, known) for known in same.amounts):
            same.amounts.append(amount)


def _goods_of_the_gift_just_told(sentence, found, article):
    """ "The medical supplies comprise 50,000 face masks, ...", "Trong đó ủng hộ Thủ đô Hà Nội 15.000 USD
    và ...": the gift just reported, item by item or by recipient."""
    gift = found.told_just_before("aid", sentence.number, 2)
    if gift is None:
        return False
    listing = (not AID_VERB.search(sentence.text) and LISTS_GOODS.search(sentence.text)) or OF_WHICH.match(
        sentence.text
    )
    if not listing:
        return False
    listed = aid_amounts(sentence.text, article.language)
    if not listed:
        return False
    gift.sentences.append(sentence.number)
    add_amounts(gift, listed)
    return True


def _ceremony_of_the_gift_just_told(sentence, found):
    """ "Hanoi has handed over 50 computers ... The handover ceremony was held at the Vientiane Capital Hall
    on Friday": the ceremony's day is the gift's, when the gift told just before has none."""
    gift = found.candidates[-1] if found.candidates else None
    if (
        gift is None
        or gift.category != "aid"
        or gift.date is not None
        or not GIFT_CEREMONY.search(sentence.text)
    ):
        return False
    day = date_of_event([d for d in sentence.dates if d.day], 0)
    if day is None:
        return False
    gift.sentences.append(sentence.number)
    gift.date = day
    return True


def _gift(sentence, found, article):
    text = sentence.text
    verb = AID_VERB.search(text)
    if not verb:
        return False
    # "Tại trường, Đoàn đã trao tặng nhà trường 200 bộ bàn ghế": the visiting delegation gives.
    delegation_gives = bool(
        sentence.names_delegation and found.candidates and DELEGATION_AS_SUBJECT.search(text[: verb.start()])
    )
    on_the_occasion = bool(SAME_OCCASION.search(text)) or delegation_gives
    if not (sentence.lao_related or (found.candidates and on_the_occasion)):
        return False
    if NATIONAL_GIVER.search(text[: verb.start()]):
        return True  # a country's aid, told beside the capitals': no gift of theirs
    amounts = aid_amounts(text, article.language)
    if not amounts and (
        not AID_GOODS.search(text)
        or NOT_AID.search(text)
        or MANY_GIFTS.search(text)
        or THANKS_FOR.search(text[: verb.start()])
    ):
        # Aid words without anything given, gifts summed up, thanks for help: the sentence is told, no gift.
        return True
    reverse = _from_the_lao_side(text, verb, article.lao_markers)
    other_way = _gift_the_other_way(sentence, verb, reverse, article)
    if other_way:
        # "Hanoi presented Vientiane with ..., while Vientiane gave Hanoi US$20,000": two gifts, in the
        # order told.
        amounts = [a for a in amounts if not any(same_amount(a, b) for b in other_way[1])]
    if reverse:
        subject = RECIPIENT_WHO_RECEIVED.match(text)
        for amount in amounts:
            amount.recipient = amount.recipient or (
                subject.group("who") if subject else DEFAULT_RECIPIENT_OF_LAO_AID
            )
    own = _gift_date(sentence, verb, article)
    _add_gift(sentence, found, verb, own, amounts, reverse, on_the_occasion, article)
    if other_way:
        other_verb, other_amounts = other_way
        other_own = _gift_date(sentence, other_verb, article)
        _add_gift(
            sentence, found, other_verb, other_own, other_amounts, not reverse, on_the_occasion, article
        )
    return True


def _givers(text):
    """The names of the bodies a sentence names before its gift's verb: who gives ("Cùng dịp, Hội Chữ thập
    đỏ TP Hà Nội ... trao tặng 1 tỷ đồng")."""
    verb = AID_VERB.search(text)
    return {body.name for body in bodies_in(text[: verb.start()] if verb else "")}


def _another_giver(sentence, gift, article):
    """Another body gives at the same occasion ("Cùng dịp, Hội Chữ thập đỏ TP Hà Nội ... trao tặng"): the
    sentence says so, and its givers and the gift's are named, and differ."""
    opening = ALSO_AT_THE_OCCASION.search(sentence.text)
    if not opening:
        return False
    givers = _givers(sentence.text[opening.end() :])  # "Along with the city's donation, ...": after it
    known = set().union(*(_givers(article.sentences[n]) for n in gift.sentences))
    return bool(givers and known and not givers & known)


def _gift_the_other_way(sentence, verb, reverse, article):
    """A second clause that gives the other way ("..., while Vientiane gave Hanoi US$20,000", "..., còn
    Viêng Chăn tặng Hà Nội ..."): (its verb, its amounts), or None."""
    text = sentence.text
    second = CLAUSE_BREAK.search(text, verb.end())
    other_verb = AID_VERB.search(text, second.end()) if second else None
    if other_verb is None or _from_the_lao_side(text, other_verb, article.lao_markers) == reverse:
        return None
    amounts = aid_amounts(text[second.end() :], article.language)
    return (other_verb, amounts) if amounts else None


def _gift_date(sentence, verb, article):
    """A day or month near the verb; else "Năm 2018, Công an Hà Nội đã hỗ trợ ... 1,2 tỷ đồng": a year
    before the verb, earlier than the article's, makes an earlier gift of its own."""
    dates = [d for d in sentence.dates if d.precision != "year"]
    if SAME_OCCASION.search(sentence.text[: verb.start()]):
        # "On this occasion, the ... Committee handed over VND200 million ... to help households affected by
        # the floods that hit ... in September": the occasion dates the gift, a month after it is its cause.
        dates = [d for d in dates if d.start < verb.start() or d.precision == "day"]
    own = date_of_event(dates, verb.start())
    if own is not None:
        return own
    now = article.reference.now
    return next(
        (
            d
            for d in sentence.dates
            if d.precision == "year" and d.start < verb.start() and now and d.date.year < now
        ),
        None,
    )


def _add_gift(sentence, found, verb, own, amounts, reverse, on_the_occasion, article):
    """A gift joins one already told the same way (or with the same sum: one sum told twice is one
    gift, whichever way the sentence reads) on the same day, or an undated one unless the sentence opens
    on an earlier time ("Earlier this week, the Hanoi Women's Union donated ..."), and unless another body
    gives it; else it is a gift of its own."""
    opens_earlier = bool(OPENS_EARLIER.search(sentence.text))
    undated_joins = own is not None and own.precision != "year" and not opens_earlier
    same = next(
        (
            c
            for c in found.candidates
            if c.category == "aid"
            and (c.reverse == reverse or any(same_amount(a, k) for a in amounts for k in c.amounts))
            and (
                (own is None and not opens_earlier)
                or (c.date is None and undated_joins)
                or same_day(own, c.date)
            )
            and not (amounts and _another_giver(sentence, c, article))
        ),
        None,
    )
    if same is None:
        found.candidates.append(
            Candidate(
                "aid",
                sentence.number,
                verb.group(0),
                own,
                [sentence.number],
                amounts=amounts,
                reverse=reverse,
                part_of_occasion=on_the_occasion,
            )
        )
        return
    same.sentences.append(sentence.number)
    add_amounts(same, amounts)
    # "Nhân dịp này, Sở Y tế Hà Nội đã trao tặng ...": on the day the article last named.
    same.date = (
        day_instead_of_a_span(same.date, own or (found.last_day if on_the_occasion else None))
        or same.date
        or own
    )
    same.part_of_occasion = same.part_of_occasion or on_the_occasion


def _from_the_lao_side(text, verb, lao_markers):
    """Aid from the Lao side: "Hà Nội nhận được ... từ Thủ đô Viêng Chăn", "Viêng Chăn ủng hộ Hà Nội"."""
    received = RECEIVED_FROM.search(text)
    if received and has_marker(text[received.end() : received.end() + 60], lao_markers):
        return True
    if verb.group(0).lower() == "received":
        # The subject receives, from the Vietnamese side: "Vientiane ... received ... from Hanoi".
        return False
    # An embassy named as the place names both sides: "Đoàn Vientiane đến trụ sở Đại sứ quán Việt Nam tại
    # Lào trao tặng ... Hà Nội" is still the Lao side giving.
    before = EMBASSY_NAME.sub(" ", text[: verb.start()])
    after = EMBASSY_NAME.sub(" ", text[verb.end() : verb.end() + 80])
    # The giver is named just before the verb, in its own clause: "This August, when Hanoi was under social
    # distancing, the Vientiane Capital authorities again sent ..." (Hanoi is in the clause before).
    givers = [before[-80:], before.rsplit(",", 1)[-1][-80:]]
    return (
        any(
            has_marker(giver, lao_markers) and not has_marker(giver, vocabulary.VIETNAM_MARKERS)
            for giver in givers
        )
        and has_marker(after, vocabulary.VIETNAM_MARKERS)
        and not has_marker(after[:40], lao_markers)
    )
