import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairMojibake } from './mojibake.ts';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { assertLinearTime } from '../../test/linear-time.ts';

/** Real text that has what looks like a lead letter before punctuation, or none at all: none of it may change. */
const REAL_TEXT = [
  // French: no-break spaces before » ; : ! ?, words ending in accented letters before quotes and dashes.
  'Il a répondu\u00a0: «\u00a0Je suis là\u00a0» et il est parti.',
  '«\u00a0C’est réglé…\u00a0» — “Allez-y, c’est réglé…” dit-elle.',
  'L’ÉTÉ\u00a0: LA CANICULE S’INSTALLE, ÇA VA CHAUFFER\u00a0!',
  'Une pâte à crêpes, un âge d’or, l’Âge de pierre, le château.',
  'Être ou ne pas être, à Noël, déjà vu, où est-il\u00a0?',
  'PELÉ’S LAST MATCH — JOSÉ’S CAFÉ…',
  '«\u00a0à\u00a0» est une préposition, «\u00a0là\u00a0» un adverbe, «\u00a0déjà\u00a0» aussi.',
  // German: „…“ quotes close right after ß, soft hyphens, capitals.
  '„Das ist mir zu heiß“, sagte er. „Groß“ oder „bloß“?',
  'Der Fuß\u00adball\u00adverein, die Stra\u00adße, ÄRGER IM ÖL-GESCHÄFT.',
  'Müller schießt — Özil jubelt… »GROẞ« und »Größe«.',
  // Spanish and Portuguese, including word-final Ã in capitals.
  'SÃO PAULO — O governo disse “NÃO” à proposta da IRMÃ.',
  '“AMANHÃ…” e “MAÇÃ”, disse a CAPITÃ — ¿Qué pasó? ¡Olé!',
  'Niño, año, señor, canción, corazón, ação, coração, pão, mãe.',
  'A Câmara aprovou; você está aqui; avô e avó.',
  // Turkish, Icelandic, Romanian, Polish, Czech, Vietnamese.
  'İstanbul’da şiddetli yağış; Çağlayan’da ağaçlar devrildi.',
  'Þetta er íslenska með ð og þ… „Já“ sagði hún, „ég kem“.',
  'ROMÂNIA, Câmpina, în București, ţară și ţânţar.',
  'Łódź, Kraków, Gdańsk; Přerov, Žďár nad Sázavou.',
  'Tiếng Việt có dấu: Hà Nội, Đà Nẵng, NGÃ tư.',
  // Symbols: prices, degrees, the multiplication sign.
  'Prix\u00a0: 25\u00a0€, 30\u00a0°C, 3 × 4 m², © 2024 Reuters®, Coca-Cola™.',
  'Ã alone, Â alone, ß alone, and an accented letter at the end: é',
];

/** Garbled text and what the writer meant. */
const MOJIBAKE: [string, string][] = [
  ['donâ€™t', 'don’t'],
  ['â€œQuotedâ€\u009d', '“Quoted”'],
  ['He said â€œyesâ€\u009d â€” and left â€¦', 'He said “yes” — and left …'],
  ['cafÃ© au lait, Ã©tÃ© Ã\u00a0 Paris', 'café au lait, été à Paris'],
  ['El niÃ±o y la seÃ±ora', 'El niño y la señora'],
  ['Ãªtre', 'être'],
  ['10Â\u00a0km, Â© 2024', '10\u00a0km, © 2024'],
  ['\u00e2\u00ad\u0090\u00e2\u00ad\u0090 (5/5 stars)', '\u2b50\u2b50 (5/5 stars)'],
  ['MÃ¼ller schieÃŸt', 'Müller schießt'],
  ['GÃ–TEBORG and MÃ“NICA', 'GÖTEBORG and MÓNICA'],
  ['3 Ã— 4', '3 × 4'],
  ['Å\u0081Ã³dÅº', 'Łódź'],
  ['Å‚Ã³dÅº', 'łódź'],
  ['ZÃ¼rich â‚¬100, iPhoneâ„¢', 'Zürich €100, iPhone™'],
  ['ä¸­æ–‡', '中文'],
  ['ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
  ['ðŸ˜€ ok', '😀 ok'],
  // Latin-1 read of the bytes: every 0x80–0x9F byte as its C1 control.
  ['don\u00e2\u0080\u0099t', 'don’t'],
  // Garbled twice.
  ['cafÃƒÂ©', 'café'],
  ['donÃ¢â‚¬â„¢t', 'don’t'],
];

test('real text in Latin-script languages comes back unchanged', () => {
  for (const sentence of REAL_TEXT) assert.equal(repairMojibake(sentence), sentence);
});

test('UTF-8 read as windows-1252 or Latin-1 is repaired, once or twice garbled', () => {
  for (const [garbled, meant] of MOJIBAKE) assert.equal(repairMojibake(garbled), meant, garbled);
});

test('text without a lead letter before a continuation is returned as the same string', () => {
  const text = 'Plain news text, with an é and a “quote”.';
  assert.equal(repairMojibake(text), text);
});

test('hostile input costs time in proportion to its length', () => {
  const patterns = ['Ã', 'Ã©', 'Ã©x', 'â€', 'ð\u00a0\u00a0', 'Ã\u00a0Ã', '\u00e2\u00ad\u0090', 'groß“ '];
  for (const pattern of patterns) {
    assertLinearTime(`"${pattern}" repeated`, repairMojibake, (size) => pattern.repeat(size), 4096);
  }
});

test('a megabyte of hostile text takes well under a second of processor time', () => {
  for (const pattern of ['Ã', 'Ã©', 'â€\u2122â', 'ÃƒÂ']) {
    const text = pattern.repeat(1_000_000 / pattern.length);
    const start = process.cpuUsage();
    repairMojibake(text);
    const ms = cpuMsSince(start);
    assert.ok(ms < 1000, `"${pattern}" repeated to a megabyte took ${Math.round(ms)} ms`);
  }
});
