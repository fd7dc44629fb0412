from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import (
    Agreement,
    Amount,
    Article,
    Delegation,
    Event,
    Meeting,
    Organization,
    Participation,
    Person,
    ReviewStatus,
    Source,
)
from .text import fold


class FoldedSearchMixin:
    """Search the accent-folded column, so 'dinh tien dung' finds 'Đinh Tiến Dũng'."""

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term:
            folded = queryset.model.objects.all()
            for word in fold(search_term).split():
                folded = folded.filter(search_text__contains=word)
            queryset = queryset | folded.filter(pk__in=self.get_queryset(request).values("pk"))
        return queryset, may_have_duplicates


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


@admin.action(description=_("Duyệt các sự kiện đã chọn"))
def approve(modeladmin, request, queryset):
    updated = queryset.update(status=ReviewStatus.REVIEWED)
    modeladmin.message_user(request, _("Đã duyệt %(count)d sự kiện.") % {"count": updated})


@admin.action(description=_("Loại các sự kiện đã chọn"))
def reject(modeladmin, request, queryset):
    updated = queryset.update(status=ReviewStatus.REJECTED)
    modeladmin.message_user(request, _("Đã loại %(count)d sự kiện.") % {"count": updated})


class EventAdminBase(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "category", "date", "date_precision", "place", "direction", "status"]
    list_filter = ["status", "kind", "category", "date_precision", "direction", "year_inferred"]
    search_fields = ["title", "place"]
    date_hierarchy = "date"
    inlines = [ParticipationInline, AmountInline, SourceInline]
    actions = [approve, reject]
    readonly_fields = ["kind", "created_at", "updated_at"]
    autocomplete_fields = ["organizations"]
    list_per_page = 50


@admin.register(Event)
class EventAdmin(EventAdminBase):
    def has_add_permission(self, request):
        # New events are added as a Meeting, Delegation or Agreement, never as a bare Event.
        return False


@admin.register(Meeting)
class MeetingAdmin(EventAdminBase):
    pass


@admin.register(Delegation)
class DelegationAdmin(EventAdminBase):
    pass


@admin.register(Agreement)
class AgreementAdmin(EventAdminBase):
    pass


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source_key", "published", "language", "text_damaged", "imported_at"]
    list_filter = ["text_damaged", "language", "input_format"]
    search_fields = ["title", "source_key", "url"]
    readonly_fields = ["content_hash", "raw", "imported_at", "updated_at", "extracted_at", "extraction_error"]
    date_hierarchy = "published"


@admin.register(Person)
class PersonAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "side"]
    list_filter = ["side"]
    search_fields = ["name"]


@admin.register(Organization)
class OrganizationAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "side"]
    list_filter = ["side"]
    search_fields = ["name"]


@admin.register(Amount)
class AmountAdmin(admin.ModelAdmin):
    list_display = ["__str__", "event", "recipient", "status"]
    list_filter = ["unit", "status"]
    list_select_related = ["event"]
    search_fields = ["unit", "recipient", "event__title"]
    autocomplete_fields = ["event"]
