// Parse many Mermaid diagrams with mermaid-js's own parser in one Node process.
// stdin: a JSON array of diagram sources; stdout: a JSON array of
// {ok: true, type} or {ok: false, error}, in the same order.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, logLevel: 'fatal' });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const src of JSON.parse(input)) {
  try {
    const res = await mermaid.parse(src);
    results.push({ ok: true, type: res.diagramType });
  } catch (err) {
    const first = String(err?.message ?? err).split('\n').slice(0, 4).join(' ');
    results.push({ ok: false, error: first.slice(0, 400) });
  }
}
process.stdout.write(JSON.stringify(results));
