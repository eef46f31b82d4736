import { describe, expect, it } from 'vitest';
import { readAttributes, readPageHead } from '../../../../src/lib/headers/html';

describe('readAttributes', () => {
  it('reads quoted, unquoted and bare attributes, decoding entities and keeping the first of a repeat', () => {
    const attributes = readAttributes(
      `<meta a="x &amp; &quot;y&quot; &#39;z&#39;" b='q' c=plain d id="1" id="2">`,
    );
    expect(Object.fromEntries(attributes)).toEqual({ a: `x & "y" 'z'`, b: 'q', c: 'plain', d: '', id: '1' });
  });
});

describe('readPageHead', () => {
  it('finds the meta CSPs, the last referrer policy and the scripts with their integrity', () => {
    const head = readPageHead(`<html><head>
      <meta charset="utf-8">
      <META HTTP-EQUIV="Content-Security-Policy" CONTENT="script-src 'self'">
      <meta http-equiv="content-security-policy" content="">
      <meta http-equiv="refresh" content="5">
      <meta name="referrer" content="origin">
      <meta name="Referrer" content="no-referrer">
      <meta name="referrer">
      <script type="module" src="/_astro/a.js"></script>
      <script src="https://cdn.example/b.js" integrity="sha384-x" crossorigin></script>
      <script type="module">console.log(1)</script>
    </head></html>`);
    expect(head).toEqual({
      csp: ["script-src 'self'"],
      referrer: ['no-referrer'],
      scripts: [
        { src: '/_astro/a.js', integrity: null },
        { src: 'https://cdn.example/b.js', integrity: 'sha384-x' },
      ],
      scriptCount: 3,
    });
  });
});
