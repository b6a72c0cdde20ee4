// "Your matches": the ranked list, and for the chosen match its rules, score breakdown, what would
// raise the score and what is missing, next to the posting and the resume with the evidence marked.
import { byId, el, replace } from './dom.js';
import { componentName, count, eligibilityName, outcomeName, ruleName, signed } from './format.js';
import { renderHighlighted, showRef } from './highlight.js';

const RESUME_WARNINGS = {
  PROBABLY_MULTI_COLUMN: 'Your resume seems to be laid out in columns; some lines may have been read out of order.',
  TRUNCATED: 'Your resume is very long; only its beginning was read.',
  LOW_TEXT_QUALITY: 'Little readable text was found; a scanned resume cannot be read. Try a PDF with text, a DOCX or pasted text.',
  NOT_ENGLISH: 'Your resume does not seem to be in English; matching works best with English resumes.',
};

let current = null;

/** Shows a match response and opens its first match. */
export function showMatches(response) {
  current = response;
  const list = byId('match-list');
  const notes = byId('match-notes');
  const warnings = (response.resume.warnings || []).map((w) => RESUME_WARNINGS[w] || w);
  replace(notes, warnings.map((w) => el('p', { class: 'note', text: w })));
  replace(list, response.matches.map((match, index) => matchItem(match, index)));
  byId('results').hidden = false;
  if (response.matches.length) {
    select(0, false);
  } else {
    byId('match-detail').hidden = true;
  }
}

/** One line of the status region: how many postings, and how the verdicts are spread. */
export function summary(response) {
  if (response.matches.length === 0) {
    return 'There are no open positions to rank yet.';
  }
  const by = (e) => response.matches.filter((m) => m.eligibility === e).length;
  const parts = [`${by('ELIGIBLE')} eligible`, by('UNKNOWN') ? `${by('UNKNOWN')} to check` : null,
    by('INELIGIBLE') ? `${by('INELIGIBLE')} not eligible` : null].filter(Boolean);
  return `Ranked ${count(response.postingsConsidered, 'open position')}; showing the best ${response.matches.length}: ${parts.join(', ')}.`;
}

function matchItem(match, index) {
  const failed = match.rules.find((r) => r.outcome === 'FAIL') || match.rules.find((r) => r.outcome === 'UNKNOWN');
  return el('li', { class: 'match-item', dataset: { postingId: match.postingId, eligibility: match.eligibility } },
    el('button', { type: 'button', class: 'match-choice', onclick: () => select(index, true) },
      el('span', { class: 'rank', text: `${index + 1}.` }),
      el('span', { class: 'match-name' },
        el('span', { class: 'match-title', text: match.postingTitle || 'Untitled posting' }),
        el('span', { class: 'match-company', text: match.company || '' })),
      el('span', { class: 'match-score' }, el('strong', { text: String(match.score) }), el('span', { class: 'sr-only', text: ' points of 100,' })),
      badge(match.eligibility)),
    match.eligibility !== 'ELIGIBLE' && failed
      ? el('p', { class: 'why-not' }, el('span', { class: 'sr-only', text: `${ruleName(failed.rule)}: ` }), failed.message)
      : null);
}

function badge(eligibility) {
  return el('span', { class: `badge ${eligibility.toLowerCase()}`, text: eligibilityName(eligibility) });
}

function select(index, moveFocus) {
  const match = current.matches[index];
  byId('match-list').querySelectorAll('.match-choice').forEach((button, i) => {
    if (i === index) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  });
  renderDetail(match, current.resume.text);
  const heading = byId('detail-title');
  if (moveFocus) {
    heading.focus();
  }
}

function renderDetail(match, resumeText) {
  const detail = byId('match-detail');
  detail.hidden = false;
  const postingMarks = [];
  const resumeMarks = [];
  const explain = (ref, postingSpan, resumeSpan, kind, label) => {
    if (postingSpan) postingMarks.push({ ...postingSpan, ref, kind, label });
    if (resumeSpan) resumeMarks.push({ ...resumeSpan, ref, kind: 'evidence', label });
    return Boolean(postingSpan || resumeSpan);
  };

  const rules = match.rules.map((rule, i) => {
    const ref = `rule-${i}`;
    const linked = explain(ref, rule.postingEvidence, rule.resumeEvidence, rule.outcome === 'PASS' ? 'evidence' : 'gap',
      `${ruleName(rule.rule)}: ${outcomeName(rule.outcome)}`);
    return el('li', { class: `rule ${rule.outcome.toLowerCase()}`, dataset: { rule: rule.rule, outcome: rule.outcome } },
      explanation(ref, linked,
        el('span', { class: `outcome ${rule.outcome.toLowerCase()}`, text: outcomeName(rule.outcome) }), ' ',
        el('span', { class: 'rule-name', text: ruleName(rule.rule) }),
        el('span', { class: 'message', text: rule.message })));
  });

  const components = match.components.map((component, c) => el('li', { class: 'component' },
    el('p', { class: 'component-head' },
      el('span', { class: 'component-name', text: componentName(component.name) }),
      el('span', { class: 'points', text: `${component.points} of ${Math.round(component.weight)} points` })),
    el('meter', { min: '0', max: '1', value: String(component.score), 'aria-label': `${componentName(component.name)}: ${Math.round(component.score * 100)} %` }),
    el('ul', { class: 'reasons' }, component.reasons.map((reason, r) => {
      const ref = `reason-${c}-${r}`;
      const linked = explain(ref, reason.postingEvidence, reason.resumeEvidence, reason.resumeEvidence ? 'evidence' : 'gap',
        `${componentName(component.name)}: ${signed(reason.effect)}`);
      return el('li', { class: 'reason' }, explanation(ref, linked,
        el('span', { class: 'effect', text: signed(reason.effect) }), ' ',
        el('span', { class: 'message', text: reason.message })));
    }))));

  const missing = match.missing.map((m, i) => {
    const ref = `missing-${i}`;
    const linked = explain(ref, m.postingEvidence, null, 'gap', `Missing: ${m.skills.join(', ')}`);
    return el('li', { class: 'missing' }, explanation(ref, linked,
      el('span', { class: 'importance', text: m.importance === 'REQUIRED' ? 'Required' : 'Preferred' }), ' ',
      el('span', { class: 'message', text: m.message })));
  });

  const improvements = match.improvements.map((i) => el('li', { class: 'improvement' },
    el('span', { class: 'effect', text: signed(i.scoreDelta) }), ' ',
    el('span', { class: 'message', text: i.message }), ' ',
    el('span', { class: 'muted', text: `(${componentName(i.component)})` })));

  replace(byId('detail-head'),
    el('h3', { id: 'detail-title', tabindex: '-1', text: match.postingTitle || 'Untitled posting' }),
    el('p', { class: 'meta' }, match.company || '', match.company ? ' · ' : '', badge(match.eligibility)),
    el('p', { class: 'total' }, el('strong', { class: 'total-score', text: String(match.score) }), ' of 100 points'));
  replace(byId('detail-rules'), rules.length ? rules : el('li', { class: 'muted', text: 'This posting sets no hard rules.' }));
  replace(byId('detail-components'), components);
  replace(byId('detail-improvements'), improvements.length ? improvements
    : el('li', { class: 'muted', text: 'Nothing on your resume would raise this score much.' }));
  replace(byId('detail-missing'), missing.length ? missing
    : el('li', { class: 'muted', text: 'Your resume shows every required skill.' }));

  renderHighlighted(byId('posting-text'), match.postingText, postingMarks);
  renderHighlighted(byId('resume-text'), resumeText, resumeMarks);
  byId('evidence-status').textContent = '';
  byId('posting-text').scrollTop = 0;
  byId('resume-text').scrollTop = 0;
}

/** An explanation: a button that shows its evidence when it has any, plain text otherwise. */
function explanation(ref, linked, ...content) {
  if (!linked) return el('div', { class: 'explain' }, ...content);
  return el('button', {
    type: 'button', class: 'explain', 'aria-pressed': 'false', 'aria-controls': 'posting-text resume-text',
    dataset: { ref }, onclick: (event) => showEvidence(event.currentTarget),
  }, ...content);
}

function showEvidence(button) {
  const ref = button.dataset.ref;
  document.querySelectorAll('#match-detail .explain[aria-pressed]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
  const posting = byId('posting-text');
  const resume = byId('resume-text');
  showRef([posting], ref);
  showRef([resume], ref);
  const inPosting = posting.querySelector('mark.current') !== null;
  const inResume = resume.querySelector('mark.current') !== null;
  byId('evidence-status').textContent = inPosting && inResume ? 'Marked in the posting and in your resume.'
    : inPosting ? 'Marked in the posting.' : 'Marked in your resume.';
  // Side by side the panes are in view; stacked on a narrow screen, bring them up.
  if (!window.matchMedia('(min-width: 68rem)').matches) {
    byId('evidence').scrollIntoView({ block: 'start' });
  }
}
