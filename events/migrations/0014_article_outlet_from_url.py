"""Articles imported before the outlet was filled at import get the host of their URL as their outlet
(a saved page's site name is only read at import). Articles without a web address keep an empty one."""

from django.db import migrations

from events.outlets import host_of


def fill_outlets(apps, schema_editor):
    Article = apps.get_model("events", "Article")
    articles = Article.objects.filter(outlet="").exclude(url="").only("pk", "url")
    changed = []
    for article in articles.iterator(chunk_size=2000):
        article.outlet = host_of(article.url)[:200]
        if article.outlet:
            changed.append(article)
    Article.objects.bulk_update(changed, ["outlet"], batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [("events", "0013_curators_see_import_jobs")]

    operations = [migrations.RunPython(fill_outlets, migrations.RunPython.noop, elidable=True)]
