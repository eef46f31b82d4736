/**
 * Every key the site stores in this browser's localStorage, in one place (the About page names
 * each one, and a test checks it against the code). `csa:probe`, the guard's momentary test
 * write, is in `src/lib/progress/guarded-storage.ts`.
 */

/** The learner's progress (`src/stores/progress.ts`), and what could not be read of it. */
export const PROGRESS_KEY = 'csa:progress';
export const PROGRESS_BACKUP_KEY = 'csa:progress:backup';

/** The review deck (`src/stores/review.ts`), and what could not be read of it. */
export const REVIEW_KEY = 'csa:review';
export const REVIEW_BACKUP_KEY = 'csa:review:backup';

/** Exams in progress (`src/stores/exam-draft.ts`), and what could not be read of them. */
export const EXAM_DRAFT_KEY = 'csa:exam-draft';
export const EXAM_DRAFT_BACKUP_KEY = 'csa:exam-draft:backup';

/** When the learner last exported or quieted the export reminder (`src/stores/export-reminder.ts`). */
export const EXPORT_REMINDER_KEY = 'csa:export-reminder';

/** The learning paths the learner follows (`src/stores/paths.ts`), and what could not be read of it. */
export const PATHS_KEY = 'csa:paths';
export const PATHS_BACKUP_KEY = 'csa:paths:backup';

/** The name the learner gave for completion records and export files (`src/stores/learner.ts`). */
export const LEARNER_KEY = 'csa:learner';
