/**
 * Apertium names languages by ISO 639-3 codes (`eng`, `hin`, `urd`, `spa`),
 * sometimes with a variant (`eng_US`, `por_BR`); wiredesk names them by BCP 47
 * primary subtags. Only pairs whose both codes map are offered: a variant is a
 * choice an editor makes in configuration, not something to guess.
 */

/** BCP 47 → ISO 639-3 for the languages Apertium packages cover that a desk is likely to meet. */
const TO_APERTIUM: Readonly<Record<string, string>> = {
  en: 'eng', es: 'spa', hi: 'hin', ur: 'urd', ca: 'cat', fr: 'fra', pt: 'por', it: 'ita', de: 'deu',
  ar: 'ara', mt: 'mlt', eu: 'eus', gl: 'glg', oc: 'oci', ro: 'ron', nl: 'nld', sv: 'swe', da: 'dan',
  nb: 'nob', nn: 'nno', kk: 'kaz', tt: 'tat', ru: 'rus', uk: 'ukr', be: 'bel', cy: 'cym', br: 'bre',
  ga: 'gle', id: 'ind', ms: 'msa', sq: 'sqi', mk: 'mkd', bg: 'bul', hr: 'hrv', sr: 'srp', sl: 'slv',
};

const FROM_APERTIUM: ReadonlyMap<string, string> = new Map(Object.entries(TO_APERTIUM).map(([bcp, iso]) => [iso, bcp]));

export function toApertiumCode(lang: string): string | null {
  return TO_APERTIUM[lang] ?? null;
}

export function fromApertiumCode(code: string): string | null {
  return FROM_APERTIUM.get(code) ?? null;
}
