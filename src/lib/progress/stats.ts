import { masteryByTag, utcDay, wholePercent, type MasteryLevel, type TagMastery } from './mastery';
import { isLessonComplete, summarizeQuiz } from './summary';
import type { Progress, QuizMode } from './types';

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

const DAY_MS = 86_400_000;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` day. */
const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00.000Z`) / DAY_MS);

/** A day key that is a real calendar day (not `2026-02-30`). */
const isDayKey = (day: string): boolean => DAY_KEY.test(day) && utcDay(`${day}T00:00:00.000Z`) === day;

/**
 * The UTC days (`YYYY-MM-DD`, sorted, each once) on which the learner finished an attempt kept in
 * full, first or last opened a lesson (visits in between are not recorded), or finished an
 * archived attempt (`archive.days`). Times and day keys that do not parse are skipped.
 */
export function activeDays(progress: Progress): string[] {
  const days = new Set<string>();
  const add = (day: string | null) => {
    if (day !== null) days.add(day);
  };
  for (const attempt of progress.attempts) add(utcDay(attempt.finishedAt));
  for (const lesson of Object.values(progress.lessons)) {
    add(utcDay(lesson.firstVisitedAt));
    add(utcDay(lesson.lastVisitedAt));
  }
  for (const day of Object.keys(progress.archive.days)) if (isDayKey(day)) days.add(day);
  return [...days].sort();
}

/**
 * Runs of consecutive active days (see `activeDays`). `current` is the run that ends today or
 * yesterday (UTC days of `today`), so the streak survives until the learner misses a whole day;
 * 0 otherwise. `longest` is the longest run ever, days after `today` included.
 */
export function streak(progress: Progress, today: Date): { current: number; longest: number } {
  const numbers = activeDays(progress).map(dayNumber);
  const todayNumber = Math.floor(today.getTime() / DAY_MS);
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
  quizId: string;
  /** Score as a whole percentage, rounded down. */
  percent: number;
  passed: boolean;
  mode: QuizMode;
}

/**
 * The attempts kept in full (archived ones have no per-attempt record), oldest first by finishing
 * time (stored order on a tie), only those at `quizIds` when given. Attempts whose time does not
 * parse cannot be placed on a timeline and are left out.
 */
export function attemptHistory(progress: Progress, quizIds?: readonly string[]): HistoryEntry[] {
  const wanted = quizIds === undefined ? null : new Set(quizIds);
  return progress.attempts
    .filter((attempt) => wanted === null || wanted.has(attempt.quizId))
    .map((attempt) => ({ attempt, time: Date.parse(attempt.finishedAt) }))
    .filter(({ time }) => !Number.isNaN(time))
    .sort((a, b) => a.time - b.time)
    .map(({ attempt }) => ({
      id: attempt.id,
      at: attempt.finishedAt,
      quizId: attempt.quizId,
      percent: wholePercent(attempt.earned, attempt.total),
      passed: attempt.passed,
      mode: attempt.mode,
    }));
}

/** One "study next" suggestion. */
export interface StudySuggestion {
  /** `weak-topic`: a topic with a low score; `not-started`: a lesson not begun yet. */
  kind: 'weak-topic' | 'not-started';
  /** The topic's tag key; for a lesson not started, `module:<id>` of its module. */
  tag: string;
  /** What to show as the suggestion's name: the module, topic or lesson. */
  title: string;
  /** Overall score on the topic, whole percent rounded down; 0 for a lesson not started. */
  percent: number;
  /** Points available on the topic (one per question asked); 0 for a lesson not started. */
  total: number;
  level: MasteryLevel;
  /** Why, in a plain-English sentence. */
  reason: string;
  /** The page to revisit, when one is known. */
  href?: string;
}

/** Fewest points available (questions asked) on a topic before it can be called weak. */
export const STUDY_NEXT_MIN_TOTAL = 3;

const moduleHref = (moduleId: string): string => `/modules/${moduleId}/`;

const areaName = (area: string): string => area.replaceAll('-', ' ');

/**
 * The page that teaches an area best to revisit: of the lessons (and module quizzes) whose
 * attempts kept in full asked questions on `tag`, the one with the lowest score there; the first
 * in course order on a tie. Undefined when none did (say, only the final assessment or archived
 * attempts asked about it).
 */
function pageForArea(
  progress: Progress,
  course: CourseInput,
  tag: string,
): { title: string; href: string } | undefined {
  const pages: { title: string; href: string; quiz: string }[] = course.modules.flatMap((module) => [
    ...module.lessons,
    ...(module.quiz === undefined
      ? []
      : [{ title: module.title, href: moduleHref(module.id), quiz: module.quiz }]),
  ]);
  let best: { title: string; href: string; percent: number } | undefined;
  for (const page of pages) {
    let earned = 0;
    let total = 0;
    for (const attempt of progress.attempts) {
      // Tag keys hold a colon, so they never name a property of Object.prototype.
      const score = attempt.quizId === page.quiz ? attempt.tagScores[tag] : undefined;
      if (score === undefined || !(score.total > 0)) continue;
      earned += score.earned;
      total += score.total;
    }
    if (total === 0) continue;
    const percent = wholePercent(earned, total);
    if (best === undefined || percent < best.percent) best = { title: page.title, href: page.href, percent };
  }
  return best;
}

/**
 * Up to `limit` suggestions of what to study next.
 *
 * First the weakest topics: `module:` tags of modules in the course and `area:` tags (difficulty
 * tags name no page to revisit) with at least `STUDY_NEXT_MIN_TOTAL` points available, not
 * mastered yet, lowest overall percentage first, then fewest answers, then by tag key. A module
 * points to its module page, an area to the lesson it was weakest in (see `pageForArea`). Tags of
 * modules no longer in the course are left out.
 *
 * Then, to fill the remaining places (all of them when there is no data yet), the lessons not
 * started, in course order: never opened, and their quiz never attempted.
 */
export function studyNext(progress: Progress, course: CourseInput, limit = 3): StudySuggestion[] {
  const modules = new Map(course.modules.map((module) => [module.id, module]));
  const weak: StudySuggestion[] = [];
  for (const [tag, mastery] of Object.entries(masteryByTag(progress))) {
    if (mastery.total < STUDY_NEXT_MIN_TOTAL || mastery.level === 'mastered') continue;
    const suggestion = weakTopic(progress, course, modules, tag, mastery);
    if (suggestion !== null) weak.push(suggestion);
  }
  // Stable: equal topics stay in tag key order, as `masteryByTag` lists them.
  weak.sort((a, b) => a.percent - b.percent || a.total - b.total);

  const suggestions = weak.slice(0, Math.max(0, limit));
  const started = (lesson: CourseLesson) =>
    Object.hasOwn(progress.lessons, lesson.id) || summarizeQuiz(progress, lesson.quiz).attempts > 0;
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      if (suggestions.length >= limit) return suggestions;
      if (started(lesson)) continue;
      suggestions.push({
        kind: 'not-started',
        tag: `module:${module.id}`,
        title: lesson.title,
        percent: 0,
        total: 0,
        level: 'not-started',
        reason: `You have not started this lesson of "${module.title}" yet.`,
        href: lesson.href,
      });
    }
  }
  return suggestions;
}

function weakTopic(
  progress: Progress,
  course: CourseInput,
  modules: ReadonlyMap<string, CourseModule>,
  tag: string,
  mastery: TagMastery,
): StudySuggestion | null {
  const { percent, total, level } = mastery;
  const score = `${percent} % over ${total} questions`;
  if (tag.startsWith('module:')) {
    const module = modules.get(tag.slice('module:'.length));
    if (module === undefined) return null;
    return {
      kind: 'weak-topic',
      tag,
      title: module.title,
      percent,
      total,
      level,
      reason: `${score} in "${module.title}": revisit the module.`,
      href: moduleHref(module.id),
    };
  }
  if (!tag.startsWith('area:')) return null;
  const title = areaName(tag.slice('area:'.length));
  const page = pageForArea(progress, course, tag);
  const base = { kind: 'weak-topic', tag, title, percent, total, level } as const;
  return page === undefined
    ? { ...base, reason: `${score} on ${title}.` }
    : { ...base, reason: `${score} on ${title}: revisit "${page.title}".`, href: page.href };
}

/** The learner's progress through one module. */
export interface ModuleProgress {
  id: string;
  title: string;
  /** Lessons whose quiz was passed at least once (archived attempts included). */
  lessonsCompleted: number;
  lessonsTotal: number;
  /** Best score on the module quiz, whole percent rounded down; null before any attempt or without a quiz. */
  quizBest: number | null;
  /** Latest score on the module quiz, as `quizBest`. */
  quizLast: number | null;
  /** Mastery of the tag `module:<id>`, from every answer on the module's questions. */
  mastery: TagMastery;
}

const NOT_STARTED: TagMastery = {
  level: 'not-started',
  earned: 0,
  total: 0,
  percent: 0,
  lastPercent: null,
  days: 0,
};

/**
 * Progress per module, in the order given. Only the module's own lessons and quiz count, so
 * attempts at quizzes no longer in the course change nothing here. Completion and the module quiz
 * scores come from `summary.ts`, archived attempts included. Mastery counts every answer tagged
 * with the module, whichever quiz asked it (the final assessment too).
 */
export function moduleProgress(progress: Progress, modules: readonly CourseModule[]): ModuleProgress[] {
  const mastery = masteryByTag(progress);
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
