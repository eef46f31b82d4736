import type { SpotQuestion as SpotQuestionData } from '../../schemas/quiz';
import type { Response } from '../../lib/quiz/types';
import { isStringRecord } from '../../lib/quiz/response-shape';
import { listSpotLines } from '../../lib/quiz/spot';
import { tspot } from '../../i18n/en-spot';
import spotStylesheet from '../../styles/spot.css?url';

let stylesLoaded: Promise<void> | undefined;

/**
 * Adds the spot stylesheet to the page once, resolving when it has loaded (or failed: the question
 * is usable unstyled). Lesson pages load it only when a quiz first asks a spot question, so the
 * rules cost nothing on the many pages whose learners never see one. A page that always shows spot
 * questions (a spot lab, the questions page) can import `src/styles/spot.css` instead.
 */
export function loadSpotStyles(): Promise<void> {
  stylesLoaded ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = spotStylesheet;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return stylesLoaded;
}

export interface SpotQuestionProps {
  question: SpotQuestionData;
  /** The learner's response so far: `{ line?: "7", reason?: "b" }` (`{}` before any pick). */
  response: Response;
  onChange: (response: Response) => void;
  /** Show the misconfigured line, the right reason and every rationale, and lock the answer. */
  reveal: boolean;
  /** Reason ids in display order (from `arrangeQuestion`); default: as authored. */
  order?: readonly string[];
  /** Prefix for element ids and radio names, unique on the page. */
  idPrefix: string;
}

/**
 * "Spot the misconfiguration": the code as a radio group of lines (arrow keys move between them;
 * each is read as "Line 7: <code>"), then the reasons as a second radio group. Lines that cannot be
 * picked (blank, only brackets) are shown but are not inputs. The code scrolls sideways inside its
 * box, never the page.
 */
export function SpotQuestion({ question, response, onChange, reveal, order, idPrefix }: SpotQuestionProps) {
  const picked = isStringRecord(response) ? response : {};
  const reasons = (order ?? question.reasons.map((reason) => reason.id)).flatMap((id) =>
    question.reasons.filter((reason) => reason.id === id),
  );
  const pick = (key: 'line' | 'reason', value: string) => onChange({ ...picked, [key]: value });
  return (
    <div class="spot" role="group" aria-labelledby={`${idPrefix}-prompt`}>
      <p class="question-prompt" id={`${idPrefix}-prompt`}>
        {question.prompt}
      </p>
      <p class="quiz-instruction">{tspot('instruction')}</p>
      {/* Each radio is disabled rather than the fieldset, which would take the box's focus too. */}
      <fieldset class="spot-lines">
        <legend>{tspot('lines', { label: question.artifact.label })}</legend>
        {/* Once the answer is locked its radios cannot take focus: the box does, so a keyboard can
            still scroll a long line into view. */}
        <ol
          class="spot-code"
          role="list"
          tabIndex={reveal ? 0 : undefined}
          aria-label={reveal ? question.artifact.label : undefined}
        >
          {listSpotLines(question).map((line) => {
            const id = `${idPrefix}-line-${line.number}`;
            const isPicked = picked['line'] === String(line.number);
            const mark = reveal ? (line.wrong ? ' is-wrong' : '') + (isPicked ? ' is-picked' : '') : '';
            return (
              <li key={line.number} class={`spot-line${mark}`}>
                {line.selectable ? (
                  <input
                    type="radio"
                    id={id}
                    name={`${idPrefix}-line`}
                    value={line.number}
                    checked={isPicked}
                    disabled={reveal}
                    aria-label={`${tspot('line', { number: line.number })}: ${line.text.trim()}`}
                    onChange={() => pick('line', String(line.number))}
                  />
                ) : (
                  <span />
                )}
                {/* The radio's name says "Line 7: <code>"; the visible label would say it twice. */}
                <label
                  for={line.selectable ? id : undefined}
                  aria-hidden={line.selectable ? 'true' : undefined}
                >
                  <span class="spot-no">{line.number}</span>
                  <code>{line.text}</code>
                </label>
                {reveal && (line.wrong || isPicked) && (
                  <p class="spot-tags">
                    {line.wrong && <span class="tag tag-wrong">{tspot('misconfigured')}</span>}
                    {isPicked && <span class="tag">{tspot('yourPick')}</span>}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <fieldset disabled={reveal}>
        <legend>{tspot('reasons')}</legend>
        <ul class="choices" role="list">
          {reasons.map((reason) => {
            const id = `${idPrefix}-reason-${reason.id}`;
            const isPicked = picked['reason'] === reason.id;
            const mark = reveal ? (reason.correct ? ' is-right' : isPicked ? ' is-wrong' : '') : '';
            return (
              <li key={reason.id} class={`choice${mark}`}>
                <input
                  type="radio"
                  id={id}
                  name={`${idPrefix}-reason`}
                  value={reason.id}
                  checked={isPicked}
                  onChange={() => pick('reason', reason.id)}
                />
                <label for={id}>{reason.text}</label>
                {reveal && (
                  <div class="choice-feedback">
                    {(reason.correct || isPicked) && (
                      <p class="choice-tags">
                        {reason.correct && <span class="tag tag-right">{tspot('rightReason')}</span>}
                        {isPicked && <span class="tag">{tspot('yourReason')}</span>}
                      </p>
                    )}
                    <p>{reason.rationale}</p>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
