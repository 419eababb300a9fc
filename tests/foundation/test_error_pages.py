from django.test import Client
from django.urls import reverse


def test_a_form_sent_without_a_valid_csrf_token_gets_a_friendly_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your page has expired" in html
    assert "Nothing you saved before has been lost" in html


def test_the_server_error_page_renders_without_a_request_context():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Sorry, there is a problem with the service" in html
    assert "not legal advice" in html
