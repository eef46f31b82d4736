import type { LaunchProblem } from '../lib/cmi5/launch';
import { createTranslator } from './translate';

/**
 * Words of the cmi5 course package (`cmi5.xml`) and of a quiz launched from an LMS. The runtime
 * words load only with the cmi5 code, on a page launched with cmi5 parameters.
 */
const messages = {
  'package.title': 'Cloud Security Academy',
  'package.description':
    'A course on cloud security: lessons, quizzes and a final assessment. Each quiz reports to the LMS.',
  'package.final.description': 'An exam drawn from every module. Passing it completes the course.',
  'package.quiz.description': 'The quiz of the lesson "{title}".',
  'package.module.description': 'The module quiz of "{title}".',
  'status.connecting': 'Launched from your LMS: connecting to it to report this quiz…',
  'status.connected': 'Launched from your LMS: your result on this quiz will be sent to it.',
  'status.browse':
    'Launched from your LMS to browse: your answers are sent, but no result is recorded there.',
  'status.review': 'Launched from your LMS to review: nothing is sent to it.',
  'status.sending': 'Sending your result to your LMS…',
  'status.sent.passed': 'Your LMS has your result: passed, {score} %.',
  'status.sent.failed': 'Your LMS has your result: not passed, {score} %.',
  'status.sent.other': 'Your LMS has your answers.',
  'status.done': 'Your LMS counts this unit as done.',
  'status.notDone':
    'Your LMS does not count this unit as done yet: launch it again from your LMS to try again.',
  'status.return': 'Return to your LMS',
  'problem.incomplete':
    'This page was opened with an LMS launch link that is missing {detail}, so nothing is sent to your LMS. Your progress is still saved in this browser.',
  'problem.malformed':
    'This page was opened with an LMS launch link whose {detail} cannot be read, so nothing is sent to your LMS. Your progress is still saved in this browser.',
  'problem.origin-not-allowed':
    'Your LMS asked this page to report to {detail}, which this site is not set up to send to, so nothing is sent. Your progress is still saved in this browser. Ask the site’s administrator to add that address to CMI5_LRS_ORIGINS.',
  'problem.fetch-failed':
    'Your LMS did not accept this launch: the launch link may have expired or been used already. Nothing is sent to your LMS, and your progress is still saved in this browser. Close this page and start the unit again from your LMS.',
  'problem.send-failed':
    'Your result could not be sent to your LMS. It is still saved in this browser. Close this page and start the unit again from your LMS to try again.',
} as const satisfies Record<string, string> & Record<`problem.${LaunchProblem}`, string>;

/** A cmi5 message by key, with its placeholders filled in. */
export const tc = createTranslator(messages);
