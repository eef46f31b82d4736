import { useStore } from '@nanostores/preact';
import type { OutlineModule } from '../lib/course/outline';
import { moduleHref } from '../lib/course/routes';
import { isLessonComplete, summarizeQuiz } from '../lib/progress/summary';
import { $progress } from '../stores/progress';
import { t } from '../i18n/en';
import { ProgressNotice } from './ProgressNotice';
import { useMounted } from './use-mounted';

export interface CourseProgressProps {
  modules: OutlineModule[];
}

/**
 * The course outline with the learner's status and best score per lesson. The server renders
 * the outline alone; statuses appear once stored progress has been read.
 */
export default function CourseProgress({ modules }: CourseProgressProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  const lessons = modules.flatMap((module) => module.lessons);
  const completed = lessons.filter((lesson) => isLessonComplete(progress, lesson.quiz)).length;

  return (
    <div class="course">
      {mounted && <ProgressNotice />}
      <p class="course-summary">
        {mounted ? t('progress.summary', { completed, count: lessons.length }) : '\u00a0'}
      </p>
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
              const summary = summarizeQuiz(progress, lesson.quiz);
              const visited = Object.hasOwn(progress.lessons, lesson.id);
              const status = summary.passed
                ? t('progress.status.completed')
                : visited || summary.attempts > 0
                  ? t('progress.status.visited')
                  : t('progress.status.notStarted');
              return (
                <li key={lesson.id} class="lesson-card">
                  <a href={lesson.href}>{lesson.title}</a>
                  <p>{lesson.summary}</p>
                  <p class="lesson-meta">
                    {t('lesson.minutes', { minutes: lesson.minutes })}
                    {mounted && (
                      <>
                        {' · '}
                        <span class={summary.passed ? 'status status-completed' : 'status'}>{status}</span>
                        {summary.best !== null && (
                          <> · {t('progress.best', { percent: summary.best.percent })}</>
                        )}
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
