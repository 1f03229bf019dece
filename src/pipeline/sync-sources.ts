/**
 * Sources listed in wiredesk.yaml are the file's to define: at every start they
 * are written to the store (keeping their fetch state), and ones deleted from
 * the file are removed. Sources added with `wiredesk sources add` are left alone.
 */
import type { SourceConfig } from '../config/schema.ts';
import type { SourceDefinition } from '../store/store.ts';
import type { PipelineContext } from './pipeline-context.ts';

export function sourceDefinition(source: SourceConfig): SourceDefinition {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    format: source.format,
    section: source.section,
    language: source.language,
    mode: source.mode,
    fullText: source.fullText,
    licence: source.licence?.text ?? null,
    notice: source.notice ?? null,
    licenceRules: { edits: source.licence?.edits ?? 'full', translation: source.licence?.translation ?? 'publish' },
  };
}

export async function syncConfigSources({ config, store, now, log }: PipelineContext): Promise<void> {
  const at = now().toISOString();
  for (const source of config.sources) {
    await store.upsertSource(sourceDefinition(source), 'config', at);
  }
  const removed = await store.pruneConfigSources(config.sources.map((s) => s.id));
  for (const id of removed) log.info(`sources: removed "${id}", no longer in the configuration`);
}
