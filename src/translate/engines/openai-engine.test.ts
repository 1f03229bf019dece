/**
 * Protocol tests of the openai engine against a loopback server that speaks
 * the chat-completions API (testdata/chat-completions-server.ts). The engine
 * is built the way the desk builds it (wiredesk.yaml → configuredEngines,
 * with the environment and the glossary), every request it sends is checked,
 * and each kind of answer a model or a server gives goes through the real
 * article translation and its quality gate (article-translation.ts), so what
 * is asserted is what a reviewer would see: `pass`, or `review` with the
 * issues, or a failure the pass retries later.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { parseConfig } from '../../config/load-config.ts';
import type { Block, Inline } from '../../extract/article.ts';
import { messageWithCauses } from '../../util/error-chain.ts';
import { translateArticle, type ArticleTranslation } from '../article-translation.ts';
import { glossaryOf } from '../glossary.ts';
import { PLACEHOLDER_RULE } from './chat-prompt.ts';
import { configuredEngines, engineForPair } from './configured-engines.ts';
import { EngineError, type TranslationEngine } from './engine.ts';
import { completion, startChatServer, userText, type ChatServer, type RecordedRequest, type Reply } from './testdata/chat-completions-server.ts';

const EN_HI = { from: 'en', to: 'hi' };
const KEY_VAR = 'WIREDESK_TEST_LLM_KEY';
const KEY = 'sk-test-31337-do-not-print';
const MODEL = 'qwen2.5:7b-instruct';
const glossaries = new Map([['hi', glossaryOf([{ source: 'Kim Jong Un', target: 'किम जोंग उन' }, { source: 'harbour authority', target: 'बंदरगाह प्राधिकरण' }])]]);

/** What a good model answers for each text the pipeline sends (placeholders as the pipeline numbers them). */
const GOOD: Record<string, string> = {
  '⟦1⟧ met ⟦2⟧ envoys in the harbour city on Monday.': '⟦1⟧ ने सोमवार को बंदरगाह शहर में ⟦2⟧ दूतों से मुलाकात की।',
  'The ferry service will resume after the storm passes.': 'तूफ़ान गुज़र जाने के बाद नौका सेवा फिर से शुरू होगी।',
  'Envoys meet in the harbour city': 'बंदरगाह शहर में दूतों की बैठक',
  'Read ⟦1⟧the plan of the ⟦3⟧⟦2⟧ before the vote.': 'मतदान से पहले ⟦1⟧⟦3⟧ की योजना⟦2⟧ पढ़ें।',
};

const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const ARTICLE = {
  headline: 'Envoys meet in the harbour city',
  headlineLang: null,
  lang: 'en',
  blocks: [paragraph({ kind: 'text', text: 'Kim Jong Un met 12 envoys in the harbour city on Monday. The ferry service will resume after the storm passes.' })],
};
const LINK_ARTICLE = {
  ...ARTICLE,
  blocks: [
    paragraph(
      { kind: 'text', text: 'Read ' },
      { kind: 'link', href: 'https://harbour.example.org/plan', children: [{ kind: 'text', text: 'the plan of the harbour authority' }] },
      { kind: 'text', text: ' before the vote.' },
    ),
  ],
};

function config(url: string, engine = '', pair = '') {
  return parseConfig(
    `site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: hi, path: / }]
sections: [{ id: world, title: World }]
translation:
  engines:
    - { id: local-llm, kind: openai, url: "${url}", model: "${MODEL}", apiKeyEnv: ${KEY_VAR}, retries: 2${engine} }
  pairs:
    - { from: en, to: hi, engine: local-llm${pair} }
`,
    { file: '/srv/desk/wiredesk.yaml', env: {} },
  );
}

interface Built {
  engine: TranslationEngine;
  sleeps: number[];
}

function build(url: string, options: { engine?: string; pair?: string; env?: Record<string, string> } = {}): Built {
  const sleeps: number[] = [];
  const engines = configuredEngines(config(url, options.engine, options.pair).translation, {
    env: options.env ?? { [KEY_VAR]: KEY },
    glossaries,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
  });
  return { engine: engineForPair(engines, EN_HI)!, sleeps };
}

function translate(engine: TranslationEngine, article = ARTICLE): Promise<ArticleTranslation> {
  return translateArticle(article, (texts) => engine.translate(texts, EN_HI), { pair: EN_HI, glossary: glossaries.get('hi')!, headlinePolicy: 'translate' });
}

/** A model that answers GOOD translations, with `change` applied to the one for `text` (all texts when omitted). */
function model(change: (good: string) => Reply | string = (good) => good, only?: string): (request: RecordedRequest) => Reply {
  return (request) => {
    const text = userText(request);
    const good = GOOD[text];
    if (good === undefined) return { status: 400, body: { error: { message: `test server: no translation for ${JSON.stringify(text)}` } } };
    const answer = only === undefined || text === only ? change(good) : good;
    return typeof answer === 'string' ? { body: completion(answer) } : answer;
  };
}

const codes = (result: ArticleTranslation) => [...new Set(result.issues.map((i) => i.code))].sort();

/** Every request is a chat completion as the API documents it, with the key, the model, temperature 0 and a bounded max_tokens. */
function assertChatRequest(request: RecordedRequest): void {
  assert.equal(request.method, 'POST');
  assert.equal(request.path, '/v1/chat/completions');
  assert.equal(request.headers.authorization, `Bearer ${KEY}`);
  assert.match(request.headers['content-type'] ?? '', /^application\/json/);
  const body = request.body!;
  assert.equal(body.model, MODEL);
  assert.equal(body.temperature, 0);
  assert.equal(body.stream, false);
  const [system, user, ...rest] = body.messages!;
  assert.deepEqual([system!.role, user!.role, rest.length], ['system', 'user', 0]);
  assert.equal(body.max_tokens, Math.min(4096, user!.content.length * 4 + 64));
  assert.match(system!.content, /from English into Hindi/);
  assert.ok(system!.content.includes(PLACEHOLDER_RULE.replace('{target}', 'Hindi')), 'the placeholder rule is in the prompt');
  assert.ok(system!.content.includes('Kim Jong Un → किम जोंग उन'), 'the glossary terms are in the prompt');
  assert.ok(system!.content.includes('harbour authority → बंदरगाह प्राधिकरण'));
}

describe('the openai engine on a loopback chat-completions server', () => {
  let server: ChatServer;
  before(async () => {
    server = await startChatServer();
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  test('a well-formed answer: each sentence one request, placeholders and glossary terms come back, the gate passes it', async () => {
    server.reply = model();
    const result = await translate(build(server.url).engine);
    assert.deepEqual(result.issues, []);
    assert.equal(result.status, 'pass');
    assert.equal(result.text, 'किम जोंग उन ने सोमवार को बंदरगाह शहर में 12 दूतों से मुलाकात की। तूफ़ान गुज़र जाने के बाद नौका सेवा फिर से शुरू होगी।');
    assert.equal(result.headline, 'बंदरगाह शहर में दूतों की बैठक');
    assert.deepEqual(server.requests.map(userText).sort(), [
      'Envoys meet in the harbour city',
      'The ferry service will resume after the storm passes.',
      '⟦1⟧ met ⟦2⟧ envoys in the harbour city on Monday.',
    ]);
    server.requests.forEach(assertChatRequest);
    // One prompt for the pair, whatever the sentence: servers cache it as a prefix.
    assert.equal(new Set(server.requests.map((r) => r.body!.messages![0]!.content)).size, 1);
  });

  test('a lead-in line ("Here is the translation:") and a reasoning block are taken off; the gate passes the rest', async () => {
    server.reply = model((good) => `Here is the Hindi translation:\n${good}`, 'The ferry service will resume after the storm passes.');
    assert.equal((await translate(build(server.url).engine)).status, 'pass');
    server.reply = model((good) => `<think>\nThe user wants Hindi.\n</think>\n\n${good}`);
    assert.equal((await translate(build(server.url).engine)).status, 'pass');
  });

  test('commentary after the translation is not stripped: the gate holds it (untranslated words, length)', async () => {
    const only = 'The ferry service will resume after the storm passes.';
    server.reply = model((good) => `${good}\n\nNote: I translated "ferry" as नौका, the usual word in news copy.`, only);
    const result = await translate(build(server.url).engine);
    assert.equal(result.status, 'review');
    assert.deepEqual(codes(result), ['length-ratio', 'untranslated']);
  });

  test('a model that adds sentences of its own is held for its length', async () => {
    const only = 'The ferry service will resume after the storm passes.';
    server.reply = model((good) => `${good} यात्रियों को सलाह दी जाती है कि वे घर से निकलने से पहले नौका सेवा की वेबसाइट पर समय सारिणी अवश्य देख लें।`, only);
    assert.deepEqual(codes(await translate(build(server.url).engine)), ['length-ratio']);
  });

  test('a model that summarises is held: shorter than translations run, its number and placeholder gone', async () => {
    server.reply = model(() => 'किम ने दूतों से मुलाकात की।', '⟦1⟧ met ⟦2⟧ envoys in the harbour city on Monday.');
    const result = await translate(build(server.url).engine);
    assert.equal(result.status, 'review');
    assert.deepEqual(codes(result), ['glossary-term', 'length-ratio', 'number-missing', 'placeholder-lost']);
  });

  test('an answer in the wrong language (Urdu, or the English echoed back) is held', async () => {
    server.reply = model(() => '⟦1⟧ نے پیر کو بندرگاہ کے شہر میں ⟦2⟧ سفیروں سے ملاقات کی۔', '⟦1⟧ met ⟦2⟧ envoys in the harbour city on Monday.');
    assert.ok(codes(await translate(build(server.url).engine)).includes('wrong-language'));
    server.reply = model(() => 'The ferry service will resume after the storm passes.', 'The ferry service will resume after the storm passes.');
    assert.deepEqual(codes(await translate(build(server.url).engine)), ['untranslated', 'wrong-language']);
  });

  test('a dropped or invented placeholder is held, and the link loses its markup, not its words', async () => {
    const only = 'Read ⟦1⟧the plan of the ⟦3⟧⟦2⟧ before the vote.';
    server.reply = model((good) => good.replace('⟦2⟧', ''), only);
    const dropped = await translate(build(server.url).engine, LINK_ARTICLE);
    assert.equal(dropped.status, 'review');
    assert.ok(dropped.issues.some((i) => i.code === 'placeholder-lost' && /⟦2⟧/.test(i.message)), JSON.stringify(dropped.issues));
    assert.match(dropped.text, /बंदरगाह प्राधिकरण की योजना पढ़ें/);
    server.reply = model((good) => good.replace('।', ' ⟦7⟧।'), only);
    const invented = await translate(build(server.url).engine, LINK_ARTICLE);
    assert.ok(invented.issues.some((i) => i.code === 'placeholder-lost' && /⟦7⟧ not in the source/.test(i.message)), JSON.stringify(invented.issues));
    server.reply = model();
    const kept = await translate(build(server.url).engine, LINK_ARTICLE);
    assert.equal(kept.status, 'pass', JSON.stringify(kept.issues));
    assert.deepEqual(kept.blocks, [
      paragraph(
        { kind: 'text', text: 'मतदान से पहले ' },
        { kind: 'link', href: 'https://harbour.example.org/plan', children: [{ kind: 'text', text: 'बंदरगाह प्राधिकरण की योजना' }] },
        { kind: 'text', text: ' पढ़ें।' },
      ),
    ]);
  });

  test('an answer cut off at max_tokens fails the translation, naming the engine and the reason', async () => {
    server.reply = model((good) => ({ body: completion(good.slice(0, 12), 'length') }), 'The ferry service will resume after the storm passes.');
    await assert.rejects(translate(build(server.url).engine), (error: unknown) => {
      assert.ok(error instanceof EngineError);
      assert.equal(error.retryable, false);
      assert.match(error.message, /^local-llm: \/chat\/completions: the model stopped at max_tokens \(\d+\) .*finish_reason "length"/);
      return true;
    });
  });

  test('HTTP 429 with Retry-After is waited out, then the answer is used', async () => {
    let refused = 0;
    const good = model();
    server.reply = (request) => (refused++ === 0 ? { status: 429, headers: { 'retry-after': '2' }, body: { error: { message: 'Rate limit reached' } } } : good(request));
    const { engine, sleeps } = build(server.url);
    assert.deepEqual(await engine.translate(['The ferry service will resume after the storm passes.'], EN_HI), ['तूफ़ान गुज़र जाने के बाद नौका सेवा फिर से शुरू होगी।']);
    assert.equal(server.requests.length, 2);
    assert.deepEqual(sleeps, [2000]);
    server.requests.forEach(assertChatRequest);
  });

  test('HTTP 500 is retried with backoff, then fails as retryable with the server\'s message', async () => {
    server.reply = () => ({ status: 500, body: { error: { message: 'CUDA out of memory', type: 'server_error' } } });
    const { engine, sleeps } = build(server.url);
    await assert.rejects(engine.translate(['The ferry service will resume after the storm passes.'], EN_HI), (error: unknown) => {
      assert.ok(error instanceof EngineError && error.retryable);
      assert.match(messageWithCauses(error), /local-llm: gave up after 3 attempts.*local-llm: \/v1\/chat\/completions: HTTP 500: CUDA out of memory/s);
      return true;
    });
    assert.equal(server.requests.length, 3);
    assert.deepEqual(sleeps, [500, 1000]);
  });

  test('a Retry-After beyond a minute is not waited for inside one translation', async () => {
    server.reply = () => ({ status: 503, headers: { 'retry-after': '600' }, body: 'overloaded' });
    const { engine, sleeps } = build(server.url);
    await assert.rejects(engine.translate(['The ferry service will resume after the storm passes.'], EN_HI), /asks to wait 600 s/);
    assert.deepEqual([server.requests.length, sleeps], [1, []]);
  });

  test('malformed answers are refused with what was wrong: not JSON, no choices, an error body, content not text', async () => {
    const { engine } = build(server.url);
    const attempt = (reply: Reply) => {
      server.reply = () => reply;
      return engine.translate(['The ferry service will resume after the storm passes.'], EN_HI);
    };
    await assert.rejects(attempt({ body: '<html>Bad gateway</html>' }), /local-llm: \/v1\/chat\/completions: the answer is not JSON/);
    await assert.rejects(attempt({ body: { object: 'chat.completion', choices: [] } }), /local-llm: \/chat\/completions: the answer has no choices\[0\]/);
    await assert.rejects(attempt({ body: { error: { message: 'model "qwen2.5:7b-instruct" not found, try pulling it first' } } }), /the server answered an error: model "qwen2.5:7b-instruct" not found/);
    await assert.rejects(attempt({ status: 404, body: { error: { message: 'model not found' } } }), /HTTP 404: model not found/);
    await assert.rejects(attempt({ body: { choices: [{ message: { content: 42 }, finish_reason: 'stop' }] } }), /content is a number, not text/);
    await assert.rejects(attempt({ body: completion(null, 'content_filter') }), /content filter/);
  });

  test('an empty answer goes to the gate; every sentence empty is a failure the pass retries', async () => {
    server.reply = model(() => '', 'The ferry service will resume after the storm passes.');
    assert.deepEqual(codes(await translate(build(server.url).engine)), ['empty']);
    server.reply = () => ({ body: completion('') });
    await assert.rejects(translate(build(server.url).engine), /the engine returned nothing for all 3 sentences/);
  });

  test('the API key: read from the variable named, never in a message, and its absence named', async () => {
    server.reply = () => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}.` } } });
    const { engine } = build(server.url);
    await assert.rejects(engine.translate(['The ferry service will resume after the storm passes.'], EN_HI), (error: unknown) => {
      const message = messageWithCauses(error);
      assert.match(message, /HTTP 401: Incorrect API key provided: \[redacted\]/);
      assert.doesNotMatch(message, /31337/);
      return true;
    });
    const unset = build(server.url, { env: {} }).engine;
    server.requests.length = 0;
    await assert.rejects(unset.translate(['The ferry service will resume after the storm passes.'], EN_HI), /local-llm: the environment variable WIREDESK_TEST_LLM_KEY \(apiKeyEnv\) holds no API key/);
    assert.equal(server.requests.length, 0);
    assert.match((await unset.health()).error ?? '', /WIREDESK_TEST_LLM_KEY/);
  });

  test('at most `concurrency` requests in flight, however many texts', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `Sentence number ${i} of the ferry report.`);
    const before = server.maxInFlight();
    assert.ok(before <= 2);
    server.reply = (request) => ({ body: completion(`नौका रिपोर्ट का वाक्य ${userText(request).slice(16, 17)}।`), delayMs: 40 });
    const { engine } = build(server.url, { engine: ', concurrency: 2' });
    const out = await engine.translate(texts, EN_HI);
    assert.deepEqual(out, texts.map((_, i) => `नौका रिपोर्ट का वाक्य ${i}।`));
    assert.equal(server.maxInFlight(), 2);
  });

  test('the first failure fails the call, and the texts still queued are not sent', async () => {
    server.reply = () => ({ status: 400, body: { error: { message: "This model's maximum context length is 2048 tokens" } } });
    const { engine } = build(server.url, { engine: ', concurrency: 1' });
    const texts = Array.from({ length: 5 }, (_, i) => `Sentence number ${i} of the ferry report.`);
    await assert.rejects(engine.translate(texts, EN_HI), /HTTP 400: This model's maximum context length is 2048 tokens/);
    assert.equal(server.requests.length, 1);
  });

  test('a text over maxInputChars is sent in pieces cut at sentence ends, and joined', async () => {
    const sentence = 'The ferry service will resume after the storm passes.';
    const long = Array.from({ length: 8 }, () => sentence).join(' ');
    const hindi = GOOD[sentence]!;
    server.reply = (request) => ({ body: completion(userText(request).split(sentence).join(hindi)) });
    const { engine } = build(server.url, { engine: ', maxInputChars: 200' });
    const [out] = await engine.translate([long], EN_HI);
    const sent = server.requests.map(userText);
    assert.ok(sent.length === 3 && sent.every((t) => t.length <= 200 && t.endsWith('passes.')), JSON.stringify(sent));
    assert.equal(out, Array.from({ length: 8 }, () => hindi).join(' '));
  });

  test('a pair\'s own prompt replaces the instructions; the placeholder rule and the glossary stay', async () => {
    server.reply = model();
    const { engine } = build(server.url, { pair: ', prompt: "Translate {source} wire copy into plain {target} for a Delhi daily."' });
    await engine.translate(['The ferry service will resume after the storm passes.'], EN_HI);
    const system = server.requests[0]!.body!.messages![0]!.content;
    assert.match(system, /^Translate English wire copy into plain Hindi for a Delhi daily\./);
    assert.doesNotMatch(system, /professional news translator/);
    assert.match(system, /⟦1⟧/);
    assert.match(system, /Kim Jong Un → किम जोंग उन/);
  });

  test('health: GET /models with the key, timed; a model the server does not list is named', async () => {
    server.reply = () => ({ body: { object: 'list', data: [{ id: MODEL, object: 'model' }, { id: 'llama3.1:8b', object: 'model' }] } });
    const { engine } = build(server.url);
    const health = await engine.health();
    assert.equal(health.reachable, true, health.error ?? '');
    assert.ok(typeof health.latencyMs === 'number' && health.latencyMs >= 0);
    assert.deepEqual(server.requests.map((r) => [r.method, r.path, r.headers.authorization]), [['GET', '/v1/models', `Bearer ${KEY}`]]);
    assert.deepEqual(await engine.listPairs(), [EN_HI]);
    server.reply = () => ({ body: { object: 'list', data: [{ id: 'llama3.1:8b' }] } });
    const missingModel = await engine.health();
    assert.equal(missingModel.reachable, false);
    assert.match(missingModel.error ?? '', /does not list the model "qwen2.5:7b-instruct" \(it lists llama3.1:8b\)/);
  });
});

test('the lead-in is kept when the source itself begins with one', async () => {
  const server = await startChatServer((request) => ({ body: completion(userText(request)) }));
  try {
    const { engine } = build(server.url);
    const [out] = await engine.translate(['Translation:\nthe notes of the meeting.'], EN_HI);
    assert.equal(out, 'Translation:\nthe notes of the meeting.');
  } finally {
    await server.close();
  }
});
