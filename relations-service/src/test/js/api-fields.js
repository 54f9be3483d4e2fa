// The fields of api-fields.json (those DashboardFieldsTest finds in the OpenAPI document): a test's made-up
// answer may carry only these, so a script that passes its tests reads only fields the API returns.
import { readFileSync } from 'node:fs';

const FIELDS = JSON.parse(readFileSync(new URL('./api-fields.json', import.meta.url), 'utf8'));

/** The paths of an answer's leaves and lists, as api-fields.json writes them ("edges[].source"). */
function paths(value, prefix = '') {
  if (Array.isArray(value)) return value.flatMap((item) => paths(item, `${prefix}[]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => paths(v, prefix && !prefix.endsWith('[]') ? `${prefix}.${key}`
      : `${prefix}${prefix ? '.' : ''}${key}`));
  }
  return [prefix];
}

/** The answer, after checking it carries only fields api-fields.json lists for the endpoint. */
export function answerOf(endpoint, body) {
  const listed = new Set(FIELDS[endpoint]);
  if (!listed.size) throw new Error(`api-fields.json lists no fields of ${endpoint}`);
  const unlisted = paths(body).filter((path) => !listed.has(path));
  if (unlisted.length) throw new Error(`${endpoint}: not in api-fields.json: ${unlisted.join(', ')}`);
  return body;
}
