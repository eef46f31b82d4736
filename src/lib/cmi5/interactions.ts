/**
 * A quiz answer as an xAPI interaction (the "answered" statement's activity definition and
 * response), with the interaction type that fits each question type: `choice` for single- and
 * multiple-choice, `true-false`, `matching` for categorize (item → bucket) and `sequencing` for
 * ordering. Response strings follow the xAPI format (`[,]` between parts, `[.]` inside a pair).
 */
import type { Question } from '../../schemas/quiz';
import type { Response } from '../quiz/types';

/** The xAPI activity type of every interaction. */
export const INTERACTION_ACTIVITY = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** One option, item, bucket or step, as xAPI lists them. */
export interface InteractionComponent {
  id: string;
  description: { en: string };
}

/** The activity definition of one question, as the "answered" statement carries it. */
export interface InteractionDefinition {
  type: typeof INTERACTION_ACTIVITY;
  name: { en: string };
  interactionType: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'performance';
  correctResponsesPattern: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
}

/** A question's interaction and the learner's response to it. */
export interface Interaction {
  definition: InteractionDefinition;
  /** The response in xAPI's format; empty when nothing was given. */
  response: string;
  /** Whether the response is wholly right (partial credit is not success). */
  success: boolean;
}

const component = (id: string, text: string): InteractionComponent => ({ id, description: { en: text } });

const listOf = (response: Response | undefined): string[] =>
  Array.isArray(response) ? response.filter((part): part is string => typeof part === 'string') : [];

const pairsOf = (response: Response | undefined): [string, string][] =>
  response !== undefined && !Array.isArray(response)
    ? Object.entries(response).filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    : [];

/**
 * The interaction for `question` answered with `response` (undefined when unanswered). Choices
 * are listed in the order the author wrote them; a stored response of the wrong shape counts as
 * no response.
 */
export function interactionOf(question: Question, response: Response | undefined): Interaction {
  const described = describeInteraction(question, response);
  return { ...described, success: matchesPattern(described) };
}

/**
 * Whether a response is the correct response pattern: in order for a sequence or true-false, in
 * any order for the parts of a choice or matching response. Kept here rather than asking the
 * scorers, so the cmi5 code shares no chunk with the quiz session.
 */
function matchesPattern({ definition, response }: Omit<Interaction, 'success'>): boolean {
  const unordered = definition.interactionType === 'choice' || definition.interactionType === 'matching';
  const normal = (text: string) => (unordered ? text.split('[,]').sort().join('[,]') : text);
  // A spot question lists one pattern per misconfigured line: any of them succeeds.
  return (
    response !== '' &&
    definition.correctResponsesPattern.some((pattern) => normal(response) === normal(pattern))
  );
}

function describeInteraction(
  question: Question,
  response: Response | undefined,
): Omit<Interaction, 'success'> {
  const name = { en: question.prompt };
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return {
        definition: {
          type: INTERACTION_ACTIVITY,
          name,
          interactionType: 'choice',
          correctResponsesPattern: [
            question.choices
              .filter((choice) => choice.correct)
              .map((choice) => choice.id)
              .join('[,]'),
          ],
          choices: question.choices.map((choice) => component(choice.id, choice.text)),
        },
        response: listOf(response).join('[,]'),
      };
    case 'true-false':
      return {
        definition: {
          type: INTERACTION_ACTIVITY,
          name,
          interactionType: 'true-false',
          correctResponsesPattern: [String(question.answer)],
        },
        response: listOf(response).find((part) => part === 'true' || part === 'false') ?? '',
      };
    case 'categorize':
      return {
        definition: {
          type: INTERACTION_ACTIVITY,
          name,
          interactionType: 'matching',
          correctResponsesPattern: [question.items.map((item) => `${item.id}[.]${item.bucket}`).join('[,]')],
          source: question.items.map((item) => component(item.id, item.text)),
          target: question.buckets.map((bucket) => component(bucket.id, bucket.label)),
        },
        response: pairsOf(response)
          .map(([item, bucket]) => `${item}[.]${bucket}`)
          .join('[,]'),
      };
    case 'ordering':
      return {
        definition: {
          type: INTERACTION_ACTIVITY,
          name,
          interactionType: 'sequencing',
          correctResponsesPattern: [question.steps.map((step) => step.id).join('[,]')],
          choices: question.steps.map((step) => component(step.id, step.text)),
        },
        response: listOf(response).join('[,]'),
      };
    case 'spot': {
      // xAPI "performance": steps `line` (the line number) and `reason` (the reason id), in that order.
      const reason = question.reasons.find((choice) => choice.correct)?.id ?? '';
      const picked = new Map(pairsOf(response));
      return {
        definition: {
          type: INTERACTION_ACTIVITY,
          name,
          interactionType: 'performance',
          correctResponsesPattern: question.wrong.map((line) => `line[.]${line}[,]reason[.]${reason}`),
        },
        response: (['line', 'reason'] as const)
          .filter((step) => picked.has(step))
          .map((step) => `${step}[.]${picked.get(step) ?? ''}`)
          .join('[,]'),
      };
    }
  }
}
