import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    # Test transactions roll back, so a revision number can come round again with other data in it;
    # production readers only ever see committed revisions.
    cache.clear()
    yield
