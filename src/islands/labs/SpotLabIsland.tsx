import type { FunctionComponent } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { tlr } from '../../i18n/en-labs';
import { textBlocks } from '../../lib/labs/editor';
import { gradeSpotLab, spotLabOutcome, type SpotLabGrade } from '../../lib/labs/spot';
import type { SpotLabData } from '../../lib/labs/types';
import { arrangeQuestion } from '../../lib/quiz/registry';
import type { Response } from '../../lib/quiz/types';
import { recordLabRun } from '../../stores/lab-runs';
import { SpotQuestion } from '../quiz/SpotQuestion';
import { CompletedPanel } from './CompletedPanel';

export interface SpotLabIslandProps {
  lab: SpotLabData;
  next: { href: string; title: string } | null;
}

/**
 * A "spot the misconfiguration" lab: each question with the quiz's own spot renderer (a line,
 * then a reason), checked together; the quiz engine grades them (`gradeSpotLab`).
 */
export const SpotLabIsland: FunctionComponent<SpotLabIslandProps> = ({ lab, next }) => {
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const [grade, setGrade] = useState<SpotLabGrade | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const orders = useMemo(
    () =>
      Object.fromEntries(
        lab.questions.map((question) => [question.id, arrangeQuestion(question, Math.random)]),
      ),
    [lab],
  );

  const check = () => {
    const result = gradeSpotLab(lab, responses);
    setGrade(result);
    recordLabRun(lab.id, spotLabOutcome(result), null);
    setAnnouncement(
      result.completed ? tlr('spot-done') : tlr('spot-summary', { right: result.right, count: result.total }),
    );
  };
  const again = () => {
    setGrade(null);
    setResponses({});
    setAnnouncement('');
  };

  return (
    <>
      <ol class="lab-spot-list">
        {lab.questions.map((question, index) => {
          const right =
            grade !== null && gradeSpotLab({ ...lab, questions: [question] }, responses).completed;
          return (
            <li key={question.id}>
              <h3>{tlr('question', { number: index + 1, count: lab.questions.length })}</h3>
              <SpotQuestion
                question={question}
                response={responses[question.id] ?? {}}
                onChange={(response) => setResponses((all) => ({ ...all, [question.id]: response }))}
                reveal={grade !== null}
                order={orders[question.id] ?? question.reasons.map((reason) => reason.id)}
                idPrefix={`spot-${index + 1}`}
              />
              {grade !== null && (
                <div class={`lab-result ${right ? 'lab-ok' : 'lab-bad'}`}>
                  <p class="lab-says">
                    <span class="lab-icon" aria-hidden="true">
                      {right ? '✓' : '✗'}
                    </span>
                    <strong>{right ? tlr('spot-right') : tlr('spot-wrong')}</strong>
                  </p>
                  {textBlocks(question.explanation).map((runs, at) => (
                    <p key={at}>{runs.map((part) => (part.code ? <code>{part.text}</code> : part.text))}</p>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div class="lab-toolbar">
        {grade === null ? (
          <button type="button" class="button" onClick={check}>
            {tlr('spot-check')}
          </button>
        ) : (
          <button type="button" class="button button-quiet" onClick={again}>
            {tlr('spot-again')}
          </button>
        )}
      </div>
      <p class="lab-summary" role="status">
        {announcement}
      </p>
      {grade?.completed === true && <CompletedPanel explanation={lab.explanation} next={next} />}
    </>
  );
};
