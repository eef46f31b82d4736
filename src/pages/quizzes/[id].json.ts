// The full quiz, answers included, as JSON: the quiz island loads it on hydration, so the lesson
// HTML carries only what a reader needs. Answers are checked in the browser: they are not secret.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

export const getStaticPaths = (async () => {
  const quizzes = await getCollection('quizzes');
  return quizzes.map((quiz) => ({ params: { id: quiz.id }, props: { quiz } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = ({ props }) =>
  new Response(JSON.stringify(props.quiz.data), { headers: { 'Content-Type': 'application/json' } });
