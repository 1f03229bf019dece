/** The review queue (translators and up): per edition, the held translations, oldest first, with their QA issue codes. */
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatAge } from '../desk-dates.ts';
import { DeskLayout, WideBox } from '../desk-layout.tsx';
import { editionName } from '../edition-name.ts';
import type { ReviewFilter } from '../forms/review-filter.ts';
import type { ReviewItem, ReviewQueue } from '../review-queue.ts';
import { languageAttributes } from '../../text/direction.ts';

export interface ReviewQueuePageProps {
  deps: DeskDeps;
  session: DeskSession;
  filter: ReviewFilter;
  queue: ReviewQueue;
  now: Date;
}

export function ReviewQueuePage({ deps, session, filter, queue, now }: ReviewQueuePageProps) {
  const { strings, config } = deps;
  return (
    <DeskLayout deps={deps} session={session} title={strings.queueTitle} current="review">
      <h1>{strings.queueTitle}</h1>
      <form method="get" action="/desk/review" class="inline-form filters">
        <label>
          {strings.edition}
          <select name="edition">
            <option value="">{strings.anyEdition}</option>
            {config.editions.map((e) => (
              <option value={e.lang} selected={e.lang === filter.edition}>
                {editionName(deps, e.lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.source}
          <select name="source">
            <option value="">{strings.anySource}</option>
            {queue.sources.map((id) => (
              <option value={id} selected={id === filter.source}>
                {queue.sourceNames.get(id) ?? id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.issueCode}
          <select name="issue">
            <option value="">{strings.anyIssue}</option>
            {queue.issueCodes.map((code) => (
              <option value={code} selected={code === filter.issue}>
                {strings.issueName(code)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{strings.filter}</button>
      </form>
      {queue.byEdition.size === 0 && <p class="quiet">{strings.reviewEmpty}</p>}
      {[...queue.byEdition].map(([lang, items]) => (
        <section aria-labelledby={`edition-${lang}`}>
          <h2 id={`edition-${lang}`} lang={lang}>
            {editionName(deps, lang)} ({items.length})
          </h2>
          <WideBox>
            <table class="review-queue">
              <thead>
                <tr>
                  <th scope="col">{strings.headline}</th>
                  <th scope="col">{strings.source}</th>
                  <th scope="col">{strings.age}</th>
                  <th scope="col">{strings.engine}</th>
                  <th scope="col">{strings.issues}</th>
                  <th scope="col">{strings.lastActedBy}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <QueueRow deps={deps} item={item} now={now} sourceNames={queue.sourceNames} />
                ))}
              </tbody>
            </table>
          </WideBox>
        </section>
      ))}
    </DeskLayout>
  );
}

function QueueRow({ deps, item, now, sourceNames }: { deps: DeskDeps; item: ReviewItem; now: Date; sourceNames: Map<string, string> }) {
  const { translation } = item;
  const headline = translation.headline ?? item.articleHeadline ?? `#${translation.id}`;
  return (
    <tr>
      <th scope="row" {...languageAttributes(translation.headlineLang ?? translation.targetLang)}>
        <a href={`/desk/review/${translation.id}`}>{headline}</a>
        {item.sourceChanged && (
          <>
            {' '}
            <span class="badge source-changed">{deps.strings.sourceChanged}</span>
          </>
        )}
      </th>
      <td>{item.sourceId ? (sourceNames.get(item.sourceId) ?? item.sourceId) : ''}</td>
      <td>{formatAge(translation.updatedAt, now, deps.lang)}</td>
      <td>{translation.engine ?? ''}</td>
      {/* A space between the labels: each label stays whole (nowrap), but a phone's narrow cell may wrap between them, and a screen reader hears separate words. */}
      <td>
        {item.issueCodes.map((code, i) => (
          <>
            {i > 0 && ' '}
            <span class="issue" title={code}>
              {deps.strings.issueName(code)}
            </span>
          </>
        ))}
      </td>
      <td class="last-action">{item.lastAction ? deps.strings.lastAction(item.lastAction.actor, deps.strings.actionName(item.lastAction.action), formatAge(item.lastAction.at, now, deps.lang)) : ''}</td>
    </tr>
  );
}

