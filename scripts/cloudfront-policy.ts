// Prints the CloudFront response headers policies that send the same headers as public/_headers
// (one per cache behavior: the default behavior, then each other path pattern of the file).
//
//   node --experimental-strip-types scripts/cloudfront-policy.ts [name-prefix]     (default "csa")
//
// Save one "config" object to a file and create the policy with the AWS CLI:
//   aws cloudfront create-response-headers-policy --response-headers-policy-config file://default.json
// then attach it to the matching cache behavior (README, "Deploy"). tests/unit/lib/headers/
// cloudfront.test.ts checks that these policies send exactly what _headers sends.
import './resolve-ts.ts';
import { readFileSync } from 'node:fs';

// src/lib imports without file extensions, as Vite resolves them; Node needs the ".ts".
const { parseHeadersFile } = await import('../src/lib/headers/headers-file.ts');
const { cloudFrontBehaviors } = await import('../src/lib/headers/cloudfront.ts');

const prefix = process.argv[2] ?? 'csa';
const rules = parseHeadersFile(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8'));
console.log(JSON.stringify(cloudFrontBehaviors(rules, prefix), null, 2));
