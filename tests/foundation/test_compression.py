"""Pages go compressed to browsers that accept gzip, with a padding of random length against
BREACH, and a page with an ETag still answers a reload with 304 once compressed."""

import gzip

from django.http import HttpRequest, HttpResponse
from django.test import override_settings
from django.urls import include, path
from django.views.decorators.http import etag

ACCEPTS_GZIP = {"accept-encoding": "gzip, deflate, br"}


@etag(lambda request: "result-1")
def unchanging_page(request: HttpRequest) -> HttpResponse:
    return HttpResponse("<p>" + "The same page on every reload. " * 40 + "</p>")


urlpatterns = [path("unchanging", unchanging_page), path("", include("residency.urls"))]


def test_pages_are_sent_gzipped_to_browsers_that_accept_it(client):
    plain = client.get("/")
    zipped = client.get("/", headers=ACCEPTS_GZIP)
    assert "Content-Encoding" not in plain
    assert zipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped["Vary"]
    assert len(zipped.content) < len(plain.content) / 2
    html = gzip.decompress(zipped.content).decode()
    assert "Start now" in html and "</html>" in html


@override_settings(ROOT_URLCONF=__name__)
def test_compressed_pages_are_padded_to_random_lengths(client):
    lengths = {len(client.get("/unchanging", headers=ACCEPTS_GZIP).content) for _ in range(20)}
    assert len(lengths) > 1


@override_settings(ROOT_URLCONF=__name__)
def test_a_compressed_page_with_an_etag_answers_a_reload_with_304(client):
    first = client.get("/unchanging", headers=ACCEPTS_GZIP)
    assert first["Content-Encoding"] == "gzip"
    assert first["ETag"] == 'W/"result-1"'  # weak: the compressed bytes differ on each load
    reload = client.get("/unchanging", headers={**ACCEPTS_GZIP, "if-none-match": first["ETag"]})
    assert reload.status_code == 304
    assert reload.content == b""
