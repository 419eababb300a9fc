"""Rule set ``draft_2020``: the 2020 consultation draft of the PR Regulations (not in force).

Source: the legal source pack, draft-2020.md. The routes are in ``routes``, their conditions in
``conditions`` (a module per article or two), the refusal grounds in ``risks``, and documents,
procedure and the duty after grant in ``procedure``. This module puts them together, with the
general conditions of art. 10.
"""

from eligibility.engine.facts import FACTS_BY_NAME
from eligibility.engine.model import Confidence, GeneralConditions, RuleSet
from eligibility.engine.rulesets.draft_2020.citations import ART_10, RULE_SET_ID
from eligibility.engine.rulesets.draft_2020.conditions import general
from eligibility.engine.rulesets.draft_2020.procedure import (
    DUTY_AFTER_GRANT,
    GENERAL_DOCUMENTS,
    PROCEDURE_FACTS,
    situational_notes,
)
from eligibility.engine.rulesets.draft_2020.risks import REFUSAL_GROUNDS, RISKS
from eligibility.engine.rulesets.draft_2020.routes import ACCOMPANYING_FAMILY, ROUTES
from eligibility.engine.text import gettext_noop, message

# --- Art. 10: general conditions (verbatim) ---------------------------------------------------
GENERAL = GeneralConditions(
    citation=ART_10,
    confidence=Confidence.VERBATIM,
    text_zh=(
        "第十条 外国人遵守中国法律，具备在中国生活的基本经济保障，并且符合本条例规定申请条件的，"
        "可以申请永久居留资格。\n"
        "外国人因外交、公务事由在中国境内停留居留期间，不得申请永久居留资格。"
    ),
    text_en=(
        "A foreigner may apply for PR status if he or she (a) abides by Chinese law, (b) has the "
        "basic economic means to live in China, and (c) meets one of the application conditions "
        "of these Regulations. A foreigner who is staying or residing in China for diplomatic or "
        "official purposes may not apply for PR status during that stay."
    ),
    conditions=(general.LAW_ABIDING, general.ECONOMIC_MEANS, general.NOT_DIPLOMATIC_STAY),
)


RULE_SET = RuleSet(
    id=RULE_SET_ID,
    version="2020-02-27",
    release="2020-02-27.1",
    date="2020-02-27",
    title_zh="《中华人民共和国外国人永久居留管理条例（征求意见稿）》",
    title_en=(
        "Regulations of the People's Republic of China on the Administration of Foreigners' "
        "Permanent Residence (consultation draft)"
    ),
    status=message(gettext_noop("Consultation draft, not in force")),
    label=message(gettext_noop("Proposed rule (2020 consultation draft), not law")),
    notice=message(
        gettext_noop(
            "The Ministry of Justice published this draft for comment on 27 February 2020. It "
            "has not been adopted, and its content could change. A result under it is not a "
            "decision and gives no right."
        )
    ),
    source_url="http://www.moj.gov.cn/news/content/2020-02/27/zlk_3242559.html",
    facts=FACTS_BY_NAME,
    general=GENERAL,
    routes=ROUTES,
    risks=RISKS,
    refusal_grounds=REFUSAL_GROUNDS,
    general_documents=GENERAL_DOCUMENTS,
    duty_after_grant=DUTY_AFTER_GRANT,
    procedure=PROCEDURE_FACTS,
    accompanying_family=(ACCOMPANYING_FAMILY,),
    situational=situational_notes,
)
