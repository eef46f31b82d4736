/**
 * Addresses of the site's pages and data, one definition each, so no page or island writes a
 * path by hand. All are site-relative and end the way the static build writes them.
 */

/** The page of a lesson, from its id (`<module>/<slug>`). */
export const lessonHref = (lessonId: string): string => `/lessons/${lessonId}/`;

/** The whole course outline, every module with its lessons: the home page's course section. */
export const courseOutlineHref = '/#course-heading';

/** The page of a module, with its module quiz. */
export const moduleHref = (moduleId: string): string => `/modules/${moduleId}/`;

/** A module's quiz, on its module page: the step after the module's last lesson. */
export const moduleQuizHref = (moduleId: string): string => `${moduleHref(moduleId)}#quiz-heading`;

/** A lesson quiz's questions as text, offered where the quiz cannot run (no JavaScript). */
export const questionsHref = (quizId: string): string => `/questions/${quizId}/`;

/** The shared-responsibility explorer: pick a service, see who owns each layer. */
export const explorerHref = '/explore/shared-responsibility/';

/** The quiz data (questions and answers) a quiz island loads when the learner starts. */
export const quizDataHref = (quizId: string): string => `/quizzes/${quizId}.json`;

/** A term's entry on the glossary page. */
export const glossaryTermHref = (termId: string): string => `/glossary/#${termId}`;

/** The final assessment's page. */
export const assessmentHref = '/assessment/';

/** Id of the final assessment's quiz (`content/quizzes/final-assessment.yaml`). */
export const FINAL_QUIZ_ID = 'final-assessment';

/** The progress dashboard. */
export const progressHref = '/progress/';

/** The spaced review on the progress dashboard. */
export const reviewHref = `${progressHref}#review-heading`;

/** The team report, where a lead loads learners' progress files. */
export const teamHref = '/team/';

/** Every learning path. */
export const pathsHref = '/paths/';

/** A learning path's page; sharing it assigns the path ("assign by link"). */
export const pathHref = (pathId: string): string => `/paths/${pathId}/`;

/** The printable completion record of a path (or of the final assessment, `final-assessment`). */
export const pathRecordHref = (pathId: string): string => `/paths/${pathId}/record/`;

/** The list of labs. */
export const labsHref = '/labs/';

/** A lab's page. */
export const labHref = (labId: string): string => `/labs/${labId}/`;

/** A lab's data for the browser, loaded when the lab starts. */
export const labDataHref = (labId: string): string => `/labs/${labId}.json`;
