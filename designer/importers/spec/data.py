"""Data models given as tables or lists: entities and their fields.
"""

from __future__ import annotations

import re

from designer.contract.naming import pascal
from designer.importers.spec.sections import _HEADING
from designer.importers.spec.state import State
from designer.importers.spec.words import _ITEM, _TYPES, _field_type, _split_fields
from designer.model.data import Entity, Field


class DataReader(State):
    """Reads data model sections into entities."""

    def _data(self, line: str) -> bool:
        heading = _HEADING.match(line)
        stripped = line.strip()
        if heading:
            self._start_entity(heading[2])
            return True
        if stripped.startswith("|"):
            return self._table_row(stripped)
        item = _ITEM.match(line)
        if item:
            text = item[1].strip()
            named = re.match(r"\**([A-Za-z][A-Za-z0-9_]*)\**\s*[:：]\s*(.+)$", text)
            if named and "," in named[2] and (self.entity is None or named[1][0].isupper()):
                self._start_entity(named[1])
                for part in _split_fields(named[2]):
                    self._field_text(part)
                return True
            if self.entity is not None:
                return self._field_text(text)
        if line[:1].isspace() and self.entity is not None and not item:
            # The list of fields goes on, on an indented line.
            parts = _split_fields(stripped.rstrip(","))
            return all(self._field_text(p) for p in parts)
        bold = re.fullmatch(r"\*\*([A-Za-z][A-Za-z0-9_ ]*)\*\*:?", stripped)
        if bold:
            self._start_entity(bold[1])
            return True
        return False

    def _start_entity(self, title: str) -> None:
        name = pascal(re.sub(r"\(.*?\)", "", title).replace("`", "")) or title.strip()
        entity = self.design.data.entity(name)
        if entity is None:
            entity = Entity(name=name)
            self.design.data.entities.append(entity)
        self.entity = entity

    def _table_row(self, row: str) -> bool:
        cells = [c.strip().strip("`") for c in row.strip("|").split("|")]
        if self.entity is None or not cells or set("".join(cells)) <= set("-: "):
            return True
        if len(cells) > 1 and cells[1].lower() in ("type", "타입", "자료형", "형식", "데이터 타입"):
            return True  # the header row
        kind = cells[1] if len(cells) > 1 else "string"
        notes = " ".join(cells[2:])
        return self._field_text(f"{cells[0]} ({kind}{', ' + notes if notes else ''})")

    def _field_text(self, text: str) -> bool:
        """`email (email, unique)`, `name: string(100)`, `user_id → User`."""
        entity = self.entity
        if entity is None:
            return False
        match = re.match(r"\**`?([A-Za-z_][A-Za-z0-9_]*)`?\**\s*(?:[:(]\s*(.*?)\)?)?\s*$",
                         text.strip())
        if not match:
            return False
        name, notes = match[1], (match[2] or "")
        field = Field(name=name, type=_field_type(name))
        words = _split_fields(notes.replace(";", ","))
        for word in words:
            lower = word.lower()
            typed = re.fullmatch(r"([a-z가-힣]+)\s*(?:\((\d+)(?:\s*,\s*(\d+))?\))?", lower)
            if typed and typed[1] in _TYPES:
                field.type = _TYPES[typed[1]]
                if typed[2] and field.type == "string":
                    field.max_length = int(typed[2])
                elif typed[2] and field.type == "decimal":
                    field.precision = int(typed[2])
                    field.scale = int(typed[3]) if typed[3] else 0
            elif lower in ("pk", "primary key", "기본키", "기본 키"):
                field.primary_key = True
            elif lower in ("unique", "유니크", "고유"):
                field.unique = True
            elif lower in ("nullable", "optional", "null", "선택"):
                field.nullable = True
            elif lower in ("not null", "required", "필수"):
                field.nullable = False
            elif ref := re.match(r"(?:fk|references|참조)\s*(?:→|->|:)?\s*([A-Za-z_]\w*)",
                                 word, re.I):
                field.references = ref[1]
            else:
                self.report.note(f"{entity.name}.{name}", f"`{word}` is not a type or "
                                 "constraint designer knows; left out")
        if entity.field(name) is None:
            entity.fields.append(field)
        return True
