// Words for the IAM policy evaluator (src/lib/iam): JSON and policy errors with the fix, and the
// explanation of a decision. Loaded with the lab's evaluator only, never with lesson pages.
import type { Decision, DecisionReason, Evaluation, MissReason, StatementResult } from '../lib/iam/evaluate';
import type { JsonSyntaxError } from '../lib/iam/json';
import type { PolicyIssue, PolicyIssueCode, PolicyKind } from '../lib/iam/policy';
import { createTranslator } from './translate';

const EXPECTED: Readonly<Record<JsonSyntaxError['expected'], string>> = {
  value: 'a value (a "string", a number, true, false, null, an {object} or an [array])',
  key: 'a field name in double quotes',
  colon: 'a colon (:) after the field name',
  'comma-or-close': 'a comma, or the closing bracket',
  end: 'the end of the text (there is something after the closing })',
  'string-end': 'the closing double quote of the string on the same line',
  escape: 'a valid escape after the backslash (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and 4 hex digits)',
  number: 'a number',
};

const ISSUES = {
  'not-object': 'A policy is one JSON object: start it with { and end it with }.',
  'unknown-field': '"{value}" is not a policy element here. Check its spelling and capitals, or remove it.',
  'duplicate-field': '"{value}" appears twice. Keep one and remove the other.',
  'version-missing':
    'There is no "Version". Add "Version": "2012-10-17"; without it, policy variables such as ${aws:username} are read as plain text.',
  'version-invalid': '"Version" must be "2012-10-17" (or the older "2008-10-17"), written as a string.',
  'statement-missing': 'There is no "Statement". Add "Statement": [ … ] with at least one statement.',
  'statement-not-object':
    'Each statement is an object in braces: { "Effect": …, "Action": …, "Resource": … }.',
  'statement-empty': '"Statement" is an empty list. Add at least one statement.',
  'sid-not-string': '"Sid" must be a string, for example "Sid": "ReadReports".',
  'effect-missing': 'The statement has no "Effect". Add "Effect": "Allow" or "Effect": "Deny".',
  'effect-invalid': '"Effect" must be exactly "Allow" or "Deny" (with a capital letter).',
  'action-missing':
    'The statement has no "Action" (or "NotAction"). Add the actions it is about, such as "s3:GetObject".',
  'action-both': 'Use "Action" or "NotAction", not both in one statement.',
  'action-invalid':
    '"{value}" is not an action. Write service:action, such as "s3:GetObject" or "s3:Get*", or "*".',
  'resource-missing':
    'The statement has no "Resource" (or "NotResource"). Add the ARNs it is about, such as "arn:aws:s3:::my-bucket/*".',
  'resource-both': 'Use "Resource" or "NotResource", not both in one statement.',
  'resource-invalid':
    '"{value}" is not an ARN. Write the full ARN, such as "arn:aws:s3:::my-bucket/*", or "*".',
  'principal-missing':
    'A {kind} statement needs a "Principal" (or "NotPrincipal"), such as { "AWS": "arn:aws:iam::111122223333:role/Reader" }.',
  'principal-both': 'Use "Principal" or "NotPrincipal", not both in one statement.',
  'principal-not-allowed':
    '{kind} statements have no "{field}": the policy applies to whoever it is attached to. Remove it.',
  'principal-invalid':
    'The principal is not valid. Use "*", or { "AWS": … } with an account ID or the ARN of a user, role or role session (no partial wildcards).',
  'rcp-allow':
    'Custom RCPs can only deny: "Allow" is reserved to RCPFullAWSAccess, which AWS attaches everywhere. Write a "Deny" statement.',
  'rcp-not-supported': 'RCPs do not support "{field}". Use "{positive}" with the values it should cover.',
  'value-not-string': 'Each value here must be a string in double quotes.',
  'value-empty': 'The list is empty. Add at least one value, or remove the element.',
  'condition-not-object':
    'A Condition is { "Operator": { "key": "value" } }, for example { "Bool": { "aws:SecureTransport": "true" } }.',
  'condition-operator-unknown':
    '"{value}" is not a condition operator. Check the spelling and capitals, for example "StringEquals", "ArnLike", "IpAddress" or "Bool".',
  'condition-null-ifexists':
    '"Null" cannot end in IfExists: it already tests whether the key exists. Use "Null".',
  'condition-value-invalid': '"{value}" is not a valid value for this operator.',
} as const satisfies Record<PolicyIssueCode, string>;

const KINDS: Readonly<Record<PolicyKind, string>> = {
  identity: 'identity policy',
  resource: 'resource policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
};

const messages = {
  ...ISSUES,
  where: 'Line {line}, column {column}',
  'in-statement': 'statement {number}',
  'in-statement-sid': 'statement {number} ("{sid}")',
  'json-syntax': 'Line {line}, column {column}: this is not valid JSON. Expected {expected}, found {found}.',
  'end-of-text': 'the end of the text',
  'issue-warning': 'Warning',
  statement: 'Statement {number} of {kind} "{name}" (line {line})',
  'statement-sid': 'Statement {number} ("{sid}") of {kind} "{name}" (line {line})',
  'statement-level': 'Statement {number} of {kind} "{name}" at {level} (line {line})',
  'statement-level-sid': 'Statement {number} ("{sid}") of {kind} "{name}" at {level} (line {line})',
  'miss-action': 'does not apply: the action {action} is not in its Action list.',
  'miss-not-action': 'does not apply: the action {action} is in its NotAction list.',
  'miss-resource': 'does not apply: the resource {resource} does not match its Resource list.',
  'miss-not-resource': 'does not apply: the resource {resource} is in its NotResource list.',
  'miss-variable':
    'does not apply: the request has no value for a policy variable in {value}, so AWS cannot read the statement.',
  'miss-principal': 'does not apply: it does not name {principal} in its Principal.',
  'miss-not-principal': 'does not apply: its NotPrincipal names {principal}.',
  'miss-condition':
    'does not apply: its condition {operator} on {key} is false (the request has {values}; the policy wants {wanted}).',
  'miss-condition-absent':
    'does not apply: its condition {operator} on {key} is false (the request does not have {key}).',
  'applies-allow': 'applies and allows.',
  'applies-deny': 'applies and denies.',
  'decision-allow': 'Allowed.',
  'decision-explicit-deny': 'Denied explicitly.',
  'decision-implicit-deny': 'Denied implicitly (nothing allows it).',
  'reason-explicit-deny': {
    one: 'A Deny statement applies, and an explicit deny always wins over any allow:',
    other: '{count} Deny statements apply, and an explicit deny always wins over any allow:',
  },
  'reason-scp-no-allow':
    'No SCP attached at {level} allows this action, so no identity or resource policy can grant it: SCPs set the maximum for principals in the account.',
  'reason-resource-policy-allow':
    'In the same account, the resource policy allows it and names this principal directly, which is enough (a permissions boundary or session policy that is silent does not limit it):',
  'reason-resource-policy-allow-anyone':
    'In the same account, the resource policy allows it for everyone ("*"), which is enough without an identity-based policy (a session policy, when there is one, must also allow it):',
  'reason-no-allow':
    'No identity-based policy allows it, and no resource policy grants it to this principal. Without an allow, a request is denied.',
  'reason-resource-policy-required':
    "This resource's policy (a KMS key policy or a role trust policy) must allow the request even in the same account, and it does not.",
  'reason-cross-account-no-identity-allow':
    "The resource is in another account ({account}), so the principal's own identity-based policies must allow it too, and none does.",
  'reason-cross-account-no-resource-allow':
    'The resource is in another account ({account}), so its resource policy must allow this principal (or its account) too, and it does not.',
  'reason-boundary-no-allow':
    'The permissions boundary does not allow it. A boundary sets the maximum an identity-based policy (or a grant to the role) can give.',
  'reason-session-no-allow':
    "The session policy does not allow it. A session policy limits what the role session can do with the role's permissions.",
  'reason-allow': {
    one: 'Every policy that must allow it does, and nothing denies it. The statement that allows it:',
    other:
      'Every policy that must allow it does, and nothing denies it. The {count} statements that allow it:',
  },
} as const;

const t = createTranslator(messages);

/** "Line 3, column 7: this is not valid JSON. Expected …, found "x"." */
export function jsonSyntaxMessage(error: JsonSyntaxError): string {
  return t('json-syntax', {
    line: error.pos.line,
    column: error.pos.column,
    expected: EXPECTED[error.expected],
    found: error.found === null ? t('end-of-text') : JSON.stringify(error.found),
  });
}

/** "Line 7, column 17, statement 2 ("ReadOnly"), Effect: "Effect" must be exactly …". */
export function policyIssueMessage(issue: PolicyIssue): string {
  const parts = [t('where', { line: issue.line, column: issue.column })];
  if (issue.statement !== null) {
    const number = issue.statement + 1;
    parts.push(
      issue.sid === null ? t('in-statement', { number }) : t('in-statement-sid', { number, sid: issue.sid }),
    );
  }
  if (issue.field !== null) parts.push(issue.field);
  const field = issue.field ?? '';
  const text = t(issue.code, {
    value: issue.value ?? '',
    field,
    positive: field.replace(/^Not/, ''),
    kind: KINDS[issue.kind],
  });
  const prefix = issue.severity === 'warning' ? `${t('issue-warning')}: ` : '';
  return `${prefix}${parts.join(', ')}: ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** 'Statement 2 ("ReadOnly") of identity policy "s3-read" (line 9)'. */
export function statementName(result: StatementResult): string {
  const values = {
    number: result.index + 1,
    sid: result.sid ?? '',
    kind: KINDS[result.policy.kind],
    name: result.policy.name,
    level: result.policy.level ?? '',
    line: result.line,
  };
  const level = result.policy.level === null ? '' : '-level';
  const sid = result.sid === null ? '' : '-sid';
  return t(`statement${level}${sid}` as 'statement', values);
}

/** Why a statement does not apply to the request. */
export function missMessage(miss: MissReason): string {
  switch (miss.code) {
    case 'action':
      return t(miss.negated ? 'miss-not-action' : 'miss-action', { action: miss.action });
    case 'resource':
      return t(miss.negated ? 'miss-not-resource' : 'miss-resource', { resource: miss.resource });
    case 'principal':
      return t(miss.negated ? 'miss-not-principal' : 'miss-principal', { principal: miss.principal });
    case 'variable':
      return t('miss-variable', { value: miss.value });
    case 'condition': {
      const { written: operator, key, values } = miss.test;
      if (miss.requestValues === null) return t('miss-condition-absent', { operator, key });
      return t('miss-condition', {
        operator,
        key,
        values: miss.requestValues.join(', '),
        wanted: values.join(' or '),
      });
    }
  }
}

/** "Statement 1 of … (line 4) applies and allows." or "… does not apply: …". */
export function statementMessage(result: StatementResult): string {
  const what =
    result.miss !== null
      ? missMessage(result.miss)
      : result.effect === 'Allow'
        ? t('applies-allow')
        : t('applies-deny');
  return `${statementName(result)} ${what}`;
}

const DECISIONS: Readonly<
  Record<Decision, 'decision-allow' | 'decision-explicit-deny' | 'decision-implicit-deny'>
> = {
  allow: 'decision-allow',
  'explicit-deny': 'decision-explicit-deny',
  'implicit-deny': 'decision-implicit-deny',
};

/** "Allowed.", "Denied explicitly." or "Denied implicitly (nothing allows it)." */
export function decisionLabel(decision: Decision): string {
  return t(DECISIONS[decision]);
}

/** A decision explained: the step that decided, the statements that did, and every other statement. */
export interface EvaluationText {
  decision: string;
  reason: string;
  deciding: string[];
  others: string[];
}

export function explainEvaluation(evaluation: Evaluation): EvaluationText {
  const reason: DecisionReason = evaluation.reason;
  return {
    decision: decisionLabel(evaluation.decision),
    reason: t(`reason-${reason}`, {
      count: evaluation.deciding.length,
      level: evaluation.level ?? '',
      account: evaluation.resourceAccount,
    }),
    deciding: evaluation.deciding.map(statementMessage),
    others: evaluation.statements
      .filter((result) => !evaluation.deciding.includes(result))
      .map(statementMessage),
  };
}
