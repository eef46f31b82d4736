/**
 * The client renderer of Preact islands, in place of `@astrojs/preact/client.js` (see
 * `astro.config.mjs`): the same hydration, without what no island here uses: props passed as
 * signals (which made `@preact/signals` reachable from every page) and the per-island id masks
 * that only `useId` needs. Every page with an island loads it at start, so each byte counts. If
 * an island ever needs signals or `useId`, remove the alias to get the package's renderer back.
 */
import { h, hydrate, render, type ComponentType } from 'preact';

/** Server-rendered slot content, left as it is (`astro-slot` is where Astro put it). */
const StaticHtml = ({ value, name }: { value: string; name?: string }) =>
  value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string>,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
