"""The docstring written under each model field, read from the source when asked for.

pydantic's `use_attribute_docstrings` reads every model class's source while the class is built:
a fifth of the model's import, paid by every headless command that never shows a word of it.
The app asks for a field's text when a form shows its help; this reads the module defining the
class once (its syntax tree, cached) and returns the string literal that follows the field.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import sys
from functools import cache

from pydantic import BaseModel


@cache
def _class_docs(module: str, qualname: str) -> dict[str, str]:
    """Field name → docstring of the class `qualname` defined at the top of `module`."""
    source_module = sys.modules.get(module)
    if source_module is None:
        return {}
    try:
        tree = ast.parse(inspect.getsource(source_module))
    except (OSError, TypeError, SyntaxError):
        return {}  # no source (a frozen or zipped install): no help text, nothing else lost
    docs: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == qualname:
            body = node.body
            for statement, following in itertools.pairwise(body):
                if (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
                        and isinstance(following, ast.Expr)
                        and isinstance(following.value, ast.Constant)
                        and isinstance(following.value.value, str)):
                    docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs


def field_doc(model: type[BaseModel], name: str) -> str:
    """The docstring under field `name` of `model` (or of the base class that defines it)."""
    for klass in model.__mro__:
        if name in getattr(klass, "__annotations__", {}):
            return _class_docs(klass.__module__, klass.__qualname__).get(name, "")
    return ""
