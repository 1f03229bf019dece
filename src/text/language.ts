/**
 * Language identification with eld (n-gram detector, 60 languages). Its
 * database is loaded asynchronously once per process; after that, detection
 * is synchronous and takes tens of microseconds, so the extractor can call it
 * inline.
 */
import { eld } from 'eld';
import { detectorFromBuild } from './language-database.ts';
import { devanagariLanguageByWords } from './devanagari-words.ts';
import { normalizeText } from './normalize.ts';

/** The databases eld ships, smallest first. */
export const DATABASE_SIZES = ['extrasmall', 'small', 'medium', 'large'] as const;
export type DatabaseSize = (typeof DATABASE_SIZES)[number];

/**
 * Medium: as accurate as the large database on news text in wiredesk's
 * languages, at half its memory and under half its load time. On FLORES dev
 * (`npm run eval:language`, 2026-12-06) both name English, Hindi and Urdu
 * right in 100 % of sentences and paragraphs, and in 99.6–99.9 % of
 * seven-word headlines, one headline apart; medium adds 183 MiB and large 386.
 * The small one misses five more Urdu headlines in 997.
 */
const DATABASE_SIZE: DatabaseSize = 'medium';

/**
 * Below this many letters (with vowel signs, so Devanagari counts like Latin) a
 * guess is noise ("OK", "Update"); the caller should fall back.
 */
const MIN_LETTERS = 12;

/** Only the first part of a long text is examined: more adds time, not accuracy. */
const MAX_SAMPLE_CHARS = 2000;

/** Languages written in Devanagari that eld may answer for Hindi text, and vice versa. */
const DEVANAGARI_LANGUAGES = new Set(['hi', 'mr', 'ne']);

type EldInstance = ReturnType<typeof eld.newInstance>;
/** The dynamic entry point's instances, which load their database at run time. */
type LoadableEld = Extract<EldInstance, { load: (size?: string) => Promise<unknown> }>;
type Detector = Awaited<ReturnType<typeof createDetector>>;

let detector: Detector | null = null;
let loading: Promise<void> | null = null;

/** What the rest of this module asks of a detector: eld's own, loaded either way. */
interface LanguageGuesser {
  detect(text: string): { language: string };
}

async function createDetector(size: DatabaseSize): Promise<LanguageGuesser> {
  const compiled = await detectorFromBuild(size);
  if (compiled) return compiled;
  const instance = eld.newInstance();
  if (!isLoadable(instance)) throw new Error('text: eld has no loader (expected its dynamic entry point)');
  await instance.load(size);
  return instance;
}

function isLoadable(instance: EldInstance): instance is LoadableEld {
  return 'load' in instance && typeof instance.load === 'function';
}

/**
 * Loads the detector's database; safe to call more than once or concurrently.
 * The size is for measuring the others (eval/language); the first load wins.
 */
export async function loadLanguageDetector(size: DatabaseSize = DATABASE_SIZE): Promise<void> {
  if (detector) return;
  loading ??= createDetector(size).then(
    (instance) => {
      detector = instance;
    },
    (error: unknown) => {
      loading = null;
      throw new Error(`text: could not load the eld "${size}" language database`, { cause: error });
    },
  );
  await loading;
}

export function isLanguageDetectorLoaded(): boolean {
  return detector !== null;
}

/**
 * Thrown by detectLanguage() before the database is loaded. A caller that
 * loads it only when a page needs it (most pages declare their language in a
 * script that agrees) catches this, loads, and asks again.
 */
export class DetectorNotLoadedError extends Error {
  override name = 'DetectorNotLoadedError';
}

/**
 * BCP 47 primary language of the text (`hi`, `en`), or null when the text is
 * too short or the detector has no answer. Throws when called before
 * loadLanguageDetector() has finished: that is a wiring mistake, not a
 * property of the text.
 */
export function detectLanguage(text: string): string | null {
  if (!detector) {
    throw new DetectorNotLoadedError('text: detectLanguage() called before loadLanguageDetector() finished');
  }
  const sample = normalizeText(text).slice(0, MAX_SAMPLE_CHARS);
  if (countLetters(sample) < MIN_LETTERS) return null;
  const language = detector.detect(sample).language;
  if (!language) return null;
  if (DEVANAGARI_LANGUAGES.has(language)) return devanagariLanguageByWords(sample) ?? language;
  return language;
}

function countLetters(text: string): number {
  return text.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
}
