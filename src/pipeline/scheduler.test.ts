import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { openStore } from '../store/open-store.ts';
import type { PassSummary } from './ingest-pass.ts';
import { silentLogger } from './pipeline-context.ts';
import { startScheduler } from './scheduler.ts';
import { syncConfigSources } from './sync-sources.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>https://local.example/</link>
<item><title>Ward committee approves new footpaths</title><link>https://local.example/footpaths</link>
<description>&lt;p&gt;The ward committee approved footpaths on four streets on Monday evening.&lt;/p&gt;</description></item>
</channel></rss>`;

test('the scheduler runs a pass at once, only for due sources, and stop() waits for it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-scheduler-'));
  await writeFile(path.join(dir, 'local.rss'), FEED);
  const config = parseConfig(
    `
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: city, title: City }]
sources: [{ id: local, name: Local, url: local.rss, section: city }]
`,
    { file: path.join(dir, 'wiredesk.yaml'), env: {} },
  );
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    const ctx = { config, store, now: () => new Date(), log: silentLogger };
    await syncConfigSources(ctx);
    const passes: PassSummary[] = [];
    let firstPass: () => void = () => {};
    const ran = new Promise<void>((resolve) => (firstPass = resolve));
    const scheduler = startScheduler(ctx, {
      tickMs: 20,
      onPass: (summary) => {
        passes.push(summary);
        firstPass();
      },
    });
    await ran;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await scheduler.stop();
    const count = passes.length;
    await new Promise((resolve) => setTimeout(resolve, 60));

    assert.equal(passes[0]?.sources, 1, 'the first pass fetches the due source');
    assert.equal(passes[0]?.articles.built, 1);
    assert.ok(passes.slice(1).every((p) => p.sources === 0), 'later ticks find nothing due for 15 minutes');
    assert.equal(passes.length, count, 'no pass after stop()');
    assert.equal((await store.counts()).articles, 1);
  } finally {
    await store.close();
  }
});
