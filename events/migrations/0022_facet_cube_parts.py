"""The facet cube is kept year by year (FacetCubePart): its rows belong to a part rather than to a
revision. The cube is counted again from the events, so the old rows go, both ways."""

from django.db import migrations, models


def forget_the_cube(apps, schema_editor):
    for name in ("FacetCube", "AidCube", "FacetCubeBuild"):
        apps.get_model("events", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("events", "0021_change_marks")]

    operations = [
        migrations.RunPython(forget_the_cube, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="facetcube", name="facet_cube_idx"),
        migrations.RemoveIndex(model_name="aidcube", name="aid_cube_idx"),
        migrations.RemoveField(model_name="facetcube", name="revision"),
        migrations.RemoveField(model_name="aidcube", name="revision"),
        migrations.AddField(model_name="facetcube", name="part", field=models.BigIntegerField(), preserve_default=False),
        migrations.AddField(model_name="aidcube", name="part", field=models.BigIntegerField(), preserve_default=False),
        migrations.AddIndex(
            model_name="facetcube",
            index=models.Index(fields=["part", "category", "year"], name="facet_cube_part_idx"),
        ),
        migrations.AddIndex(model_name="aidcube", index=models.Index(fields=["part"], name="aid_cube_part_idx")),
        migrations.CreateModel(
            name="FacetCubePart",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("year", models.IntegerField(null=True)),
                ("revision", models.BigIntegerField()),
                ("tallies", models.JSONField()),
                ("links", models.JSONField()),
            ],
        ),
        migrations.AddField(model_name="facetcubebuild", name="parts", field=models.JSONField(default=list)),
        migrations.AddField(model_name="facetcubebuild", name="links", field=models.JSONField(default=dict)),
        # Going back, the rows kept by part go first: the revision column returns empty.
        migrations.RunPython(migrations.RunPython.noop, forget_the_cube),
    ]
