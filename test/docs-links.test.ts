/**
 * The README and docs/ point at things that exist: every relative link goes to
 * a file or folder of the repository (and to a heading of it, when the link
 * names one), and every repository path written in backticks is there. When a
 * file moves, this test names each page that still sends readers to the old place.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '..');
const LINK = /(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g;
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
const CODE_SPAN = /`([^`\n]+)`/g;
const CODE_FENCE = /^```/;
const HEADING = /^#{1,6} +(.+?) *#*$/;
/** Top-level folders of the repository: a backticked path starting with one is a claim that it exists. */
const REPO_PATH = /^(?:src|test|bench|eval|fixtures|scripts|docs|bin|\.ci)\/[\w./-]*$/;

async function docPages(): Promise<string[]> {
  const docs = (await readdir(path.join(ROOT, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
  return ['README.md', ...docs.sort()];
}

/** Lines outside fenced code blocks: a link inside a code sample is an example, not a link. */
function proseLines(markdown: string): string[] {
  let inFence = false;
  return markdown.split('\n').filter((line) => {
    if (CODE_FENCE.test(line)) inFence = !inFence;
    return !inFence && !CODE_FENCE.test(line);
  });
}

/** Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = HEADING.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function brokenLinks(page: string, markdown: string): Promise<string[]> {
  const broken: string[] = [];
  for (const line of proseLines(markdown)) {
    for (const [, target] of line.replace(CODE_SPAN, '').matchAll(LINK)) {
      if (ABSOLUTE.test(target!)) continue;
      const [file = '', anchor] = target!.split('#');
      const resolved = file === '' ? path.join(ROOT, page) : path.resolve(ROOT, path.dirname(page), decodeURI(file));
      if (!(await exists(resolved))) {
        broken.push(`${page}: link to ${target}: no such file`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith('.md')) {
        const anchors = headingAnchors(await readFile(resolved, 'utf8'));
        if (!anchors.has(anchor)) broken.push(`${page}: link to ${target}: no heading with that anchor`);
      }
    }
  }
  return broken;
}

async function missingPaths(page: string, markdown: string): Promise<string[]> {
  const missing: string[] = [];
  for (const line of proseLines(markdown)) {
    for (const [, code] of line.matchAll(CODE_SPAN)) {
      if (!REPO_PATH.test(code!)) continue;
      if (!(await exists(path.join(ROOT, code!)))) missing.push(`${page}: \`${code}\` does not exist`);
    }
  }
  return missing;
}

describe('README.md and docs/', () => {
  test('every relative link points at an existing file and heading', async () => {
    const broken: string[] = [];
    for (const page of await docPages()) broken.push(...(await brokenLinks(page, await readFile(path.join(ROOT, page), 'utf8'))));
    assert.deepEqual(broken, [], `broken links:\n${broken.join('\n')}`);
  });

  test('every repository path written in backticks exists', async () => {
    const missing: string[] = [];
    for (const page of await docPages()) missing.push(...(await missingPaths(page, await readFile(path.join(ROOT, page), 'utf8'))));
    assert.deepEqual(missing, [], `paths named in the docs that are not in the repository:\n${missing.join('\n')}`);
  });

  test('the README links to the docs index, and the index to every page of docs/', async () => {
    const linksOf = async (page: string) => {
      const markdown = await readFile(path.join(ROOT, page), 'utf8');
      return new Set([...markdown.matchAll(LINK)].map(([, target]) => path.join(path.dirname(page), target!.split('#')[0]!)));
    };
    assert.ok((await linksOf('README.md')).has(path.join('docs', 'README.md')), 'README.md does not link to docs/README.md');
    const indexed = await linksOf(path.join('docs', 'README.md'));
    const unlisted = (await docPages()).filter((page) => page.startsWith('docs') && !page.endsWith('README.md') && !indexed.has(page));
    assert.deepEqual(unlisted, [], `docs/README.md does not link to: ${unlisted.join(', ')}`);
  });
});

describe('the docs link checker', () => {
  test('makes anchors as GitHub does', () => {
    const anchors = headingAnchors('# Sources from the file, and from `sources add`\n## Notes\n## Notes\n## खेल और Sport\n');
    assert.deepEqual([...anchors], ['sources-from-the-file-and-from-sources-add', 'notes', 'notes-1', 'खेल-और-sport']);
  });

  test('reports a link to a missing file or heading, and leaves absolute links alone', async () => {
    const broken = await brokenLinks('docs/x.md', '[a](cli.md#nowhere) [b](gone.md) [c](https://example.org/) [d](cli.md)\n');
    assert.deepEqual(broken, ['docs/x.md: link to cli.md#nowhere: no heading with that anchor', 'docs/x.md: link to gone.md: no such file']);
  });
});
