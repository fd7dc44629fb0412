from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR_PERMISSIONS = {
    # Curators edit the record; they do not delete articles or events (they reject them) or manage users.
    "view": [
        "event",
        "meeting",
        "delegation",
        "agreement",
        "person",
        "organization",
        "amount",
        "participation",
        "source",
        "article",
        "auditentry",
    ],
    "add": [
        "meeting",
        "delegation",
        "agreement",
        "person",
        "organization",
        "amount",
        "participation",
        "source",
        "article",
    ],
    "change": [
        "event",
        "meeting",
        "delegation",
        "agreement",
        "person",
        "organization",
        "amount",
        "participation",
        "source",
        "article",
    ],
    "delete": ["amount", "participation", "source"],
}


def create_curator_group(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Curator")
    codenames = [f"{action}_{model}" for action, models in CURATOR_PERMISSIONS.items() for model in models]
    group.permissions.set(Permission.objects.filter(content_type__app_label="events", codename__in=codenames))


def remove_curator_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Curator").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_audit_and_merges"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_curator_group, remove_curator_group)]
