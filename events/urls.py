from django.urls import path

from . import api, feeds, views

app_name = "events"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("people/", views.person_index, name="people"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("organizations/", views.organization_index, name="organizations"),
    path("organizations/<int:pk>/", views.organization_detail, name="organization"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("api/events/", api.event_list, name="api_events"),
    path("api/events/<int:pk>/", api.event_detail, name="api_event"),
    path("api/people/<int:pk>/", api.person_detail, name="api_person"),
    path("api/organizations/<int:pk>/", api.organization_detail, name="api_organization"),
    path("feed/", feeds.event_feed, name="feed"),
    path("briefing/", views.briefing, name="briefing"),
]
