// The Condition element: each test compares a context key's values with the policy's values.
// Values in one test are OR-ed; keys and operators in one block are AND-ed (the evaluator stops
// at the first test that fails and reports it).
import { arnMatches, contextValues, globMatch, substitute, type Context } from './match';
import { parseCidr, parseDate, type ConditionOperator, type ConditionTest } from './policy';

type Compare = (requestValue: string, policyValue: string) => boolean;

function numeric(test: (a: number, b: number) => boolean): Compare {
  return (requestValue, policyValue) => {
    const a = requestValue.trim() === '' ? NaN : Number(requestValue);
    return !Number.isNaN(a) && test(a, Number(policyValue));
  };
}

function date(test: (a: number, b: number) => boolean): Compare {
  return (requestValue, policyValue) => {
    const a = parseDate(requestValue);
    return a !== null && test(a, parseDate(policyValue) as number);
  };
}

function inRange(requestValue: string, policyValue: string): boolean {
  const address = parseCidr(requestValue);
  const range = parseCidr(policyValue) as NonNullable<ReturnType<typeof parseCidr>>;
  if (address === null || address.prefix !== address.bytes.length * 8) return false;
  if (address.bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit += 1) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((address.bytes[byte] as number) & mask) !== ((range.bytes[byte] as number) & mask)) return false;
  }
  return true;
}

const equal = (a: number, b: number): boolean => a === b;
const less = (a: number, b: number): boolean => a < b;
const lessOrEqual = (a: number, b: number): boolean => a <= b;
const greater = (a: number, b: number): boolean => a > b;
const greaterOrEqual = (a: number, b: number): boolean => a >= b;

/** Each operator as a positive comparison, and whether the operator negates it. */
const OPERATORS: Readonly<
  Record<Exclude<ConditionOperator, 'Null'>, { compare: Compare; negated: boolean }>
> = {
  StringEquals: { compare: (a, b) => a === b, negated: false },
  StringNotEquals: { compare: (a, b) => a === b, negated: true },
  StringEqualsIgnoreCase: { compare: (a, b) => a.toLowerCase() === b.toLowerCase(), negated: false },
  StringNotEqualsIgnoreCase: { compare: (a, b) => a.toLowerCase() === b.toLowerCase(), negated: true },
  StringLike: { compare: (a, b) => globMatch(b, a), negated: false },
  StringNotLike: { compare: (a, b) => globMatch(b, a), negated: true },
  NumericEquals: { compare: numeric(equal), negated: false },
  NumericNotEquals: { compare: numeric(equal), negated: true },
  NumericLessThan: { compare: numeric(less), negated: false },
  NumericLessThanEquals: { compare: numeric(lessOrEqual), negated: false },
  NumericGreaterThan: { compare: numeric(greater), negated: false },
  NumericGreaterThanEquals: { compare: numeric(greaterOrEqual), negated: false },
  DateEquals: { compare: date(equal), negated: false },
  DateNotEquals: { compare: date(equal), negated: true },
  DateLessThan: { compare: date(less), negated: false },
  DateLessThanEquals: { compare: date(lessOrEqual), negated: false },
  DateGreaterThan: { compare: date(greater), negated: false },
  DateGreaterThanEquals: { compare: date(greaterOrEqual), negated: false },
  Bool: { compare: (a, b) => a.toLowerCase() === b.toLowerCase(), negated: false },
  IpAddress: { compare: inRange, negated: false },
  NotIpAddress: { compare: inRange, negated: true },
  ArnEquals: { compare: (a, b) => arnMatches(b, a), negated: false },
  ArnLike: { compare: (a, b) => arnMatches(b, a), negated: false },
  ArnNotEquals: { compare: (a, b) => arnMatches(b, a), negated: true },
  ArnNotLike: { compare: (a, b) => arnMatches(b, a), negated: true },
};

// Operators whose policy values may hold policy variables (and, for the Like ones, wildcards).
const VARIABLE_FAMILIES = ['String', 'Arn'];

/** Why a condition test failed, for the explanation: the request's values (null when absent). */
export interface ConditionFailure {
  test: ConditionTest;
  requestValues: readonly string[] | null;
}

/**
 * Whether one test holds for the request. `variables` says whether `${…}` in the policy values
 * are variables (policy version 2012-10-17) or plain text.
 */
export function testHolds(test: ConditionTest, context: Context, variables: boolean): boolean {
  const found = contextValues(context, test.key);
  const present = found !== undefined && found.length > 0;
  if (test.operator === 'Null')
    return test.values.some((value) => (value.toLowerCase() === 'true') !== present);

  const { compare, negated } = OPERATORS[test.operator];
  const substitutes = variables && VARIABLE_FAMILIES.some((family) => test.operator.startsWith(family));
  const forGlob = test.operator.includes('Like') || test.operator.startsWith('Arn');
  const policyValues = test.values
    .map((value) => (substitutes ? substitute(value, context, forGlob) : value))
    .filter((value): value is string => value !== null);
  // A request value matches when it equals (or is like, …) one of the policy values.
  const matchesAny = (requestValue: string): boolean =>
    policyValues.some((value) => compare(requestValue, value));

  if (test.set === 'ForAllValues') {
    if (!present) return true;
    return found.every((value) => (negated ? !matchesAny(value) : matchesAny(value)));
  }
  if (!present) return test.ifExists || (negated && test.set === null);
  if (test.set === 'ForAnyValue')
    return found.some((value) => (negated ? !matchesAny(value) : matchesAny(value)));
  const any = found.some(matchesAny);
  return negated ? !any : any;
}

/** The first test of a statement's Condition that fails, or null when all hold. */
export function firstFailure(
  tests: readonly ConditionTest[],
  context: Context,
  variables: boolean,
): ConditionFailure | null {
  for (const test of tests) {
    if (!testHolds(test, context, variables))
      return { test, requestValues: contextValues(context, test.key) ?? null };
  }
  return null;
}
