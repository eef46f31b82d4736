// The dashboard sections below the fold, loaded in one chunk just after the first render (see
// ProgressDashboard.tsx), with their strings, so the JavaScript loaded at start stays small.
export { Assessment } from './Assessment';
export { DataSection } from './DataSection';
export { History } from './History';
export { Labs } from './Labs';
export { Mastery } from './Mastery';
export { StudyNext } from './StudyNext';
