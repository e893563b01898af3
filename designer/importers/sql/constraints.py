"""Table constraints, indexes, comments and ALTER TABLE: keys, unique constraints, foreign
keys with their actions, the CHECKs designer writes."""

from __future__ import annotations

import re

from sqlglot import exp

from designer.export.sql.dialects import MYSQL, POSTGRESQL
from designer.export.sql.identifiers import fit
from designer.importers.sql.names import name_of, string_of
from designer.importers.sql.state import ReaderState
from designer.model.data import Entity, Index, OnDelete

_ACTIONS = {"CASCADE": OnDelete.CASCADE, "RESTRICT": OnDelete.RESTRICT,
            "SET NULL": OnDelete.SET_NULL, "NO ACTION": OnDelete.NO_ACTION}


class ConstraintReader(ReaderState):
    """Reads constraints, indexes and comments over the reader's state."""

    def _constraint(self, table: str, entity: Entity, item: exp.Expression) -> None:
        inner = item.expressions[0] if isinstance(item, exp.Constraint) and \
            item.expressions else item
        if isinstance(inner, exp.PrimaryKey):
            self.primary[table] = [name_of(c.this if isinstance(c, exp.Ordered) else c)
                                   for c in inner.expressions]
        elif isinstance(inner, exp.UniqueColumnConstraint):
            schema = inner.this
            columns = [name_of(c) for c in (schema.expressions if schema else [])]
            # The name: `CONSTRAINT name UNIQUE (…)` or MySQL's `UNIQUE KEY name (…)`.
            named = name_of(item.this) if isinstance(item, exp.Constraint) else \
                name_of(schema.this) if schema is not None and schema.this else ""
            derived = f"{table}_{'_'.join(columns)}_key"
            if len(columns) == 1 and columns[0] in self.columns_of[table]:
                self.columns_of[table][columns[0]].unique = True
                if named and named != derived:
                    self.report.note(f"{table}.{columns[0]}", f"unique key {named} is kept as a "
                                     f"unique field, whose constraint is named {derived}")
            else:
                kept = "" if named in (derived, f"{table}_{'_'.join(columns)}_idx") else named
                entity.indexes.append(Index(fields=columns, unique=True, name=kept))
                self.report.note(table, f"unique constraint ({', '.join(columns)}) is kept as "
                                 "a unique index")
        elif isinstance(inner, exp.IndexColumnConstraint):
            self._key(table, entity, inner)
        elif isinstance(inner, exp.ForeignKey):
            columns = [name_of(c) for c in inner.expressions]
            self._reference(table, columns, inner.args.get("reference"), table)
        elif isinstance(inner, exp.CheckColumnConstraint | exp.Check):
            self._check(table, inner.this)
        else:
            self.report.note(table, f"table constraint `{item.sql(self.dialect)[:60]}` has no "
                             "equivalent; left out")

    def _key(self, table: str, entity: Entity, key: exp.IndexColumnConstraint) -> None:
        """MySQL's `KEY name (…)` / `INDEX name (…)` inside CREATE TABLE: an index of the
        entity, as `CREATE INDEX` would give."""
        name = name_of(key.this) if key.this else ""
        shown = f"index {name or '(' + ', '.join(name_of(c) for c in key.expressions) + ')'}"
        kind = str(key.args.get("kind") or "").upper()
        if kind:
            self.report.note(f"{table}: {shown}", f"a {kind} index has no equivalent; left out")
            return
        columns = []
        for column in key.expressions:
            node = column.this if isinstance(column, exp.Ordered) else column
            if isinstance(column, exp.Ordered) and column.args.get("desc"):
                self.report.note(f"{table}: {shown}", f"descending order of {name_of(node)} is "
                                 "not kept")
            if isinstance(node, exp.Column | exp.ColumnPrefix):
                # A prefix length (`col`(191)) is the export's to choose for a long column.
                columns.append(name_of(node))
            else:
                self.report.note(f"{table}: {shown}", "an expression index has no equivalent; "
                                 "left out")
                return
        derived = f"{table}_{'_'.join(columns)}_idx"
        entity.indexes.append(Index(fields=columns, name="" if name == derived else name))

    def _reference(self, table: str, columns: list[str], reference: exp.Reference | None,
                   where: str) -> None:
        if reference is None:
            return
        target = reference.this
        other = name_of(target.this if isinstance(target, exp.Schema) else target)
        referenced = [name_of(c) for c in target.expressions] \
            if isinstance(target, exp.Schema) else []
        text = reference.sql(self.dialect).upper()
        match = re.search(r"ON DELETE (CASCADE|RESTRICT|SET NULL|NO ACTION)", text)
        action = _ACTIONS[match[1]] if match else OnDelete.NO_ACTION
        update = re.search(r"ON UPDATE (CASCADE|RESTRICT|SET NULL|NO ACTION)", text)
        if "ON DELETE SET DEFAULT" in text:
            self.report.note(where, "ON DELETE SET DEFAULT has no equivalent; imported as "
                             "NO ACTION")
        if len(columns) != 1:
            self.report.note(where, f"a foreign key of {len(columns)} columns has no "
                             "equivalent; left out")
            return
        self.foreign.append((table, columns[0], other, referenced[0] if referenced else "",
                             action))
        if update:
            self.on_update[(table, columns[0])] = _ACTIONS[update[1]]

    def _check(self, table: str, condition: exp.Expression) -> None:
        parts = list(condition.flatten()) if isinstance(condition, exp.And) else [condition]
        for part in parts:
            if not self._check_part(table, part):
                self.report.note(table, f"CHECK ({part.sql(self.dialect)}) has no equivalent; "
                                 "left out")

    def _check_part(self, table: str, part: exp.Expression) -> bool:
        fields = self.columns_of.get(table, {})
        if isinstance(part, exp.In) and isinstance(part.this, exp.Column):
            field = fields.get(part.this.name)
            if field is None:
                return False
            field.type = "enum"
            field.enum_values = [string_of(v) for v in part.expressions]
            return True
        if isinstance(part, exp.RegexpLike) and isinstance(part.this, exp.Column):
            field = fields.get(part.this.name)
            if field is None:
                return False
            field.pattern = string_of(part.expression)
            return True
        if not isinstance(part, exp.GTE | exp.LTE) or not isinstance(part.expression,
                                                                        exp.Literal | exp.Neg):
            return False
        bound = float(part.expression.sql().replace(" ", ""))
        low = isinstance(part, exp.GTE)
        subject = part.this
        if isinstance(subject, exp.Column) and subject.name in fields:
            setattr(fields[subject.name], "minimum" if low else "maximum", bound)
            return True
        # sqlglot knows char_length as a function of its own but reads jsonb_array_length as
        # an anonymous one, whose arguments are its expressions.
        arg = (subject.expressions[0] if subject.expressions else None) \
            if isinstance(subject, exp.Anonymous) else \
            subject.this if isinstance(subject, exp.Func) else None
        func = subject.sql(self.dialect).split("(")[0].lower() if arg is not None else ""
        if isinstance(arg, exp.Column) and arg.name in fields and bound.is_integer():
            field = fields[arg.name]
            if func in ("char_length", "length"):
                setattr(field, "min_length" if low else "max_length", int(bound))
                return True
            if func in ("jsonb_array_length", "json_length", "json_array_length"):
                field.shape = "list"
                setattr(field, "min_items" if low else "max_items", int(bound))
                return True
        return False

    def _index(self, statement: exp.Create) -> None:
        index = statement.this
        table = name_of(index.args.get("table"))
        entity = self.tables.get(table)
        if entity is None:
            self.report.note(f"index {name_of(index)}", f"on unknown table {table}; left out")
            return
        params = index.args.get("params")
        columns = []
        for column in (params.args.get("columns") or []) if params else []:
            node = column.this if isinstance(column, exp.Ordered) else column
            if isinstance(node, exp.Column):
                columns.append(node.name)
            elif isinstance(node, exp.Func) and isinstance(node.this, exp.Column):
                columns.append(node.this.name)  # MySQL prefix index `col`(191)
            elif isinstance(node, exp.Anonymous) and isinstance(node.this, exp.Identifier) \
                    and node.this.quoted and _prefix(node):
                # A prefix index on a column named like a function (`select`(191), `name`(191))
                # reads as a call of that name.
                columns.append(node.this.this)
            else:
                self.report.note(f"index {name_of(index)}", "an expression index has no "
                                 "equivalent; left out")
                return
        name = name_of(index)
        derived = f"{table}_{'_'.join(columns)}_idx"
        # Past the dialect's identifier limit the exporter shortens the derived name.
        derived_names = {derived, fit(MYSQL if self.dialect == "mysql" else POSTGRESQL, derived)}
        entity.indexes.append(Index(fields=columns, unique=bool(statement.args.get("unique")),
                                    name="" if name in derived_names else name))

    def _comment(self, statement: exp.Comment) -> None:
        kind = str(statement.args.get("kind") or "").upper()
        text = string_of(statement.expression)
        target = statement.this
        if kind == "TABLE" and name_of(target) in self.tables:
            self.tables[name_of(target)].description = text
        elif kind == "COLUMN" and isinstance(target, exp.Column):
            field = self.columns_of.get(target.table, {}).get(target.name)
            if field is not None:
                field.description = text
        elif kind == "TYPE" and name_of(target) in self.enums:
            self.enums[name_of(target)] = (self.enums[name_of(target)][0], text)
        else:
            self.report.note(f"COMMENT ON {kind} {name_of(target)}", "names nothing imported")

    def _alter(self, statement: exp.Alter) -> None:
        table = name_of(statement.this)
        entity = self.tables.get(table)
        for action in statement.args.get("actions") or []:
            # sqlglot holds the added constraint in `this` or (MySQL's dialect) in a list.
            nodes = ([action.this] if action.this else action.expressions) \
                if isinstance(action, exp.AddConstraint) else [action]
            if entity is not None and nodes and all(
                    isinstance(n, exp.Constraint | exp.ForeignKey) for n in nodes):
                for node in nodes:
                    self._constraint(table, entity, node)
            else:
                self.report.note(f"ALTER TABLE {table}", f"`{action.sql(self.dialect)[:60]}` "
                                 "has no equivalent; left out")


def _prefix(node: exp.Anonymous) -> bool:
    """`col`(N): one whole-number argument, the length of a MySQL prefix index."""
    return len(node.expressions) == 1 and isinstance(node.expressions[0], exp.Literal) \
        and not node.expressions[0].is_string

