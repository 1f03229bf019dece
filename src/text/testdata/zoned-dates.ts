/**
 * Dates that both a feed and a page may print, with the instant each must
 * read from them. ingest/feed-dates.test.ts and
 * extract/metadata/page-dates.test.ts run their own parser over this one
 * table, so a zone or a form known to one reader and not the other fails a test.
 */
export interface ZonedDate {
  text: string;
  /** The instant, as Date#toISOString() writes it. */
  instant: string;
}

export const ZONED_DATES: readonly ZonedDate[] = [
  { text: 'Tue, 05 Mar 2024 10:00:00 MET', instant: '2024-03-05T09:00:00.000Z' },
  { text: 'Sat, 15 Jun 2024 10:00:00 MEST', instant: '2024-06-15T08:00:00.000Z' },
  { text: 'Tue, 05 Mar 2024 10:00:00 CET', instant: '2024-03-05T09:00:00.000Z' },
  { text: 'Sat, 15 Jun 2024 10:00:00 CEST', instant: '2024-06-15T08:00:00.000Z' },
  { text: 'Wed, 06 Mar 2024 18:05:00 IST', instant: '2024-03-06T12:35:00.000Z' },
  { text: 'Mon, 04 Mar 2024 07:15:00 EDT', instant: '2024-03-04T11:15:00.000Z' },
  { text: 'Wed, 27 Nov 2024 11:00:00 NPT', instant: '2024-11-27T05:15:00.000Z' },
  { text: 'Tue, 05 Mar 2024 09:30:00 GMT', instant: '2024-03-05T09:30:00.000Z' },
  { text: 'Tue, 05 Mar 2024 09:30:00 +0530', instant: '2024-03-05T04:00:00.000Z' },
  { text: 'Tue, 5 Mar 2024 10:00:00 GMT+0530', instant: '2024-03-05T04:30:00.000Z' },
  { text: '6 March 2024 10:00 MET', instant: '2024-03-06T09:00:00.000Z' },
  { text: 'Tue, 05 Mar 2024 12:30:00', instant: '2024-03-05T12:30:00.000Z' },
  { text: '2024-03-06T08:00:00+01:00', instant: '2024-03-06T07:00:00.000Z' },
  { text: '2024-03-06 08:00:00 +0530', instant: '2024-03-06T02:30:00.000Z' },
  { text: '2024-03-06T08:00:00Z', instant: '2024-03-06T08:00:00.000Z' },
  { text: '2024-3-6 8:00 +05', instant: '2024-03-06T03:00:00.000Z' },
  { text: '2024/03/06 08:00', instant: '2024-03-06T08:00:00.000Z' },
  { text: '2024-03-06', instant: '2024-03-06T00:00:00.000Z' },
];

/** Texts neither reader may take for a date: impossible fields, no date at all. */
export const NOT_DATES: readonly string[] = [
  '2024-02-30',
  '2024-03-05T25:00:00Z',
  'Tue, 32 Mar 2024 10:00:00 GMT',
  'next Thursday, probably',
];
