import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz';
import { loadQuestions, poolIds, type ServedQuiz } from '../../lib/quiz/pool';
import { loadServedQuiz } from '../../stores/quiz-data';
import { dayKey } from '../../lib/core/local-day';
import { lessonHref, moduleHref } from '../../lib/course/routes';
import {
  buildTeamReport,
  questionBank,
  type TeamCourse,
  type TeamMember,
  type TeamReport as Report,
  type PathStatus,
} from '../../lib/team/report';
import { toCsv } from '../../lib/team/csv';
import { readProgressFile } from '../progress/read-file';
import { offerDownload } from '../download';
import { sha256Hex } from '../sha256';
import { decodeRecord, recordChecks, type RecordCheck, type RecordSummary } from '../../lib/team/records';
import { DataTable } from '../dashboard/DataTable';
import { levelName, refusal, tt } from '../../i18n/en-team';

export interface TeamReportProps {
  course: TeamCourse;
  /** The quiz data that holds every question (the final assessment's pool), loaded once on arrival. */
  bankHref: string;
}

/** One file the lead added: the learner it holds, or why it was refused. */
type Entry = { key: number; file: string } & (
  { ok: true; member: TeamMember } | { ok: false; reason: string } | { ok: 'record'; record: RecordSummary }
);

/** What checking a record against the exports found: agrees with the export at `member`, or why not. */
type Verdict =
  { kind: 'agrees'; member: number } | { kind: 'differs' | 'no-export' | 'unknown-path' | 'pending' };

/** Hashes each candidate's digest input (SHA-256) and compares it with the record's digest. */
async function verdictOf(check: RecordCheck): Promise<Verdict> {
  if (check.kind !== 'check') return { kind: check.kind };
  for (const candidate of check.candidates) {
    if ((await sha256Hex(candidate.input)) === check.record.digest)
      return { kind: 'agrees', member: candidate.member };
  }
  return { kind: 'differs' };
}

type Bank = ReadonlyMap<string, Question> | 'loading' | 'failed';

const EMPTY_BANK: ReadonlyMap<string, Question> = new Map();

let nextKey = 0;

/** Largest file looked at as a completion record (a record is a few kilobytes). */
const MAX_RECORD_BYTES = 64 * 1024;

/** The completion record in `file`, or null when it is not one (then it is read as an export). */
async function readRecord(file: File): Promise<RecordSummary | null> {
  if (file.size > MAX_RECORD_BYTES) return null;
  try {
    return decodeRecord(JSON.parse(await file.text()));
  } catch {
    return null;
  }
}

/**
 * Reads each file: a completion record as a record; anything else exactly as an import is read.
 * A refused file keeps its reason, the others load.
 */
async function readFiles(files: readonly File[]): Promise<Entry[]> {
  return Promise.all(
    files.map(async (file): Promise<Entry> => {
      const record = await readRecord(file);
      if (record !== null) return { key: (nextKey += 1), file: file.name, ok: 'record', record };
      const result = await readProgressFile(file);
      const key = (nextKey += 1);
      if (!result.ok) {
        return {
          key,
          file: file.name,
          ok: false,
          reason: refusal(result.code, 'dropped' in result ? result.dropped : 0),
        };
      }
      const name = result.learner?.name;
      return {
        key,
        file: file.name,
        ok: true,
        member: { label: name ?? file.name, named: name !== undefined, progress: result.progress },
      };
    }),
  );
}

const learnerName = (row: { label: string; named: boolean }) =>
  row.named ? row.label : tt('learner.unnamed', { file: row.label });

/** A learner's status on a path, in words: "Complete", "3 of 9 steps", "Not started". */
const pathCell = (status: PathStatus) =>
  status.complete
    ? tt('paths.complete')
    : status.started
      ? tt('paths.steps', { done: status.done, total: status.required })
      : tt('paths.notStarted');

/** Module and lesson titles by `module:<id>` and `lesson:<id>`. */
function courseTitles(course: TeamCourse): Map<string, string> {
  const map = new Map<string, string>();
  for (const module of course.modules) {
    map.set(`module:${module.id}`, module.title);
    for (const lesson of module.lessons) map.set(`lesson:${lesson.id}`, lesson.title);
  }
  return map;
}

/** The report as CSV: a row per learner, with the module levels as columns. */
export function reportCsv(report: Report, course: TeamCourse): string {
  const header = [
    tt('learners.learner'),
    tt('csv.named'),
    tt('learners.lessons'),
    tt('learners.moduleQuizzes'),
    tt('learners.labs'),
    tt('learners.final'),
    tt('learners.finalPassed'),
    tt('learners.lastActive'),
    ...course.paths.map((path) => tt('paths.column', { path: path.title })),
    ...course.modules.map((module) => module.title),
  ];
  const rows = report.learners.map((row, index) => [
    row.label,
    row.named ? tt('yes') : tt('no'),
    tt('learners.of', { done: row.lessonsDone, total: row.lessonsTotal }),
    tt('learners.of', { done: row.moduleQuizzesDone, total: row.moduleQuizzesTotal }),
    tt('learners.of', { done: row.labsCompleted, total: row.labsTotal }),
    row.final.best === null ? '' : tt('percent', { percent: row.final.best }),
    row.final.passed ? tt('yes') : tt('no'),
    row.lastActive ?? '',
    ...row.paths.map(pathCell),
    ...report.heatMap.map((heat) => {
      const cell = heat.cells[index];
      return cell === undefined
        ? ''
        : tt('heat.cell', { level: levelName(cell.level), percent: cell.percent });
    }),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * The team report: the lead picks or drops learners' progress files; each is checked exactly as
 * an import is (`readProgressFile`), a refused one is listed with its reason, and the report is
 * built in this browser (`src/lib/team/report.ts`). The only requests the page makes are for the
 * question data (the final's list of quizzes, then their files), once, on arrival; the files are
 * never sent anywhere.
 */
export function TeamReport({ course, bankHref }: TeamReportProps) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [bank, setBank] = useState<Bank>('loading');
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(bankHref)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<ServedQuiz>;
      })
      // The final's file lists every question of the course by quiz: load those files together.
      .then((final) => loadQuestions(poolIds(final), final.questions, loadServedQuiz))
      .then((questions) => live && setBank(questionBank([...questions.values()])))
      .catch(() => live && setBank('failed'));
    return () => {
      live = false;
    };
  }, [bankHref]);

  const members = useMemo(
    () => entries.flatMap((entry) => (entry.ok === true ? [entry.member] : [])),
    [entries],
  );
  const records = useMemo(
    () =>
      entries.flatMap((entry) => (entry.ok === 'record' ? [{ file: entry.file, record: entry.record }] : [])),
    [entries],
  );
  const checks = useMemo(
    () =>
      recordChecks(
        records.map(({ record }) => record),
        members,
        course,
      ),
    [records, members, course],
  );
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  useEffect(() => {
    let live = true;
    setVerdicts(checks.map(() => ({ kind: 'pending' })));
    void Promise.all(checks.map(verdictOf)).then((found) => live && setVerdicts(found));
    return () => {
      live = false;
    };
  }, [checks]);
  const report = useMemo(
    () => buildTeamReport(members, course, typeof bank === 'string' ? EMPTY_BANK : bank),
    [members, course, bank],
  );

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const added = await readFiles(files);
    setEntries((now) => [...now, ...added]);
    const loaded = added.filter((entry) => entry.ok !== false).length;
    const refused = added.length - loaded;
    setStatus(
      [
        tt('files.loaded', { count: loaded }),
        ...(refused > 0 ? [tt('files.refused', { count: refused })] : []),
      ].join(' '),
    );
  };

  const onInput = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void add(files);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void add([...(event.dataTransfer?.files ?? [])]);
  };

  return (
    <div class="team">
      <section aria-labelledby="files-heading" class="team-files">
        <h2 id="files-heading">{tt('files.heading')}</h2>
        <p>{tt('files.hint')}</p>
        <div
          class={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label class="button file-button">
            {tt('files.choose')}
            <input
              type="file"
              multiple
              accept="application/json,.json"
              class="visually-hidden"
              onChange={onInput}
            />
          </label>
          <p>{tt('files.drop')}</p>
        </div>
        <p role="status">{status}</p>
        {bank === 'failed' && <p class="notice notice-warning">{tt('bank.failed')}</p>}
        {entries.length > 0 && (
          <>
            <h3>{tt('files.list')}</h3>
            <ul class="team-file-list">
              {entries.map((entry) =>
                entry.ok === 'record' ? (
                  <li key={entry.key}>
                    {tt('files.record', {
                      file: entry.file,
                      learner: entry.record.learner,
                      path: entry.record.pathTitle,
                    })}
                  </li>
                ) : entry.ok ? (
                  <li key={entry.key}>
                    {tt('files.ok', { file: entry.file, learner: learnerName(entry.member) })}
                  </li>
                ) : (
                  <li key={entry.key} class="is-refused">
                    {tt('files.bad', { file: entry.file, reason: entry.reason })}
                  </li>
                ),
              )}
            </ul>
            <button
              type="button"
              class="button-quiet"
              onClick={() => {
                setEntries([]);
                setStatus(tt('files.cleared'));
              }}
            >
              {tt('files.clear')}
            </button>
          </>
        )}
      </section>

      {records.length > 0 && (
        <section aria-labelledby="records-heading" class="team-records">
          <h2 id="records-heading">{tt('records.heading')}</h2>
          <p>{tt('records.intro')}</p>
          <DataTable
            label={tt('records.caption')}
            columns={[
              tt('records.learner'),
              tt('records.path'),
              tt('records.completed'),
              tt('records.check'),
            ]}
            rows={records.map(({ file, record }, index) => {
              const verdict = verdicts[index] ?? { kind: 'pending' };
              const agreeing =
                verdict.kind === 'agrees'
                  ? entries.filter((entry) => entry.ok === true)[verdict.member]
                  : undefined;
              return {
                key: `${file}-${index}`,
                header: record.learner,
                cells: [
                  record.pathTitle,
                  dayKey(record.completedAt) ?? record.completedAt,
                  verdict.kind === 'agrees'
                    ? tt('records.agrees', { file: agreeing?.file ?? '' })
                    : tt(`records.${verdict.kind}`, { learner: record.learner }),
                ],
              };
            })}
          />
        </section>
      )}

      {members.length > 0 && (
        <ReportView
          report={report}
          course={course}
          bank={typeof bank === 'string' ? bank : 'ready'}
          onCsv={() => {
            const name = tt('csv.file', { date: dayKey(new Date()) ?? 'export' });
            offerDownload(reportCsv(report, course), name, 'text/csv;charset=utf-8');
            setStatus(tt('report.csvDone', { file: name }));
          }}
        />
      )}
    </div>
  );
}

export interface ReportViewProps {
  report: Report;
  course: TeamCourse;
  /** Whether the question bank is ready (the missed questions need it). */
  bank: 'loading' | 'failed' | 'ready';
  /** Downloads the report as CSV. */
  onCsv: () => void;
}

/** The report itself: learners, the heat map, the questions most got wrong and who has not started. */
export function ReportView({ report, course, bank, onCsv }: ReportViewProps) {
  const titles = courseTitles(course);
  const moduleTitle = (id: string) => titles.get(`module:${id}`) ?? id;
  return (
    <section aria-labelledby="report-heading" class="team-report">
      <h2 id="report-heading">{tt('report.heading')}</h2>
      <p>{tt('report.summary', { count: report.learners.length })}</p>
      <div class="quiz-actions team-actions">
        <button type="button" class="button" onClick={onCsv}>
          {tt('report.csv')}
        </button>
        <button type="button" class="button-quiet" onClick={() => window.print()}>
          {tt('report.print')}
        </button>
      </div>

      <h3>{tt('learners.heading')}</h3>
      <DataTable
        label={tt('learners.caption')}
        columns={[
          tt('learners.learner'),
          tt('learners.lessons'),
          tt('learners.moduleQuizzes'),
          tt('learners.labs'),
          tt('learners.final'),
          tt('learners.finalPassed'),
          tt('learners.lastActive'),
          ...course.paths.map((path) => tt('paths.column', { path: path.title })),
        ]}
        rows={report.learners.map((row, index) => ({
          key: String(index),
          header: learnerName(row),
          cells: [
            tt('learners.of', { done: row.lessonsDone, total: row.lessonsTotal }),
            tt('learners.of', { done: row.moduleQuizzesDone, total: row.moduleQuizzesTotal }),
            tt('learners.of', { done: row.labsCompleted, total: row.labsTotal }),
            row.final.best === null
              ? tt('learners.notTaken')
              : tt('learners.finalValue', { percent: row.final.best, count: row.final.attempts }),
            row.final.passed ? tt('yes') : tt('no'),
            row.lastActive ?? tt('none'),
            ...row.paths.map(pathCell),
          ],
        }))}
      />

      <h3 id="heat-heading">{tt('heat.heading')}</h3>
      <p>{tt('heat.intro')}</p>
      <div role="region" aria-labelledby="heat-heading" tabIndex={0} class="table-scroll">
        <table class="heat-map">
          <caption class="visually-hidden">{tt('heat.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tt('heat.module')}</th>
              {report.learners.map((row, index) => (
                <th scope="col" key={index}>
                  {learnerName(row)}
                </th>
              ))}
              <th scope="col">{tt('heat.strong')}</th>
            </tr>
          </thead>
          <tbody>
            {report.heatMap.map((heat) => (
              <tr key={heat.moduleId}>
                <th scope="row">{moduleTitle(heat.moduleId)}</th>
                {heat.cells.map((cell, index) => (
                  <td key={index} class={`heat heat-${cell.level}`}>
                    {levelName(cell.level)}
                    {cell.level !== 'not-started' && (
                      <span class="heat-percent"> {tt('percent', { percent: cell.percent })}</span>
                    )}
                  </td>
                ))}
                <td>{tt('heat.strongValue', { strong: heat.strong, total: heat.cells.length })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{tt('missed.heading')}</h3>
      <p>{tt('missed.intro')}</p>
      {bank === 'loading' ? (
        <p>{tt('bank.loading')}</p>
      ) : bank === 'failed' ? (
        <p>{tt('missed.unavailable')}</p>
      ) : report.missed.length === 0 ? (
        <p>{tt('missed.empty')}</p>
      ) : (
        <ol class="team-missed">
          {report.missed.map((missed) => (
            <li key={missed.id}>
              <p>{missed.question.prompt}</p>
              <p class="team-missed-meta">
                {tt('missed.count', { wrong: missed.wrong, answered: missed.answered })}
                {' · '}
                {missed.taughtIn === null ? (
                  tt('missed.noLesson')
                ) : (
                  <a
                    href={
                      missed.taughtIn.kind === 'lesson'
                        ? lessonHref(missed.taughtIn.id)
                        : moduleHref(missed.taughtIn.id)
                    }
                  >
                    {tt('missed.lesson', {
                      title:
                        titles.get(`${missed.taughtIn.kind}:${missed.taughtIn.id}`) ?? missed.taughtIn.id,
                    })}
                  </a>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}

      <h3>{tt('notStarted.heading')}</h3>
      {report.notStarted.length === 0 ? (
        <p>{tt('notStarted.none')}</p>
      ) : (
        <ul>
          {report.learners
            .filter((row) => !row.started)
            .map((row, index) => (
              <li key={index}>{learnerName(row)}</li>
            ))}
        </ul>
      )}
    </section>
  );
}
