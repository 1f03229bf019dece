/**
 * Reads the Hindi lexicon (hindi-lexicon.ts) from the files two optional
 * Debian packages install, and builds the Urdu→Hindi post-editing from it
 * (urdu-hindi-postedit.ts):
 *
 * - `apertium-hin`: `/usr/share/apertium/apertium-hin/hin.automorf.att.gz`,
 *   the analyser with its tags. Without it, the steps that read tags (the
 *   context rules, the generator markers) are skipped.
 * - `hunspell-hi`: `/usr/share/hunspell/hi_IN.dic`, a list of spellings.
 *
 * With neither, nothing is post-edited. What was skipped is logged once, on
 * first use, so a desk that never translates Urdu reads nothing (the
 * analyser takes a few seconds and some 100 MB to read).
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { LanguagePair } from './qa/qa-types.ts';
import { hindiLexicon, parseAttAnalyser, parseHunspellWords } from './hindi-lexicon.ts';
import { POST_EDIT_STEPS, urduHindiPostEdit, type PostEditStep, type UrduHindiPostEdit } from './urdu-hindi-postedit.ts';

export const HINDI_ANALYSER_FILE = '/usr/share/apertium/apertium-hin/hin.automorf.att.gz';
export const HINDI_WORD_LIST_FILE = '/usr/share/hunspell/hi_IN.dic';

export interface HindiLexiconFiles {
  analyser: string;
  wordList: string;
}

const DEFAULT_FILES: HindiLexiconFiles = { analyser: HINDI_ANALYSER_FILE, wordList: HINDI_WORD_LIST_FILE };
/** Steps that read the analyser's tags or its lemmas. */
const NEEDS_ANALYSER: ReadonlySet<PostEditStep> = new Set(['context', 'generator-markers', 'alternatives']);

/** The post-editing the installed packages allow, or null when neither is installed; `log` says what was skipped. */
export async function loadUrduHindiPostEdit(log: (line: string) => void, files: HindiLexiconFiles = DEFAULT_FILES): Promise<UrduHindiPostEdit | null> {
  const [analyserText, wordListText] = await Promise.all([readIfPresent(files.analyser, true), readIfPresent(files.wordList, false)]);
  if (analyserText === null && wordListText === null) {
    log(`translate: Urdu→Hindi post-editing skipped: neither ${files.analyser} (apt-get install apertium-hin) nor ${files.wordList} (hunspell-hi) is installed`);
    return null;
  }
  const sources = [analyserText !== null ? 'apertium-hin' : null, wordListText !== null ? 'hunspell-hi' : null].filter((s): s is string => s !== null);
  const lexicon = hindiLexicon(analyserText === null ? null : parseAttAnalyser(analyserText), wordListText === null ? null : parseHunspellWords(wordListText), sources);
  const steps = new Set(POST_EDIT_STEPS.filter((step) => analyserText !== null || !NEEDS_ANALYSER.has(step)));
  if (analyserText === null) {
    log(`translate: Urdu→Hindi context rules, generator markers and alternatives skipped: ${files.analyser} is missing (apt-get install apertium-hin); spelling from hunspell-hi only`);
  } else if (wordListText === null) {
    log(`translate: Urdu→Hindi spelling uses apertium-hin's words only: ${files.wordList} is missing (apt-get install hunspell-hi)`);
  }
  return urduHindiPostEdit(lexicon, steps);
}

async function readIfPresent(file: string, gzipped: boolean): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`translate: cannot read ${file}`, { cause: error });
  }
  try {
    return (gzipped ? await promisify(gunzip)(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new Error(`translate: ${file} is not a gzip file`, { cause: error });
  }
}

/** Whether a pair's output is post-edited: Urdu into Hindi (the spelling rules read Urdu's letters, not Arabic's or Persian's). */
export function postEditsPair(pair: LanguagePair): boolean {
  return pair.from === 'ur' && pair.to === 'hi';
}

/**
 * A loader that reads the files on its first call for a post-edited pair and
 * gives every later call the same result. A file that cannot be read turns
 * the post-editing off with a log line, rather than failing every Urdu
 * translation of the process: the step is optional.
 */
export function lazyUrduHindiPostEdit(log: (line: string) => void, files: HindiLexiconFiles = DEFAULT_FILES): (pair: LanguagePair) => Promise<UrduHindiPostEdit | null> {
  let loading: Promise<UrduHindiPostEdit | null> | null = null;
  return (pair) => {
    if (!postEditsPair(pair)) return Promise.resolve(null);
    loading ??= loadUrduHindiPostEdit(log, files).catch((error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      log(`translate: Urdu→Hindi post-editing skipped: ${error instanceof Error ? error.message : String(error)}${cause}`);
      return null;
    });
    return loading;
  };
}
