import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeFeedBytes, mayChangeUnderNfc } from './feed-decoding.ts';

const HINDI = '<?xml version="1.0"?><rss><channel><title>नीलगिरि समाचार</title></channel></rss>';

function latin1Feed(declared: string): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="${declared}"?><rss><channel><title>Café Señor</title></channel></rss>`, 'latin1');
}

void describe('decodeFeedBytes', () => {
  void test('UTF-8 without any label', () => {
    const decoded = decodeFeedBytes(Buffer.from(HINDI));
    assert.equal(decoded.text, HINDI);
    assert.equal(decoded.encoding, 'utf-8');
    assert.deepEqual(decoded.warnings, []);
  });

  void test('a byte order mark wins over the labels and is removed', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HINDI, 'utf16le')]);
    assert.equal(decodeFeedBytes(utf16, 'text/xml; charset=iso-8859-1').text, HINDI);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HINDI)]);
    assert.equal(decodeFeedBytes(utf8).text, HINDI);
  });

  void test('the XML declaration names a legacy encoding', () => {
    // "–" and "€" are not in Latin-1; windows-1252 has them at 0x96 and 0x80.
    const bytes = Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>Café \u0096 5 \u0080</t>', 'latin1');
    const decoded = decodeFeedBytes(bytes);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.text, '<?xml version="1.0" encoding="windows-1252"?><t>Café – 5 €</t>');
  });

  void test('the Content-Type charset wins over the declaration (RFC 7303)', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="utf-8"?><t>Señor</t>', 'latin1');
    const decoded = decodeFeedBytes(bytes, 'application/rss+xml; charset="ISO-8859-1"');
    assert.equal(decoded.text, '<?xml version="1.0" encoding="utf-8"?><t>Señor</t>');
  });

  void test('a false "charset=utf-8" on Latin-1 bytes gives way to the declaration, with a warning', () => {
    const decoded = decodeFeedBytes(latin1Feed('ISO-8859-1'), 'text/xml; charset=utf-8');
    assert.equal(decoded.encoding, 'windows-1252');
    assert.match(decoded.text, /Café Señor/);
    assert.match(decoded.warnings[0] ?? '', /not valid UTF-8/);
  });

  void test('an unknown label is ignored with a warning', () => {
    const decoded = decodeFeedBytes(Buffer.from(HINDI), 'text/xml; charset=klingon-8');
    assert.equal(decoded.text, HINDI);
    assert.deepEqual(decoded.warnings, ['unknown character encoding "klingon-8" ignored']);
  });

  void test('Shift_JIS and ISO-8859-x, from the declaration or the Content-Type', () => {
    const declared = (encoding: string, title: number[]) =>
      Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${encoding}"?><title>`), Buffer.from(title), Buffer.from('</title>')]);
    const tokyo = [0x93, 0x8c, 0x8b, 0x9e, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58];
    const sjis = decodeFeedBytes(declared('Shift_JIS', tokyo));
    assert.equal(sjis.encoding, 'shift_jis');
    assert.match(sjis.text, /<title>東京ニュース<\/title>/);
    assert.match(decodeFeedBytes(declared('ISO-8859-7', [0xc1, 0xe8, 0xde, 0xed, 0xe1])).text, /<title>Αθήνα<\/title>/);
    assert.match(decodeFeedBytes(declared('iso-8859-5', [0xbc, 0xde, 0xe1, 0xda, 0xd2, 0xd0])).text, /<title>Москва<\/title>/);
    const unlabelled = Buffer.from([...Buffer.from('<title>'), 0xa3, 0xf3, 0x64, 0xbc, ...Buffer.from('</title>')]);
    assert.equal(decodeFeedBytes(unlabelled, 'text/xml; charset=ISO-8859-2').text, '<title>Łódź</title>');
  });

  void test('text comes out in NFC, whatever form the feed used', () => {
    const decomposed = '<t>Cafe\u0301 \u0915\u093c\u0932\u092e</t>'; // e + acute; क + nukta
    const decoded = decodeFeedBytes(Buffer.from(decomposed));
    assert.equal(decoded.text, '<t>Café \u0958\u0932\u092e</t>'.normalize('NFC'));
    assert.ok(decoded.text.includes('Caf\u00e9'));
  });

  void test('a UTF-16 label on a body that starts in ASCII is read as UTF-8', () => {
    const decoded = decodeFeedBytes(Buffer.from(HINDI.replace('?>', ' encoding="UTF-16"?>')));
    assert.match(decoded.text, /नीलगिरि/);
  });

  void test('the NFC shortcut: no pair of characters it lets through changes under NFC, and the rest is still composed', () => {
    const safe: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCharCode(code);
      if (!mayChangeUnderNfc(char)) safe.push(char);
    }
    assert.ok(safe.includes('\u094d') && safe.includes('\u093c') && !safe.includes('\u0958'), 'the set is the one described');
    const changed: string[] = [];
    for (const first of safe) {
      if (first.normalize('NFC') !== first) changed.push(first);
      for (const second of safe) {
        const pair = first + second;
        if (!mayChangeUnderNfc(pair) && pair.normalize('NFC') !== pair) changed.push(pair);
      }
    }
    assert.deepEqual(changed, []);
    // What it stops still goes through NFC: न + nukta is ऩ, क़ decomposes, a nukta after a virama goes before it;
    // a nukta after ड stays apart, as NFC leaves it.
    const decoded = decodeFeedBytes(Buffer.from('<t>\u0928\u093c \u0958 \u0915\u094d\u093c \u0921\u093c</t>')).text;
    assert.equal(decoded, '<t>\u0929 \u0915\u093c \u0915\u093c\u094d \u0921\u093c</t>');
  });
});
