// A lab's data for the browser (`/labs/<id>.json`), loaded only when the learner starts the lab.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toLabData } from '../../lib/labs/data';

export const getStaticPaths = (async () =>
  (await getCollection('labs')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'labs'> }> = ({ props }) =>
  new Response(JSON.stringify(toLabData(props.entry.data, props.entry.id)), {
    headers: { 'Content-Type': 'application/json' },
  });
