/** What `wiredesk stories match` and `stories cluster` do (command-stories.ts registers them). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rankAligned } from '../stories/cross-lingual-match.ts';
import { StoryClusterer, type Assignment } from '../stories/story-clusterer.ts';
import { withHeapGrowthLimited } from '../util/heap-growth.ts';
import { UsageError, write, writeJsonLines, type CliIo } from './cli-io.ts';
import type { ClusterOptions } from './command-stories.ts';
import { readStoryDirectory, type StoryFile } from './story-inputs.ts';

export async function matchFiles(io: CliIo, fileA: string, fileB: string): Promise<void> {
  const [a, b] = await Promise.all([readLines(io, fileA), readLines(io, fileB)]);
  if (a.length !== b.length) {
    throw new Error(`stories match: ${fileA} has ${a.length} lines but ${fileB} has ${b.length}; the files must be aligned`);
  }
  const { precisionAt1, meanReciprocalRank } = rankAligned(a, b);
  write(io.stdout, `P@1=${precisionAt1.toFixed(3)} MRR=${meanReciprocalRank.toFixed(3)}`);
}

export async function clusterDirectory(io: CliIo, dir: string, options: ClusterOptions): Promise<void> {
  if (options.format !== 'jsonl') throw new UsageError(`--format: "${options.format}" is not a format; use jsonl`);
  const windowHours = options.windowHours === undefined ? undefined : Number(options.windowHours);
  if (windowHours !== undefined && !(windowHours > 0)) throw new UsageError(`--window-hours: "${options.windowHours}" is not a positive number`);
  const files = await readStoryDirectory(path.resolve(io.cwd, dir));
  const clusterer = new StoryClusterer(windowHours === undefined ? {} : { windowHours });
  const assigned = new Map<string, Assignment>();
  await withHeapGrowthLimited(() => {
    for (const { name, article } of inPublicationOrder(files)) assigned.set(name, clusterer.add(article));
  });
  const lines = files.map(({ name }) => {
    const { storyId, canonicalId } = assigned.get(name)!;
    return { input: name, story: clusterer.resolve(storyId), canonical: clusterer.canonicalOf(name) ?? canonicalId };
  });
  writeJsonLines(io.stdout, lines);
}

/**
 * Articles in the order a desk would have received them: by publication
 * time, then by name. An undated file is taken to be as old as the oldest
 * dated one, so that it is compared with everything in the window rather
 * than with the Unix epoch.
 */
function inPublicationOrder(files: readonly StoryFile[]): StoryFile[] {
  const times = files.map(({ article }) => timeOf(article.published)).filter((t): t is number => t !== null);
  const fallback = times.length > 0 ? Math.min(...times) : 0;
  const dated = files.map((file) => ({ file, time: timeOf(file.article.published) ?? fallback }));
  dated.sort((a, b) => a.time - b.time || (a.file.name < b.file.name ? -1 : 1));
  return dated.map(({ file, time }) => ({ name: file.name, article: { ...file.article, published: time } }));
}

function timeOf(published: string | number | null): number | null {
  if (published === null) return null;
  const time = typeof published === 'number' ? published : Date.parse(published);
  return Number.isFinite(time) ? time : null;
}

/** Lines of a UTF-8 file; a final newline does not start another line, and CRLF reads as LF. */
async function readLines(io: CliIo, file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new Error(`stories match: cannot read ${file}`, { cause: error });
  }
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
