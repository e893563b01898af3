"""Held-out set 355 (#19): a Next.js app with no database whose API routes serve other sites'
pages (an embedded comments widget): `pages/api/discussions` answers through a `lib/cors.ts`
helper setting `Access-Control-Allow-Origin` to the caller's origin, and acts on another
service's API. A service other sites call, not a UI (`next_cross_origin`): a backend with no
data layer.

Counter-case: the same app whose API routes set no cross-origin header (they serve its own
pages) stays a UI.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_CORS = """import type { NextApiRequest, NextApiResponse } from 'next';

export function addCorsHeaders(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization');
}
"""


def _route(cors: bool) -> str:
    head = "import { addCorsHeaders } from '../../../lib/cors';\n" if cors else ""
    call = "  addCorsHeaders(req, res);\n" if cors else ""
    return (
        "import type { NextApiRequest, NextApiResponse } from 'next';\n"
        + head
        + "import { getDiscussion } from '../../../services/github/discussions';\n\n"
        "export default async function handler(req: NextApiRequest, res: NextApiResponse) {\n"
        + call
        + "  res.status(200).json(await getDiscussion(req.query.term as string));\n}\n"
    )


def _tree(cors: bool) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"next": "^12.3.4", "react": "^18.2.0", "react-dom": "^18.2.0", "swr": "^1.3.0"},
            {"typescript": "^4.8.0"},
            scripts={"build": "next build", "start": "next start"},
        ),
        "tsconfig.json": "{}\n",
        "lib/cors.ts": _CORS,
        "services/github/discussions.ts": (
            "export async function getDiscussion(term: string) {\n"
            "  const r = await fetch('https://api.github.com/graphql',\n"
            "    { method: 'POST', body: term });\n"
            "  return r.json();\n}\n"
        ),
        "pages/api/discussions/index.ts": _route(cors),
        "pages/widget.tsx": "export default function Widget() { return <main />; }\n",
        "pages/index.tsx": "export default function Home() { return <main />; }\n",
    }


def test_cross_origin_api_routes_make_a_service(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(cors=True)))
    assert first(backends["."], K.FRAMEWORK)[0] == "Next.js"
    assert first(backends["."], K.ORM) == ("", "")
    assert first(backends["."], K.QUERY) == ("", "")


def test_own_origin_api_routes_stay_a_ui(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _tree(cors=False)))


_REVALIDATE = """import { NextRequest, NextResponse } from 'next/server'
import { revalidateTag } from 'next/cache'

export async function GET(request: NextRequest) {
  const tag = request.nextUrl.searchParams.get('tag')
  revalidateTag(tag)
  return NextResponse.json(
    { revalidated: true, tag },
    { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
  )
}
"""


def test_a_cross_origin_revalidation_hook_leaves_a_ui(tmp_path: Path) -> None:
    # Set 35 (#19): an App Router UI whose only cross-origin route revalidates its cached
    # pages (the hook the product's API calls when content changes) serves its own pages.
    files = _tree(cors=False)
    files["app/api/revalidate/route.ts"] = _REVALIDATE
    assert "." not in by_folder(write(tmp_path, files))
