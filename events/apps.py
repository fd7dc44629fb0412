from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Hợp tác Hà Nội – Viêng Chăn")

    def ready(self):
        from . import lookups, signals  # noqa: F401 (lookups registers `any_of` on every field)

        signals.connect()
