// Words for the service's codes and values.

const COMPONENTS = {
  REQUIRED_SKILLS: 'Required skills',
  PREFERRED_SKILLS: 'Preferred skills',
  DEGREE: 'Degree',
  AVAILABILITY: 'Availability',
  EXPERIENCE: 'Experience',
  RESEARCH: 'Research',
};

const RULES = {
  DEGREE_LEVEL: 'Degree level',
  DEGREE_STATUS: 'Degree status',
  DEGREE_FIELD: 'Field of study',
  INTERNSHIP_WINDOW: 'Internship window',
  START_DEADLINE: 'Start deadline',
  APPLICATION_LIMIT: 'Application limit',
};

const ELIGIBILITY = { ELIGIBLE: 'Eligible', UNKNOWN: 'Check needed', INELIGIBLE: 'Not eligible' };

const OUTCOMES = { PASS: 'Pass', FAIL: 'Fail', UNKNOWN: 'Unknown' };

/** "FULL_TIME" -> "Full time". */
export function words(code) {
  if (!code) return '';
  const text = String(code).replaceAll('_', ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const componentName = (code) => COMPONENTS[code] || words(code);
export const ruleName = (code) => RULES[code] || words(code);
export const eligibilityName = (code) => ELIGIBILITY[code] || words(code);
export const outcomeName = (code) => OUTCOMES[code] || words(code);

/** "2027-05" -> "May 2027"; other values unchanged. */
export function month(value) {
  const match = /^(\d{4})-(\d{2})$/.exec(value || '');
  if (!match) return value || '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return date.toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-10-01" -> "1 October 2026"; other values unchanged. */
export function day(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  if (!match) return value || '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Points with a sign: "+4", "0". */
export function signed(points) {
  return points > 0 ? `+${points}` : String(points);
}

/** "1 posting", "3 postings". */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
