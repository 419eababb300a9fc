"""Around an application: documents to prepare (D0), the procedure (§8) and the duty after
grant (§7)."""

from eligibility.engine import labels
from eligibility.engine.answers import Answers
from eligibility.engine.model import Confidence
from eligibility.engine.readings import THREE_MONTHS
from eligibility.engine.rulesets.draft_2020.citations import (
    EXIT_ENTRY_LAW_49,
    MINIMUM_STAY,
    PROCEDURE,
)
from eligibility.engine.text import Message, gettext_noop, message


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
            "Under the Exit and Entry Administration Law, which is in force whatever becomes of "
            "the draft, permanent residence can be cancelled for harm to China's security or "
            "interests, deportation, fraud, not staying in China for the required time, or other "
            "unsuitability."
        )
    ),
    "cancellation_citation": EXIT_ENTRY_LAW_49.snapshot,
}


# --- Procedure (near-verbatim; clause numbers inferred) ---------------------------------------
# The longest the authorities may take once they accept an application (P5).
PROCESSING_DAYS = 120


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


_LIVES_ABROAD = message(
    gettext_noop(
        "You live outside China. The draft says to apply where you reside in China; it does not "
        "say whether or how someone living abroad could apply."
    )
)


def situational_notes(answers: Answers) -> tuple[Message, ...]:
    """Notes that follow from the applicant's own answers."""
    return (_LIVES_ABROAD,) if answers.choice("stay_purpose") == "outside_china" else ()
