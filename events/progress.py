"""Progress of a long management command: tqdm's bar (total, rate, time left) on a terminal; a plain
line every tenth of the way, or every half minute, when the output is a log or a pipe, where a bar's
carriage returns would be noise."""

import time

from tqdm import tqdm

LINE_EVERY_SECONDS = 30
LINE_EVERY_FRACTION = 0.1


class CommandProgress:
    def __init__(self, command, total, unit, *, clock=time.monotonic):
        """`command`: a BaseCommand, whose stderr gets the progress and stdout the -v 2 listing."""
        self.command = command
        self.total = total
        self.unit = unit
        self.clock = clock
        self.done = 0
        self.started = self.line_at = clock()
        self.next_line_count = self.step = max(1, int(total * LINE_EVERY_FRACTION))
        self.bar = None
        if command.stderr.isatty():
            # The stream under Django's OutputWrapper, which would end each of tqdm's redraws with "\n".
            self.bar = tqdm(total=total, unit=f" {unit}", file=command.stderr._out, dynamic_ncols=True)

    def advance(self, listing=None):
        """One more item done; `listing` is its line for -v 2 (None below that)."""
        self.done += 1
        if listing is not None:
            if self.bar is not None:
                self.bar.write(listing, file=self.command.stdout._out)
            else:
                self.command.stdout.write(listing)
        if self.bar is not None:
            self.bar.update(1)
        elif self.done >= self.next_line_count or self.clock() - self.line_at >= LINE_EVERY_SECONDS:
            self.write_line()

    def write_line(self):
        now = self.clock()
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        percent = 100 * self.done / self.total if self.total else 100
        self.command.stderr.write(
            f"{self.done} of {self.total} {self.unit} ({percent:.0f}%), {rate:.1f} {self.unit}/s"
        )
        self.line_at = now
        while self.next_line_count <= self.done:
            self.next_line_count += self.step

    def close(self):
        if self.bar is not None:
            self.bar.close()
