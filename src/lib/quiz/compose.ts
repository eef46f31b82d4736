import type { LearnLink, Question, Quiz } from '../../schemas/quiz';

/**
 * A quiz whose `from` has been resolved: one flat pool of questions, each tagged with its module
 * and carrying its `learn` link.
 */
export type ComposedQuiz = Omit<Quiz, 'from' | 'questions'> & { from: []; questions: Question[] };

/** What `composeQuiz` needs to know about the other quizzes. */
export interface QuizCatalog {
  /** The quiz with this id, or undefined. */
  quiz(id: string): Quiz | undefined;
  /** The module whose lesson or module page uses the quiz, if any. */
  moduleOf(id: string): string | undefined;
  /** Where to review a question of quiz `id` (see `learnLink`); none when left out. */
  learn?(id: string, question: Question): LearnLink | undefined;
}

/**
 * Resolves `from`: the pool becomes the quiz's own questions followed by every question of each
 * quiz it names, recursively. Pulled-in questions get the id `<source quiz>/<question>` so ids
 * stay unique, and every question gets `tags.module` from the quiz it was written in (a module's
 * results then show by module) and `learn` from `catalog.learn`, which replaces `section`.
 * Throws on an unknown quiz or a cycle, naming the chain.
 */
export function composeQuiz(id: string, catalog: QuizCatalog, chain: readonly string[] = []): ComposedQuiz {
  if (chain.includes(id)) throw new Error(`quiz "from" forms a cycle: ${[...chain, id].join(' → ')}`);
  const quiz = catalog.quiz(id);
  if (quiz === undefined) {
    throw new Error(`quiz "${chain.at(-1) ?? id}" draws from "${id}", which is not in content/quizzes/`);
  }
  const module = catalog.moduleOf(id);
  const own = quiz.questions.map((question) =>
    withModule(withLearn(question, catalog.learn?.(id, question)), module),
  );
  const pulled = quiz.from.flatMap((source) =>
    composeQuiz(source, catalog, [...chain, id]).questions.map((question): Question => ({
      ...question,
      id: question.id.includes('/') ? question.id : `${source}/${question.id}`,
    })),
  );
  return { ...quiz, questions: [...own, ...pulled], from: [] };
}

function withModule(question: Question, module: string | undefined): Question {
  return module === undefined ? question : { ...question, tags: { ...question.tags, module } };
}

/** The question with `learn` in place of `section`, which only the build needs. */
function withLearn({ section: _section, ...question }: Question, learn: LearnLink | undefined): Question {
  return learn === undefined ? question : { ...question, learn };
}
