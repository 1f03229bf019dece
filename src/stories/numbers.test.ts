import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NUMBERS, monthWord, numbersIn, numberWord } from './numbers.ts';

test('numbers read the same in Devanagari digits, Indian and Western grouping', () => {
  assert.deepEqual(numbersIn('१,२०० परिवार, 4.5 मीटर, 2026'), ['1200', '4.5', '2026']);
  assert.deepEqual(numbersIn('1,200 families; 1,00,000 rupees; 007.'), ['1200', '100000', '7']);
  assert.deepEqual(numbersIn('no figures here'), []);
});

test('a table of numbers yields at most MAX_NUMBERS', () => {
  assert.equal(numbersIn(Array.from({ length: 1000 }, (_, i) => String(i)).join(' ')).length, MAX_NUMBERS);
});

test('small numbers written as words read as digits in both languages; "one" and "एक" do not', () => {
  assert.equal(numberWord('Twelve'), '12');
  assert.equal(numberWord('बारह'), '12');
  assert.equal(numberWord('हज़ार'), numberWord('thousand'));
  assert.equal(numberWord('one'), null);
  assert.equal(numberWord('एक'), null);
});

test('Urdu digits and number words, and the teens and tens, read as digits too', () => {
  assert.deepEqual(numbersIn('۲۰۲۴ میں ۱۲ لوگ'), ['2024', '12']);
  assert.equal(numberWord('پانچ'), '5');
  assert.equal(numberWord('fourteen'), numberWord('चौदह'));
  assert.equal(numberWord('ninety'), numberWord('نوے'));
});

test('month names read the same in English, Hindi and Urdu; march and may in lower case are not months', () => {
  assert.equal(monthWord('September'), monthWord('सितंबर'));
  assert.equal(monthWord('सितम्बर'), monthWord('ستمبر'));
  assert.equal(monthWord('May'), 'M5');
  assert.equal(monthWord('may'), null);
  assert.equal(monthWord('march'), null);
});
