"""A column of CREATE TABLE → a field: its name, type of the design's type system, nullability,
default and inline constraints."""

from __future__ import annotations

from sqlglot import exp

from designer.importers.sql.constraints import ConstraintReader
from designer.importers.sql.dialects import SHOWN, Misread
from designer.importers.sql.names import name_of, string_of
from designer.model.data import Entity, Field, FieldType

_UNSIGNED = frozenset({exp.DataType.Type.UTINYINT, exp.DataType.Type.USMALLINT,
                       exp.DataType.Type.UMEDIUMINT, exp.DataType.Type.UINT,
                       exp.DataType.Type.UBIGINT, exp.DataType.Type.UDECIMAL})
_TIMESTAMP_DEFAULTS = ("now()", "current_timestamp", "current_timestamp(6)")


class ColumnReader(ConstraintReader):
    """Reads columns into fields; a column's own CHECK or REFERENCES is read as the table's."""

    def _column(self, table: str, entity: Entity, column: exp.ColumnDef) -> None:
        name = column.name
        if not name:
            # MySQL reads a PostgreSQL `"quoted"` name as a string: a field without a name
            # would be a design nobody could edit or export.
            position = len(self.columns_of[table]) + 1
            raise Misread(self.dialect, f"column {position} of table {table} has no name "
                          f"({SHOWN[self.dialect]} takes a \"quoted\" name for a string)")
        kind = column.args.get("kind")
        if self.dialect == "postgres" and name.upper() in ("KEY", "INDEX") and \
                not column.this.quoted and isinstance(kind, exp.DataType) and \
                kind.this is exp.DataType.Type.USERDEFINED and \
                name_of(kind.args.get("kind")) not in self.enums:
            raise Misread(self.dialect, f"table {table} has a column {name} of the unknown "
                          f"type {name_of(kind.args.get('kind'))} (MySQL's `KEY name (…)`, it "
                          "seems)")
        field = Field(name=name)
        where = f"{table}.{name}"
        self._type(field, column.args.get("kind"), where, table)
        field.nullable = True
        self.columns_of[table][name] = field
        for constraint in column.constraints:
            kind = constraint.kind
            if isinstance(kind, exp.NotNullColumnConstraint):
                field.nullable = bool(kind.args.get("allow_null"))
            elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
                self.primary[table] = [name]
                field.nullable = False
            elif isinstance(kind, exp.UniqueColumnConstraint):
                field.unique = True
            elif isinstance(kind, exp.DefaultColumnConstraint):
                self._default(table, field, kind.this)
            elif isinstance(kind, exp.GeneratedAsIdentityColumnConstraint | \
                            exp.AutoIncrementColumnConstraint):
                self.generated.add((table, name))
            elif isinstance(kind, exp.CommentColumnConstraint):
                field.description = string_of(kind.this)
            elif isinstance(kind, exp.CheckColumnConstraint):
                self._check(table, kind.this)
            elif isinstance(kind, exp.OnUpdateColumnConstraint):
                continue  # MySQL's updated_at: the timestamps say so
            elif isinstance(kind, exp.Reference):
                self._reference(table, [name], kind, where)
            else:
                self.report.note(where, f"column constraint `{constraint.sql(self.dialect)}` "
                                 "has no equivalent; left out")
        entity.fields.append(field)

    def _type(self, field: Field, kind: exp.DataType | None, where: str, table: str) -> None:
        if kind is None:
            field.type = FieldType.STRING.value
            return
        t = kind.this
        params = [int(p.this.this) for p in kind.expressions
                  if isinstance(p, exp.DataTypeParam) and isinstance(p.this, exp.Literal)
                  and not p.this.is_string and str(p.this.this).isdigit()]
        T = exp.DataType.Type
        if t is T.USERDEFINED:
            enum = name_of(kind.args.get("kind"))
            if enum in self.enums:
                field.type = "enum"
                field.enum_values = list(self.enums[enum][0])
                self.enum_columns.setdefault(enum, []).append((table, field))
                return
            self.report.note(where, f"type {enum} is not defined in the file; kept as text")
            field.type = FieldType.TEXT.value
            return
        if t is T.ENUM:
            field.type = "enum"
            field.enum_values = [string_of(v) for v in kind.expressions]
            return
        mysql = self.dialect == "mysql"
        simple = {
            T.UUID: "uuid", T.TEXT: "text", T.MEDIUMTEXT: "text", T.LONGTEXT: "text",
            T.INT: "integer", T.MEDIUMINT: "integer", T.SMALLINT: "integer",
            T.BIGINT: "bigint", T.DOUBLE: "float", T.FLOAT: "float", T.BOOLEAN: "boolean",
            T.DATE: "date", T.TIMESTAMPTZ: "datetime", T.TIMESTAMP: "datetime",
            T.DATETIME: "datetime", T.DATETIME64: "datetime", T.TIME: "time",
            T.VARBINARY: "binary", T.BINARY: "binary", T.BLOB: "binary",
            T.LONGBLOB: "binary", T.JSON: "json", T.JSONB: "json",
        }
        if t in (T.SERIAL, T.BIGSERIAL, T.SMALLSERIAL):
            field.type = FieldType.BIGINT.value if t is T.BIGSERIAL else FieldType.INTEGER.value
            self.generated.add((table, field.name))
        elif t is T.TINYINT and params == [1]:
            field.type = FieldType.BOOLEAN.value
        elif t is T.TINYINT:
            field.type = FieldType.INTEGER.value
        elif t in _UNSIGNED:
            self._unsigned(field, kind, params, where)
            self.unsigned.setdefault(table, []).append(field.name)
        elif t in (T.VARCHAR, T.NVARCHAR):
            field.type = FieldType.STRING.value
            if params and not (mysql and params[0] == 255):
                field.max_length = params[0]
        elif t in (T.CHAR, T.NCHAR) and mysql and params == [36]:
            field.type = FieldType.UUID.value
        elif t in (T.CHAR, T.NCHAR):
            field.type = FieldType.STRING.value
            if params:
                field.max_length = params[0]
                self.report.note(where, f"char({params[0]}) is kept as a string of at most "
                                 f"{params[0]} characters (varchar)")
        elif t in (T.DECIMAL, T.BIGDECIMAL):
            field.type = FieldType.DECIMAL.value
            if params and not (mysql and params == [19, 4]):
                field.precision = params[0]
                field.scale = params[1] if len(params) > 1 else 0
        elif t in simple:
            field.type = simple[t]
            if t is T.TIMESTAMP:
                self.report.note(where, "timestamp without time zone is imported as an "
                                 "instant (timestamptz)")
        else:
            self.report.note(where, f"type {kind.sql(self.dialect)} has no equivalent; kept as "
                             "text")
            field.type = FieldType.TEXT.value

    def _unsigned(self, field: Field, kind: exp.DataType, params: list[int], where: str
                  ) -> None:
        """MySQL's UNSIGNED: the signed type's field with minimum 0. INT UNSIGNED holds more
        than INT does, so it becomes bigint; BIGINT UNSIGNED's upper half has no type."""
        T = exp.DataType.Type
        t = kind.this
        field.minimum = 0
        if t is T.UDECIMAL:
            field.type = FieldType.DECIMAL.value
            if params and params != [19, 4]:
                field.precision = params[0]
                field.scale = params[1] if len(params) > 1 else 0
            return
        field.type = FieldType.BIGINT.value if t in (T.UINT, T.UBIGINT) else \
            FieldType.INTEGER.value
        written = kind.sql(self.dialect)
        if t is T.UINT:
            self.report.note(where, f"{written} is kept as a bigint of minimum 0 (every value "
                             "of it fits)")
        elif t is T.UBIGINT:
            self.report.note(where, f"{written} is kept as a bigint of minimum 0: values above "
                             "9223372036854775807 do not fit")

    def _default(self, table: str, field: Field, value: exp.Expression) -> None:
        if isinstance(value, exp.Paren):
            value = value.this
        if isinstance(value, exp.Uuid) or value.sql(self.dialect).lower() in (
                "gen_random_uuid()", "uuid()"):
            self.generated.add((table, field.name))
            return
        if isinstance(value, exp.CurrentTimestamp) or value.sql(self.dialect).lower() in \
                _TIMESTAMP_DEFAULTS:
            field.default = "now()"
            return
        if isinstance(value, exp.CurrentDate):
            field.default = "current_date"
            return
        if isinstance(value, exp.Boolean):
            field.default = "true" if value.this else "false"
        elif field.type == "boolean" and isinstance(value, exp.Literal) and \
                str(value.this) in ("0", "1"):
            field.default = "true" if str(value.this) == "1" else "false"  # TINYINT(1)
        elif isinstance(value, exp.Literal) and value.is_string and field.type == "json":
            field.default = value.this  # a JSON column's default is JSON text in a string
        elif isinstance(value, exp.Literal) and value.is_string:
            field.default = "'" + value.this + "'"
        elif isinstance(value, exp.Literal):
            field.default = str(value.this)
        elif isinstance(value, exp.Neg) and isinstance(value.this, exp.Literal):
            field.default = "-" + str(value.this.this)
        elif isinstance(value, exp.Null):
            return
        else:
            field.default = value.sql(self.dialect)
