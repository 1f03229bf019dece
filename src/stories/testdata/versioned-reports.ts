/**
 * Invented reports (places, people and outlets are fictional) for the
 * version tests: a wire story on a dam sluice failure sent three times
 * (the first take, an update with a new lead above the earlier text, and a
 * corrected figure under a changed headline), the same wire's separate
 * sidebar on the event, a paper that copies the first take and later the
 * update, and the wire's follow-up report a day later.
 */
export interface VersionedReport {
  id: string;
  source: string;
  headline: string;
  text: string;
  published: string;
}

const FIRST_TAKE = [
  'BRESKA — A sluice gate of the Ondrava dam above Breska failed on Thursday morning, sending water down the Liss valley and flooding the lower streets of two villages, the regional water authority said.',
  'Authority spokesman Teodor Valk said the gate, one of six on the spillway, jammed half open during routine maintenance shortly after seven o’clock and could not be closed from the control room.',
  'About 300 residents of Nizna and Stará Lúka were taken to the sports hall in Breska as a precaution. No one was reported hurt.',
  'The Ondrava dam was completed in 1971 and holds drinking water for about 80,000 people in the district. Its last overhaul, in 2019, replaced the gates’ hydraulic pistons.',
].join('\n\n');

const UPDATE_LEAD =
  'BRESKA — Engineers closed the failed sluice gate of the Ondrava dam by hand on Thursday afternoon, stopping the flood in the Liss valley after about seven hours, the regional water authority said.';

const SECOND_UPDATE_LEAD =
  'BRESKA — Engineers closed the failed sluice gate of the Ondrava dam by hand on Thursday afternoon, stopping the flood in the Liss valley after about eight hours, the regional water authority said.';

/** The first take's lead and residents' paragraph rewritten, the rest kept: about half the text is new. */
const REWRITTEN_UPDATE = [
  'BRESKA — Water from a jammed sluice gate of the Ondrava dam flooded the lower streets of Nizna and Stará Lúka on Thursday, and the regional water authority said it could take until evening to stop it.',
  'Authority spokesman Teodor Valk said the gate, one of six on the spillway, jammed half open during routine maintenance shortly after seven o’clock and could not be closed from the control room.',
  'Firefighters moved about 300 residents to the sports hall in Breska and pumped water from the village school, which will stay shut on Friday.',
  'The Ondrava dam was completed in 1971 and holds drinking water for about 80,000 people in the district. Its last overhaul, in 2019, replaced the gates’ hydraulic pistons.',
].join('\n\n');

const SIDEBAR = [
  'BRESKA — For the fishermen of the Liss valley, Thursday’s flood from the Ondrava dam came at the worst time of year, days before the trout season opens on the river’s upper reaches.',
  'Milan Horak, who rents boats at Nizna, said the surge had torn two of his jetties from their posts and left the water too brown to fish for at least a fortnight.',
  'Anglers’ clubs in the district said they would ask the water authority to restock the river before the season, as it did after a smaller release in 2016.',
  'The Ondrava dam was completed in 1971 and holds drinking water for about 80,000 people in the district.',
].join('\n\n');

const FOLLOW_UP = [
  'BRESKA — The regional water authority on Friday ordered an inspection of all six sluice gates of the Ondrava dam after one jammed half open on Thursday and flooded two villages in the Liss valley.',
  'Director Hana Struna said independent engineers would report within a month and that the spillway would be run by hand until then.',
  'Residents of Nizna and Stará Lúka returned to their homes on Friday morning and began clearing mud from cellars and gardens.',
  'The Ondrava dam was completed in 1971 and holds drinking water for about 80,000 people in the district. Its last overhaul, in 2019, replaced the gates’ hydraulic pistons.',
].join('\n\n');

export const WIRE_FIRST: VersionedReport = {
  id: 'wire-1',
  source: 'wire',
  headline: 'Ondrava dam sluice gate fails, floods villages below Breska',
  text: FIRST_TAKE,
  published: '2026-05-14T07:40:00Z',
};

export const WIRE_UPDATE: VersionedReport = {
  id: 'wire-2',
  source: 'wire',
  headline: 'UPDATE 1-Engineers close failed Ondrava dam gate, flood in Liss valley stops',
  text: `${UPDATE_LEAD}\n\n${FIRST_TAKE.replace('BRESKA — ', '')}`,
  published: '2026-05-14T15:10:00Z',
};

export const WIRE_CORRECTED: VersionedReport = {
  id: 'wire-3',
  source: 'wire',
  headline: 'Flood from Ondrava dam stopped after engineers shut jammed gate by hand',
  text: `${SECOND_UPDATE_LEAD}\n\n${FIRST_TAKE.replace('BRESKA — ', '')}`,
  published: '2026-05-14T16:30:00Z',
};

export const WIRE_REWRITTEN: VersionedReport = {
  id: 'wire-rewritten',
  source: 'wire',
  headline: 'UPDATE 1-Jammed Ondrava dam gate floods two villages below Breska',
  text: REWRITTEN_UPDATE,
  published: '2026-05-14T10:20:00Z',
};

export const WIRE_SIDEBAR: VersionedReport = {
  id: 'wire-sidebar',
  source: 'wire',
  headline: 'Liss valley anglers count the cost of Ondrava dam flood before trout season',
  text: SIDEBAR,
  published: '2026-05-14T12:00:00Z',
};

export const WIRE_FOLLOW_UP: VersionedReport = {
  id: 'wire-follow-up',
  source: 'wire',
  headline: 'Ondrava dam gates to be inspected after sluice failure flooded villages',
  text: FOLLOW_UP,
  published: '2026-05-15T17:00:00Z',
};

export const PAPER_COPY: VersionedReport = {
  id: 'paper-1',
  source: 'paper',
  headline: 'Dam gate fails above Breska',
  text: FIRST_TAKE,
  published: '2026-05-14T09:00:00Z',
};

export const PAPER_UPDATE_COPY: VersionedReport = {
  id: 'paper-2',
  source: 'paper',
  headline: 'Dam gate closed, flood stops',
  text: WIRE_UPDATE.text,
  published: '2026-05-14T15:45:00Z',
};
