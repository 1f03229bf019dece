import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertLinearTime } from '../../../test/linear-time.ts';
import { headlineFromTitle, matchesHeadline, stripSiteName, withoutLabels } from './page-title.ts';

test('the site name is cut from the ends of a title, by name or by host, and inner separators stay', () => {
  assert.equal(stripSiteName('Rain - and more rain | Harbor Herald', ['Harbor Herald'], null), 'Rain - and more rain');
  assert.equal(stripSiteName('दैनिक संवाद - नदी पर नया पुल खुला', ['दैनिक संवाद'], null), 'नदी पर नया पुल खुला');
  assert.equal(stripSiteName('Ferry fares rise – harborherald.example', [], 'www.harborherald.example'), 'Ferry fares rise');
  assert.equal(stripSiteName('COVID-19 cases fall', ['Harbor Herald'], null), 'COVID-19 cases fall');
});

test('a site name that holds a separator of its own is cut whole', () => {
  const site = 'Harbor Gym | Open 24/7 in Kent and Sussex';
  assert.equal(stripSiteName('Ten rowing drills for beginners - Harbor Gym | Open 24/7 in Kent and Sussex', [site], null), 'Ten rowing drills for beginners');
  assert.equal(stripSiteName('Harbor Gym | Open 24/7 in Kent and Sussex | Ten rowing drills', [site], null), 'Ten rowing drills');
  // Segments that only begin the site's name are no site name.
  assert.equal(stripSiteName('Ten rowing drills | Harbor Gym', [site], null), 'Ten rowing drills | Harbor Gym');
});

test('a visible headline matches the same text, a text cut with "…", or one segment of a title', () => {
  assert.ok(matchesHeadline('Tide gates fail during…', 'Tide gates fail during the storm'));
  assert.ok(matchesHeadline('Harbor Herald | Local | Tide gates fail', 'Tide gates fail'));
  assert.ok(!matchesHeadline('Tide gates fail during the storm', 'Local'));
  assert.ok(!matchesHeadline('Harbor Herald | Local', 'Weather'));
  // A run of segments with a separator inside, but only whole segments: no headline begins mid-segment.
  assert.ok(matchesHeadline('Harbor Herald | Rain - and more rain | Local', 'Rain - and more rain'));
  assert.ok(!matchesHeadline('Harbor Herald | Tide gates fail today', 'Tide gates fail'));
  assert.ok(!matchesHeadline('Harbor Herald | Tide gates fail | Local', 'gates fail | Local'));
});

test('a hostile title of thousands of separators or spaces costs time in proportion to its length', () => {
  const visible = 'Tide gates fail during the storm';
  assertLinearTime('"Tide | " repeated', (title: string) => matchesHeadline(title, visible), (size: number) => `${'Tide | '.repeat(size)}Harbor Herald`, 20);
  assertLinearTime('a run of spaces', (title: string) => matchesHeadline(title, visible), (size: number) => `Tide${' '.repeat(size)}gates`, 2000);
  assertLinearTime('a run of spaces, site name', (title: string) => stripSiteName(title, ['Harbor Herald'], null), (size: number) => `Tide${' '.repeat(size)}gates | Harbor Herald`, 2000);
});

test('without a visible headline, a title keeps its longest segment only when the others are labels', () => {
  assert.equal(headlineFromTitle('Harbor Herald | Local | Fog delays the morning ferries'), 'Fog delays the morning ferries');
  assert.equal(headlineFromTitle('Rain - and more rain'), 'Rain - and more rain');
});

test('labels after a pipe leave a headline; dashes, colons, guillemets and a Hindi danda typed as a pipe stay', () => {
  assert.equal(withoutLabels('Best ferry routes in Kent 2026 | Top 19 Operators'), 'Best ferry routes in Kent 2026');
  assert.equal(withoutLabels('Opinion | Why the ferry fares must fall'), 'Why the ferry fares must fall');
  assert.equal(withoutLabels('Digest #18 – A world without work?'), 'Digest #18 – A world without work?');
  assert.equal(withoutLabels('Screenshot : «Vape Wave», «6 Days»'), 'Screenshot : «Vape Wave», «6 Days»');
  assert.equal(withoutLabels('नदी पर पुल खुला | गांव के लोगों को राहत'), 'नदी पर पुल खुला | गांव के लोगों को राहत');
  // Two long parts: no label to drop.
  const twoParts = 'Ferry fares rise again this winter | Commuters plan a protest march';
  assert.equal(withoutLabels(twoParts), twoParts);
});
