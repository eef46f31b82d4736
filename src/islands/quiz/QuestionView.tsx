import type { Question } from '../../schemas/quiz';
import { listChoices, type ChoiceQuestion } from '../../lib/quiz/choices';
import type { Response } from '../../lib/quiz/types';
import { isStringList, isStringRecord } from '../../lib/quiz/response-shape';
import { ts } from '../../i18n/en-session';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { SpotQuestionProps } from './SpotQuestion';

export interface QuestionViewProps {
  question: Question;
  /** Ids of the options, items or steps in the order they are shown (from `arrangeQuiz`). */
  order: readonly string[];
  /** The learner's response so far; the kind's first response (`initialResponse`) before any. */
  response: Response;
  onChange: (response: Response) => void;
  /** Show what is right and why, and lock the answer (practice mode, after checking). */
  reveal: boolean;
  /** Speaks a short message in the session's live region. */
  announce: (text: string) => void;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

const labels = () => ({ true: ts('true'), false: ts('false') });

/** Puts `list` in the order of `order`, leaving out ids `order` does not name. */
function inOrder<T extends { id: string }>(list: readonly T[], order: readonly string[]): T[] {
  return order.flatMap((id) => list.filter((entry) => entry.id === id));
}

/** The answer controls of one question, with per-option feedback when `reveal` is set. */
export function QuestionView(props: QuestionViewProps) {
  const { question } = props;
  if (question.type === 'categorize') return <CategorizeView {...props} question={question} />;
  if (question.type === 'ordering') return <OrderingView {...props} question={question} />;
  if (question.type === 'spot') {
    const { order, response, onChange, reveal, idPrefix } = props;
    return <SpotView {...{ question, order, response, onChange, reveal, idPrefix }} />;
  }
  return <ChoiceView {...props} question={question} />;
}

/** The spot renderer once loaded: shared by every spot question of the page. */
let loadedSpot: ComponentType<SpotQuestionProps> | null = null;

/**
 * A spot question's renderer and its stylesheet load with the first spot question asked, not
 * with every quiz (see `loadSpotStyles`): until then, its prompt alone.
 */
function SpotView(props: SpotQuestionProps) {
  const [Spot, setSpot] = useState(() => loadedSpot);
  useEffect(() => {
    if (Spot !== null) return;
    void import('./SpotQuestion').then(async (module) => {
      await module.loadSpotStyles();
      loadedSpot = module.SpotQuestion;
      setSpot(() => module.SpotQuestion);
    });
  }, [Spot]);
  if (Spot !== null) return <Spot {...props} />;
  return (
    <p class="question-prompt" id={`${props.idPrefix}-prompt`}>
      {props.question.prompt}
    </p>
  );
}

function ChoiceView({
  question,
  order,
  response,
  onChange,
  reveal,
  idPrefix,
}: QuestionViewProps & { question: ChoiceQuestion }) {
  const selected = isStringList(response) ? response : [];
  const multiple = question.type === 'multiple-choice';
  const choices = inOrder(listChoices(question, labels()), order);
  const toggle = (id: string, on: boolean) =>
    onChange(
      multiple ? (on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id)) : [id],
    );
  return (
    <fieldset disabled={reveal}>
      <legend>{question.prompt}</legend>
      {multiple && <p class="quiz-instruction">{ts('selectAll')}</p>}
      <ul class="choices" role="list">
        {choices.map((choice) => {
          const id = `${idPrefix}-${choice.id}`;
          const isSelected = selected.includes(choice.id);
          const mark = reveal ? (choice.correct ? ' is-right' : isSelected ? ' is-wrong' : '') : '';
          return (
            <li key={choice.id} class={`choice${mark}`}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={idPrefix}
                value={choice.id}
                checked={isSelected}
                onChange={(event) => toggle(choice.id, event.currentTarget.checked)}
              />
              <label for={id}>{choice.text}</label>
              {reveal && (
                <div class="choice-feedback">
                  {(choice.correct || isSelected) && (
                    <p class="choice-tags">
                      {choice.correct && <span class="tag tag-right">{ts('feedback.rightAnswer')}</span>}
                      {isSelected && <span class="tag">{ts('feedback.yourChoice')}</span>}
                    </p>
                  )}
                  <p>{choice.rationale}</p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

type CategorizeProps = QuestionViewProps & { question: Extract<Question, { type: 'categorize' }> };

/** One radio group per item: every bucket is a real radio, so no dragging is ever needed. */
function CategorizeView({ question, order, response, onChange, reveal, idPrefix }: CategorizeProps) {
  const placed = isStringRecord(response) ? response : {};
  const labelOf = (bucketId: string) =>
    question.buckets.find((bucket) => bucket.id === bucketId)?.label ?? '';
  return (
    <div class="categorize" role="group" aria-labelledby={`${idPrefix}-prompt`}>
      <p class="question-prompt" id={`${idPrefix}-prompt`}>
        {question.prompt}
      </p>
      <p class="quiz-instruction">{ts('categorize.instruction')}</p>
      <ul class="sort-items" role="list">
        {inOrder(question.items, order).map((item) => {
          const chosen = placed[item.id];
          const mark = reveal ? (chosen === item.bucket ? ' is-right' : ' is-wrong') : '';
          return (
            <li key={item.id} class={`sort-item${mark}`}>
              <fieldset disabled={reveal}>
                <legend>{item.text}</legend>
                <div class="buckets">
                  {question.buckets.map((bucket) => {
                    const id = `${idPrefix}-${item.id}-${bucket.id}`;
                    return (
                      <span class="bucket" key={bucket.id}>
                        <input
                          type="radio"
                          id={id}
                          name={`${idPrefix}-${item.id}`}
                          checked={chosen === bucket.id}
                          onChange={() => onChange({ ...placed, [item.id]: bucket.id })}
                        />
                        <label for={id}>{bucket.label}</label>
                      </span>
                    );
                  })}
                </div>
              </fieldset>
              {reveal && (
                <div class="choice-feedback">
                  <p class="choice-tags">
                    <span class="tag tag-right">
                      {ts('feedback.belongsIn', { bucket: labelOf(item.bucket) })}
                    </span>
                  </p>
                  <p>{item.rationale}</p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type OrderingProps = QuestionViewProps & { question: Extract<Question, { type: 'ordering' }> };

/** A list with Move up / Move down buttons; each move is announced with the new position. */
function OrderingView({ question, order, response, onChange, reveal, announce, idPrefix }: OrderingProps) {
  const current = isStringList(response) ? response : order;
  const steps = inOrder(question.steps, current);
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...current];
    const [step] = next.splice(index, 1);
    if (step === undefined || target < 0 || target > next.length) return;
    next.splice(target, 0, step);
    onChange(next);
    const text = question.steps.find((entry) => entry.id === step)?.text ?? '';
    announce(ts('ordering.moved', { step: text, position: target + 1, total: next.length }));
    // Keep focus on the same control of the moved step, or the other one at either end.
    requestAnimationFrame(() => {
      const direction = (target === 0 && by === -1) || (target === next.length - 1 && by === 1) ? -by : by;
      document.getElementById(`${idPrefix}-${step}-${direction === -1 ? 'up' : 'down'}`)?.focus();
    });
  };
  return (
    <div class="ordering" role="group" aria-labelledby={`${idPrefix}-prompt`}>
      <p class="question-prompt" id={`${idPrefix}-prompt`}>
        {question.prompt}
      </p>
      <p class="quiz-instruction">{ts('ordering.instruction')}</p>
      <ol class="steps">
        {steps.map((step, index) => {
          const rightPosition = question.steps.findIndex((entry) => entry.id === step.id) + 1;
          const mark = reveal ? (rightPosition === index + 1 ? ' is-right' : ' is-wrong') : '';
          return (
            <li key={step.id} class={`step${mark}`}>
              <span class="step-text">{step.text}</span>
              {!reveal && (
                <span class="step-moves">
                  <button
                    type="button"
                    class="button-quiet"
                    id={`${idPrefix}-${step.id}-up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={ts('ordering.up', { step: step.text })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button-quiet"
                    id={`${idPrefix}-${step.id}-down`}
                    disabled={index === steps.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={ts('ordering.down', { step: step.text })}
                  >
                    ↓
                  </button>
                </span>
              )}
              {reveal && (
                <div class="choice-feedback">
                  <p class="choice-tags">
                    <span class="tag tag-right">{ts('feedback.position', { position: rightPosition })}</span>
                  </p>
                  <p>{step.rationale}</p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!reveal && <p class="quiz-instruction">{ts('ordering.asShown')}</p>}
    </div>
  );
}
