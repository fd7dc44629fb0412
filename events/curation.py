"""What curators do to the record: review, edit, merge. Every change leaves an AuditEntry."""

from django.db import transaction

from .models import (
    AuditEntry,
    Event,
    MergedEvent,
    MergedOrganization,
    MergedPerson,
    Participation,
    ReviewStatus,
    Source,
)
from .signals import marks_of, record_changed


def audit(user, action, obj, changes=None):
    return AuditEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        action=action,
        model=obj._meta.model_name,
        object_id=obj.pk,
        object_repr=str(obj)[:300],
        changes=changes or {},
    )


def jsonable(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return str(value)


def field_changes(form):
    """{field: [old, new]} for a bound ModelForm, read before the instance is saved."""
    return {
        name: [jsonable(form.initial.get(name)), jsonable(form.cleaned_data.get(name))]
        for name in form.changed_data
    }


@transaction.atomic
def set_status(events, status, user):
    action = AuditEntry.Action.APPROVE if status == ReviewStatus.REVIEWED else AuditEntry.Action.REJECT
    changed = []
    for event in events.select_for_update():
        if event.status == status:
            continue
        audit(user, action, event, {"status": [event.status, status]})
        Event.objects.filter(pk=event.pk).update(status=status)
        changed.append(event)
    if changed:
        record_changed(marks=[mark for event in changed for mark in marks_of(event)])
    return len(changed)


@transaction.atomic
def merge_events(kept, others, user):
    """Move sources, participants, amounts and organisations of `others` into `kept`, delete
    `others`, and remember their ids so old permalinks redirect. One transaction."""
    others = [event for event in others if event.pk != kept.pk]
    moved = {"sources": [], "participations": [], "amounts": [], "organizations": []}
    kept_articles = set(kept.sources.values_list("article_id", flat=True))
    kept_people = set(kept.participations.values_list("person_id", flat=True))
    for other in others:
        for source in other.sources.all():
            if source.article_id in kept_articles:
                continue
            Source.objects.filter(pk=source.pk).update(event=kept)
            kept_articles.add(source.article_id)
            moved["sources"].append(source.pk)
        for participation in other.participations.all():
            if participation.person_id in kept_people:
                if participation.is_lead:
                    Participation.objects.filter(event=kept, person_id=participation.person_id).update(
                        is_lead=True
                    )
                continue
            Participation.objects.filter(pk=participation.pk).update(event=kept)
            kept_people.add(participation.person_id)
            moved["participations"].append(participation.pk)
        amount_ids = list(other.amounts.values_list("pk", flat=True))
        other.amounts.update(event=kept)
        moved["amounts"] += amount_ids
        for organization in other.organizations.all():
            kept.organizations.add(organization)
            moved["organizations"].append(organization.pk)
        MergedEvent.objects.filter(event=other).update(event=kept)
        MergedEvent.objects.update_or_create(old_id=other.pk, defaults={"event": kept})
    merged_ids = [other.pk for other in others]
    audit(
        user,
        AuditEntry.Action.MERGE,
        kept,
        {"kept": kept.pk, "merged": merged_ids, "titles": [str(o) for o in others], "moved": moved},
    )
    Event.objects.filter(pk__in=merged_ids).delete()
    # The sources moved with update(), which sends no signal.
    Event.objects.filter(pk=kept.pk).recount_sources()
    kept.refresh_search_text()
    record_changed()
    return kept


@transaction.atomic
def merge_people(kept, others, user):
    """Fold `others` into `kept`: their names become aliases, their participations move."""
    others = [person for person in others if person.pk != kept.pk]
    moved = []
    for other in others:
        for participation in other.participations.all():
            existing = Participation.objects.filter(event_id=participation.event_id, person=kept).first()
            if existing:
                if participation.is_lead and not existing.is_lead:
                    existing.is_lead = True
                    existing.role = existing.role or participation.role
                    existing.save(update_fields=["is_lead", "role"])
                participation.delete()
            else:
                Participation.objects.filter(pk=participation.pk).update(person=kept)
                moved.append(participation.pk)
        _take_names_and_old_page(kept, other, MergedPerson, "person")
    _finish_merge(
        user, kept, others, {"participations": moved}, Event.objects.filter(participations__person=kept)
    )
    return kept


@transaction.atomic
def merge_organizations(kept, others, user):
    """Fold `others` into `kept`: their names become aliases, their events are `kept`'s."""
    others = [organization for organization in others if organization.pk != kept.pk]
    links = Event.organizations.through.objects
    moved = []
    for other in others:
        already = set(links.filter(organization=kept).values_list("event_id", flat=True))
        for link in links.filter(organization=other):
            if link.event_id not in already:
                moved.append(link.event_id)
        links.filter(organization=other, event_id__in=moved).update(organization=kept)
        links.filter(organization=other).delete()
        _take_names_and_old_page(kept, other, MergedOrganization, "organization")
    _finish_merge(user, kept, others, {"events": moved}, Event.objects.filter(organizations=kept))
    return kept


def _take_names_and_old_page(kept, other, merged_model, field):
    """`other`'s names become `kept`'s aliases, its side fills a gap, and its old page (and the pages
    that already pointed to it) will redirect to `kept`."""
    names = [other.name, *other.aliases]
    kept.aliases = [*kept.aliases, *(n for n in names if n != kept.name and n not in kept.aliases)]
    kept.side = kept.side or other.side
    merged_model.objects.filter(**{field: other}).update(**{field: kept})
    merged_model.objects.update_or_create(old_id=other.pk, defaults={field: kept})


def _finish_merge(user, kept, others, moved, events):
    """Save `kept`, record the merge, delete `others`, and refresh the search text of `events` (kept's
    events, whose documents name it)."""
    kept.save()
    merged_ids = [other.pk for other in others]
    details = {"kept": kept.pk, "merged": merged_ids, "names": [other.name for other in others], **moved}
    audit(user, AuditEntry.Action.MERGE, kept, details)
    type(kept).objects.filter(pk__in=merged_ids).delete()
    for event in events.distinct():
        event.refresh_search_text()
    record_changed()
