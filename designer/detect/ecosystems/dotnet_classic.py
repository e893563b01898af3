"""Old-style .NET Framework projects that cannot serve the System.Web frameworks they name.

ASP.NET MVC 5 and Web API 2 (and OWIN's System.Web host) run inside IIS's pipeline, or in a
program that opens its own HTTP listener. IIS loads a *web application project*: Visual
Studio marks it with the Web Application project type (`<ProjectTypeGuids>{349c5851-65df-
11da-9384-00065b846f21};…`, which every MVC and Web API template carries), and it keeps a
`Web.config` (or the base its build transforms into one) and a `Global.asax` beside it. A
program of its own hosts them only through a self-host package (OWIN's HTTP listener, Web
API's self host, Nancy's).

A classic project with none of these references `Microsoft.AspNet.WebApi.Core` or
`Microsoft.AspNet.Mvc` for their types: a client library handing out MVC `HtmlHelper`
extensions or Web API formatters, a WebJob or console sharing models with a site. The parser
records its output type (`ManifestResult.unhosted`); `dotnet_classic_units` confirms that no
web file lies beside it and settles it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

WEB_APPLICATION = "349c5851-65df-11da-9384-00065b846f21"
"""Visual Studio's Web Application project type (ASP.NET Web Forms, MVC and Web API alike)."""

SELF_HOSTS = frozenset(
    {
        "microsoft.owin.host.httplistener",
        "microsoft.owin.hosting",
        "microsoft.owin.selfhost",
        "microsoft.aspnet.webapi.selfhost",
        "microsoft.aspnet.webapi.owinselfhost",
        "microsoft.aspnet.signalr.selfhost",
        "nancy.hosting.self",
    }
)
"""Packages that let a program of its own listen for HTTP on the .NET Framework."""

_OUTPUTS = frozenset({"library", "exe", "winexe"})


def is_web_item(name: str) -> bool:
    """Whether a file name (any case) is one only a project IIS loads keeps: its
    `Web.config`, a `Web.Base.config` or `Web.Release.config` its build transforms, its
    `Global.asax` (and code-behind)."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return (name.startswith("web.") and name.endswith(".config")) or name.startswith(
        "global.asax"
    )


def unhosted(root: ET.Element, output_type: str, packages: set[str]) -> str:
    """The output type (`library`, `exe`, `winexe`) of a classic project that is no web
    application project by its file (no Web Application type, no web item listed) and
    references no self-host package, or "". `packages` are lower-cased."""
    if output_type not in _OUTPUTS or packages & SELF_HOSTS:
        return ""
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "ProjectTypeGuids" and WEB_APPLICATION in (element.text or "").lower():
            return ""
        if any(is_web_item(element.get(a, "")) for a in ("Include", "Source", "Destination")):
            return ""
    return output_type
