"""Logging that keeps private assessment ids out of every log.

The id in ``/a/<id>/`` is the applicant's key to their assessment: whoever reads it in a log
could open and change the assessment. Django's log lines, gunicorn's access and error logs
(``gunicorn.conf.py``) and nginx's access log (``deploy/nginx``) mask it.
"""

import copy
import logging
import re

from gunicorn.glogging import Logger

MASK = "<private>"
# A UUID anywhere (in a path, a query string or a Referer), and whatever follows /a/ in a path,
# however it is encoded.
PRIVATE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?<=/a/)[^/?#\s\"']+",
    re.IGNORECASE,
)


def mask(text: str) -> str:
    return PRIVATE.sub(MASK, text)


class PrivateFormatter(logging.Formatter):
    """Masks private ids in the whole line, traceback included.

    Reports of suspicious requests (``django.security.*``, such as a Host header not in
    ALLOWED_HOSTS) are written on one line: their traceback only shows Django's own code.
    """

    def format(self, record: logging.LogRecord) -> str:
        if record.name.startswith("django.security.") and record.exc_info:
            record = copy.copy(record)
            record.exc_info = None
            record.exc_text = None
        return mask(super().format(record))


class MaskingFormatter(logging.Formatter):
    """Wraps another formatter and masks private ids in what it writes."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__()
        self.formatter = formatter

    def format(self, record: logging.LogRecord) -> str:
        return mask(self.formatter.format(record))


class GunicornLogger(Logger):
    """Gunicorn's logger, with private ids masked in the access and error logs."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(MaskingFormatter(handler.formatter or logging.Formatter()))
