/**
 * Which of eld's databases wiredesk should load: accuracy of detectLanguage()
 * on FLORES dev (English, Hindi, Urdu; 997 sentences each, and the same as
 * paragraphs of five) beside each database's load time and memory, each in a
 * process of its own: `npm run eval:language`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DATABASE_SIZES } from '../../src/text/language.ts';
import { FLORES_DIR, type LanguageResult } from './flores-languages.ts';

const run = promisify(execFile);
const WORKER = path.join(import.meta.dirname, 'language-worker.ts');

async function main(): Promise<void> {
  if (!existsSync(FLORES_DIR)) {
    console.log(`eval:language: ${FLORES_DIR} is absent; nothing to measure.`);
    return;
  }
  const rows: string[][] = [];
  for (const size of DATABASE_SIZES) {
    process.stderr.write(`eval:language: ${size}…\n`);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', WORKER, size], { maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LanguageResult;
    const cell = ([right, total]: [number, number]) => `${((100 * right) / total).toFixed(1)} %`;
    for (const [unit, byLang] of Object.entries(result.accuracy)) {
      rows.push([size, unit, ...Object.values(byLang).map(cell), unit === 'headline' ? `${result.loadMs.toFixed(0)} ms` : '', unit === 'headline' ? `${result.rssMiB.toFixed(0)} MiB` : '']);
    }
  }
  const header = ['database', 'unit', 'en', 'hi', 'ur', 'load', 'memory'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  console.log('share of FLORES dev texts detectLanguage() names right (headline: first seven words, and sentence: 997 each; paragraph: runs of five, 199 each);');
  console.log('a text too short to decide (under 12 letters) counts as wrong.');
  console.log('load: time to load the database; memory: RSS it adds.');
}

await main();
