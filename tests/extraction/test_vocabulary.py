"""The vocabulary's patterns are written as they are meant to be read."""

import re

from events.extraction import vocabulary


def test_no_pattern_holds_a_control_character():
    # "\b" in a string that is not raw is a backspace: the pattern then never matches (a word boundary was
    # meant). Every string of the vocabulary, in lists and dictionaries too, is checked.
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from strings(key)
                yield from strings(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                yield from strings(item)

    control = re.compile(r"[\x00-\x08\x0b-\x1f]")
    found = [
        (name, text[:60])
        for name, value in vars(vocabulary).items()
        if not name.startswith("__")
        for text in strings(value)
        if control.search(text)
    ]
    assert found == []
