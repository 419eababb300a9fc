"""The site as ``scripts/bench_http.py`` serves it: the real settings and URLs, plus the reference
every page is measured against, a bare view at /bench/ok behind the same middleware."""
