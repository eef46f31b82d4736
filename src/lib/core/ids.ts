/**
 * A new random id (a UUID where the browser offers one), for attempts and drafts, so records made
 * in two tabs or two browsers never collide. `crypto.randomUUID` needs a secure context (https or
 * localhost); on a plain-http host the id is 32 random hex digits instead.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
