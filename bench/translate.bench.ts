/**
 * `npm run bench:translate`: sentences per second through Apertium APY with
 * and without the translation memory, and the memory's hit rate on the demo
 * corpus. The demo is ingested once (`wiredesk demo --once --no-engines`, so
 * the pass itself translates nothing); then every article its configuration
 * sends to another edition is translated three times: straight through APY,
 * through a fresh memory (a first pass: only syndicated copies and recurring
 * sentences hit), and through the warm memory (a re-run: everything hits).
 * Needs /usr/bin/apertium-apy; exits with a message without it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config/load-config.ts';
import { storedMemory } from '../src/pipeline/article-translator.ts';
import type { StoredArticle } from '../src/store/store.ts';
import { openStore } from '../src/store/open-store.ts';
import { loadLanguageDetector } from '../src/text/language.ts';
import { translateArticle } from '../src/translate/article-translation.ts';
import { apertiumEngine } from '../src/translate/engines/apertium-engine.ts';
import { apyInstalled, APY_BINARY, startApy } from '../src/translate/engines/apy-process.ts';
import type { EngineCall } from '../src/translate/text-translation.ts';
import { memoisedCall } from '../src/translate/translation-memory.ts';
import { translationTargets } from '../src/translate/translation-targets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_CONFIG = path.join(ROOT, 'fixtures', 'demo', 'wiredesk.yaml');
const NOW = () => '2026-11-29T12:00:00.000Z';

interface Job {
  article: StoredArticle;
  to: string;
}

async function main(): Promise<void> {
  if (!apyInstalled()) {
    console.log(`bench:translate: ${APY_BINARY} is not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin); nothing measured`);
    return;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-bench-translate-'));
  const apy = await startApy();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin', 'wiredesk.js'), 'demo', '--once', '--no-engines', '--data-dir', dataDir], { stdio: 'ignore' });
    const store = await openStore({ dataDir, databaseUrl: null });
    try {
      const jobs = await demoJobs(store);
      const engine = apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 60_000 });
      await loadLanguageDetector();
      const run = async (label: string, callFor: (job: Job) => EngineCall) => {
        const started = performance.now();
        let sentences = 0;
        for (const job of jobs) {
          const pair = { from: job.article.lang, to: job.to };
          sentences += (await translateArticle(job.article, callFor(job), { pair, glossary: null, headlinePolicy: 'translate' })).sentences;
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(`${label.padEnd(28)} ${sentences} sentences in ${seconds.toFixed(2)} s: ${(sentences / seconds).toFixed(1)} sentences/s`);
      };
      const raw = (job: Job): EngineCall => (texts) => engine.translate(texts, { from: job.article.lang, to: job.to });
      const memo = (job: Job) => memoisedCall(raw(job), storedMemory(store), { engine: 'apertium', from: job.article.lang, to: job.to }, NOW).call;
      // APY loads a pair's pipeline on its first request: warm both up so the first timed run is not charged for it.
      for (const pair of new Set(jobs.map((j) => `${j.article.lang}>${j.to}`))) {
        const [from = '', to = ''] = pair.split('>');
        await engine.translate(['warm up'], { from, to });
      }
      console.log(`demo corpus: ${jobs.length} article translations (${[...new Set(jobs.map((j) => `${j.article.lang}→${j.to}`))].join(', ')})`);
      await run('APY, no memory', raw);
      await store.clearMemory();
      await run('APY + memory, first pass', memo);
      const first = await store.memoryStats();
      console.log(`memory after the first pass: ${first.segments} segments, ${first.hits} hits, hit rate ${(100 * first.hitRate).toFixed(1)} %`);
      await run('APY + memory, second pass', memo);
      const second = await store.memoryStats();
      const hits = second.hits - first.hits;
      console.log(`second pass: ${hits} hits of ${hits} + ${second.segments - first.segments} new segments (all from memory); cumulative hit rate ${(100 * second.hitRate).toFixed(1)} %`);
    } finally {
      await store.close();
    }
  } finally {
    await apy.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Every article of the demo and each edition language its source or section asks for, other than its own. */
async function demoJobs(store: Awaited<ReturnType<typeof openStore>>): Promise<Job[]> {
  const config = parseConfig((await readFile(DEMO_CONFIG, 'utf8')).replaceAll('{{fixtures}}', 'http://127.0.0.1:1').replaceAll('{{apertium}}', 'http://127.0.0.1:2'), { file: DEMO_CONFIG, env: {} });
  const summaries = await store.latestArticles({ limit: 10_000 });
  const jobs: Job[] = [];
  for (const target of translationTargets(config)) {
    for (const summary of summaries) {
      if (summary.lang === target.lang) continue;
      if (!target.sourceIds.includes(summary.sourceId) && !target.sections.includes(summary.section)) continue;
      const article = await store.getArticle(summary.id);
      if (article) jobs.push({ article, to: target.lang });
    }
  }
  return jobs;
}

await main();
