import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeHtml } from './html-decoding.ts';

/**
 * A page's bytes from ASCII markup and raw bytes written out by hand, so each
 * test states the encoding's bytes itself instead of trusting an encoder.
 */
function page(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'ascii') : Buffer.from(part)));
  return new Uint8Array(Buffer.concat(chunks));
}

const HINDI = 'जलाशय में पानी बढ़ा';
const UTF8_BOM = [0xef, 0xbb, 0xbf];

describe('decodeHtml', () => {
  test('UTF-8 Devanagari without a label or BOM is read as UTF-8, not windows-1252', () => {
    const bytes = new Uint8Array(Buffer.from(`<!doctype html><title>${HINDI}</title><p>${HINDI}</p>`));
    const { html, encoding } = decodeHtml(bytes, null);
    assert.equal(encoding, 'utf-8');
    assert.equal(html, `<!doctype html><title>${HINDI}</title><p>${HINDI}</p>`);
  });

  test('UTF-8 Devanagari with a BOM loses the BOM', () => {
    const bytes = page(UTF8_BOM, '<p>', [...Buffer.from(HINDI)], '</p>');
    const { html, encoding } = decodeHtml(bytes, 'text/html');
    assert.equal(encoding, 'utf-8');
    assert.equal(html, `<p>${HINDI}</p>`);
  });

  test('a BOM wins over an HTTP charset that lies (WHATWG: BOM first)', () => {
    const bytes = page(UTF8_BOM, '<meta charset="iso-8859-2"><p>', [...Buffer.from(HINDI)]);
    const { html, encoding } = decodeHtml(bytes, 'text/html; charset=windows-1252');
    assert.equal(encoding, 'utf-8');
    assert.ok(html.endsWith(HINDI));
  });

  test('Devanagari in UTF-16LE with a BOM, as old Windows tools saved it', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>${HINDI}</p>`, 'utf16le')]));
    const { html, encoding } = decodeHtml(bytes, 'text/html; charset=utf-8');
    assert.equal(encoding, 'utf-16le');
    assert.equal(html, `<p>${HINDI}</p>`);
  });

  test('windows-1252 from a meta charset, with the 0x80–0x9F punctuation browsers show', () => {
    // "Café — “five” €5" in windows-1252.
    const bytes = page('<html><head><meta charset="windows-1252"></head><p>Caf', [0xe9], ' ', [0x97], ' ', [0x93], 'five', [0x94], ' ', [0x80], '5</p>');
    const { html, encoding } = decodeHtml(bytes, null);
    assert.equal(encoding, 'windows-1252');
    assert.match(html, /<p>Café — “five” €5<\/p>/u);
  });

  test('unlabelled bytes that are not UTF-8 fall back to windows-1252', () => {
    const { html, encoding } = decodeHtml(page('<p>na', [0xef], 've r', [0xe9], 'sum', [0xe9], '</p>'), null);
    assert.equal(encoding, 'windows-1252');
    assert.equal(html, '<p>naïve résumé</p>');
  });

  test('ISO-8859-1 is read as windows-1252, as the Encoding Standard maps the label', () => {
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>', [0x93], 'Gr', [0xfc], [0xdf], 'e', [0x94], '</p>');
    const { html, encoding } = decodeHtml(bytes, null);
    assert.equal(encoding, 'windows-1252');
    assert.match(html, /<p>“Grüße”<\/p>/u);
  });

  test('ISO-8859-15 from the HTTP header: 0xA4 is the euro sign, not the currency sign', () => {
    const bytes = page('<p>', [0xa4], '12 ', [0xbd], 'uvre ', [0xa6], 'koda</p>');
    const { html, encoding } = decodeHtml(bytes, 'text/html; charset="ISO-8859-15"');
    assert.equal(encoding, 'iso-8859-15');
    assert.equal(html, '<p>€12 œuvre Škoda</p>');
  });

  test('the HTTP charset wins over the meta charset', () => {
    const bytes = page('<meta charset="utf-8"><p>', [0xa4], '</p>');
    assert.equal(decodeHtml(bytes, 'text/html;charset=iso-8859-15').html, '<meta charset="utf-8"><p>€</p>');
  });

  test('an unknown HTTP charset is ignored and the meta charset is used', () => {
    const bytes = page('<meta charset="iso-8859-15"><p>', [0xa4], '</p>');
    assert.equal(decodeHtml(bytes, 'text/html; charset=klingon').encoding, 'iso-8859-15');
  });

  test('Shift_JIS from the meta prescan', () => {
    // 日本語 is 93 FA 96 7B 8C EA in Shift_JIS.
    const bytes = page('<!DOCTYPE html>\n<html><head><meta http-equiv="content-type" content="text/html;charset=Shift_JIS">', '</head><body><p>', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], '</p>');
    const { html, encoding } = decodeHtml(bytes, null);
    assert.equal(encoding, 'shift_jis');
    assert.ok(html.endsWith('<p>日本語</p>'));
  });

  test('a meta charset after the first 1024 bytes is not seen, as the spec prescan says', () => {
    const bytes = page('<!--', ' '.repeat(1100), '--><meta charset="iso-8859-15"><p>na', [0xef], 've</p>');
    assert.equal(decodeHtml(bytes, null).encoding, 'windows-1252');
  });

  test('a meta naming UTF-16 on an ASCII-compatible page means UTF-8', () => {
    const bytes = page('<meta charset="utf-16"><p>', [...Buffer.from(HINDI)], '</p>');
    const { html, encoding } = decodeHtml(bytes, null);
    assert.equal(encoding, 'utf-8');
    assert.ok(html.includes(HINDI));
  });

  test('decomposed Devanagari comes out NFC', () => {
    // न + nukta composes to ऩ; क़ (U+0958) is a composition exclusion, so its NFC is क + nukta.
    const bytes = new Uint8Array(Buffer.from('<p>\u0928\u093c \u0958</p>'));
    const { html } = decodeHtml(bytes, 'text/html; charset=utf-8');
    assert.equal(html, '<p>\u0929 \u0915\u093c</p>');
    assert.equal(html, html.normalize('NFC'));
  });

  test('a page labelled with an encoding browsers refuse (iso-2022-kr and the like) decodes to U+FFFD, as they show it', () => {
    for (const [bytes, contentType] of [
      [page('<meta charset="replacement"><p>', [...Buffer.from('text')], '</p>'), null],
      [page('<meta http-equiv="content-type" content="text/html; charset=ISO-2022-KR"><p>', [0x1b, 0x24, 0x29, 0x43], '</p>'), null],
      [page('<p>', [...Buffer.from('text')], '</p>'), 'text/html; charset=hz-gb-2312'],
    ] as const) {
      assert.deepEqual(decodeHtml(bytes, contentType), { html: '\ufffd', encoding: 'replacement' });
    }
  });

  test('a view into a larger buffer decodes only its own bytes', () => {
    const whole = Buffer.from(`xxxx<p>${HINDI}</p>yyyy`);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, whole.length - 8);
    assert.equal(decodeHtml(view, null).html, `<p>${HINDI}</p>`);
  });
});
