// Each quiz, answers included, as JSON: the quiz island loads it when it runs, so pages carry
// only what a reader needs. Answers are checked in the browser: not secret. Every question ships
// once, in its own quiz's file: a quiz that draws `from` others lists their questions' ids
// (`serveQuiz`), and an attempt loads only the files holding the questions it asks.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ServedQuiz } from '../../lib/quiz/pool';
import { serveQuiz } from '../../lib/quiz/serve';
import { loadComposedQuizzes } from '../../build/content';

export const getStaticPaths = (async () => {
  const quizzes = await loadComposedQuizzes();
  return [...quizzes].map(([id, quiz]) => ({ params: { id }, props: { quiz: serveQuiz(quiz) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: ServedQuiz }> = ({ props }) =>
  new Response(JSON.stringify(props.quiz), { headers: { 'Content-Type': 'application/json' } });
