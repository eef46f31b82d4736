import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * The value of `store`, rendering again when it changes: `useStore` of `@nanostores/preact`
 * without its support for map keys, so the islands every quiz page loads at start stay small.
 * Subscribing renders once more right away, which also catches a change made between render
 * and effect.
 */
export function useAtom<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  useEffect(() => store.subscribe(() => rerender({})), [store]);
  return store.get();
}
