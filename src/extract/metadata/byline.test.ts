import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineFromAuthors } from './byline.ts';

test('one, two and more authors, joined in the article language', () => {
  assert.equal(bylineFromAuthors(['Jane Roe'], 'en'), 'Jane Roe');
  assert.equal(bylineFromAuthors(['Jane Roe', 'Ravi Kumar'], 'en'), 'Jane Roe and Ravi Kumar');
  assert.equal(bylineFromAuthors(['Jane Roe', 'Ravi Kumar', 'Min-ji Park'], 'en'), 'Jane Roe, Ravi Kumar, and Min-ji Park');
  assert.equal(bylineFromAuthors(['रवि कुमार', 'सीमा शर्मा'], 'hi'), 'रवि कुमार और सीमा शर्मा');
});

test('desk names are dropped when a person is credited, kept when nobody else is', () => {
  assert.equal(bylineFromAuthors(['Staff', 'Jane Roe', 'Agencies'], 'en'), 'Jane Roe');
  assert.equal(bylineFromAuthors(['Web Desk'], 'en'), 'Web Desk');
  assert.equal(bylineFromAuthors(['वेब डेस्क', 'रवि कुमार'], 'hi'), 'रवि कुमार');
  assert.equal(bylineFromAuthors(['Staff', 'Agencies'], 'en'), 'Staff and Agencies');
});

test('empty names, duplicates, "By" prefixes and RSS e-mail forms are cleaned', () => {
  assert.equal(bylineFromAuthors(['', '  ', 'By Jane Roe', 'jane roe'], 'en'), 'Jane Roe');
  assert.equal(bylineFromAuthors(['desk@wire.example (Ravi  Kumar)'], 'en'), 'Ravi Kumar');
  assert.equal(bylineFromAuthors(['noreply@wire.example'], 'en'), null);
  assert.equal(bylineFromAuthors([], 'und'), null);
});
