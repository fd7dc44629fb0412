"""The only module that saves pipeline results: read -> clean -> save the article -> extract events.

One transaction per article: a failure leaves nothing of that article half-saved, and the batch
goes on. See STYLE.md ("Pipeline: plain functions, thin commands").
"""

import dataclasses
import logging
from dataclasses import dataclass, field

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Prefetch
from django.utils import timezone

from . import cleaning, outlets, search
from .cleaning import PublishedFrom
from .extraction import extract_events
from .models import (
    MODEL_OF_KIND,
    Agreement,
    Amount,
    Article,
    DatePrecision,
    Event,
    Organization,
    Participation,
    Person,
    ReviewStatus,
    Source,
)
from .reading import ArticleInput, ReadFailure, read_inputs
from .signals import counts_mark, marks_of, one_revision, record_changed
from .text import fold, has_marks

logger = logging.getLogger(__name__)

# Fields re-extraction may refresh on an event nobody has reviewed or edited.
EXTRACTED_FIELDS = [
    "category",
    "title",
    "date",
    "date_precision",
    "date_end",
    "year_inferred",
    "date_text",
    "place",
    "direction",
    "summary",
]


# Any fixed number: the key of the PostgreSQL advisory lock that serialises event matching.
EVENT_MATCHING_LOCK = 4_611_686_018_427_387_000


class ImportFailed(Exception):
    pass


class DryRunRollback(Exception):
    pass


class DatabaseUnavailable(Exception):
    """The connection is gone: every further article would fail the same way, so the batch stops."""


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list = field(default_factory=list)  # (label, reason)
    warnings: list = field(default_factory=list)  # (label, what was read past; the article was kept)
    aborted: str = ""  # why the batch stopped early, if it did

    def record(self, outcome, events=0):
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.events += events

    @property
    def total(self):
        return self.created + self.updated + self.unchanged + len(self.failed)

    def summary(self):
        warnings = len(self.warnings)
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; {self.events} events extracted"
            + (f"; {warnings} warning{'s' if warnings > 1 else ''}" if warnings else "")
        )


def import_articles(targets, *, dry_run=False, progress=None):
    """Import every article named by `targets` (files, folders, URLs) and return the counts."""
    result = ImportResult()
    for item in read_inputs(targets):
        if isinstance(item, ReadFailure):
            result.failed.append((item.label, item.reason))
        else:
            try:
                import_input(item, result, dry_run=dry_run)
            except DatabaseUnavailable as error:
                # What was committed before stays; a re-run skips it as unchanged and goes on.
                result.failed.append((item.label, str(error)))
                result.aborted = f"the database became unavailable: {error}"
                break
        if progress:
            progress(result, item.label)
    return result


def import_input(item, result, *, dry_run=False):
    try:
        with transaction.atomic():
            outcome, events = import_article(item)
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        result.record(outcome, events)
    except ImportFailed as error:
        result.failed.append((item.label, str(error)))
    except DatabaseError as error:
        if not connection.is_usable():
            raise DatabaseUnavailable(f"{type(error).__name__}: {error}".strip()) from error
        logger.exception("Importing %s failed", item.label)
        result.failed.append((item.label, f"{type(error).__name__}: {error}"))
    except Exception as error:  # noqa: BLE001 - one broken article must not stop the batch
        logger.exception("Importing %s failed", item.label)
        result.failed.append((item.label, f"{type(error).__name__}: {error}"))
    else:
        result.record(outcome, events)
        result.warnings.extend((item.label, warning) for warning in item.warnings)


def import_article(item: ArticleInput):
    """Save one article (and its events). Returns ("created" | "updated" | "unchanged", events)."""
    article = Article.objects.select_for_update().filter(source_key=item.source_key).first()
    if article is not None and article.content_hash == item.content_hash:
        return "unchanged", 0
    if article is None and Article.objects.filter(content_hash=item.content_hash).exists():
        return "unchanged", 0  # the same bytes under another file name
    fields, clean = prepare(item)
    if article is None and fields["url"]:
        # The same page (its address, or the canonical one it names) saved under another name: one article.
        article = Article.objects.select_for_update().filter(url=fields["url"]).first()
    outcome = "updated" if article else "created"
    if article is None:
        article = Article(source_key=item.source_key)
    # An outlet already known (a curator's, or an earlier import's) stays.
    fields["outlet"] = article.outlet or fields["outlet"]
    for name, value in fields.items():
        setattr(article, name, value)
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # Another import process saved the same source a moment ago: theirs stands.
        return "unchanged", 0
    events = extract_article(article, clean)
    if article.extraction_error:
        # Kept with its text; a curator sees the error on the article and can re-extract it.
        item.warnings.append(f"extraction failed, the article is kept: {article.extraction_error}")
    return outcome, events


def prepare(item: ArticleInput):
    """Clean the input: (the Article's fields, the CleanArticle extraction reads). Raises ImportFailed
    when nothing usable is left."""
    article, page_url = clean_input(item)
    if not article.text.strip():
        raise ImportFailed("no article text left after cleaning")
    fields = {
        "url": (item.url or page_url)[:2000],
        "outlet": outlets.outlet_of(item.url or page_url, page_html(item)),
        "title": article.title[:1000],
        "published": article.published,
        "published_from": article.published_from,
        "published_precision": article.published_precision,
        "language": article.language,
        "input_format": item.input_format,
        "raw": item.raw,
        "encoding": item.encoding,
        "clean_text": article.text,
        "content_hash": item.content_hash,
        "text_damaged": cleaning.looks_damaged(item.raw if item.text is None else item.text),
    }
    return fields, article


def page_html(item: ArticleInput):
    """The saved page or the JSONL record's HTML, whose <head> may name the site; None for text."""
    if item.html is not None:
        return item.html
    return item.raw if item.input_format == "html" else None


def clean_input(item: ArticleInput):
    """The input as a CleanArticle, and the canonical URL a saved page names ("" if none)."""
    urls = [item.url, *cleaning.source_urls(item.text or item.raw)]
    if item.input_format == "html" or item.html is not None:
        page = cleaning.html_to_article(
            item.html if item.html is not None else item.raw, url=item.url or None
        )
        published = item.published or (page.published.date() if page.published else None)
        source = PublishedFrom.RECORD if item.published else PublishedFrom.METADATA
        article = cleaning.read_clean_article(
            page.text,
            title=item.title or page.title,
            published=published,
            published_from=source,
            published_precision=item.published_precision if item.published else "day",
            urls=[*urls, page.url or ""],
        )
        return article, page.url or ""
    if item.input_format == "jsonl" and item.title:
        # A record's own title: the text starts with the article.
        title, body, head = item.title, item.text, None
    else:
        head = cleaning.split_title(item.text if item.text is not None else item.raw)
        title, body = head.title, head.rest
    published, source, precision = item.published, PublishedFrom.RECORD, item.published_precision
    if published is None and head is not None and head.published is not None:
        published, source, precision = head.published.date(), head.published_from, "day"
    article = cleaning.read_clean_article(
        cleaning.clean_text(body, title=title),
        title=title,
        published=published,
        published_from=source,
        published_precision=precision,
        urls=urls,
    )
    return article, ""


def extract_article(article, clean=None):
    """Run the extractor on a saved article (its CleanArticle, when the import has it at hand) and save
    its events; a failure is recorded on the article and the article itself is kept. Returns how many
    events the article now has."""
    try:
        with transaction.atomic():
            extracted = extract_events(clean or stored_clean_article(article))
            with one_revision():
                save_events(article, extracted)
    except Exception as error:  # noqa: BLE001 - recorded on the article for curators to see
        logger.exception("Extraction failed for %s", article.source_key)
        article.extraction_error = f"{type(error).__name__}: {error}"
    else:
        article.extraction_error = ""
    article.extracted_at = timezone.now()
    article.save(update_fields=["extraction_error", "extracted_at"])
    return article.sources.count()


def stored_clean_article(article):
    """A saved article as extraction reads it, for re-extraction."""
    return cleaning.read_clean_article(
        article.clean_text,
        title=article.title,
        published=article.published,
        published_from=article.published_from,
        published_precision=article.published_precision or "day",
    )


def save_events(article, extracted):
    """Make the article's events match what was extracted without duplicating or undoing curation.

    Existing events of this article are matched first and refreshed (ids, and so permalinks, stay);
    new ones are matched against other articles' events (one event, several sources); events this
    article alone produced that are no longer extracted are removed unless a curator touched them.
    """
    if connection.vendor == "postgresql":
        # Matching against other articles' events and creating new ones must not interleave with
        # another import process doing the same, or both would create the same event. The lock is
        # held until this article's transaction ends. (SQLite serialises writers by itself.)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [EVENT_MATCHING_LOCK])
    previous = list(
        Event.objects.filter(sources__article=article).prefetch_related("participations__person", "sources")
    )
    kept = set()
    own = {event.pk for event in previous}
    known = {}  # the article's people and organisations, each looked up once
    for data in extracted:
        event = find_match(data, previous, kept) or find_match(
            data, candidates_elsewhere(data, article, known), kept, elsewhere=True
        )
        created = event is None
        if created:
            event = create_event(data)
            Source.objects.create(event=event, article=article, evidence=data.evidence)
        else:
            if not is_curated(event):
                refresh_event(event, with_the_more_precise_date(data, event) if event.pk not in own else data)
            Source.objects.update_or_create(
                event=event, article=article, defaults={"evidence": data.evidence}
            )
        kept.add(event.pk)
        if not is_curated(event):
            event.refresh_search_text(**attach_details(event, data, known, created=created))
    for event in previous:
        if event.pk in kept or is_curated(event):
            continue
        if event.sources.exclude(article=article).exists():
            Source.objects.filter(event=event, article=article).delete()
        else:
            event.delete()


def with_the_more_precise_date(data, event):
    """`data` with the date of another article's report of the same event where that one says more: the
    day it gives, or the year it gives to a day and month without one."""
    order = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}
    if event.date is None or order.get(event.date_precision, 0) <= order.get(data.date_precision, 0):
        return data
    if data.date is not None and not same_period(data, event):
        return data
    return dataclasses.replace(
        data,
        date=event.date,
        date_precision=event.date_precision,
        date_end=event.date_end,
        year_inferred=event.year_inferred or data.date is None,
        date_text=data.date_text or event.date_text,
    )


def is_curated(event):
    return event.status != ReviewStatus.EXTRACTED or bool(event.locked_fields)


def candidates_elsewhere(data, article, known):
    """Events from other articles that might be this one (see find_match): same kind and category,
    dates in the same period, and a person in common; without people, the same day."""
    people = {known_person(person.name, known) for person in data.people} - {None}
    if data.people and not people:
        return []  # nobody named here is in the record yet, so no event elsewhere shares them
    if not people and data.date_precision != DatePrecision.DAY:
        return []
    # find_match() takes only an event of the same category from elsewhere.
    events = Event.objects.filter(kind=data.model, category=data.category).exclude(sources__article=article)
    if data.date is None and data.day_and_month:
        # "Chiều 11/3" in an article without a year: the event of that day that gives one.
        month, day = data.day_and_month
        events = events.filter(date_precision=DatePrecision.DAY, date__month=month, date__day=day)
    elif data.date is None:
        events = events.filter(date__isnull=True)
    elif data.date_precision == DatePrecision.DAY:
        events = events.filter(date=data.date)
    elif data.date_precision == DatePrecision.MONTH:
        events = events.filter(date__year=data.date.year, date__month=data.date.month)
    else:
        events = events.filter(date__year=data.date.year)
    if people:
        # The people's events first (an index on person, a few hundred ids at most), then those of the
        # kind and period among them: joined in one query, PostgreSQL read every event of the category
        # and year to find one (bench, 100,000 events: 8.3 ms a call, now 6.4 ms). No DISTINCT either.
        theirs = Participation.objects.filter(person__in=people).values_list("event_id", flat=True)
        events = events.filter(pk__in=list(theirs))
    else:
        events = events.filter(date_precision=DatePrecision.DAY)
    names = Prefetch(
        "participations",
        queryset=Participation.objects.select_related("person").only(
            "event_id", "person__name", "person__aliases"
        ),
    )
    return list(events.prefetch_related(names)[:50])


def find_match(data, events, taken, *, elsewhere=False):
    """The event among `events` that reports the same thing as `data`, if any.

    Within one article (a re-extraction) the best same-kind event is taken. An event from another
    article is the same only when it has the same category, dates that agree at the coarser
    precision, and a participant in common (or, when neither names anyone, the same day). When either
    is undated, a participant in common is not enough (a city's leader takes part in many talks): every
    person the one naming fewer names is in the other."""
    names = {fold(person.name) for person in data.people}
    best, best_score = None, 0
    for event in events:
        if event.pk in taken or event.kind != data.model:
            continue
        if data.date and event.date and not same_period(data, event):
            continue
        if elsewhere and data.direction and event.direction and data.direction != event.direction:
            continue  # Hanoi's trip to Vientiane and Vientiane's to Hanoi in the same year are two visits
        people = [p.person.folded_names() for p in event.participations.all()]
        shared = names & {name for folded in people for name in folded}
        if elsewhere:
            same_day = (
                data.date_precision == event.date_precision == DatePrecision.DAY and data.date == event.date
            )
            if event.category != data.category or not (shared or (same_day and not names)):
                continue
            if not (data.date and event.date) and len(shared) < min(len(names), len(people)):
                continue
        score = 2 * (event.category == data.category) + 2 * (data.date == event.date) + len(shared)
        if score > best_score:
            best, best_score = event, score
    # A same-kind event with neither category, date nor people in common is a different event.
    return best if best_score >= 2 else None


def same_period(data, event):
    """Do two dates agree, compared at the coarser of their precisions?"""
    order = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}
    depth = min(order.get(data.date_precision, 3), order.get(event.date_precision, 3))
    parts = ("year", "month", "day")[:depth]
    return all(getattr(data.date, part) == getattr(event.date, part) for part in parts)


def create_event(data):
    model = MODEL_OF_KIND[data.model]
    extra = {"period": data.period} if model is Agreement else {}
    event = model(**{name: getattr(data, name) for name in EXTRACTED_FIELDS}, **extra)
    event.title = (event.title or data.category)[:500]
    # Fields and choices are checked here; the check constraints, which full_clean() would test with
    # one query each, are the database's to enforce, and a violation fails the article's import.
    event.full_clean(exclude=["organizations"], validate_constraints=False)
    event.save()
    return event


def refresh_event(event, data):
    specific = event.specific
    changed = []
    for name in EXTRACTED_FIELDS:
        if name not in event.locked_fields and getattr(specific, name) != getattr(data, name):
            setattr(specific, name, getattr(data, name))
            changed.append(name)
    if (
        isinstance(specific, Agreement)
        and "period" not in event.locked_fields
        and specific.period != data.period
    ):
        specific.period = data.period
        changed.append("period")
    if changed:
        specific.full_clean(exclude=["organizations"], validate_constraints=False)
        specific.save()


def attach_details(event, data, known, *, created=False):
    """People, organisations and amounts: added when missing, never removed (curators remove).
    `known` keeps the people and organisations already found for other events of the article;
    an event `created` just now has none of its own yet, so nothing is read back.

    Returns the event's people's and organisations' names, for Event.refresh_search_text()."""
    new, names = _participations_to_add(event, data.people, known, created)
    organizations = _organizations_of(data.organizations, known)
    links = []
    if created:
        links = [Event.organizations.through(event=event, organization=org) for org in organizations.values()]
    elif organizations:
        event.organizations.add(*organizations.values())
    amounts = _amounts_to_add(event, data.amounts, created)
    # One INSERT each rather than one a row; bulk_create() sends no post_save, so say so.
    Participation.objects.bulk_create(new)
    Amount.objects.bulk_create(amounts)
    Event.organizations.through.objects.bulk_create(links)
    if new or amounts or links:
        # After the bulk inserts, so the event's marks name its new people and organisations too.
        record_changed(marks=marks_of(event))
    if created:
        organization_names = [org.name for org in organizations.values()]
    else:
        organization_names = list(event.organizations.values_list("name", flat=True))
    return {"people": list(names.values()), "organizations": organization_names}


def _participations_to_add(event, people, known, created):
    """(the event's new Participations, unsaved; every participant's name by person id). A known
    participant whose role or lead changed is updated in place."""
    # Read afresh, not through event.participations: an event matched from another article carries
    # participations prefetched with their names only (candidates_elsewhere), and a queryset chained
    # on those keeps their deferred fields, so reading each role and lead cost a query of its own.
    participations = (
        {}
        if created
        else {p.person_id: p for p in Participation.objects.filter(event=event).select_related("person")}
    )
    names = {p.person_id: p.person.name for p in participations.values()}
    new = []
    for extracted in people:
        key = ("person", extracted.name.lower(), extracted.side)
        if key not in known:
            known[key] = find_or_create_person(extracted.name, extracted.side, known)
        person = known[key]
        names[person.pk] = person.name
        role = extracted.role[:300]
        participation = participations.get(person.pk)
        if participation is None:
            participations[person.pk] = Participation(
                event=event, person=person, role=role, is_lead=extracted.lead
            )
            new.append(participations[person.pk])
        elif (participation.role, participation.is_lead) != (role, extracted.lead):
            participation.role, participation.is_lead = role, extracted.lead
            participation.save(update_fields=["role", "is_lead"])
    return new, names


def _organizations_of(extracted_organizations, known):
    """The Organization of each extracted one, by id, found or created once per article."""
    organizations = {}
    for extracted in extracted_organizations:
        key = ("organization", fold(extracted.name))
        if key not in known:
            known[key] = find_or_create_organization(extracted)
        organizations[known[key].pk] = known[key]
    return organizations


def _amounts_to_add(event, extracted_amounts, created):
    """The event's new Amounts, unsaved: those not already recorded with the same value, unit and
    recipient."""
    existing = set()
    if not created:
        existing = {
            (amount.value, fold(amount.unit), fold(amount.recipient)) for amount in event.amounts.all()
        }
    amounts = []
    for position, extracted in enumerate(extracted_amounts):
        key = (extracted.value, fold(extracted.unit), fold(extracted.recipient))
        if key in existing:
            continue
        existing.add(key)
        amounts.append(
            Amount(
                event=event,
                value=extracted.value,
                unit=extracted.unit[:100],
                count=extracted.count,
                recipient=extracted.recipient[:300],
                status=extracted.status,
                evidence=extracted.evidence,
                position=position,
            )
        )
    return amounts


def find_person(name):
    """The Person `name` is: one with that name or alias (case aside); or, when either is written
    without marks ("Dinh Tien Dung" in an English report, "Anouphap Tounalom" beside "Tounalôm"), the
    same letters. Names that differ only in their marks are two people: "Nguyễn Thị Thủy" is not
    "Nguyễn Thị Thúy". None when there is nobody of that name yet."""
    folded, lowered, marked = fold(name), name.lower(), has_marks(name)
    without_marks = None
    for person in search.matching_name(Person.objects.all(), name):
        for known in (person.name, *person.aliases):
            if known.lower() == lowered:
                return person
            if fold(known) == folded and not (marked and has_marks(known)):
                without_marks = without_marks or person
    return without_marks


def known_person(name, known):
    """find_person(), asked once per name and article (`known` is the article's lookups)."""
    key = _existing_person_key(name)
    if key not in known:
        known[key] = find_person(name)
    return known[key]


def _existing_person_key(name):
    return ("existing person", name.lower())


def find_or_create_person(name, side, known):
    """known_person(), completing its side and aliases from `name`, or a new Person."""
    person = known_person(name, known)
    if person is None:
        person = known[_existing_person_key(name)] = Person.objects.create(name=name[:200], side=side)
        return person
    if side and not person.side:
        person.side = side
        person.save(update_fields=["side", "search_text"])
    vietnamese = "vn" in (side, person.side)
    if vietnamese and has_marks(name) and not has_marks(person.name) and fold(name) == fold(person.name):
        # A Vietnamese known so far only from a report without marks ("Nguyen Huu Phong"): the name as
        # Vietnamese writes it is the person's, the bare spelling an alias. A Lao name keeps its
        # romanisation ("Anouphap Tounalom", not the Vietnamese papers' "Tounalôm").
        _take_the_marked_name(person, name)
    elif name not in (person.name, *person.aliases):
        person.aliases = [*person.aliases, name]
        person.save()
    return person


def _take_the_marked_name(person, name):
    """`person` renamed `name`, the old spelling an alias; their events' search documents, which hold the
    old name, written again, and the counts of their years marked changed."""
    person.aliases = [person.name, *(alias for alias in person.aliases if alias != name)]
    person.name = name[:200]
    person.save()
    events = list(Event.objects.filter(participations__person=person).distinct())
    for event in events:
        event.refresh_search_text()
    record_changed(marks=sorted({counts_mark(event.date) for event in events}))


def find_or_create_organization(extracted):
    """The Organization of this full name (or alias), with the spellings the article used added as
    aliases; or a new one."""
    names = [extracted.name, *extracted.aliases]
    organization = find_organization(extracted.name)
    if organization is None:
        return Organization.objects.create(
            name=extracted.name[:300], side=extracted.side, aliases=[a[:300] for a in extracted.aliases]
        )
    new_aliases = [name for name in names if fold(name) not in organization.folded_names()]
    if new_aliases or (extracted.side and not organization.side):
        organization.aliases = [*organization.aliases, *new_aliases]
        organization.side = organization.side or extracted.side
        organization.save()
    return organization


def find_organization(name):
    folded = fold(name)
    for organization in search.matching_name(Organization.objects.all(), name):
        if folded in organization.folded_names():
            return organization
    return None


def reextract(articles, *, progress=None):
    """Re-run extraction on saved articles (extract_events, the admin's job). `progress(counts,
    article)` is called after each article; a failed one has its reason in article.extraction_error."""
    counts = {"articles": 0, "events": 0, "failed": 0}
    for article in articles:
        with transaction.atomic():
            counts["events"] += extract_article(article)
        article.refresh_from_db(fields=["extraction_error"])
        counts["articles"] += 1
        counts["failed"] += bool(article.extraction_error)
        if progress:
            progress(counts, article)
    return counts


def reextract_summary(counts):
    """The re-extraction's closing line, as the command prints it and a job page shows it."""
    return (
        f"{counts['articles']} articles re-extracted, {counts['events']} events, "
        f"{counts['failed']} extraction failures"
    )
