/**
 * The post-editing as the pipeline loads it: from the Debian packages'
 * files (apertium-hin, hunspell-hi; skipped, saying why, without them), the
 * log line when they are absent, and Urdu sentences through a real APY and
 * wiredesk's text translation with and without it.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { missing } from '../../test/missing-tool.ts';
import { handleLeftovers } from './engine-leftovers.ts';
import { apertiumEngine } from './engines/apertium-engine.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from './engines/apy-process.ts';
import { HINDI_ANALYSER_FILE, HINDI_WORD_LIST_FILE, lazyUrduHindiPostEdit, loadUrduHindiPostEdit } from './hindi-lexicon-files.ts';
import { translateTexts } from './text-translation.ts';
import type { UrduHindiPostEdit } from './urdu-hindi-postedit.ts';

const UR_HI = { from: 'ur', to: 'hi' };
const hasAnalyser = existsSync(HINDI_ANALYSER_FILE);
const hasWordList = existsSync(HINDI_WORD_LIST_FILE);
const analyserSkip = hasAnalyser ? false : missing('apertium-hin', `${HINDI_ANALYSER_FILE} is not installed (apt-get install apertium-hin)`);
const wordListSkip = hasWordList ? false : missing('hunspell-hi', `${HINDI_WORD_LIST_FILE} is not installed (apt-get install hunspell-hi)`);

describe('loading the Hindi lexicon', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wiredesk-hindi-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('with neither package the post-editing is skipped, and the log says which files to install', async () => {
    const lines: string[] = [];
    const postEdit = await loadUrduHindiPostEdit((line) => lines.push(line), { analyser: path.join(dir, 'none.att.gz'), wordList: path.join(dir, 'none.dic') });
    assert.equal(postEdit, null);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /post-editing skipped.*none\.att\.gz \(apt-get install apertium-hin\).*none\.dic \(hunspell-hi\)/u);
  });

  test('with a word list only, spelling runs and the steps that need tags are skipped with a log line', async () => {
    const wordList = path.join(dir, 'hi.dic');
    await writeFile(wordList, '2\nमेला\nकैंसर\n');
    const lines: string[] = [];
    const postEdit = await loadUrduHindiPostEdit((line) => lines.push(line), { analyser: path.join(dir, 'none.att.gz'), wordList });
    assert.deepEqual([...postEdit!.steps], ['spelling']);
    assert.match(lines.join('\n'), /context rules, generator markers and alternatives skipped: .*none\.att\.gz is missing \(apt-get install apertium-hin\)/u);
    const { text } = handleLeftovers('वो लाहौर मैं एक *میلہ देखने गया۔ #साल', UR_HI, postEdit);
    assert.equal(text, 'वो लाहौर मैं एक मेला देखने गया। #साल', 'spelling only: the context and the marker stay as the engine left them');
  });

  test('an analyser file that is not gzip is an error naming it', async () => {
    const analyser = path.join(dir, 'bad.att.gz');
    await writeFile(analyser, 'not gzip');
    await assert.rejects(loadUrduHindiPostEdit(() => {}, { analyser, wordList: path.join(dir, 'none.dic') }), /bad\.att\.gz is not a gzip file/u);
  });

  test('through the lazy loader, a broken file turns the post-editing off with a log line instead of failing translations', async () => {
    const analyser = path.join(dir, 'broken.att.gz');
    await writeFile(analyser, 'not gzip either');
    const lines: string[] = [];
    const load = lazyUrduHindiPostEdit((line) => lines.push(line), { analyser, wordList: path.join(dir, 'none.dic') });
    assert.equal(await load(UR_HI), null);
    assert.match(lines.join('\n'), /post-editing skipped: translate: .*broken\.att\.gz is not a gzip file/u);
  });

  test('the lazy loader reads nothing for other pairs and reads once for Urdu into Hindi', async () => {
    const lines: string[] = [];
    const load = lazyUrduHindiPostEdit((line) => lines.push(line), { analyser: path.join(dir, 'none.att.gz'), wordList: path.join(dir, 'none.dic') });
    assert.equal(await load({ from: 'en', to: 'hi' }), null);
    assert.equal(lines.length, 0, 'nothing read, nothing logged');
    await load(UR_HI);
    await load(UR_HI);
    assert.equal(lines.length, 1, 'one log line however many articles');
  });
});

describe('post-editing with the installed apertium-hin and hunspell-hi', { skip: analyserSkip || wordListSkip }, () => {
  let postEdit: UrduHindiPostEdit;
  before(async () => {
    const lines: string[] = [];
    postEdit = (await loadUrduHindiPostEdit((line) => lines.push(line)))!;
    assert.deepEqual(lines, [], 'nothing skipped');
  });

  test('the defects of the gate-passed translation: मैं for में, मीला for मेला; an Urdu word no dictionary has stays readable', () => {
    const engineOutput = 'वो लाहौर मैं एक *میلہ देखने गया۔ *ناشر ने कहा कह #साल अच्छा था۔ वह आ जाय/जाए गा 100 किलोमीटर/घंटा';
    assert.equal(handleLeftovers(engineOutput, UR_HI).text, 'वो लाहौर मैं एक मीला देखने गया। नाशर ने कहा कह #साल अच्छा था। वह आ जाय/जाए गा 100 किलोमीटर/घंटा');
    const edited = handleLeftovers(engineOutput, UR_HI, postEdit);
    assert.equal(edited.text, 'वह लाहौर में एक मेला देखने गया। नाशर ने कहा कि साल अच्छा था। वह आ जाएगा 100 किलोमीटर/घंटा');
    assert.deepEqual(edited.uninflected, ['साल']);
    assert.deepEqual(edited.transliterated, ['میلہ', 'ناشر']);
  });

  test('loanwords take their Hindi spelling; names keep the letter-by-letter reading', () => {
    const { text } = handleLeftovers('*کینسر और *ملیریا का *ٹیسٹ *سٹینفورڈ में', UR_HI, postEdit);
    assert.equal(text, 'कैंसर और मलेरिया का टेस्ट स्टैनफ़ोर्ड में');
  });
});

const apySkip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-urd-hin)`);

describe('Urdu into Hindi through a real APY, with and without post-editing', { skip: apySkip || analyserSkip || wordListSkip }, () => {
  let apy: ApyServer;
  let postEdit: UrduHindiPostEdit;
  before(async () => {
    [apy, postEdit] = await Promise.all([startApy(), loadUrduHindiPostEdit(() => {}).then((p) => p!)]);
  });
  after(() => apy?.stop());

  test('the fair in Lahore: the postposition, the noun and the conjunction come out right', async () => {
    const engine = apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 30_000 });
    const call = (texts: string[]) => engine.translate(texts, UR_HI);
    const sources = ['وہ لاہور میں ایک میلہ دیکھنے گیا۔', 'انہوں نے کہا کہ یہ کتاب اچھی ہے۔'];
    const plain = await translateTexts(sources, call, { pair: UR_HI, glossary: null });
    const edited = await translateTexts(sources, call, { pair: UR_HI, glossary: null, postEdit });
    assert.match(plain[0]!.text, /लाहौर मैं .*मीला/u, 'the engine alone: "I" and a guessed spelling');
    assert.equal(edited[0]!.text, 'वह लाहौर में एक मेला देखने गया।');
    assert.match(plain[1]!.text, /कहा कह ये/u);
    assert.match(edited[1]!.text, /कहा कि यह किताब अच्छी है।$/u);
  });

  test('a lemma Apertium could not inflect is printed without its mark, and its sentence is still held', async () => {
    const engine = apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 30_000 });
    const call = (texts: string[]) => engine.translate(texts, UR_HI);
    const source = ['یہ کئی سالوں تک برقرار رہا۔'];
    const [plain] = await translateTexts(source, call, { pair: UR_HI, glossary: null });
    const [edited] = await translateTexts(source, call, { pair: UR_HI, glossary: null, postEdit });
    assert.match(plain!.text, /#साल/u);
    assert.doesNotMatch(edited!.text, /#/u);
    assert.match(edited!.text, /कई साल/u);
    const codes = (r: typeof plain) => r!.sentences.flatMap((s) => s.issues.map((i) => i.code));
    assert.deepEqual(codes(plain), ['unknown-word']);
    assert.deepEqual(codes(edited), ['unknown-word'], 'held as the mark would have held it');
    assert.match(edited!.sentences[0]!.issues[0]!.message, /could not inflect साल/u);
  });
});
