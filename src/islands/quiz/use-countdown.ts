import { useEffect, useRef, useState } from 'preact/hooks';
import { ts } from '../../i18n/en-session';

/** Seconds as m:ss. */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Remaining seconds at which a polite announcement is made: never every second. */
function checkpoints(limit: number): number[] {
  return [Math.floor(limit / 2), 300, 60].filter((mark) => mark > 0 && mark < limit);
}

const secondsUntil = (deadline: number) => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/**
 * Counts down to `deadline` (milliseconds since 1970, a wall-clock time, so a resumed exam keeps
 * counting the time spent away; null: untimed). Announces the time left through `announce` at half
 * of `limitSeconds`, five minutes and one minute (only the marks still ahead), and calls `onExpire`
 * once at zero. Returns the time left as m:ss for display, or null when untimed.
 */
export function useCountdown(
  deadline: number | null,
  limitSeconds: number | null,
  announce: (text: string) => void,
  onExpire: () => void,
): string | null {
  const [left, setLeft] = useState(deadline === null ? null : secondsUntil(deadline));
  // The latest callbacks, so the interval never calls a stale closure.
  const latest = useRef({ announce, onExpire });
  latest.current = { announce, onExpire };

  useEffect(() => {
    if (deadline === null) return undefined;
    const marks = checkpoints(limitSeconds ?? 0).filter((mark) => mark < secondsUntil(deadline));
    const tick = () => {
      const remaining = secondsUntil(deadline);
      setLeft(remaining);
      const mark = marks[0];
      if (mark !== undefined && remaining <= mark) {
        marks.shift();
        const minutes = Math.floor(mark / 60);
        latest.current.announce(
          minutes <= 1 ? ts('timer.announceOne') : ts('timer.announce', { count: minutes }),
        );
      }
      if (remaining === 0) {
        window.clearInterval(interval);
        latest.current.onExpire();
      }
    };
    const interval = window.setInterval(tick, 1000);
    return () => window.clearInterval(interval);
  }, [deadline, limitSeconds]);

  return deadline === null || left === null ? null : clock(left);
}
