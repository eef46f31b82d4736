import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { dayKey } from '../../lib/core/local-day';
import { attemptsDigestInput, DIGEST_FORMAT } from '../../lib/paths/digest';
import { buildRecord, recordFileName } from '../../lib/paths/record';
import { pathProgress, recordAttempts, type CourseInput } from '../../lib/paths/status';
import type { Path } from '../../schemas/path';
import { $progress } from '../../stores/progress';
import { $learnerName, setLearnerName } from '../../stores/learner';
import { tp } from '../../i18n/en-paths';
import { tr } from '../../i18n/en-record';
import { useMounted } from '../use-mounted';
import { offerDownload } from '../download';
import { sha256Hex } from '../sha256';

export interface RecordViewProps {
  /** Path id, or `final-assessment` for the final assessment's record. */
  id: string;
  path: Path;
  course: CourseInput;
  siteVersion: string;
  /** True for the final assessment's record. */
  final: boolean;
  /** Where "back" leads: the path's page, or the assessment page. */
  backHref: string;
}

type Digest = { state: 'pending' } | { state: 'done'; value: string } | { state: 'unavailable' };

/**
 * The completion record of a path (or of the final assessment): asks the learner's name once
 * (editable), shows the record as a printable page, and offers it as a file. Its digest is the
 * SHA-256 of the full attempts it summarises, so the team report can check it against an export.
 */
export default function RecordView({ id, path, course, siteVersion, final, backHref }: RecordViewProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  const name = useStore($learnerName);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [digest, setDigest] = useState<Digest>({ state: 'pending' });
  const status = pathProgress(path, progress, course);
  const attempts = recordAttempts(progress, status);
  const input = attemptsDigestInput(attempts);

  useEffect(() => {
    if (!mounted) return;
    let current = true;
    setDigest({ state: 'pending' });
    sha256Hex(input).then(
      (value) => current && setDigest(value === null ? { state: 'unavailable' } : { state: 'done', value }),
      () => current && setDigest({ state: 'unavailable' }),
    );
    return () => {
      current = false;
    };
  }, [mounted, input]);

  if (!mounted) return <p>{'\u00a0'}</p>;
  if (!status.complete) {
    return (
      <p>
        {tr('notComplete', { done: status.done, count: status.required })} <a href={backHref}>{tr('back')}</a>
      </p>
    );
  }

  const now = new Date();
  const record = buildRecord({
    pathId: id,
    pathTitle: path.title,
    learnerName: name,
    status,
    siteVersion,
    generatedAt: now.toISOString(),
    attemptCount: attempts.length,
    digest: digest.state === 'done' ? digest.value : '',
    digestInput: DIGEST_FORMAT,
  });
  const day = (time: string | null) => (time === null ? tr('noScore') : (dayKey(time) ?? time));
  const asking = name === '' || editing;
  const save = (event: Event) => {
    event.preventDefault();
    setLearnerName(draft);
    setEditing(false);
  };

  return (
    <>
      <div class="record-controls">
        {asking ? (
          <form class="record-name" onSubmit={save}>
            <label for="learner-name">{tr('name.label')}</label>
            <input
              id="learner-name"
              type="text"
              autoComplete="name"
              maxLength={100}
              value={draft}
              onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
            />
            <button type="submit" class="button">
              {tr('name.save')}
            </button>
            <p class="lesson-meta">{tr('name.hint')}</p>
          </form>
        ) : (
          <p>
            <button
              type="button"
              class="button-quiet"
              onClick={() => {
                setDraft(name);
                setEditing(true);
              }}
            >
              {tr('name.edit')}
            </button>
          </p>
        )}
        <p class="record-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {tr('print')}
          </button>{' '}
          <button
            type="button"
            class="button-quiet"
            disabled={record === null || digest.state === 'pending'}
            onClick={() =>
              record &&
              offerDownload(
                `${JSON.stringify(record, null, 2)}\n`,
                recordFileName(id, day(record.generatedAt)),
                'application/json',
              )
            }
          >
            {tr('download')}
          </button>
        </p>
      </div>
      <article class="record" aria-labelledby="record-heading">
        <h2 id="record-heading">{tr('title')}</h2>
        <p class="record-statement">
          {tr(final ? 'statement.final' : 'statement', {
            name: name === '' ? tr('unnamed') : name,
            path: path.title,
          })}
        </p>
        <dl class="record-facts">
          <dt>{tr('started')}</dt>
          <dd>{day(status.startedAt)}</dd>
          <dt>{tr('completed')}</dt>
          <dd>{day(status.completedAt)}</dd>
          <dt>{tr('generated')}</dt>
          <dd>{day(now.toISOString())}</dd>
          <dt>{tr('version')}</dt>
          <dd>{siteVersion}</dd>
        </dl>
        <h3>{tr('steps')}</h3>
        <div role="region" aria-label={tr('steps')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tr('step')}</th>
                <th scope="col">{tr('kind')}</th>
                <th scope="col">{tr('score')}</th>
                <th scope="col">{tr('doneOn')}</th>
              </tr>
            </thead>
            <tbody>
              {status.steps
                .filter((step) => step.required)
                .map((step) => (
                  <tr key={`${step.kind}:${step.id}`}>
                    <th scope="row">{step.title}</th>
                    <td>{tp(`kind.${step.kind}`)}</td>
                    <td>
                      {step.labBest !== null
                        ? tp('lab.checks', {
                            passed: step.labBest.checksPassed,
                            count: step.labBest.checksTotal,
                          })
                        : step.bestPercent === null
                          ? tr('noScore')
                          : tr('percent', { percent: step.bestPercent })}
                    </td>
                    <td>{day(step.doneAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
        <p class="lesson-meta">{tr('retriesNote')}</p>
        <h3>{tr('digest')}</h3>
        <p>
          {tr('digest.count', { count: attempts.length })}:{' '}
          <code class="record-digest">
            {digest.state === 'done'
              ? digest.value
              : tr(digest.state === 'pending' ? 'digest.pending' : 'digest.unavailable')}
          </code>
        </p>
        <p class="record-attest">{tr('selfAttested')}</p>
      </article>
    </>
  );
}
