// Parse many DBML documents with @dbml/core (the parser behind dbdiagram.io) in one Node process.
// stdin: a JSON array of DBML sources; stdout: a JSON array of
// {ok: true, tables, refs, enums} (what the parser read) or {ok: false, error}, in order.
import { Parser } from '@dbml/core';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const src of JSON.parse(input)) {
  try {
    const db = new Parser().parse(src, 'dbmlv2');
    const schema = db.schemas[0];
    results.push({
      ok: true,
      tables: schema.tables.map((t) => ({
        name: t.name,
        fields: t.fields.map((f) => ({ name: f.name, type: f.type.type_name, pk: !!f.pk,
                                       unique: !!f.unique, not_null: !!f.not_null })),
        indexes: t.indexes.map((i) => ({ columns: i.columns.map((c) => c.value),
                                         unique: !!i.unique, pk: !!i.pk })),
      })),
      refs: schema.refs.map((r) => r.endpoints.map((e) => ({ table: e.tableName,
                                                            fields: e.fieldNames,
                                                            relation: e.relation }))),
      enums: schema.enums.map((e) => ({ name: e.name, values: e.values.map((v) => v.name) })),
    });
  } catch (err) {
    const diags = err?.diags ?? [];
    const first = diags.length
      ? diags.map((d) => `${d.location?.start?.line}:${d.location?.start?.column} ${d.message}`).join('; ')
      : String(err?.message ?? err);
    results.push({ ok: false, error: first.slice(0, 600) });
  }
}
process.stdout.write(JSON.stringify(results));
