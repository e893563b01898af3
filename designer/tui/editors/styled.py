"""What the GraphQL and gRPC editors share: they show only while the design's API style has
their part, and their dialogs name bodies (entities and schemas) by choice, never by typing."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel

from designer.model.api import ApiStyle, SchemaRef, Variant
from designer.model.design import Design


class StyleGate:
    """Mixin of an `Editor`: displayed only while `design.api.style` is one of `STYLES`
    (answering the style question shows or hides it at once)."""

    STYLES: ClassVar[frozenset[ApiStyle]] = frozenset()
    """Styles whose designs have this editor's part."""
    design: Design
    display: bool

    def applies(self) -> bool:
        """The design's style has this part."""
        return self.design.api.style in self.STYLES

    def gate(self) -> None:
        """Show or hide the editor for the design's style."""
        shown = self.applies()
        if self.display != shown:
            self.display = shown

    def question_answered(self, question_id: str) -> None:
        """The style question may have changed the part the design has."""
        self.gate()


def bodies(design: Design) -> list[str]:
    """Names a body may refer to: entities, then named schemas."""
    return [e.name for e in design.data.entities if e.name] + [
        s.name for s in design.api.schemas if s.name]


def ref_text(ref: SchemaRef | None, empty: str) -> str:
    """`Order`, `Order (create)`, `[Order]`; `empty` for none."""
    if ref is None:
        return empty
    text = ref.name if ref.variant is Variant.READ else f"{ref.name} ({ref.variant.value})"
    return f"[{text}]" if ref.many else text


def to_ref(name: str, variant: Variant | None, many: bool) -> SchemaRef | None:
    """The reference a dialog's three controls describe; None without a name."""
    if not name:
        return None
    return SchemaRef(name=name, variant=variant or Variant.READ, many=many)


def flat(ref: SchemaRef | None, prefix: str) -> dict[str, Any]:
    """A reference as a dialog's `prefix`, `prefix_variant` and `prefix_many` values."""
    return {prefix: ref.name if ref else "", f"{prefix}_variant": ref.variant if ref else None,
            f"{prefix}_many": bool(ref and ref.many)}


def merged(original: BaseModel | None, model: type[BaseModel], **values: Any) -> Any:
    """`original` (or a new `model`) with `values` over it, validated."""
    base = original.model_dump() if original is not None else {}
    return model.model_validate({**base, **values})
