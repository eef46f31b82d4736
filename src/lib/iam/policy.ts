// Reads a policy's JSON text into the model the evaluator uses, and checks it the way a learner
// needs: each problem names the statement (index and Sid), the field, and the line and column in
// the text, with a code the words in src/i18n/en-iam.ts turn into a fix.
import { parseJson, type JsonNode, type JsonSyntaxError, type Position } from './json';

/** Where a policy is attached decides which elements it may have (Principal, for one). */
export type PolicyKind = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp';

export const CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
] as const;

export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** One key test of a Condition block: `"ForAnyValue:StringLikeIfExists": {"key": [values]}`. */
export interface ConditionTest {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  written: string;
  operator: ConditionOperator;
  set: 'ForAnyValue' | 'ForAllValues' | null;
  ifExists: boolean;
  key: string;
  values: string[];
  line: number;
}

/** A Principal or NotPrincipal element: `*`, or values by type (AWS, Service, Federated, …). */
export interface PrincipalSpec {
  any: boolean;
  aws: string[];
  other: { type: string; value: string }[];
}

export interface Statement {
  index: number;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  /** Exactly one of action / notAction is set, and likewise for resource and principal. */
  action: string[] | null;
  notAction: string[] | null;
  resource: string[] | null;
  notResource: string[] | null;
  principal: PrincipalSpec | null;
  notPrincipal: PrincipalSpec | null;
  conditions: ConditionTest[];
  /** The line where the statement's `{` is. */
  line: number;
}

export interface Policy {
  /** Policy variables such as `${aws:username}` are only read in version 2012-10-17. */
  version: string | null;
  statements: Statement[];
}

export type PolicyIssueCode =
  | 'not-object'
  | 'unknown-field'
  | 'duplicate-field'
  | 'version-missing'
  | 'version-invalid'
  | 'statement-missing'
  | 'statement-not-object'
  | 'statement-empty'
  | 'sid-not-string'
  | 'effect-missing'
  | 'effect-invalid'
  | 'action-missing'
  | 'action-both'
  | 'action-invalid'
  | 'resource-missing'
  | 'resource-both'
  | 'resource-invalid'
  | 'principal-missing'
  | 'principal-both'
  | 'principal-not-allowed'
  | 'principal-invalid'
  | 'rcp-allow'
  | 'rcp-not-supported'
  | 'value-not-string'
  | 'value-empty'
  | 'condition-not-object'
  | 'condition-operator-unknown'
  | 'condition-null-ifexists'
  | 'condition-value-invalid';

/** A problem in a policy. Errors stop the policy from being used; warnings do not. */
export interface PolicyIssue {
  code: PolicyIssueCode;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  /** The statement's index (from 0) and Sid, when the problem is inside one. */
  statement: number | null;
  sid: string | null;
  /** The element concerned, e.g. `Effect` or `Condition.StringEquals`. */
  field: string | null;
  /** The offending value or key as written, when there is one. */
  value: string | null;
  /** The policy kind, for the problems that depend on where a policy is attached. */
  kind: PolicyKind;
}

export type PolicyParseResult =
  | { ok: true; policy: Policy; issues: PolicyIssue[] }
  | { ok: false; syntax: JsonSyntaxError; issues: [] }
  | { ok: false; syntax: null; issues: PolicyIssue[] };

const TOP_FIELDS = ['Version', 'Id', 'Statement'];
const STATEMENT_FIELDS = [
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
];
const ACTION = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+)$/;
const ACCOUNT_ID = /^\d{12}$/;
const CONDITION_VALUE_CHECKS: Partial<Record<string, (value: string) => boolean>> = {
  Numeric: (value) => value.trim() !== '' && Number.isFinite(Number(value)),
  Date: (value) => parseDate(value) !== null,
  Bool: (value) => /^(true|false)$/i.test(value),
  Null: (value) => /^(true|false)$/i.test(value),
  IpAddress: (value) => parseCidr(value) !== null,
  NotIpAddress: (value) => parseCidr(value) !== null,
};

/** A date condition value: ISO 8601 text or seconds since 1970 (UTC); null when it is neither. */
export function parseDate(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** An address range: the address as 4 (IPv4) or 16 (IPv6) bytes and the prefix length. */
export interface Cidr {
  bytes: number[];
  prefix: number;
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255))
    return null;
  return parts.map(Number);
}

function parseIpv6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!all.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return null;
  return all.flatMap((group) => {
    const number = parseInt(group, 16);
    return [number >> 8, number & 0xff];
  });
}

/** `203.0.113.0/24`, `2001:db8::/32`, or one address (a /32 or /128); null when invalid. */
export function parseCidr(text: string): Cidr | null {
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const bytes = address.includes(':') ? parseIpv6(address) : parseIpv4(address);
  if (bytes === null) return null;
  const bits = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return null;
  return { bytes, prefix: Number(prefixText) };
}

/** Splits `ForAnyValue:StringLikeIfExists` into its parts; null when the operator is unknown. */
export function parseOperator(written: string): Pick<ConditionTest, 'operator' | 'set' | 'ifExists'> | null {
  let rest = written;
  let set: ConditionTest['set'] = null;
  for (const prefix of ['ForAnyValue', 'ForAllValues'] as const) {
    if (rest.startsWith(`${prefix}:`)) {
      set = prefix;
      rest = rest.slice(prefix.length + 1);
    }
  }
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  const operator = CONDITION_OPERATORS.find((name) => name === rest);
  return operator === undefined ? null : { operator, set, ifExists };
}

function operatorFamily(operator: ConditionOperator): string {
  return operator.startsWith('Numeric') ? 'Numeric' : operator.startsWith('Date') ? 'Date' : operator;
}

/** Reads and checks the JSON text of a policy of the given kind. */
export function parsePolicy(text: string, kind: PolicyKind): PolicyParseResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, syntax: parsed.error, issues: [] };
  const issues: PolicyIssue[] = [];
  let current: { index: number; sid: string | null } | null = null;

  const report = (
    code: PolicyIssueCode,
    pos: Position,
    field: string | null,
    value: string | null = null,
    severity: PolicyIssue['severity'] = 'error',
  ): void => {
    issues.push({
      code,
      severity,
      line: pos.line,
      column: pos.column,
      statement: current?.index ?? null,
      sid: current?.sid ?? null,
      field,
      value,
      kind,
    });
  };

  // An object's fields by name, reporting unknown and repeated ones.
  const fieldsOf = (node: Extract<JsonNode, { kind: 'object' }>, known: string[]): Map<string, JsonNode> => {
    const fields = new Map<string, JsonNode>();
    for (const entry of node.entries) {
      if (!known.includes(entry.key)) report('unknown-field', entry.keyPos, entry.key, entry.key);
      else if (fields.has(entry.key)) report('duplicate-field', entry.keyPos, entry.key, entry.key);
      else fields.set(entry.key, entry.value);
    }
    return fields;
  };

  // A string or a non-empty array of strings.
  const strings = (node: JsonNode, field: string): string[] | null => {
    const items = node.kind === 'array' ? node.items : [node];
    if (items.length === 0) {
      report('value-empty', node.pos, field);
      return null;
    }
    const values: string[] = [];
    for (const item of items) {
      if (item.kind !== 'string') report('value-not-string', item.pos, field);
      else values.push(item.value);
    }
    return values.length === items.length ? values : null;
  };

  const readPair = (
    fields: Map<string, JsonNode>,
    names: [string, string],
    codes: { missing: PolicyIssueCode | null; both: PolicyIssueCode },
    pos: Position,
    read: (node: JsonNode, field: string) => string[] | null,
  ): [string[] | null, string[] | null] => {
    const [positive, negative] = names.map((name) => fields.get(name));
    if (positive !== undefined && negative !== undefined) {
      report(codes.both, negative.pos, names[1]);
      return [null, null];
    }
    if (positive === undefined && negative === undefined) {
      if (codes.missing !== null) report(codes.missing, pos, names[0]);
      return [null, null];
    }
    return positive !== undefined
      ? [read(positive, names[0]), null]
      : [null, read(negative as JsonNode, names[1])];
  };

  // Strings that pass `valid`, reporting the first that does not at its own line.
  const checkedStrings =
    (code: PolicyIssueCode, valid: (value: string) => boolean) =>
    (node: JsonNode, field: string): string[] | null => {
      const values = strings(node, field);
      const items = node.kind === 'array' ? node.items : [node];
      const bad = values === null ? -1 : values.findIndex((value) => !valid(value));
      if (bad >= 0) report(code, (items[bad] as JsonNode).pos, field, values?.[bad] ?? null);
      return values;
    };
  const readActions = checkedStrings('action-invalid', (value) => ACTION.test(value));
  const readResources = checkedStrings(
    'resource-invalid',
    (value) => value === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$/.test(value),
  );

  const readPrincipal = (node: JsonNode, field: string): PrincipalSpec | null => {
    if (node.kind === 'string') {
      if (node.value === '*') return { any: true, aws: [], other: [] };
      report('principal-invalid', node.pos, field, node.value);
      return null;
    }
    if (node.kind !== 'object' || node.entries.length === 0) {
      report('principal-invalid', node.pos, field);
      return null;
    }
    const spec: PrincipalSpec = { any: false, aws: [], other: [] };
    let valid = true;
    const types = fieldsOf(node, ['AWS', 'Service', 'Federated', 'CanonicalUser']);
    for (const [type, valueNode] of types) {
      const values = strings(valueNode, `${field}.${type}`);
      if (values === null) valid = false;
      for (const value of values ?? []) {
        if (type !== 'AWS') spec.other.push({ type, value });
        else if (value === '*') spec.any = true;
        else if (ACCOUNT_ID.test(value)) spec.aws.push(`arn:aws:iam::${value}:root`);
        else if (/^arn:aws:(iam|sts)::\d{12}:\S+$/.test(value)) spec.aws.push(value);
        else {
          report('principal-invalid', valueNode.pos, `${field}.${type}`, value);
          valid = false;
        }
      }
    }
    return valid && types.size === node.entries.length ? spec : null;
  };

  const readConditions = (node: JsonNode): ConditionTest[] | null => {
    if (node.kind !== 'object') {
      report('condition-not-object', node.pos, 'Condition');
      return null;
    }
    const tests: ConditionTest[] = [];
    let valid = true;
    for (const { key: written, keyPos, value: keys } of node.entries) {
      const parts = parseOperator(written);
      if (parts === null) {
        report('condition-operator-unknown', keyPos, 'Condition', written);
        valid = false;
        continue;
      }
      if (parts.operator === 'Null' && parts.ifExists) {
        report('condition-null-ifexists', keyPos, 'Condition', written);
        valid = false;
        continue;
      }
      if (keys.kind !== 'object' || keys.entries.length === 0) {
        report('condition-not-object', keys.pos, `Condition.${written}`);
        valid = false;
        continue;
      }
      for (const { key, keyPos: testPos, value } of keys.entries) {
        const field = `Condition.${written}.${key}`;
        const items = value.kind === 'array' ? value.items : [value];
        const values: string[] = [];
        for (const item of items) {
          if (item.kind === 'string') values.push(item.value);
          else if (item.kind === 'number' || item.kind === 'boolean') values.push(String(item.value));
          else report('value-not-string', item.pos, field);
        }
        if (items.length === 0) report('value-empty', value.pos, field);
        const check = CONDITION_VALUE_CHECKS[operatorFamily(parts.operator)];
        const bad = check === undefined ? undefined : values.find((one) => !check(one));
        if (bad !== undefined) report('condition-value-invalid', value.pos, field, bad);
        if (items.length === 0 || values.length !== items.length || bad !== undefined) valid = false;
        else tests.push({ written, ...parts, key, values, line: testPos.line });
      }
    }
    return valid ? tests : null;
  };

  const readStatement = (node: JsonNode, index: number): Statement | null => {
    current = { index, sid: null };
    if (node.kind !== 'object') {
      report('statement-not-object', node.pos, 'Statement');
      return null;
    }
    const before = issues.length;
    const fields = fieldsOf(node, STATEMENT_FIELDS);
    const sidNode = fields.get('Sid');
    if (sidNode !== undefined) {
      if (sidNode.kind === 'string') current.sid = sidNode.value;
      else report('sid-not-string', sidNode.pos, 'Sid');
    }
    // Problems found before the Sid was read name it too.
    for (const issue of issues.slice(before)) issue.sid = current.sid;

    const effectNode = fields.get('Effect');
    let effect: Statement['effect'] | null = null;
    if (effectNode === undefined) report('effect-missing', node.pos, 'Effect');
    else if (effectNode.kind === 'string' && (effectNode.value === 'Allow' || effectNode.value === 'Deny'))
      effect = effectNode.value;
    else
      report(
        'effect-invalid',
        effectNode.pos,
        'Effect',
        effectNode.kind === 'string' ? effectNode.value : null,
      );

    if (kind === 'rcp') {
      // Only AWS's own RCPFullAWSAccess may allow; custom RCPs deny, without NotAction or NotPrincipal.
      if (effect === 'Allow') report('rcp-allow', (effectNode as JsonNode).pos, 'Effect', 'Allow');
      for (const name of ['NotAction', 'NotPrincipal']) {
        const found = fields.get(name);
        if (found !== undefined) report('rcp-not-supported', found.pos, name);
      }
    }

    const [action, notAction] = readPair(
      fields,
      ['Action', 'NotAction'],
      { missing: 'action-missing', both: 'action-both' },
      node.pos,
      readActions,
    );
    const [resource, notResource] = readPair(
      fields,
      ['Resource', 'NotResource'],
      // A role trust policy has no Resource: it is about the role it is attached to.
      { missing: kind === 'resource' ? null : 'resource-missing', both: 'resource-both' },
      node.pos,
      readResources,
    );

    let principal: PrincipalSpec | null = null;
    let notPrincipal: PrincipalSpec | null = null;
    const principalNode = fields.get('Principal');
    const notPrincipalNode = fields.get('NotPrincipal');
    if (kind === 'resource' || kind === 'rcp') {
      if (principalNode !== undefined && notPrincipalNode !== undefined)
        report('principal-both', notPrincipalNode.pos, 'NotPrincipal');
      else if (principalNode === undefined && notPrincipalNode === undefined)
        report('principal-missing', node.pos, 'Principal');
      else if (principalNode !== undefined) principal = readPrincipal(principalNode, 'Principal');
      else notPrincipal = readPrincipal(notPrincipalNode as JsonNode, 'NotPrincipal');
    } else {
      for (const [name, found] of [
        ['Principal', principalNode],
        ['NotPrincipal', notPrincipalNode],
      ] as const) {
        if (found !== undefined) report('principal-not-allowed', found.pos, name);
      }
    }

    const conditionNode = fields.get('Condition');
    const conditions = conditionNode === undefined ? [] : readConditions(conditionNode);

    if (
      issues.slice(before).some((issue) => issue.severity === 'error') ||
      effect === null ||
      conditions === null
    )
      return null;
    return {
      index,
      sid: current.sid,
      effect,
      action,
      notAction,
      resource: resource ?? (notResource === null ? ['*'] : null),
      notResource,
      principal,
      notPrincipal,
      conditions,
      line: node.pos.line,
    };
  };

  const root = parsed.value;
  if (root.kind !== 'object') {
    report('not-object', root.pos, null);
    return { ok: false, syntax: null, issues };
  }
  const top = fieldsOf(root, TOP_FIELDS);
  const versionNode = top.get('Version');
  let version: string | null = null;
  if (versionNode === undefined) report('version-missing', root.pos, 'Version', null, 'warning');
  else if (
    versionNode.kind === 'string' &&
    (versionNode.value === '2012-10-17' || versionNode.value === '2008-10-17')
  )
    version = versionNode.value;
  else
    report(
      'version-invalid',
      versionNode.pos,
      'Version',
      versionNode.kind === 'string' ? versionNode.value : null,
    );

  const statementNode = top.get('Statement');
  const statements: Statement[] = [];
  if (statementNode === undefined) report('statement-missing', root.pos, 'Statement');
  else if (statementNode.kind === 'array' && statementNode.items.length === 0)
    report('statement-empty', statementNode.pos, 'Statement');
  else {
    const items = statementNode.kind === 'array' ? statementNode.items : [statementNode];
    items.forEach((item, index) => {
      const statement = readStatement(item, index);
      if (statement !== null) statements.push(statement);
    });
  }
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, syntax: null, issues };
  return { ok: true, policy: { version, statements }, issues };
}
