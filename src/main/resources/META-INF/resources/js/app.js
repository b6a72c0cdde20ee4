// The career page: wires the resume form to the match endpoint and loads the open positions.
import { matchFile, matchText } from './api.js';
import { byId } from './dom.js';
import { showMatches, summary } from './matches.js';
import { initPostings } from './postings.js';
import { showProblem } from './problem.js';

const MATCH_LIMIT = 20;

function initResumeForm() {
  const form = byId('resume-form');
  const fileInput = byId('resume-file');
  const textInput = byId('resume-input');
  const submit = byId('match-button');
  const progress = byId('match-progress');
  const status = byId('match-status');
  const error = byId('match-error');
  const results = byId('results');

  const setBusy = (busy) => {
    for (const region of [form, results]) {
      if (busy) region.setAttribute('aria-busy', 'true');
      else region.removeAttribute('aria-busy');
    }
    submit.disabled = busy;
    progress.hidden = !busy;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showProblem(error, null);
    const file = fileInput.files[0];
    const text = textInput.value.trim();
    if (!file && !text) {
      status.textContent = '';
      showProblem(error, { problem: { title: 'No resume yet', detail: 'Choose a file or paste the text of your resume.' } });
      fileInput.focus();
      return;
    }
    setBusy(true);
    status.textContent = file ? `Reading ${file.name} and ranking the open positions…` : 'Reading your resume and ranking the open positions…';
    try {
      const response = file ? await matchFile(file, MATCH_LIMIT) : await matchText(text, MATCH_LIMIT);
      showMatches(response);
      status.textContent = summary(response);
      results.scrollIntoView({ block: 'start' });
    } catch (e) {
      // Matches shown now would be mistaken for this resume's.
      results.hidden = true;
      status.textContent = '';
      showProblem(error, e);
    } finally {
      setBusy(false);
    }
  });

  form.addEventListener('reset', () => {
    showProblem(error, null);
    status.textContent = '';
  });

  byId('evidence-back').addEventListener('click', () => {
    const pressed = document.querySelector('#match-detail .explain[aria-pressed="true"]');
    (pressed || byId('detail-title')).focus();
  });
}

initResumeForm();
initPostings();
