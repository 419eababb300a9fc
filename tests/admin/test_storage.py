"""``measure_storage``: what the assessments take in PostgreSQL, against issue 14's target of a
median stored result of at most 8 kB."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from eligibility.fake_assessments import generate_assessments

pytestmark = pytest.mark.django_db


def test_the_sizes_are_measured_in_postgresql_and_a_stored_result_is_small() -> None:
    generate_assessments(60, seed=3)
    if connection.vendor != "postgresql":
        with pytest.raises(CommandError, match="PostgreSQL"):
            call_command("measure_storage")
        return
    out = io.StringIO()
    call_command("measure_storage", stdout=out)
    report = out.getvalue()
    median = int(re.search(r"median ([\d,]+) bytes", report)[1].replace(",", ""))
    assert 0 < median <= 8 * 1024
    for table in ("eligibility_assessment", "eligibility_openroute", "eligibility_note"):
        assert re.search(rf"^{table} +[\d,]+ ", report, re.M), table


def test_it_says_when_there_is_nothing_to_measure() -> None:
    with pytest.raises(CommandError):
        call_command("measure_storage")
