"""The rule catalogue, one module per category; importing this package registers every rule."""

from designer.review.rules import (  # noqa: F401 - imported to register the rules
    acceptance,
    api,
    architecture,
    data,
    events,
    model,
    operations,
    performance,
    rpc,
    schema,
    security,
    signin,
    testing,
    writes,
)
