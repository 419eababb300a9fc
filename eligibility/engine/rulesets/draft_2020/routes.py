"""The routes of the 2020 draft (draft-2020.md §4), one per circumstance.

Each route declares its citation, the Chinese text it relies on (copied exactly from the source
pack; ``None`` where only the substance is known: never a back-translation), our English
rendering, its confidence, its recommendation, its conditions and its documents. The general
conditions of art. 10 apply to every route and are declared in ``__init__``.
"""

from eligibility.engine.model import (
    AccompanyingFamily,
    Confidence,
    Recommendation,
    Route,
)
from eligibility.engine.rulesets.draft_2020 import sources
from eligibility.engine.rulesets.draft_2020.citations import cite
from eligibility.engine.rulesets.draft_2020.conditions import (
    contribution,
    family,
    investment,
    talent,
    work,
)
from eligibility.engine.rulesets.shared import family as shared_family
from eligibility.engine.rulesets.shared import gates
from eligibility.engine.rulesets.shared import work as shared_work
from eligibility.engine.text import gettext_noop, message

_SINGLE_SOURCE = message(
    gettext_noop("Single source: a word-for-word quotation in a blog post (2020-03-05).")
)
_NO_RECOMMENDATION = Recommendation(required=False)
_RECOMMENDATION_NOT_KNOWN = Recommendation(required=None)

_RECOMMENDATION_LETTER = message(gettext_noop("A recommendation letter."))
_CONTRIBUTION_EVIDENCE = message(gettext_noop("Evidence of the contribution."))
_WORK_PERMIT_AND_CONTRACT = message(gettext_noop("Your work permit and employment contract."))
_APPOINTMENT_TITLE_PERMIT = (
    message(gettext_noop("Your appointment letter or employment contract.")),
    message(gettext_noop("Your title certificate.")),
    message(gettext_noop("Your work permit.")),
)
_WAGE_TAX_PERMITS = (
    message(gettext_noop("Your employer's wage certificates.")),
    message(gettext_noop("Your individual income tax certificates.")),
    message(gettext_noop("Your work permits.")),
)
_ENTRY_EXIT_RECORD = message(gettext_noop("Your entry and exit record."))
_LIVELIHOOD_AND_HOME = (
    message(gettext_noop("Proof of your livelihood (income, savings).")),
    message(gettext_noop("A lease or title deed for your home.")),
)


# --- Art. 11: outstanding contribution, with a recommendation (verbatim) --------------------
_ART_11_ZH = (
    "第十一条 外国人为中国经济社会发展作出突出贡献，属于下列情形之一的，经国家有关主管部门或者省、"
    "自治区、直辖市人民政府推荐，可以申请永久居留资格："
)
_ART_11_EN = (
    "A foreigner who has made an outstanding contribution to China's economic and social "
    "development may apply for PR status if recommended by a relevant competent national "
    "authority, or by the people's government of a province, autonomous region or "
    "directly-administered municipality, and if the contribution is of one of these kinds: "
)
_ART_11_RECOMMENDATION = Recommendation(
    required=True,
    by=message(
        gettext_noop(
            "a relevant competent national authority, or the people's government of a "
            "province, autonomous region or directly-administered municipality"
        )
    ),
)
_ART_11_SOURCES = (sources.ECONOMICLAWS, sources.XINHUA, sources.CHINA_DAILY)

A11_1 = Route(
    id="draft_a11_1_contribution_science_education",
    citation=cite(11, item=1),
    title=message(
        gettext_noop(
            "Outstanding contribution to science, education, culture, health or sport, if "
            "recommended"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_11_ZH + "\n（一）为中国科技、教育、文化、卫生、体育等事业作出突出贡献；",
    text_en=_ART_11_EN
    + "(1) an outstanding contribution to China's science and technology, education, culture, "
    "health, sport or similar fields.",
    recommendation=_ART_11_RECOMMENDATION,
    conditions=(
        gates.MADE_CONTRIBUTION,
        contribution.CONTRIBUTION_SCIENCE,
        contribution.CONTRIBUTION_RECOMMENDED,
    ),
    documents=(
        _RECOMMENDATION_LETTER,
        message(
            gettext_noop(
                "Evidence of the contribution: awards, appointments, project or publication "
                "records, official commendations."
            )
        ),
    ),
    sources=_ART_11_SOURCES,
)
A11_2 = Route(
    id="draft_a11_2_contribution_public_welfare",
    citation=cite(11, item=2),
    title=message(
        gettext_noop("Outstanding contribution to public welfare in China, if recommended")
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_11_ZH + "\n（二）在中国境内从事公益活动，为中国公益事业发展作出突出贡献；",
    text_en=_ART_11_EN
    + "(2) public-interest activities carried out in China that made an outstanding "
    "contribution to the development of China's public-welfare undertakings.",
    recommendation=_ART_11_RECOMMENDATION,
    conditions=(
        gates.MADE_CONTRIBUTION,
        contribution.CONTRIBUTION_PUBLIC_WELFARE,
        contribution.CONTRIBUTION_RECOMMENDED,
    ),
    documents=(
        _RECOMMENDATION_LETTER,
        message(
            gettext_noop(
                "Records of your activities in China: registration of the organisation, donation "
                "records, official commendations."
            )
        ),
    ),
    sources=_ART_11_SOURCES,
)
A11_3 = Route(
    id="draft_a11_3_contribution_friendship_peace",
    citation=cite(11, item=3),
    title=message(
        gettext_noop(
            "Outstanding contribution to friendship and cooperation, world peace or common "
            "development, if recommended"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_11_ZH + "\n（三）为推进中外友好交流合作、维护世界和平、促进共同发展作出突出贡献；",
    text_en=_ART_11_EN
    + "(3) an outstanding contribution to promoting friendly exchanges and cooperation between "
    "China and other countries, safeguarding world peace, or promoting common development.",
    recommendation=_ART_11_RECOMMENDATION,
    conditions=(
        gates.MADE_CONTRIBUTION,
        contribution.CONTRIBUTION_FRIENDSHIP,
        contribution.CONTRIBUTION_RECOMMENDED,
    ),
    documents=(_RECOMMENDATION_LETTER, _CONTRIBUTION_EVIDENCE),
    sources=_ART_11_SOURCES,
)
A11_4 = Route(
    id="draft_a11_4_contribution_other",
    citation=cite(11, item=4),
    title=message(
        gettext_noop("Another outstanding contribution to China's development, if recommended")
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_11_ZH + "\n（四）为中国经济社会发展作出突出贡献的其他情形。",
    text_en=_ART_11_EN
    + "(4) any other outstanding contribution to China's economic and social development.",
    recommendation=_ART_11_RECOMMENDATION,
    conditions=(
        gates.MADE_CONTRIBUTION,
        contribution.CONTRIBUTION_OTHER,
        contribution.CONTRIBUTION_OTHER_CRITERIA,
        contribution.CONTRIBUTION_RECOMMENDED,
    ),
    documents=(_RECOMMENDATION_LETTER, _CONTRIBUTION_EVIDENCE),
    sources=_ART_11_SOURCES,
)


# --- Art. 12: internationally recognised achievement, direct application (verbatim) --------
A12 = Route(
    id="draft_a12_recognised_achievement",
    citation=cite(12),
    title=message(gettext_noop("Internationally recognised outstanding achievement")),
    confidence=Confidence.VERBATIM,
    text_zh=(
        "第十二条 在经济、科技、教育、文化、卫生、体育等领域取得国际公认杰出成就的外国人，"
        "可以直接申请永久居留资格。"
    ),
    text_en=(
        "A foreigner who has gained an internationally recognised, outstanding achievement in "
        "economics, science and technology, education, culture, health, sport or a similar field "
        "may apply for PR status directly, that is, without a recommendation."
    ),
    recommendation=_NO_RECOMMENDATION,
    conditions=(gates.HAS_ACHIEVEMENT, contribution.RECOGNISED_ACHIEVEMENT),
    documents=(
        message(
            gettext_noop(
                "Evidence of the achievement, such as major international prizes or membership "
                "of national academies (examples only: no standard is published)."
            )
        ),
    ),
    sources=(sources.ECONOMICLAWS, sources.XINHUA),
)


# --- Art. 13: talent brought in for the country's development -------------------------------
_ART_13_ZH = (
    "第十三条 因国家经济社会发展需要引进的外国人，属于下列情形之一的，可以申请永久居留资格："
)
_ART_13_2_ZH = (
    "（二）国家重点建设的高等学校、科研机构引进并推荐的助理教授、助理研究员以上职称的学术科研人员，"
    "以及其他高等学校、科研机构引进并推荐的教授、研究员；"
)
_ART_13_EN = (
    "A foreigner brought in because the country's economic and social development needs him or "
    "her may apply for PR status in any of these cases: "
)
_ART_13_2_EN = (
    _ART_13_EN + "(2) academic or research staff with the title of assistant professor or "
    "assistant research fellow, or higher, brought in and recommended by a university or "
    "research institute that the state is building up as a key institution; or a professor or "
    "research fellow brought in and recommended by any other university or research institute."
)
_INSTITUTION = Recommendation(
    required=True,
    by=message(gettext_noop("the university or research institute that brought you in")),
)

A13_1 = Route(
    id="draft_a13_1_urgent_talent",
    citation=cite(13, item=1),
    title=message(
        gettext_noop(
            "Urgently needed talent in a priority industry or region, recommended by the "
            "competent authority"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_13_ZH + "\n（一）国家重点发展的行业、区域引进并经主管部门推荐的急需紧缺人才；",
    text_en=_ART_13_EN
    + "(1) urgently needed or scarce talent, brought in by an industry or region that the state "
    "prioritises for development, and recommended by the competent authority.",
    recommendation=Recommendation(
        required=True, by=message(gettext_noop("the competent authority"))
    ),
    conditions=(gates.WORKS_IN_CHINA, work.PRIORITY_INDUSTRY, talent.URGENT_TALENT_RECOMMENDED),
    documents=(
        _RECOMMENDATION_LETTER,
        _WORK_PERMIT_AND_CONTRACT,
        message(gettext_noop("Evidence that the industry or region is prioritised.")),
    ),
    notes=(
        message(
            gettext_noop(
                "Whether you count as urgently needed or scarce talent is for the competent "
                "authority to decide, through its recommendation (open question A5)."
            )
        ),
    ),
    sources=(sources.ECONOMICLAWS,),
)
A13_2_KEY = Route(
    id="draft_a13_2_key_institution_academic",
    citation=cite(13, item=2, clause=1),
    title=message(
        gettext_noop(
            "Assistant professor or higher at a national key university or research institute, "
            "recommended by it"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_13_ZH + "\n" + _ART_13_2_ZH,
    text_en=_ART_13_2_EN,
    recommendation=_INSTITUTION,
    conditions=(
        gates.ACADEMIC_POST,
        talent.NATIONAL_KEY_INSTITUTION,
        talent.TITLE_ASSISTANT_OR_HIGHER,
        talent.INSTITUTION_RECOMMENDED,
    ),
    documents=(
        _RECOMMENDATION_LETTER,
        *_APPOINTMENT_TITLE_PERMIT,
        message(gettext_noop("Evidence of the institution's national key status.")),
    ),
    sources=(sources.ECONOMICLAWS,),
)
A13_2_OTHER = Route(
    id="draft_a13_2_other_institution_professor",
    citation=cite(13, item=2, clause=2),
    title=message(
        gettext_noop(
            "Professor or research fellow at any other university or research institute, "
            "recommended by it"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_13_ZH + "\n" + _ART_13_2_ZH,
    text_en=_ART_13_2_EN,
    recommendation=_INSTITUTION,
    conditions=(gates.ACADEMIC_POST, talent.TITLE_FULL, talent.INSTITUTION_RECOMMENDED),
    documents=(_RECOMMENDATION_LETTER, *_APPOINTMENT_TITLE_PERMIT),
    notes=(
        message(
            gettext_noop(
                "Any university or research institute will do here: a professor or research "
                "fellow at a national key institution meets the first clause of this item too."
            )
        ),
    ),
    sources=(sources.ECONOMICLAWS,),
)
A13_3 = Route(
    id="draft_a13_3_enterprise_senior_staff",
    citation=cite(13, item=3),
    title=message(
        gettext_noop(
            "Senior staff of a high-tech, innovative or well-known domestic enterprise, "
            "recommended by it"
        )
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=(
        "Content only (the Chinese text after the opening characters of the item is not "
        "available): senior management staff and senior professional and technical staff "
        "brought in and recommended by high-tech enterprises, innovative enterprises and "
        "well-known domestic enterprises. Whether further conditions apply is not known."
    ),
    recommendation=Recommendation(
        required=True, by=message(gettext_noop("the enterprise that brought you in"))
    ),
    conditions=(
        gates.ENTERPRISE_SENIOR_POST,
        talent.ENTERPRISE_TYPE,
        talent.SENIOR_POST,
        talent.ENTERPRISE_RECOMMENDED,
    ),
    documents=(
        _RECOMMENDATION_LETTER,
        message(gettext_noop("Your employment contract and work permit showing your post.")),
        message(
            gettext_noop("The enterprise's high-tech enterprise certificate, where it has one.")
        ),
        message(
            gettext_noop(
                "Any evidence that the enterprise is innovative or well known (no standard is "
                "known)."
            )
        ),
    ),
    source_note=message(
        gettext_noop(
            "Known from an English news report and consistent summaries (China Daily, Global "
            "Times); open question A33."
        )
    ),
    sources=(sources.CHINA_DAILY, sources.GLOBAL_TIMES),
)


# --- Art. 15: working in China (substance only) ---------------------------------------------
_ART_15_EN = (
    "Content only: a foreigner who works in China lawfully and has a good tax record and a good "
    "credit record may apply for PR status in any of these cases: "
)
_ART_15_NOTES = (
    message(
        gettext_noop(
            "Whether this route needs a recommendation, and whether a minimum amount of tax "
            "applies, is not known: the wording is not available (open question A13 for the "
            "tax)."
        )
    ),
)
_ART_15_SOURCES = (sources.REFERCHINA, sources.CHINA_DAILY, sources.LIANG, sources.SQXX_83)
_ART_15_SOURCE_NOTE = message(
    gettext_noop(
        "Known from secondary sources that list the four items; the text is not available."
    )
)
_ART_15_CHAPEAU = (
    gates.WORKS_IN_CHINA,
    work.WORKS_LAWFULLY,
    work.GOOD_TAX_RECORD,
    work.GOOD_CREDIT_RECORD,
)

A15_1 = Route(
    id="draft_a15_1_doctorate_or_renowned_university",
    citation=cite(15, item=1),
    title=message(
        gettext_noop("Doctorate or degree from a renowned university, with 3 years' work in China")
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=_ART_15_EN
    + "(1) holds a doctorate, or graduated from an internationally renowned university; has "
    "worked in China for at least 3 years; and has actually stayed in China for at least 1 year "
    "in total during that period.",
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        *_ART_15_CHAPEAU,
        work.DOCTORATE_OR_RENOWNED,
        work.WORKED_3_YEARS,
        work.STAY_1_YEAR,
    ),
    documents=(
        message(
            gettext_noop("Your degree certificate (a foreign degree authenticated or verified).")
        ),
        message(gettext_noop("Your work permits and residence permits for the period.")),
        message(gettext_noop("Your employment contracts.")),
        message(gettext_noop("Your individual income tax records.")),
        _ENTRY_EXIT_RECORD,
    ),
    notes=_ART_15_NOTES,
    source_note=_ART_15_SOURCE_NOTE,
    sources=_ART_15_SOURCES,
)
A15_2 = Route(
    id="draft_a15_2_key_industry_region_4x",
    citation=cite(15, item=2),
    title=message(
        gettext_noop(
            "3 years' continuous work in a priority industry or region, with a wage of at least "
            "4× the local average"
        )
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=_ART_15_EN
    + "(2) has worked continuously for at least 3 years in an industry or region that the state "
    "prioritises for development; has actually stayed in China for at least 1 year in total; "
    "and has an annual wage income of at least 4 times the previous year's average wage of "
    "urban on-the-job employees in the place of work.",
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        *_ART_15_CHAPEAU,
        work.PRIORITY_INDUSTRY,
        work.PRIORITY_WORK_3_YEARS,
        work.STAY_1_YEAR_PRIORITY,
        work.wage_multiple(4, years=3),
    ),
    documents=(
        *_WAGE_TAX_PERMITS,
        message(gettext_noop("Evidence that the industry or region is prioritised.")),
        _ENTRY_EXIT_RECORD,
    ),
    notes=_ART_15_NOTES,
    source_note=_ART_15_SOURCE_NOTE,
    sources=_ART_15_SOURCES,
)
A15_3 = Route(
    id="draft_a15_3_four_years_6x",
    citation=cite(15, item=3),
    title=message(
        gettext_noop(
            "4 years' continuous work in China, with a wage of at least 6× the local average"
        )
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=_ART_15_EN
    + "(3) has worked in China continuously for at least 4 years; has actually stayed in China "
    "for at least 2 years in total; and has an annual wage income of at least 6 times that "
    "average wage.",
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        *_ART_15_CHAPEAU,
        shared_work.continuous_work(4),
        work.STAY_2_YEARS,
        work.wage_multiple(6, years=4),
    ),
    documents=(*_WAGE_TAX_PERMITS, _ENTRY_EXIT_RECORD),
    notes=_ART_15_NOTES,
    source_note=_ART_15_SOURCE_NOTE,
    sources=_ART_15_SOURCES,
)
A15_4 = Route(
    id="draft_a15_4_eight_years_3x",
    citation=cite(15, item=4),
    title=message(
        gettext_noop(
            "8 years' continuous work in China, with a wage of at least 3× the local average"
        )
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=_ART_15_EN
    + "(4) has worked in China continuously for at least 8 years; has actually stayed in China "
    "for at least 4 years in total; and has an annual wage income of at least 3 times that "
    "average wage.",
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        *_ART_15_CHAPEAU,
        shared_work.continuous_work(8),
        work.STAY_4_YEARS,
        work.wage_multiple(3, years=8),
    ),
    documents=(*_WAGE_TAX_PERMITS, _ENTRY_EXIT_RECORD),
    notes=_ART_15_NOTES,
    source_note=_ART_15_SOURCE_NOTE,
    sources=_ART_15_SOURCES,
)


# --- Art. 16: investors (substance only) -----------------------------------------------------
_ART_16_SOURCES = (sources.CHINA_DAILY, sources.LIANG, sources.SQXX_83)
_INVESTMENT_EVIDENCE = message(gettext_noop("Evidence of the investment."))
_TAX_CERTIFICATES = message(gettext_noop("Tax certificates."))

A16_10M = Route(
    id="draft_a16_investment_10m",
    citation=cite(16),
    title=message(gettext_noop("Investment in China of at least RMB 10 million")),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=(
        "Content only: a foreigner may apply for PR status if his or her investment in China "
        "is at least RMB 10 million. Whether the investment must be direct or paid in, whether "
        "several investments add up, whether it must be held for a period, and whether a tax "
        "record counts, is not known."
    ),
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        gates.INVESTS_IN_CHINA,
        investment.INVESTMENT_10M,
        investment.INVESTMENT_DIRECT_PAID_IN,
    ),
    documents=(
        message(gettext_noop("Company registration documents.")),
        message(gettext_noop("Evidence of paid-in capital (capital-verification reports).")),
        _TAX_CERTIFICATES,
    ),
    source_note=message(
        gettext_noop("Known from news reports and commentaries; the text is not available.")
    ),
    sources=_ART_16_SOURCES,
)
A16_ENCOURAGED = Route(
    id="draft_a16_investment_encouraged",
    citation=cite(16),
    title=message(gettext_noop("Investment in an industry or region the state encourages")),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=(
        "Content only: a foreigner may apply for PR status if he or she invests in an industry "
        "or region that the state encourages, and the amount invested, the tax paid and the "
        "number of Chinese citizens employed each meet prescribed standards (the figures are not "
        "found)."
    ),
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        gates.INVESTS_IN_CHINA,
        investment.INVESTMENT_ENCOURAGED,
        investment.ENCOURAGED_STANDARDS,
    ),
    documents=(
        _INVESTMENT_EVIDENCE,
        _TAX_CERTIFICATES,
        message(
            gettext_noop(
                "Employment records of your Chinese staff, such as social-insurance registrations."
            )
        ),
        message(gettext_noop("Evidence that the industry or region is encouraged.")),
    ),
    source_note=message(
        gettext_noop("Known from news reports and commentaries; the standards are not found.")
    ),
    sources=_ART_16_SOURCES,
)
A16_HIGH_TECH = Route(
    id="draft_a16_investment_hightech_innovative",
    citation=cite(16),
    title=message(gettext_noop("Investment in a high-tech or innovative enterprise")),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=(
        "Content only, reported by one commentator: investment in high-tech and innovative "
        "enterprises. The criteria are not found."
    ),
    recommendation=_RECOMMENDATION_NOT_KNOWN,
    conditions=(
        gates.INVESTS_IN_CHINA,
        investment.INVESTMENT_HIGH_TECH,
        investment.HIGH_TECH_INVESTMENT_CRITERIA,
    ),
    documents=(
        _INVESTMENT_EVIDENCE,
        message(gettext_noop("The enterprise's high-tech enterprise certificate.")),
    ),
    source_note=message(gettext_noop("Reported by one commentator only (open question A35).")),
    sources=(sources.LIANG,),
)


# --- Art. 17: family reunion (verbatim, single source) ---------------------------------------
_ART_17_ZH = "第十七条 外国人有家庭团聚需要，属于下列情形之一的，可以申请永久居留资格："
_ART_17_EN = "A foreigner who needs family reunion may apply for PR status in any of these cases: "

A17_1 = Route(
    id="draft_a17_1_spouse",
    citation=cite(17, item=1),
    title=message(
        gettext_noop(
            "Spouse of a Chinese citizen or permanent resident, after 5 years of common life in "
            "China"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_17_ZH + "\n（一）配偶为居住在中国境内的中国公民或者永久居留外国人，"
    "婚后已在中国境内与配偶共同生活五年，且每年实际居留累计不少于九个月，有稳定生活保障和住所；",
    text_en=_ART_17_EN
    + "(1) Spouse. The spouse is a Chinese citizen residing in China, or a PR foreigner. Since "
    "the marriage, the applicant has lived together with the spouse in China for five years. In "
    "each year, the applicant's actual stay in China totals at least nine months. The applicant "
    "has a stable livelihood and a home.",
    recommendation=_NO_RECOMMENDATION,
    conditions=(
        gates.FAMILY_IN_CHINA,
        gates.JOINS_SPOUSE,
        family.SPOUSE_STATUS,
        shared_family.MARRIAGE_RECOGNISED,
        family.COMMON_LIFE,
        family.SPOUSE_DAYS_EACH_YEAR,
        shared_family.STABLE_LIVELIHOOD,
        shared_family.HOME_IN_CHINA,
    ),
    documents=(
        message(gettext_noop("Your marriage certificate.")),
        message(
            gettext_noop(
                "Your spouse's Chinese identity card and household registration, or your "
                "spouse's permanent residence card."
            )
        ),
        message(gettext_noop("Proof that your spouse resides in China.")),
        message(
            gettext_noop(
                "Proof of your life together in China since the marriage, such as residence "
                "registrations and leases."
            )
        ),
        message(gettext_noop("Your entry and exit record for each year.")),
        *_LIVELIHOOD_AND_HOME,
    ),
    source_note=_SINGLE_SOURCE,
    sources=(sources.MATTERS, sources.REFERCHINA, sources.LIANG),
)
A17_2 = Route(
    id="draft_a17_2_minor_child",
    citation=cite(17, item=2),
    title=message(
        gettext_noop("Child under 18 joining a Chinese or permanent-resident parent in China")
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_17_ZH + "\n（二）未满十八周岁的子女投靠居住在中国境内的中国籍父母"
    "或者在中国境内永久居留的外国籍父母；",
    text_en=_ART_17_EN
    + "(2) Child. A child under 18 comes to join a parent who is a Chinese national residing in "
    "China, or a foreign parent with PR in China.",
    recommendation=_NO_RECOMMENDATION,
    conditions=(
        gates.FAMILY_IN_CHINA,
        gates.JOINS_PARENT,
        family.UNDER_18,
        shared_family.PARENT_STATUS,
        family.CHILD_RELATIONSHIP,
    ),
    documents=(
        message(gettext_noop("Your birth certificate or other proof of parentage.")),
        message(gettext_noop("An adoption certificate, where relevant.")),
        message(
            gettext_noop(
                "Your parent's Chinese identity card and household registration, or permanent "
                "residence card."
            )
        ),
    ),
    notes=(message(gettext_noop("The draft does not require the child to be unmarried.")),),
    source_note=_SINGLE_SOURCE,
    sources=(sources.MATTERS, sources.LIANG),
)
A17_3 = Route(
    id="draft_a17_3_elderly_relative",
    citation=cite(17, item=3),
    title=message(
        gettext_noop(
            "Aged 60 or over, joining a Chinese or permanent-resident direct relative in China"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_17_ZH
    + "\n（三）年满六十周岁，在境外无直系亲属，投靠居住在中国境内的中国籍直系亲属"
    "或者在中国境内永久居留的外国籍直系亲属，已在中国境内连续居留五年，"
    "且每年实际居留累计不少于九个月，有稳定生活保障和住所。",
    text_en=_ART_17_EN
    + "(3) Elderly relative. The applicant is 60 or over and has no direct relatives abroad. He "
    "or she comes to join a direct relative who is a Chinese national residing in China, or a "
    "foreign direct relative with PR in China. The applicant has resided in China continuously "
    "for five years, with an actual stay of at least nine months in total in each year, and has "
    "a stable livelihood and a home.",
    recommendation=_NO_RECOMMENDATION,
    conditions=(
        gates.FAMILY_IN_CHINA,
        gates.JOINS_DIRECT_RELATIVE,
        shared_family.AGED_60,
        shared_family.NO_RELATIVES_ABROAD,
        shared_family.RELATIVE_STATUS,
        shared_family.RESIDED_5_YEARS,
        family.RELATIVE_DAYS_EACH_YEAR,
        shared_family.STABLE_LIVELIHOOD,
        shared_family.HOME_IN_CHINA,
    ),
    documents=(
        message(gettext_noop("Proof of kinship.")),
        message(gettext_noop("Proof that you have no direct relatives abroad.")),
        message(
            gettext_noop(
                "Your relative's Chinese identity card and household registration, or permanent "
                "residence card."
            )
        ),
        _ENTRY_EXIT_RECORD,
        message(gettext_noop("Proof of your own income, or your relative's financial guarantee.")),
        message(gettext_noop("A lease or title deed for your home.")),
    ),
    source_note=_SINGLE_SOURCE,
    sources=(sources.MATTERS, sources.LIANG),
)


# --- Art. 19: other legitimate reasons (verbatim; no criteria) -------------------------------
A19 = Route(
    id="draft_a19_other_legitimate_reason",
    citation=cite(19),
    title=message(gettext_noop("Other legitimate reasons")),
    confidence=Confidence.VERBATIM,
    text_zh="第十九条 外国人因其他正当理由需要在中国境内永久居留的，可以申请永久居留资格。",
    text_en=(
        "A foreigner who needs to reside permanently in China for other legitimate reasons may "
        "apply for PR status."
    ),
    recommendation=_NO_RECOMMENDATION,
    conditions=(gates.HAS_OTHER_REASON, contribution.OTHER_LEGITIMATE_REASON),
    documents=(message(gettext_noop("A written statement of your reason, with evidence.")),),
    source_note=message(
        gettext_noop("One source for the wording; a second, independent source confirms it.")
    ),
    sources=(sources.MATTERS, sources.SQXX_83),
)

ROUTES: tuple[Route, ...] = (
    A11_1,
    A11_2,
    A11_3,
    A11_4,
    A12,
    A13_1,
    A13_2_KEY,
    A13_2_OTHER,
    A13_3,
    A15_1,
    A15_2,
    A15_3,
    A15_4,
    A16_10M,
    A16_ENCOURAGED,
    A16_HIGH_TECH,
    A17_1,
    A17_2,
    A17_3,
    A19,
)


# --- Art. 18: family applying with the applicant (content inferred) --------------------------
ACCOMPANYING_FAMILY = AccompanyingFamily(
    route=Route(
        id="draft_a18_accompanying_family",
        citation=cite(18),
        title=message(gettext_noop("Your spouse and minor children applying with you")),
        confidence=Confidence.SUBSTANCE_ONLY,
        text_zh=None,
        text_en=(
            "Content inferred: very probably, the spouse and minor children of a person applying "
            "under arts. 11 to 16 may apply together with that person."
        ),
        recommendation=_RECOMMENDATION_NOT_KNOWN,
        conditions=(family.FAMILY_APPLIES_TOGETHER,),
        documents=(
            message(gettext_noop("Your marriage certificate.")),
            message(gettext_noop("Your children's birth certificates.")),
        ),
        notice=message(
            gettext_noop(
                "The text of this provision is not available, and its content is inferred: no "
                "source reports it directly. This check is based on that inference."
            )
        ),
        source_note=message(
            gettext_noop("Inferred from one commentator's summary of arts. 17 and 18.")
        ),
        sources=(sources.SQXX_83,),
    ),
    fact="accompanying_family",
    principal_routes=tuple(
        route.id for route in ROUTES if route.citation.article in (11, 12, 13, 15, 16)
    ),
    note_open=message(
        gettext_noop(
            "This concerns the family of a person applying under arts. 11 to 16. On your "
            "answers, at least one of those routes may be open to you."
        )
    ),
    note_closed=message(
        gettext_noop(
            "This concerns the family of a person applying under arts. 11 to 16. On your "
            "answers, none of those routes is open to you."
        )
    ),
)
