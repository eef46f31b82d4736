import { useEffect, useState } from 'preact/hooks';

/**
 * False during server rendering and the first client render, true after. Anything read from
 * localStorage renders only once this is true, so hydration sees the same markup as the server.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
