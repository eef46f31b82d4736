import { describe, expect, it } from 'vitest';
import {
  blockIri,
  courseIri,
  courseStructureXml,
  masteryScore,
  quizIdOfUnit,
  unitIri,
  type Cmi5CourseInput,
} from '../../../../src/lib/cmi5/course-structure';

const SITE = 'https://academy.example/';

const course: Cmi5CourseInput = {
  title: 'Cloud Security Academy',
  description: 'A course <with> "markup" & more',
  blocks: [
    {
      moduleId: 'iam',
      title: 'Least privilege & IAM',
      description: 'Policies.',
      units: [
        {
          quizId: 'iam-policy-types',
          title: 'Policy types',
          description: 'Lesson quiz.',
          href: '/lessons/iam/policy-types/',
          passPercent: 70,
        },
        {
          quizId: 'iam-module',
          title: 'Module quiz',
          description: 'Module.',
          href: '/modules/iam/',
          passPercent: 75.5,
        },
      ],
    },
  ],
  final: {
    quizId: 'final-assessment',
    title: 'Final',
    description: 'Exam.',
    href: '/assessment/',
    passPercent: 80,
  },
};

describe('IRIs', () => {
  it('names the course, blocks and AUs under the site address, without a double slash', () => {
    expect(courseIri(SITE)).toBe('https://academy.example/cmi5/course');
    expect(blockIri(SITE, 'iam')).toBe('https://academy.example/cmi5/block/iam');
    expect(unitIri('https://academy.example', 'iam-module')).toBe(
      'https://academy.example/cmi5/au/iam-module',
    );
  });

  it('reads the quiz id back from an AU id, and null from anything else', () => {
    expect(quizIdOfUnit(unitIri(SITE, 'iam-module'))).toBe('iam-module');
    expect(quizIdOfUnit('https://academy.example/cmi5/block/iam')).toBeNull();
  });
});

describe('masteryScore', () => {
  it('turns a pass mark in percent into a decimal from 0 to 1', () => {
    expect(masteryScore(70)).toBe(0.7);
    expect(masteryScore(75.5)).toBe(0.755);
    expect(masteryScore(100)).toBe(1);
  });
});

describe('courseStructureXml', () => {
  const xml = courseStructureXml(course, SITE);

  it('declares the cmi5 course structure namespace', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
      ),
    ).toBe(true);
    expect(xml.trimEnd().endsWith('</courseStructure>')).toBe(true);
  });

  it('puts each module in a block and each quiz in an AU with an absolute URL, moveOn Passed and the pass mark as masteryScore', () => {
    expect(xml).toContain('<block id="https://academy.example/cmi5/block/iam">');
    expect(xml).toContain(
      '<au id="https://academy.example/cmi5/au/iam-module" moveOn="Passed" masteryScore="0.755" launchMethod="OwnWindow">',
    );
    expect(xml).toContain('<url>https://academy.example/lessons/iam/policy-types/</url>');
  });

  it('puts the final assessment after the blocks, at the top level', () => {
    expect(xml.indexOf('</block>')).toBeLessThan(xml.indexOf('cmi5/au/final-assessment'));
    expect(xml).toContain(
      '  <au id="https://academy.example/cmi5/au/final-assessment" moveOn="Passed" masteryScore="0.8"',
    );
  });

  it('escapes text so any title or description stays well-formed XML', () => {
    expect(xml).toContain(
      '<langstring lang="en">A course &lt;with&gt; &quot;markup&quot; &amp; more</langstring>',
    );
    expect(xml).toContain('Least privilege &amp; IAM');
  });

  it('escapes apostrophes too', () => {
    expect(courseStructureXml({ ...course, title: "It's" }, SITE)).toContain('It&apos;s');
  });
});
