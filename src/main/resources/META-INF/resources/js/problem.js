// Errors as a person reads them: the problem's title, its detail and the fields at fault.
import { el, replace } from './dom.js';

/** Shows the error in `container` (a role="alert" element), or clears it when `error` is null. */
export function showProblem(container, error) {
  if (!error) {
    container.replaceChildren();
    return;
  }
  const problem = error.problem || { title: 'Something went wrong', detail: error.message };
  const fields = Array.isArray(problem.errors) ? problem.errors : [];
  replace(container,
    el('p', { class: 'problem-title', text: problem.title }),
    problem.detail ? el('p', { class: 'problem-detail', text: problem.detail }) : null,
    fields.length ? el('ul', { class: 'problem-fields' },
      fields.map((f) => el('li', {}, el('code', { text: f.field }), `: ${f.message}`))) : null);
}
