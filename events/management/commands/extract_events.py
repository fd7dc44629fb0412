from django.core.management.base import BaseCommand, CommandError

from events.importing import reextract, reextract_summary
from events.models import Article
from events.progress import CommandProgress


class Command(BaseCommand):
    help = "Re-run event extraction on imported articles. Reviewed or curator-edited events are left alone."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--all", action="store_true", help="every article")
        group.add_argument("--article", type=int, nargs="+", metavar="ID", help="these article ids")

    def handle(self, *args, all=False, article=None, verbosity=1, **options):
        articles = Article.objects.order_by("pk")
        if article:
            articles = articles.filter(pk__in=article)
            missing = set(article) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        progress = CommandProgress(self, articles.count(), "articles") if verbosity >= 1 else None

        def extracted(counts, item):
            if progress is not None:
                progress.advance(listing(item) if verbosity >= 2 else None)

        try:
            counts = reextract(articles.iterator(), progress=extracted)
        finally:
            if progress is not None:
                progress.close()
        self.stdout.write(reextract_summary(counts))
        if counts["failed"]:
            raise CommandError(
                "extraction failed for some articles: see Article.extraction_error", returncode=1
            )


def listing(article):
    if article.extraction_error:
        return f"failed    #{article.pk} {article}: {article.extraction_error}"
    return f"extracted #{article.pk} {article}"
