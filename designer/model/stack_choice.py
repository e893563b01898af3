"""Stage 2: the chosen technology stack, with the last detection kept as its evidence."""

from designer.model.base import Part
from designer.model.stack import Detection


class Stack(Part):
    """The chosen stack; detection pre-fills it, the user has the last word."""

    language: str = ""
    """Main language, e.g. Python."""
    language_version: str = ""
    """e.g. 3.12."""
    framework: str = ""
    """Web framework, e.g. FastAPI; "other" plus `framework_other` when not listed."""
    framework_other: str = ""
    """Framework name when `framework` is "other"."""
    framework_version: str = ""
    """Framework version."""
    server: str = ""
    """Application server, e.g. Uvicorn, Gunicorn, Node, Tomcat."""
    cache: str = ""
    """Cache client technology, e.g. Redis."""
    test_framework: str = ""
    """Main test framework found or chosen, e.g. pytest."""
    detection: Detection | None = None
    """The last detection run, kept as evidence for the document."""
