"""No private assessment id reaches a log: nginx's, gunicorn's or Django's."""

import re
import uuid

import pytest

from tests.stack.processes import Client, public_id

pytestmark = pytest.mark.stack

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def test_private_ids_are_masked_in_every_log(migrated, start_stack):
    stack = start_stack(instances=1, LOG_LEVEL="DEBUG")
    client = Client(stack.port)
    question = client.post("/start").headers["Location"]
    private = public_id(question)
    client.get(question, headers={"Referer": f"http://127.0.0.1{question}"})
    client.post(question, {"nationality": "FR"})  # invalid: the date is missing
    client.get(f"/a/{private}/check")
    client.get(f"/a/{uuid.uuid4()}/result")  # not found: Django logs the path
    client.get(f"/a/{private.upper()}/q/about-you")  # not a route, but a key all the same
    client.get(f"/i18n/setlang/?next=/a/{private}/q/about-you")

    logs = {"nginx": stack.nginx.logs(), "gunicorn and Django": stack.site_logs()}
    for name, text in logs.items():
        assert "<private>" in text, name
        assert not UUID.search(text), (name, UUID.search(text))
    assert "Not Found: /a/<private>/result" in logs["gunicorn and Django"]


def test_a_bad_host_header_logs_one_line(start_stack):
    stack = start_stack(instances=1)

    response = Client(stack.port).get("/", headers={"Host": "attacker.example"})

    assert response.status == 400
    lines = [line for line in stack.site_logs().splitlines() if "attacker.example" in line]
    assert len(lines) == 1, lines
    assert "Invalid HTTP_HOST header" in lines[0]
    assert "Traceback" not in stack.site_logs()
