"""The basic conditions C1-C3 of 2004 art. 6 (abides by Chinese law, good health, no criminal
record), read as the Chengdu exit-entry administration interprets them (in-force.md §3). They
are conditions of every route in force: unlike the draft, where a conviction is a risk to
report, a criminal record here fails every route."""

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import met, unknown, unmet
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import CHENGDU_BASIC_CONDITIONS
from eligibility.engine.text import gettext_noop, message

# --- C1: abides by Chinese law --------------------------------------------------------------
_LAW_ABIDING = met(
    gettext_noop(
        "You told us you have no pending criminal case, no unresolved administrative violation "
        "and no serious violation of Chinese law."
    )
)
_PENDING = unmet(
    gettext_noop(
        "You told us you have a pending criminal case or an unresolved administrative penalty in "
        "China."
    ),
    gap=gettext_noop("The pending case or penalty in China would need to be resolved first."),
)
_SERIOUS_VIOLATION = unmet(
    gettext_noop(
        "You told us you have been penalised in China for a serious violation of the law. The "
        "Chengdu interpretation of the basic conditions excludes serious or flagrant violations."
    ),
    gap=gettext_noop(
        "Nothing you can do now: have an advisor look at whether the violation still counts."
    ),
)
_LAW_NOT_KNOWN = unknown(
    gettext_noop(
        "You do not know whether you have a pending case, an unresolved penalty or a serious "
        "violation in China."
    )
)
_LAW_NOT_ANSWERED = unknown(
    gettext_noop(
        "You did not answer the questions about your record in China, so we cannot tell whether "
        "you meet this basic condition."
    )
)


def _law_abiding(answers: Answers) -> Check:
    pending = answers.choice("chinese_law_issues")
    violation = answers.choice("serious_violation_in_china")
    if pending == "yes":
        return _PENDING
    if violation == "yes":
        return _SERIOUS_VIOLATION
    if pending is None or violation is None:
        return _LAW_NOT_ANSWERED
    if "dont_know" in (pending, violation):
        return _LAW_NOT_KNOWN
    return _LAW_ABIDING


LAW_ABIDING = Condition(
    "abides_by_chinese_law",
    message(gettext_noop("You abide by Chinese law (C1)")),
    _law_abiding,
    readings=(CHENGDU_BASIC_CONDITIONS,),
)


# --- C2: good health ------------------------------------------------------------------------
_HEALTHY = met(
    gettext_noop("You told us you have none of the listed illnesses."),
    message(
        gettext_noop(
            "This rests on your own statement: the health certificate from a medical examination "
            "decides."
        )
    ),
)
_SERIOUS_ILLNESS = unmet(
    gettext_noop(
        "You told us you have a serious mental disorder, infectious pulmonary tuberculosis or "
        "another infectious disease that may seriously endanger public health: one of the "
        "illnesses the rules in force exclude."
    )
)
_OTHER_LISTED = unmet(
    gettext_noop(
        "You told us you have HIV/AIDS, another sexually transmitted disease, or a condition that "
        "means you cannot look after yourself: the Chengdu interpretation of good health "
        "excludes these."
    )
)
_HEALTH_NOT_ANSWERED = unknown(
    gettext_noop(
        "You did not answer the health question, so we cannot tell whether you meet this basic "
        "condition."
    )
)


def _good_health(answers: Answers) -> Check:
    conditions = answers.choices("health_conditions")
    if conditions is None:
        return _HEALTH_NOT_ANSWERED
    if "serious_mental_or_infectious" in conditions:
        return _SERIOUS_ILLNESS
    if "other_listed" in conditions:
        return _OTHER_LISTED
    return _HEALTHY


GOOD_HEALTH = Condition(
    "good_health",
    message(gettext_noop("You are in good health (C2)")),
    _good_health,
    readings=(CHENGDU_BASIC_CONDITIONS,),
)


# --- C3: no criminal record (in China, or where the applicant lived 2 years or more) -----------
_NO_CONVICTION = met(gettext_noop("You told us you have never been convicted of a crime."))
_RECORD_COUNTS = unmet(
    gettext_noop(
        "You told us you have a criminal conviction in China, or in a country where you lived "
        "for two years or more. The rules in force require no criminal record there."
    ),
    gap=gettext_noop(
        "Nothing you can do now: a criminal record there rules out every route in force. Have an "
        "advisor look at whether it still counts (open question A21)."
    ),
)
_RECORD_ELSEWHERE = unknown(
    gettext_noop(
        "You told us your conviction was in a country where you lived for less than two years. "
        "The Chengdu interpretation counts only China and countries where you lived for two "
        "years or more, but the authorities decide, so we cannot tell (open question A21)."
    )
)
_PLACES_MISSING = unknown(gettext_noop("You have not told us where you were convicted."))
_RECORD_NOT_ANSWERED = unknown(
    gettext_noop(
        "You did not answer the question about criminal convictions, so we cannot tell whether "
        "you meet this basic condition."
    )
)


def _no_criminal_record(answers: Answers) -> Check:
    conviction = answers.choice("criminal_conviction")
    if conviction is None:
        return _RECORD_NOT_ANSWERED
    if conviction == "no":
        return _NO_CONVICTION
    places = answers.choices("conviction_places")
    if not places:
        return _PLACES_MISSING
    if "china" in places or "abroad_lived_2_years" in places:
        return _RECORD_COUNTS
    return _RECORD_ELSEWHERE


NO_CRIMINAL_RECORD = Condition(
    "no_criminal_record",
    message(
        gettext_noop(
            "You have no criminal record in China or in any country where you lived for two "
            "years or more (C3)"
        )
    ),
    _no_criminal_record,
    readings=(CHENGDU_BASIC_CONDITIONS,),
)
