/**
 * Names, the strongest sign that two reports are about one event. English
 * marks them with capitals; Devanagari has no case, so a Hindi word counts
 * as a name when its phonetic key is one the clusterer has already seen as
 * an English name (`पुतिन` after `Putin`). The set of known name keys grows
 * as English articles arrive and is bounded.
 */
/**
 * Collects name keys from the words of one text, read in order. A run of
 * capitalised Latin words is a name span; a capital after a sentence end
 * (`The`, `Scientists`) counts only when the span goes on (`Vladimir
 * Putin`) or the word is already a known name. Devanagari words count when
 * their key is a known name. In `knownOnly` mode (title-case headlines,
 * where every word has a capital) only known names count.
 */
/**
 * Sightings a name with a key of two consonants needs before a word of a
 * script without capitals is read as it. Such a key is shared by many
 * common words (जताया and Zayat, हवा and Hawaii, देगा and Diego), so one
 * sighting of the name says little; a place the news names again and again
 * (Delhi, Kochi, Pune: dl, kc, pn) still counts.
 */
export const SHORT_NAME_SIGHTINGS = 3;

export class NameCollector {
  readonly keys: string[] = [];
  /** The keys that came from Latin capitals, which teach the set of known names. */
  readonly latinKeys: string[] = [];
  readonly #known: KnownNames;
  #span: { key: string; sentenceStart: boolean }[] = [];
  knownOnly = false;

  constructor(known: KnownNames) {
    this.#known = known;
  }

  /** A capitalised Latin word (not a function word) with its key. */
  capitalised(key: string, sentenceStart: boolean): void {
    if (sentenceStart) this.endSpan();
    this.#span.push({ key, sentenceStart });
  }

  /** A content word of a script without capitals (Devanagari, Urdu) with its key. */
  caseless(key: string): void {
    this.endSpan();
    if (this.#known.count(key) >= (key.length > 2 ? 1 : SHORT_NAME_SIGHTINGS) && !this.#known.commonInCaseless(key)) this.keys.push(key);
  }

  /** Anything else: a lower-case word, a function word, punctuation between words. */
  endSpan(): void {
    const span = this.#span;
    if (span.length === 0) return;
    const isName = !this.knownOnly && (span.length > 1 || !span[0]!.sentenceStart);
    for (const { key } of span) {
      if (!isName && !this.#known.has(key)) continue;
      this.keys.push(key);
      this.latinKeys.push(key);
    }
    this.#span = [];
  }
}

/**
 * Name keys seen in Latin text, with how often. Bounded: when full, the keys
 * seen once are forgotten (most one-off capitals are sentence openers or
 * typos), and if that frees too little, everything is halved.
 */
export const MAX_KNOWN_NAMES = 200_000;

/**
 * A name is written about as often in Hindi as in English when both cover
 * the same news; a Hindi common word whose key an English name happens to
 * share (चल "going" and Chile, कारण "reason" and Crown, सहमत "agreed" and
 * Smith) turns up in far more Hindi texts than the name does in English.
 * Such a key is not read as a name in Hindi when Hindi texts show it more
 * than CASELESS_EXCESS times as often as its English name sightings
 * predict, plus CASELESS_SLACK texts, so that a name the Hindi press covers
 * more than the English is not lost at once. On FLORES dev it lifted Hindi →
 * English P@1 from 0.516 to 0.549 (docs/benchmarks.md#stories).
 */
export const CASELESS_EXCESS = 2;
export const CASELESS_SLACK = 2;

export class KnownNames {
  readonly counts = new Map<string, number>();
  /** Per key, the texts in a script without capitals that had a word with the key, in any use. */
  readonly caselessCounts = new Map<string, number>();
  /** Texts read mostly in Latin script and mostly in a script without capitals. */
  latinTexts = 0;
  caselessTexts = 0;

  has(key: string): boolean {
    return this.counts.has(key);
  }

  /** Sightings as a name, less those as a common word. */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(keys: readonly string[]): void {
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.counts.size > MAX_KNOWN_NAMES) this.#prune();
  }

  /**
   * Keys of lower-case Latin words inside a sentence: a known name whose key
   * is as often that of a common word (Time and time, Final and final,
   * Diego and dig) is weak evidence that a Hindi word with that key is the
   * name, so each sighting takes back one of its name sightings, and a key
   * seen lower-case as often as capitalised is no longer a name. Keys not
   * known as names are not counted, so this table holds names only.
   */
  demote(keys: readonly string[]): void {
    for (const key of keys) {
      const count = this.counts.get(key);
      if (count === undefined) continue;
      if (count <= 1) this.counts.delete(key);
      else this.counts.set(key, count - 1);
    }
  }

  /**
   * One text's keys of caseless words (each once; plurals left out, as they
   * are common words already), and whether the text was mostly Latin.
   */
  addText(caselessKeys: ReadonlySet<string>, mostlyLatin: boolean): void {
    for (const key of caselessKeys) this.caselessCounts.set(key, (this.caselessCounts.get(key) ?? 0) + 1);
    if (mostlyLatin) this.latinTexts++;
    else if (caselessKeys.size > 0) this.caselessTexts++;
    if (this.caselessCounts.size > MAX_KNOWN_NAMES) halveCounts(this.caselessCounts);
  }

  /** Whether caseless texts show the key far more often than its sightings as a name predict (CASELESS_EXCESS). */
  commonInCaseless(key: string): boolean {
    const seen = this.caselessCounts.get(key) ?? 0;
    if (seen <= CASELESS_SLACK) return false;
    const expected = (this.count(key) * this.caselessTexts) / Math.max(1, this.latinTexts);
    return seen > CASELESS_EXCESS * expected + CASELESS_SLACK;
  }

  /** Halves every count, forgetting names seen once: called once per time window, like DocumentFrequencies.halve. */
  halve(): void {
    halveCounts(this.counts);
    halveCounts(this.caselessCounts);
    this.latinTexts >>= 1;
    this.caselessTexts >>= 1;
  }

  #prune(): void {
    for (const [key, count] of this.counts) if (count <= 1) this.counts.delete(key);
    if (this.counts.size > MAX_KNOWN_NAMES / 2) {
      for (const [key, count] of this.counts) {
        if (count <= 2) this.counts.delete(key);
        else this.counts.set(key, count >> 1);
      }
    }
  }
}

function halveCounts(counts: Map<string, number>): void {
  for (const [key, count] of counts) {
    if (count <= 1) counts.delete(key);
    else counts.set(key, count >> 1);
  }
}
