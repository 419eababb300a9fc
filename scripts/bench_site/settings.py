from residency.settings import *  # noqa: F403

ROOT_URLCONF = "bench_site.urls"
