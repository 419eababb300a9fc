"""The questions, one form per page of the questionnaire.

A form reads its initial values from the assessment's answers and writes its cleaned values back
under the fact names of ``eligibility/engine/facts.py``. A form that asks one question makes that
question the page heading; a form that asks several has a ``heading`` naming the topic.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from crispy_forms.helper import FormHelper
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from eligibility.engine.facts import YEARLY_FACTS
from eligibility.fields import (
    RECOMMENDATION,
    RMB,
    USD,
    YES_NO,
    YES_NO_DONT_KNOW,
    ChoiceQuestion,
    CountryQuestion,
    Currency,
    DateQuestion,
    DaysQuestion,
    MultipleChoiceQuestion,
    NumberQuestion,
    PlainEmailField,
    PlainTextField,
    QuestionField,
    Text,
    TextQuestion,
)
from eligibility.models import Assessment
from eligibility.nationalities import NATIONALITIES
from eligibility.widgets import QuestionRenderer

EARLIEST_DATE = date(1900, 1, 1)
QUESTION_RENDERER = QuestionRenderer()  # one for every form: it keeps its templates
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
    # Fields asked only when an earlier answer calls for them, by field name.
    field_conditions: ClassVar[dict[str, Callable[[dict[str, Any]], bool]]] = {}

    use_required_attribute = False  # validated on the server only
    default_renderer = QUESTION_RENDERER

    def __init__(self, data: Any = None, *, assessment: Assessment) -> None:
        super().__init__(data, initial=self.initial_from(assessment), label_suffix="")
        self.assessment = assessment
        asked = self.fields_for(assessment.answers)
        for name in self.question_fields().keys() - asked.keys():
            del self.fields[name]
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
        """The fields stored in the answers, by fact name (found once per form class: every
        page view replays the answers through every page)."""
        fields = cls.__dict__.get("_question_fields")
        if fields is None:
            fields = {
                name: field
                for name, field in cls.base_fields.items()
                if isinstance(field, QuestionField)
            }
            cls._question_fields = fields
        return fields

    @classmethod
    def fields_for(cls, answers: dict[str, Any]) -> dict[str, QuestionField]:
        """The fields this page asks, given the answers so far."""
        return {
            name: field
            for name, field in cls.question_fields().items()
            if name not in cls.field_conditions or cls.field_conditions[name](answers)
        }

    @classmethod
    def is_answered(cls, answers: dict[str, Any]) -> bool:
        return all(
            name in answers for name, field in cls.fields_for(answers).items() if field.required
        )

    @classmethod
    def answers_of(cls, answers: dict[str, Any]) -> dict[str, Any]:
        """This page's part of the answers."""
        return {name: answers[name] for name in cls.fields_for(answers) if name in answers}

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
        for name, field in cls.fields_for(assessment.answers).items():
            if name in assessment.answers:
                rows.append(SummaryRow(str(field.label), field.display(assessment.answers[name])))
            elif getattr(field, "absent_display", ""):
                rows.append(SummaryRow(str(field.label), [str(field.absent_display)]))
        return rows

    @classmethod
    def title(cls) -> Text:
        """The page's heading, also used in the page title."""
        return cls.heading or cls.base_fields[cls.heading_field_name()].label

    def shared_rendering_key(self) -> tuple[Any, ...] | None:
        """What the form's HTML depends on when it is the same for every applicant who sees it:
        a form not sent, whose answers shown are all choices (a typed date, amount or text is
        one applicant's own). None for any other form."""
        if self.is_bound:
            return None
        shown = []
        for name, value in self.initial.items():
            if name not in self.fields:
                continue
            if not isinstance(self.fields[name], forms.ChoiceField | forms.BooleanField):
                return None
            shown.append((name, tuple(value) if isinstance(value, list) else value))
        # The day counts: a date of birth may need confirming until a birthday.
        today = timezone.localdate()
        return (type(self), get_language(), today, tuple(self.fields), tuple(shown))

    def save_to(self, assessment: Assessment) -> None:
        """Writes this page's answers into the assessment (the caller saves the row)."""
        for name, field in self.fields_for(assessment.answers).items():
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

    def check_after_birth(self, name: str) -> date | None:
        """The date answered to ``name``, refused with its ``too_early`` message if it comes
        before the date of birth."""
        value = self.cleaned_data.get(name)
        born = self.answer_date("date_of_birth")
        if value and born and value < born:
            raise ValidationError(self.fields[name].error_messages["too_early"])
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

    date_of_birth = DateQuestion(
        label=_("What is your date of birth?"),
        help_text=_(
            "For example, 27 3 1985. If you are answering for a child, enter the child's date "
            "of birth."
        ),
        earliest=EARLIEST_DATE,
        allow_today=False,
        autocomplete="bday",
        # Under 18, only the routes of a child joining a parent are likely: the date is
        # confirmed once, so that a slip of the year is caught.
        confirm_younger_than=18,
        errors={
            "required": _("Enter your date of birth, for example 27 3 1985"),
            "incomplete": _("Date of birth must include %(missing)s"),
            "invalid": _("Date of birth must be a real date, for example 27 3 1985"),
            "future": _("Date of birth must be in the past"),
            "too_early": _("Date of birth must be %(earliest)s or later"),
        },
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
    (
        "family_of_applicant",
        _(
            "My husband, wife or a parent is applying for permanent residence in China, or has "
            "it, on their own grounds (for example as an investor or a senior employee)"
        ),
    ),
    ("contribution", _("I have made an outstanding contribution to China's development")),
    ("achievement", _("I have an internationally recognised outstanding achievement")),
    (
        "high_level_talent",
        _("I am high-level foreign talent, or the state has a special need for me"),
    ),
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
    heading = _("Your stay in China")

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
    economic_means = yes_no(
        _("Do you have enough income, savings or support to live in China?"),
        _("Select whether you have enough income, savings or support to live in China"),
    )


SENSITIVE_AGREE = "agree"
CONSENT_CHOICES = (
    (SENSITIVE_AGREE, _("Yes, I agree to answer them")),
    ("decline", _("No, I prefer not to answer them")),
)


class SensitiveConsentForm(QuestionForm):
    """Separate consent before the sensitive questions (PIPL arts. 28-29). Declining skips them:
    the routes that need the answers then say "cannot tell"."""

    sensitive_consent = ChoiceQuestion(
        label=_("Will you answer questions about your health and your criminal record?"),
        help_text=_(
            "Under Chinese law this is sensitive personal information. The rules in force "
            "require good health and no criminal record, and the draft lists illnesses and "
            "convictions among the grounds for refusal, so without these answers we cannot tell "
            "whether you meet the rules. Your answers are kept with your assessment, read only "
            "by you and, if you submit it, by the service's advisors, and you can delete them "
            "at any time."
        ),
        choices=CONSENT_CHOICES,
        error=_("Select whether you will answer questions about your health and record"),
    )


class IncomeConsentForm(QuestionForm):
    """Separate consent before the questions on pay and tax, which we treat as sensitive too.
    Declining skips them: the work and salary routes then say "cannot tell"."""

    income_consent = ChoiceQuestion(
        label=_("Will you answer questions about your pay, your income tax and your tax record?"),
        help_text=_(
            "We treat them as sensitive personal information. The routes for people working in "
            "China compare your wage and your income tax with the local average wage, and ask "
            "for a good tax and credit record, so without these answers we cannot tell whether "
            "you meet them. Your answers are kept with your assessment, read only by you and, if "
            "you submit it, by the service's advisors, and you can delete them at any time."
        ),
        choices=CONSENT_CHOICES,
        error=_("Select whether you will answer questions about your pay and tax"),
    )


class RecordForm(QuestionForm):
    heading = _("Your record")

    chinese_law_issues = yes_no(
        _("Do you have a pending criminal case, or an unpaid administrative penalty, in China?"),
        _("Select whether you have a pending criminal case or an unpaid penalty in China"),
        _("For example, an unpaid fine for overstaying a visa."),
    )
    serious_violation_in_china = yes_no(
        _(
            "Have you ever been penalised in China for a serious violation of the law, such as "
            "illegal entry, illegal stay or illegal work?"
        ),
        _("Select whether you have been penalised for a serious violation of the law in China"),
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
            "false documents, for example in a visa application?"
        ),
        _("Select whether you have ever been found to have given false information"),
        dont_know=False,
    )


class ConvictionPlacesForm(QuestionForm):
    conviction_places = MultipleChoiceQuestion(
        label=_("Where were you convicted?"),
        help_text=_(
            "Select all that apply. The rules in force count a criminal record in China, or in a "
            "country where you lived for 2 years or more."
        ),
        choices=(
            ("china", _("In China")),
            ("abroad_lived_2_years", _("In a country where I lived for 2 years or more")),
            ("abroad_elsewhere", _("In another country")),
        ),
        error=_("Select where you were convicted"),
    )


class HealthForm(QuestionForm):
    health_conditions = MultipleChoiceQuestion(
        label=_("Do you have any of these conditions?"),
        help_text=_(
            "Select all that apply. Applicants need a health certificate from a medical "
            "examination; this check does not diagnose anything."
        ),
        choices=(
            (
                "serious_mental_or_infectious",
                _(
                    "A serious mental disorder, infectious pulmonary tuberculosis, or another "
                    "infectious disease that may seriously endanger public health"
                ),
            ),
            (
                "other_listed",
                _(
                    "HIV/AIDS or another sexually transmitted disease, or a condition that means "
                    "I cannot look after myself"
                ),
            ),
        ),
        none_label=_("None of these"),
        error=_("Select the conditions you have, or select ‘None of these’"),
        none_and_other_error=_("Select the conditions you have, or ‘None of these’ on its own"),
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
        incomplete=_("The date you started working in China must include %(missing)s"),
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
        return self.check_after_birth("work_start_date")


class WorkContinuousSinceForm(QuestionForm):
    work_continuous_since = date_question(
        _("When did your current period of work in China without a break start?"),
        _("The first day of work after your last gap. For example, 1 9 2022"),
        required=_("Enter the date your work without a break started, for example 1 9 2022"),
        incomplete=_("The date your work without a break started must include %(missing)s"),
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


def work_interrupted(answers: dict[str, Any]) -> bool:
    return answers.get("work_interrupted") == "yes"


def work_not_interrupted(answers: dict[str, Any]) -> bool:
    return answers.get("work_interrupted") != "yes"


DAYS_ERRORS = {
    "required": _("Enter the number of days"),
    "invalid": _("Enter the number of days as a whole number, for example 900"),
    "minimum": _("The number of days must be %(minimum)s or more"),
    "maximum": _("The number of days must be %(maximum)s or fewer"),
}


def days_question(
    label: Text, help_text: Text, maximum: int, errors: dict = DAYS_ERRORS, **kwargs: Any
) -> DaysQuestion:
    return DaysQuestion(
        label=label,
        help_text=help_text,
        minimum=Decimal(0),
        maximum=Decimal(maximum),
        errors=errors,
        **kwargs,
    )


class DaysInChinaForm(QuestionForm):
    heading = _("Your days in China")
    field_conditions = {
        "days_in_china_since_work_start": work_not_interrupted,
        "days_in_china_since_continuous_start": work_interrupted,
    }

    days_in_china_since_work_start = days_question(
        _("How many days have you spent in China since you started working there?"),
        _("Count the days you were actually in China. Your entry and exit records show them."),
        50_000,
        {
            **DAYS_ERRORS,
            "maximum": _(
                "The number of days cannot be more than %(maximum)s, the time since you started "
                "working in China"
            ),
        },
    )
    days_in_china_since_continuous_start = days_question(
        _(
            "How many days have you spent in China since your current period of work without a "
            "break started?"
        ),
        _("Only the days since your last gap in work count."),
        50_000,
        {
            **DAYS_ERRORS,
            "maximum": _(
                "The number of days cannot be more than %(maximum)s, the time since your current "
                "period of work started"
            ),
        },
    )
    days_in_china_last_4_years = days_question(
        _("How many days did you spend in China in the last 4 years?"),
        _("Counted back from today. There are 1,461 days in 4 years."),
        1462,
    )
    fewest_days_in_china_last_4_years = days_question(
        _("In the last 4 years, what is the fewest number of days you spent in China in one year?"),
        _("Count each year back from today, 12 months at a time."),
        366,
    )
    fewest_days_in_china_last_4_calendar_years = days_question(
        _("Counted by calendar year instead, what is the fewest? (optional)"),
        _(
            "The rules do not say whether a year is a calendar year or 12 months counted back. "
            "If you know the figure for calendar years, it lets us tell whether the answer "
            "depends on it."
        ),
        366,
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        started = self.answer_date("work_continuous_since") or self.answer_date("work_start_date")
        if started:
            possible = Decimal((timezone.localdate() - started + timedelta(days=1)).days)
            for name in ("days_in_china_since_work_start", "days_in_china_since_continuous_start"):
                if name in self.fields:
                    self.fields[name].maximum = min(self.fields[name].maximum, possible)


class WageForm(QuestionForm):
    heading = _("Your pay and tax record")

    annual_wage_now_rmb = NumberQuestion(
        label=_("What is your gross annual wage now?"),
        help_text=_(
            "Before tax, in RMB, at your present rate for a full year. For example, 700,000"
        ),
        currency=RMB,
        minimum=Decimal(0),
        maximum=Decimal(10) ** 12,
        errors={
            "required": _("Enter your gross annual wage now, for example 700,000"),
            "invalid": _("Enter your annual wage as a number, for example 700,000"),
            "minimum": _("Your annual wage must be 0 or more"),
            "maximum": _("Your annual wage must be %(maximum)s or less"),
        },
    )
    local_average_wage_rmb = NumberQuestion(
        label=_("What is the latest average annual wage where you work?"),
        help_text=_(
            "The average wage of urban on-the-job employees (城镇在岗职工平均工资) in the city "
            "where you work, in RMB, as last published. The local statistics bureau or human "
            "resources and social security bureau publishes it. For example, 120,000"
        ),
        required=False,
        currency=RMB,
        minimum=Decimal(1),
        maximum=Decimal(10) ** 12,
        absent_display=_("I don't know"),
        errors={
            "required": _("Enter the average wage where you work, or select ‘I don't know it’"),
            "invalid": _("Enter the average wage as a number, for example 120,000"),
            "minimum": _("The average wage must be more than 0"),
            "maximum": _("The average wage must be %(maximum)s or less"),
        },
    )
    average_wage_unknown = forms.BooleanField(
        label=_("I don't know it"),
        required=False,
        help_text=_("Without it, the wage conditions cannot be checked."),
    )
    tax_record_issues = yes_no(
        _("Do you have unpaid taxes, or have you had a tax penalty, in China?"),
        _("Select whether you have unpaid taxes or have had a tax penalty in China"),
    )
    credit_record_issues = yes_no(
        _("Are you on a list of dishonest persons or another credit blacklist in China?"),
        _("Select whether you are on a credit blacklist in China"),
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


def for_year(year: int | None, label: Text) -> str:
    """A question's label for one calendar year: "2025, Gross wage income"."""
    return pgettext("a question about one calendar year", "%(year)s, %(label)s") % {
        "year": year,
        "label": label,
    }


def _yearly_amount(label: Text, required: bool) -> NumberQuestion:
    return NumberQuestion(
        label=label,
        required=required,
        currency=RMB,
        minimum=Decimal(0),
        maximum=Decimal(10) ** 12,
        errors={
            "required": _("Enter the amount for this year, for example 650,000"),
            "invalid": _("Enter the amount as a number, for example 650,000"),
            "minimum": _("The amount must be 0 or more"),
            "maximum": pgettext_lazy("an amount in RMB", "The amount must be %(maximum)s or less"),
        },
    )


def work_started_before(year: int) -> Callable[[dict[str, Any]], bool]:
    """The condition "the applicant worked in China in calendar year N back from the last full
    year" (year 1 is the last full calendar year)."""

    def condition(answers: dict[str, Any]) -> bool:
        started = answers.get("work_start_date")
        if not started:
            return False
        last_full_year = timezone.localdate().year - 1
        return date.fromisoformat(started).year <= last_full_year - year + 1

    return condition


class WageByYearForm(QuestionForm):
    """The wage (and income tax) of each calendar year of the work period, up to 8 years back:
    the rules test the wage in every year (A12), and the 2019 salary route the tax too."""

    heading = _("Your wage and income tax, year by year")
    field_conditions = {
        **{
            name: work_started_before(year)
            for year, name in enumerate(YEARLY_FACTS["annual_wage_rmb"], start=1)
        },
        **{
            name: work_started_before(year)
            for year, name in enumerate(YEARLY_FACTS["income_tax_rmb"], start=1)
        },
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            year = self.calendar_year(name, timezone.localdate().year - 1)
            if year is not None:
                field.label = for_year(year, field.label)

    @staticmethod
    def calendar_year(name: str, first_year: int) -> int | None:
        for facts in YEARLY_FACTS.values():
            if name in facts:
                return first_year - facts.index(name)
        return None

    @classmethod
    def answers_of(cls, answers: dict[str, Any]) -> dict[str, Any]:
        found = super().answers_of(answers)
        if "wage_years_from" in answers:
            found["wage_years_from"] = answers["wage_years_from"]
        return found

    @classmethod
    def summary(cls, assessment: Assessment) -> list[SummaryRow]:
        first_year = assessment.answers.get("wage_years_from", timezone.localdate().year - 1)
        return [
            SummaryRow(
                for_year(cls.calendar_year(name, first_year), field.label),
                field.display(assessment.answers[name]),
            )
            for name, field in cls.fields_for(assessment.answers).items()
            if name in assessment.answers
        ]

    def save_to(self, assessment: Assessment) -> None:
        super().save_to(assessment)
        assessment.answers["wage_years_from"] = timezone.localdate().year - 1


# One field per year and figure, year by year: year 1 is the last full calendar year.
for _year, _wage in enumerate(YEARLY_FACTS["annual_wage_rmb"], start=1):
    WageByYearForm.base_fields[_wage] = _yearly_amount(_("Gross wage income"), required=_year == 1)
    if _year <= len(YEARLY_FACTS["income_tax_rmb"]):
        WageByYearForm.base_fields[YEARLY_FACTS["income_tax_rmb"][_year - 1]] = _yearly_amount(
            _("Individual income tax paid in China"), required=False
        )


class TaxRecordForm(QuestionForm):
    tax_record_issues = WageForm.base_fields["tax_record_issues"]


class DegreeForm(QuestionForm):
    heading = _("Your education and background")

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
    chinese_origin = yes_no(
        _("Are you a foreign national of Chinese origin (外籍华人)?"),
        _("Select whether you are a foreign national of Chinese origin"),
        _(
            "For example, a former Chinese citizen, or the child of Chinese citizens. The 2019 "
            "measures give such applicants two routes of their own."
        ),
    )


class RenownedUniversityForm(QuestionForm):
    renowned_university = yes_no(
        _("Did you graduate from an internationally renowned university?"),
        _("Select whether you graduated from an internationally renowned university"),
        _("No official list is published: the authorities decide which universities count."),
    )


EMPLOYER_KINDS = (
    (
        "state_institution",
        _("An institution under a State Council department or a provincial government"),
    ),
    (
        "key_university",
        _(
            "A key university (on a national key list, such as the 211, 985 or Double "
            "First-Class lists)"
        ),
    ),
    (
        "key_project_unit",
        _("A unit carrying out a national key engineering project or a major research project"),
    ),
    ("high_tech_enterprise", _("A certified high-tech enterprise (高新技术企业)")),
    ("encouraged_fie", _("A foreign-invested enterprise in an encouraged industry")),
    ("fie_advanced_technology", _("A foreign-invested advanced-technology enterprise")),
    ("fie_export_oriented", _("A foreign-invested export-oriented enterprise")),
    (
        "national_lab_or_centre",
        _(
            "A national laboratory, national key or engineering laboratory, national engineering "
            "(technology) research centre, state-recognised enterprise technology centre, or "
            "foreign-invested R&D centre"
        ),
    ),
    ("dont_know", _("I don't know")),
)


class EmployerForm(QuestionForm):
    heading = _("Your employer and industry")

    employer_kinds = MultipleChoiceQuestion(
        label=_("Is your employer any of these?"),
        help_text=_("Select all that apply. The rules in force list these employers."),
        choices=EMPLOYER_KINDS,
        none_label=_("None of these"),
        error=_("Select what your employer is, or select ‘None of these’"),
        none_and_other_error=_("Select what your employer is, or ‘None of these’ on its own"),
    )
    priority_industry_confirmed = yes_no(
        _(
            "Has a competent authority confirmed that your employer's industry or region is one "
            "the state prioritises for development?"
        ),
        _("Select whether a competent authority has confirmed your employer's industry or region"),
        _("The draft publishes no list of these industries and regions."),
    )
    employer_recommendation = recommendation(
        _("Has your employer recommended you for permanent residence?"),
        _("Select whether your employer has recommended you"),
    )
    competent_authority_recommendation = recommendation(
        _("Has a competent authority recommended you as urgently needed talent?"),
        _("Select whether a competent authority has recommended you"),
    )

    def clean_employer_kinds(self) -> list[str]:
        kinds = self.cleaned_data.get("employer_kinds") or []
        if "dont_know" in kinds and len(kinds) > 1:
            raise ValidationError(_("Select what your employer is, or ‘I don't know’ on its own"))
        return kinds


class PriorityWorkSinceForm(QuestionForm):
    priority_work_since = date_question(
        _("Since when have you worked without a break in that priority industry or region?"),
        _("For example, 1 9 2021"),
        required=_(
            "Enter the date you started working in that industry or region, for example 1 9 2021"
        ),
        invalid=_("The date must be a real date, for example 1 9 2021"),
        future=_("The date must be today or in the past"),
        too_early=_("The date must be on or after the date you started working in China"),
    )

    def clean_priority_work_since(self) -> date | None:
        value = self.cleaned_data.get("priority_work_since")
        started = self.answer_date("work_start_date")
        if value and started and value < started:
            raise ValidationError(self.fields["priority_work_since"].error_messages["too_early"])
        return value


def not_academic(answers: dict[str, Any]) -> bool:
    return "academic" not in answers.get("situations", ())


class PostForm(QuestionForm):
    heading = _("Your post and title")
    field_conditions = {"professional_title": not_academic}

    senior_post = yes_no(
        _(
            "Do you hold a post of deputy general manager, deputy factory director or higher in "
            "China?"
        ),
        _("Select whether you hold a post of deputy general manager or higher"),
    )
    professional_title = ChoiceQuestion(
        label=_("What is the grade of your professional title (职称)?"),
        choices=(
            ("full_senior", _("Full senior (正高级)")),
            ("associate_senior", _("Associate senior (副高级), for example senior engineer")),
            ("intermediate", _("Intermediate (中级), for example engineer")),
            ("junior_or_none", _("Junior (初级), or no title")),
            ("dont_know", _("I don't know")),
        ),
        error=_("Select the grade of your professional title"),
    )


SENIOR_TITLES = ("full", "associate", "full_senior", "associate_senior")


def holds_senior_post_or_title(answers: dict[str, Any]) -> bool:
    return (
        answers.get("senior_post") == "yes"
        or answers.get("academic_title") in SENIOR_TITLES
        or answers.get("professional_title") in SENIOR_TITLES
    )


class EquivalentTreatmentForm(QuestionForm):
    equivalent_treatment = yes_no(
        _("Do you enjoy treatment equivalent to such a post or title?"),
        _("Select whether you enjoy equivalent treatment"),
        _(
            "For example, pay and conditions your employer gives to a deputy general manager or "
            "to staff with an associate senior title. No standard is published."
        ),
    )


class PostSinceForm(QuestionForm):
    post_held_since = date_question(
        _("Since when have you held that post, title or treatment without a break?"),
        _("For example, 1 3 2020"),
        required=_("Enter the date, for example 1 3 2020"),
        invalid=_("The date must be a real date, for example 1 3 2020"),
        future=_("The date must be today or in the past"),
        too_early=_("The date must be after your date of birth"),
    )

    def clean_post_held_since(self) -> date | None:
        return self.check_after_birth("post_held_since")


class KeyRegionForm(QuestionForm):
    heading = _("National key development regions")

    key_region_confirmed = yes_no(
        _("Has an authority confirmed that you work in a national key development region?"),
        _("Select whether an authority has confirmed that you work in such a region"),
        _("No list of these regions is published."),
    )
    key_region_work_since = date_question(
        _("Since when have you worked there without a break?"),
        _("For example, 1 3 2020"),
        required=_("Enter the date, for example 1 3 2020"),
        invalid=_("The date must be a real date, for example 1 3 2020"),
        future=_("The date must be today or in the past"),
        too_early=_("The date must be after your date of birth"),
    )


# --- Academic post, senior post in an enterprise, investment -----------------------------------


class AcademicForm(QuestionForm):
    heading = _("Your academic post")

    academic_title = ChoiceQuestion(
        label=_("What is your academic title?"),
        help_text=_("Titles are grouped by grade (职称等级)."),
        choices=(
            ("full", _("Professor or research fellow (正高级)")),
            ("associate", _("Associate professor or associate research fellow (副高级)")),
            ("assistant", _("Assistant professor or assistant research fellow (中级)")),
            ("intermediate_other", _("Lecturer (讲师) or another intermediate title (中级)")),
            ("junior_or_none", _("A junior title (初级), such as teaching assistant, or none")),
        ),
        error=_("Select your academic title"),
    )
    institution_national_key = yes_no(
        _("Is your university or research institute one the state builds up as a key institution?"),
        _("Select whether your university or research institute is a national key institution"),
        _("For example, on the 211, 985 or Double First-Class lists."),
    )


class EnterpriseForm(QuestionForm):
    heading = _("The enterprise you work for")

    enterprise_innovative_or_well_known = yes_no(
        _(
            "Is the enterprise recognised as an innovative enterprise or a well-known Chinese "
            "enterprise?"
        ),
        _("Select whether the enterprise is recognised as innovative or well known"),
        _("No official standard is published."),
    )
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


# Investment amounts are in the currency the applicant chooses on the same page.
CHOSEN_CURRENCY = Currency(
    "investment_currency",
    _("the currency you chose"),
    "%(amount)s",
    RMB.markers | USD.markers,
)


def amount_question(label: Text, help_text: Text, required: bool = True) -> NumberQuestion:
    return NumberQuestion(
        label=label,
        help_text=help_text,
        required=required,
        currency=CHOSEN_CURRENCY,
        minimum=Decimal(0),
        maximum=Decimal(10) ** 12,
        errors={
            "required": _("Enter the amount, for example 2,000,000"),
            "invalid": _("Enter the amount as a number, for example 2,000,000"),
            "minimum": _("The amount must be %(minimum)s or more"),
            "maximum": _("The amount must be %(maximum)s or less"),
        },
    )


class InvestmentForm(QuestionForm):
    heading = _("Your investment in China")

    investment_currency = ChoiceQuestion(
        label=_("In which currency will you give the amounts?"),
        help_text=_(
            "The rules in force set their amounts in US dollars, the draft in RMB. Give the "
            "currency of your registered capital; we compare at every plausible exchange rate."
        ),
        choices=(("usd", _("US dollars (USD)")), ("rmb", _("Chinese yuan (RMB)"))),
        error=_("Select the currency of the amounts"),
    )
    investment_total = amount_question(
        _("How much have you invested in China in total?"),
        _("Everything you have invested or committed, paid in or not. For example, 2,000,000"),
    )
    investment_paid_in = amount_question(
        _("Of that, how much registered capital have you actually paid in?"),
        _("As shown by the capital-verification reports. For example, 1,500,000"),
    )

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        total, paid_in = (
            cleaned_data.get("investment_total"),
            cleaned_data.get("investment_paid_in"),
        )
        if total is not None and paid_in is not None and paid_in > total:
            self.add_error(
                "investment_paid_in",
                _("The capital paid in cannot be more than the total you have invested"),
            )
        return cleaned_data

    @classmethod
    def summary(cls, assessment: Assessment) -> list[SummaryRow]:
        return currency_summary(cls, assessment)


def currency_summary(form_class: type[QuestionForm], assessment: Assessment) -> list[SummaryRow]:
    """Rows whose amounts are shown in the currency the applicant chose."""
    currency = assessment.answers.get("investment_currency")
    rows = []
    for name, field in form_class.fields_for(assessment.answers).items():
        if name not in assessment.answers:
            continue
        answer = assessment.answers[name]
        if name == "investment_currency" or currency not in CURRENCY_FORMATS:
            rows.append(SummaryRow(field.label, field.display(answer)))
        else:
            amount = number_format(answer, force_grouping=True)
            rows.append(SummaryRow(field.label, [CURRENCY_FORMATS[currency] % {"amount": amount}]))
    return rows


CURRENCY_FORMATS = {"usd": _("USD %(amount)s"), "rmb": _("RMB %(amount)s")}


class InvestmentBreakdownForm(QuestionForm):
    heading = _("Where your paid-in capital is invested")

    investment_paid_in_encouraged = amount_question(
        _("How much of it is in industries the state encourages?"),
        _(
            "Industries in the encouraged category of the catalogue for foreign investment. "
            "Enter 0 if none."
        ),
    )
    investment_paid_in_west = amount_question(
        _("How much of it is in western China?"),
        _(
            "Chongqing, Sichuan, Guizhou, Yunnan, Tibet, Shaanxi, Gansu, Qinghai, Ningxia, "
            "Xinjiang, Inner Mongolia and Guangxi. Enter 0 if none."
        ),
    )
    investment_paid_in_poverty_county = amount_question(
        _("How much of it is in former national key poverty-alleviation counties elsewhere?"),
        _("That list lapsed after 2020. Enter 0 if none."),
    )
    investment_paid_in_central = amount_question(
        _("How much of it is in central China?"),
        _("Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan. Enter 0 if none."),
    )

    @classmethod
    def summary(cls, assessment: Assessment) -> list[SummaryRow]:
        return currency_summary(cls, assessment)


class InvestmentFormForm(QuestionForm):
    heading = _("How you invested")

    investment_form = ChoiceQuestion(
        label=_("How did you invest?"),
        choices=(
            ("direct", _("Directly, in my own name, for example by setting up a company")),
            ("holding_company", _("Through a company I control")),
            ("housing_shares_bonds", _("Only by buying housing, shares or bonds")),
            ("dont_know", _("I don't know")),
        ),
        error=_("Select how you invested"),
    )
    investment_stable_since = date_question(
        _("Since when has your paid-in capital stayed at least at its present level?"),
        _("The date it reached the amount you gave, if it has not fallen below it since."),
        required=_("Enter the date, for example 1 6 2020"),
        invalid=_("The date must be a real date, for example 1 6 2020"),
        future=_("The date must be today or in the past"),
        too_early=_("The date must be after 1 January 1900"),
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


# --- Contribution, achievement, talent, other reason ------------------------------------------


class ContributionForm(QuestionForm):
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


class GovernmentRecommendationForm(QuestionForm):
    government_recommendation = ChoiceQuestion(
        label=_("Has a government body recommended you for permanent residence?"),
        help_text=_(
            "Routes for contributions and for high-level talent need a recommendation; each names "
            "the bodies whose recommendation counts."
        ),
        choices=(
            ("national_authority", _("Yes, a competent national authority")),
            (
                "provincial_government",
                _("Yes, the government of a province, autonomous region or municipality"),
            ),
            (
                "key_region_administration",
                _("Yes, the administration of a national key development region"),
            ),
            ("other_government_body", _("Yes, another government department")),
            ("not_yet", _("No, not yet, or I don't know")),
        ),
        error=_("Select whether a government body has recommended you"),
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
        incomplete=_("The date you married must include %(missing)s"),
        invalid=_("The date you married must be a real date, for example 20 5 2016"),
        future=_("The date you married must be today or in the past"),
        too_early=_("The date you married must be after your date of birth"),
    )
    marriage_recognised_in_china = yes_no(
        _("Is your marriage registered in China, or recognised there?"),
        _("Select whether your marriage is registered or recognised in China"),
    )

    def clean_marriage_date(self) -> date | None:
        return self.check_after_birth("marriage_date")


class LivingTogetherForm(QuestionForm):
    heading = _("Living together in China")

    living_together_in_china_since = date_question(
        _("Since when have you lived together with your husband or wife in China?"),
        _("For example, 1 7 2017"),
        required=_("Enter the date you started living together in China, for example 1 7 2017"),
        incomplete=_("The date you started living together must include %(missing)s"),
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
        return self.check_after_birth("living_together_in_china_since")


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
        incomplete=_("The date you started living in China must include %(missing)s"),
        invalid=_(
            "The date you started living in China must be a real date, for example 1 10 2018"
        ),
        future=_("The date you started living in China must be today or in the past"),
        too_early=_("The date you started living in China must be after your date of birth"),
    )

    def clean_resident_in_china_since(self) -> date | None:
        return self.check_after_birth("resident_in_china_since")


class FewestDaysForm(QuestionForm):
    heading = _("Your days in China each year")

    fewest_days_in_china_per_year = days_question(
        _("In the last 5 years, what is the fewest number of days you spent in China in one year?"),
        _(
            "Count each year back from today, 12 months at a time. For example, if you spent 300 "
            "days in China in one year and 280 in each of the others, enter 280"
        ),
        366,
    )
    fewest_days_in_china_per_calendar_year = days_question(
        _("Counted by calendar year instead, what is the fewest? (optional)"),
        _(
            "The rules do not say whether a year is a calendar year or 12 months counted back. "
            "If you know the figure for calendar years, it lets us tell whether the answer "
            "depends on it."
        ),
        366,
        required=False,
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


class MarriedForm(QuestionForm):
    married = yes_no(
        _("Are you married?"),
        _("Select whether you are married"),
        _("The rules in force are for unmarried children under 18."),
        dont_know=False,
    )


class PrincipalForm(QuestionForm):
    heading = _("Your family member's application")

    principal_relation = ChoiceQuestion(
        label=_("Who applies for permanent residence, or has it, on their own grounds?"),
        choices=(("spouse", _("My husband or wife")), ("parent", _("My father or mother"))),
        error=_("Select who applies or has permanent residence"),
    )
    principal_grounds = ChoiceQuestion(
        label=_("On what grounds?"),
        choices=(
            ("investment", _("As an investor")),
            ("senior_post_or_title", _("In a senior post or with a senior title")),
            (
                "contribution_or_special_need",
                _("For a major contribution to China, or because the state specially needs them"),
            ),
            ("high_level_talent", _("As high-level talent recommended by an authority")),
            ("salary", _("On their salary and income tax")),
            ("chinese_origin", _("As a foreign national of Chinese origin")),
            ("other", _("On other grounds, such as family")),
            ("dont_know", _("I don't know")),
        ),
        error=_("Select on what grounds they apply"),
    )
    principal_status = ChoiceQuestion(
        label=_("Have they been granted permanent residence yet?"),
        choices=(
            ("applying", _("No, they are applying, and I would apply together with them")),
            ("granted", _("Yes, they already have it")),
        ),
        error=_("Select whether they have been granted permanent residence"),
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
        help_text=_(
            "This is optional. Your answers and your result are read only by the advisors of "
            "the Residency service, who use them to give advice. If you agree, we also keep your "
            "name and e-mail address, and an advisor uses them only to contact you about your "
            "result."
        ),
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
    contact_name = PlainTextField(
        label=_("Your name"),
        help_text=_("Only if you would like an advisor to contact you."),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        error_messages={"max_length": _("Your name must be 200 characters or fewer")},
    )
    contact_email = PlainEmailField(
        label=_("Your e-mail address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
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
