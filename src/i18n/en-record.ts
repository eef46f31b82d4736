import { createTranslator, type Message } from './translate';

/** Words of the completion record page (`RecordView`), loaded only there. */
export const enRecord = {
  notComplete:
    'This path is not complete yet ({done} of {count} required steps done), so there is no record to make.',
  back: 'Back',
  'name.label': 'Your name, as it should appear on the record',
  'name.save': 'Save name',
  'name.edit': 'Change name',
  'name.missing': 'Type your name above to put it on the record.',
  'name.hint':
    'Kept in this browser and written into your progress files, so a team lead can tell them apart.',
  print: 'Print or save as PDF',
  download: 'Download the record file',
  title: 'Completion record',
  statement: '{name} completed the learning path “{path}” of Cloud Security Academy.',
  'statement.final': '{name} passed the final assessment of Cloud Security Academy.',
  unnamed: 'A learner who gave no name',
  started: 'Started',
  completed: 'Completed',
  generated: 'Record made',
  version: 'Site version',
  steps: 'Required steps and best results',
  step: 'Step',
  kind: 'Kind',
  score: 'Best score',
  doneOn: 'Done on',
  noScore: '—',
  percent: '{percent}\u00a0%',
  digest: 'Digest of the attempts summarised',
  'digest.count': {
    one: 'SHA-256 of {count} full attempt',
    other: 'SHA-256 of {count} full attempts',
  },
  'digest.pending': 'Computing…',
  'digest.unavailable': 'This browser cannot compute the digest (it needs a secure connection).',
  selfAttested:
    'Self-attested. This record was made in the learner’s own browser from the progress kept there. The quiz questions and their answers are public in the site’s quiz data, so it shows what the learner reports, not a proctored result. A team lead can load the learner’s progress file in the team report to check that the file and this digest agree.',
  retriesNote:
    'Scores are from full quiz attempts only: retries of missed questions and reviews never count.',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tr = createTranslator(enRecord);
