"""Diagrams of the asynchronous parts: the event flow (who publishes what on which channel and
who consumes it) and one sequence diagram per flow of the design, its compensations in an
`alt` block. Everything is drawn from the resolved events (`designer.contract.events`), so the
diagrams name the channels and messages the AsyncAPI contract has.
"""

from __future__ import annotations

from designer.contract.events import EventFacts, Kind, resolve
from designer.export.diagram_parts import Diagram, participants, say, system
from designer.export.diagram_parts import link as _link
from designer.export.diagram_parts import node as _node
from designer.export.mermaid_text import Alt, FlowChart, Link, Node, SequenceDiagram, script
from designer.model import Design
from designer.model.events import Flow, FlowKind


def event_flow(design: Design, facts: EventFacts) -> Diagram | None:
    """Services → broker channels → services, edges labelled with the messages; None when
    the design has no broker channel."""
    channels = [c for c in facts.channels if c.kind is Kind.BROKER]
    if not channels:
        return None
    actors: dict[str, Node] = {}
    nodes: list[Node] = []
    links: list[Link] = []

    def actor(name: str, external: bool) -> Node:
        if name not in actors:
            shape = "parallelogram" if external else "normal"
            actors[name] = _node(f"a{len(actors) + 1}", name, shape)
            nodes.append(actors[name])
        return actors[name]

    by_name: dict[str, Node] = {}
    for i, channel in enumerate(channels):
        node = _node(f"c{i + 1}", channel.name if channel.address == channel.name
                     else f"{channel.name} ({channel.address})", "subroutine-shape")
        nodes.append(node)
        by_name.setdefault(channel.name, node)
        for op in facts.operations:
            if op.channel is channel:
                who = actor(op.actor, op.external)
                message = ", ".join(op.messages)
                links.append(_link(who, node, message) if op.action == "send"
                             else _link(node, who, message, dotted=True))
    dead_links: set[tuple[str, str]] = set()
    for op in facts.operations:
        # A consumer whose retries run out moves the message to its dead-letter channel; one
        # edge per service and channel, however many channels it consumes from.
        dead = op.consumer.dead_letter if op.consumer else ""
        if dead in by_name and op.actor in actors and (op.actor, dead) not in dead_links:
            dead_links.add((op.actor, dead))
            links.append(_link(actors[op.actor], by_name[dead], "dead letters", dotted=True))
    title = f"Event flow of {system(design)}"
    chart = FlowChart(title, nodes=nodes, links=links, orientation="LR")
    return Diagram("events", title, script(chart, title))


_KIND = {FlowKind.ORCHESTRATION: "orchestrated saga", FlowKind.CHOREOGRAPHY: "choreographed saga",
         FlowKind.INTERACTION: "flow"}


def flow_sequence(design: Design, facts: EventFacts, flow: Flow, index: int) -> Diagram:
    """The steps of `flow` in order; each published message goes to the broker and on to its
    consumers among the flow's participants; compensations run in reverse when a step fails."""
    names = list(dict.fromkeys(s.service or "?" for s in flow.steps))
    broker = any(s.message and facts.channels_of(s.message) for s in flow.steps)
    people = participants(*names, *(["broker"] if broker else []))
    by_name = dict(zip(names, people, strict=False))
    hub = people[-1] if broker else None
    items: list = []
    for step in flow.steps:
        who = by_name[step.service or "?"]
        if step.action.strip():
            items.append(say(who, who, step.action))
        if step.message and hub is not None:
            items.append(say(who, hub, f"publish {step.message}"))
            for receiver in facts.receivers(step.message):
                if receiver in by_name:
                    items.append(say(hub, by_name[receiver], step.message, reply=True))
    undo = [(s, c) for s in flow.steps if (c := s.compensation.strip())]
    if undo:
        last = by_name[flow.steps[-1].service or "?"]
        items.append(Alt({
            "every step succeeds": [say(last, last, "done")],
            "a later step fails": [say(by_name[s.service or "?"], by_name[s.service or "?"],
                                       f"compensate: {c}") for s, c in reversed(undo)],
        }))
    title = f"{flow.name or f'flow {index + 1}'} ({_KIND[flow.kind]}) in {system(design)}"
    chart = SequenceDiagram(title, [*people, *items])  # type: ignore[arg-type]
    return Diagram(f"flow-{index + 1}", title, script(chart, title))


def event_diagrams(design: Design) -> list[Diagram]:
    """The event flow (when there are broker channels) and one diagram per flow with steps."""
    facts = resolve(design)
    out = []
    found = event_flow(design, facts)
    if found is not None:
        out.append(found)
    out += [flow_sequence(design, facts, flow, i)
            for i, flow in enumerate(design.architecture.events.flows) if flow.steps]
    return out
