"""The engine a ThinkJS application's model adapter config selects.

ThinkJS keeps its model layer's settings in one adapter config (`config/adapter.js`'s
`exports.model`, or `config/adapter/model.js`): a handle per engine, each an adapter package
(`handle: require("think-model-mysql")`), and a `type` naming the one the models open
(`type: "mysql"`, or a variable read from the environment with a literal after `||`: `let type =
process.env.DB_MODE || "mysql"`). An application may register every engine its installer offers,
so the declared adapters alone name none; the `type` is the program's own choice.
"""

from __future__ import annotations

from designer.detect.signals import LazyPattern, Scope, SourceRule, rule
from designer.model.stack import FindingKind

_ADAPTERS = (
    ("mysql", "MySQL"),
    ("postgresql|pgsql|postgres", "PostgreSQL"),
    ("sqlite", "SQLite"),
    ("mongo|mongodb", "MongoDB"),
)
"""The names a ThinkJS model `type` gives each engine (its adapters' keys)."""

_GATE = LazyPattern(r"""(?:\brequire\([ \t]*|\bfrom[ \t]*)["']think-model-\w+["']""")
"""A file that loads a think-model adapter: the model adapter config."""

_TYPE = (
    r"""^[ \t]*(?:(?:let|const|var)[ \t]+type[ \t]*=[ \t]*[^;\n]{{0,200}}?(?:\|\||\?\?)[ \t]*"""
    r"""|type[ \t]*:[ \t]*)["'`](?:{names})["'`]"""
)
"""The `type` key, or the variable that feeds it, set to (or defaulting to) an engine."""


def type_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """One rule per engine: the model adapter config's `type`, the program's own choice."""
    return tuple(
        rule(
            FindingKind.DATABASE,
            engine,
            _TYPE.format(names=names),
            endings=endings,
            scope=Scope.CHOSEN,
            gate=_GATE,
        )
        for names, engine in _ADAPTERS
    )
