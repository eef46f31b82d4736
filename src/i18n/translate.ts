/**
 * The one way English words reach the learner: a catalog of messages, keyed by name, turned into
 * text by `createTranslator`. Catalogs stay split by where they are shown (`en.ts` with every
 * island, `en-session.ts` with a running quiz, `en-dashboard.ts` with the dashboard,
 * `en-import.ts` with the import code) so a page loads only the words it can show; every catalog
 * goes through this same translator, so placeholders, plurals and numbers read the same
 * everywhere.
 *
 * A message is either text with `{name}` placeholders, or plural forms chosen by the number
 * `values.count` with `Intl.PluralRules` ("1 lesson", "2 lessons"; never "1 lessons"). Numbers are
 * written with the learner's digits grouping ("1,234"); a placeholder followed by " %" in a
 * message should be written with a non-breaking space ("{percent} %") so "%" never
 * wraps onto a line of its own.
 */

/** Plural forms of one message, by `Intl.PluralRules` category; `other` is required. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** One message: text, or plural forms chosen by `values.count`. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

const LOCALE = 'en';
const plurals = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** `value` as shown: numbers with at most one decimal and grouped digits, text as it is. */
const show = (value: string | number): string => (typeof value === 'number' ? numbers.format(value) : value);

/** Fills `{name}` placeholders in `template` from `values`; unknown names stay as written. */
export function format(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? show(values[name] as string | number) : match,
  );
}

/** The text of `message` for `values`: its plural form for `values.count` when it has forms. */
export function render(message: Message, values: MessageValues = {}): string {
  if (typeof message === 'string') return format(message, values);
  const count = Number(values['count'] ?? 0);
  return format(message[plurals.select(count)] ?? message.other, values);
}

/** A translator for one catalog: `(key, values) => text`, with keys checked by the compiler. */
export function createTranslator<const M extends Readonly<Record<string, Message>>>(messages: M) {
  return (key: keyof M & string, values?: MessageValues): string => render(messages[key] as Message, values);
}
