# Placeholder until the dashboard lands (issue 5).
from django.http import HttpResponse


def timeline(request):
    return HttpResponse("timeline")


event_detail = person_detail = organization_detail = article_detail = timeline
