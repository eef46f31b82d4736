import type { ComposedQuiz } from './compose';
import type { PoolSource, ServedQuiz } from './pool';

/**
 * A composed quiz as served: its own questions (ids without "/", see `composeQuiz`) and, for the
 * rest, runs of `<quiz>/<question>` ids grouped by quiz, in pool order.
 */
export function serveQuiz(composed: ComposedQuiz): ServedQuiz {
  const pool: PoolSource[] = [];
  for (const { id } of composed.questions) {
    const slash = id.indexOf('/');
    if (slash < 0) continue;
    const quiz = id.slice(0, slash);
    const last = pool.at(-1);
    if (last?.quiz === quiz) last.ids.push(id.slice(slash + 1));
    else pool.push({ quiz, ids: [id.slice(slash + 1)] });
  }
  return { ...composed, questions: composed.questions.filter(({ id }) => !id.includes('/')), pool };
}
