#!/usr/bin/env node
// The peer of `wiredesk extract DIR --format jsonl` in the whole-process
// benchmark: Mozilla Readability on linkedom as a command, plain JavaScript
// like the compiled wiredesk, reading every .html file of a directory (or one
// file) and printing one JSON line per page, with title, byline and text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const input = process.argv[2];
if (!input) {
  process.stderr.write('usage: readability-linkedom-cli.js <file.html|dir>\n');
  process.exit(2);
}
const files = statSync(input).isDirectory()
  ? readdirSync(input).filter((name) => name.endsWith('.html')).sort().map((name) => path.join(input, name))
  : [input];
for (const file of files) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const article = new Readability(document).parse();
  process.stdout.write(`${JSON.stringify({ input: file, title: article?.title ?? null, byline: article?.byline ?? null, text: article?.textContent ?? null })}\n`);
}
