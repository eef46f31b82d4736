// Facts an expert review found taught wrong (issue 9), checked on every lesson, question and
// glossary entry so they cannot come back. Each rule reads the text as a learner does: a lesson
// paragraph, a question's prompt, option, rationale or explanation, a glossary definition. Each
// failure names the file, where in it, and the fix. The facts and their official pages are in
// ../shared/reference/cloud-security-facts.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz';
import { loadContent, ROOT } from './load-content';

const content = loadContent();

/** One piece of text a learner reads, with where it is. */
interface Text {
  where: string;
  text: string;
  /** Whether the text is keyed as right: a correct option, or a true-false statement whose answer is true. */
  keyed?: boolean;
}

function questionTexts(file: string, question: Question): Text[] {
  const at = (part: string) => `${file}: ${question.id}: ${part}`;
  const texts: Text[] = [
    { where: at('prompt'), text: question.prompt, keyed: question.type === 'true-false' && question.answer },
    { where: at('explanation'), text: question.explanation },
  ];
  if (question.hint !== undefined) texts.push({ where: at('hint'), text: question.hint });
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      for (const choice of question.choices) {
        texts.push({ where: at(`choice ${choice.id}`), text: choice.text, keyed: choice.correct });
        texts.push({ where: at(`choice ${choice.id} rationale`), text: choice.rationale });
      }
      break;
    case 'true-false':
      texts.push({ where: at('rationale for True'), text: question.rationales.true });
      texts.push({ where: at('rationale for False'), text: question.rationales.false });
      break;
    case 'categorize':
      for (const item of question.items) {
        texts.push({ where: at(`item ${item.id}`), text: `${item.text} (${item.bucket})` });
        texts.push({ where: at(`item ${item.id} rationale`), text: item.rationale });
      }
      break;
    case 'ordering':
      for (const step of question.steps) {
        texts.push({ where: at(`step ${step.id}`), text: step.text });
        texts.push({ where: at(`step ${step.id} rationale`), text: step.rationale });
      }
      break;
    case 'spot':
      for (const reason of question.reasons) {
        texts.push({ where: at(`reason ${reason.id}`), text: reason.text, keyed: reason.correct });
        texts.push({ where: at(`reason ${reason.id} rationale`), text: reason.rationale });
      }
      break;
  }
  return texts;
}

/** A lesson's paragraphs, list items and table rows, each with its line number in the file. */
function lessonTexts(file: string, body: string): Text[] {
  const before = readFileSync(join(ROOT, file), 'utf8').split('\n').length - body.split('\n').length;
  const texts: Text[] = [];
  let paragraph: string[] = [];
  let start = 0;
  const flush = () => {
    if (paragraph.length > 0) texts.push({ where: `${file}: line ${start}`, text: paragraph.join(' ') });
    paragraph = [];
  };
  body.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    // Table rows and list items stand alone; other lines join their paragraph.
    if (trimmed === '' || /^(?:\||[-*] |\d+\. |#)/.test(trimmed)) flush();
    if (trimmed === '') return;
    if (paragraph.length === 0) start = before + index + 1;
    paragraph.push(trimmed);
    if (/^(?:\||#)/.test(trimmed)) flush();
  });
  flush();
  return texts;
}

const questionUnits = [...content.quizzes.values()].flatMap(({ file, data }) =>
  data.questions.flatMap((question) => questionTexts(file, question)),
);
const lessonUnits = content.lessons.flatMap((lesson) => lessonTexts(lesson.file, lesson.body));
const lessonObjectives = content.lessons.flatMap((lesson) =>
  [...lesson.data.objectives, lesson.data.summary].map((text) => ({
    where: `${lesson.file}: frontmatter`,
    text,
  })),
);
const glossaryUnits = content.glossary.map(({ file, data }) => ({
  where: `${file}: ${data.id}`,
  text: data.definition,
}));
const everything: Text[] = [...lessonUnits, ...lessonObjectives, ...questionUnits, ...glossaryUnits];

/** The `where` of every text that matches `when` but not `unless`, followed by `fix`. */
function offenders(texts: readonly Text[], when: (text: string) => boolean, unless: RegExp, fix: string) {
  return texts.filter(({ text }) => when(text) && !unless.test(text)).map(({ where }) => `${where}: ${fix}`);
}

const all =
  (...patterns: RegExp[]) =>
  (text: string) =>
    patterns.every((pattern) => pattern.test(text));

describe('facts the course once taught wrong stay right', () => {
  it('reads the real content', () => {
    expect(questionUnits.length).toBeGreaterThan(1000);
    expect(lessonUnits.length).toBeGreaterThan(300);
  });

  it('no answer keys CloudTrail Lake as the way to keep events, and every mention says it is closed to new customers', () => {
    const keyed = questionUnits
      .filter(
        ({ text, keyed }) => keyed === true && /CloudTrail Lake/i.test(text) && !/new customers/i.test(text),
      )
      .map(({ where }) => `${where}: keys CloudTrail Lake as right; key a trail delivering to S3 instead`);
    const unqualified = offenders(
      [...lessonUnits, ...lessonObjectives, ...glossaryUnits],
      all(/CloudTrail Lake/i),
      /new customers/i,
      'say that CloudTrail Lake is closed to new customers (since 31 May 2026) where you mention it',
    );
    expect([...keyed, ...unqualified]).toEqual([]);
  });

  it('a permissions boundary is never said to leave every resource-based grant unlimited', () => {
    expect(
      offenders(
        everything,
        all(
          /permissions? boundar/i,
          /resource-based|bucket policy|resource policy/i,
          /\b(?:does not|doesn['’]t|never|cannot|not)\b[^.]*\b(?:cap|limit|stop|restrict|block|affect)/i,
        ),
        /\buser ARN|IAM user|role[- ]session|session ARN|names the (?:user|session)|explicit deny/i,
        'a boundary does limit a resource-based grant to a role ARN; only a same-account grant naming an IAM user or a role session directly escapes its implicit deny',
      ),
    ).toEqual([]);
  });

  it('ITAR and CJIS are not listed among certifications and attestations', () => {
    const listed = content.lessons.flatMap((lesson) => {
      const sections = lesson.body.split(/^(?=## )/m);
      return sections
        .filter((section) => /^## [^\n]*certifications/i.test(section) && /\b(?:ITAR|CJIS)\b/.test(section))
        .filter(
          (section) =>
            !/\b(?:ITAR|CJIS)\b[^.]*\b(?:not a certification|no formal|regulation|addendum)/i.test(section),
        )
        .map(
          (section) =>
            `${lesson.file}: "${section.split('\n')[0]}": move ITAR (a regulation) and CJIS (security addendum agreements) out of the certifications`,
        );
    });
    const keyedAsCertification = questionUnits
      .filter(
        ({ text, keyed }) =>
          keyed === true &&
          /\b(?:ITAR|CJIS)\b/.test(text) &&
          /certif/i.test(text) &&
          !/no formal|not a certification/i.test(text),
      )
      .map(({ where }) => `${where}: ITAR and CJIS are not certifications`);
    expect([...listed, ...keyedAsCertification]).toEqual([]);
  });

  it('Elastic Beanstalk patching always comes with managed platform updates', () => {
    expect(
      offenders(
        everything,
        all(/Beanstalk/, /\b(?:patch\w*|operating system|OS)\b/i),
        /managed (?:platform )?updates?|platform updates?/i,
        'AWS patches the Beanstalk platform for you only with managed platform updates on (opt out and you patch it yourself); say so',
      ),
    ).toEqual([]);
  });

  it('RDS engine patching says which upgrades are automatic and which are yours to start', () => {
    expect(
      offenders(
        everything,
        all(/\bRDS\b/, /\b(?:patch\w*|upgrad\w*)\b/i, /\bengine\b/i),
        /minor version upgrade|major (?:version|engine|upgrade)/i,
        'AWS supplies RDS engine patches, but minor upgrades apply automatically only with "Auto minor version upgrade" on, and major upgrades are yours to start; say so',
      ),
    ).toEqual([]);
  });

  it('S3 ACLs are never said to grant only to other accounts without the public grant', () => {
    expect(
      offenders(
        everything,
        all(/\bACLs?\b/, /\bonly\b[^.]*\bother accounts\b/i),
        /everyone|public|all users|authenticated users|anyone/i,
        'S3 ACLs can also grant to everyone or all authenticated AWS users (the classic public leak); say so',
      ),
    ).toEqual([]);
  });

  it('PCI DSS is cited at its current version, v4.0.1', () => {
    expect(
      offenders(
        everything,
        all(/PCI DSS v?\d/i),
        /PCI DSS v?4\.0\.1/i,
        'the current version of PCI DSS is v4.0.1',
      ),
    ).toEqual([]);
  });

  it('the Risk and Compliance whitepaper is cited as historical', () => {
    const sources = [
      ...content.lessons.flatMap((lesson) =>
        lesson.data.sources.map((source) => ({ file: lesson.file, source })),
      ),
      ...[...content.quizzes.values()].flatMap(({ file, data }) =>
        data.questions.map((question) => ({ file: `${file}: ${question.id}`, source: question.source })),
      ),
    ];
    expect(
      sources
        .filter(
          ({ source }) => source.url.includes('aws-risk-and-compliance') && !/historical/i.test(source.title),
        )
        .map(
          ({ file }) =>
            `${file}: the Risk and Compliance whitepaper is for historical reference only: say so in the title, or cite the Shared Responsibility Model page`,
        ),
    ).toEqual([]);
  });

  it('pages cited for what they do not say are cited only for what they do', () => {
    // The review found pillar definitions cited to the WA Tool's framework page (which backs only
    // the trade-offs between pillars), design principles cited to the operational excellence
    // best-practice page, Control Tower's kinds of control cited to the RCP page, and an AWS
    // Security Blog post cited as the "compliance FAQ".
    const rules: { url: string; about: RegExp; fix: string }[] = [
      {
        url: 'wellarchitected/latest/userguide/waf.html',
        about: /trade/i,
        fix: 'this page backs the trade-offs between pillars only; cite the framework page that says the rest',
      },
      {
        url: 'wellarchitected/latest/framework/oe-bp.html',
        about: /best[- ]practice areas?/i,
        fix: 'this page lists the best-practice areas of operational excellence only; cite the design-principles page',
      },
      {
        url: 'orgs_manage_policies_rcps.html',
        about: /\bRCPs?\b|resource control polic/i,
        fix: 'this page is about RCPs; cite Control Tower "How controls work" for the kinds of control',
      },
    ];
    const questions = [...content.quizzes.values()].flatMap(({ file, data }) =>
      data.questions.map((question) => ({
        where: `${file}: ${question.id}`,
        url: question.source.url,
        text: questionTexts(file, question)
          .map(({ text }) => text)
          .join(' '),
      })),
    );
    const miscited = questions.flatMap(({ where, url, text }) =>
      rules
        .filter((rule) => url.includes(rule.url) && !rule.about.test(text))
        .map((rule) => `${where}: ${rule.fix}`),
    );
    const blog = [
      ...content.lessons.flatMap((lesson) =>
        lesson.data.sources.map((source) => ({ where: lesson.file, source })),
      ),
      ...[...content.quizzes.values()].flatMap(({ file, data }) =>
        data.questions.map((question) => ({ where: `${file}: ${question.id}`, source: question.source })),
      ),
    ]
      .filter(({ source }) => source.url.includes('/blogs/') && !/blog/i.test(source.title))
      .map(({ where }) => `${where}: this source is an AWS blog post; say so in its title`);
    expect([...miscited, ...blog]).toEqual([]);
  });

  it('Audit Manager is never taught as open to new customers', () => {
    const keyed = questionUnits
      .filter(
        ({ text, keyed }) =>
          keyed === true && /Audit Manager/.test(text) && !/new customers|existing customers/i.test(text),
      )
      .map(({ where }) => `${where}: keys Audit Manager as right; it is closed to new customers`);
    expect(keyed).toEqual([]);
  });
});
