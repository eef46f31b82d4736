import { moduleHref } from '../../lib/course/routes';
import { moduleProgress, type CourseModule } from '../../lib/progress/stats';
import type { Progress } from '../../lib/progress/types';
import { levelName, td } from '../../i18n/en-dashboard';
import { DataTable } from './DataTable';

const percentOrNone = (percent: number | null) =>
  percent === null ? td('none') : td('percent', { percent });

/** Per module: lessons completed, the module quiz's best and latest full scores, and mastery. */
export function Modules({ progress, modules }: { progress: Progress; modules: readonly CourseModule[] }) {
  return (
    <section aria-labelledby="modules-heading">
      <h2 id="modules-heading">{td('modules.heading')}</h2>
      <DataTable
        label={td('modules.table')}
        columns={[
          td('modules.module'),
          td('modules.lessons'),
          td('modules.best'),
          td('modules.last'),
          td('modules.mastery'),
        ]}
        rows={moduleProgress(progress, modules).map((module) => ({
          key: module.id,
          header: <a href={moduleHref(module.id)}>{module.title}</a>,
          cells: [
            td('modules.lessonsValue', { completed: module.lessonsCompleted, total: module.lessonsTotal }),
            percentOrNone(module.quizBest),
            percentOrNone(module.quizLast),
            levelName(module.mastery.level),
          ],
        }))}
      />
    </section>
  );
}
