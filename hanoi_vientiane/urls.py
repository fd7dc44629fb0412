from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path(settings.ADMIN_URL_PREFIX, admin.site.urls),
    path("", include("events.urls")),
]

# A database outage gives a 503 with Retry-After, in both languages (hanoi_vientiane/errors.py).
handler500 = "hanoi_vientiane.errors.server_error"
