# Fixtures of the questionnaire, result and admin tests, used here too.
from tests.admin.conftest import advisor, advisor_client  # noqa: F401
from tests.questionnaire.conftest import answer, assessment  # noqa: F401
from tests.result.conftest import submit  # noqa: F401
