"""Held-out set 317 (#19): programs built as AWS Lambda functions are no backends, whatever
web framework they name. A Quarkus project declaring the amazon-lambda extension at run time
packages a function, JAX-RS resources and all; a Node package whose own Dockerfile builds
from AWS's Lambda base image and names a handler as its CMD is run by the image's runtime
interface, its Express `server.js` only the handler's library. The same Quarkus project on its
HTTP server, and the same Express package in a Node image, stay backends."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_API_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>reports</artifactId>
  <version>1.0.0</version>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.quarkus.platform</groupId>
        <artifactId>quarkus-bom</artifactId>
        <version>3.19.1</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-rest</artifactId>
    </dependency>
    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-rest-jackson</artifactId>
    </dependency>
{extra}  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>io.quarkus.platform</groupId>
        <artifactId>quarkus-maven-plugin</artifactId>
        <version>3.19.1</version>
      </plugin>
    </plugins>
  </build>
</project>
"""

_LAMBDA = """    <dependency>
      <groupId>io.quarkus</groupId>
      <artifactId>quarkus-amazon-lambda</artifactId>
    </dependency>
"""

_RESOURCE = """package org.example;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/reports")
public class ReportResource {
    @POST
    public String generate(String body) {
        return body;
    }
}
"""


def _quarkus(lambda_extension: bool) -> dict[str, str]:
    return {
        "report/pom.xml": _API_POM.replace("{extra}", _LAMBDA if lambda_extension else ""),
        "report/src/main/java/org/example/ReportResource.java": _RESOURCE,
    }


def test_quarkus_project_with_the_lambda_extension_is_a_function(tmp_path: Path) -> None:
    assert "report" not in by_folder(write(tmp_path, _quarkus(lambda_extension=True)))


def test_quarkus_project_on_its_http_server_stays(tmp_path: Path) -> None:
    assert "report" in by_folder(write(tmp_path, _quarkus(lambda_extension=False)))


_SERVER = """const express = require("express");
const fileUpload = require("express-fileupload");
const app = express();
app.use(fileUpload());

async function extract(buffer) {
  return [buffer.length];
}

app.post("/upload", async (req, res) => {
  res.json(await extract(req.files.file.data));
});

if (require.main === module) {
  app.listen(3000);
}

module.exports = { app, extract };
"""

_HANDLER = """const { extract } = require('./server');

exports.handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify(await extract(Buffer.from(event.file, 'base64'))),
});
"""


def _node(base: str, command: str) -> dict[str, str]:
    manifest = {
        "name": "extractor",
        "main": "server.js",
        "scripts": {"test": "jest"},
        "dependencies": {"express": "5.1.0", "express-fileupload": "1.5.1"},
        "devDependencies": {"jest": "29.7.0"},
    }
    return {
        "extractor/package.json": json.dumps(manifest, indent=2),
        "extractor/server.js": _SERVER,
        "extractor/lambda.js": _HANDLER,
        "extractor/Dockerfile": f"FROM {base}\nWORKDIR /var/task\nCOPY package*.json ./\n"
        f"RUN npm install\nCOPY server.js .\nCOPY lambda.js .\nCMD {command}\n",
    }


def test_node_package_in_a_lambda_image_calling_a_handler_is_a_function(
    tmp_path: Path,
) -> None:
    files = _node("public.ecr.aws/lambda/nodejs:20", '["lambda.handler"]')
    assert "extractor" not in by_folder(write(tmp_path, files))


def test_node_package_in_a_node_image_starting_its_server_stays(tmp_path: Path) -> None:
    files = _node("node:20-alpine", '["node", "server.js"]')
    assert "extractor" in by_folder(write(tmp_path, files))
