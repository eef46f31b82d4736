import { wholePercent } from '../core/numbers';
import { dayKey } from '../core/local-day';
import { compareTimes, dayNumber, isDayKey } from '../core/time';
import { moduleHref } from '../course/routes';
import { isFullQuiz, masteryByTag, type MasteryLevel, type TagMastery } from './mastery';
import { isLessonComplete, summarizeQuiz } from './summary';
import type { AttemptKind, Progress, QuizMode } from './types';

/** A lesson as the dashboard needs it; `OutlineLesson` fits. */
export interface CourseLesson {
  id: string;
  title: string;
  /** Site-relative address of the lesson page. */
  href: string;
  /** Id of the lesson's quiz. */
  quiz: string;
}

/** A module as the dashboard needs it; `OutlineModule` fits, with `quiz` added where known. */
export interface CourseModule {
  id: string;
  title: string;
  lessons: readonly CourseLesson[];
  /** Id of the module quiz, if the module has one. */
  quiz?: string | undefined;
}

/** The course as the dashboard needs it; `Outline` fits. */
export interface CourseInput {
  modules: readonly CourseModule[];
}

/**
 * The learner's calendar days (`YYYY-MM-DD` in `timeZone`, by default this browser's; sorted, each
 * once) on which they finished an attempt kept in full (of any kind: practice is activity too),
 * first or last opened a lesson (visits in between are not recorded), first or last ran a lab's
 * checks (runs in between are not recorded), or finished an archived attempt (`archive.days`).
 * Times and day keys that do not parse are skipped.
 */
export function activeDays(progress: Progress, timeZone?: string): string[] {
  const days = new Set<string>();
  const add = (day: string | null) => {
    if (day !== null) days.add(day);
  };
  for (const attempt of progress.attempts) add(dayKey(attempt.finishedAt, timeZone));
  for (const lesson of Object.values(progress.lessons)) {
    add(dayKey(lesson.firstVisitedAt, timeZone));
    add(dayKey(lesson.lastVisitedAt, timeZone));
  }
  for (const lab of Object.values(progress.labs)) {
    add(dayKey(lab.firstRunAt, timeZone));
    add(dayKey(lab.lastRunAt, timeZone));
  }
  for (const day of Object.keys(progress.archive.days)) if (isDayKey(day)) days.add(day);
  return [...days].sort();
}

/**
 * Runs of consecutive active days (see `activeDays`). `current` is the run that ends today or
 * yesterday (the learner's days in `timeZone`), so the streak survives until the learner misses a
 * whole day; 0 otherwise. `longest` is the longest run ever, days after `today` included.
 */
export function streak(
  progress: Progress,
  today: Date,
  timeZone?: string,
): { current: number; longest: number } {
  const numbers = activeDays(progress, timeZone).map(dayNumber);
  const todayNumber = dayNumber(dayKey(today, timeZone) ?? '');
  let longest = 0;
  let current = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of numbers) {
    run = day - previous === 1 ? run + 1 : 1;
    previous = day;
    longest = Math.max(longest, run);
    if (day === todayNumber || day === todayNumber - 1) current = run;
  }
  return { current, longest };
}

/** One attempt on the dashboard's timeline. */
export interface HistoryEntry {
  /** Id of the attempt. */
  id: string;
  /** When it finished, as stored (ISO 8601). */
  at: string;
  /** The learner's calendar day it finished on, `YYYY-MM-DD`. */
  day: string;
  /** The quiz, or `REVIEW_QUIZ_ID` for a review session. */
  quizId: string;
  /** A full quiz, a retry of missed questions or a review session. */
  kind: AttemptKind;
  /** Score as a whole percentage, rounded down. */
  percent: number;
  passed: boolean;
  mode: QuizMode;
}

/**
 * The attempts kept in full, of every kind (archived ones have no per-attempt record), oldest
 * first by finishing time (stored order on a tie), only those at `quizIds` when given, dated on the
 * learner's days in `timeZone`. Attempts whose time does not parse cannot be placed on a timeline
 * and are left out.
 */
export function attemptHistory(
  progress: Progress,
  { quizIds, timeZone }: { quizIds?: readonly string[]; timeZone?: string } = {},
): HistoryEntry[] {
  const wanted = quizIds === undefined ? null : new Set(quizIds);
  return progress.attempts
    .filter((attempt) => wanted === null || wanted.has(attempt.quizId))
    .flatMap((attempt) => {
      const day = dayKey(attempt.finishedAt, timeZone);
      return day === null ? [] : [{ attempt, day, time: Date.parse(attempt.finishedAt) }];
    })
    .sort((a, b) => a.time - b.time)
    .map(({ attempt, day }) => ({
      id: attempt.id,
      at: attempt.finishedAt,
      day,
      quizId: attempt.quizId,
      kind: attempt.kind,
      percent: wholePercent(attempt.earned, attempt.total),
      passed: attempt.passed,
      mode: attempt.mode,
    }));
}

/**
 * How many attempts the learner made, at every quiz or only at `quizId`: `quizzes` counts full
 * quizzes, archived ones included; `practice` counts the retries of missed questions and the review
 * sessions kept in full.
 */
export function attemptCounts(progress: Progress, quizId?: string): { quizzes: number; practice: number } {
  const attempts = progress.attempts.filter((attempt) => quizId === undefined || attempt.quizId === quizId);
  const full = attempts.filter(isFullQuiz).length;
  const archived = Object.entries(progress.archive.quizzes)
    .filter(([id]) => quizId === undefined || id === quizId)
    .reduce((sum, [, quiz]) => sum + quiz.attempts, 0);
  return { quizzes: full + archived, practice: attempts.length - full };
}

/**
 * When the learner last finished a full attempt at `quizId` (ISO 8601, as stored), archived
 * attempts included; null before any. Retries and reviews are practice and do not count.
 */
export function lastFullAttemptAt(progress: Progress, quizId: string): string | null {
  let last = Object.hasOwn(progress.archive.quizzes, quizId)
    ? progress.archive.quizzes[quizId]?.lastAt
    : undefined;
  for (const attempt of progress.attempts) {
    if (attempt.quizId !== quizId || !isFullQuiz(attempt)) continue;
    if (last === undefined || compareTimes(attempt.finishedAt, last) > 0) last = attempt.finishedAt;
  }
  return last ?? null;
}

/** A page to revisit. */
export interface StudyPage {
  title: string;
  /** Site-relative address. */
  href: string;
}

/** "Start this lesson": a lesson never opened whose quiz was never taken. */
export interface LessonSuggestion {
  kind: 'not-started';
  /** `module:<id>` of the lesson's module. */
  tag: string;
  /** The lesson's title. */
  title: string;
  /** The title of the lesson's module. */
  module: string;
  /** The lesson page. */
  href: string;
}

/**
 * A topic to work on: `weak-topic` below the proficient level, `strong-topic` proficient but not
 * mastered yet. Numbers and codes only: the dashboard words them (an area is named by its tag).
 */
export interface TopicSuggestion {
  kind: 'weak-topic' | 'strong-topic';
  /** The topic's tag key. */
  tag: string;
  topic: { type: 'module'; id: string; title: string } | { type: 'area'; area: string };
  /** Overall score on the topic in full quizzes, whole percent rounded down. */
  percent: number;
  /** Points available on the topic in full quizzes (one per question asked). */
  total: number;
  level: MasteryLevel;
  /** The page to revisit, when one is known: the module page, or where an area scored lowest. */
  page?: StudyPage;
}

/** One "study next" suggestion. */
export type StudySuggestion = LessonSuggestion | TopicSuggestion;

/** Fewest points available (questions asked) on a topic before it is suggested. */
export const STUDY_NEXT_MIN_TOTAL = 3;

/** Levels below the proficient mark, where a topic is weak. */
const WEAK_LEVELS: ReadonlySet<MasteryLevel> = new Set(['not-started', 'attempted', 'familiar']);

/**
 * The page that teaches an area best to revisit: of the lessons (and module quizzes) whose full
 * quizzes kept in full asked questions on `tag`, the one with the lowest score there; the first in
 * course order on a tie. Undefined when none did (say, only the final assessment or archived
 * attempts asked about it).
 */
function pageForArea(progress: Progress, course: CourseInput, tag: string): StudyPage | undefined {
  const pages: (StudyPage & { quiz: string })[] = course.modules.flatMap((module) => [
    ...module.lessons,
    ...(module.quiz === undefined
      ? []
      : [{ title: module.title, href: moduleHref(module.id), quiz: module.quiz }]),
  ]);
  let best: (StudyPage & { percent: number }) | undefined;
  for (const page of pages) {
    let earned = 0;
    let total = 0;
    for (const attempt of progress.attempts) {
      // Tag keys hold a colon, so they never name a property of Object.prototype.
      const score = attempt.quizId === page.quiz && isFullQuiz(attempt) ? attempt.tagScores[tag] : undefined;
      if (score === undefined || !(score.total > 0)) continue;
      earned += score.earned;
      total += score.total;
    }
    if (total === 0) continue;
    const percent = wholePercent(earned, total);
    if (best === undefined || percent < best.percent) best = { title: page.title, href: page.href, percent };
  }
  return best === undefined ? undefined : { title: best.title, href: best.href };
}

/**
 * Up to `limit` suggestions of what to study next, in three groups, each filling the places the
 * one before left:
 *
 * 1. Weak topics: `module:` tags of modules in the course and `area:` tags (difficulty tags name no
 *    page to revisit) with at least `STUDY_NEXT_MIN_TOTAL` points available in full quizzes and a
 *    level below proficient, lowest overall percentage first, then fewest answers, then by tag
 *    key. A module points to its module page, an area to the lesson it was weakest in (see
 *    `pageForArea`). Tags of modules no longer in the course are left out.
 * 2. The lessons not started, in course order: never opened, and their quiz never taken in full.
 * 3. Strong topics: proficient but not mastered yet, in the same order as weak ones. A topic at
 *    or above the proficient mark is never called weak, and never comes before a new lesson.
 *
 * Mastered topics are never suggested. Only full quizzes count (see `masteryByTag`).
 */
export function studyNext(progress: Progress, course: CourseInput, limit = 3): StudySuggestion[] {
  const modules = new Map(course.modules.map((module) => [module.id, module]));
  const weak: TopicSuggestion[] = [];
  const strong: TopicSuggestion[] = [];
  for (const [tag, mastery] of Object.entries(masteryByTag(progress))) {
    if (mastery.total < STUDY_NEXT_MIN_TOTAL || mastery.level === 'mastered') continue;
    const suggestion = topicSuggestion(progress, course, modules, tag, mastery);
    if (suggestion === null) continue;
    (suggestion.kind === 'weak-topic' ? weak : strong).push(suggestion);
  }
  // Stable: equal topics stay in tag key order, as `masteryByTag` lists them.
  const byScore = (a: TopicSuggestion, b: TopicSuggestion) => a.percent - b.percent || a.total - b.total;

  const started = (lesson: CourseLesson) =>
    Object.hasOwn(progress.lessons, lesson.id) || summarizeQuiz(progress, lesson.quiz).attempts > 0;
  const lessons: LessonSuggestion[] = course.modules.flatMap((module) =>
    module.lessons
      .filter((lesson) => !started(lesson))
      .map((lesson) => ({
        kind: 'not-started' as const,
        tag: `module:${module.id}`,
        title: lesson.title,
        module: module.title,
        href: lesson.href,
      })),
  );
  return [...weak.sort(byScore), ...lessons, ...strong.sort(byScore)].slice(0, Math.max(0, limit));
}

function topicSuggestion(
  progress: Progress,
  course: CourseInput,
  modules: ReadonlyMap<string, CourseModule>,
  tag: string,
  mastery: TagMastery,
): TopicSuggestion | null {
  const { percent, total, level } = mastery;
  const base = {
    kind: WEAK_LEVELS.has(level) ? 'weak-topic' : 'strong-topic',
    tag,
    percent,
    total,
    level,
  } as const;
  if (tag.startsWith('module:')) {
    const module = modules.get(tag.slice('module:'.length));
    if (module === undefined) return null;
    return {
      ...base,
      topic: { type: 'module', id: module.id, title: module.title },
      page: { title: module.title, href: moduleHref(module.id) },
    };
  }
  if (!tag.startsWith('area:')) return null;
  const topic = { type: 'area', area: tag.slice('area:'.length) } as const;
  const page = pageForArea(progress, course, tag);
  return page === undefined ? { ...base, topic } : { ...base, topic, page };
}

/** The learner's progress through one module. */
export interface ModuleProgress {
  id: string;
  title: string;
  /** Lessons whose quiz was passed at least once in full (archived attempts included). */
  lessonsCompleted: number;
  lessonsTotal: number;
  /** Best full score on the module quiz, whole percent rounded down; null before any attempt or without a quiz. */
  quizBest: number | null;
  /** Latest full score on the module quiz, as `quizBest`. */
  quizLast: number | null;
  /** Mastery of the tag `module:<id>`: its level from full quizzes, practice apart. */
  mastery: TagMastery;
}

const NOT_STARTED: TagMastery = {
  level: 'not-started',
  earned: 0,
  total: 0,
  percent: 0,
  lastPercent: null,
  days: 0,
  practiceEarned: 0,
  practiceTotal: 0,
  practicePercent: 0,
};

/**
 * Progress per module, in the order given. Only the module's own lessons and quiz count, so
 * attempts at quizzes no longer in the course change nothing here. Completion and the module quiz
 * scores come from `summary.ts` (full quizzes, archived ones included). Mastery counts every
 * full-quiz answer tagged with the module, whichever quiz asked it (the final assessment too), with
 * days in `timeZone`; retries and reviews only add practice evidence.
 */
export function moduleProgress(
  progress: Progress,
  modules: readonly CourseModule[],
  timeZone?: string,
): ModuleProgress[] {
  const mastery = masteryByTag(progress, timeZone);
  return modules.map((module) => {
    const lessonsCompleted = module.lessons.filter((lesson) =>
      isLessonComplete(progress, lesson.quiz),
    ).length;
    const tag = `module:${module.id}`;
    const quiz = module.quiz === undefined ? null : summarizeQuiz(progress, module.quiz);
    return {
      id: module.id,
      title: module.title,
      lessonsCompleted,
      lessonsTotal: module.lessons.length,
      quizBest: quiz?.best?.percent ?? null,
      quizLast: quiz?.last?.percent ?? null,
      mastery: (Object.hasOwn(mastery, tag) ? mastery[tag] : undefined) ?? { ...NOT_STARTED },
    };
  });
}
