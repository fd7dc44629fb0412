import time

from django.core.management.base import BaseCommand

from events.synthetic import generate


class Command(BaseCommand):
    help = "Fill the database with realistic synthetic events (for scale tests and benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
        parser.add_argument("--years", type=int, default=30)

    def handle(self, *args, events, seed, years, **options):
        started = time.monotonic()

        def progress(done):
            if options["verbosity"] >= 1:
                self.stderr.write(f"\r{done:,} events…", ending="")

        counts = generate(events=events, seed=seed, years=years, progress=progress)
        self.stderr.write("")
        self.stdout.write(
            f"{counts['events']:,} events, {counts['participations']:,} participations, "
            f"{counts['amounts']:,} amounts, {counts['sources']:,} sources "
            f"in {time.monotonic() - started:.1f} s"
        )
