/**
 * eld's n-gram database read as JSON, from a copy the build writes beside the
 * compiled code (scripts/build.js). eld ships each database as a JavaScript
 * module holding one object literal; V8 takes about half a second of CPU to
 * compile and run the "medium" one (2 MB, 105,000 nested objects), a tenth of
 * a `wiredesk extract` over a folder of pages. JSON.parse reads the same
 * values in a fifth of that time. The detector is eld's own, given the data
 * through the hook its entry modules use; only the way the data are read
 * differs.
 *
 * Run from the TypeScript sources (the tests, WIREDESK_FROM_SOURCE=1) there
 * is no copy beside this module, and the caller lets eld load its module.
 */
import { readFile } from 'node:fs/promises';

/** The name of the copy: the eld version is part of it, so an upgraded eld never reads an older copy. */
export function databaseFileName(size: string, eldVersion: string): string {
  return `eld-${size}-${eldVersion}.json`;
}

/** What eld's database modules export as `ngramsData`. */
interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

interface EldDetector {
  detect(text: string): { language: string };
}

/** eld's internal factory (src/languageDetector.js): a detector, and the hook that gives it a database. */
type CreateEld = () => { instance: EldDetector; loadData: (data: NgramsData) => string };

/** eld's entry module; its package.json and its other modules are found from here. */
function eldEntry(): URL {
  return new URL(import.meta.resolve('eld'));
}

export async function eldVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', eldEntry()), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('text: eld\'s package.json names no version');
  return manifest.version;
}

/**
 * A detector loaded from the build's copy of the database, or null when there
 * is no copy beside this module (running from the sources) or this eld has
 * no factory where 2.x keeps it.
 */
export async function detectorFromBuild(size: string): Promise<EldDetector | null> {
  const file = new URL(databaseFileName(size, await eldVersion()), import.meta.url);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`text: could not read the language database ${file.pathname}`, { cause: error });
  }
  return detectorFromJson(text);
}

/** A detector holding the database written as JSON (the `ngramsData` of one of eld's modules), or null as above. */
export async function detectorFromJson(json: string): Promise<EldDetector | null> {
  const module = (await import(new URL('../languageDetector.js', eldEntry()).href)) as { createEld?: unknown };
  if (typeof module.createEld !== 'function') return null;
  const { instance, loadData } = (module.createEld as CreateEld)();
  if (!loadData(JSON.parse(json) as NgramsData)) throw new Error('text: the language database holds no data type');
  return instance;
}
