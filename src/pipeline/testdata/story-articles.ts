/** Fictional articles for the story-assignment tests: one wire story, its copies, a rewrite, and an unrelated story. */

export interface StoryFixture {
  source: string;
  guid: string;
  headline: string;
  text: string;
  published: string;
}

const BRIDGE_WIRE = [
  'The Velmora river bridge in Tarnwick reopened to traffic on Tuesday after eighteen months of repairs, the regional transport board said.',
  'Engineers replaced all 212 steel cables of the suspension bridge, which carries about 40,000 vehicles a day between Tarnwick and the port of Ossery.',
  'Board chair Ilse Moravec said the repairs cost 96 million crowns, eleven million less than budgeted, and that tolls would stay at their old level.',
  'Ferry operators, who carried commuters during the closure, said they would cut their crossings back to two an hour from Monday.',
].join('\n\n');

const BRIDGE_REWRITE = [
  'Commuters between Tarnwick and Ossery drove across the Velmora bridge again on Tuesday as the suspension bridge reopened after eighteen months.',
  'Ilse Moravec of the Tarnwick transport board said the new steel cables had come in under budget at 96 million crowns.',
  'Drivers queued before dawn to be among the first across; the ferries that replaced the bridge will run less often from Monday.',
].join('\n\n');

const ORCHARD = [
  'Apple growers in the Quenby valley expect their smallest harvest in a decade after a late frost in April destroyed blossom on two thirds of the orchards.',
  'The growers cooperative said cider makers in Lowmarsh would buy fruit from abroad for the first time since the cooperative was founded.',
  'Orchard owner Petra Vasko said many small farms would not survive another year like this one without help from the province.',
].join('\n\n');

export const BRIDGE_ORIGINAL: StoryFixture = {
  source: 'wire',
  guid: 'bridge',
  headline: 'Velmora bridge in Tarnwick reopens after 18 months of repairs',
  text: BRIDGE_WIRE,
  published: '2026-11-24T06:00:00Z',
};

export const BRIDGE_COPY: StoryFixture = {
  source: 'post',
  guid: 'post-bridge',
  headline: 'Tarnwick bridge open again',
  text: BRIDGE_WIRE,
  published: '2026-11-24T07:30:00Z',
};

export const BRIDGE_SECOND_COPY: StoryFixture = { ...BRIDGE_COPY, source: 'ledger', guid: 'ledger-bridge', published: '2026-11-24T08:00:00Z' };

export const BRIDGE_OWN_WORDS: StoryFixture = {
  source: 'ledger',
  guid: 'ledger-bridge-commuters',
  headline: 'Tarnwick commuters return to the Velmora bridge',
  text: BRIDGE_REWRITE,
  published: '2026-11-24T09:00:00Z',
};

export const ORCHARD_STORY: StoryFixture = {
  source: 'post',
  guid: 'orchard',
  headline: 'Late frost leaves Quenby valley orchards with smallest harvest in a decade',
  text: ORCHARD,
  published: '2026-11-24T08:30:00Z',
};

/** The wire's update, sent as a new item: a new lead above the earlier text, under a marked headline. */
export const BRIDGE_UPDATE: StoryFixture = {
  source: 'wire',
  guid: 'bridge-update-1',
  headline: 'UPDATE 1-First lorries cross reopened Velmora bridge in Tarnwick',
  text: `The first lorries crossed the reopened Velmora river bridge in Tarnwick at noon on Tuesday, ending eighteen months in which freight to the port of Ossery went round by the coast road.\n\n${BRIDGE_WIRE}`,
  published: '2026-11-24T12:30:00Z',
};

/** The same wire's sidebar on the event: a report of its own, not a version. */
export const BRIDGE_SIDEBAR: StoryFixture = {
  source: 'wire',
  guid: 'bridge-ferries',
  headline: 'Ossery ferry crews face shorter timetable as Velmora bridge reopens',
  text: [
    'Crews of the three ferries that carried Tarnwick commuters across the Velmora during the bridge repairs learned on Tuesday that their crossings will be cut back from Monday.',
    'Deckhand Oren Salo said most of the extra crew hired for the closure had been told their contracts would end with the month.',
    'The ferry company said it would keep an hourly winter service for cyclists and walkers who had come to prefer the crossing.',
  ].join('\n\n'),
  published: '2026-11-24T10:00:00Z',
};
