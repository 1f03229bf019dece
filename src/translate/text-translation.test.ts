/**
 * Text translation around real engines on loopback: the LibreTranslate
 * stand-in (implements the API's shape and upper-cases text, so the output
 * shows exactly what reached the engine: testdata/libretranslate-stand-in.ts)
 * and, when installed, a real Apertium APY started once for the file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Block } from '../extract/article.ts';
import { translateBlocks } from './block-translation.ts';
import { apertiumEngine } from './engines/apertium-engine.ts';
import { apyInstalled, startApy, type ApyServer } from './engines/apy-process.ts';
import { runEngine } from './engines/engine-runner.ts';
import type { TranslationEngine } from './engines/engine.ts';
import { libreTranslateEngine } from './engines/libretranslate-engine.ts';
import { startLibreTranslateStandIn, type StandIn } from './engines/testdata/libretranslate-stand-in.ts';
import { glossaryOf } from './glossary.ts';
import { humanKey, type HumanLookup } from './human-segments.ts';
import { translateTexts, type EngineCall } from './text-translation.ts';
import { missing } from '../../test/missing-tool.ts';

const EN_HI = { from: 'en', to: 'hi' };
const callOf = (engine: TranslationEngine, pair: { from: string; to: string }): EngineCall => (texts) => engine.translate(texts, pair);

describe('with the LibreTranslate stand-in', () => {
  let server: StandIn;
  let call: EngineCall;
  before(async () => {
    server = await startLibreTranslateStandIn();
    call = callOf(libreTranslateEngine({ id: 'libre', url: server.url, timeoutMs: 5000 }), EN_HI);
  });
  after(() => server.close());

  test('sentence by sentence; numbers, addresses and glossary terms never reach the engine', async () => {
    const glossary = glossaryOf([{ source: 'Kim Jong Un', target: 'किम जोंग उन' }]);
    const [result] = await translateTexts(['Kim Jong Un met 12 envoys at 10:30. See https://harbour.example.org/a for more.'], call, { pair: EN_HI, glossary });
    assert.deepEqual(server.requests.at(-1)!['q'], ['⟦1⟧ met ⟦2⟧ envoys at ⟦3⟧.', 'See ⟦4⟧ for more.']);
    assert.equal(result!.text, 'किम जोंग उन MET 12 ENVOYS AT 10:30. SEE https://harbour.example.org/a FOR MORE.');
    assert.equal(result!.sentences.length, 2);
  });

  test('blocks keep their structure, links and emphasis; figure credits and URLs stay', async () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, content: [{ kind: 'text', text: 'Ferry services resume across the harbour' }] },
      { type: 'paragraph', content: [{ kind: 'text', text: 'Read ' }, { kind: 'link', href: 'https://harbour.example.org/p', children: [{ kind: 'em', children: [{ kind: 'text', text: 'the plan' }] }] }, { kind: 'text', text: '.' }] },
      { type: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { type: 'figure', src: 'https://img.example.org/f.jpg', alt: 'a ferry', caption: [{ kind: 'text', text: 'At dawn' }], credit: 'Port Desk' },
    ];
    const { blocks: out, issues } = await translateBlocks(blocks, call, { pair: EN_HI, glossary: null });
    assert.deepEqual(out, [
      { type: 'heading', level: 2, content: [{ kind: 'text', text: 'FERRY SERVICES RESUME ACROSS THE HARBOUR' }] },
      { type: 'paragraph', content: [{ kind: 'text', text: 'READ ' }, { kind: 'link', href: 'https://harbour.example.org/p', children: [{ kind: 'em', children: [{ kind: 'text', text: 'THE PLAN' }] }] }, { kind: 'text', text: '.' }] },
      { type: 'list', ordered: false, items: [[{ kind: 'text', text: 'ONE' }], [{ kind: 'text', text: 'TWO' }]] },
      { type: 'figure', src: 'https://img.example.org/f.jpg', alt: 'A FERRY', caption: [{ kind: 'text', text: 'AT DAWN' }], credit: 'Port Desk' },
    ]);
    // The stand-in does not write Hindi: the gate says so, which is the point of the gate.
    assert.ok(issues.some((i) => i.code === 'wrong-language'));
  });

  test('a reviewer\'s sentence is used before the engine, is not sent, and its run keeps its words but not its markup', async () => {
    const human = new Map([[humanKey('The ministry said in a statement.'), 'मंत्रालय ने एक बयान में कहा।']]);
    const lookup: HumanLookup = (keys) => Promise.resolve(new Map(keys.flatMap((k) => (human.has(k) ? [[k, human.get(k)!] as const] : []))));
    const blocks: Block[] = [
      { type: 'paragraph', content: [{ kind: 'text', text: 'Ferries resumed. The ministry said in a statement.' }] },
      { type: 'paragraph', content: [{ kind: 'text', text: 'The ' }, { kind: 'em', children: [{ kind: 'text', text: 'ministry' }] }, { kind: 'text', text: ' said in a statement.' }] },
      { type: 'paragraph', content: [{ kind: 'text', text: 'Read ' }, { kind: 'link', href: 'https://harbour.example.org/p', children: [{ kind: 'text', text: 'the plan' }] }, { kind: 'text', text: '.' }] },
    ];
    const sentBefore = server.requests.length;
    const { blocks: out, segmentOrigins } = await translateBlocks(blocks, call, { pair: EN_HI, glossary: null, human: lookup });
    assert.deepEqual(server.requests.slice(sentBefore).flatMap((r) => r['q'] as string[]), ['Ferries resumed.', 'Read ⟦1⟧the plan⟦2⟧.']);
    assert.deepEqual(out[0], { type: 'paragraph', content: [{ kind: 'text', text: 'FERRIES RESUMED. मंत्रालय ने एक बयान में कहा।' }] });
    assert.deepEqual(out[1], { type: 'paragraph', content: [{ kind: 'text', text: 'मंत्रालय ने एक बयान में कहा।' }] }, 'the emphasis went with the engine\'s text');
    assert.deepEqual(out[2], { type: 'paragraph', content: [{ kind: 'text', text: 'READ ' }, { kind: 'link', href: 'https://harbour.example.org/p', children: [{ kind: 'text', text: 'THE PLAN' }] }, { kind: 'text', text: '.' }] });
    assert.deepEqual(segmentOrigins, [{ engine: 1, 'human-memory': 1 }, { 'human-memory': 1 }, { engine: 1 }]);
  });

  test('a 100,000-character article goes in bounded requests and comes back whole', async () => {
    // The timeout is not what is tested: generous, so that a loaded machine does not fail the test.
    const engine = runEngine(libreTranslateEngine({ id: 'libre', url: server.url, timeoutMs: 30_000 }), { concurrency: 2, retries: 0 });
    const sentence = 'The council met again about the ferry timetable. ';
    const text = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const before = server.requests.length;
    const [result] = await translateTexts([text], callOf(engine, EN_HI), { pair: EN_HI, glossary: null });
    assert.equal(result!.text, text.toUpperCase());
    const sizes = server.requests.slice(before).map((r) => (r['q'] as string[]).join('').length);
    assert.ok(sizes.length > 10 && Math.max(...sizes) <= 6000, `request sizes ${Math.max(...sizes)}`);
  });

  test('a sentence of only numbers and punctuation is not sent', async () => {
    const before = server.requests.length;
    const [result] = await translateTexts(['1,250 — 7:30'], call, { pair: EN_HI, glossary: null });
    assert.equal(server.requests.length, before);
    assert.equal(result!.text, '1,250 — 7:30');
  });
});

const skip = apyInstalled() ? false : missing('apertium-apy', 'not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin)');

describe('with a real Apertium APY', { skip }, () => {
  let apy: ApyServer;
  let engine: TranslationEngine;
  before(async () => {
    apy = await startApy();
    engine = apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 30_000 });
  });
  after(() => apy?.stop());

  test('Urdu→Hindi: numbers intact, Latin names kept, unknown Urdu words in Devanagari, no markers left', async () => {
    const pair = { from: 'ur', to: 'hi' };
    const source = 'صبح 9:30 بجے (0230 UTC) سٹینفورڈ کے سائنسدانوں نے اعلان کیا۔';
    const [raw] = await engine.translate([source], pair);
    assert.match(raw!, /\*9:\*30|\*سٹینفورڈ/u, 'raw Apertium marks what it does not know');
    const [result] = await translateTexts([source], callOf(engine, pair), { pair, glossary: null });
    assert.match(result!.text, /9:30/u);
    assert.match(result!.text, /\(0230 UTC\)/u);
    assert.doesNotMatch(result!.text, /[*\p{Script=Arabic}]/u);
    assert.deepEqual(result!.sentences[0]!.transliterated.sort(), ['سائنسدانوں', 'سٹینفورڈ'].sort().filter((w) => raw!.includes(`*${w}`)));
  });

  test('text in a script the engine does not know is held by the gate, not passed off as Hindi', async () => {
    const pair = { from: 'ur', to: 'hi' };
    const [result] = await translateTexts(['துறைமுக சபை புதிய திட்டத்தை அங்கீகரித்தது'], callOf(engine, pair), { pair, glossary: null });
    const codes = new Set(result!.sentences.flatMap((s) => s.issues.map((i) => i.code)));
    assert.ok(codes.has('wrong-language') || codes.has('unknown-word'), [...codes].join(', '));
  });

  test('English→Spanish: link markup survives the engine, an unknown word is held by the gate', async () => {
    const pair = { from: 'en', to: 'es' };
    const blocks: Block[] = [{ type: 'paragraph', content: [{ kind: 'text', text: 'The ' }, { kind: 'link', href: 'https://port.example.org', children: [{ kind: 'text', text: 'house' }] }, { kind: 'text', text: ' of the Zorblaxian minister is big.' }] }];
    const { blocks: out, issues } = await translateBlocks(blocks, callOf(engine, pair), { pair, glossary: null });
    const paragraph = out[0] as Extract<Block, { type: 'paragraph' }>;
    const link = paragraph.content.find((i) => i.kind === 'link');
    assert.ok(link && link.kind === 'link', JSON.stringify(paragraph.content));
    assert.match(JSON.stringify(link.children), /casa/iu);
    assert.ok(issues.some((i) => i.code === 'unknown-word'), JSON.stringify(issues));
  });
});
