"""Which rich editors the design screen mounts under each stage's questionnaire."""

from __future__ import annotations

from designer.model.progress import Stage
from designer.tui.editors.base import Editor
from designer.tui.editors.channels import TopicsEditor
from designer.tui.editors.detection import DetectionEditor
from designer.tui.editors.endpoints import EndpointsEditor
from designer.tui.editors.entities import EntitiesEditor
from designer.tui.editors.event_settings import EventSettingsEditor
from designer.tui.editors.events import WebhookSigningEditor
from designer.tui.editors.flows import FlowsEditor
from designer.tui.editors.graphql import (
    GraphQLInterfacesEditor,
    GraphQLOperationsEditor,
    GraphQLSettingsEditor,
)
from designer.tui.editors.grpc import GrpcErrorsEditor, GrpcPackageEditor, GrpcServicesEditor
from designer.tui.editors.lists import (
    CachingEditor,
    DatabasesEditor,
    DecisionsEditor,
    EnumsEditor,
    EnvVarsEditor,
    FeaturesEditor,
    IntegrationsEditor,
    RolesEditor,
    ScopesEditor,
    ServicesEditor,
)
from designer.tui.editors.matrix import PermissionMatrixEditor
from designer.tui.editors.messages import MessagesEditor
from designer.tui.editors.schemas import SchemasEditor
from designer.tui.editors.traffic import TrafficMatrixEditor
from designer.tui.editors.webhooks import ChannelsEditor, WebhookDeliveryEditor, WebhooksEditor

EDITORS: dict[Stage, tuple[type[Editor], ...]] = {
    Stage.REQUIREMENTS: (FeaturesEditor, IntegrationsEditor, ServicesEditor, MessagesEditor,
                         TopicsEditor, TrafficMatrixEditor, FlowsEditor, EventSettingsEditor),
    Stage.STACK: (DetectionEditor,),
    Stage.API: (EndpointsEditor, SchemasEditor, ChannelsEditor, WebhooksEditor,
                WebhookSigningEditor, WebhookDeliveryEditor,
                # Shown only while the API style has the part (graphql / grpc / mixed).
                GraphQLOperationsEditor, GraphQLSettingsEditor, GraphQLInterfacesEditor,
                GrpcPackageEditor, GrpcServicesEditor, GrpcErrorsEditor),
    Stage.DATA: (DatabasesEditor, EnumsEditor, EntitiesEditor, CachingEditor),
    Stage.AUTH: (RolesEditor, PermissionMatrixEditor, ScopesEditor),
    Stage.TESTING: (),
    Stage.OPERATIONS: (EnvVarsEditor,),
    Stage.REVIEW: (DecisionsEditor,),
}
"""Editors per stage, in the order they appear below the questions."""


def editors_for(stage: Stage) -> list[type[Editor]]:
    """Editor classes the screen mounts for `stage`, each built as `EditorClass(design)`."""
    return list(EDITORS[stage])
