"""The routes in force (in-force.md §7), one per line of the pack's route table, with the ids it
gives. Each route declares its legal basis, the Chinese text it relies on (copied exactly from
the pack; ``None`` where only the substance is known), our English rendering, its confidence,
its recommendation, its conditions and its documents. The basic conditions C1-C3 apply to every
route and are declared in ``__init__``."""

from eligibility.engine.model import Confidence, Recommendation, Route
from eligibility.engine.rulesets.current import sources
from eligibility.engine.rulesets.current.citations import (
    ART_6_2_WITH_8,
    ITEMS_1_TO_3_2019,
    investment_tier,
    measures,
    measures_2019,
)
from eligibility.engine.rulesets.current.conditions import family, investment, talent, tax, work
from eligibility.engine.rulesets.shared import family as shared_family
from eligibility.engine.rulesets.shared import gates
from eligibility.engine.rulesets.shared import work as shared_work
from eligibility.engine.text import gettext_noop, message

_NONE = Recommendation(required=False)

_ART_6_ZH = (
    "第六条 申请在中国永久居留的外国人应当遵守中国法律，身体健康，无犯罪记录，并符合下列条件之一："
)
_ART_6_EN = (
    "An applicant must abide by Chinese law, be in good health and have no criminal record, and "
    "must meet one of these conditions: "
)
_PERIODS_ZH = "\n本条所指年限均指申请之日前连续的年限。"
_PERIODS_EN = (
    " All periods in this article are consecutive periods immediately before the application date."
)

# --- 2004 art. 6(1)(1) + art. 7: investors ---------------------------------------------------
_ART_6_1_ZH = "（一）在中国直接投资、连续3年投资情况稳定且纳税记录良好的；"
_ART_6_1_EN = (
    "(1) has invested directly in China, the investment has been stable for 3 consecutive years, "
    "and the tax record is good."
)
_ART_7_ZH = (
    "第七条 本办法第六条第一款第一项所指的外国人，"
    "其在中国投资实际缴付的注册资本金应当符合下列条件之一："
)
_ART_7_EN = (
    "Art. 7: for an investor under art. 6(1)(1), the registered capital actually paid in must "
    "meet one of these conditions: "
)
_INVESTOR_DOCUMENTS = (
    message(
        gettext_noop(
            "The approval certificate of your foreign-invested enterprise, its registration "
            "certificate and joint annual-inspection certificates."
        )
    ),
    message(gettext_noop("Capital-verification reports.")),
    message(gettext_noop("Your personal tax-payment certificates.")),
)
_INVESTOR_SOURCES = (sources.LIAONING, sources.ART_7_8, sources.CHENGDU)
_INVESTOR_NOTES = (
    message(
        gettext_noop(
            "Art. 7 is known from a secondary copy; art. 6 is verbatim. Direct investment and "
            "stability are read as the Chengdu exit-entry administration interprets them."
        )
    ),
)


def _investor(id: str, tier: int, zh: str, en: str, amount, stable, extra_documents=()) -> Route:
    return Route(
        id=id,
        citation=investment_tier(tier),
        title=message(
            {
                1: gettext_noop(
                    "Direct investment of at least USD 500,000 in encouraged industries, stable "
                    "for 3 years"
                ),
                2: gettext_noop(
                    "Direct investment of at least USD 500,000 in western China or poverty-"
                    "alleviation counties, stable for 3 years"
                ),
                3: gettext_noop(
                    "Direct investment of at least USD 1,000,000 in central China, stable for 3 "
                    "years"
                ),
                4: gettext_noop(
                    "Direct investment of at least USD 2,000,000 in China, stable for 3 years"
                ),
            }[tier]
        ),
        confidence=Confidence.NEAR_VERBATIM,
        text_zh=_ART_6_ZH + "\n" + _ART_6_1_ZH + _PERIODS_ZH + "\n" + _ART_7_ZH + "\n" + zh,
        text_en=_ART_6_EN + _ART_6_1_EN + _PERIODS_EN + " " + _ART_7_EN + en,
        recommendation=_NONE,
        conditions=(
            gates.INVESTS_IN_CHINA,
            investment.DIRECT_INVESTMENT,
            amount,
            stable,
            tax.GOOD_TAX_RECORD,
        ),
        documents=(*_INVESTOR_DOCUMENTS, *extra_documents),
        notes=_INVESTOR_NOTES,
        sources=_INVESTOR_SOURCES,
    )


A6_1_ENCOURAGED = _investor(
    "cur_a6_1_investor_encouraged_500k_usd",
    1,
    "（一）在国家颁布的《外商投资产业指导目录》鼓励类产业投资合计50万美元以上；",
    "(1) USD 500,000 or more in total, invested in encouraged industries of the state's "
    "Catalogue for the Guidance of Foreign Investment Industries.",
    investment.PAID_IN_ENCOURAGED,
    investment.stable_3_years("investment_paid_in_encouraged", investment.ENCOURAGED_USD),
    (message(gettext_noop("The confirmation of an encouraged foreign-investment project.")),),
)
A6_1_WEST = _investor(
    "cur_a6_1_investor_west_or_poverty_500k_usd",
    2,
    "（二）在中国西部地区和国家扶贫开发工作重点县投资合计50万美元以上；",
    "(2) USD 500,000 or more in total, invested in western China or in national key counties "
    "for poverty alleviation and development.",
    investment.PAID_IN_WEST_OR_POVERTY,
    investment.stable_3_years("investment_paid_in_west", investment.WEST_OR_POVERTY_USD),
    (message(gettext_noop("Evidence of where the investment is.")),),
)
A6_1_CENTRAL = _investor(
    "cur_a6_1_investor_central_1m_usd",
    3,
    "（三）在中国中部地区投资合计100万美元以上；",
    "(3) USD 1,000,000 or more in total, invested in central China.",
    investment.PAID_IN_CENTRAL,
    investment.stable_3_years("investment_paid_in_central", investment.CENTRAL_USD),
    (message(gettext_noop("Evidence of where the investment is.")),),
)
A6_1_ANYWHERE = _investor(
    "cur_a6_1_investor_anywhere_2m_usd",
    4,
    "（四）在中国投资合计200万美元以上。",
    "(4) USD 2,000,000 or more in total, invested anywhere in China.",
    investment.PAID_IN_ANYWHERE,
    investment.stable_3_years("investment_paid_in", investment.ANYWHERE_USD),
)


# --- 2004 art. 6(1)(2) + art. 8 + 2015: senior post or title ----------------------------------
A6_2 = Route(
    id="cur_a6_2_senior_post_or_title",
    citation=ART_6_2_WITH_8,
    title=message(
        gettext_noop(
            "Deputy general manager or associate senior title at a listed employer, 4 years in post"
        )
    ),
    confidence=Confidence.NEAR_VERBATIM,
    text_zh=_ART_6_ZH + "\n（二）在中国担任副总经理、副厂长等职务以上或者"
    "具有副教授、副研究员等副高级职称以上以及享受同等"
    "待遇，已连续任职满4年、4年内在中国居留累计不少于3年且纳税记录良好的；"
    + _PERIODS_ZH
    + "\n第八条 本办法第六条第一款第二项所指的外国人，其任职单位应当符合下列条件之一：\n"
    "（一）国务院各部门或者省级人民政府所属的机构；\n（二）重点高等学校；\n"
    "（三）执行国家重点工程项目或者重大科研项目的企业、事业单位；\n"
    "（四）高新技术企业、鼓励类外商投资企业、外商投资先进技术企业或者外商投资产品出口企业。",
    text_en=_ART_6_EN
    + "(2) has held a post in China of deputy general manager, deputy factory director or "
    "above, or holds an associate senior title (associate professor, associate research "
    "fellow, etc.) or above, or enjoys equivalent treatment; has held the post continuously for "
    "4 full years; has resided in China for at least 3 years in total within those 4 years; and "
    "has a good tax record."
    + _PERIODS_EN
    + " Art. 8: the employer must be an institution under a State Council department or a "
    "provincial-level government; a key university; an enterprise or public institution "
    "carrying out a national key engineering project or a major research project; or a "
    "high-tech enterprise, an encouraged-category foreign-invested enterprise, a foreign-"
    "invested advanced-technology enterprise or a foreign-invested export-oriented enterprise. "
    "Since 2015, staff with an associate senior title or equivalent treatment at seven more "
    "kinds of unit (national laboratories, national key laboratories, national engineering "
    "laboratories, national engineering research centres, state-recognised enterprise "
    "technology centres, national engineering technology research centres, foreign-invested "
    "R&D centres) may use this route.",
    recommendation=Recommendation(
        required=False, by=message(gettext_noop("your employer, who certifies the post or title"))
    ),
    conditions=(
        gates.WORKS_IN_CHINA,
        work.SENIOR_POST_OR_TITLE,
        work.IN_POST_4_YEARS,
        work.STAY_3_OF_4_YEARS,
        tax.GOOD_TAX_RECORD,
        work.EMPLOYER_KIND,
    ),
    documents=(
        message(gettext_noop("Your employer's certificate of your post or title.")),
        message(gettext_noop("Your work permits.")),
        message(gettext_noop("Your employer's registration and annual-inspection documents.")),
        message(gettext_noop("Your personal tax certificates.")),
        message(
            gettext_noop(
                "As applicable: the foreign-invested enterprise's approval certificate, the "
                "project certificate, the high-tech enterprise certificate, or the confirmation "
                "of the enterprise's category."
            )
        ),
    ),
    notes=(
        message(
            gettext_noop(
                "The 2015 change to the employers is known from news reports (substance only)."
            )
        ),
    ),
    sources=(sources.LIAONING, sources.ART_7_8, sources.PEOPLE_2015),
)


# --- 2004 art. 6(1)(3): major contribution or special need -----------------------------------
A6_3 = Route(
    id="cur_a6_3_major_contribution_or_special_need",
    citation=measures(6, 3),
    title=message(
        gettext_noop(
            "Major, outstanding contribution to China, or specially needed by the state, if "
            "recommended"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_6_ZH + "\n（三）对中国有重大、突出贡献以及国家特别需要的；",
    text_en=_ART_6_EN
    + "(3) has made a major, outstanding contribution to China, or is specially needed by the "
    "state.",
    recommendation=Recommendation(
        required=True, by=message(gettext_noop("a competent Chinese government department"))
    ),
    conditions=(gates.CONTRIBUTION_OR_SPECIAL_NEED, talent.RECOMMENDED_BY_GOVERNMENT),
    documents=(
        message(
            gettext_noop("A recommendation letter from a competent Chinese government department.")
        ),
        message(gettext_noop("Supporting proof of your contribution or of the special need.")),
    ),
    notes=(
        message(
            gettext_noop(
                "The criteria are not defined: in practice the route rests on the recommendation "
                "(open question A25)."
            )
        ),
    ),
    sources=(sources.LIAONING,),
)


# --- 2004 art. 6(1)(4): spouse or unmarried minor child of a principal under (1)-(3) ----------
A6_4 = Route(
    id="cur_a6_4_dependant_of_a6_1_3",
    citation=measures(6, 4),
    title=message(
        gettext_noop(
            "Spouse or unmarried child under 18 of an investor, senior employee or contributor"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_6_ZH
    + "\n（四）本款第一项、第二项、第三项所指人员的配偶及其未满18周岁的未婚子女；",
    text_en=_ART_6_EN + "(4) is the spouse, or an unmarried child under 18, of a person under "
    "items (1) to (3).",
    recommendation=Recommendation(required=False),
    conditions=(
        gates.FAMILY_OF_APPLICANT,
        family.PRINCIPAL_UNDER_A6_1_3,
        family.SPOUSE_OR_UNMARRIED_MINOR,
    ),
    documents=(
        message(gettext_noop("Your marriage certificate.")),
        message(gettext_noop("Your birth certificate or proof of parentage.")),
        message(
            gettext_noop(
                "An adoption certificate, where relevant (foreign documents authenticated)."
            )
        ),
    ),
    notes=(
        message(
            gettext_noop(
                "This route follows your family member's: it is open to you only if they qualify "
                "under art. 6(1)(1) to (3)."
            )
        ),
    ),
    sources=(sources.LIAONING,),
)


# --- 2004 art. 6(1)(5): spouse of a Chinese citizen or PR holder -----------------------------
A6_5 = Route(
    id="cur_a6_5_spouse",
    citation=measures(6, 5),
    title=message(
        gettext_noop(
            "Spouse of a Chinese citizen or permanent resident, married 5 years, 5 years in China"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_6_ZH + "\n（五）中国公民或者在中国获得永久居留资格的外国人的配偶，"
    "婚姻关系存续满5年、已在中国连续居留满5"
    "年、每年在中国居留不少于9个月且有稳定生活保障和住所的；" + _PERIODS_ZH,
    text_en=_ART_6_EN
    + "(5) is the spouse of a Chinese citizen or of a foreigner with PR in China; the marriage "
    "has lasted at least 5 years; has resided in China continuously for at least 5 years, for "
    "at least 9 months each year; and has a stable livelihood and a home." + _PERIODS_EN,
    recommendation=_NONE,
    conditions=(
        gates.FAMILY_IN_CHINA,
        gates.JOINS_SPOUSE,
        family.SPOUSE_CHINESE_OR_PR,
        shared_family.MARRIAGE_RECOGNISED,
        family.MARRIED_5_YEARS,
        shared_family.RESIDED_5_YEARS,
        shared_family.nine_months_each_year(()),
        shared_family.STABLE_LIVELIHOOD,
        shared_family.HOME_IN_CHINA,
    ),
    documents=(
        message(
            gettext_noop(
                "Your Chinese spouse's household registration, or your foreign spouse's "
                "permanent residence card."
            )
        ),
        message(gettext_noop("Your marriage certificate.")),
        message(gettext_noop("Notarised proof of your livelihood.")),
        message(gettext_noop("A lease or title deed for your home.")),
    ),
    sources=(sources.LIAONING,),
)


# --- 2004 art. 6(1)(6): unmarried child under 18 joining a parent -----------------------------
A6_6 = Route(
    id="cur_a6_6_minor_child",
    citation=measures(6, 6),
    title=message(gettext_noop("Unmarried child under 18 joining a parent")),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_6_ZH + "\n（六）未满18周岁未婚子女投靠父母的；",
    text_en=_ART_6_EN + "(6) is an unmarried child under 18 coming to join a parent.",
    recommendation=_NONE,
    conditions=(
        gates.FAMILY_IN_CHINA,
        gates.JOINS_PARENT,
        family.UNDER_18,
        family.UNMARRIED,
        shared_family.PARENT_STATUS,
        family.CHILD_RELATIONSHIP,
    ),
    documents=(
        message(
            gettext_noop(
                "Your Chinese parent's household registration, or your foreign parent's "
                "permanent residence card."
            )
        ),
        message(gettext_noop("Your birth certificate or proof of parentage.")),
        message(gettext_noop("An adoption certificate, where relevant.")),
    ),
    notes=(
        message(
            gettext_noop(
                "That the parent must be a Chinese citizen or a permanent resident follows from "
                "the materials the Measures ask for."
            )
        ),
    ),
    sources=(sources.LIAONING,),
)


# --- 2004 art. 6(1)(7): aged 60 or over, joining a direct relative ---------------------------
A6_7 = Route(
    id="cur_a6_7_elderly_dependant",
    citation=measures(6, 7),
    title=message(
        gettext_noop("Aged 60 or over with no direct relatives abroad, joining a relative in China")
    ),
    confidence=Confidence.VERBATIM,
    text_zh=_ART_6_ZH + "\n（七）在境外无直系亲属，投靠境内直系亲属，"
    "且年满60周岁、已在中国连续居留满五年、每年在中国居留不少于"
    "九个月并有稳定生活保障和住所的。" + _PERIODS_ZH,
    text_en=_ART_6_EN
    + "(7) has no direct relatives abroad, comes to join a direct relative in China, is 60 or "
    "over, has resided in China continuously for at least 5 years, for at least 9 months each "
    "year, and has a stable livelihood and a home." + _PERIODS_EN,
    recommendation=_NONE,
    conditions=(
        gates.FAMILY_IN_CHINA,
        gates.JOINS_DIRECT_RELATIVE,
        shared_family.AGED_60,
        shared_family.NO_RELATIVES_ABROAD,
        shared_family.RELATIVE_STATUS,
        shared_family.RESIDED_5_YEARS,
        shared_family.nine_months_each_year(()),
        shared_family.STABLE_LIVELIHOOD,
        shared_family.HOME_IN_CHINA,
    ),
    documents=(
        message(
            gettext_noop("Your relative's household registration or permanent residence card.")
        ),
        message(gettext_noop("Notarised proof of kinship.")),
        message(gettext_noop("Proof that you have no direct relatives abroad.")),
        message(
            gettext_noop(
                "Notarised proof of your own income, or your relative's financial guarantee."
            )
        ),
        message(gettext_noop("A notarised lease or title deed.")),
    ),
    sources=(sources.LIAONING, sources.ITEM_7),
)


# --- 2019 item 1: recommended high-level talent ----------------------------------------------
ITEM_1 = Route(
    id="cur_2019_1_recommended_high_level_talent",
    citation=measures_2019(1),
    title=message(
        gettext_noop(
            "High-level talent, major contribution or special need, recommended by an authority, "
            "a province or a key development region"
        )
    ),
    confidence=Confidence.NEAR_VERBATIM,
    text_zh=(
        "对外籍高层次人才、有重大突出贡献以及国家特别需要的外国人，经国家有关主管部门、省级人民政府或国家"
        "重点发展区域管理部门推荐，可向公安机关出入境管理部门申请在华永久居留，上述人员的外籍配偶和未成年"
        "子女可随同申请。"
    ),
    text_en=(
        "Foreign high-level talent, foreigners who have made major outstanding contributions, and "
        "foreigners specially needed by the state may apply to the exit-entry administration of "
        "the public security organs for permanent residence in China, if recommended by a "
        "relevant competent national authority, a provincial-level government, or the "
        "administration of a national key development region. Their foreign spouses and minor "
        "children may apply together with them."
    ),
    recommendation=Recommendation(
        required=True,
        by=message(
            gettext_noop(
                "a relevant competent national authority, a provincial-level government or the "
                "administration of a national key development region"
            )
        ),
    ),
    conditions=(gates.TALENT_CONTRIBUTION_OR_ACHIEVEMENT, talent.RECOMMENDED_AS_TALENT),
    documents=(
        message(gettext_noop("The recommendation letter.")),
        message(gettext_noop("Proof of your status as high-level talent.")),
    ),
    notes=(
        message(
            gettext_noop(
                "High-level talent is not defined: whether you count is for the recommending "
                "body to decide (open question A25)."
            )
        ),
    ),
    sources=(sources.ITEM_1_2019, sources.XINHUA_2019),
)


# --- 2019 item 2: salary and tax -------------------------------------------------------------
ITEM_2 = Route(
    id="cur_2019_2_salary_tax",
    citation=measures_2019(2),
    title=message(
        gettext_noop(
            "4 years' work in China with a wage of at least 6× the local average and matching "
            "income tax, recommended by your employer"
        )
    ),
    confidence=Confidence.VERBATIM,
    text_zh=(
        "外国人在北京已连续工作满4年，且4年内每年在中国境内实际居住累计不少于6个月；申请时及申请之日前连续"
        "4年每年工资性年收入不低于上一年度所在地区城镇在岗职工平均工资的6倍，年缴纳个人所得税不低于工资性年"
        "收入标准的20%；经现工作单位推荐，可以申请外国人永久居留。"
    ),
    text_en=(
        "A foreigner may apply for permanent residence if he or she has worked in Beijing "
        "continuously for 4 full years, and in each of those 4 years actually lived in China for "
        "at least 6 months in total; at the time of application and in each of the 4 "
        "consecutive years before it, annual wage income is at least 6 times the previous year's "
        "average wage of urban on-the-job employees in the locality, and the individual income "
        "tax paid each year is at least 20% of the wage-income standard; and the current "
        "employer recommends the applicant."
    ),
    recommendation=Recommendation(required=True, by=message(gettext_noop("your current employer"))),
    conditions=(
        gates.WORKS_IN_CHINA,
        shared_work.continuous_work(4),
        work.SIX_MONTHS_EACH_YEAR,
        work.WAGE_6X_NOW,
        work.WAGE_6X_EACH_YEAR,
        work.TAX_20_PERCENT_EACH_YEAR,
        work.EMPLOYER_RECOMMENDED,
    ),
    documents=(
        message(gettext_noop("Your work-type residence permits for the 4 years.")),
        message(gettext_noop("Your employer's wage certificates for the 4 years.")),
        message(
            gettext_noop(
                "Individual income tax certificates from the tax authority for the 4 years."
            )
        ),
        message(gettext_noop("Your employer's recommendation letter.")),
        message(gettext_noop("Your employer's registration documents.")),
        message(gettext_noop("Your Foreigner's Work Permit covering the 4 years.")),
    ),
    notes=(
        message(
            gettext_noop(
                "The text is Beijing's, which implements the national measure (known from "
                "reports); other cities apply the same formula with their own average wage. In "
                "Beijing, the 4 years must be worked in Beijing."
            )
        ),
    ),
    sources=(sources.BEIJING, sources.XINHUA_2019),
)


# --- 2019 item 3: foreign nationals of Chinese origin (外籍华人) -----------------------------
ITEM_3_PHD = Route(
    id="cur_2019_3a_ethnic_chinese_phd",
    citation=measures_2019(3),
    title=message(
        gettext_noop("Foreign national of Chinese origin with a doctorate, working in China")
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=(
        "Content as reported: foreign nationals of Chinese origin (外籍华人) working in China may "
        "apply if they hold a doctorate. In 2022 the National Immigration Administration "
        "confirmed that this applies nationwide, with no regional limit."
    ),
    recommendation=_NONE,
    conditions=(gates.WORKS_IN_CHINA, work.CHINESE_ORIGIN, work.DOCTORATE),
    documents=(
        message(
            gettext_noop(
                "Proof that you are of Chinese origin: proof of your foreign nationality and of "
                "the cancellation of your Chinese household registration, or a letter from a "
                "prefecture-level overseas Chinese affairs office."
            )
        ),
        message(
            gettext_noop(
                "Your doctoral degree certificate (a foreign degree authenticated by the Chinese "
                "Service Center for Scholarly Exchange)."
            )
        ),
        message(
            gettext_noop(
                "Your employer's business licence, an employment certificate and your "
                "Foreigner's Work Permit."
            )
        ),
        message(gettext_noop("A health certificate no more than 6 months old.")),
    ),
    source_note=message(
        gettext_noop(
            "Known from news reports of the 2019 measures and a 2022 NIA statement. The source "
            "pack rates it near-verbatim, but reproduces no Chinese text for it, so it is shown "
            "here as known in substance only."
        )
    ),
    sources=(sources.XINHUA_2019, sources.NIA_2022),
)
ITEM_3_KEY_REGION = Route(
    id="cur_2019_3b_ethnic_chinese_key_region_4y",
    citation=measures_2019(3),
    title=message(
        gettext_noop(
            "Foreign national of Chinese origin with 4 years' work in a national key development "
            "region"
        )
    ),
    confidence=Confidence.SUBSTANCE_ONLY,
    text_zh=None,
    text_en=(
        "Content as reported: foreign nationals of Chinese origin (外籍华人) may apply if they "
        "have worked continuously for at least 4 years in a national key development region, "
        "with at least 6 months a year in China."
    ),
    recommendation=_NONE,
    conditions=(
        gates.WORKS_IN_CHINA,
        work.CHINESE_ORIGIN,
        work.KEY_REGION,
        work.KEY_REGION_4_YEARS,
        work.SIX_MONTHS_EACH_YEAR,
    ),
    documents=(
        message(gettext_noop("Proof that you are of Chinese origin.")),
        message(gettext_noop("Your work permits and employment records for the 4 years.")),
        message(gettext_noop("Your entry and exit record.")),
    ),
    source_note=message(gettext_noop("Known from news reports of the 2019 measures.")),
    sources=(sources.XINHUA_2019,),
)


# --- 2019 items 1-3: spouse and minor children applying together -----------------------------
ITEM_FAMILY = Route(
    id="cur_2019_accompanying_family",
    citation=ITEMS_1_TO_3_2019,
    title=message(
        gettext_noop(
            "Spouse or child under 18 applying together with a talent, salary or "
            "Chinese-origin applicant"
        )
    ),
    confidence=Confidence.NEAR_VERBATIM,
    text_zh="上述人员的外籍配偶和未成年子女可随同申请。",
    text_en=(
        "Their foreign spouses and minor children may apply together with them (2019 item 1; "
        "items 2 and 3 as reported)."
    ),
    recommendation=_NONE,
    conditions=(
        gates.FAMILY_OF_APPLICANT,
        family.PRINCIPAL_UNDER_2019,
        family.APPLYING_TOGETHER,
        family.SPOUSE_OR_MINOR,
    ),
    documents=(
        message(gettext_noop("Your marriage certificate.")),
        message(gettext_noop("Your birth certificate.")),
    ),
    notes=(
        message(
            gettext_noop(
                "This route follows your family member's application: it is open to you only "
                "if theirs is."
            )
        ),
    ),
    source_note=message(
        gettext_noop(
            "Item 1 quoted from a copy of the measures; for items 2 and 3, the Beijing and "
            "Zhuhai texts and a 2022 NIA statement say family may apply together."
        )
    ),
    sources=(sources.ITEM_1_2019, sources.NIA_2022),
)

ROUTES: tuple[Route, ...] = (
    A6_1_ENCOURAGED,
    A6_1_WEST,
    A6_1_CENTRAL,
    A6_1_ANYWHERE,
    A6_2,
    A6_3,
    A6_4,
    A6_5,
    A6_6,
    A6_7,
    ITEM_1,
    ITEM_2,
    ITEM_3_PHD,
    ITEM_3_KEY_REGION,
    ITEM_FAMILY,
)
