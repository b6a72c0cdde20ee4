// The public jobfit endpoints the career page uses. Every error becomes an ApiError carrying an
// RFC 9457 problem document (title, detail, field errors), also when the answer was not one.

const JSON_ACCEPT = 'application/json, application/problem+json';

/** A failed call, with the problem document the service returned (or one made up for it). */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

// Addresses are relative to the page, so that it also works when the service is published under a path.
async function call(path, init = {}) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: JSON_ACCEPT, ...(init.headers || {}) } });
  } catch {
    throw new ApiError({
      title: 'The service cannot be reached',
      detail: 'Check your connection, then try again.',
    });
  }
  if (response.ok) {
    return response.json();
  }
  let problem = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
  }
  if (!problem || typeof problem.title !== 'string') {
    problem = { title: `The service answered with status ${response.status}`, status: response.status };
  }
  throw new ApiError(problem);
}

/** A page of open postings: `{items, page, size, total}`. */
export function listPostings({ q = '', page = 0, size = 20 } = {}) {
  const query = new URLSearchParams({ status: 'OPEN', page: String(page), size: String(size) });
  if (q.trim()) query.set('q', q.trim());
  return call(`api/v1/postings?${query}`);
}

/** One posting with its analysis. */
export function getPosting(id) {
  return call(`api/v1/postings/${encodeURIComponent(id)}`);
}

/** Ranked matches for an uploaded resume (PDF, DOCX or text); nothing is stored. */
export function matchFile(file, limit) {
  const form = new FormData();
  form.append('file', file, file.name);
  // A plain field, not a Blob: the service reads the JSON options from a form field.
  form.append('options', JSON.stringify({ limit }));
  return call('api/v1/matches', { method: 'POST', body: form });
}

/** Ranked matches for a pasted resume; nothing is stored. */
export function matchText(resumeText, limit) {
  return call('api/v1/matches', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ resumeText, limit }),
  });
}
