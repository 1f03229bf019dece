import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeNotice, noticeCase, type NoticeCase, type NoticeInput } from './syndication-notice.ts';

const base: NoticeInput = {
  lang: 'hi',
  siteName: 'Samachar Desk',
  sourceName: 'Harbour Wire',
  licence: 'Harbour Wire agreement HW-7.',
  sourceNotice: null,
  sourceLang: 'en',
  history: { kind: 'as-received' },
};

const text = (lang: string, history: NoticeCase) => composeNotice({ ...base, lang, history }).text;

/** Each case, in each language with templates: the sentence it must open with. */
const EXPECTED: Record<string, [NoticeCase, string][]> = {
  en: [
    [{ kind: 'as-received' }, 'This story comes from the Harbour Wire syndication feed as it was sent; Samachar Desk staff have not changed it.'],
    [{ kind: 'headline-edited' }, 'Apart from its headline, this story comes from the Harbour Wire syndication feed unchanged by Samachar Desk staff.'],
    [{ kind: 'edited' }, 'This story comes from the Harbour Wire syndication feed and was edited by Samachar Desk staff.'],
    [{ kind: 'corrected' }, 'This story comes from the Harbour Wire syndication feed; Samachar Desk staff have corrected it since it was published.'],
    [{ kind: 'machine-translated', from: 'hi', reviewed: true }, 'This story comes from the Harbour Wire syndication feed. It was machine-translated from Hindi and reviewed by Samachar Desk staff.'],
    [{ kind: 'machine-translated', from: 'ur', reviewed: false }, 'This story comes from the Harbour Wire syndication feed. It was machine-translated from Urdu; Samachar Desk staff have not reviewed the translation.'],
  ],
  hi: [
    [{ kind: 'as-received' }, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से जैसी आई वैसी ही ली गई है; Samachar Desk की टीम ने इसमें कोई बदलाव नहीं किया है।'],
    [{ kind: 'headline-edited' }, 'सिर्फ़ शीर्षक Samachar Desk की टीम का है; बाक़ी ख़बर Harbour Wire की सिंडिकेशन फ़ीड से बिना बदलाव ली गई है।'],
    [{ kind: 'edited' }, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से ली गई है और Samachar Desk की टीम ने इसका संपादन किया है।'],
    [{ kind: 'corrected' }, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से ली गई है; प्रकाशन के बाद Samachar Desk की टीम ने इसमें सुधार किया है।'],
    [{ kind: 'machine-translated', from: 'en', reviewed: true }, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से ली गई है। इसका अंग्रेज़ी से मशीन अनुवाद किया गया है, जिसकी समीक्षा Samachar Desk की टीम ने की है।'],
    [{ kind: 'machine-translated', from: 'ur', reviewed: false }, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से ली गई है। इसका उर्दू से मशीन अनुवाद किया गया है; Samachar Desk की टीम ने इस अनुवाद की समीक्षा नहीं की है।'],
  ],
  es: [
    [{ kind: 'as-received' }, 'Esta noticia procede del servicio de sindicación de Harbour Wire tal como llegó; el equipo de Samachar Desk no la ha modificado.'],
    [{ kind: 'headline-edited' }, 'Salvo el titular, esta noticia procede del servicio de sindicación de Harbour Wire sin cambios del equipo de Samachar Desk.'],
    [{ kind: 'edited' }, 'Esta noticia procede del servicio de sindicación de Harbour Wire y el equipo de Samachar Desk la ha editado.'],
    [{ kind: 'corrected' }, 'Esta noticia procede del servicio de sindicación de Harbour Wire; el equipo de Samachar Desk la ha corregido después de publicarla.'],
    [{ kind: 'machine-translated', from: 'en', reviewed: true }, 'Esta noticia procede del servicio de sindicación de Harbour Wire. Es una traducción automática del inglés revisada por el equipo de Samachar Desk.'],
    [{ kind: 'machine-translated', from: 'en', reviewed: false }, 'Esta noticia procede del servicio de sindicación de Harbour Wire. Es una traducción automática del inglés que el equipo de Samachar Desk no ha revisado.'],
  ],
};

const LICENCE_SENTENCE: Record<string, string> = {
  en: 'Used under: Harbour Wire agreement HW-7.',
  hi: 'उपयोग की शर्तें: Harbour Wire agreement HW-7।',
  es: 'Uso bajo: Harbour Wire agreement HW-7.',
};

void describe('the notice says what happened, in the edition’s language', () => {
  for (const [lang, cases] of Object.entries(EXPECTED)) {
    test(`every case in ${lang}, naming the source and the licence`, () => {
      for (const [history, sentence] of cases) assert.equal(text(lang, history), `${sentence} ${LICENCE_SENTENCE[lang]}`, history.kind);
      assert.equal(new Set(cases.map(([history]) => text(lang, history))).size, cases.length, 'no two cases read alike');
    });
  }

  test('the source notice in the page language is added; one in another language is not', () => {
    const hi = composeNotice({ ...base, licence: 'CC BY 4.0', sourceNotice: { hi: 'हार्बर वायर की अनुमति से।', en: 'By permission of Harbour Wire.' } });
    assert.equal(hi.text, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से जैसी आई वैसी ही ली गई है; Samachar Desk की टीम ने इसमें कोई बदलाव नहीं किया है। उपयोग की शर्तें: CC BY 4.0। हार्बर वायर की अनुमति से।');
    const es = composeNotice({ ...base, lang: 'es', sourceNotice: { en: 'By permission of Harbour Wire.' } });
    assert.doesNotMatch(es.text, /permission/u);
    assert.equal(es.lang, 'es');
    assert.doesNotMatch(composeNotice({ ...base, sourceNotice: 'Distributed under licence.' }).text, /Distributed/u);
    assert.match(composeNotice({ ...base, lang: 'en', sourceNotice: 'Distributed under licence.' }).text, /Distributed under licence\.$/u);
    assert.doesNotMatch(composeNotice({ ...base, licence: null }).text, /शर्तें/u, 'no licence, no licence sentence');
  });

  test('an edition language without templates gets the English notice, marked as English', () => {
    const notice = composeNotice({ ...base, lang: 'ta' });
    assert.equal(notice.lang, 'en');
    assert.match(notice.text, /^This story comes from the Harbour Wire/u);
  });
});

void describe('the case comes from the revisions and the translation’s review', () => {
  const none = { staffEdited: [], corrections: [] };
  const correction = { at: '2026-05-01T10:00:00Z', note: 'n', actor: 'a', revision: 2 };

  test('what staff changed', () => {
    assert.deepEqual(noticeCase(none, null), { kind: 'as-received' });
    assert.deepEqual(noticeCase({ staffEdited: ['headline'], corrections: [] }, null), { kind: 'headline-edited' }, 'the seed page’s case');
    assert.deepEqual(noticeCase({ staffEdited: ['headline', 'section'], corrections: [] }, null), { kind: 'headline-edited' });
    assert.deepEqual(noticeCase({ staffEdited: ['section'], corrections: [] }, null), { kind: 'as-received' }, 'a move is no edit');
    assert.deepEqual(noticeCase({ staffEdited: ['headline', 'body'], corrections: [] }, null), { kind: 'edited' });
    assert.deepEqual(noticeCase({ staffEdited: ['body'], corrections: [correction] }, null), { kind: 'corrected' });
  });

  test('a translation is told as one, reviewed or not', () => {
    assert.deepEqual(noticeCase({ staffEdited: ['headline'], corrections: [] }, { fromLang: 'en', reviewed: true }), { kind: 'machine-translated', from: 'en', reviewed: true });
    assert.deepEqual(noticeCase(none, { fromLang: 'ur', reviewed: false }), { kind: 'machine-translated', from: 'ur', reviewed: false });
  });
});
