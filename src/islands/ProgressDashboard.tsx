import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $progress } from '../stores/progress';
import type { CourseLab } from '../lib/progress/lab-summary';
import { attemptHistory, type CourseModule } from '../lib/progress/stats';
import { td } from '../i18n/en-dashboard';
import { ProgressNotice } from './ProgressNotice';
import { useMounted } from './use-mounted';
import type { AssessmentInfo } from './dashboard/Assessment';
import { ExportReminder } from './dashboard/ExportReminder';
import { Modules } from './dashboard/Modules';
import { Overview } from './dashboard/Overview';
import { Review } from './dashboard/Review';

export interface ProgressDashboardProps {
  modules: CourseModule[];
  /** The final assessment, shown on its own. */
  assessment: AssessmentInfo;
  /** Quiz titles by id, for the history table. */
  quizTitles: Record<string, string>;
  /** The course's labs (id and title) in the order of the lab list, for the labs section. */
  labs: CourseLab[];
  /** Version of the site, written into exported files. */
  siteVersion: string;
}

/**
 * The learner's progress, one section a component (see `dashboard/`): the export reminder, spaced
 * review and what falls due next, totals and streak, and modules; then, loaded just after the first
 * render, what to study next, the final assessment's card, the labs, mastery by topic, the attempt history
 * (chart and table), and export, import and reset. All figures come from `src/lib/progress` and
 * all words from `src/i18n`. Nothing shows before stored progress is read. The mastery rules are
 * the same for everyone: the page renders them.
 */
type Later = typeof import('./dashboard/later');

/** The sections below the fold, once loaded (just after the first render); null until then. */
function useLater(): Later | null {
  const [later, setLater] = useState<Later | null>(null);
  useEffect(() => {
    void import('./dashboard/later').then((module) => setLater(module));
  }, []);
  return later;
}

export default function ProgressDashboard({
  modules,
  assessment,
  quizTitles,
  labs,
  siteVersion,
}: ProgressDashboardProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  const later = useLater();
  // As tall as the screen until the dashboard renders, so what follows the island (the mastery
  // rules) starts below the first screen and does not jump when the dashboard appears.
  if (!mounted) return <p class="dashboard-loading">{td('overview.loading')}</p>;
  const history = attemptHistory(progress);
  return (
    <div class="dashboard">
      <ProgressNotice />
      <ExportReminder progress={progress} siteVersion={siteVersion} />
      <Review moduleNames={Object.fromEntries(modules.map((module) => [module.id, module.title]))} />
      <Overview progress={progress} modules={modules} />
      <Modules progress={progress} modules={modules} />
      {later !== null && <later.StudyNext progress={progress} modules={modules} />}
      {later !== null && <later.Assessment progress={progress} assessment={assessment} />}
      {later !== null && <later.Labs progress={progress} labs={labs} />}
      {later !== null && <later.Mastery progress={progress} />}
      {later !== null && history.length > 0 && (
        <later.History
          history={history}
          quizTitles={quizTitles}
          roles={{ moduleQuizzes: modules.flatMap((module) => module.quiz ?? []), finalQuiz: assessment.id }}
          passPercent={assessment.passPercent}
        />
      )}
      {later !== null && <later.DataSection siteVersion={siteVersion} />}
    </div>
  );
}
