// A small LMS + LRS for the cmi5 browser test, on 127.0.0.1: the endpoints a cmi5 assignable
// unit uses (the fetch URL, statements, activity state for LMS.LaunchData, the agent profile for
// learner preferences). Every statement it receives, the LMS's own "launched" included, is
// checked with Learning Locker's xAPI validator; problems are collected for the test to assert.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import xapiValidation from '@learninglocker/xapi-validation';

// The validator is CommonJS with an `exports.default`: how it arrives depends on the loader.
type Validate = typeof xapiValidation;
const validateStatement: Validate =
  typeof xapiValidation === 'function' ? xapiValidation : (xapiValidation as { default: Validate }).default;

/** The port the test LRS listens on: the build must list its origin in CMI5_LRS_ORIGINS. */
export const LRS_PORT = Number(process.env['CMI5_TEST_LRS_PORT'] ?? 4399);
export const LRS_ORIGIN = `http://127.0.0.1:${LRS_PORT}`;

export interface StoredStatement {
  id: string;
  verb: { id: string };
  object: { id: string; definition?: { interactionType?: string; type?: string } };
  result?: { success?: boolean; completion?: boolean; response?: string; score?: { scaled?: number } };
  context?: {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: { id: string }[] };
  };
}

export interface LaunchOptions {
  /** The AU's activity id. */
  activityId: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
}

export interface Launch {
  /** The query string an LMS appends to the AU's URL. */
  query: string;
  registration: string;
  sessionId: string;
}

const ACTOR = {
  objectType: 'Agent',
  name: 'Test Learner',
  account: { homePage: 'https://lms.example', name: 'learner-1' },
};
const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

export async function startLrs() {
  const statements: StoredStatement[] = [];
  const problems: string[] = [];
  const tokens = new Map<string, { auth: string; used: boolean }>();
  const sessions = new Map<string, { launchData: unknown }>();
  const granted = new Set<string>();

  const store = (statement: StoredStatement) => {
    const warnings = validateStatement(statement);
    for (const warning of warnings) problems.push(`${statement.verb?.id}: ${JSON.stringify(warning)}`);
    statements.push(statement);
  };

  const send = (response: ServerResponse, status: number, body?: unknown) => {
    response.writeHead(status, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
      'X-Experience-API-Version': '1.0.3',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', LRS_ORIGIN);
      if (request.method === 'OPTIONS') return send(response, 204);
      // The fetch URL: one use per launch, as cmi5 requires; a second or unknown one is an error.
      if (request.method === 'POST' && url.pathname.startsWith('/fetch/')) {
        const token = tokens.get(url.pathname.slice('/fetch/'.length));
        if (token === undefined || token.used) {
          return send(response, 200, {
            'error-code': '1',
            'error-text': 'The fetch URL is unknown or used already.',
          });
        }
        token.used = true;
        granted.add(token.auth);
        return send(response, 200, { 'auth-token': token.auth });
      }
      if (!url.pathname.startsWith('/xapi/')) return send(response, 404);
      const auth = (request.headers.authorization ?? '').replace(/^Basic /, '');
      if (!granted.has(auth)) return send(response, 401, { error: 'not authorized' });
      const route = url.pathname.slice('/xapi/'.length);
      if (route === 'activities/state' && request.method === 'GET') {
        const registration = url.searchParams.get('registration') ?? '';
        const session = sessions.get(registration);
        if (url.searchParams.get('stateId') !== 'LMS.LaunchData' || session === undefined)
          return send(response, 404);
        return send(response, 200, session.launchData);
      }
      if (route === 'agents/profile' && request.method === 'GET') {
        if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences') return send(response, 404);
        return send(response, 200, { languagePreference: 'en-US', audioPreference: 'on' });
      }
      if (route === 'statements' && (request.method === 'POST' || request.method === 'PUT')) {
        const body = JSON.parse(await readBody(request)) as StoredStatement | StoredStatement[];
        const list = Array.isArray(body) ? body : [body];
        const ids = list.map((statement) => {
          const withId = {
            ...statement,
            id: statement.id ?? url.searchParams.get('statementId') ?? randomUUID(),
          };
          store(withId);
          return withId.id;
        });
        return request.method === 'PUT' ? send(response, 204) : send(response, 200, ids);
      }
      return send(response, 404);
    })().catch((error: unknown) => {
      problems.push(String(error));
      send(response, 500);
    });
  });
  await new Promise<void>((resolve) => server.listen(LRS_PORT, '127.0.0.1', resolve));

  return {
    statements,
    problems,
    /**
     * Launches an AU as an LMS does: a registration and session, LMS.LaunchData, a one-time fetch
     * URL, and the "launched" statement; returns the query string for the AU's URL.
     */
    launch(options: LaunchOptions): Launch {
      const registration = randomUUID();
      const sessionId = randomUUID();
      const fetchToken = randomUUID();
      tokens.set(fetchToken, { auth: Buffer.from(`${fetchToken}:secret`).toString('base64'), used: false });
      const contextTemplate = {
        contextActivities: { grouping: [{ id: options.activityId.replace(/\/au\/.*$/, '/course') }] },
        extensions: { [SESSION_EXTENSION]: sessionId },
      };
      const launchMode = options.launchMode ?? 'Normal';
      const moveOn = options.moveOn ?? 'Passed';
      sessions.set(registration, {
        launchData: {
          contextTemplate,
          launchMode,
          moveOn,
          returnURL: 'https://lms.example/course',
          ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
        },
      });
      store({
        id: randomUUID(),
        actor: ACTOR,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'Launched' } },
        object: { id: options.activityId, objectType: 'Activity' },
        context: {
          registration,
          contextActivities: { ...contextTemplate.contextActivities, category: [{ id: CMI5_CATEGORY }] },
          extensions: {
            ...contextTemplate.extensions,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': moveOn,
            'https://w3id.org/xapi/cmi5/context/extensions/launchurl': 'https://site.example/',
          },
        },
        timestamp: new Date().toISOString(),
      } as StoredStatement);
      const query = new URLSearchParams({
        endpoint: `${LRS_ORIGIN}/xapi/`,
        fetch: `${LRS_ORIGIN}/fetch/${fetchToken}`,
        actor: JSON.stringify(ACTOR),
        registration,
        activityId: options.activityId,
      });
      return { query: `?${query.toString()}`, registration, sessionId };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestLrs = Awaited<ReturnType<typeof startLrs>>;
export { SESSION_EXTENSION, CMI5_CATEGORY };
