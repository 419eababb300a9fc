"""Refusal grounds (art. 26, number per one source), reported as risks (draft-2020.md §6)."""

from collections.abc import Callable

from eligibility.engine import labels
from eligibility.engine.answers import Answers
from eligibility.engine.model import Confidence, RiskRule, RiskStatus
from eligibility.engine.rulesets.draft_2020.citations import ART_26
from eligibility.engine.text import gettext_noop, message


# --- Art. 26 (number per one source): refusal grounds, reported as risks -------------------
def _risk(
    id: str,
    grounds: tuple[str, ...],
    fact: str,
    by_answer: dict[str, tuple[RiskStatus, str]],
    missing: str,
    read: Callable[[Answers], str | None] | None = None,
) -> RiskRule:
    return RiskRule(
        id,
        grounds,
        fact,
        {answer: (status, message(text)) for answer, (status, text) in by_answer.items()},
        (RiskStatus.POSSIBLE, message(missing)),
        ART_26,
        read,
    )


def _draft_health_answer(answers: Answers) -> str | None:
    """Ground R2 names only the first kind of condition the questionnaire asks about."""
    conditions = answers.choices("health_conditions")
    if conditions is None:
        return None
    serious = "serious_mental_or_infectious"
    return serious if serious in conditions else "none"


INDICATED, POSSIBLE, NOT_INDICATED = (
    RiskStatus.INDICATED,
    RiskStatus.POSSIBLE,
    RiskStatus.NOT_INDICATED,
)

RISKS = (
    _risk(
        "medical",
        ("R2",),
        "health_conditions",
        {
            "serious_mental_or_infectious": (
                INDICATED,
                gettext_noop(
                    "You told us you have a serious mental disorder, infectious pulmonary "
                    "tuberculosis or another infectious disease that may seriously endanger "
                    "public health. This is a ground for refusal; the health certificate from "
                    "your medical examination decides."
                ),
            ),
            "none": (
                NOT_INDICATED,
                gettext_noop(
                    "You told us you have none of the illnesses that are a ground for refusal. "
                    "You will need a health certificate from a medical examination."
                ),
            ),
        },
        gettext_noop(
            "You have not answered the health questions. You will need a health certificate, "
            "and some serious illnesses are a ground for refusal."
        ),
        read=_draft_health_answer,
    ),
    _risk(
        "criminal_conviction",
        ("R3", "R6"),
        "criminal_conviction",
        {
            "yes": (
                INDICATED,
                gettext_noop(
                    "You have a criminal conviction. The draft does not make a clean record a "
                    "condition, but the authorities may refuse an applicant who may disrupt "
                    "public order or is otherwise unsuitable. A refusal is likely to be "
                    "considered: have an advisor review your case (open question A21)."
                ),
            ),
            "no": (NOT_INDICATED, gettext_noop("You told us you have no criminal conviction.")),
        },
        gettext_noop("You have not told us whether you have a criminal conviction."),
    ),
    _risk(
        "deported_from_china",
        ("R3",),
        "deported_from_china",
        {
            "yes": (
                INDICATED,
                gettext_noop(
                    "You have been deported or ordered to leave China before. The authorities "
                    "may see this as a risk to public order, which is a ground for refusal."
                ),
            ),
            "no": (
                NOT_INDICATED,
                gettext_noop("You told us you have never been deported or ordered to leave China."),
            ),
        },
        gettext_noop("You have not told us whether you have ever been deported from China."),
    ),
    _risk(
        "false_information",
        ("R6", "R4"),
        "false_information",
        {
            "yes": (
                INDICATED,
                gettext_noop(
                    "The Chinese authorities have found before that you gave them false "
                    "information or documents. They may take this into account when they decide "
                    "whether you are suitable for permanent residence. Fraud in this application "
                    "would itself be a ground for refusal."
                ),
            ),
            "no": (
                NOT_INDICATED,
                gettext_noop(
                    "You told us you have never been found to have given false information to "
                    "the Chinese authorities."
                ),
            ),
        },
        gettext_noop(
            "You have not told us whether you have ever been found to have given false "
            "information to the Chinese authorities."
        ),
    ),
    _risk(
        "economic_means",
        ("R5",),
        "economic_means",
        {
            "no": (
                INDICATED,
                gettext_noop(
                    "You told us you do not have the means to live in China. Being unable to "
                    "cover the cost of living in China is a ground for refusal."
                ),
            ),
            "dont_know": (
                POSSIBLE,
                gettext_noop(
                    "You do not know whether your means are enough to live in China. Being "
                    "unable to cover the cost of living in China is a ground for refusal; no "
                    "amount is set (open question A23)."
                ),
            ),
            "yes": (
                NOT_INDICATED,
                gettext_noop("You told us you have the means to live in China."),
            ),
        },
        gettext_noop("You have not told us whether you have the means to live in China."),
    ),
)

REFUSAL_GROUNDS = {
    "citation": ART_26.snapshot,
    "confidence": Confidence.NEAR_VERBATIM.value,
    "confidence_notice": labels.CONFIDENCE_NOTICES[Confidence.NEAR_VERBATIM],
    "text_zh": (
        "有以下任何情形之一，国家移民管理部门都会作出不予批准永久居留的决定：不符合申请条件或者未按照规定"
        "提供申请材料；患有严重精神障碍、传染性肺结核病或者可能对公共卫生造成重大危害的其他传染病；"
        "可能危害中国国家安全和利益、破坏社会公共秩序；在申请过程中弄虚作假；不能保障在中国境内生活所需"
        "费用；不适宜在中国境内永久居留的其他情形。"
    ),
    "grounds": tuple(
        {"id": id, "message": message(text)}
        for id, text in (
            (
                "R1",
                gettext_noop(
                    "The applicant does not meet the application conditions, or has not provided "
                    "the materials as required."
                ),
            ),
            (
                "R2",
                gettext_noop(
                    "The applicant has a serious mental disorder, infectious pulmonary "
                    "tuberculosis, or another infectious disease that may seriously endanger "
                    "public health."
                ),
            ),
            (
                "R3",
                gettext_noop(
                    "The applicant may endanger China's national security or interests, or "
                    "disrupt public order."
                ),
            ),
            ("R4", gettext_noop("The applicant practised fraud in the application.")),
            ("R5", gettext_noop("The applicant cannot cover the cost of living in China.")),
            (
                "R6",
                gettext_noop(
                    "The applicant is otherwise unsuitable for permanent residence in China. "
                    "This is at the authorities' discretion."
                ),
            ),
        )
    ),
}
