/** The aligned FLORES-200 dev sentences in ../shared, read once per run. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const FLORES_DIR = path.resolve(import.meta.dirname, '../../../shared/eval/flores-dev-en-hi');

/** Our language codes to FLORES file names. */
const FILES: Record<string, string> = { en: 'eng_Latn.dev', hi: 'hin_Deva.dev', ur: 'urd_Arab.dev' };

export type Flores = Record<string, string[]>;

export function floresAvailable(): boolean {
  return Object.values(FILES).every((file) => existsSync(path.join(FLORES_DIR, file)));
}

export async function readFlores(): Promise<Flores> {
  const flores: Flores = {};
  for (const [lang, file] of Object.entries(FILES)) {
    const text = await readFile(path.join(FLORES_DIR, file), 'utf8');
    flores[lang] = text.replace(/\n$/u, '').split('\n');
  }
  const counts = new Set(Object.values(flores).map((lines) => lines.length));
  if (counts.size !== 1) throw new Error(`eval:qa: ${FLORES_DIR} files are not aligned (line counts ${[...counts].join(', ')})`);
  return flores;
}
