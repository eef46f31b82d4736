import { cleanLearnerName } from '../lib/progress/transfer';
import { LEARNER_KEY } from './keys';
import { createPersistentRecord } from './storage';

const record = createPersistentRecord<string, never>({
  key: LEARNER_KEY,
  empty: () => '',
  // The name as typed, trimmed and cut to the length an export file keeps; '' when none.
  decode: (stored) => ({ value: cleanLearnerName(stored) ?? '', problem: null }),
  encode: (value) => (value === '' ? undefined : value),
});

/**
 * The name the learner gave (`csa:learner`), or '' before they gave one. Shown on a completion
 * record and written into export files, so a team lead can tell learners apart.
 */
export const $learnerName = record.$value;

/** Sets the learner's name (trimmed, cut to `MAX_LEARNER_NAME`); a blank name forgets it. */
export function setLearnerName(name: string): void {
  record.replace(cleanLearnerName(name) ?? '');
}
