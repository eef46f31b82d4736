import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { storedText } from '../../stores/storage';
import { PATHS_KEY, PROGRESS_KEY } from '../../stores/keys';
import type { ContinuePathsProps } from './types';

/**
 * On the home page: "Continue <path>: <next step>" for each path the learner follows or has
 * started. A first visit (nothing stored) shows nothing and loads nothing more; otherwise the list
 * and the path code load after the first render, so the home page stays light at load.
 */
export default function ContinuePaths(props: ContinuePathsProps) {
  const [List, setList] = useState<ComponentType<ContinuePathsProps> | null>(null);
  useEffect(() => {
    if (storedText(PATHS_KEY) === undefined && storedText(PROGRESS_KEY) === undefined) return;
    void import('./ContinueList').then((module) => setList(() => module.default));
  }, []);
  return List === null ? null : <List {...props} />;
}
