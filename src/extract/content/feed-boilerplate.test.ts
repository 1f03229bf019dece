import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToBlocks } from '../html/block-text.ts';
import { isBoilerplateText, withoutBoilerplate, withoutTrailingEllipsis } from './feed-boilerplate.ts';

test('generator lines are recognised in English and Hindi', () => {
  assert.ok(isBoilerplateText('The post Port strike ends appeared first on Harbour Times.'));
  assert.ok(isBoilerplateText('Continue reading →'));
  assert.ok(isBoilerplateText('और पढ़ें'));
  assert.ok(isBoilerplateText('पूरी खबर पढ़ें: samachar.example'));
  assert.ok(isBoilerplateText('[…]'));
});

test('story sentences that merely mention such words are not boilerplate', () => {
  assert.ok(!isBoilerplateText('Readers can read more about the plan on the council website, officials said on Friday.'));
  assert.ok(!isBoilerplateText('उन्होंने कहा कि छात्र और पढ़ें, यही सरकार की कोशिश है।'));
});

test('only trailing boilerplate paragraphs are removed', () => {
  const blocks = textToBlocks('Read more\n\nThe story.\n\nRead more\n\nThe post X appeared first on Y.');
  assert.equal(withoutBoilerplate(blocks).length, 2);
});

test('excerpt ellipses are removed from the end only', () => {
  assert.equal(withoutTrailingEllipsis('Dock workers voted … to end the strike […]'), 'Dock workers voted … to end the strike');
  assert.equal(withoutTrailingEllipsis('Ships waited...'), 'Ships waited');
});
