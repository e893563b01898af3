"""A Spring Boot SFTP inbox, as set 102 showed it (benchmarks/detect_heldout102.yaml, #19): an
application with the web starter (for Actuator's probes), the AMQP starter it publishes
upload events through and Apache MINA SSHD's SFTP server, no data layer, and code that starts
an `SshServer` and declares no controller. Its clients speak SFTP: no backend. The data API
beside it stays one; so does the inbox once it declares a controller of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_BOOT = "org.springframework.boot"

_INBOX_POM = pom(
    "\n".join(
        (
            dep(_BOOT, "spring-boot-starter-web"),
            dep(_BOOT, "spring-boot-starter-actuator"),
            dep(_BOOT, "spring-boot-starter-security"),
            dep(_BOOT, "spring-boot-starter-amqp"),
            dep("org.apache.sshd", "sshd-sftp", version="2.16.0"),
            dep("com.amazonaws", "aws-java-sdk-s3", version="1.12.793"),
            dep(_BOOT, "spring-boot-starter-test", scope="test"),
        )
    ),
    parent=SPRING_PARENT,
)

_MAIN = (
    "package org.example.inbox;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class InboxApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(InboxApplication.class, args);\n    }\n}\n"
)

_SFTP = (
    "package org.example.inbox.configuration;\n\n"
    "import org.apache.sshd.server.SshServer;\n"
    "import org.apache.sshd.sftp.server.SftpSubsystemFactory;\n"
    "import org.springframework.context.annotation.Bean;\n"
    "import org.springframework.context.annotation.Configuration;\n\n"
    "@Configuration\npublic class SFTPConfiguration {\n    @Bean\n"
    "    public SshServer sshServer() {\n"
    "        SshServer sshd = SshServer.setUpDefaultServer();\n"
    "        sshd.setSubsystemFactories(java.util.List.of(new SftpSubsystemFactory()));\n"
    "        return sshd;\n    }\n}\n"
)

_CONTROLLER = (
    "package org.example.inbox.web;\n\n"
    "import org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class UploadsController {\n"
    '    @GetMapping("/uploads")\n    public java.util.List<String> uploads() {\n'
    "        return java.util.List.of();\n    }\n}\n"
)

_API = {
    "doa/pom.xml": pom(
        "\n".join(
            (
                dep(_BOOT, "spring-boot-starter-web"),
                dep(_BOOT, "spring-boot-starter-data-jpa"),
                dep("org.postgresql", "postgresql"),
            )
        ),
        parent=SPRING_PARENT,
    ),
    "doa/src/main/java/org/example/doa/DoaApplication.java": _MAIN.replace("inbox", "doa").replace(
        "InboxApplication", "DoaApplication"
    ),
    "doa/src/main/java/org/example/doa/FilesController.java": _CONTROLLER.replace(
        "inbox.web", "doa"
    ),
    "doa/src/main/resources/application.yml": (
        "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/archive\n"
    ),
}


def _inbox(*extra: tuple[str, str]) -> dict[str, str]:
    return {
        "inbox/pom.xml": _INBOX_POM,
        "inbox/src/main/java/org/example/inbox/InboxApplication.java": _MAIN,
        "inbox/src/main/java/org/example/inbox/configuration/SFTPConfiguration.java": _SFTP,
        "inbox/src/main/resources/application.properties": (
            "management.endpoints.web.base-path=/\ninbox.port=${INBOX_PORT:2222}\n"
        ),
        **dict(extra),
    }


def test_an_sftp_inbox_serving_only_actuator_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_API, **_inbox()}))
    assert set(found) == {"doa"}
    assert first(found["doa"], K.FRAMEWORK)[0] == "Spring Boot"


def test_an_sftp_inbox_with_a_controller_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a controller of its own serves HTTP clients beside the SFTP server.
    controller = ("inbox/src/main/java/org/example/inbox/web/UploadsController.java", _CONTROLLER)
    found = by_folder(write(tmp_path, {**_API, **_inbox(controller)}))
    assert set(found) == {"doa", "inbox"}
