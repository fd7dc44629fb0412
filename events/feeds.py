"""The Atom feed of a timeline filter state: /feed/?<the timeline's query string>."""

import re

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from . import formatting
from .caching import cached_per_revision, per_url
from .filter_panel import filter_chips, filter_description, selected_names
from .filters import EventFilter, public_events
from .models import Source

FEED_ITEMS = 50
# Characters XML 1.0 cannot carry at all, escaped or not (Django's feed writer refuses them with a 500):
# a search typed with one, or an article that had one, leaves them out of the feed.
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(text):
    return NOT_IN_XML.sub("", text)


def invalid_filters_text(filterset):
    """A plain-text 400 for the feed: which filter value was wrong and why."""
    lines = [_("Bộ lọc có giá trị không hợp lệ")]
    for name, errors in filterset.form.errors.items():
        lines.extend(f"- {name}: {error}" for error in errors)
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


class EventFeed(Feed):
    """The newest created or changed events of a filter state, newest change first. Each entry's id
    is a tag URI of the event alone, so an edited event replaces its entry in a reader."""

    feed_type = Atom1Feed

    def get_object(self, request, filterset):
        # The tag URI's authority is the site's name without its port: the ids stay the same behind
        # a proxy on another port.
        self.host = split_domain_port(request.get_host())[0] or "localhost"
        self.chips = filter_chips(filterset, selected_names(filterset.form.cleaned_data))
        self.query = request.GET.copy()
        for name in ("page", "format"):
            self.query.pop(name, None)
        return filterset

    def title(self, filterset):
        heading = _("Hà Nội – Viêng Chăn: sự kiện mới và vừa sửa")
        description = filter_description(self.chips)
        return xml_text(f"{heading} ({description})" if description else heading)

    def subtitle(self, filterset):
        return _(
            "Các cuộc gặp, đoàn công tác, thỏa thuận và viện trợ giữa Hà Nội và Viêng Chăn, trích từ báo chí."
        )

    def with_query(self, path):
        query = self.query.urlencode()
        return f"{path}?{query}" if query else path

    def link(self, filterset):
        return self.with_query(reverse("events:timeline"))

    def feed_url(self, filterset):
        return self.with_query(reverse("events:feed"))

    def feed_guid(self, filterset):
        return self.with_query(f"tag:{self.host},2026:feed")

    def author_name(self, filterset):
        return _("Hà Nội – Viêng Chăn")

    def items(self, filterset):
        events = (
            filterset.qs.with_people()
            .prefetch_related(Prefetch("sources", queryset=Source.objects.with_articles()))
            .order_by("-updated_at", "-id")
        )
        return events[:FEED_ITEMS]

    def item_title(self, event):
        return xml_text(escape(event.title))

    def item_description(self, event):
        return xml_text(formatting.event_summary_html(event, list(event.sources.all())))

    def item_guid(self, event):
        return f"tag:{self.host},2026:event/{event.pk}"

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_categories(self, event):
        return [event.get_category_display()]


def event_feed(request):
    """/feed/?<the timeline's query string>: an Atom feed of that filter state."""
    filterset = EventFilter(request.GET, queryset=public_events())
    if not filterset.is_valid():
        return invalid_filters_text(filterset)

    return HttpResponse(feed_content(request, filterset), content_type="application/atom+xml; charset=utf-8")


@cached_per_revision(per_url)
def feed_content(request, filterset):
    return EventFeed()(request, filterset=filterset).content
