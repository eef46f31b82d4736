import { useStore } from '@nanostores/preact';
import { summarizeDraft, type ExamDraft } from '../../lib/quiz/draft';
import { $examDraftProblem, $examDrafts, discardExamDraft } from '../../stores/exam-draft';
import { ts } from '../../i18n/en-session';

export interface DraftNoticeProps {
  quizId: string;
  onResume: (draft: ExamDraft) => void;
}

/**
 * "You have an unfinished exam (5 of 40 answered, 52 minutes left)" with Resume and Discard, on
 * the start panel. Loaded only when storage holds a draft for this quiz (see `QuizIsland.tsx`).
 */
export function DraftNotice({ quizId, onResume }: DraftNoticeProps) {
  const drafts = useStore($examDrafts);
  const problem = useStore($examDraftProblem);
  const draft = Object.hasOwn(drafts, quizId) ? drafts[quizId] : undefined;
  if (draft === undefined) {
    return problem === null ? null : (
      <p class="notice notice-warning" role="alert">
        {ts('draft.unreadable')}
      </p>
    );
  }
  const { answered, total, minutesLeft, expired } = summarizeDraft(draft, new Date());
  const left = expired
    ? ts('draft.expired')
    : minutesLeft === null
      ? ts('draft.untimed')
      : ts('draft.minutesLeft', { count: minutesLeft });
  return (
    <div class="notice draft-notice">
      <p>{ts('draft.unfinished', { answered, count: total, left })}</p>
      <div class="quiz-actions">
        <button type="button" class="button" onClick={() => onResume(draft)}>
          {ts('draft.resume')}
        </button>
        <button type="button" class="button-quiet" onClick={() => discardExamDraft(quizId)}>
          {ts('draft.discard')}
        </button>
      </div>
    </div>
  );
}
