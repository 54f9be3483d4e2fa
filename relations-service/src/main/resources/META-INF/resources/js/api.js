// The analyst API of relations-service (docs/api.md), as the dashboard calls it.

export class ApiError extends Error {
  constructor(status, title) {
    super(title);
    this.status = status;
  }
}

async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, `relations-service does not answer (${e.message})`);
  }
  if (!response.ok) {
    let title = `${response.status} ${response.statusText} from ${path}`;
    try {
      const problem = await response.json();
      if (problem && problem.title) title = problem.title;
    } catch {
      // not a problem document; keep the status line
    }
    throw new ApiError(response.status, title);
  }
  return response.json();
}

/** The list under key of an answer ({events: [...]}, {alerts: [...]}, ...); an answer without it has none. */
export function listOf(body, key) {
  return body && Array.isArray(body[key]) ? body[key] : [];
}

export const api = {
  nations: () => getJson('/api/v1/nations'),
  ranked: (nation, order, limit = 10) => getJson('/api/v1/ties', { nation, order, limit }),
  pair: (a, b, evidence = 10) => getJson(`/api/v1/ties/${a}/${b}`, { evidence }),
  history: (a, b, interval, from, to) => getJson(`/api/v1/ties/${a}/${b}/history`, { interval, from, to }),
  events: (params) => getJson('/api/v1/events', params),
  stories: (params) => getJson('/api/v1/stories', params),
  network: (from, to) => getJson('/api/v1/network', { from, to }),
  alerts: (limit = 50) => getJson('/api/v1/alerts', { limit }),
};

export const ALERT_STREAM = '/api/v1/alerts/stream';
