// Exams in progress (`csa:exam-draft`), so a reload or a link followed by mistake loses nothing.
// The running exam writes its draft on every change; the start panel loads this module only when
// storage holds a draft for its quiz (see `QuizIsland.tsx`), so a lesson page does not pay for it.
import {
  decodeDrafts,
  encodeDrafts,
  withDraft,
  withoutDraft,
  type DraftProblem,
  type ExamDraft,
  type ExamDrafts,
} from '../lib/quiz/draft';
import { EXAM_DRAFT_BACKUP_KEY, EXAM_DRAFT_KEY } from './keys';
import { createPersistentRecord } from './storage';

const record = createPersistentRecord<ExamDrafts, DraftProblem>({
  key: EXAM_DRAFT_KEY,
  backupKey: EXAM_DRAFT_BACKUP_KEY,
  empty: () => ({}),
  decode: decodeDrafts,
  encode: encodeDrafts,
});

/** Every exam in progress, by quiz id. */
export const $examDrafts = record.$value;

/** What was wrong with the stored drafts when they were read (tampered ones are dropped), or null. */
export const $examDraftProblem = record.$problem;

/** Stores `draft`, replacing any earlier draft of its quiz. */
export function saveExamDraft(draft: ExamDraft): void {
  record.update((drafts) => withDraft(drafts, draft));
}

/** Removes the draft of `quizId` (submitted or discarded). */
export function discardExamDraft(quizId: string): void {
  record.update((drafts) => withoutDraft(drafts, quizId));
}

/** The draft of `quizId`, or undefined. */
export function examDraftOf(quizId: string): ExamDraft | undefined {
  const drafts = $examDrafts.get();
  return Object.hasOwn(drafts, quizId) ? drafts[quizId] : undefined;
}
