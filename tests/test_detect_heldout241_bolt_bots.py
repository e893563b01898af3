"""Node: a Slack Bolt bot whose Express only comes with Bolt is no backend (set 241, #19).

A product's Slack bot (a package beside its API) builds Bolt's `new App({...})`, whose own
receiver answers Slack's events and install callbacks over Express, and adds a health route
through `customRoutes`; it declares `express` for Bolt, but none of its code loads it. It relays
the messages to the product's API and keeps no data: no backend (`node_chat_bots`). Code that
loads Express itself, or a data layer, keeps it one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = (
    '{\n  "name": "slackbot",\n  "scripts": {\n    "start": "node server"\n  },\n'
    '  "dependencies": {\n    "@slack/bolt": "^3.13.1",\n    "dotenv": "^16.3.1",\n'
    '    "express": "^4.18.2"\n  }\n}\n'
)

_SERVER = (
    "require('dotenv').config()\nconst { App } = require('@slack/bolt')\n"
    "const handleMessage = require('../handlers/message')\n\n"
    "const app = new App({\n  signingSecret: process.env.SLACK_SIGNING_SECRET,\n"
    "  customRoutes: [{ path: '/health-check', method: ['GET'], handler: (req, res) => {\n"
    "    res.writeHead(200); res.end('ok') } }],\n})\n\n"
    "app.event('app_mention', ({ event, say }) => handleMessage(event, say))\n\n"
    "async function start() {\n  await app.start(process.env.PORT || 3000)\n}\nstart()\n"
)

_HANDLER = (
    "async function handleMessage(event, say) {\n"
    "  const response = await fetch(`${process.env.API_URL}/generations`, {\n"
    "    method: 'POST', body: JSON.stringify({ prompt: event.text }) })\n"
    "  await say(await response.text())\n}\nmodule.exports = handleMessage\n"
)


def _repo() -> dict[str, str]:
    return {
        "services/slackbot/package.json": _PACKAGE,
        "services/slackbot/server/index.js": _SERVER,
        "services/slackbot/handlers/message/index.js": _HANDLER,
        "services/slackbot/Dockerfile": (
            "FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm install\nEXPOSE 3000\n"
            'CMD [ "npm", "start" ]\n'
        ),
        # Beside it, the product's API in Python, keeping its data in MongoDB.
        "services/api/requirements.txt": "fastapi==0.98.0\npymongo==4.4.0\nuvicorn==0.22.0\n",
        "services/api/Dockerfile": (
            "FROM python:3.11\nCOPY . .\nRUN pip install -r requirements.txt\n"
            'CMD ["uvicorn", "app:app"]\n'
        ),
        "services/api/app.py": (
            "from fastapi import FastAPI\nfrom pymongo import MongoClient\n\n"
            "app = FastAPI()\nclient = MongoClient('mongodb://localhost:27017')\n\n\n"
            "@app.post('/generations')\ndef generate(body: dict) -> dict:\n"
            "    client.db.generations.insert_one(body)\n    return body\n"
        ),
    }


def test_a_bolt_bot_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert "services/slackbot" not in found
    assert "services/api" in found


def test_a_bot_loading_express_itself_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: its own Express app serves routes of its own beside the bot.
    files = _repo()
    files["services/slackbot/server/web.js"] = (
        "const express = require('express')\nconst web = express()\n"
        "web.get('/reports/:id', (req, res) => res.json({ id: req.params.id }))\n"
        "web.listen(4000)\n"
    )
    assert "services/slackbot" in by_folder(write(tmp_path, files))


def test_a_bot_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a bot that keeps its own data in MongoDB.
    files = _repo()
    files["services/slackbot/package.json"] = _PACKAGE.replace(
        '"dotenv": "^16.3.1",', '"dotenv": "^16.3.1",\n    "mongoose": "^7.0.0",'
    )
    files["services/slackbot/db.js"] = (
        "const mongoose = require('mongoose')\nmongoose.connect(process.env.MONGO_URL)\n"
        "module.exports = mongoose.model('Thread', new mongoose.Schema({ ts: String }))\n"
    )
    assert "services/slackbot" in by_folder(write(tmp_path, files))
