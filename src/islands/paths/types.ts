import type { CourseInput } from '../../lib/paths/status';
import type { Path } from '../../schemas/path';

/** What the path islands get from their page: the paths (id and file) and the course they name. */
export interface PathsProps {
  paths: { id: string; path: Path }[];
  course: CourseInput;
}

/** What the home page's "Continue" list needs of each path: its title and steps. */
export interface ContinuePathsProps {
  paths: { id: string; path: Pick<Path, 'title' | 'steps'> }[];
  course: CourseInput;
}
