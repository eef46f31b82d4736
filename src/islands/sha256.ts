// SHA-256 in the browser, for completion records and the team report's check of them.
import { hexDigest } from '../lib/paths/digest';

/** SHA-256 of `text` as lowercase hex, with the browser's crypto (null where it is not available). */
export async function sha256Hex(text: string): Promise<string | null> {
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return null;
  return hexDigest(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
