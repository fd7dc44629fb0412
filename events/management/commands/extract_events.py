from django.core.management.base import BaseCommand, CommandError

from events.importing import reextract
from events.models import Article


class Command(BaseCommand):
    help = "Re-run event extraction on imported articles. Reviewed or curator-edited events are left alone."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--all", action="store_true", help="every article")
        group.add_argument("--article", type=int, nargs="+", metavar="ID", help="these article ids")

    def handle(self, *args, all=False, article=None, **options):
        articles = Article.objects.order_by("pk")
        if article:
            articles = articles.filter(pk__in=article)
            missing = set(article) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        counts = reextract(articles.iterator())
        self.stdout.write(
            f"{counts['articles']} articles read, {counts['events']} events, "
            f"{counts['failed']} extraction failures"
        )
        if counts["failed"]:
            raise CommandError(
                "extraction failed for some articles: see Article.extraction_error", returncode=1
            )
