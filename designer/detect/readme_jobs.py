"""Projects whose own README says they are a scheduled job: jobs, not backends.

Beside a product's service, a small program a scheduler starts (a cloud scheduler calling a
serverless container, a Kubernetes CronJob) often answers over HTTP only because that is how
its platform triggers it: one route the scheduler hits, whose handler does the job (checks the
product's own URLs and tells the operators' chat, prunes old files) and returns. Its code
cannot tell it from a small relay another service of the product calls; its README's lead can
("This is a cronjob that checks the status of …"). A job keeps no data: a project reaching a
data layer or an engine stays a backend whatever its README says, and the lead must call the
project itself a job (`a cron job monitoring service` is a product that watches others').
Like a double, it is left out only beside another service of the tree (`monorepo`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.readme_doubles import dataless_leads

_IS_A_JOB = re.compile(
    r"(?im)(?:\b(?:is|as)[ \t]+|^[ \t]*)an?[ \t]+"
    r"(?:cron[ -]?job|scheduled[ -](?:job|task))"
    r"(?=[ \t]+(?:that|which|to|running|run|for)\b|[ \t]*[.,;:(]|[ \t]*$)"
)
"""The lead calling the project a scheduled job ("This is a cronjob that checks …", "runs as a
cron job.", "A scheduled task to …"), the job's noun ending the phrase (not `a cron job
monitoring service`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.scheduled` on the projects with a framework and no data whose README's lead
    calls them a cron job or a scheduled job."""
    for unit, lead in dataless_leads(top, units, framework=True):
        if _IS_A_JOB.search(lead):
            unit.scheduled = True
