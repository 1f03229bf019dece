/**
 * Validating the site's sitemaps with xmllint (libxml2) against XML Schemas:
 * the sitemaps.org schema the `sitemap` package ships for every urlset, and,
 * for what it does not cover, schemas the project wrote down from the
 * documented rules (test/schemas/): the sitemap index, hreflang links and
 * Google News entries.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { missing } from '../../../test/missing-tool.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const XMLLINT = '/usr/bin/xmllint';
const SITEMAP_XSD = path.join(ROOT, 'node_modules', 'sitemap', 'schema', 'sitemap.xsd');
export const SITEMAP_INDEX_XSD = path.join(ROOT, 'test', 'schemas', 'sitemap-index.xsd');

/** A skip reason when the validator or the shipped schema is absent, else false. */
export function schemasMissing(): string | false {
  if (!existsSync(XMLLINT)) return missing('xmllint', `${XMLLINT} is not installed (apt-get install libxml2-utils)`);
  if (!existsSync(SITEMAP_XSD)) throw new Error(`${SITEMAP_XSD} is missing: run npm install (the sitemap package is a dev dependency for it)`);
  return false;
}

/**
 * One schema for a urlset and the other namespaces inside it: sitemap.xsd
 * validates `xhtml:link` and `news:news` strictly (`processContents="strict"`),
 * so their schemas are imported beside it.
 */
export async function urlsetSchema(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-xsd-'));
  const file = path.join(dir, 'urlset.xsd');
  const imports = [
    ['http://www.sitemaps.org/schemas/sitemap/0.9', SITEMAP_XSD],
    ['http://www.w3.org/1999/xhtml', path.join(ROOT, 'test', 'schemas', 'xhtml-link.xsd')],
    ['http://www.google.com/schemas/sitemap-news/0.9', path.join(ROOT, 'test', 'schemas', 'sitemap-news.xsd')],
  ];
  await writeFile(
    file,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
      ...imports.map(([ns, location]) => `  <xsd:import namespace="${ns}" schemaLocation="${location}"/>`),
      '</xsd:schema>',
      '',
    ].join('\n'),
  );
  return file;
}

/** xmllint's complaints about the document (none when it is valid); `--nonet` keeps it off the network. */
export function validateXml(xml: string, schema: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(XMLLINT, ['--noout', '--nonet', '--schema', schema, '-'], (error, _stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(new Error(`xmllint could not run: ${error.message}`, { cause: error }));
      const problems = stderr.split('\n').filter((line) => line.trim() !== '' && !/ validates$/.test(line));
      resolve(error ? (problems.length > 0 ? problems : [`xmllint exited ${String(error.code)}`]) : problems);
    });
    child.stdin?.end(xml);
  });
}
