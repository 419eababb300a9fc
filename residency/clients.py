from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address a request came from, for rate limits and the admin login lockout.

    Behind nginx every request comes from nginx: it passes the client's address in X-Real-IP,
    which is trusted only when TRUST_X_REAL_IP says that nginx is in front.
    """
    if settings.TRUST_X_REAL_IP and request.META.get("HTTP_X_REAL_IP"):
        return request.META["HTTP_X_REAL_IP"]
    return request.META.get("REMOTE_ADDR", "")
