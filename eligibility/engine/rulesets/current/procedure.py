"""Around an application under the rules in force: documents to prepare (D0, 2004 art. 9), the
procedure, fees and time (arts. 5, 17-19; in-force.md §9), and the duty after grant (arts. 20,
21, 24; Exit and Entry Administration Law art. 49)."""

from eligibility.engine import labels
from eligibility.engine.answers import Answers
from eligibility.engine.model import Confidence
from eligibility.engine.readings import (
    SIX_MONTHS,
    THREE_MONTHS,
    anniversary,
    full_years,
    months_later,
)
from eligibility.engine.rulesets.current.citations import (
    AFTER_GRANT,
    ART_9,
    EXIT_ENTRY_LAW_49,
    PROCEDURE,
)
from eligibility.engine.text import Message, gettext_noop, message


def _items(*texts: str) -> tuple[Message, ...]:
    return tuple(message(text) for text in texts)


# --- D0: general documents (2004 art. 9) ------------------------------------------------------
GENERAL_DOCUMENTS = {
    "citation": ART_9.snapshot,
    "note": message(
        gettext_noop(
            "The local exit-entry office has the final word on documents and may ask for more "
            "(Beijing, for example, wants certificates no more than 6 months old). Since 7 "
            "November 2023 an apostille generally replaces consular authentication; confirm "
            "with the local office."
        )
    ),
    "items": _items(
        gettext_noop("A completed application form."),
        gettext_noop("A valid passport."),
        gettext_noop(
            "A health certificate from a health-quarantine body designated by the Chinese "
            "government, or from a foreign medical institution, authenticated."
        ),
        gettext_noop("A certificate of no criminal record from abroad, authenticated."),
        gettext_noop("Four recent 2-inch colour photos."),
        gettext_noop("Chinese translations of foreign documents."),
    ),
}


# --- Duty after grant (arts. 20, 21, 24) ------------------------------------------------------
DUTY_AFTER_GRANT = {
    "citation": AFTER_GRANT.snapshot,
    "confidence": Confidence.VERBATIM.value,
    "confidence_notice": labels.CONFIDENCE_NOTICES[Confidence.VERBATIM],
    "text_zh": (
        "第二十条 被批准在中国永久居留的外国人，每年在中国累计居留不得少于三个月。"
        "确因实际需要每年不能在中国累计居留满三个月的，"
        "需经长期居留地省、自治区、直辖市公安厅、局批准，但五年内在中国累计居留不得少于一年。"
    ),
    "text_en": (
        "A foreigner approved for PR must spend at least three months in total in China every "
        "year. If a genuine need prevents this, the provincial-level public security department "
        "or bureau of the place of long-term residence may approve an exception. Even then, the "
        "holder must spend at least one year in total in China in every five years."
    ),
    "minimum_days_per_year": THREE_MONTHS.days,
    "message": message(
        gettext_noop(
            "Once granted permanent residence, you must stay in China for at least three months "
            "(%(days)s days) in total every year."
        ),
        days=THREE_MONTHS.days,
    ),
    "readings": (THREE_MONTHS.snapshot,),
    "exception": message(
        gettext_noop(
            "With the approval of the provincial public security department of the place where "
            "you live, you may stay less, but never less than one year in total in every five "
            "years."
        )
    ),
    "cancellation": message(
        gettext_noop(
            "Permanent residence can be cancelled for a likely threat to China's security or "
            "interests, deportation, fraud, or, without approval, less than three months a year "
            "or less than one year in five in China (2004 Measures art. 24; Exit and Entry "
            "Administration Law art. 49)."
        )
    ),
    "cancellation_citation": EXIT_ENTRY_LAW_49.snapshot,
}


# --- Procedure, fees and time -----------------------------------------------------------------
PROCESSING_MONTHS = 6
APPLICATION_FEE_RMB = 1500
CARD_FEE_RMB = 300


def _step(id: str, text_zh: str, text: str, **params: object) -> dict:
    return {"id": id, "text_zh": text_zh, "message": message(text, **params)}


PROCEDURE_FACTS = {
    "citation": PROCEDURE.snapshot,
    "confidence": Confidence.NEAR_VERBATIM.value,
    "confidence_notice": labels.CONFIDENCE_NOTICES[Confidence.NEAR_VERBATIM],
    "time_limit_days": SIX_MONTHS.days,
    "steps": (
        _step(
            "where",
            "受理外国人在中国永久居留申请的机关是设区的市级人民政府公安机关，直辖市公安分、县局",
            gettext_noop(
                "Apply to the exit-entry administration of the public security bureau of the "
                "city where you live long-term, or where your main investment is (in Beijing, "
                "Shanghai, Tianjin and Chongqing, to the district or county bureau)."
            ),
        ),
        _step(
            "who",
            "由本人或者未满18周岁未婚子女的父母或者被委托人……提出申请",
            gettext_noop(
                "You apply in person; a parent applies for a child under 18; or someone you "
                "authorise applies for you, with your power of attorney (authenticated by a "
                "Chinese embassy or consulate if you sign it abroad)."
            ),
        ),
        _step(
            "documents",
            "",
            gettext_noop(
                "Bring the general documents and those of your route. In a first-hand account "
                "from 2022, three identical sets were needed, and foreign documents needed "
                "authentication and a notarised Chinese translation."
            ),
        ),
        _step(
            "fees",
            "",
            gettext_noop(
                "Fees: RMB %(application)s per person for the application and RMB %(card)s for "
                "the card (official service guides, 2017 to 2024)."
            ),
            application=APPLICATION_FEE_RMB,
            card=CARD_FEE_RMB,
        ),
        _step(
            "time",
            "公安机关自受理外国人在中国永久居留的申请之日起六个月以内做出批准或者不批准的决定。",
            gettext_noop(
                "A decision is due within %(months)s months of acceptance. A 2022 account "
                "describes about 6 months; an agency reports 4 to 12 months depending on the "
                "city. These are indications, not promises."
            ),
            months=PROCESSING_MONTHS,
        ),
        _step(
            "abroad",
            "申请人在境外的，由公安部发给《外国人永久居留身份确认表》，申请人持《外国人永久居留身份确认表》"
            "到中国驻外使、领馆办理“D”字签证，入境后30日以内向受理其申请的公安机关领取"
            "《外国人永久居留证》。",
            gettext_noop(
                "If you are abroad when approved, you receive a confirmation form, obtain a D "
                "visa with it at a Chinese embassy or consulate, and collect your card from the "
                "office that received your application within %(days)s days of entering China."
            ),
            days=30,
        ),
    ),
}

# --- What depends on the applicant's own situation ----------------------------------------------
_LIVES_ABROAD = message(
    gettext_noop(
        "You live outside China. The 2004 Measures let someone you authorise apply for you, at "
        "the office of the place of your main investment or long-term residence in China. If "
        "you have neither, the sources do not say where you could apply: ask the exit-entry "
        "office of the city where you would live before you prepare anything."
    )
)
_CARD_UNDER_18 = gettext_noop(
    "If you were approved about %(months)s months after applying, you would still be under 18 "
    "(you turn 18 on %(date)s): your card would be valid for 5 years, not 10 (art. 21, open "
    "question A28)."
)
_CARD_ADULT = message(
    gettext_noop(
        "An applicant aged 18 or over when approved receives a card valid for 10 years (art. 21)."
    )
)


def situational_notes(answers: Answers) -> tuple[Message, ...]:
    """Notes that follow from the applicant's own answers: living abroad, and the card's
    validity, which depends on the age at approval (A28)."""
    notes = []
    if answers.choice("stay_purpose") == "outside_china":
        notes.append(_LIVES_ABROAD)
    birth = answers.date("date_of_birth")
    if birth is not None and birth <= answers.as_of:
        approval = months_later(answers.as_of, PROCESSING_MONTHS)
        if full_years(birth, approval) < 18:
            notes.append(
                message(
                    _CARD_UNDER_18,
                    months=PROCESSING_MONTHS,
                    date=anniversary(birth, 18).isoformat(),
                )
            )
        else:
            notes.append(_CARD_ADULT)
    return tuple(notes)
