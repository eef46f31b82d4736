import { createTranslator } from './translate';

/**
 * Words of the "spot the misconfiguration" question: the renderer in a quiz session or a spot
 * lab, and the server-rendered question list.
 */
export const enSpot = {
  instruction:
    'Pick the misconfigured line, then why it is wrong. Half a point for the line, half for the reason.',
  lines: '{label}: pick the misconfigured line',
  line: 'Line {number}',
  reasons: 'Why is it wrong?',
  misconfigured: '✗ Misconfigured',
  yourPick: 'Your pick',
  rightReason: 'Right reason',
  yourReason: 'Your reason',
} as const;

/** Text of a spot-question message. */
export const tspot = createTranslator(enSpot);
