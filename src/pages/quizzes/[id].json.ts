// Each quiz, answers included and `from` resolved, as JSON: the quiz island loads it when it
// runs, so pages carry only what a reader needs. Answers are checked in the browser: not secret.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ComposedQuiz } from '../../lib/quiz/compose';
import { loadComposedQuizzes } from '../../build/content';

export const getStaticPaths = (async () => {
  const quizzes = await loadComposedQuizzes();
  return [...quizzes].map(([id, quiz]) => ({ params: { id }, props: { quiz } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: ComposedQuiz }> = ({ props }) =>
  new Response(JSON.stringify(props.quiz), { headers: { 'Content-Type': 'application/json' } });
