import type { CourseModule } from '../../lib/progress/stats';
import { attemptCounts, streak } from '../../lib/progress/stats';
import { isLessonComplete } from '../../lib/progress/summary';
import type { Progress } from '../../lib/progress/types';
import { td } from '../../i18n/en-dashboard';

/** Lessons completed, quizzes taken in full, practice sessions and the streak (local days). */
export function Overview({ progress, modules }: { progress: Progress; modules: readonly CourseModule[] }) {
  const lessons = modules.flatMap((module) => module.lessons);
  const completed = lessons.filter((lesson) => isLessonComplete(progress, lesson.quiz)).length;
  const counts = attemptCounts(progress);
  const days = streak(progress, new Date());
  const empty =
    counts.quizzes + counts.practice === 0 &&
    Object.keys(progress.lessons).length === 0 &&
    Object.keys(progress.labs).length === 0;
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{td('overview.heading')}</h2>
      {empty ? (
        <p>{td('overview.empty')}</p>
      ) : (
        <ul class="overview">
          <li>{td('overview.lessons', { completed, count: lessons.length })}</li>
          <li>{td('overview.attempts', { count: counts.quizzes })}</li>
          {counts.practice > 0 && <li>{td('overview.practice', { count: counts.practice })}</li>}
          <li>
            {td('overview.streak', {
              count: days.current,
              longest: td('overview.days', { count: days.longest }),
            })}
          </li>
        </ul>
      )}
    </section>
  );
}
