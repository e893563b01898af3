"""Every path designer uses, in one place.

`DESIGNER_HOME` overrides the per-user data directory so that tests (and anyone who wants a
portable setup) never touch the real home directory.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
"""The installed `designer` package folder."""

DESIGN_SUFFIX = ".design.yaml"
"""File name ending of a saved design; `designer new NAME` writes `NAME.design.yaml`."""


def data_home() -> Path:
    """The folder for designer's own state (recent sessions); created on demand by writers."""
    override = os.environ.get("DESIGNER_HOME")
    if override:
        return Path(override).expanduser()
    # Imported here: platformdirs is only needed when no override is set.
    from platformdirs import user_data_path

    return user_data_path("designer", appauthor=False)


def recent_index_path() -> Path:
    """The recent-sessions index file."""
    return data_home() / "recent.yaml"


def settings_path() -> Path:
    """The app's remembered choices (the theme)."""
    return data_home() / "settings.yaml"


def _resource_dir(name: str) -> Path:
    """Find a data folder shipped with designer, installed or in a source checkout.

    In a wheel the folders are copied into the package (`designer/questionnaires`), found
    through importlib.resources; in a checkout (and an editable install) they stay at the
    repository root beside `designer/`, outside the package, where only the file system sees
    them. Callers (the questionnaire loader, Jinja's FileSystemLoader) need a real folder: a
    package installed as a zip is not supported, and pip never installs one.
    """
    from importlib import resources  # only here: building the CLI parser imports this module

    packaged = resources.files("designer").joinpath(name)
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    checkout = PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"designer's {name}/ folder is missing from this installation")


def questionnaires_dir() -> Path:
    """The folder holding one questionnaire YAML file per stage."""
    return _resource_dir("questionnaires")


def cache_home() -> Path:
    """The folder for what designer can always rebuild (compiled templates); `DESIGNER_HOME`
    moves it too."""
    override = os.environ.get("DESIGNER_HOME")
    if override:
        return Path(override).expanduser() / "cache"
    from platformdirs import user_cache_path

    return user_cache_path("designer", appauthor=False)


def templates_dir() -> Path:
    """The folder holding the Jinja2 templates of the architecture document."""
    return _resource_dir("templates")
