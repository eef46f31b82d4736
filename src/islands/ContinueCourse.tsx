import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';
import { storedText } from '../stores/storage';
import { PROGRESS_KEY, REVIEW_KEY } from '../stores/keys';
import type { ContinueCardProps } from './ContinueCard';

export interface ContinueCourseProps extends ContinueCardProps {
  /** The start of the course, server-rendered: what a first-time visitor sees. */
  children?: ComponentChildren;
}

/**
 * On the home page: the start of the course for a first-time visitor (the server's markup), or,
 * once anything is stored, "Continue where you left off" with the next step and the reviews due.
 * The card's code loads only for a returning learner, after the first render.
 */
export default function ContinueCourse({ children, ...props }: ContinueCourseProps) {
  const [Card, setCard] = useState<ComponentType<ContinueCardProps> | null>(null);
  useEffect(() => {
    if (storedText(PROGRESS_KEY) === undefined && storedText(REVIEW_KEY) === undefined) return;
    void import('./ContinueCard').then((module) => setCard(() => module.default));
  }, []);
  return Card === null ? <>{children}</> : <Card {...props} />;
}
