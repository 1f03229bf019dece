import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { assertLinearTime } from '../../test/linear-time.ts';
import { loadLanguageDetector } from '../text/language.ts';
import { articleFromFile } from './story-inputs.ts';

before(() => loadLanguageDetector());

test('a page the extractor refuses, nested 300,000 deep, still gives its title quickly', () => {
  // The fallback parsed it without the nesting limit: a minute of processor time, or a stack overflow in the walk.
  const html = `<html><head><title>Ferry resumes</title></head><body>${'<b>'.repeat(300_000)}x</body></html>`;
  const start = process.cpuUsage();
  const input = articleFromFile('deep.html', Buffer.from(html));
  const used = process.cpuUsage(start);
  assert.equal(input.headline, 'Ferry resumes');
  assert.ok((used.user + used.system) / 1000 < 2000, `took ${Math.round((used.user + used.system) / 1000)} ms of processor time`);
});

test('a page of "<" without a ">" costs linear time', () => {
  // Taking the tags out before detecting the language looked to the end of the page for each "<".
  assert.equal(articleFromFile('lt.html', Buffer.from(`<title>Ferry resumes</title>${'<'.repeat(100)}`)).headline, 'Ferry resumes');
  assertLinearTime('"<" repeated', (html: Buffer) => articleFromFile('lt.html', html), (size: number) => Buffer.from(`<title>Ferry resumes</title>${'<'.repeat(size)}`), 5000);
});
