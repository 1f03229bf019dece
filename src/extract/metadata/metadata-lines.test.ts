import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Block } from '../article.ts';
import { blocksToText } from '../html/block-text.ts';
import { withoutMetadataLines } from './metadata-lines.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ kind: 'text', text }] });
const heading = (text: string): Block => ({ type: 'heading', level: 3, content: [{ kind: 'text', text }] });

const FIRST = 'The ferry to Inchmore will run twice a day from Monday, after the island council agreed a winter timetable with the operator.';
const SECOND = 'Islanders had asked for an early crossing so that pupils can reach the secondary school on the mainland before the first bell.';

describe('withoutMetadataLines', () => {
  test('date, byline, reviewer and reading-time lines above the first paragraph and below the last go', () => {
    const blocks = [
      paragraph('Last Updated on December 30, 2025'),
      paragraph('reviewed by Morag Innes'),
      paragraph('3 MIN. READ'),
      paragraph('Posted On'),
      paragraph(FIRST),
      paragraph(SECOND),
      paragraph('Written by Calum Reid'),
      paragraph('Jan 13, 2025'),
    ];
    assert.equal(blocksToText(withoutMetadataLines(blocks)), `${FIRST}\n\n${SECOND}`);
  });

  test('a Hindi date alone goes; a Hindi label line is not known and stays', () => {
    const opening = 'सियोल में संसद ने सोमवार को नया बजट पारित किया, जिसमें स्कूलों और अस्पतालों के लिए अधिक धन रखा गया है और किसानों को राहत दी गई है।';
    const blocks = [paragraph('7 दिसंबर 2026'), paragraph(opening), paragraph('अपडेटेड 7 दिसंबर 2026')];
    assert.equal(blocksToText(withoutMetadataLines(blocks)), `${opening}\n\nअपडेटेड 7 दिसंबर 2026`);
  });

  test('between paragraphs a date line is a live blog\'s or a timeline\'s, and stays', () => {
    const blocks = [paragraph(FIRST), heading('December 7, 2026 10:32 AM'), paragraph('Updated: 7 December 2026'), paragraph(SECOND)];
    assert.equal(withoutMetadataLines(blocks).length, 4);
  });

  test('a line that holds more than a date or a name stays, wherever it is', () => {
    const blocks = [
      heading('Timetable from December 30, 2025'),
      paragraph('By the end of March'),
      paragraph(FIRST),
      paragraph(SECOND),
      paragraph('Published by the island council, December 2025: the full timetable is at the pier office.'),
      paragraph('By ferry and by bus'),
    ];
    assert.equal(withoutMetadataLines(blocks).length, 6);
  });

  test('a body with no paragraph of prose is left as it is', () => {
    const blocks = [paragraph('December 30, 2025'), paragraph('Written by Calum Reid')];
    assert.equal(withoutMetadataLines(blocks).length, 2);
  });
});
