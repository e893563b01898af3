// Parse many AsyncAPI documents with @asyncapi/parser (the AsyncAPI Initiative's parser: it
// resolves $refs, validates against the 3.0 schema and runs its built-in rules).
// stdin: a JSON array of document texts; stdout: a JSON array of
// {ok, version, channels, messages, operations, diagnostics: [{severity, code, message, path}]}.
import { Parser } from '@asyncapi/parser';

const SEVERITY = ['error', 'warning', 'info', 'hint'];
let input = '';
for await (const chunk of process.stdin) input += chunk;
const parser = new Parser();
const results = [];
for (const text of JSON.parse(input)) {
  const { document, diagnostics } = await parser.parse(text);
  const diags = diagnostics.map((d) => ({ severity: SEVERITY[d.severity] ?? 'error', code: d.code,
                                          message: d.message, path: (d.path || []).join('/') }));
  if (!document) { results.push({ ok: false, diagnostics: diags }); continue; }
  results.push({
    ok: true,
    version: document.version(),
    channels: document.channels().all().map((c) => ({ id: c.id(), address: c.address() ?? null,
                                                      messages: c.messages().all().map((m) => m.name()) })),
    messages: document.components().messages().all().map((m) => m.name()),
    operations: document.operations().all().map((o) => ({ id: o.id(), action: o.action() })),
    diagnostics: diags,
  });
}
process.stdout.write(JSON.stringify(results));
