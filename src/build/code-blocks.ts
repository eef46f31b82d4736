/**
 * Code blocks in lessons, coloured without inline styles.
 *
 * Shiki colours each token with a `style` attribute, which the site's Content-Security-Policy
 * blocks (it allows hashed styles only). With Shiki's `css-variables` theme every token's style
 * is one of a few `color:var(--astro-code-…)` values; this transformer turns each into a class
 * (`hl-keyword`, `hl-string-expression`…) that `src/styles/global.css` colours for the light and
 * the dark theme. A token in the default colour keeps only its text, which keeps the HTML small.
 *
 * It also makes each block a labelled, keyboard-focusable region (`role="region"`, an
 * `aria-label` naming the language, Shiki's `tabindex="0"`), so a line wider than the screen
 * scrolls inside the block, by keyboard too, and never the page.
 *
 * Any style it does not know fails the build: the browser would drop it without a word.
 */

/** The part of a HAST node this transformer reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Names shown in a code block's label, by Shiki language id; others show the id itself. */
const LANGUAGE_NAMES: Record<string, string> = {
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  sh: 'Shell',
  bash: 'Shell',
  shell: 'Shell',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  js: 'JavaScript',
  javascript: 'JavaScript',
  hcl: 'HCL',
  terraform: 'Terraform',
  python: 'Python',
  py: 'Python',
};

/** The accessible name of a code block in `language` (a Shiki id; plain text has none). */
export function codeBlockLabel(language: string | undefined): string {
  if (language === undefined || language === '' || language === 'plaintext' || language === 'text') {
    return 'Code';
  }
  return `Code: ${LANGUAGE_NAMES[language] ?? language}`;
}

const VARIABLE = /^color:\s*var\(--astro-code-(?:token-)?([a-z0-9-]+)\)$/;
const FONT: Record<string, string> = {
  'font-style:italic': 'hl-i',
  'font-weight:bold': 'hl-b',
  'text-decoration:underline': 'hl-u',
};

/**
 * The classes that stand for an inline `style` Shiki wrote, in order; throws on any declaration
 * that is not a theme variable or a font style.
 */
export function classesForStyle(style: string): string[] {
  return style
    .split(';')
    .map((declaration) => declaration.trim().replace(/\s*:\s*/, ':'))
    .filter((declaration) => declaration !== '')
    .flatMap((declaration) => {
      const variable = VARIABLE.exec(declaration)?.[1];
      if (variable !== undefined) return variable === 'foreground' ? [] : [`hl-${variable}`];
      const font = FONT[declaration];
      if (font !== undefined) return [font];
      throw new Error(
        `Code block: Shiki wrote the style "${declaration}", which the Content-Security-Policy would block. ` +
          'Use the css-variables theme (astro.config.mjs) or map the style to a class in src/build/code-blocks.ts.',
      );
    });
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Replaces every `style` under `node` with classes (see `classesForStyle`). */
function stylesToClasses(node: HastNode): void {
  const properties = node.properties;
  if (properties !== undefined && 'style' in properties) {
    const added = classesForStyle(String(properties['style']));
    delete properties['style'];
    const classes = [...classList(properties['class'] ?? properties['className']), ...added];
    delete properties['className'];
    if (classes.length > 0) properties['class'] = classes.join(' ');
    else delete properties['class'];
  }
  if (node.children === undefined) return;
  for (const child of node.children) stylesToClasses(child);
  // A token in the default colour needs no element of its own: keep just its text.
  node.children = node.children.flatMap((child) =>
    child.type === 'element' && child.tagName === 'span' && Object.keys(child.properties ?? {}).length === 0
      ? (child.children ?? [])
      : [child],
  );
}

/**
 * A Shiki transformer (for `markdown.shikiConfig.transformers`) that leaves no `style` attribute
 * in a code block and makes the block a labelled, focusable region. Runs last, on the finished
 * tree, after Astro's own transformer has set the block's classes and language.
 */
export function codeBlocksWithoutInlineStyles() {
  return {
    name: 'code-blocks-without-inline-styles',
    root(root: HastNode) {
      for (const pre of root.children ?? []) {
        if (pre.type !== 'element' || pre.tagName !== 'pre' || pre.properties === undefined) continue;
        // The block's own background and colour come from the stylesheet (`.astro-code`).
        delete pre.properties['style'];
        const language = pre.properties['dataLanguage'];
        pre.properties['class'] = classList(pre.properties['class'])
          .filter((name) => name !== 'css-variables')
          .join(' ');
        pre.properties['role'] = 'region';
        pre.properties['ariaLabel'] = codeBlockLabel(typeof language === 'string' ? language : undefined);
        pre.properties['tabindex'] = '0';
      }
      stylesToClasses(root);
    },
  };
}
