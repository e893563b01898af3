"""Questionnaires as data: load and check `questionnaires/*.yaml`, bind answers to the model.

The format is documented in `questionnaires/README.md`. Typical use::

    from designer.questionnaire import load_all
    from designer.questionnaire.engine import set_answer

    requirements = load_all()[Stage.REQUIREMENTS]
    for question in requirements.visible(design):
        result = set_answer(design, question, "…")
"""

from designer.questionnaire.loader import clear_cache, load_all, load_file
from designer.questionnaire.question import (
    Computed,
    Option,
    Question,
    Questionnaire,
    QuestionType,
)

__all__ = [
    "Computed",
    "Option",
    "Question",
    "QuestionType",
    "Questionnaire",
    "clear_cache",
    "load_all",
    "load_file",
]
