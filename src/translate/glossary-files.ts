/**
 * Reads the glossary files of `translation.glossaries` (one per target
 * language, paths relative to wiredesk.yaml) once, at start-up: a file that
 * is missing or malformed stops the desk with a message naming the file and
 * the line, before anything is translated with a glossary silently missing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TranslationConfig } from '../config/schema.ts';
import { GlossaryError, parseGlossary, type Glossary } from './glossary.ts';

export async function loadGlossaries(translation: TranslationConfig, configFile: string | null): Promise<Map<string, Glossary>> {
  const baseDir = configFile ? path.dirname(configFile) : process.cwd();
  const glossaries = new Map<string, Glossary>();
  for (const [lang, file] of Object.entries(translation.glossaries)) {
    const absolute = path.resolve(baseDir, file);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (cause) {
      throw new GlossaryError(`glossary ${file} (translation.glossaries.${lang}): cannot read ${absolute}`, { cause });
    }
    glossaries.set(lang, parseGlossary(text, file));
  }
  return glossaries;
}
