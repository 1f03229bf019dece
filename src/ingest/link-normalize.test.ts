import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLink } from './link-normalize.ts';

void test('tracking parameters go, other parameters stay in their order', () => {
  assert.equal(
    normalizeLink('https://harbour.example/port/ferry?utm_source=rss&id=7&utm_medium=feed&page=2&fbclid=abc'),
    'https://harbour.example/port/ferry?id=7&page=2',
  );
  assert.equal(normalizeLink('https://harbour.example/a?b=2&a=1'), 'https://harbour.example/a?b=2&a=1');
  for (const name of ['gclid', 'mc_cid', 'mc_eid', 'ref_src', 'UTM_Campaign', 'msclkid']) {
    assert.equal(normalizeLink(`https://harbour.example/a?${name}=x`), 'https://harbour.example/a', name);
  }
});

void test('scheme and host lose their case, the default port and the fragment go; the path keeps its case', () => {
  assert.equal(normalizeLink('HTTPS://Harbour.EXAMPLE:443/Port/Ferry#comments'), 'https://harbour.example/Port/Ferry');
  assert.equal(normalizeLink('http://harbour.example:80/a'), 'http://harbour.example/a');
  assert.equal(normalizeLink('http://harbour.example:8080/a'), 'http://harbour.example:8080/a');
});

void test('parameters that look like tracking but are not are kept; encoding is kept as written', () => {
  assert.equal(normalizeLink('https://h.example/a?ref=rss&utm=1&q=a%20b'), 'https://h.example/a?ref=rss&utm=1&q=a%20b');
  assert.equal(normalizeLink('https://h.example/a?utm_source=x'), 'https://h.example/a');
});

void test('text that is not an http(s) URL comes back trimmed', () => {
  assert.equal(normalizeLink('  urn:uuid:1234 '), 'urn:uuid:1234');
  assert.equal(normalizeLink('not a url'), 'not a url');
});
