import datetime
import functools
import typing

from django.db import connection, models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import search
from .cleaning import PublishedFrom
from .text import fold


class Side(models.TextChoices):
    VN = "vn", _("Việt Nam (Hà Nội)")
    LA = "la", _("Lào (Viêng Chăn)")


class Direction(models.TextChoices):
    TO_HANOI = "to_hanoi", _("Phía Lào sang Việt Nam")
    TO_LAOS = "to_laos", _("Phía Hà Nội sang Lào")


class DatePrecision(models.TextChoices):
    DAY = "day", _("ngày")
    MONTH = "month", _("tháng")
    YEAR = "year", _("năm")


class ReviewStatus(models.TextChoices):
    EXTRACTED = "extracted", _("Chưa duyệt (máy trích xuất)")
    REVIEWED = "reviewed", _("Đã duyệt")
    REJECTED = "rejected", _("Đã loại")


class EventKind(models.TextChoices):
    MEETING = "meeting", _("Cuộc gặp")
    DELEGATION = "delegation", _("Đoàn công tác")
    AGREEMENT = "agreement", _("Thỏa thuận, viện trợ")


# The vocabularies of ../shared/eval/README.md. The Vietnamese word is the domain term.
class MeetingCategory(models.TextChoices):
    TALKS = "talks", _("Hội đàm")
    RECEPTION = "reception", _("Tiếp, đón")
    COURTESY_CALL = "courtesy_call", _("Chào xã giao")
    ONLINE_TALKS = "online_talks", _("Hội đàm trực tuyến")
    OTHER = "other", _("Gặp gỡ khác")


class DelegationCategory(models.TextChoices):
    VISIT = "visit", _("Thăm, làm việc")
    TRAINING = "training", _("Lớp đào tạo, bồi dưỡng")


class AgreementCategory(models.TextChoices):
    COOPERATION_AGREEMENT = "cooperation_agreement", _("Thỏa thuận hợp tác")
    PLAN = "plan", _("Kế hoạch hợp tác")
    MOU = "mou", _("Biên bản ghi nhớ")
    AID = "aid", _("Viện trợ, hỗ trợ")
    FUNDED_PROJECT = "funded_project", _("Công trình, dự án tài trợ")


CATEGORIES_BY_KIND = {
    EventKind.MEETING: MeetingCategory,
    EventKind.DELEGATION: DelegationCategory,
    EventKind.AGREEMENT: AgreementCategory,
}
ALL_CATEGORIES = [choice for categories in CATEGORIES_BY_KIND.values() for choice in categories.choices]
# The one category -> kind mapping: "aid" is an agreement, "training" a delegation.
KIND_OF_CATEGORY = {
    category: kind.value for kind, categories in CATEGORIES_BY_KIND.items() for category in categories.values
}


CATEGORY_LABELS = dict(ALL_CATEGORIES)
DIRECTION_LABELS = dict(Direction.choices)
_PK_MARKER = 2147483629


@functools.cache
def _path_pattern(viewname):
    path = reverse(viewname, args=[_PK_MARKER])
    return path[len(get_script_prefix()) :].replace(str(_PK_MARKER), "{}")


def object_url(viewname, pk):
    """reverse(viewname, args=[pk]) for a URL with one id in it, without walking the URLconf each time:
    a timeline page links 50 events and 100 people. bench/tricks.py (2026-12-06): 3.1 µs against
    reverse()'s 19.3 µs a call, 2.4 ms saved on each timeline page (about 5 % of an uncached one)."""
    return get_script_prefix() + _path_pattern(viewname).format(pk)


def choice_values(choices):
    return [value for value, _label in choices]


class Article(models.Model):
    class Format(models.TextChoices):
        TEXT = "txt", _("Văn bản")
        HTML = "html", "HTML"
        JSONL = "jsonl", "JSONL"

    # The canonical URL when known, else the file name: what makes a re-import an update.
    source_key = models.CharField(_("khóa nguồn"), max_length=1000, unique=True)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=1000, blank=True)
    outlet = models.CharField(_("cơ quan báo chí"), max_length=200, blank=True)
    published = models.DateField(_("ngày đăng"), null=True, blank=True)
    published_from = models.CharField(
        _("ngày đăng đọc từ"),
        max_length=10,
        blank=True,
        choices=[
            (PublishedFrom.RECORD, _("bản ghi JSONL")),
            (PublishedFrom.METADATA, _("siêu dữ liệu của trang")),
            (PublishedFrom.TITLE, _("dấu thời gian cuối tiêu đề")),
            (PublishedFrom.DATELINE, _("dòng ngày tháng trên trang")),
            (PublishedFrom.URL, _("ngày trong địa chỉ trang")),
        ],
    )
    published_precision = models.CharField(
        _("độ chính xác của ngày đăng"),
        max_length=5,
        choices=[
            (DatePrecision.DAY, DatePrecision.DAY.label),
            (DatePrecision.MONTH, DatePrecision.MONTH.label),
        ],
        default=DatePrecision.DAY,
    )
    language = models.CharField(_("ngôn ngữ"), max_length=8, blank=True)
    input_format = models.CharField(_("định dạng"), max_length=8, choices=Format, default=Format.TEXT)
    raw = models.TextField(_("nội dung gốc"), help_text=_("Đầu vào đúng như khi nhận, chưa làm sạch."))
    encoding = models.CharField(_("bảng mã"), max_length=40, blank=True)
    clean_text = models.TextField(_("văn bản đã làm sạch"), blank=True)
    # SHA-256 of the raw input, not the clean text: cleaning improves, the source does not change.
    content_hash = models.CharField(_("mã băm"), max_length=64, db_index=True)
    text_damaged = models.BooleanField(
        _("văn bản hỏng"), default=False, help_text=_("Có ký tự thay thế (U+FFFD) hoặc lỗi bảng mã.")
    )
    extraction_error = models.TextField(_("lỗi trích xuất"), blank=True)
    extracted_at = models.DateTimeField(_("trích xuất lúc"), null=True, blank=True)
    imported_at = models.DateTimeField(_("nhập lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("bài báo")
        verbose_name_plural = _("bài báo")
        ordering = ["-published", "-id"]
        indexes = [models.Index(fields=["-published", "-id"], name="article_published_idx")]

    def __str__(self):
        return self.title or self.source_key

    def get_absolute_url(self):
        return object_url("events:article", self.pk)

    @property
    def web_url(self):
        """The URL when it is a web address, else "": a stored "javascript:" URL must not be a link."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else ""

    @property
    def source_name(self):
        """The export's `source`: the URL, or the file name."""
        return self.url or self.source_key


def not_rejected(prefix=""):
    """The condition "the event is not rejected", on Event itself or through `prefix` ("events__")."""
    return ~Q(**{f"{prefix}status": ReviewStatus.REJECTED})


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People named in at least one event that is not rejected: the only people the site shows."""
        return self.filter(
            Exists(Participation.objects.filter(not_rejected("event__"), person=OuterRef("pk")))
        )

    def with_event_count(self):
        """Each person's number of public events, as `event_count`."""
        return self.annotate(
            event_count=Count("participations", filter=not_rejected("participations__event__"))
        )


class OrganizationQuerySet(models.QuerySet):
    def public(self):
        """Organisations linked to at least one event that is not rejected."""
        links = Event.organizations.through.objects.filter(
            not_rejected("event__"), organization=OuterRef("pk")
        )
        return self.filter(Exists(links))

    def with_event_count(self):
        return self.annotate(event_count=Count("events", filter=not_rejected("events__")))


class Person(models.Model):
    name = models.CharField(_("họ tên"), max_length=200)
    side = models.CharField(_("phía"), max_length=2, choices=Side, blank=True)
    aliases = models.JSONField(_("tên khác"), default=list, blank=True)
    # Accent-folded name and aliases: the index's alphabetical order, import lookups, "did you mean".
    search_text = models.TextField(editable=False, blank=True)
    # The name and aliases word by word, with and without marks (events/search.py).
    search_document = search.SearchDocumentField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("nhân vật")
        verbose_name_plural = _("nhân vật")
        ordering = ["name"]
        # A merge deletes the people merged away; Curators may merge without being allowed to delete.
        permissions = [("merge_person", _("Có thể gộp nhân vật"))]
        indexes = [models.Index(fields=["search_text"], name="person_search_idx")]
        constraints = [
            models.CheckConstraint(name="person_side_valid", condition=Q(side__in=["", *Side.values]))
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = fold(" | ".join([self.name, *self.aliases]))
        self.search_document = search.document(head=[self.name], body=self.aliases)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return object_url("events:person", self.pk)

    def folded_names(self):
        return {fold(self.name), *(fold(alias) for alias in self.aliases)}


class Organization(models.Model):
    name = models.CharField(_("tên"), max_length=300)
    side = models.CharField(_("phía"), max_length=2, choices=Side, blank=True)
    aliases = models.JSONField(_("tên khác"), default=list, blank=True)
    search_text = models.TextField(editable=False, blank=True)
    search_document = search.SearchDocumentField(editable=False, blank=True, default="")

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("tổ chức")
        verbose_name_plural = _("tổ chức")
        ordering = ["name"]
        permissions = [("merge_organization", _("Có thể gộp tổ chức"))]
        constraints = [
            models.CheckConstraint(name="organization_side_valid", condition=Q(side__in=["", *Side.values]))
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = fold(" | ".join([self.name, *self.aliases]))
        self.search_document = search.document(head=[self.name], body=self.aliases)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return object_url("events:organization", self.pk)

    def folded_names(self):
        return {fold(self.name), *(fold(alias) for alias in self.aliases)}


def timeline_ordering(oldest_first=False, prefix=""):
    """The timeline's order, undated last; `prefix` ("event__") orders rows of a related model the same."""
    if oldest_first:
        return (F(f"{prefix}date").asc(nulls_last=True), f"{prefix}id")
    return (F(f"{prefix}date").desc(nulls_last=True), f"-{prefix}id")


def reported_by_at_least(count):
    """Events with `count` or more sources, as a condition (the timeline's `sources` filter and facet)."""
    return Q(source_count__gte=count)


class EventQuerySet(models.QuerySet):
    def public(self):
        """Events that are not rejected: what the site, the API, the feed and the export show."""
        return self.filter(not_rejected())

    def with_people(self):
        participations = Participation.objects.select_related("person").order_by("-is_lead", "id")
        return self.prefetch_related(
            Prefetch("participations", queryset=participations),
            Prefetch("amounts", queryset=Amount.objects.order_by("position", "id")),
        )

    def recount_sources(self, **also):
        """Store how many articles report each of these events (Event.source_count), and `also` other
        fields in the same statement."""
        sources = (
            Source.objects.filter(event=OuterRef("pk")).order_by().values("event").annotate(n=Count("id"))
        )
        return self.update(source_count=Coalesce(Subquery(sources.values("n")), 0), **also)

    def search(self, query):
        """The events `query` finds (events/search.py), most relevant first, then newest first."""
        return search.ranked(self, query, *timeline_ordering())

    def timeline_order(self, oldest_first=False):
        return self.order_by(*timeline_ordering(oldest_first))


class Event(models.Model):
    """What every timeline row needs. Meeting, Delegation and Agreement extend it (multi-table
    inheritance), so the timeline across all three is one indexed query on this table."""

    kind = models.CharField(_("loại"), max_length=12, choices=EventKind, editable=False)
    category = models.CharField(_("thể loại"), max_length=24, choices=ALL_CATEGORIES)
    title = models.CharField(_("tiêu đề"), max_length=500)
    date = models.DateField(_("ngày"), null=True, blank=True)
    date_precision = models.CharField(
        _("độ chính xác của ngày"), max_length=5, choices=DatePrecision, blank=True
    )
    date_end = models.DateField(_("đến ngày"), null=True, blank=True)
    year_inferred = models.BooleanField(
        _("năm suy ra"), default=False, help_text=_("Bài không ghi năm; năm lấy từ ngày đăng bài.")
    )
    date_text = models.CharField(_("ngày theo bài"), max_length=200, blank=True)
    place = models.CharField(_("địa điểm"), max_length=200, blank=True)
    direction = models.CharField(_("chiều đi"), max_length=8, choices=Direction, blank=True)
    summary = models.TextField(_("tóm tắt"), blank=True)
    status = models.CharField(
        _("trạng thái duyệt"), max_length=10, choices=ReviewStatus, default=ReviewStatus.EXTRACTED
    )
    organizations = models.ManyToManyField(
        Organization, related_name="events", blank=True, verbose_name=_("tổ chức")
    )
    # Fields a curator changed in the admin; re-extraction never overwrites them.
    locked_fields = models.JSONField(default=list, blank=True, editable=False)
    # How many articles report the event, kept by events/signals.py whenever a source is saved or
    # deleted (and by merges and bulk inserts, which send no signals). Grouping the sources instead
    # made the first `sources=2` timeline page over 100,000 synthetic events take 5 s, and its facet
    # doubled every uncached timeline page (0.7 s to 1.6 s).
    source_count = models.PositiveIntegerField(_("số nguồn"), default=0, editable=False)
    # Title and people's names (the head, which ranks first), then place, date, summary and
    # organisations, word by word with and without marks (events/search.py).
    search_document = search.SearchDocumentField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("sự kiện")
        verbose_name_plural = _("sự kiện")
        ordering = [F("date").desc(nulls_last=True), "-id"]
        permissions = [("merge_event", _("Có thể gộp sự kiện"))]
        indexes = [
            # The timeline: newest first, rejected rows filtered out.
            models.Index(fields=["-date", "-id"], name="event_timeline_idx"),
            models.Index(fields=["kind", "category"], name="event_kind_category_idx"),
            models.Index(fields=["status", "-date"], name="event_status_date_idx"),
            # The feed: newest change first.
            models.Index(fields=["-updated_at", "-id"], name="event_updated_idx"),
        ]
        constraints = [
            models.CheckConstraint(name="event_kind_valid", condition=Q(kind__in=EventKind.values)),
            models.CheckConstraint(
                name="event_category_fits_kind",
                condition=Q(kind=EventKind.MEETING, category__in=MeetingCategory.values)
                | Q(kind=EventKind.DELEGATION, category__in=DelegationCategory.values)
                | Q(kind=EventKind.AGREEMENT, category__in=AgreementCategory.values),
            ),
            models.CheckConstraint(
                name="event_precision_iff_date",
                condition=Q(date__isnull=True, date_precision="")
                | Q(date__isnull=False, date_precision__in=DatePrecision.values),
            ),
            models.CheckConstraint(
                name="event_ends_after_it_starts",
                condition=Q(date_end__isnull=True) | Q(date__isnull=False, date_end__gte=F("date")),
            ),
            models.CheckConstraint(
                name="event_direction_valid", condition=Q(direction__in=["", *Direction.values])
            ),
            models.CheckConstraint(name="event_status_valid", condition=Q(status__in=ReviewStatus.values)),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new Meeting, Delegation or Agreement knows its kind before validation runs.
        if not self.kind and hasattr(self, "KIND"):
            self.kind = self.KIND

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return object_url("events:event", self.pk)

    @classmethod
    def from_db(cls, db, field_names, values):
        event = super().from_db(db, field_names, values)
        # The date the event was read with: a save that moves it to another year changes the counts kept
        # for both years (events/partitions.py, signals.counts_marks). Absent when the date was deferred.
        if "date" in event.__dict__:
            event.date_as_loaded = event.date
        return event

    # Django's get_FOO_display() builds a dict of every choice, translating each label, at each call.
    def get_category_display(self):
        return CATEGORY_LABELS.get(self.category, self.category)

    def get_direction_display(self):
        return DIRECTION_LABELS.get(self.direction, self.direction)

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.kind and self.category not in choice_values(CATEGORIES_BY_KIND[self.kind].choices):
            errors["category"] = _("Thể loại này không thuộc loại sự kiện %(kind)s.") % {"kind": self.kind}
        if self.date and not self.date_precision:
            errors["date_precision"] = _("Hãy chọn độ chính xác của ngày.")
        if self.date is None and self.date_precision:
            errors["date"] = _("Có độ chính xác thì phải có ngày.")
        if (
            self.date
            and self.date_precision in (DatePrecision.MONTH, DatePrecision.YEAR)
            and self.date.day != 1
        ):
            errors["date"] = _("Ngày chỉ biết đến tháng hoặc năm phải ghi là ngày 1.")
        if self.date and self.date_precision == DatePrecision.YEAR and self.date.month != 1:
            errors["date"] = _("Ngày chỉ biết đến năm phải ghi là ngày 1/1.")
        if self.date_end and (self.date is None or self.date_end < self.date):
            errors["date_end"] = _("Ngày kết thúc phải sau ngày bắt đầu.")
        if errors:
            raise ValidationError(errors)

    def refresh_search_text(self, people=None, organizations=None):
        """Write what a reader might search for into search_document; call after people change.
        A caller that has just written the people and organisations may pass their names."""
        if people is None:
            people = [p.person.name for p in self.participations.select_related("person")]
        if organizations is None:
            organizations = self.organizations.values_list("name", flat=True)
        self.search_document = event_document(self, people, organizations)
        Event.objects.filter(pk=self.pk).update(search_document=self.search_document)

    @property
    def specific(self):
        """The Meeting, Delegation or Agreement row behind this event."""
        return getattr(self, self.kind)


class Meeting(Event):
    KIND = EventKind.MEETING
    Category = MeetingCategory

    host = models.CharField(_("chủ trì, đón tiếp"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("cuộc gặp")
        verbose_name_plural = _("cuộc gặp")


class Delegation(Event):
    KIND = EventKind.DELEGATION
    Category = DelegationCategory

    host = models.CharField(_("nơi đón đoàn"), max_length=300, blank=True)
    course_name = models.CharField(_("tên lớp, khóa học"), max_length=300, blank=True)
    programme = models.TextField(_("chương trình"), blank=True)
    member_count = models.PositiveIntegerField(_("số thành viên"), null=True, blank=True)

    class Meta:
        verbose_name = _("đoàn công tác")
        verbose_name_plural = _("đoàn công tác")


class Agreement(Event):
    KIND = EventKind.AGREEMENT
    Category = AgreementCategory

    parties = models.CharField(_("các bên"), max_length=500, blank=True)
    period = models.CharField(_("giai đoạn"), max_length=40, blank=True, help_text=_("Ví dụ: 2021-2025"))

    class Meta:
        verbose_name = _("thỏa thuận, viện trợ")
        verbose_name_plural = _("thỏa thuận, viện trợ")


def event_document(event, people, organizations):
    """What search finds an event by: its title and people first (they rank first), then the rest."""
    return search.document(
        head=[event.title, *people], body=[event.place, event.date_text, event.summary, *organizations]
    )


# The model that stores each kind of event.
MODEL_OF_KIND = {EventKind.MEETING: Meeting, EventKind.DELEGATION: Delegation, EventKind.AGREEMENT: Agreement}


class Participation(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(_("chức vụ lúc đó"), max_length=300, blank=True)
    is_lead = models.BooleanField(_("trưởng đoàn, chủ trì"), default=False)

    class Meta:
        verbose_name = _("người tham gia")
        verbose_name_plural = _("người tham gia")
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="one_participation_per_person")
        ]

    def __str__(self):
        return f"{self.person} — {self.role}" if self.role else str(self.person)


class Amount(models.Model):
    class Status(models.TextChoices):
        DELIVERED = "delivered", _("đã trao")
        PLEDGED = "pledged", _("cam kết")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="amounts")
    value = models.DecimalField(_("giá trị"), max_digits=20, decimal_places=2)
    unit = models.CharField(
        _("đơn vị"), max_length=100, help_text=_("USD, VND, LAK, hoặc danh từ chỉ hiện vật (khẩu trang).")
    )
    count = models.PositiveIntegerField(
        _("số lần"),
        null=True,
        blank=True,
        help_text=_("“8 tỉnh, mỗi tỉnh 20.000 USD”: giá trị 20.000, số lần 8."),
    )
    recipient = models.CharField(_("bên nhận"), max_length=300, blank=True)
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status, default=Status.DELIVERED)
    evidence = models.TextField(_("bằng chứng"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("số tiền, hiện vật")
        verbose_name_plural = _("số tiền, hiện vật")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(name="amount_not_negative", condition=Q(value__gte=0)),
            models.CheckConstraint(
                name="amount_status_valid", condition=Q(status__in=["delivered", "pledged"])
            ),
        ]

    def __str__(self):
        return f"{self.value.normalize():,f} {self.unit}"

    @property
    def total(self):
        return self.value * (self.count or 1)


class SourceQuerySet(models.QuerySet):
    def with_articles(self):
        """Sources with their articles, in the order they were added. An article's raw and clean text
        run to tens of kilobytes; a list of sources needs neither.

        The articles are read by a query of their own rather than joined: for the 600 sources of a page
        of 300 events, PostgreSQL hashed all 25,000 articles of the bench database to join them (38 ms)
        where reading the 600 by id takes 2 ms (bench database, 2026-12-07)."""
        articles = Article.objects.defer("raw", "clean_text")
        return self.prefetch_related(models.Prefetch("article", queryset=articles)).order_by("id")


class Source(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sources")
    evidence = models.TextField(_("câu làm bằng chứng"), blank=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        verbose_name = _("nguồn")
        verbose_name_plural = _("nguồn")
        constraints = [models.UniqueConstraint(fields=["event", "article"], name="one_source_per_article")]

    def __str__(self):
        return str(self.article)


class AuditEntry(models.Model):
    """Who changed what, when, with old and new values: admin edits, approvals, merges.

    One table rather than django-simple-history's shadow table per model: it would double every
    write on the import path, and merges (which move rows between objects) need a record of their
    own anyway.
    """

    class Action(models.TextChoices):
        CHANGE = "change", _("sửa")
        ADD = "add", _("thêm")
        DELETE = "delete", _("xóa")
        APPROVE = "approve", _("duyệt")
        REJECT = "reject", _("loại")
        MERGE = "merge", _("gộp")
        IMPORT = "import", _("nhập bài")
        REEXTRACT = "reextract", _("trích xuất lại")

    created_at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        "auth.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người dùng"),
    )
    action = models.CharField(_("thao tác"), max_length=10, choices=Action)
    model = models.CharField(_("loại đối tượng"), max_length=40)
    object_id = models.BigIntegerField(_("mã đối tượng"))
    object_repr = models.CharField(_("đối tượng"), max_length=300)
    # {"field": [old, new]} for edits; {"kept": id, "merged": [ids], "moved": {...}} for merges.
    changes = models.JSONField(_("thay đổi"), default=dict, blank=True)

    class Meta:
        verbose_name = _("nhật ký thay đổi")
        verbose_name_plural = _("nhật ký thay đổi")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["model", "object_id"], name="audit_object_idx")]

    def __str__(self):
        return f"{self.get_action_display()} {self.object_repr}"


class ImportJob(models.Model):
    """An import or a re-extraction queued by a curator and run by a worker (events/jobs.py).

    The row is the job's whole state, so any worker on any machine can run it and any web process can
    show its progress: what to do (an uploaded file's bytes, a URL or article ids), how far it got,
    each failure with its reason, and the summary line at the end.
    """

    class Kind(models.TextChoices):
        UPLOAD = "upload", _("nhập tệp")
        URL = "url", _("nhập URL")
        REEXTRACT = "reextract", _("trích xuất lại")

    class Status(models.TextChoices):
        QUEUED = "queued", _("đang chờ")
        RUNNING = "running", _("đang chạy")
        DONE = "done", _("xong")
        FAILED = "failed", _("thất bại")

    FINISHED = (Status.DONE, Status.FAILED)
    # A running job writes its row at least once per article (events/jobs.py, JobProgress); one that
    # has not for this long lost its worker (stopped, killed, its machine gone).
    STALLED_AFTER = datetime.timedelta(minutes=10)

    kind = models.CharField(_("loại"), max_length=10, choices=Kind)
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status, default=Status.QUEUED)
    started_by = models.ForeignKey(
        "auth.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người chạy"),
    )
    # The uploaded file's name (it becomes the articles' source key), the URL, or "12 bài".
    source = models.CharField(_("nguồn"), max_length=2000)
    # The uploaded file itself, in the database because the worker may run on another machine; up to
    # reading.MAX_JSONL_BYTES. Emptied when the job ends.
    upload = models.BinaryField(_("tệp tải lên"), null=True, blank=True)
    article_ids = models.JSONField(_("mã các bài"), default=list, blank=True)
    total = models.PositiveIntegerField(_("tổng số"), null=True, blank=True)
    done = models.PositiveIntegerField(_("đã xử lý"), default=0)
    # [[label, reason], ...]: the record, file or article that failed, and why.
    failures = models.JSONField(_("lỗi"), default=list, blank=True)
    summary = models.TextField(_("tổng kết"), blank=True)
    # Why the job as a whole failed (the database went away, a bug), beside the per-article failures.
    error = models.TextField(_("lỗi của tác vụ"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("tác vụ nhập")
        verbose_name_plural = _("tác vụ nhập")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.source}"

    @property
    def finished(self):
        return self.status in self.FINISHED

    @property
    def stalled(self):
        """Running, but not heard from for STALLED_AFTER: its worker is gone."""
        return self.status == self.Status.RUNNING and self.updated_at < timezone.now() - self.STALLED_AFTER


class MergedEvent(models.Model):
    """An event id that was merged into another: its old permalink redirects to the kept event."""

    old_id = models.BigIntegerField(primary_key=True)
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="merged_ids")

    def __str__(self):
        return f"{self.old_id} → {self.event_id}"


class MergedPerson(models.Model):
    old_id = models.BigIntegerField(primary_key=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="merged_ids")

    def __str__(self):
        return f"{self.old_id} → {self.person_id}"


class MergedOrganization(models.Model):
    old_id = models.BigIntegerField(primary_key=True)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="merged_ids")

    def __str__(self):
        return f"{self.old_id} → {self.organization_id}"


class ChangeMark(models.Model):
    """The revision in which something a page shows last changed, one row for each event, person,
    organisation, article and year that ever changed (`key`: "event:12", "person:3", "year:2024"), and
    one, EVERYTHING, for writes that do not say what they changed.

    A page cached by caching.cached_until_changed is served while none of the marks it names changed
    after the revision it was built in: an edit to one event costs the pages that show that event,
    not every page (events/signals.py says which write marks what)."""

    EVERYTHING = "everything"

    key = models.CharField(max_length=40, primary_key=True)
    revision = models.BigIntegerField()

    def __str__(self):
        return f"{self.key} @ {self.revision}"

    @classmethod
    def mark(cls, keys, revision):
        marks = [cls(key=key, revision=revision) for key in sorted(set(keys))]
        cls.objects.bulk_create(
            marks, update_conflicts=True, unique_fields=["key"], update_fields=["revision"]
        )

    @classmethod
    def changed_since(cls, revision, keys):
        """Whether any of `keys`, or EVERYTHING, changed in a revision after `revision`."""
        keys = [*keys, cls.EVERYTHING]
        return cls.objects.filter(key__in=keys, revision__gt=revision).exists()

    @classmethod
    def changed_among(cls, entries):
        """The keys of `entries` ({key: {"revision", "marks"}}) some of whose marks, or EVERYTHING, changed
        after the revision the entry was built in: one query for them all."""
        if not entries:
            return set()
        oldest = min(entry["revision"] for entry in entries.values())
        wanted = {mark for entry in entries.values() for mark in entry["marks"]} | {cls.EVERYTHING}
        changed = dict(
            cls.objects.filter(key__any_of=sorted(wanted), revision__gt=oldest).values_list("key", "revision")
        )
        return {
            key
            for key, entry in entries.items()
            if any(changed.get(mark, -1) > entry["revision"] for mark in [*entry["marks"], cls.EVERYTHING])
        }


class Revision(models.Model):
    """One row whose number goes up after every committed change to the record (events/signals.py).

    Cached aggregates (the timeline's facet counts and summary band) are keyed on it, so a cache
    entry never outlives the data it counted, in any process."""

    number = models.BigIntegerField(default=0)
    # When the record last changed: the API's Last-Modified.
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return str(self.number)

    @classmethod
    def current(cls):
        # Asked by every cached page: one plain statement rather than a queryset compiled each time.
        # bench/tricks.py (2026-12-06): 0.19 ms against the ORM's 0.32 ms a call, on pages served
        # from the cache at about 1,500 req/s on 2 cores (0.7 ms of CPU each).
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT number FROM {cls._meta.db_table} ORDER BY id LIMIT 1")
            row = cursor.fetchone()
        return row[0] if row else 0

    @classmethod
    def state(cls):
        """The number and time of the last change (number 0 before any change), for the API's ETag and
        Last-Modified."""
        row = cls.objects.order_by("id").values_list("number", "changed_at").first()
        return RevisionState(*row) if row else RevisionState(0, UNCHANGED_SINCE)

    @classmethod
    def bump(cls, marks=(ChangeMark.EVERYTHING,)):
        """The next revision, in which `marks` (ChangeMark keys: what changed) are marked changed."""
        now = timezone.now()
        if not cls.objects.filter(pk=1).update(number=F("number") + 1, changed_at=now):
            cls.objects.get_or_create(pk=1, defaults={"number": 1, "changed_at": now})
        if marks:
            ChangeMark.mark(marks, cls.current())


class RevisionState(typing.NamedTuple):
    number: int
    changed_at: datetime.datetime


# The Last-Modified of a record that has never changed.
UNCHANGED_SINCE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


class FacetDimensions(models.Model):
    """What the timeline filters on without reading text, dates or people: the dimensions of the
    facet cube (events/facet_cube.py). One combination per row; `year` is null for undated events."""

    part = models.BigIntegerField()  # the FacetCubePart (one year's rows) the row belongs to
    kind = models.CharField(max_length=12)
    category = models.CharField(max_length=24)
    year = models.IntegerField(null=True)
    direction = models.CharField(max_length=8)
    status = models.CharField(max_length=10)
    has_amounts = models.BooleanField()
    place = models.CharField(max_length=200)
    source_count = models.PositiveIntegerField()

    class Meta:
        abstract = True


class FacetCube(FacetDimensions):
    """How many published events share each combination of the dimensions, one year's rows in each
    part: about 20,000 rows for 100,000 synthetic events."""

    events = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["part", "category", "year"], name="facet_cube_part_idx")]

    def __str__(self):
        return f"{self.category} {self.year} {self.place}: {self.events}"


class AidCube(FacetDimensions):
    """The amounts of the summary band, summed per combination of the dimensions and unit."""

    unit = models.CharField(max_length=100)
    total = models.DecimalField(max_digits=40, decimal_places=4)

    class Meta:
        indexes = [models.Index(fields=["part"], name="aid_cube_part_idx")]

    def __str__(self):
        return f"{self.category} {self.year}: {self.total} {self.unit}"


class FacetCubePart(models.Model):
    """The facet cube's rows of one year's published events (or of the undated ones, `year` null),
    counted in `revision` and shared by every build after it until an event of that year changes
    (ChangeMark "counts:<year>"). `tallies` and `links` hold what the unfiltered timeline needs of the
    year (facet_cube.tallied, and how many of its events each person and organisation is linked to):
    both add up across parts."""

    year = models.IntegerField(null=True)
    revision = models.BigIntegerField()
    tallies = models.JSONField()
    links = models.JSONField()

    def __str__(self):
        return f"{self.year or 'undated'} @ {self.revision}"


class FacetCubeBuild(models.Model):
    """A revision whose cube is built: the parts it counts (FacetCubePart ids, one for each year), the
    links of all of them and the aggregates of the unfiltered timeline added up from them once."""

    revision = models.BigIntegerField(unique=True)
    parts = models.JSONField(default=list)
    # {field: {id: events}}: how many published events each person and organisation is linked to.
    links = models.JSONField(default=dict)
    whole_record = models.JSONField()

    def __str__(self):
        return str(self.revision)
