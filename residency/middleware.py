import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

logger = logging.getLogger(__name__)

Middleware = Callable[[HttpRequest], HttpResponse]


def limit_request_body(get_response: Middleware) -> Middleware:
    """Refuses a body larger than DATA_UPLOAD_MAX_MEMORY_SIZE before anything reads it.

    Django applies that limit to form fields but not to uploaded files, which it would spool to
    disk; the site takes no files. A body without Content-Length is never read by Django.
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            raise RequestDataTooBig("Request body larger than DATA_UPLOAD_MAX_MEMORY_SIZE.")
        return get_response(request)

    return middleware


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, the page says so (503) instead of failing (500).

    The pool gives up after DATABASE_POOL_TIMEOUT, so the answer comes within about a second;
    a connection the server closed mid-request also ends here. One log line, no traceback.
    """

    def __init__(self, get_response: Middleware) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable: %s", (str(exception).splitlines() or [""])[0])
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
