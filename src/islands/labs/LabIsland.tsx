import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  explainEvaluation,
  jsonSyntaxMessage,
  policyIssueMessage,
  statementMessage,
} from '../../i18n/en-iam';
import { tlr } from '../../i18n/en-labs';
import {
  caretForLine,
  editorSize,
  enterWithIndent,
  isPlainEnter,
  isRunShortcut,
  lineCount,
  markedLines,
} from '../../lib/labs/editor';
import { runPolicyLab, type LabRun, type RequestResult } from '../../lib/labs/run';
import type { StatementResult } from '../../lib/iam/evaluate';
import type { PolicyLabData } from '../../lib/labs/types';
import { $progress } from '../../stores/progress';
import { recordLabRun } from '../../stores/lab-runs';
import { CompletedPanel } from './CompletedPanel';

export interface LabIslandProps {
  lab: PolicyLabData;
  /** The server-rendered editor, which the island enhances in place. */
  textarea: HTMLTextAreaElement;
  /** The line numbers beside it (aria-hidden). */
  gutter: HTMLElement;
  next: { href: string; title: string } | null;
}

/** A problem in the learner's policy, at a line. */
interface Problem {
  line: number;
  message: string;
}

/** Runs that did not complete before "Show a solution" is offered. */
const RUNS_BEFORE_SOLUTION = 3;

function problemsOf(run: LabRun): Problem[] {
  const { parse } = run;
  if (!parse.ok && parse.syntax !== null) {
    return [{ line: parse.syntax.pos.line, message: jsonSyntaxMessage(parse.syntax) }];
  }
  return parse.issues.map((issue) => ({ line: issue.line, message: policyIssueMessage(issue) }));
}

/** The gutter's line numbers, with a mark ("!") on each line that has a problem. */
function drawGutter(gutter: HTMLElement, lines: number, marked: readonly number[]) {
  const nodes: (Node | string)[] = [];
  for (let line = 1; line <= lines; line += 1) {
    if (line > 1) nodes.push('\n');
    if (marked.includes(line)) {
      const mark = document.createElement('mark');
      mark.textContent = `${tlr('gutter-mark')} ${line}`;
      nodes.push(mark);
    } else {
      nodes.push(String(line));
    }
  }
  gutter.replaceChildren(...nodes);
}

/** Inserts `text` at the selection as typing would (so Undo works), or edits the value directly. */
function insertText(textarea: HTMLTextAreaElement, text: string) {
  if (!document.execCommand('insertText', false, text)) {
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

export const LabIsland: FunctionComponent<LabIslandProps> = ({ lab, textarea, gutter, next }) => {
  const stored = $progress.get().labs[lab.id];
  const [run, setRun] = useState<LabRun | null>(null);
  const [restored, setRestored] = useState(false);
  const [announcement, setAnnouncementText] = useState('');
  // The same words twice would not be read again: a run with the same outcome ends in a space.
  const setAnnouncement = (text: string) =>
    setAnnouncementText((previous) => (previous === text ? `${text}\u00a0` : text));
  const [runs, setRuns] = useState(stored?.completedAt == null ? (stored?.runs ?? 0) : 0);
  const [solutionShown, setSolutionShown] = useState(false);
  const marks = useRef<number[]>([]);

  const redraw = () => {
    const size = editorSize(textarea.value);
    textarea.rows = size.rows;
    textarea.cols = size.cols;
    drawGutter(gutter, lineCount(textarea.value), marks.current);
  };

  const goToLine = (line: number) => {
    const caret = caretForLine(textarea.value, line);
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  };

  const check = () => {
    const text = textarea.value;
    const result = runPolicyLab(lab, text);
    marks.current = result.status === 'invalid' ? markedLines(problemsOf(result)) : [];
    redraw();
    setRun(result);
    if (result.status === 'invalid') {
      setAnnouncement(tlr('invalid', { count: problemsOf(result).length }));
      return;
    }
    const { checksPassed, checksTotal, probesDenied, probesTotal, completed } = result;
    recordLabRun(lab.id, { checksPassed, checksTotal, probesDenied, probesTotal, completed }, text);
    if (!completed) setRuns((count) => count + 1);
    setAnnouncement(summaryOf(result));
  };
  const checkRef = useRef(check);
  checkRef.current = check;

  useEffect(() => {
    if (
      stored?.policy &&
      textarea.value.trimEnd() === lab.edit.start.trimEnd() &&
      stored.policy !== textarea.value
    ) {
      textarea.value = stored.policy;
      setRestored(true);
    }
    redraw();
    const onInput = () => redraw();
    const onKey = (event: KeyboardEvent) => {
      if (isRunShortcut(event)) {
        event.preventDefault();
        checkRef.current();
      } else if (isPlainEnter(event)) {
        event.preventDefault();
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        const edit = enterWithIndent(value, start, end);
        insertText(textarea, edit.text.slice(start, edit.caret));
      }
    };
    textarea.addEventListener('input', onInput);
    textarea.addEventListener('keydown', onKey);
    return () => {
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('keydown', onKey);
    };
  }, []);

  const reset = () => {
    textarea.value = lab.edit.start;
    marks.current = [];
    redraw();
    setRun(null);
    setRestored(false);
    setAnnouncement(tlr('reset-done'));
    textarea.focus();
    textarea.setSelectionRange(0, 0);
  };

  const problems = run === null ? [] : problemsOf(run);
  const completed = run?.status === 'evaluated' && run.completed;
  const solution = completed || solutionShown;

  return (
    <>
      <div class="lab-toolbar">
        <button type="button" class="button" onClick={check}>
          {tlr('run')}
        </button>
        <button type="button" class="button button-quiet" onClick={reset}>
          {tlr('reset')}
        </button>
        {restored && <span class="lab-note">{tlr('restored')}</span>}
      </div>
      <p class="lab-summary" role="status">
        {announcement}
      </p>
      {problems.length > 0 && (
        <section class="lab-problems" aria-labelledby="lab-problems-heading">
          <h3 id="lab-problems-heading">{tlr('problems')}</h3>
          <p>{tlr('problems-intro')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.line}-${problem.message}`}>
                <button type="button" class="lab-line" onClick={() => goToLine(problem.line)}>
                  {problem.message}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {completed && <CompletedPanel explanation={lab.explanation} next={next} intro={tlr('done-intro')} />}
      {run?.status === 'evaluated' && (
        <section class="lab-results" aria-labelledby="lab-results-heading">
          <h3 id="lab-results-heading">{tlr('results')}</h3>
          <h4>{tlr('checks')}</h4>
          <ul class="lab-result-list">
            {run.checks.map((result) => (
              <ResultItem key={result.request.id} result={result} lab={lab} goToLine={goToLine} />
            ))}
          </ul>
          <h4>{tlr('probes')}</h4>
          <ul class="lab-result-list">
            {run.probes.map((result) => (
              <ResultItem key={result.request.id} result={result} lab={lab} goToLine={goToLine} />
            ))}
          </ul>
        </section>
      )}
      {!solution && runs >= RUNS_BEFORE_SOLUTION && (
        <p>
          <button type="button" class="button button-quiet" onClick={() => setSolutionShown(true)}>
            {tlr('show-solution')}
          </button>
        </p>
      )}
      {solution && (
        <section class="lab-solution" aria-labelledby="lab-solution-heading">
          <h3 id="lab-solution-heading">{tlr('solution')}</h3>
          <p>{tlr('solution-note')}</p>
          <pre tabindex={0}>
            <code>{lab.edit.solution.trimEnd()}</code>
          </pre>
        </section>
      )}
    </>
  );
};

/** "4 of 5 requests decided as needed · least privilege: 1 of 3 extra requests still allowed". */
function summaryOf(run: Extract<LabRun, { status: 'evaluated' }>): string {
  if (run.completed) return tlr('summary-done');
  return [
    tlr('summary', { passed: run.checksPassed, count: run.checksTotal }),
    tlr('summary-probes', { allowed: run.probesTotal - run.probesDenied, count: run.probesTotal }),
  ].join(' · ');
}

const ResultItem: FunctionComponent<{
  result: RequestResult;
  lab: PolicyLabData;
  goToLine: (line: number) => void;
}> = ({ result, lab, goToLine }) => {
  const { request, evaluation, ok } = result;
  const explained = explainEvaluation(evaluation);
  const got = tlr(`decision.${evaluation.decision}`);
  const others = evaluation.statements.filter((statement) => !evaluation.deciding.includes(statement));
  const ownLine = (statement: StatementResult) =>
    statement.policy.kind === lab.edit.kind && statement.policy.name === lab.edit.name
      ? statement.line
      : null;
  const statementItem = (statement: StatementResult, index: number) => {
    const line = ownLine(statement);
    return (
      <li key={index}>
        {statementMessage(statement)}{' '}
        {line !== null && (
          <button type="button" class="lab-line" onClick={() => goToLine(line)}>
            {tlr('go-to-line', { line })}
          </button>
        )}
      </li>
    );
  };
  return (
    <li class={`lab-result ${ok ? 'lab-ok' : 'lab-bad'}`}>
      <p class="lab-says">
        <span class="lab-icon" aria-hidden="true">
          {ok ? '✓' : '✗'}
        </span>
        <strong>{request.says}</strong> <span class="lab-verdict">({ok ? tlr('pass') : tlr('fail')})</span>
      </p>
      {'risk' in request ? (
        <p>{ok ? tlr('probe-denied') : `${tlr('probe-allowed')}${request.risk}`}</p>
      ) : (
        <p>
          {tlr('expected', { decision: tlr(`expect.${request.expect}`) })} · {tlr('got', { decision: got })}
        </p>
      )}
      <div class="lab-why">
        <p>{explained.reason}</p>
        {evaluation.deciding.length > 0 && <ul>{evaluation.deciding.map(statementItem)}</ul>}
        {others.length > 0 && (
          <details>
            <summary>{tlr('others', { count: others.length })}</summary>
            <ul>{others.map(statementItem)}</ul>
          </details>
        )}
      </div>
    </li>
  );
};
