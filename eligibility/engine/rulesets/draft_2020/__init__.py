"""Rule set ``draft_2020``: the 2020 consultation draft of the PR Regulations (not in force).

Source: the legal source pack, draft-2020.md. Routes are in ``routes``, their conditions in
``conditions``; this module declares the rest: the general conditions of art. 10, the refusal
grounds reported as risks, the general documents, the duty after grant and the procedure.
"""

from eligibility.engine import labels
from eligibility.engine.facts import FACTS_BY_NAME
from eligibility.engine.model import (
    Confidence,
    GeneralConditions,
    RiskRule,
    RiskStatus,
    RuleSet,
)
from eligibility.engine.readings import THREE_MONTHS
from eligibility.engine.rulesets.draft_2020 import conditions as c
from eligibility.engine.rulesets.draft_2020.citations import (
    ART_10,
    ART_26,
    EXIT_ENTRY_LAW_49_4,
    MINIMUM_STAY,
    PROCEDURE,
    RULE_SET_ID,
)
from eligibility.engine.rulesets.draft_2020.routes import ACCOMPANYING_FAMILY, ROUTES
from eligibility.engine.text import Message, gettext_noop, message

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
    conditions=(c.LAW_ABIDING, c.ECONOMIC_MEANS, c.NOT_DIPLOMATIC_STAY),
)


# --- Art. 26 (number per one source): refusal grounds, reported as risks -------------------
def _risk(
    id: str,
    grounds: tuple[str, ...],
    fact: str,
    by_answer: dict[str, tuple[RiskStatus, str]],
    missing: str,
) -> RiskRule:
    return RiskRule(
        id,
        grounds,
        fact,
        {answer: (status, message(text)) for answer, (status, text) in by_answer.items()},
        (RiskStatus.POSSIBLE, message(missing)),
        ART_26,
    )


INDICATED, POSSIBLE, NOT_INDICATED = (
    RiskStatus.INDICATED,
    RiskStatus.POSSIBLE,
    RiskStatus.NOT_INDICATED,
)

RISKS = (
    _risk(
        "medical",
        ("R2",),
        "medical_finding",
        {
            "serious_condition": (
                INDICATED,
                gettext_noop(
                    "Your medical examination found a serious mental disorder, infectious "
                    "pulmonary tuberculosis or another infectious disease that may seriously "
                    "endanger public health. This is a ground for refusal."
                ),
            ),
            "not_examined": (
                POSSIBLE,
                gettext_noop(
                    "You have not had the medical examination yet. You will need a health "
                    "certificate, and some serious illnesses are a ground for refusal."
                ),
            ),
            "none": (
                NOT_INDICATED,
                gettext_noop(
                    "Your medical examination found none of the illnesses that are a ground for "
                    "refusal."
                ),
            ),
        },
        gettext_noop("You have not told us the outcome of a medical examination."),
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
                    "considered: have an adviser review your case (open question A21)."
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
        ("R4",),
        "false_information",
        {
            "yes": (
                INDICATED,
                gettext_noop(
                    "You have been found to have given false information or documents to the "
                    "Chinese authorities. Fraud in an application is a ground for refusal."
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


# --- D0: general documents (indicative; follows the rules in force) -------------------------
def _items(*texts: str) -> tuple[Message, ...]:
    return tuple(message(text) for text in texts)


GENERAL_DOCUMENTS = {
    "note": message(
        gettext_noop(
            "The draft names only the passport or travel document, photos and the application "
            "materials. This list follows the rules in force and is indicative."
        )
    ),
    "items": _items(
        gettext_noop("A completed application form."),
        gettext_noop("A valid passport or other international travel document."),
        gettext_noop(
            "Recent colour photos that meet the rules (four 2-inch photos under the current rules)."
        ),
        gettext_noop(
            "A health certificate from a health-quarantine body designated by the Chinese "
            "government, or from a foreign medical institution, authenticated."
        ),
        gettext_noop(
            "A certificate of no criminal record from abroad, authenticated by a Chinese embassy "
            "or consulate. Since 7 November 2023 an apostille generally replaces this "
            "authentication; confirm with the local office."
        ),
        gettext_noop("Chinese translations of foreign documents."),
    ),
}


# --- Duty after grant (near-verbatim; article number not found) -----------------------------
DUTY_AFTER_GRANT = {
    "citation": MINIMUM_STAY.snapshot,
    "confidence": Confidence.NEAR_VERBATIM.value,
    "confidence_notice": labels.CONFIDENCE_NOTICES[Confidence.NEAR_VERBATIM],
    "text_zh": "永久居留外国人每年在中国境内实际居留时间不得少于三个月。",
    "text_en": "A PR foreigner must actually stay in China for at least three months every year.",
    "minimum_days_per_year": THREE_MONTHS.days,
    "message": message(
        gettext_noop(
            "If you were granted permanent residence, you would have to stay in China for at "
            "least three months (%(days)s days) every year."
        ),
        days=THREE_MONTHS.days,
    ),
    "readings": (THREE_MONTHS.snapshot,),
    "exception": message(
        gettext_noop("Whether any exception exists is not known (open question A27).")
    ),
    "cancellation": message(
        gettext_noop(
            "Not staying long enough is a ground for cancelling permanent residence under the "
            "Exit and Entry Administration Law, which is in force."
        )
    ),
    "cancellation_citation": EXIT_ENTRY_LAW_49_4.snapshot,
}


# --- Procedure (near-verbatim; clause numbers inferred) ---------------------------------------
PROCESSING_DAYS = c.PROCESSING_DAYS


def _step(id: str, text_zh: str, text: str, **params: object) -> dict:
    return {"id": id, "text_zh": text_zh, "message": message(text, **params)}


PROCEDURE_FACTS = {
    "citation": PROCEDURE.snapshot,
    "confidence": Confidence.NEAR_VERBATIM.value,
    "confidence_notice": labels.CONFIDENCE_NOTICES[Confidence.NEAR_VERBATIM],
    "time_limit_days": PROCESSING_DAYS,
    "steps": (
        _step(
            "P1",
            "外国人申请永久居留资格，应当向居留地公安机关出入境管理机构提出申请，如实填报申请信息，提交本人"
            "护照或者其他国际旅行证件、符合规定的照片和申请材料，按规定接受面谈，并留存指纹等人体识别信息。",
            gettext_noop(
                "Apply in person at the exit-entry administration office of the public security "
                "organ where you reside. Fill in the application truthfully, hand in your "
                "passport, photos and materials, attend an interview, and give your fingerprints "
                "and other biometric data."
            ),
        ),
        _step(
            "P2",
            "县级以上地方人民政府公安机关出入境管理机构按照国家移民管理部门的委托，受理外国人永久居留资格的申请。",
            gettext_noop(
                "Offices at county level or above accept applications on behalf of the national "
                "immigration administration."
            ),
        ),
        _step(
            "P3",
            "外国人申请永久居留资格的手续和材料符合规定的，公安机关出入境管理机构应当受理并出具受理回执。"
            "申请材料不齐全或者不符合规定形式的，公安机关出入境管理机构应当当场或者在五日内一次性告知申请人"
            "需要履行手续和补正材料的全部内容，并进行登记。",
            gettext_noop(
                "If your materials are in order, the office accepts the application and gives you "
                "a receipt. If something is missing, it tells you everything that is missing, on "
                "the spot or within %(days)s days."
            ),
            days=5,
        ),
        _step(
            "P4",
            "公安机关出入境管理机构应当认真核查申请事由的真实性以及申请人的国籍、信用记录和在中国境内工作、"
            "生活等情况。有关单位和个人应当予以协助配合。",
            gettext_noop(
                "The office checks that your grounds are genuine, and checks your nationality, "
                "your credit record, and your work and life in China."
            ),
        ),
        _step(
            "P5",
            "外国人永久居留资格的审批期限最长为一百二十日，自公安机关出入境管理机构受理之日起计算。",
            gettext_noop(
                "A decision is due within %(days)s days of acceptance. Approvals are subject to "
                "a quota: time spent waiting for a quota does not count towards the %(days)s "
                "days, and no waiting time can be predicted (open question A26)."
            ),
            days=PROCESSING_DAYS,
        ),
        _step(
            "P6",
            "对符合条件的外国人，由国家移民管理部门批准永久居留资格，并签发外国人永久居留身份证。",
            gettext_noop(
                "The national immigration administration decides, and issues the Foreign "
                "Permanent Resident ID Card to those it approves."
            ),
        ),
    ),
}


RULE_SET = RuleSet(
    id=RULE_SET_ID,
    version="2020-02-27",
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
    accompanying_family=ACCOMPANYING_FAMILY,
)
