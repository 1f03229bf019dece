import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitDateline } from './dateline.ts';

describe('datelines that are recognised', () => {
  const cases: [string, string, string, string][] = [
    ['SEOUL — South Korea’s parliament voted on Friday.', 'en', 'SEOUL', 'South Korea’s parliament voted on Friday.'],
    ['SEOUL, Nov 29 (Wire) - South Korea’s parliament voted.', 'en', 'SEOUL', 'South Korea’s parliament voted.'],
    ['NEW DELHI: The government on Wednesday issued rules.', 'en', 'NEW DELHI', 'The government on Wednesday issued rules.'],
    ['NEW DELHI, Nov 29: The government issued rules.', 'en', 'NEW DELHI', 'The government issued rules.'],
    ['LONDON (Wire) — Britain said on Monday.', 'en', 'LONDON', 'Britain said on Monday.'],
    ['WASHINGTON, D.C. — Lawmakers met.', 'en', 'WASHINGTON', 'Lawmakers met.'],
    ['ST. LOUIS, Mo., Nov. 29 — A storm hit.', 'en', 'ST. LOUIS', 'A storm hit.'],
    ['RIO DE JANEIRO — Rain fell.', 'en', 'RIO DE JANEIRO', 'Rain fell.'],
    ['SÃO PAULO: Markets rose.', 'en', 'SÃO PAULO', 'Markets rose.'],
    ['SEOUL—The talks ended.', 'en', 'SEOUL', 'The talks ended.'],
    ['सियोल: दक्षिण कोरिया की संसद ने प्रस्ताव पारित किया।', 'hi', 'सियोल', 'दक्षिण कोरिया की संसद ने प्रस्ताव पारित किया।'],
    ['नई दिल्ली, 29 नवंबर: सरकार ने नए नियम जारी किए।', 'hi', 'नई दिल्ली', 'सरकार ने नए नियम जारी किए।'],
    ['मुंबई (भाषा): शेयर बाज़ार में तेज़ी रही।', 'hi', 'मुंबई', 'शेयर बाज़ार में तेज़ी रही।'],
    ['उत्तर प्रदेश विधानसभा: सत्र आज से शुरू।', 'hi', 'उत्तर प्रदेश विधानसभा', 'सत्र आज से शुरू।'],
  ];
  for (const [input, lang, dateline, rest] of cases) {
    test(input, () => {
      assert.deepEqual(splitDateline(input, lang), { dateline, rest });
    });
  }

  test('a dateline standing alone as a paragraph leaves nothing after it', () => {
    assert.deepEqual(splitDateline('सियोल:', 'hi'), { dateline: 'सियोल', rest: '' });
    assert.deepEqual(splitDateline('SEOUL —', 'en'), { dateline: 'SEOUL', rest: '' });
  });

  test('rest is always a suffix of the input', () => {
    const input = '  NEW DELHI:   The rest.';
    const split = splitDateline(input, 'en');
    assert.ok(split && input.endsWith(split.rest));
  });
});

describe('openings that are not datelines', () => {
  const cases: [string, string][] = [
    ['He said: the talks will go on.', 'en'],
    ['The US — and its allies — disagreed.', 'en'],
    ['BREAKING: Parliament dissolved.', 'en'],
    ['UPDATE: Figures revised.', 'en'],
    ['NATO, Sweden and Finland said: more talks.', 'en'],
    ['SEOUL-BASED firms rallied.', 'en'],
    ['A — the first option.', 'en'],
    ['Seoul: talks resume.', 'en'],
    ['उन्होंने कहा: हम बातचीत जारी रखेंगे।', 'hi'],
    ['मंत्री ने कहा: फैसला जल्द होगा।', 'hi'],
    ['नोट: यह खबर अपडेट की जा रही है।', 'hi'],
    ['यह भी पढ़ें: बारिश का अलर्ट', 'hi'],
    ['दक्षिण कोरिया की संसद ने शुक्रवार को एक प्रस्ताव पारित किया: बजट मंज़ूर।', 'hi'],
    ['', 'hi'],
  ];
  for (const [input, lang] of cases) {
    test(input || '(empty)', () => {
      assert.equal(splitDateline(input, lang), null);
    });
  }
});
