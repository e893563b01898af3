""".NET: modules of a desktop application that name a web framework: its code, not services.

A desktop application (a WPF or Windows Forms window, an Avalonia one) is no backend
(HELDOUT.md), and neither are the modules it is built from. One of them may reference a web
framework's helper package (ASP.NET Core's query-string or HTTP extensions, used to build a
download link) with no entry point of its own and nothing deploying it: once the application
is set aside as a desktop one, such a module would stand alone as a service. Where the
desktop application reaches it through its references (directly or through other modules)
and no other candidate service does, it is the application's code.
"""

from __future__ import annotations

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.nonservices import is_desktop, reaches_module

LANGUAGE = "dotnet"


def desktop_libraries(
    ordered: list[Unit], framework: set[str], units: dict[str, Unit], eco: dict[str, str]
) -> set[str]:
    """The folders in `framework` with no entry point, nothing deploying them, that only
    desktop applications of their ecosystem reach."""
    desktops = [u for u in ordered if eco.get(u.folder) == LANGUAGE and is_desktop(u)]
    if not desktops:
        return set()
    loose = [
        u
        for u in ordered
        if u.folder in framework and not has_entry_point(u) and not u.deployable
    ]
    found: set[str] = set()
    for module in loose:
        language = eco[module.folder]
        if language != LANGUAGE:
            continue
        users = [
            u
            for u in ordered
            if u is not module
            and eco.get(u.folder) == language
            and (u in desktops or u.folder in framework)
            and reaches_module(u, module, units, language)
        ]
        if users and all(u in desktops for u in users):
            found.add(module.folder)
    return found
