/**
 * `npm run eval:stories`: clusters the labelled corpus (eval/stories/corpus,
 * or `-- --corpus DIR` with the same layout, such as a held-out set) in
 * order of publication time and prints pairwise and B-cubed precision,
 * recall and F1, near-duplicate precision and recall, and the number of
 * predicted against true stories, for wiredesk and for two baselines.
 * `-- --cli` scores `wiredesk stories cluster` instead of the clusterer
 * class; `-- --errors` lists wrongly merged and wrongly split pairs.
 */
import path from 'node:path';
import { formatTable } from '../../src/cli/text-table.ts';
import { bcubedScores, nearDuplicateScores, pairwiseScores } from './cluster-scores.ts';
import { clusterErrors, errorSummary, eventSummary, formatPair, type ErrorPair } from './cluster-errors.ts';
import { cliClustering, eachAloneBaseline, sameHeadlineBaseline, wiredeskClustering, type Clustering } from './clusterings.ts';
import { CORPUS_DIR, readCorpus, type CorpusArticle } from './stories-corpus.ts';

interface Run {
  name: string;
  clustering: Clustering;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = path.resolve(valueOf(args, '--corpus') ?? CORPUS_DIR);
  const { articles, hardNegatives } = await readCorpus(dir);
  describeCorpus(dir, articles, hardNegatives);

  const started = performance.now();
  const wiredesk = args.includes('--cli') ? await cliClustering(path.join(dir, 'articles')) : wiredeskClustering(articles);
  const elapsed = performance.now() - started;
  const runs: Run[] = [
    { name: args.includes('--cli') ? 'wiredesk (CLI)' : 'wiredesk', clustering: wiredesk },
    { name: 'baseline: every article its own story', clustering: eachAloneBaseline(articles) },
    { name: 'baseline: same headline', clustering: sameHeadlineBaseline(articles) },
  ];
  console.log(`\n${report(articles, runs)}`);
  console.log(`\nwiredesk took ${elapsed.toFixed(0)} ms for ${articles.length} articles (${(elapsed / articles.length).toFixed(2)} ms each).`);
  if (args.includes('--errors')) printErrors(articles, wiredesk);
}

function describeCorpus(dir: string, articles: readonly CorpusArticle[], hardNegatives: ReadonlySet<string>): void {
  const events = new Set(articles.map((a) => a.event));
  const count = (keep: (a: CorpusArticle) => boolean) => articles.filter(keep).length;
  const kinds = [...new Set(articles.map((a) => a.kind))].sort().map((kind) => `${kind} ${count((a) => a.kind === kind)}`);
  const languages = [...new Set(articles.map((a) => a.lang))].sort().map((lang) => `${lang} ${count((a) => a.lang === lang)}`);
  console.log(`eval:stories: ${path.relative(process.cwd(), dir) || dir}: ${articles.length} articles, ${events.size} events`);
  console.log(`  languages: ${languages.join(', ')}; kinds: ${kinds.join(', ')}`);
  console.log(`  hard negatives: ${hardNegatives.size} events sharing a name or a place with another`);
}

function report(articles: readonly CorpusArticle[], runs: readonly Run[]): string {
  const truth = new Map(articles.map((a) => [a.id, a.event]));
  const copyOf = new Map(articles.filter((a) => a.copyOf).map((a) => [a.id, a.copyOf!]));
  const ids = articles.map((a) => a.id);
  const trueStories = new Set(truth.values()).size;
  const rows = runs.map(({ name, clustering }) => {
    const pairwise = pairwiseScores(clustering.story, truth);
    const bcubed = bcubedScores(clustering.story, truth);
    const copies = nearDuplicateScores(clustering.canonical, copyOf, ids);
    const predictedStories = new Set(ids.map((id) => clustering.story.get(id) ?? `alone:${id}`)).size;
    return [
      name,
      `${predictedStories}/${trueStories}`,
      ...[pairwise.precision, pairwise.recall, pairwise.f1, bcubed.precision, bcubed.recall, bcubed.f1, copies.precision, copies.recall].map(fixed),
    ];
  });
  return formatTable(['method', 'stories pred/true', 'pair P', 'pair R', 'pair F1', 'B³ P', 'B³ R', 'B³ F1', 'dup P', 'dup R'], rows);
}

function printErrors(articles: readonly CorpusArticle[], clustering: Clustering): void {
  const errors = clusterErrors(articles, clustering);
  const section = (title: string, pairs: readonly ErrorPair[]) => {
    console.log(`\n${title}: ${pairs.length} pairs`);
    for (const [kinds, n] of errorSummary(pairs)) console.log(`  ${String(n).padStart(4)}  ${kinds}`);
    if (pairs.length > 0) console.log('  by event:');
    for (const [events, n] of eventSummary(pairs)) console.log(`  ${String(n).padStart(4)}  ${events}`);
    for (const pair of pairs) console.log(formatPair(pair));
  };
  section('wrongly merged (one predicted story, different events)', errors.merged);
  section('wrongly split (one event, different predicted stories)', errors.split);
  section('false copies (one predicted copy group, not copies)', errors.falseCopies);
  section('missed copies (copies, different predicted copy groups)', errors.missedCopies);
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function valueOf(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
