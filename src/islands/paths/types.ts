import type { CourseInput } from '../../lib/paths/status';
import type { Path } from '../../schemas/path';

/** What the path islands get from their page: the paths (id and file) and the course they name. */
export interface PathsProps {
  paths: { id: string; path: Path }[];
  course: CourseInput;
}
