import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyStart, ERROR_BODY_START_CHARS } from './body-start.ts';

test('keeps the first 40 characters of a body, on one line', () => {
  const html = '\n\n   <!DOCTYPE html>\n<html>\n  <head><title>Sign in to continue reading</title></head>';
  const start = bodyStart(Buffer.from(html));
  assert.equal(start, '<!DOCTYPE html> <html> <head><title>Sign');
  assert.equal(start?.length, ERROR_BODY_START_CHARS);
});

const graphemes = (text: string) => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].length;

test('counts characters as a reader does, not bytes or code points, and never leaves half a character', () => {
  const hindi = 'सेवा अस्थायी रूप से उपलब्ध नहीं है, कृपया कुछ देर बाद फिर से प्रयास करें';
  const start = bodyStart(Buffer.from(hindi)) ?? '';
  assert.equal(graphemes(start), ERROR_BODY_START_CHARS);
  assert.ok(hindi.startsWith(start));
  assert.ok(start.length > ERROR_BODY_START_CHARS, 'more code units than characters');
  assert.equal(bodyStart('👍🏽'.repeat(50)), '👍🏽'.repeat(40));
});

test('control and bidi characters do not survive; a blank body is none', () => {
  assert.equal(bodyStart('Service\u001b[31m down\u202e now\u0000!'), 'Service [31m down now !');
  assert.equal(bodyStart(Buffer.from(' \n\t ')), null);
  assert.equal(bodyStart(Buffer.alloc(0)), null);
});
