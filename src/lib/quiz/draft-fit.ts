import type { Quiz } from '../../schemas/quiz';
import type { ExamDraft } from './draft';
import { createRandom } from './random';
import { arrangeQuestion } from './registry';

/** Whether `list` and `other` hold the same ids (in any order). */
const sameIds = (list: readonly string[], other: readonly string[]) =>
  list.length === other.length && [...list].sort().join('\n') === [...other].sort().join('\n');

/**
 * Whether `draft` still fits `quiz`: every question it asked is still in the quiz, with the same
 * options, items or steps. A draft that does not fit is discarded, not resumed.
 */
export function draftFitsQuiz(draft: ExamDraft, quiz: Pick<Quiz, 'questions'>): boolean {
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  return draft.questionIds.every((id) => {
    const question = byId.get(id);
    return (
      question !== undefined && sameIds(draft.order[id] ?? [], arrangeQuestion(question, createRandom(0)))
    );
  });
}
