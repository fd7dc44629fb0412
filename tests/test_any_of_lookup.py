"""`any_of` (events/lookups.py) keeps what `in` keeps, on a foreign key and on a primary key, as one
array parameter on PostgreSQL and an IN list elsewhere."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event, Participation

from .builders import make_meeting, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_meetings():
    dung, phon = make_person(), make_person("Phon Phomvihane", side="la")
    return [
        make_meeting(people=[(dung, "", True)]),
        make_meeting(people=[(dung, "", True), (phon, "", False)]),
        make_meeting(),
    ]


def test_keeps_the_rows_in_keeps(three_meetings):
    wanted = [three_meetings[1].pk, three_meetings[2].pk]
    by_any_of = sorted(Participation.objects.filter(event_id__any_of=wanted).values_list("pk", flat=True))
    by_in = sorted(Participation.objects.filter(event_id__in=wanted).values_list("pk", flat=True))
    assert by_any_of == by_in and len(by_in) == 2
    assert set(Event.objects.filter(pk__any_of=wanted).values_list("pk", flat=True)) == set(wanted)


def test_an_empty_list_keeps_nothing(three_meetings):
    assert list(Event.objects.filter(pk__any_of=[])) == []
    assert Participation.objects.filter(event__any_of=[]).count() == 0


def test_sends_the_ids_as_one_parameter_on_postgresql(three_meetings):
    pks = [meeting.pk for meeting in three_meetings]
    with CaptureQueriesContext(connection) as queries:
        assert Event.objects.filter(pk__any_of=pks).count() == 3
    sql = queries.captured_queries[-1]["sql"]
    if connection.vendor == "postgresql":
        assert "= ANY(" in sql and " IN (" not in sql
    else:
        assert " IN (" in sql
