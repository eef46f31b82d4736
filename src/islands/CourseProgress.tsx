import type { OutlineModule } from '../lib/course/outline';
import { moduleHref } from '../lib/course/routes';
import { completedCount, stepStatus } from '../lib/course/status';
import { $progress } from '../stores/progress';
import { tc } from '../i18n/en-course';
import { ProgressNotice } from './ProgressNotice';
import { useMounted } from './use-mounted';
import { useAtom } from './use-atom';

export interface CourseProgressProps {
  modules: OutlineModule[];
}

/**
 * The course outline with the learner's status and best score per lesson. The server renders
 * the outline alone; statuses appear once stored progress has been read.
 */
export default function CourseProgress({ modules }: CourseProgressProps) {
  const mounted = useMounted();
  const progress = useAtom($progress);
  const lessons = modules.flatMap((module) => module.lessons);
  const summary = completedCount(
    progress,
    lessons.map((lesson) => lesson.quiz),
  );

  return (
    <div class="course">
      {mounted && <ProgressNotice />}
      <p class="course-summary">{mounted ? tc('progress.summary', summary) : '\u00a0'}</p>
      {modules.map((module) => (
        <section class="module" key={module.id} aria-labelledby={`module-${module.id}`}>
          <h3 id={`module-${module.id}`}>
            <a href={moduleHref(module.id)}>
              {module.order}. {module.title}
            </a>
          </h3>
          <p>{module.description}</p>
          <ol class="lesson-list">
            {module.lessons.map((lesson) => {
              const status = stepStatus(progress, lesson.quiz, lesson.id);
              const passed = status.code === 'passed';
              return (
                <li key={lesson.id} class="lesson-card">
                  <a href={lesson.href}>{lesson.title}</a>
                  <p>{lesson.summary}</p>
                  <p class="lesson-meta">
                    {tc('lesson.minutes', { minutes: lesson.minutes })}
                    {mounted && (
                      <>
                        {' · '}
                        <span class={passed ? 'status status-completed' : 'status'}>
                          {tc(
                            passed
                              ? 'progress.status.completed'
                              : status.code === 'not-started'
                                ? 'progress.status.notStarted'
                                : 'progress.status.visited',
                          )}
                        </span>
                        {'best' in status && <> · {tc('progress.best', { percent: status.best })}</>}
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
