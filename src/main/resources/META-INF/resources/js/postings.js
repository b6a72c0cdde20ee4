// "Open positions": the open postings, each with the requirements the service read from it.
import { getPosting, listPostings } from './api.js';
import { byId, el, replace } from './dom.js';
import { count, day, month, words } from './format.js';
import { renderHighlighted } from './highlight.js';
import { showProblem } from './problem.js';

const PAGE_SIZE = 20;

const DEGREE_LEVELS = { ASSOCIATE: 'associate', BACHELOR: "bachelor's", MASTER: "master's", PHD: 'PhD', OTHER: 'other' };
const DEGREE_STATUS = { PURSUING: 'currently pursuing', COMPLETED: 'completed', ANY: null };
const SCOPES = {
  COMPANY: 'at this company',
  COMPANY_GROUP: 'across the company group',
  GLOBAL: 'across the company group worldwide',
};

/** Loads the first page and wires the search form and the "more" button. */
export function initPostings() {
  const list = byId('posting-list');
  const status = byId('posting-status');
  const error = byId('posting-error');
  const more = byId('posting-more');
  const form = byId('posting-search');
  const section = byId('postings');
  let query = '';
  let nextPage = 0;

  async function load(reset) {
    section.setAttribute('aria-busy', 'true');
    more.disabled = true;
    showProblem(error, null);
    if (reset) {
      nextPage = 0;
      status.textContent = 'Loading open positions…';
    }
    try {
      const page = await listPostings({ q: query, page: nextPage, size: PAGE_SIZE });
      if (reset) list.replaceChildren();
      list.append(...page.items.map(postingItem));
      nextPage = page.page + 1;
      const shown = list.children.length;
      status.textContent = page.total === 0
        ? (query ? `No open positions match “${query}”.` : 'There are no open positions yet.')
        : `Showing ${shown} of ${count(page.total, 'open position')}${query ? ` matching “${query}”` : ''}.`;
      more.hidden = shown >= page.total;
    } catch (e) {
      status.textContent = '';
      showProblem(error, e);
    } finally {
      section.removeAttribute('aria-busy');
      more.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = new FormData(form).get('q') || '';
    load(true);
  });
  more.addEventListener('click', () => load(false));
  load(true);
}

function postingItem(summary) {
  const body = el('div', { class: 'requirements' });
  const details = el('details', {}, el('summary', {}, 'Requirements', el('span', { class: 'sr-only', text: ` of ${summary.title || 'this posting'}` })), body);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    body.setAttribute('aria-busy', 'true');
    replace(body, el('p', { class: 'muted', text: 'Reading the requirements…' }));
    try {
      const posting = await getPosting(summary.id);
      replace(body, requirements(posting.analysis));
    } catch (e) {
      loaded = false;
      const alert = el('div', { class: 'problem', role: 'alert' });
      replace(body, alert);
      showProblem(alert, e);
    } finally {
      body.removeAttribute('aria-busy');
    }
  });
  const meta = [summary.company, words(summary.employmentType), summary.postedAt ? `posted ${day(summary.postedAt)}` : null]
    .filter(Boolean).join(' · ');
  return el('li', { class: 'posting card', dataset: { postingId: summary.id } },
    el('h3', { class: 'posting-title', text: summary.title || 'Untitled posting' }),
    el('p', { class: 'meta', text: meta }),
    details);
}

/** The analysis as short lists, then the posting's text with the evidence of each requirement marked. */
function requirements(analysis) {
  const names = new Map(analysis.skills.filter((s) => s.skillId).map((s) => [s.skillId, s.name]));
  const groupLine = (group) => {
    const members = analysis.skills.filter((s) => s.groupId === group.id).map((s) => s.name);
    const skills = members.length ? members : group.skillIds.map((id) => names.get(id) || id);
    return `${group.mode === 'ALL_OF' ? 'All of' : 'One of'}: ${skills.join(', ')}`;
  };
  const skillLines = (importance) => [
    ...analysis.requirementGroups.filter((g) => g.importance === importance).map(groupLine),
    ...analysis.skills.filter((s) => s.importance === importance && !s.groupId).map((s) => s.name),
  ];

  const rows = [];
  const row = (label, items) => {
    const values = items.filter(Boolean);
    if (values.length) rows.push(el('dt', { text: label }), el('dd', {}, list(values)));
  };
  row('Required skills', skillLines('REQUIRED'));
  row('Preferred skills', skillLines('PREFERRED'));
  if (analysis.degree) row('Degree', [degree(analysis.degree)]);
  if (analysis.internship) row('Internship', [internship(analysis.internship)]);
  if (analysis.startDeadline) row('Start by', [day(analysis.startDeadline.date)]);
  if (analysis.applicationPolicy) row('Applications', [policy(analysis.applicationPolicy)]);
  row('Publications valued', analysis.publications.map((p) => `${p.venue}${p.importance === 'REQUIRED' ? ' (required)' : ''}`));
  row('Also asked', analysis.otherRequirements.map((o) => `${o.text}${o.importance === 'PREFERRED' ? ' (preferred)' : ''}`));
  row('Locations', analysis.locations.map((l) => l.value));

  const highlights = [];
  const add = (span, label) => span && highlights.push({ start: span.start, end: span.end, ref: 'req', kind: 'evidence', label });
  analysis.skills.forEach((s) => s.evidence.forEach((span) => add(span, s.name)));
  analysis.requirementGroups.forEach((g) => add(g.evidence, groupLine(g)));
  analysis.degree?.evidence.forEach((span) => add(span, 'Degree'));
  analysis.internship?.evidence.forEach((span) => add(span, 'Internship'));
  add(analysis.startDeadline?.evidence, 'Start deadline');
  analysis.applicationPolicy?.evidence.forEach((span) => add(span, 'Application limit'));
  analysis.publications.forEach((p) => add(p.evidence, p.venue));
  analysis.otherRequirements.forEach((o) => add(o.evidence, o.text));
  const text = el('div', { class: 'text', tabindex: '0', role: 'region', 'aria-label': 'Posting text' });
  renderHighlighted(text, analysis.text, highlights);

  return [
    rows.length ? el('dl', { class: 'facts' }, rows) : el('p', { class: 'muted', text: 'No requirements were found.' }),
    analysis.ignored.length
      ? el('p', { class: 'muted', text: `${count(analysis.ignored.length, 'block')} of navigation, benefits, legal text and the like were not read for requirements.` })
      : null,
    el('details', { class: 'posting-text' }, el('summary', { text: 'Posting text, with what was read marked' }), text),
  ];
}

function list(values) {
  return values.length === 1 ? values[0] : el('ul', {}, values.map((v) => el('li', { text: v })));
}

function degree(d) {
  const levels = d.levels.map((l) => DEGREE_LEVELS[l] || words(l)).join(' or ');
  const status = DEGREE_STATUS[d.status];
  const fields = d.fields.length ? ` in ${alternatives(d.fields)}` : '';
  const text = `${levels || 'A degree'}${status ? `, ${status},` : ''}${fields}`.replace(/,$/, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${d.importance === 'PREFERRED' ? ' (preferred)' : ''}`;
}

/** "a, b or c". */
function alternatives(values) {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function internship(i) {
  const windows = i.windows.map((w) => (w.start === w.end ? month(w.start) : `${month(w.start)} to ${month(w.end)}`));
  const parts = [windows.join(' or ') || (i.season ? `${words(i.season)} ${i.year || ''}`.trim() : null),
    i.minimumWeeks ? `at least ${i.minimumWeeks} weeks` : null];
  return parts.filter(Boolean).join(', ') || 'An internship';
}

function policy(p) {
  const limit = p.maxApplications ? `At most ${count(p.maxApplications, 'application')} per candidate` : 'Limited applications';
  return `${limit} ${SCOPES[p.scope] || ''}${p.consideredInOrder ? ', considered in the order made' : ''}`;
}
