"""Rule set ``current``: the rules in force. The Exit and Entry Administration Law (arts. 47-49),
the 2004 Measures (arts. 6-8, with the 2015 widening of employers) and the 2019 nationwide
measures (items 1-3).

Source: the legal source pack, in-force.md. The routes are in ``routes``, their conditions in
``conditions``, and documents, procedure and the duty after grant in ``procedure``. This module
puts them together with the basic conditions C1-C3 of 2004 art. 6, which every route needs."""

from eligibility.engine.conditions import always, unknown
from eligibility.engine.facts import FACTS_BY_NAME
from eligibility.engine.model import (
    AccompanyingFamily,
    Condition,
    Confidence,
    GeneralConditions,
    RuleSet,
)
from eligibility.engine.rulesets.current import routes
from eligibility.engine.rulesets.current.citations import ART_6, RULE_SET_ID
from eligibility.engine.rulesets.current.conditions import basic
from eligibility.engine.rulesets.current.procedure import (
    DUTY_AFTER_GRANT,
    GENERAL_DOCUMENTS,
    PROCEDURE_FACTS,
    situational_notes,
)
from eligibility.engine.text import gettext_noop, message

# --- 2004 art. 6, chapeau: the basic conditions C1-C3 (verbatim) -----------------------------
BASIC = GeneralConditions(
    citation=ART_6,
    confidence=Confidence.VERBATIM,
    text_zh=(
        "第六条 申请在中国永久居留的外国人应当遵守中国法律，身体健康，无犯罪记录，"
        "并符合下列条件之一："
    ),
    text_en=(
        "A foreigner applying for permanent residence in China must abide by Chinese law, be in "
        "good health and have no criminal record, and must meet one of the following conditions."
    ),
    conditions=(basic.LAW_ABIDING, basic.GOOD_HEALTH, basic.NO_CRIMINAL_RECORD),
)

# --- The applicant's own spouse and minor children (art. 6(1)(4); 2019 items 1-3) ----------
_FAMILY_ASSESSED_SEPARATELY = Condition(
    "family_members_own_conditions",
    message(gettext_noop("Your family members meet the basic conditions themselves")),
    always(
        unknown(
            gettext_noop(
                "Your spouse and children apply with their own documents and must meet the basic "
                "conditions themselves; this check does not assess them."
            )
        )
    ),
)
_2004_PRINCIPAL_ROUTES = tuple(
    route.id
    for route in routes.ROUTES
    if route.id.startswith(("cur_a6_1_", "cur_a6_2_", "cur_a6_3_"))
)
_2019_PRINCIPAL_ROUTES = (
    routes.ITEM_1.id,
    routes.ITEM_2.id,
    routes.ITEM_3_PHD.id,
    routes.ITEM_3_KEY_REGION.id,
)
ACCOMPANYING_FAMILY = (
    AccompanyingFamily(
        route=routes.A6_4,
        fact="accompanying_family",
        principal_routes=_2004_PRINCIPAL_ROUTES,
        note_open=message(
            gettext_noop(
                "Your spouse and unmarried children under 18 may apply under 2004 art. 6(1)(4) "
                "as the family of an investor, a senior employee or a contributor. On your "
                "answers, at least one of those routes may be open to you."
            )
        ),
        note_closed=message(
            gettext_noop(
                "Your spouse and unmarried children under 18 could apply under 2004 art. 6(1)(4) "
                "only if you qualify as an investor, a senior employee or a contributor. On your "
                "answers, none of those routes is open to you."
            )
        ),
        conditions=(_FAMILY_ASSESSED_SEPARATELY,),
    ),
    AccompanyingFamily(
        route=routes.ITEM_FAMILY,
        fact="accompanying_family",
        principal_routes=_2019_PRINCIPAL_ROUTES,
        note_open=message(
            gettext_noop(
                "Your foreign spouse and children under 18 may apply together with you under the "
                "2019 measures. On your answers, at least one of those routes may be open to you."
            )
        ),
        note_closed=message(
            gettext_noop(
                "Your foreign spouse and children under 18 could apply together with you under "
                "the 2019 measures only if you apply under items 1 to 3. On your answers, none "
                "of those routes is open to you."
            )
        ),
        conditions=(_FAMILY_ASSESSED_SEPARATELY,),
    ),
)

RULE_SET = RuleSet(
    id=RULE_SET_ID,
    version="2019-08-01",
    release="2019-08-01.1",
    date="2019-08-01",
    title_zh=(
        "《中华人民共和国出境入境管理法》、《外国人在中国永久居留审批管理办法》"
        "及2019年移民与出入境便利政策"
    ),
    title_en=(
        "Exit and Entry Administration Law; Measures for the Administration of Examination and "
        "Approval of Foreigners' Permanent Residence in China (2004); 2019 nationwide measures"
    ),
    status=message(gettext_noop("In force")),
    label=message(gettext_noop("Rules in force")),
    notice=message(
        gettext_noop(
            "These are the rules under which applications are decided today: the 2004 Measures, "
            "as applied with the 2015 and 2019 national measures. The local exit-entry office "
            "decides, and may ask for more."
        )
    ),
    source_url=routes.sources.LIAONING.url,
    facts=FACTS_BY_NAME,
    general=BASIC,
    routes=routes.ROUTES,
    risks=(),
    refusal_grounds=None,
    general_documents=GENERAL_DOCUMENTS,
    duty_after_grant=DUTY_AFTER_GRANT,
    procedure=PROCEDURE_FACTS,
    accompanying_family=ACCOMPANYING_FAMILY,
    situational=situational_notes,
)
