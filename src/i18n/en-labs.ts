import type { PolicyKind } from '../lib/iam/policy';
import { createTranslator, type Message } from './translate';

/**
 * Words of the labs, in three catalogs so each place loads only its own: `tlp` on the server
 * (the list of labs, a lab's page before it starts, the "Practise in a lab" box; 0 bytes in the
 * browser), `tls` with the small status script of the list, `tlr` with the lab once it starts.
 */
const page = {
  'list.title': 'Labs',
  'list.description':
    'Hands-on labs: write and fix IAM policies against an evaluator in your browser, or spot the misconfiguration.',
  'list.intro':
    'Practise what the lessons teach. A policy lab gives you a scenario and a policy to write or fix; checks tell you which requests it allows and denies, and why. Nothing leaves your browser.',
  'list.count': { one: '{count} lab', other: '{count} labs' },
  'lab.module': 'Module {order}: {module}',
  'meta.minutes': { one: 'About {count} minute', other: 'About {count} minutes' },
  'difficulty.foundational': 'Foundational',
  'difficulty.intermediate': 'Intermediate',
  'difficulty.advanced': 'Advanced',
  'type.policy': 'Policy lab',
  'type.spot': 'Spot the misconfiguration',
  'lab.scenario': 'Scenario',
  'lab.task': 'Your task',
  'lab.fixed': 'The policies already in place',
  'lab.fixedIntro': 'These stay as they are; the evaluator reads them with yours.',
  'lab.fixedNone': 'No other policy applies: only the one you edit.',
  'lab.requests': 'Requests your policy must handle',
  'lab.requestsIntro': 'Each request, and whether the right policy allows or denies it:',
  'lab.expect.allow': 'must be allowed',
  'lab.expect.deny': 'must be denied',
  'lab.probes': 'Least privilege: requests the scenario does not need',
  'lab.probesIntro': 'A least-privilege policy denies these too:',
  'lab.editor': 'Your policy',
  'lab.editorLabel': '{kind}: {name} (JSON)',
  'lab.editorRegion': '{name} with line numbers',
  'lab.editorHelp':
    'Edit the policy as JSON. Tab moves on to the next control; Enter keeps the indentation of the line. Run the checks with the button or Ctrl+Enter (Cmd+Enter on a Mac).',
  'lab.start': 'Start the lab',
  'lab.startNote': 'Starting loads the policy evaluator (about 10 kB); everything runs in your browser.',
  'lab.noScript': 'The checks need JavaScript. You can still read the lab here.',
  'lab.hints': 'Hints',
  'lab.hint': 'Hint {number}',
  'lab.source': 'Source: {title}',
  'lab.all': 'All labs',
  'lab.questions': 'Spot the misconfigurations',
  'lab.spotIntro': {
    one: 'In the question, pick the misconfigured line, then why it is wrong. Check your answer when you are ready.',
    other:
      'In each of the {count} questions, pick the misconfigured line, then why it is wrong. Check your answers when you are ready.',
  },
  'lab.startNoteSpot': 'Starting loads the questions; everything runs in your browser.',
  'links.title': 'Practise in a lab',
  'links.meta': { one: '({type}, about {count} minute)', other: '({type}, about {count} minutes)' },
  'start.loading': 'Loading the evaluator…',
  'start.failed': 'The lab could not be loaded. Check your connection, then press Start the lab again.',
} as const satisfies Record<string, Message>;

/** The kind of a policy as a label: "Permissions boundary". */
export const POLICY_KIND_LABEL: Readonly<Record<PolicyKind, string>> = {
  identity: 'Identity policy',
  resource: 'Resource policy',
  boundary: 'Permissions boundary',
  session: 'Session policy',
  scp: 'SCP',
  rcp: 'RCP',
};

const status = {
  'not-started': 'Not started',
  'in-progress': {
    one: 'In progress, best {checksPassed} of {count} check',
    other: 'In progress, best {checksPassed} of {count} checks',
  },
  'in-progress-spot': {
    one: 'In progress, best {checksPassed} of {count} question',
    other: 'In progress, best {checksPassed} of {count} questions',
  },
  completed: 'Completed',
} as const satisfies Record<string, Message>;

const run = {
  restored: 'Restored your last attempt.',
  reset: 'Reset to the start',
  'reset-done': 'The policy is back to the start.',
  run: 'Run checks',
  running: 'Checking…',
  problems: 'Problems in your policy',
  'problems-intro': 'Fix these, then run the checks again. Select a line to go to it.',
  'problem-line': 'Line {line}: {message}',
  'problem-warning': 'Warning',
  'gutter-mark': '!',
  invalid: {
    one: 'The policy has {count} problem to fix before it can be checked.',
    other: 'The policy has {count} problems to fix before it can be checked.',
  },
  summary: {
    one: '{passed} of {count} request decided as needed',
    other: '{passed} of {count} requests decided as needed',
  },
  'summary-probes': {
    one: 'least privilege: {allowed} of {count} extra request still allowed',
    other: 'least privilege: {allowed} of {count} extra requests still allowed',
  },
  'summary-done': 'Completed: every request is decided as needed, and nothing extra is allowed.',
  results: 'Results',
  checks: 'Requests the scenario needs',
  probes: 'Requests the scenario does not need',
  expected: 'Expected: {decision}',
  got: 'Got: {decision}',
  pass: 'As needed',
  fail: 'Not as needed',
  'probe-denied': 'Denied, as least privilege wants.',
  'probe-allowed': 'Allowed: ',
  'decision.allow': 'Allowed',
  'decision.explicit-deny': 'Denied explicitly',
  'decision.implicit-deny': 'Denied implicitly',
  'expect.allow': 'Allowed',
  'expect.deny': 'Denied',
  why: 'Why',
  others: {
    one: 'The other statement ({count})',
    other: 'The other statements ({count})',
  },
  'go-to-line': 'Go to line {line} in your policy',
  'done-title': 'Lab completed',
  'done-intro': 'Your policy gives every request the decision it needs, and nothing more.',
  solution: 'A solution',
  'solution-note': 'One right answer; yours may differ and be just as right.',
  'show-solution': 'Show a solution',
  'next-lab': 'Next lab: {title}',
  'all-labs': 'All labs',
  question: 'Question {number} of {count}',
  'spot-check': 'Check answers',
  'spot-again': 'Try again',
  'spot-right': 'Right: line and reason.',
  'spot-wrong': 'Not right yet: see the misconfigured line and the right reason above.',
  'spot-summary': {
    one: '{right} of {count} question right: a question counts when both the line and the reason are right.',
    other:
      '{right} of {count} questions right: a question counts when both the line and the reason are right.',
  },
  'spot-done': 'Completed: you spotted every misconfiguration and why it is wrong.',
} as const satisfies Record<string, Message>;

/** Server-side words of the labs. */
export const tlp = createTranslator(page);
/** The lab list's status words. */
export const tls = createTranslator(status);
/** The running lab's words. */
export const tlr = createTranslator(run);
