"""The questions, one form per page of the questionnaire.

A form reads its initial values from the assessment's answers and writes its cleaned values back
under the fact names of ``eligibility/engine/facts.py``. A form that asks one question makes that
question the page heading; a form that asks several has a ``heading`` naming the topic.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from crispy_forms.helper import FormHelper
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eligibility.fields import (
    RECOMMENDATION,
    YES_NO,
    YES_NO_DONT_KNOW,
    ChoiceQuestion,
    CountryQuestion,
    DateQuestion,
    DaysQuestion,
    MultipleChoiceQuestion,
    NumberQuestion,
    QuestionField,
    Text,
    TextQuestion,
)
from eligibility.models import Assessment
from eligibility.nationalities import NATIONALITIES

EARLIEST_DATE = date(1900, 1, 1)
FIELDS_WITH_OPTIONS = {"radioselect", "checkboxselectmultiple", "dateparts"}


@dataclass(frozen=True)
class SummaryRow:
    """One line of Check your answers: the question and the answer in words."""

    question: Text
    answer: list[str]


@dataclass(frozen=True)
class ErrorLink:
    """One item of the error summary, linking to the field it is about."""

    message: str
    target: str


class QuestionForm(forms.Form):
    heading: ClassVar[Text] = ""  # the page heading when the page asks several questions
    heading_field: ClassVar[str] = ""

    use_required_attribute = False  # validated on the server only

    def __init__(self, data: Any = None, *, assessment: Assessment) -> None:
        super().__init__(data, initial=self.initial_from(assessment), label_suffix="")
        self.assessment = assessment
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.field_template = "eligibility/fields/field.html"

    @classmethod
    def heading_field_name(cls) -> str:
        """The field whose label or legend is the page heading: the only field, unless set."""
        if cls.heading_field or len(cls.base_fields) > 1:
            return cls.heading_field
        return next(iter(cls.base_fields))

    @classmethod
    def question_fields(cls) -> dict[str, QuestionField]:
        """The fields stored in the answers, by fact name."""
        return {
            name: field
            for name, field in cls.base_fields.items()
            if isinstance(field, QuestionField)
        }

    @classmethod
    def is_answered(cls, answers: dict[str, Any]) -> bool:
        return all(
            name in answers for name, field in cls.question_fields().items() if field.required
        )

    @classmethod
    def answers_of(cls, answers: dict[str, Any]) -> dict[str, Any]:
        """This page's part of the answers."""
        return {name: answers[name] for name in cls.question_fields() if name in answers}

    @classmethod
    def initial_from(cls, assessment: Assessment) -> dict[str, Any]:
        return {
            name: field.from_answer(assessment.answers[name])
            for name, field in cls.question_fields().items()
            if name in assessment.answers
        }

    @classmethod
    def summary(cls, assessment: Assessment) -> list[SummaryRow]:
        rows = []
        for name, field in cls.question_fields().items():
            if name in assessment.answers:
                rows.append(SummaryRow(field.label, field.display(assessment.answers[name])))
            elif getattr(field, "absent_display", ""):
                rows.append(SummaryRow(field.label, [str(field.absent_display)]))
        return rows

    @classmethod
    def title(cls) -> Text:
        """The page's heading, also used in the page title."""
        return cls.heading or cls.base_fields[cls.heading_field_name()].label

    def save_to(self, assessment: Assessment) -> None:
        """Writes this page's answers into the assessment (the caller saves the row)."""
        for name, field in self.question_fields().items():
            value = self.cleaned_data.get(name)
            if value is None:
                assessment.answers.pop(name, None)
            else:
                assessment.answers[name] = field.to_answer(value)

    def error_links(self) -> list[ErrorLink]:
        """The error summary: each message links to its field (to the first box of a group)."""
        links = []
        for bound_field in self:
            target = bound_field.auto_id
            if bound_field.widget_type in FIELDS_WITH_OPTIONS:
                target = f"{target}_0"
            links.extend(ErrorLink(str(message), target) for message in bound_field.errors)
        return links

    def answer_date(self, name: str) -> date | None:
        answer = self.assessment.answers.get(name)
        return date.fromisoformat(answer) if answer else None

    def check_after_birth(self, value: date | None, error: Text) -> date | None:
        born = self.answer_date("date_of_birth")
        if value and born and value < born:
            raise ValidationError(error)
        return value


def yes_no(
    label: Text, error: Text, help_text: Text = "", dont_know: bool = True
) -> ChoiceQuestion:
    return ChoiceQuestion(
        label=label,
        help_text=help_text,
        choices=YES_NO_DONT_KNOW if dont_know else YES_NO,
        error=error,
    )


def recommendation(label: Text, error: Text, help_text: Text = "") -> ChoiceQuestion:
    return ChoiceQuestion(label=label, help_text=help_text, choices=RECOMMENDATION, error=error)


def date_question(label: Text, help_text: Text, **errors: Text) -> DateQuestion:
    return DateQuestion(label=label, help_text=help_text, errors=errors, earliest=EARLIEST_DATE)


# --- About you and your situation -----------------------------------------------------------


class AboutYouForm(QuestionForm):
    heading = _("About you")

    date_of_birth = date_question(
        _("What is your date of birth?"),
        _("For example, 27 3 1985"),
        required=_("Enter your date of birth, for example 27 3 1985"),
        invalid=_("Date of birth must be a real date, for example 27 3 1985"),
        future=_("Date of birth must be in the past"),
        too_early=_("Date of birth must be after 1 1 1900"),
    )
    nationality = CountryQuestion(
        label=_("What is your nationality?"),
        help_text=_("If you have more than one, choose the one you would apply with."),
        countries=NATIONALITIES,
        prompt=_("Select your nationality"),
        error=_("Select your nationality"),
    )


SITUATION_CHOICES = (
    ("work", _("I work in China")),
    (
        "academic",
        _("I hold an academic or research post at a university or research institute in China"),
    ),
    ("enterprise_senior", _("I hold a senior management or senior technical post in China")),
    ("investment", _("I have invested in China")),
    (
        "family",
        _(
            "My spouse, a parent or another direct relative is a Chinese citizen or has "
            "permanent residence in China"
        ),
    ),
    ("contribution", _("I have made an outstanding contribution to China's development")),
    ("achievement", _("I have an internationally recognised outstanding achievement")),
    ("other_reason", _("I have another reason to live permanently in China")),
)


class SituationsForm(QuestionForm):
    situations = MultipleChoiceQuestion(
        label=_("Which of these apply to you?"),
        help_text=_("Select all that apply. We only ask about the situations you select."),
        choices=SITUATION_CHOICES,
        none_label=_("None of these"),
        error=_("Select the situations that apply to you, or select ‘None of these’"),
        none_and_other_error=_(
            "Select the situations that apply to you, or select ‘None of these’ on its own"
        ),
    )


class StayPurposeForm(QuestionForm):
    stay_purpose = ChoiceQuestion(
        label=_("Why are you in China at the moment?"),
        help_text=_("Choose the main purpose of your visa or residence permit."),
        choices=(
            ("work", _("Work")),
            ("study", _("Study")),
            ("family", _("Family")),
            ("business_investment", _("Business or investment")),
            ("diplomatic_official", _("Diplomatic or official duties")),
            ("other", _("Another purpose")),
            ("outside_china", _("I do not live in China at the moment")),
        ),
        error=_("Select why you are in China at the moment"),
    )


class RecordForm(QuestionForm):
    heading = _("Your record, means and health")

    chinese_law_issues = yes_no(
        _("Do you have a pending criminal case, or an unpaid administrative penalty, in China?"),
        _("Select whether you have a pending criminal case or an unpaid penalty in China"),
        _("For example, an unpaid fine for overstaying a visa."),
    )
    criminal_conviction = yes_no(
        _("Have you ever been convicted of a criminal offence, in China or in another country?"),
        _("Select whether you have ever been convicted of a criminal offence"),
        dont_know=False,
    )
    deported_from_china = yes_no(
        _("Have you ever been deported from China, or ordered to leave China?"),
        _("Select whether you have ever been deported or ordered to leave China"),
        dont_know=False,
    )
    false_information = yes_no(
        _(
            "Have the Chinese authorities ever found that you gave them false information or "
            "false documents?"
        ),
        _("Select whether you have ever been found to have given false information"),
        dont_know=False,
    )
    economic_means = yes_no(
        _("Do you have enough income, savings or support to live in China?"),
        _("Select whether you have enough income, savings or support to live in China"),
    )
    medical_finding = ChoiceQuestion(
        label=_("What did your most recent medical examination find?"),
        help_text=_("Applicants need a health certificate. This check does not diagnose anything."),
        choices=(
            ("none", _("No serious condition")),
            (
                "serious_condition",
                _(
                    "A serious mental disorder, infectious pulmonary tuberculosis or another "
                    "infectious disease that may seriously endanger public health"
                ),
            ),
            ("not_examined", _("I have not had a medical examination")),
        ),
        error=_("Select what your most recent medical examination found"),
    )


# --- Work in China ----------------------------------------------------------------------------


class WorkForm(QuestionForm):
    heading = _("Your work in China")

    work_lawful = yes_no(
        _("Do you work in China with a valid work permit and residence permit?"),
        _("Select whether you work with a valid work permit and residence permit"),
    )
    work_start_date = date_question(
        _("When did you start working in China?"),
        _(
            "If you have had several jobs in China, the date you started the first. "
            "For example, 15 3 2021"
        ),
        required=_("Enter the date you started working in China, for example 15 3 2021"),
        invalid=_("The date you started working must be a real date, for example 15 3 2021"),
        future=_("The date you started working in China must be today or in the past"),
        too_early=_("The date you started working in China must be after your date of birth"),
    )
    work_interrupted = yes_no(
        _("Has your work in China been interrupted since then?"),
        _("Select whether your work in China has been interrupted"),
        _("For example, a gap between two jobs or between two work permits."),
    )

    def clean_work_start_date(self) -> date | None:
        return self.check_after_birth(
            self.cleaned_data.get("work_start_date"),
            _("The date you started working in China must be after your date of birth"),
        )


class WorkContinuousSinceForm(QuestionForm):
    work_continuous_since = date_question(
        _("When did your current period of work in China without a break start?"),
        _("The first day of work after your last gap. For example, 1 9 2022"),
        required=_("Enter the date your work without a break started, for example 1 9 2022"),
        invalid=_(
            "The date your work without a break started must be a real date, for example 1 9 2022"
        ),
        future=_("The date your work without a break started must be today or in the past"),
        too_early=_(
            "The date your work without a break started must be on or after the date you "
            "first started working in China"
        ),
    )

    def clean_work_continuous_since(self) -> date | None:
        value = self.cleaned_data.get("work_continuous_since")
        started = self.answer_date("work_start_date")
        if value and started and value < started:
            raise ValidationError(self.fields["work_continuous_since"].error_messages["too_early"])
        return value


class DaysSinceWorkStartForm(QuestionForm):
    days_in_china_since_work_start = DaysQuestion(
        label=_("How many days have you spent in China since you started working there?"),
        help_text=_(
            "Count the days you were actually in China. Your entry and exit records show them. "
            "For example, 900"
        ),
        minimum=Decimal(0),
        maximum=Decimal(50_000),
        errors={
            "required": _("Enter the number of days you have spent in China, for example 900"),
            "invalid": _("Enter the number of days as a whole number, for example 900"),
            "minimum": _("The number of days must be 0 or more"),
            "maximum": _(
                "The number of days cannot be more than the days since you started working in China"
            ),
        },
    )

    def clean_days_in_china_since_work_start(self) -> Decimal | None:
        value = self.cleaned_data.get("days_in_china_since_work_start")
        started = self.answer_date("work_start_date")
        if value is not None and started:
            possible = (timezone.localdate() - started + timedelta(days=1)).days
            if value > possible:
                field = self.fields["days_in_china_since_work_start"]
                raise ValidationError(field.error_messages["maximum"])
        return value


class WageForm(QuestionForm):
    heading = _("Your wage")

    annual_wage_rmb = NumberQuestion(
        label=_("What was your gross annual wage income last year?"),
        help_text=_("Before tax, in RMB, for the last full calendar year. For example, 350,000"),
        minimum=Decimal(0),
        maximum=Decimal(10) ** 12,
        errors={
            "required": _("Enter your annual wage income, for example 350,000"),
            "invalid": _("Enter your annual wage income as a number, for example 350,000"),
            "minimum": _("Your annual wage income must be 0 or more"),
            "maximum": _("Your annual wage income must be 1,000,000,000,000 RMB or less"),
        },
    )
    local_average_wage_rmb = NumberQuestion(
        label=_("What was last year's average annual wage where you work?"),
        help_text=_(
            "The average wage of urban on-the-job employees (城镇在岗职工平均工资) in the city "
            "where you work, in RMB. The local statistics bureau or human resources and social "
            "security bureau publishes it. For example, 120,000"
        ),
        required=False,
        minimum=Decimal(1),
        maximum=Decimal(10) ** 12,
        absent_display=_("I don't know"),
        errors={
            "required": _("Enter the average wage where you work, or select ‘I don't know it’"),
            "invalid": _("Enter the average wage as a number, for example 120,000"),
            "minimum": _("The average wage must be more than 0"),
            "maximum": _("The average wage must be 1,000,000,000,000 RMB or less"),
        },
    )
    average_wage_unknown = forms.BooleanField(
        label=_("I don't know it"),
        required=False,
        help_text=_("Without it, the wage conditions cannot be checked."),
    )

    @classmethod
    def initial_from(cls, assessment: Assessment) -> dict[str, Any]:
        initial = super().initial_from(assessment)
        answered = cls.is_answered(assessment.answers)
        initial["average_wage_unknown"] = answered and "local_average_wage_rmb" not in initial
        return initial

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        average = cleaned_data.get("local_average_wage_rmb")
        unknown = cleaned_data.get("average_wage_unknown")
        if "local_average_wage_rmb" not in self.errors:
            if average is None and not unknown:
                self.add_error(
                    "local_average_wage_rmb",
                    self.fields["local_average_wage_rmb"].error_messages["required"],
                )
            elif average is not None and unknown:
                self.add_error(
                    "local_average_wage_rmb",
                    _("Enter the average wage, or select ‘I don't know it’, not both"),
                )
        return cleaned_data


class TaxAndCreditForm(QuestionForm):
    heading = _("Your tax and credit record in China")

    tax_record_issues = yes_no(
        _("Do you have unpaid taxes, or have you had a tax penalty, in China?"),
        _("Select whether you have unpaid taxes or have had a tax penalty in China"),
    )
    credit_record_issues = yes_no(
        _("Are you on a list of dishonest persons or another credit blacklist in China?"),
        _("Select whether you are on a credit blacklist in China"),
    )


class DegreeForm(QuestionForm):
    highest_degree = ChoiceQuestion(
        label=_("What is your highest degree?"),
        choices=(
            ("doctorate", _("Doctorate (PhD or equivalent)")),
            ("master", _("Master's degree")),
            ("bachelor", _("Bachelor's degree")),
            ("other", _("Another qualification, or none")),
        ),
        error=_("Select your highest degree"),
    )


class RenownedUniversityForm(QuestionForm):
    renowned_university = yes_no(
        _("Did you graduate from an internationally renowned university?"),
        _("Select whether you graduated from an internationally renowned university"),
        _("No official list is published: the authorities decide which universities count."),
    )


class PriorityTalentForm(QuestionForm):
    heading = _("Priority industries and recommendation")

    priority_industry_confirmed = yes_no(
        _(
            "Has a competent authority confirmed that your employer's industry or region is one "
            "the state prioritises for development?"
        ),
        _("Select whether a competent authority has confirmed your employer's industry or region"),
        _("The draft publishes no list of these industries and regions."),
    )
    competent_authority_recommendation = recommendation(
        _("Has the competent authority recommended you as urgently needed talent?"),
        _("Select whether the competent authority has recommended you"),
    )


# --- Academic post, senior post in an enterprise, investment -----------------------------------


class AcademicForm(QuestionForm):
    heading = _("Your academic post")

    academic_title = ChoiceQuestion(
        label=_("What is your academic title?"),
        choices=(
            ("full", _("Professor or research fellow")),
            ("associate", _("Associate professor or associate research fellow")),
            ("assistant", _("Assistant professor or assistant research fellow")),
            ("other", _("Another title")),
        ),
        error=_("Select your academic title"),
    )
    institution_national_key = yes_no(
        _("Is your university or research institute one the state builds up as a key institution?"),
        _("Select whether your university or research institute is a national key institution"),
        _("For example, on the 211, 985 or Double First-Class lists."),
    )
    institution_recommendation = recommendation(
        _("Has your university or research institute recommended you for permanent residence?"),
        _("Select whether your university or research institute has recommended you"),
    )


class EnterpriseForm(QuestionForm):
    heading = _("The enterprise you work for")

    enterprise_high_tech_certified = yes_no(
        _("Does the enterprise hold a high-tech enterprise (高新技术企业) certificate?"),
        _("Select whether the enterprise holds a high-tech enterprise certificate"),
    )
    enterprise_innovative_or_well_known = yes_no(
        _(
            "Is the enterprise recognised as an innovative enterprise or a well-known Chinese "
            "enterprise?"
        ),
        _("Select whether the enterprise is recognised as innovative or well known"),
        _("No official standard is published."),
    )


class EnterprisePostForm(QuestionForm):
    heading = _("Your post in the enterprise")

    enterprise_post = ChoiceQuestion(
        label=_("What is your post in the enterprise?"),
        choices=(
            ("senior_management", _("Senior management")),
            ("senior_technical", _("Senior professional or technical staff")),
            ("other", _("Another post")),
            ("dont_know", _("I don't know")),
        ),
        error=_("Select your post in the enterprise"),
    )
    enterprise_recommendation = recommendation(
        _("Has the enterprise recommended you for permanent residence?"),
        _("Select whether the enterprise has recommended you"),
    )


class InvestmentForm(QuestionForm):
    heading = _("Your investment in China")

    investment_amount_rmb = NumberQuestion(
        label=_("How much have you invested in China in total?"),
        help_text=_("In RMB, or its equivalent in RMB. For example, 10,000,000"),
        minimum=Decimal(0),
        maximum=Decimal(10) ** 12,
        errors={
            "required": _("Enter how much you have invested in China, for example 10,000,000"),
            "invalid": _("Enter the amount you have invested as a number, for example 10,000,000"),
            "minimum": _("The amount you have invested must be 0 or more"),
            "maximum": _("The amount you have invested must be 1,000,000,000,000 RMB or less"),
        },
    )
    investment_direct_paid_in = yes_no(
        _("Is that investment direct and paid in?"),
        _("Select whether your investment is direct and paid in"),
        _(
            "Direct: not through a holding company outside China. Paid in: the money has been "
            "paid, not only promised."
        ),
    )


class InvestmentKindForm(QuestionForm):
    heading = _("What you have invested in")

    investment_encouraged_confirmed = yes_no(
        _(
            "Has a competent authority confirmed that your investment is in an industry or region "
            "the state encourages?"
        ),
        _("Select whether a competent authority has confirmed your investment is encouraged"),
    )
    investment_high_tech_or_innovative = yes_no(
        _("Is your investment in a high-tech or innovative enterprise?"),
        _("Select whether your investment is in a high-tech or innovative enterprise"),
    )


# --- Contribution, achievement, other reason --------------------------------------------------


class ContributionForm(QuestionForm):
    heading = _("Your contribution to China")

    contribution_kinds = MultipleChoiceQuestion(
        label=_("What kind of outstanding contribution have you made?"),
        help_text=_("Select all that apply."),
        choices=(
            (
                "science_education_culture_health_sport",
                _(
                    "To science and technology, education, culture, health, sport or a "
                    "similar field"
                ),
            ),
            ("public_welfare_in_china", _("Through public-interest activities in China")),
            (
                "friendship_peace_development",
                _(
                    "To friendship between China and other countries, world peace or "
                    "common development"
                ),
            ),
            ("other", _("Another contribution to China's economic and social development")),
        ),
        error=_("Select the kind of contribution you have made"),
    )
    contribution_recommendation = recommendation(
        _("Has a national authority or a provincial government recommended you?"),
        _("Select whether a national authority or a provincial government has recommended you"),
        _(
            "A competent national authority, or the government of a province, autonomous "
            "region or municipality."
        ),
    )


class AchievementForm(QuestionForm):
    recognised_achievement = ChoiceQuestion(
        label=_("Do you have an internationally recognised outstanding achievement?"),
        help_text=_(
            "In economics, science and technology, education, culture, health, sport or a similar "
            "field. For example, a major international prize or membership of a national academy. "
            "No official standard is published."
        ),
        choices=(("yes", _("Yes")), ("no", _("No")), ("dont_know", _("I'm not sure"))),
        error=_("Select whether you have an internationally recognised outstanding achievement"),
    )


class OtherReasonForm(QuestionForm):
    other_reason = TextQuestion(
        label=_("Why do you need to live permanently in China?"),
        help_text=_("Describe your reason in a few sentences."),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        errors={
            "required": _("Enter your reason to live permanently in China"),
            "max_length": _("Your reason must be 2,000 characters or fewer"),
        },
    )


# --- Family in China --------------------------------------------------------------------------

FAMILY_MEMBER_STATUS = (
    ("chinese_national_in_china", _("A Chinese citizen who lives in China")),
    ("pr_holder_in_china", _("A foreigner with permanent residence in China")),
    ("none_of_these", _("None of these")),
)


class FamilyLinksForm(QuestionForm):
    family_links = MultipleChoiceQuestion(
        label=_("Which family members in China would you join?"),
        help_text=_("Select all that apply."),
        choices=(
            ("spouse", _("My husband or wife")),
            ("parent", _("My father or mother (if you are under 18)")),
            (
                "other_direct_relative",
                _(
                    "Another direct relative, such as a son, daughter or grandchild "
                    "(if you are 60 or over)"
                ),
            ),
        ),
        none_label=_("None of these"),
        error=_("Select the family members you would join, or select ‘None of these’"),
        none_and_other_error=_(
            "Select the family members you would join, or select ‘None of these’ on its own"
        ),
    )


class SpouseForm(QuestionForm):
    spouse_status = ChoiceQuestion(
        label=_("Who is your husband or wife?"),
        choices=(
            ("chinese_citizen_in_china", _("A Chinese citizen who lives in China")),
            ("chinese_citizen_abroad", _("A Chinese citizen who lives outside China")),
            ("pr_holder_in_china", _("A foreigner with permanent residence who lives in China")),
            (
                "pr_holder_abroad",
                _("A foreigner with permanent residence in China who lives outside China"),
            ),
            ("none_of_these", _("None of these")),
        ),
        error=_("Select who your husband or wife is"),
    )


class MarriageForm(QuestionForm):
    heading = _("Your marriage")

    marriage_date = date_question(
        _("When did you marry?"),
        _("For example, 20 5 2016"),
        required=_("Enter the date you married, for example 20 5 2016"),
        invalid=_("The date you married must be a real date, for example 20 5 2016"),
        future=_("The date you married must be today or in the past"),
        too_early=_("The date you married must be after your date of birth"),
    )
    marriage_recognised_in_china = yes_no(
        _("Is your marriage registered in China, or recognised there?"),
        _("Select whether your marriage is registered or recognised in China"),
    )

    def clean_marriage_date(self) -> date | None:
        return self.check_after_birth(
            self.cleaned_data.get("marriage_date"),
            _("The date you married must be after your date of birth"),
        )


class LivingTogetherForm(QuestionForm):
    heading = _("Living together in China")

    living_together_in_china_since = date_question(
        _("Since when have you lived together with your husband or wife in China?"),
        _("For example, 1 7 2017"),
        required=_("Enter the date you started living together in China, for example 1 7 2017"),
        invalid=_("The date you started living together must be a real date, for example 1 7 2017"),
        future=_("The date you started living together must be today or in the past"),
        too_early=_("The date you started living together must be after your date of birth"),
    )
    living_together_interrupted = yes_no(
        _("Has your life together in China been interrupted since then?"),
        _("Select whether your life together in China has been interrupted"),
        _("For example, if one of you lived outside China for a while."),
    )

    def clean_living_together_in_china_since(self) -> date | None:
        return self.check_after_birth(
            self.cleaned_data.get("living_together_in_china_since"),
            _("The date you started living together must be after your date of birth"),
        )


class ParentForm(QuestionForm):
    heading = _("The parent you would join")

    parent_status = ChoiceQuestion(
        label=_("Who is the parent you would join?"),
        choices=FAMILY_MEMBER_STATUS,
        error=_("Select who the parent you would join is"),
    )
    child_relationship = ChoiceQuestion(
        label=_("Whose child are you?"),
        choices=(
            ("biological", _("Their biological child")),
            ("adopted", _("Their adopted child")),
            ("step", _("Their stepchild")),
        ),
        error=_("Select whose child you are"),
    )


class RelativeForm(QuestionForm):
    relative_in_china_status = ChoiceQuestion(
        label=_("Who is the relative you would join?"),
        choices=FAMILY_MEMBER_STATUS,
        error=_("Select who the relative you would join is"),
    )


class RelativesAbroadForm(QuestionForm):
    direct_relatives_abroad = MultipleChoiceQuestion(
        label=_("Which of your direct relatives live outside China?"),
        help_text=_("Select all that apply."),
        choices=(
            ("parent", _("A parent")),
            ("child", _("A son or daughter")),
            ("grandparent", _("A grandparent")),
            ("grandchild", _("A grandchild")),
            ("spouse", _("My husband or wife")),
        ),
        none_label=_("None of them"),
        error=_("Select the relatives who live outside China, or select ‘None of them’"),
        none_and_other_error=_(
            "Select the relatives who live outside China, or select ‘None of them’ on its own"
        ),
    )


class ResidentSinceForm(QuestionForm):
    resident_in_china_since = date_question(
        _("Since when have you lived in China without a break?"),
        _("For example, 1 10 2018"),
        required=_("Enter the date you started living in China, for example 1 10 2018"),
        invalid=_(
            "The date you started living in China must be a real date, for example 1 10 2018"
        ),
        future=_("The date you started living in China must be today or in the past"),
        too_early=_("The date you started living in China must be after your date of birth"),
    )

    def clean_resident_in_china_since(self) -> date | None:
        return self.check_after_birth(
            self.cleaned_data.get("resident_in_china_since"),
            _("The date you started living in China must be after your date of birth"),
        )


class FewestDaysForm(QuestionForm):
    fewest_days_in_china_per_year = DaysQuestion(
        label=_(
            "In the last 5 years, what is the fewest number of days you spent in China in one year?"
        ),
        help_text=_(
            "Count each year back from today, 12 months at a time. For example, if you spent 300 "
            "days in China in one year and 280 in each of the others, enter 280"
        ),
        minimum=Decimal(0),
        maximum=Decimal(366),
        errors={
            "required": _(
                "Enter the fewest number of days you spent in China in one year, for example 280"
            ),
            "invalid": _("Enter the number of days as a whole number, for example 280"),
            "minimum": _("The number of days must be between 0 and 366"),
            "maximum": _("The number of days must be between 0 and 366"),
        },
    )


class LivelihoodForm(QuestionForm):
    heading = _("Your livelihood and home")

    stable_livelihood = yes_no(
        _("Do you have a stable livelihood?"),
        _("Select whether you have a stable livelihood"),
        _("For example, a regular income, a pension, savings or support from your family."),
    )
    home_in_china = yes_no(
        _("Do you have a home in China, owned or rented?"),
        _("Select whether you have a home in China"),
        dont_know=False,
    )


# --- Family applying with you; contact --------------------------------------------------------


class AccompanyingFamilyForm(QuestionForm):
    accompanying_family = MultipleChoiceQuestion(
        label=_("Would any of your family apply for permanent residence together with you?"),
        help_text=_("Select all that apply."),
        choices=(
            ("spouse", _("My husband or wife")),
            ("minor_children", _("My children under 18")),
        ),
        none_label=_("No, nobody"),
        error=_("Select who would apply together with you, or select ‘No, nobody’"),
        none_and_other_error=_(
            "Select who would apply together with you, or select ‘No, nobody’ on its own"
        ),
    )


class ContactForm(QuestionForm):
    """Optional. The name and e-mail address are kept only when the applicant agrees."""

    heading_field = "contact"

    contact = ChoiceQuestion(
        label=_("Would you like an advisor to contact you?"),
        help_text=_("This is optional. An advisor can go through your answers with you."),
        choices=(
            (
                "yes",
                _(
                    "Yes: I agree that my name and e-mail address are kept with my answers "
                    "so that an advisor can contact me"
                ),
            ),
            ("no", _("No")),
        ),
        error=_("Select whether you would like an advisor to contact you"),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        help_text=_("Only if you would like an advisor to contact you."),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Your name must be 200 characters or fewer")},
    )
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Enter an e-mail address in the correct format, like name@example.com"),
            "max_length": _("Your e-mail address must be 254 characters or fewer"),
        },
    )

    @classmethod
    def initial_from(cls, assessment: Assessment) -> dict[str, Any]:
        initial = super().initial_from(assessment)
        initial["contact_name"] = assessment.contact_name
        initial["contact_email"] = assessment.contact_email
        return initial

    @classmethod
    def summary(cls, assessment: Assessment) -> list[SummaryRow]:
        if assessment.answers.get("contact") != "yes":
            return [SummaryRow(cls.base_fields["contact"].label, [str(_("No"))])]
        return [
            SummaryRow(cls.base_fields["contact"].label, [str(_("Yes"))]),
            SummaryRow(cls.base_fields["contact_name"].label, [assessment.contact_name]),
            SummaryRow(cls.base_fields["contact_email"].label, [assessment.contact_email]),
        ]

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        if cleaned_data.get("contact") == "yes":
            if not cleaned_data.get("contact_name") and "contact_name" not in self.errors:
                self.add_error("contact_name", _("Enter your name"))
            if not cleaned_data.get("contact_email") and "contact_email" not in self.errors:
                self.add_error(
                    "contact_email",
                    _("Enter your e-mail address, like name@example.com"),
                )
        return cleaned_data

    def save_to(self, assessment: Assessment) -> None:
        super().save_to(assessment)
        consent = self.cleaned_data["contact"] == "yes"
        assessment.contact_consent = consent
        assessment.contact_name = self.cleaned_data["contact_name"] if consent else ""
        assessment.contact_email = self.cleaned_data["contact_email"] if consent else ""
