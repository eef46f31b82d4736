// The lesson figures as SVG files, written at build time (no JavaScript on the page draws them):
// `/figures/<name>.svg` and, where a figure has one, its portrait variant `/figures/<name>-narrow.svg`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURES, type FigureDef } from '../../components/figures/registry';

export const getStaticPaths = (() =>
  Object.entries(FIGURES).flatMap(([name, figure]: [string, FigureDef]) => [
    { params: { name }, props: { svg: figure.wide.svg } },
    ...(figure.narrow ? [{ params: { name: `${name}-narrow` }, props: { svg: figure.narrow.svg } }] : []),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
