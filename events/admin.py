"""The curators' workbench: review, correct, merge and approve what the extractor produced."""

from pathlib import Path

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from . import curation, duplicates, jobs, reading, search
from .importing import EXTRACTED_FIELDS
from .models import (
    Agreement,
    Amount,
    Article,
    AuditEntry,
    Delegation,
    Event,
    ImportJob,
    Meeting,
    Organization,
    Participation,
    Person,
    ReviewStatus,
    Source,
)
from .signals import counts_mark, record_changed
from .text import squeeze


class WholeSyllableSearchMixin:
    """The public pages' search (events/search.py): 'dinh tien dung' finds 'Đinh Tiến Dũng', 'hai' never
    'khai', and the last word is a prefix, so the people autocomplete finds names as they are typed."""

    def get_search_results(self, request, queryset, search_term):
        return search.matching(queryset, search_term), False


class RenameRefreshesEventsMixin:
    """A person or organisation renamed here: their events' search documents hold the old name."""

    def events_named(self, obj):
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            events = list(self.events_named(obj))
            for event in events:
                event.refresh_search_text()
            # A search for the new name finds them now: the counts of their years change.
            record_changed(marks=sorted({counts_mark(event.date) for event in events}))


class MergeableAdminMixin:
    """The admin of a model whose rows can be merged: has_merge_permission() for merge_action()."""

    merge_permission = ""  # "events.merge_event"

    def has_merge_permission(self, request):
        return request.user.has_perm(self.merge_permission)


class AuditedAdminMixin:
    """Every save through the admin leaves an AuditEntry with old and new values."""

    def save_model(self, request, obj, form, change):
        changes = curation.field_changes(form) if change else {}
        super().save_model(request, obj, form, change)
        action = AuditEntry.Action.CHANGE if change else AuditEntry.Action.ADD
        if changes or not change:
            curation.audit(request.user, action, obj, changes)

    def save_formset(self, request, form, formset, change):
        records = []
        for inline_form in formset.forms:
            if inline_form.has_changed() and inline_form.is_valid() and inline_form.cleaned_data:
                name = inline_form.instance._meta.verbose_name
                records.append((str(name), curation.field_changes(inline_form), inline_form.instance.pk))
        super().save_formset(request, form, formset, change)
        for obj in formset.deleted_objects:
            curation.audit(request.user, AuditEntry.Action.DELETE, form.instance, {"removed": str(obj)})
        for name, changes, pk in records:
            action = AuditEntry.Action.CHANGE if pk else AuditEntry.Action.ADD
            curation.audit(request.user, action, form.instance, {name: changes})

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        models = {obj._meta.model_name, "event"} if isinstance(obj, Event) else {obj._meta.model_name}
        entries = AuditEntry.objects.filter(model__in=models, object_id=obj.pk).select_related("user")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Lịch sử thay đổi: %s") % obj,
            "object": obj,
            "entries": entries,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/events/history.html", context)


class ParticipationInline(admin.TabularInline):
    model = Participation
    autocomplete_fields = ["person"]
    extra = 0


class AmountInline(admin.TabularInline):
    model = Amount
    extra = 0
    fields = ["value", "unit", "count", "recipient", "status", "position"]


class SourceInline(admin.StackedInline):
    model = Source
    autocomplete_fields = ["article"]
    extra = 0


class YearFilter(admin.SimpleListFilter):
    title = _("năm")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(date__year=int(value))
        return queryset


class YesNoFilter(admin.SimpleListFilter):
    def lookups(self, request, model_admin):
        return [("yes", _("Có")), ("no", _("Không"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            condition = self.condition()
            return queryset.filter(condition) if self.value() == "yes" else queryset.exclude(condition)
        return queryset


class HasAmountsFilter(YesNoFilter):
    title = _("có số tiền, hiện vật")
    parameter_name = "has_amounts"

    def condition(self):
        return Exists(Amount.objects.filter(event=OuterRef("pk")))


class HasEvidenceFilter(YesNoFilter):
    title = _("có câu bằng chứng")
    parameter_name = "has_evidence"

    def condition(self):
        return Exists(Source.objects.filter(event=OuterRef("pk")).exclude(evidence=""))


class DamagedTextFilter(YesNoFilter):
    title = _("bài nguồn có văn bản hỏng")
    parameter_name = "damaged"

    def condition(self):
        return Exists(Source.objects.filter(event=OuterRef("pk"), article__text_damaged=True))


@admin.action(description=_("Duyệt các sự kiện đã chọn"), permissions=["change"])
def approve(modeladmin, request, queryset):
    count = curation.set_status(queryset, ReviewStatus.REVIEWED, request.user)
    modeladmin.message_user(request, _("Đã duyệt %(count)d sự kiện.") % {"count": count})


@admin.action(description=_("Loại các sự kiện đã chọn"), permissions=["change"])
def reject(modeladmin, request, queryset):
    count = curation.set_status(queryset, ReviewStatus.REJECTED, request.user)
    modeladmin.message_user(request, _("Đã loại %(count)d sự kiện.") % {"count": count})


class MergeForm(forms.Form):
    kept = forms.ModelChoiceField(
        queryset=None, widget=forms.RadioSelect, label=_("Giữ lại"), empty_label=None
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kept"].queryset = queryset


def merge_action(merge, description):
    """An admin action that asks which of the selected rows to keep, then merges the rest into it.

    A merge deletes the rows merged away, so it takes its own permission (merge_event, merge_person,
    merge_organization, which the Curator group has), not "change": Curators may not delete."""

    @admin.action(description=description, permissions=["merge"])
    def action(modeladmin, request, queryset):
        if queryset.count() < 2:
            modeladmin.message_user(request, _("Chọn ít nhất hai mục để gộp."), messages.WARNING)
            return None
        form = MergeForm(request.POST if "confirm" in request.POST else None, queryset=queryset)
        if form.is_valid():
            kept = form.cleaned_data["kept"]
            merged = [obj for obj in queryset if obj.pk != kept.pk]
            merge(kept, merged, request.user)
            modeladmin.message_user(
                request, _("Đã gộp %(count)d mục vào “%(kept)s”.") % {"count": len(merged), "kept": kept}
            )
            return redirect(reverse(f"admin:events_{kept._meta.model_name}_change", args=[kept.pk]))
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": _("Xác nhận gộp"),
            "form": form,
            "objects": queryset,
            "action": request.POST.get("action"),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "opts": modeladmin.model._meta,
        }
        return TemplateResponse(request, "admin/events/merge_confirm.html", context)

    action.__name__ = merge.__name__
    return action


def evidence_excerpt(source, width=400):
    """The evidence sentence highlighted inside its paragraph of the article. Escaped throughout."""
    text, evidence = source.article.clean_text, squeeze(source.evidence)
    start = text.find(evidence) if evidence else -1
    if start < 0:
        return format_html("<blockquote>{}</blockquote>", evidence or text[:width])
    before = text[max(0, start - width) : start]
    after = text[start + len(evidence) : start + len(evidence) + width]
    return format_html(
        '<blockquote class="evidence">…{}<mark>{}</mark>{}…</blockquote>', before, evidence, after
    )


class EventAdminBase(WholeSyllableSearchMixin, AuditedAdminMixin, MergeableAdminMixin, admin.ModelAdmin):
    merge_permission = "events.merge_event"
    list_display = ["title", "kind", "category", "date", "date_precision", "place", "direction", "status"]
    list_filter = [
        "status",
        "kind",
        "category",
        YearFilter,
        "date_precision",
        HasAmountsFilter,
        HasEvidenceFilter,
        DamagedTextFilter,
        "direction",
        "year_inferred",
    ]
    list_per_page = 50
    search_fields = ["title"]
    inlines = [ParticipationInline, AmountInline, SourceInline]
    actions = [approve, reject, merge_action(curation.merge_events, _("Gộp các sự kiện đã chọn"))]
    readonly_fields = ["kind", "proof", "locked_fields", "created_at", "updated_at"]
    autocomplete_fields = ["organizations"]
    fieldsets = [
        (None, {"fields": ["kind", "category", "title", "status", "summary"]}),
        (_("Ngày"), {"fields": [("date", "date_precision", "date_end"), "year_inferred", "date_text"]}),
        (_("Nơi, chiều đi"), {"fields": ["place", "direction", "organizations"]}),
        (_("Bằng chứng"), {"fields": ["proof"]}),
        (_("Theo dõi"), {"fields": ["locked_fields", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("Bài nguồn và câu bằng chứng"))
    def proof(self, obj):
        sources = obj.sources.select_related("article") if obj.pk else []
        return format_html_join(
            "",
            '<p><a href="{}">{}</a></p>{}',
            (
                (reverse("admin:events_article_change", args=[s.article_id]), s.article, evidence_excerpt(s))
                for s in sources
            ),
        ) or _("(chưa có nguồn)")

    def save_model(self, request, obj, form, change):
        if change:
            # Curator edits win: re-extraction never overwrites a field changed here.
            edited = [name for name in form.changed_data if name in EXTRACTED_FIELDS]
            obj.locked_fields = sorted({*obj.locked_fields, *edited})
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_search_text()


@admin.register(Event)
class EventAdmin(EventAdminBase):
    def has_add_permission(self, request):
        # New events are added as a Meeting, Delegation or Agreement, never as a bare Event.
        return False


@admin.register(Meeting)
class MeetingAdmin(EventAdminBase):
    fieldsets = [
        *EventAdminBase.fieldsets[:3],
        (_("Cuộc gặp"), {"fields": ["host"]}),
        *EventAdminBase.fieldsets[3:],
    ]


@admin.register(Delegation)
class DelegationAdmin(EventAdminBase):
    fieldsets = [
        *EventAdminBase.fieldsets[:3],
        (_("Đoàn"), {"fields": ["host", "course_name", "programme", "member_count"]}),
        *EventAdminBase.fieldsets[3:],
    ]


@admin.register(Agreement)
class AgreementAdmin(EventAdminBase):
    fieldsets = [
        *EventAdminBase.fieldsets[:3],
        (_("Thỏa thuận"), {"fields": ["parties", "period"]}),
        *EventAdminBase.fieldsets[3:],
    ]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp .txt, .html hoặc .jsonl"), required=False)
    url = forms.URLField(label=_("hoặc URL"), required=False, assume_scheme="https", max_length=2000)

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("url"):
            raise forms.ValidationError(_("Hãy chọn một tệp hoặc dán một URL."))
        if data.get("file") and data.get("url"):
            # One job, one source: its page then tells what came of exactly that.
            raise forms.ValidationError(_("Chọn một tệp hoặc một URL, không cả hai."))
        upload = data.get("file")
        if upload and Path(upload.name).suffix.lower() not in {".txt", ".html", ".htm", ".jsonl"}:
            raise forms.ValidationError(_("Chỉ nhận tệp .txt, .html, .htm hoặc .jsonl."))
        if upload and upload.size > reading.MAX_JSONL_BYTES:
            raise forms.ValidationError(
                _("Tệp lớn hơn giới hạn %(limit)s byte.") % {"limit": f"{reading.MAX_JSONL_BYTES:,}"}
            )
        return data


def job_page(job):
    return redirect(reverse("admin:events_importjob_change", args=[job.pk]))


@admin.action(description=_("Trích xuất lại sự kiện của các bài đã chọn"), permissions=["change"])
def reextract_articles(modeladmin, request, queryset):
    # A job, not a loop in the request: hundreds of articles outlast gunicorn's worker timeout.
    job = jobs.queue_reextraction(request.user, queryset.values_list("pk", flat=True))
    return job_page(job)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "source_key",
        "published",
        "language",
        "event_count",
        "text_damaged",
        "imported_at",
    ]
    list_filter = [
        "text_damaged",
        "language",
        "input_format",
        ("extraction_error", admin.EmptyFieldListFilter),
    ]
    search_fields = ["title", "source_key", "url"]
    readonly_fields = ["content_hash", "raw", "imported_at", "updated_at", "extracted_at", "extraction_error"]
    date_hierarchy = "published"
    actions = [reextract_articles]
    # Django 6's default, adopted now: a URL typed without a scheme is https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    change_list_template = "admin/events/article/change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_total=Count("sources"))

    @admin.display(description=_("sự kiện"), ordering="event_total")
    def event_count(self, obj):
        return obj.event_total

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="events_article_import"), *super().get_urls()]

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            # Queued for a worker; the request answers at once with the job's page.
            upload, url = form.cleaned_data["file"], form.cleaned_data["url"]
            job = jobs.queue_upload(request.user, upload) if upload else jobs.queue_url(request.user, url)
            return job_page(job)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Nhập bài báo"),
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/events/article/import.html", context)


class LikelyDuplicatesMixin:
    """A page listing likely duplicates with why they look alike, each pair merged in one click (the
    merge action, with the kept record chosen by the button)."""

    merge_action_name = ""
    change_list_template = "admin/events/with_duplicates_link.html"

    def get_urls(self):
        view = self.admin_site.admin_view(self.duplicates_view)
        name = f"events_{self.model._meta.model_name}_duplicates"
        return [path("duplicates/", view, name=name), *super().get_urls()]

    def duplicates_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Có thể trùng: %(model)s") % {"model": self.model._meta.verbose_name_plural},
            "pairs": self.likely_duplicates(self.model.objects.all()),
            "can_merge": self.has_merge_permission(request),
            "action": self.merge_action_name,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/events/duplicates.html", context)


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """Imports and re-extractions queued from the admin: a list, and each job's progress page."""

    list_display = ["__str__", "status", "progress", "started_by", "created_at", "finished_at"]
    list_filter = ["status", "kind"]
    list_select_related = ["started_by"]
    date_hierarchy = "created_at"
    # Seconds between reloads of a running job's page: a <meta> refresh, no script (the CSP forbids
    # inline ones, and the page must work without JavaScript).
    refresh_seconds = 2

    def get_queryset(self, request):
        # An upload can be 100 MB; no page shows it.
        return super().get_queryset(request).defer("upload")

    def has_add_permission(self, request):
        return False  # jobs are started from the import form and the articles' action

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        started_it = obj is not None and obj.started_by_id == request.user.pk
        return started_it or super().has_view_permission(request, obj)

    @admin.display(description=_("tiến độ"))
    def progress(self, obj):
        return f"{obj.done} / {obj.total}" if obj.total is not None else "—"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        if job is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_permission(request, job):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": str(job),
            "job": job,
            "refresh_seconds": None if job.finished else self.refresh_seconds,
            "opts": self.opts,
            "has_view_permission": super().has_view_permission(request),
        }
        return TemplateResponse(request, "admin/events/importjob/progress.html", context)


@admin.register(Person)
class PersonAdmin(
    WholeSyllableSearchMixin,
    RenameRefreshesEventsMixin,
    AuditedAdminMixin,
    MergeableAdminMixin,
    LikelyDuplicatesMixin,
    admin.ModelAdmin,
):
    merge_permission = "events.merge_person"
    merge_action_name = "merge_people"
    likely_duplicates = staticmethod(duplicates.likely_duplicate_people)
    list_display = ["name", "side", "alias_list", "event_count"]
    list_filter = ["side"]
    search_fields = ["name"]
    # Stated, because the event count's GROUP BY drops Meta.ordering and the autocomplete pages by it.
    ordering = ["name", "id"]
    actions = [merge_action(curation.merge_people, _("Gộp những người đã chọn"))]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_total=Count("participations"))

    def events_named(self, obj):
        return Event.objects.filter(participations__person=obj).distinct()

    @admin.display(description=_("tên khác"))
    def alias_list(self, obj):
        return ", ".join(obj.aliases)

    @admin.display(description=_("sự kiện"), ordering="event_total")
    def event_count(self, obj):
        return obj.event_total


@admin.register(Organization)
class OrganizationAdmin(
    WholeSyllableSearchMixin,
    RenameRefreshesEventsMixin,
    AuditedAdminMixin,
    MergeableAdminMixin,
    LikelyDuplicatesMixin,
    admin.ModelAdmin,
):
    list_display = ["name", "side", "alias_list"]
    list_filter = ["side"]
    search_fields = ["name"]
    actions = [merge_action(curation.merge_organizations, _("Gộp các tổ chức đã chọn"))]
    merge_permission = "events.merge_organization"
    merge_action_name = "merge_organizations"
    likely_duplicates = staticmethod(duplicates.likely_duplicate_organizations)

    def events_named(self, obj):
        return obj.events.all()

    @admin.display(description=_("tên khác"))
    def alias_list(self, obj):
        return ", ".join(obj.aliases)


@admin.register(Amount)
class AmountAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "event", "recipient", "count", "status"]
    list_filter = ["unit", "status"]
    list_select_related = ["event"]
    search_fields = ["unit", "recipient", "event__title"]
    autocomplete_fields = ["event"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "action", "model", "object_id", "object_repr"]
    list_filter = ["action", "model"]
    list_select_related = ["user"]
    search_fields = ["object_repr"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
