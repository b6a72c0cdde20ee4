// Evidence highlighting: character ranges [start, end) of a text the service returned become <mark>
// elements, built with DOM calls only (the text is never parsed as HTML).
import { el } from './dom.js';

/**
 * Writes `text` into `container`, with a <mark> over each highlighted range.
 *
 * `highlights`: `[{start, end, ref, kind, label}]`; `ref` names the explanation it belongs to (several
 * ranges may share one), `kind` is `evidence` or `gap` (something missing or failed), `label` a short
 * description shown as the mark's tooltip. Ranges outside the text are ignored. Overlapping ranges are
 * cut at their boundaries: each piece is one mark with every ref that covers it in `data-refs` and its
 * own offsets in `data-start` and `data-end`.
 */
export function renderHighlighted(container, text, highlights) {
  const valid = highlights.filter((h) => h && Number.isInteger(h.start) && Number.isInteger(h.end)
    && h.start >= 0 && h.start < h.end && h.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const piece = text.slice(start, end);
    const covering = valid.filter((h) => h.start <= start && end <= h.end);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const gap = covering.every((h) => h.kind === 'gap');
    const labels = [...new Set(covering.map((h) => h.label).filter(Boolean))];
    fragment.append(el('mark', {
      class: gap ? 'gap' : null,
      title: labels.join('\n') || null,
      dataset: { start: String(start), end: String(end), refs: [...new Set(covering.map((h) => h.ref))].join(' ') },
    }, piece));
  }
  container.replaceChildren(fragment);
}

/**
 * Marks the ranges of one explanation as current in each pane and scrolls each pane (not the page) to
 * the first of them. Returns how many marks were found.
 */
export function showRef(panes, ref) {
  let found = 0;
  for (const pane of panes) {
    let first = null;
    for (const mark of pane.querySelectorAll('mark')) {
      const current = ref !== null && mark.dataset.refs.split(' ').includes(ref);
      mark.classList.toggle('current', current);
      if (current) {
        found++;
        first = first || mark;
      }
    }
    if (first) {
      // The pane is the marks' offset parent (position: relative in the style sheet).
      pane.scrollTop = Math.max(0, first.offsetTop - pane.clientHeight / 3);
    }
  }
  return found;
}
