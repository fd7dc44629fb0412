from django.contrib.auth.management import create_permissions
from django.db import migrations


def let_curators_see_import_jobs(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs this one now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    curators = Group.objects.filter(name="Curator").first()
    if curators is not None:
        curators.permissions.add(
            Permission.objects.get(content_type__app_label="events", codename="view_importjob")
        )


def take_it_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    curators = Group.objects.filter(name="Curator").first()
    if curators is not None:
        curators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="events", codename="view_importjob")
        )


class Migration(migrations.Migration):
    dependencies = [("events", "0012_import_jobs")]

    operations = [migrations.RunPython(let_curators_see_import_jobs, take_it_back)]
