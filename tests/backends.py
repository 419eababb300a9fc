from axes.backends import AxesStandaloneBackend


class AxesBackend(AxesStandaloneBackend):
    """django-axes, except for the test client's ``login()``, which passes no request to check:
    logins through the admin's form (tests/security/test_rate_limits.py) are still locked out."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
