import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNumbers } from './numbers.ts';
import { readNumbers } from './number-values.ts';

const check = (source: string, output: string) => checkNumbers({ source, output, pair: { from: 'en', to: 'hi' }, options: {} });

test('numbers agree across scripts, groupings and decimals', () => {
  assert.deepEqual(check('About 1,250 boats and 3.5 tonnes of fish.', 'लगभग १,२५० नावें और ३.५ टन मछली।'), []);
  assert.deepEqual(check('A fund of 100,000 rupees.', '1,00,000 रुपये का कोष।'), [], 'Indian grouping');
  assert.deepEqual(check('In 2031, 12 ships.', 'سنہ ۲۰۳۱ میں، ١٢ جہاز۔'), [], 'Extended Arabic-Indic and Arabic-Indic digits');
  assert.deepEqual(check('Tolls rose 2.50 per cent.', 'टोल 2.5 प्रतिशत बढ़ा।'), [], 'trailing decimal zeros');
});

test('scale words are multiplied out, so million and lakh agree', () => {
  assert.deepEqual(check('The port handled 1.2 million containers.', 'बंदरगाह ने 12 लाख कंटेनर संभाले।'), []);
  assert.deepEqual(check('A budget of 54 million.', '5.4 करोड़ का बजट।'), []);
  assert.equal(check('The port handled 1.2 million containers.', 'बंदरगाह ने 1.2 लाख कंटेनर संभाले।').length, 1);
});

test('a dropped or changed number is reported, once per missing occurrence', () => {
  const [dropped] = check('The ferry carried 48 passengers at 9:30.', 'फ़ेरी 9:30 बजे यात्रियों को ले गई।');
  assert.equal(dropped?.code, 'number-missing');
  assert.match(dropped.message, /48/);
  assert.equal(check('Fares rose 3.75 per cent.', 'किराया 3.57 प्रतिशत बढ़ा।').length, 1);
  assert.equal(check('Gates 4 and 4 again.', 'गेट 4 फिर से।').length, 1);
});

test('small ordinals and powers of units, which Hindi writes out, are not required', () => {
  assert.deepEqual(check('The 2nd pier covers 40 km2.', 'दूसरा घाट 40 वर्ग किलोमीटर में है।'), []);
  assert.equal(check('The 15th pier.', 'पंद्रहवाँ घाट।').length, 1, 'larger ordinals keep their digits in Hindi');
});

test('readNumbers gives canonical values and offsets', () => {
  assert.deepEqual(readNumbers('कुल ०७ और 1,000'), [
    { value: '7', start: 4, end: 6 },
    { value: '1000', start: 10, end: 15 },
  ]);
  assert.deepEqual(readNumbers('3,4').map((n) => n.value), ['3', '4'], 'not a grouping: two numbers');
});

test('the digits of placeholders are not numbers of the text', () => {
  assert.deepEqual(check('Read ⟦1⟧ on page 7.', 'पेज 7 पर ⟦2⟧ पढ़ें।'), []);
});
