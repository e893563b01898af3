"""Questions and questionnaires as data: pydantic models validated when the YAML is loaded.

A question binds to one leaf field of the `Design` (`bind`), so reading and writing an answer is
reading and writing the model; its type must fit that field (checked by the loader through the
model's own annotations).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, field_validator

from designer.model.design import Design
from designer.model.progress import Stage
from designer.questionnaire import answers, conditions
from designer.questionnaire.binding import FieldSpec, get
from designer.questionnaire.computed import REGISTRY
from designer.questionnaire.text import LocalText, pick


class QuestionType(StrEnum):
    """How a question is asked and what it stores."""

    TEXT = "text"
    """One line of text (a `str` field)."""
    TEXTAREA = "textarea"
    """Several lines of text (a `str` field)."""
    CHOICE = "choice"
    """One of the options (an enum or `str` field)."""
    MULTICHOICE = "multichoice"
    """Any of the options (a list of enum or `str`)."""
    BOOL = "bool"
    """Yes or no (a `bool` field)."""
    INT = "int"
    """A whole number (an `int` field)."""
    NUMBER = "number"
    """A decimal number (a `float` field)."""
    LIST = "list"
    """A list of text items (a `list[str]` field); options, if any, are suggestions."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False)


class Option(_Strict):
    """One option of a question, with a label and the reason someone would choose it."""

    value: Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int | float) else v)]
    """The stored value (an enum value for enum fields)."""
    label_text: LocalText | None = Field(default=None, alias="label")
    """Label per language; the value when absent."""
    help_text: LocalText | None = Field(default=None, alias="help")
    """Why you would choose it, per language."""

    def label(self, lang: str = "en") -> str:
        """The label in `lang` (falling back to English, then the value)."""
        return pick(self.label_text, lang) or self.value

    def help(self, lang: str = "en") -> str:
        """The help text in `lang` (falling back to English); '' when none."""
        return pick(self.help_text, lang)


class Computed(_Strict):
    """A computed default: `{computed: NAME}`, optionally `{computed: NAME, otherwise: V}`."""

    computed: str
    """Name of a function in `designer.questionnaire.computed.REGISTRY`."""
    otherwise: Any = None
    """Literal used when the function has nothing to suggest."""

    @field_validator("computed")
    @classmethod
    def _known(cls, name: str) -> str:
        if name not in REGISTRY:
            raise ValueError(f"unknown computed default '{name}'")
        return name


def _condition(raw: Any) -> conditions.Condition | None:
    return None if raw is None else conditions.parse(raw)


class Question(_Strict):
    """One question of a questionnaire."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    """Unique within its stage; lower_snake_case."""
    type: QuestionType
    """How it is asked and what it stores."""
    bind: str
    """Dotted path of the model field the answer is stored in."""
    prompt_text: LocalText = Field(alias="prompt")
    """The question, per language."""
    help_text: LocalText | None = Field(default=None, alias="help")
    """Why it matters and how to answer, per language."""
    options: list[Option] = Field(default_factory=list)
    """Options of choice / multichoice; suggestions for text and list."""
    required: bool = False
    """An answer must be given."""
    default_spec: Any = Field(default=None, alias="default")
    """Literal default, or a `Computed` default; absent means the model's own default."""
    when: Annotated[conditions.Condition | None, BeforeValidator(_condition)] = None
    """Asked only when this condition holds."""
    min: int | float | None = None
    """Smallest allowed number (the model's `ge` bound when not given)."""
    max: int | float | None = None
    """Largest allowed number (the model's `le` bound when not given)."""
    pattern: str | None = None
    """Regular expression every text (or list item) must match in full."""
    pattern_help_text: LocalText | None = Field(default=None, alias="pattern_help")
    """What the pattern asks for, in words, shown when it does not match."""

    _spec: FieldSpec | None = PrivateAttr(default=None)
    _stage: Stage | None = PrivateAttr(default=None)

    @field_validator("default_spec", mode="before")
    @classmethod
    def _default(cls, raw: Any) -> Any:
        if isinstance(raw, dict) and "computed" in raw:
            return Computed.model_validate(raw)
        return raw

    @field_validator("pattern")
    @classmethod
    def _regex(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"not a valid regular expression ({error})") from None
        return pattern

    # -- binding (set by the loader) -------------------------------------------------------

    @property
    def spec(self) -> FieldSpec:
        """The resolved model field; set by the loader."""
        if self._spec is None:
            raise RuntimeError(f"question '{self.id}' was not loaded through the loader")
        return self._spec

    @property
    def stage(self) -> Stage:
        """The stage whose questionnaire holds this question."""
        if self._stage is None:
            raise RuntimeError(f"question '{self.id}' was not loaded through the loader")
        return self._stage

    @cached_property
    def key(self) -> str:
        """`stage:id`, unique across all questionnaires (kept once known: the engine looks it
        up for every question on every answer)."""
        return f"{self.stage.value}:{self.id}"

    # -- texts ----------------------------------------------------------------------------

    def prompt(self, lang: str = "en") -> str:
        """The question in `lang` (falling back to English)."""
        return pick(self.prompt_text, lang)

    def help(self, lang: str = "en") -> str:
        """The help text in `lang` (falling back to English); '' when none."""
        return pick(self.help_text, lang)

    def pattern_message(self, lang: str = "en") -> str:
        """Why a text failed the pattern, in words when the questionnaire gives them."""
        words = pick(self.pattern_help_text, lang)
        return f"does not match: {words}" if words else f"does not match the pattern {self.pattern}"

    def option(self, value: Any) -> Option | None:
        """The option whose value is `value`, if any."""
        return next((o for o in self.options if o.value == str(value)), None)

    # -- answers --------------------------------------------------------------------------

    def visible(self, design: Design) -> bool:
        """Whether the question is asked, given the answers so far (its `when`)."""
        return self.when is None or self.when.holds(design)

    def get(self, design: Design) -> Any:
        """The current value at the bind path (None when an optional group is unset)."""
        return get(design, self.bind)

    def default(self, design: Design) -> Any:
        """The computed default, else the literal default, else the model's own default."""
        spec = self.default_spec
        if isinstance(spec, Computed):
            value = REGISTRY[spec.computed](design)
            if value is not None:
                return value
            if spec.otherwise is not None:
                return spec.otherwise
            return self.spec.model_default()
        if "default_spec" in self.model_fields_set:
            return spec
        return self.spec.model_default()

    def is_unset(self, design: Design) -> bool:
        """True when the field still holds the model's own default (nobody answered it)."""
        value = self.get(design)
        return value is None or value == self.spec.model_default()

    def coerce(self, value: Any) -> tuple[Any, list[str]]:
        """The value to store for `value` (text is parsed), and messages when it is refused."""
        return answers.coerce(self, value)

    def validate(self, value: Any) -> list[str]:  # type: ignore[override]
        """Messages for `value` (required, type, ranges, pattern, options); [] when valid."""
        return self.coerce(value)[1]


class Questionnaire(_Strict):
    """The questions of one stage, in the order they are asked."""

    stage: Stage
    """The stage (from the file name)."""
    title_text: LocalText | None = Field(default=None, alias="title")
    """Title per language; the stage's own title when absent."""
    intro_text: LocalText | None = Field(default=None, alias="intro")
    """What the stage is about, per language."""
    questions: list[Question] = Field(default_factory=list)
    """Questions in order."""

    def title(self, lang: str = "en") -> str:
        """The title in `lang`."""
        return pick(self.title_text, lang) or self.stage.title

    def intro(self, lang: str = "en") -> str:
        """The introduction in `lang`; '' when none."""
        return pick(self.intro_text, lang)

    def question(self, question_id: str) -> Question | None:
        """The question with `question_id`, if any."""
        return next((q for q in self.questions if q.id == question_id), None)

    def visible(self, design: Design) -> list[Question]:
        """The questions asked for `design`, in order."""
        return [q for q in self.questions if q.visible(design)]
