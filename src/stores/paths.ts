import { decodeFollowed, follow, unfollow } from '../lib/paths/followed';
import { PATHS_BACKUP_KEY, PATHS_KEY } from './keys';
import { createPersistentRecord } from './storage';

const record = createPersistentRecord<string[], 'unreadable'>({
  key: PATHS_KEY,
  backupKey: PATHS_BACKUP_KEY,
  empty: () => [],
  decode: decodeFollowed,
  encode: (value) => (value.length === 0 ? undefined : JSON.stringify(value)),
});

/** Ids of the paths the learner follows, in the order they were followed (`csa:paths`). */
export const $followedPaths = record.$value;

/** Follows path `id` (a link to `/paths/<id>/` offers it); following twice changes nothing. */
export function followPath(id: string): void {
  record.update((current) => follow(current, id));
}

/** Stops following path `id`; its progress stays, as it lives in the learner's attempts. */
export function unfollowPath(id: string): void {
  record.update((current) => unfollow(current, id));
}
