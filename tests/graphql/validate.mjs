// Build and validate many SDL documents with graphql-js: buildSchema() (parse, SDL rules,
// build) and validateSchema() (type-system rules).
// stdin: a JSON array of SDL texts; stdout: a JSON array of
// {ok, errors: [message], types: [name], query: [field], mutation: [field],
//  subscription: [field]}.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildSchema, validateSchema } = require('graphql');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  let schema;
  try {
    schema = buildSchema(text);
  } catch (e) {
    results.push({ ok: false, errors: [String(e.message)] });
    continue;
  }
  const errors = validateSchema(schema).map((e) => String(e.message));
  const fields = (t) => (t ? Object.keys(t.getFields()) : []);
  results.push({
    ok: errors.length === 0,
    errors,
    types: Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')).sort(),
    query: fields(schema.getQueryType()),
    mutation: fields(schema.getMutationType()),
    subscription: fields(schema.getSubscriptionType()),
  });
}
process.stdout.write(JSON.stringify(results));
