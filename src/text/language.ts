/**
 * Language identification with eld (n-gram detector, 60 languages). Its
 * database is loaded asynchronously once per process; after that, detection
 * is synchronous and takes tens of microseconds, so the extractor can call it
 * inline.
 */
import { eld } from 'eld';
import { devanagariLanguageByWords } from './devanagari-words.ts';
import { normalizeText } from './normalize.ts';

/** The largest database: 138 MB of memory, but the most accurate on short headlines. */
const DATABASE_SIZE = 'large';

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

async function createDetector(): Promise<LoadableEld> {
  const instance = eld.newInstance();
  if (!isLoadable(instance)) throw new Error('text: eld has no loader (expected its dynamic entry point)');
  await instance.load(DATABASE_SIZE);
  return instance;
}

function isLoadable(instance: EldInstance): instance is LoadableEld {
  return 'load' in instance && typeof instance.load === 'function';
}

/** Loads the detector's database; safe to call more than once or concurrently. */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  loading ??= createDetector().then(
    (instance) => {
      detector = instance;
    },
    (error: unknown) => {
      loading = null;
      throw new Error(`text: could not load the eld "${DATABASE_SIZE}" language database`, { cause: error });
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
