"""Renaming a message renames every use of it and nothing else, whatever the names hold
(quotes, Korean, emoji, another message's name as a prefix)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.model import Design, problems
from designer.model.api import Channel, Webhook
from designer.model.architecture import Service
from designer.model.events import Flow, FlowStep, Message, Topic
from designer.tui.editors.renames import message_uses, rename_message

_NAMES = st.one_of(
    st.text(min_size=1, max_size=16).filter(lambda s: s.strip() == s and s != ""),
    st.sampled_from(['order "paid"', "주문.결제됨", "🎉 party", "o'brien", "order", "order.paid"]),
)


def _design(old: str, other: str) -> Design:
    design = Design.new("Shop")
    design.architecture.events.messages = [Message(name=old), Message(name=other)]
    design.architecture.services = [
        Service(name="orders", publishes=[old, other]),
        Service(name="mail", consumes=[other, old]),
    ]
    design.architecture.events.topics = [Topic(name="orders", messages=[old, other])]
    design.architecture.events.flows = [Flow(name="checkout", steps=[
        FlowStep(service="orders", action="place", message=old),
        FlowStep(service="mail", action="send", message=other)])]
    design.api.channels = [Channel(name="live", path="/ws", to_client=[old], to_server=[other])]
    design.api.webhooks = [Webhook(event=old), Webhook(event="named", message=old),
                           Webhook(event=other)]
    return design


@settings(max_examples=200, deadline=None)
@given(old=_NAMES, new=_NAMES, other=_NAMES)
def test_every_use_follows_the_rename_and_nothing_else_moves(old: str, new: str,
                                                             other: str) -> None:
    if len({old, new, other}) < 3:
        return
    design = _design(old, other)
    before = message_uses(design, old)
    others = message_uses(design, other)
    design.architecture.events.messages[0].name = new  # what the editor's form saves
    rename_message(design, old, new)
    assert message_uses(design, old) == 0
    assert message_uses(design, new) == before
    assert message_uses(design, other) == others
    assert [s.publishes for s in design.architecture.services] == [[new, other], []]
    assert [s.consumes for s in design.architecture.services] == [[], [other, new]]
    assert design.architecture.events.topics[0].messages == [new, other]
    assert [s.message for s in design.architecture.events.flows[0].steps] == [new, other]
    assert design.api.channels[0].to_client == [new]
    # The webhook keeps its public event name and now names the message it delivers.
    assert [(h.event, h.message) for h in design.api.webhooks] == [
        (old, new), ("named", new), (other, "")]
    assert not [p for p in problems(design) if "unknown message" in p.message
                or "not in the message catalogue" in p.message]


def test_a_rename_to_itself_or_from_nothing_changes_nothing() -> None:
    design = _design("a", "b")
    snapshot = design.model_dump()
    rename_message(design, "a", "a")
    rename_message(design, "", "x")
    assert design.model_dump() == snapshot
