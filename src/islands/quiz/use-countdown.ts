import { useEffect, useRef, useState } from 'preact/hooks';
import { ts } from '../../i18n/en-session';

/** Seconds as m:ss. */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Remaining seconds at which a polite announcement is made: never every second. */
function checkpoints(limit: number): number[] {
  return [Math.floor(limit / 2), 300, 60].filter((mark) => mark > 0 && mark < limit);
}

/**
 * Counts down from `limitSeconds` (null: untimed). Announces the time left at half time, five
 * minutes and one minute through `announce`, and calls `onExpire` once at zero. Returns the time
 * left as m:ss for display, or null when untimed.
 */
export function useCountdown(
  limitSeconds: number | null,
  announce: (text: string) => void,
  onExpire: () => void,
): string | null {
  const [left, setLeft] = useState(limitSeconds);
  // The latest callbacks, so the interval never calls a stale closure.
  const latest = useRef({ announce, onExpire });
  latest.current = { announce, onExpire };

  useEffect(() => {
    if (limitSeconds === null) return undefined;
    const endsAt = Date.now() + limitSeconds * 1000;
    const marks = checkpoints(limitSeconds);
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(remaining);
      const mark = marks[0];
      if (mark !== undefined && remaining <= mark) {
        marks.shift();
        const minutes = Math.floor(mark / 60);
        latest.current.announce(minutes <= 1 ? ts('timer.announceOne') : ts('timer.announce', { minutes }));
      }
      if (remaining === 0) {
        window.clearInterval(interval);
        latest.current.onExpire();
      }
    };
    const interval = window.setInterval(tick, 1000);
    return () => window.clearInterval(interval);
  }, [limitSeconds]);

  return limitSeconds === null || left === null ? null : clock(left);
}
