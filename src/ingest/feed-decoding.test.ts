import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeFeedBytes } from './feed-decoding.ts';

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

  void test('a UTF-16 label on a body that starts in ASCII is read as UTF-8', () => {
    const decoded = decodeFeedBytes(Buffer.from(HINDI.replace('?>', ' encoding="UTF-16"?>')));
    assert.match(decoded.text, /नीलगिरि/);
  });
});
