"""Held-out set 91 (#19): a Spring Boot 1.5 application whose web layer is a Vaadin 7
server-side UI (vaadin-spring-boot-starter; `@SpringUI` on a class extending `UI`, `@SpringView`
views), served through a subclass of `SpringVaadinServlet` registered with `@WebServlet`, and
one `@Controller` whose two `@GetMapping`s (`/`, `/login`) only `sendRedirect` to the UI's
path, beside the repository's REST API. It renders UI components: not a backend, as set 76
left out a Vaadin server. The same application with a REST controller beside, or with a
mapping that answers with content, stays a backend; without the Vaadin UI (the servlet and the
redirects alone) it keeps the old answer.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import dep, pom, write

_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>1.5.22.RELEASE</version>
  </parent>"""

_DEPS = "\n".join(
    (
        dep("org.springframework.boot", "spring-boot-starter-security"),
        dep("org.springframework.boot", "spring-boot-starter-tomcat"),
        dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
        dep("org.postgresql", "postgresql"),
        dep("com.vaadin", "vaadin-spring-boot-starter", version="1.2.0"),
        dep("com.vaadin", "vaadin-themes"),
    )
)

_APP = """package org.example.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegistryApplication {
    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
"""

_UI = """package org.example.registry.ui;

import com.vaadin.annotations.Theme;
import com.vaadin.server.VaadinRequest;
import com.vaadin.spring.annotation.SpringUI;
import com.vaadin.ui.UI;

@SpringUI(path = RegistryUI.PATH)
@Theme("registrytheme")
public class RegistryUI extends UI {
    public static final String PATH = "klass";

    @Override
    protected void init(VaadinRequest request) {
    }
}
"""

_VIEW = """package org.example.registry.ui;

import com.vaadin.navigator.View;
import com.vaadin.spring.annotation.SpringView;
import com.vaadin.ui.VerticalLayout;

@SpringView(name = ListView.NAME)
public class ListView extends VerticalLayout implements View {
    public static final String NAME = "list";
}
"""

_SERVLET = """package org.example.registry.auth;

import com.vaadin.spring.server.SpringVaadinServlet;
import org.springframework.stereotype.Component;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;

@Component("vaadinServlet")
@WebServlet(urlPatterns = "/*", name = "AuthVaadinServlet", asyncSupported = true)
public class AuthVaadinServlet extends SpringVaadinServlet {
    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
    }
}
"""

_REDIRECT = """package org.example.registry.controllers;

import org.example.registry.ui.RegistryUI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

@Controller
public class RedirectController {

    @GetMapping("/")
    public void redirectRoot(HttpServletResponse response) throws IOException {
        response.sendRedirect("/" + RegistryUI.PATH);
    }

    @GetMapping("/login")
    public void redirectLogin(HttpServletResponse response) throws IOException {
        response.sendRedirect("/" + RegistryUI.PATH);
    }
%s}
"""

_CONTENT_MAPPING = """
    @GetMapping("/version")
    @ResponseBody
    public String version() {
        return "5.0.4";
    }
"""

_REST = """package org.example.registry.controllers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ClassificationController {
    @GetMapping("/api/classifications")
    public String list() {
        return "[]";
    }
}
"""

_SRC = "forvaltning/src/main/java/org/example/registry"

_API_APP = _APP.replace("package org.example.registry;", "package org.example.api;").replace(
    "RegistryApplication", "ApiApplication"
)
_API_REST = _REST.replace("package org.example.registry.controllers;", "package org.example.api;")


def _folders(root: Path, ui: bool = True, rest: bool = False, content: bool = False) -> set[str]:
    web = dep("org.springframework.boot", "spring-boot-starter-web")
    files = {
        "api/pom.xml": pom(web, parent=_PARENT).replace("<artifactId>demo", "<artifactId>api"),
        "api/src/main/java/org/example/api/ApiApplication.java": _API_APP,
        "api/src/main/java/org/example/api/ClassificationController.java": _API_REST,
        "forvaltning/pom.xml": pom(_DEPS, parent=_PARENT),
        f"{_SRC}/RegistryApplication.java": _APP,
        f"{_SRC}/auth/AuthVaadinServlet.java": _SERVLET,
        f"{_SRC}/controllers/RedirectController.java": _REDIRECT
        % (_CONTENT_MAPPING if content else ""),
    }
    if ui:
        files[f"{_SRC}/ui/RegistryUI.java"] = _UI
        files[f"{_SRC}/ui/ListView.java"] = _VIEW
    if rest:
        files[f"{_SRC}/controllers/ClassificationController.java"] = _REST
    return set(by_folder(write(root, files)))


def test_a_vaadin_server_side_ui_is_no_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path) == {"api"}


def test_a_rest_controller_beside_keeps_it_a_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, rest=True) == {"api", "forvaltning"}


def test_a_mapping_answering_content_keeps_it_a_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, content=True) == {"api", "forvaltning"}


def test_without_the_vaadin_ui_the_old_answer_stays(tmp_path: Path) -> None:
    assert _folders(tmp_path, ui=False) == {"api", "forvaltning"}
