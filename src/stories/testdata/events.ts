/**
 * Hand-written reports of invented events (places, people and papers are
 * fictional), in English and Hindi, for the clusterer tests. `event` is the
 * label a reader would give; articles with the same label are one story.
 */
export interface LabelledArticle {
  id: string;
  event: string;
  lang: 'en' | 'hi';
  headline: string;
  text: string;
  published: string;
}

export const LABELLED_ARTICLES: LabelledArticle[] = [
  {
    id: 'flood-wire',
    event: 'korvath-flood',
    lang: 'en',
    headline: 'Selun river floods Korvath, 1,200 families moved',
    text:
      'KORVATH — The Selun river burst its banks in Korvath on Tuesday night, forcing 1,200 families from their homes, district officer Anselm Brevik said. ' +
      'The water stood 4.5 metres above the danger mark at the Korvath weir by morning, and rescue teams used boats to reach the low-lying Tamsin quarter. ' +
      'Brevik said relief camps had opened in eleven schools and that drinking water was being brought in by tanker.',
    published: '2026-03-03T06:00:00Z',
  },
  {
    id: 'flood-copy',
    event: 'korvath-flood',
    lang: 'en',
    headline: 'Thousands flee as Selun bursts banks in Korvath',
    text:
      'KORVATH — The Selun river burst its banks in Korvath on Tuesday night, forcing 1,200 families from their homes, district officer Anselm Brevik said. ' +
      'The water stood 4.5 metres above the danger mark at the Korvath weir by morning, and rescue teams used boats to reach the low-lying Tamsin quarter. ' +
      'Brevik said relief camps had opened in eleven schools and that drinking water was being brought in by tanker. (Northern Ledger)',
    published: '2026-03-03T07:30:00Z',
  },
  {
    id: 'flood-rewrite',
    event: 'korvath-flood',
    lang: 'en',
    headline: 'Korvath flood: boats reach Tamsin quarter as Selun keeps rising',
    text:
      'Rescue boats reached the Tamsin quarter of Korvath on Wednesday as the Selun kept rising, a day after the flood drove 1,200 families out. ' +
      'Anselm Brevik, the district officer, told reporters the level at the Korvath weir was still 4.5 metres over the danger mark and more rain was forecast.',
    published: '2026-03-03T15:00:00Z',
  },
  {
    id: 'flood-hindi',
    event: 'korvath-flood',
    lang: 'hi',
    headline: 'कोरवाथ में सेलुन नदी उफनी, 1,200 परिवार बेघर',
    text:
      'कोरवाथ: सेलुन नदी मंगलवार रात किनारे तोड़कर कोरवाथ में घुस गई, जिससे 1,200 परिवारों को घर छोड़ना पड़ा। ' +
      'ज़िला अधिकारी आंसेल्म ब्रेविक ने बताया कि सुबह तक कोरवाथ बांध पर पानी ख़तरे के निशान से 4.5 मीटर ऊपर था और तामसिन इलाक़े में नावें भेजी गईं।',
    published: '2026-03-03T09:00:00Z',
  },
  {
    id: 'mayor-en-1',
    event: 'selvana-mayor',
    lang: 'en',
    headline: 'Mirela Dastan elected mayor of Selvana',
    text:
      'SELVANA — Mirela Dastan of the Green Harbour party was elected mayor of Selvana on Tuesday with 54 per cent of the vote, the city election board said. ' +
      'Dastan, a former harbour engineer, beat the sitting mayor Orrin Vale after a campaign fought over bus fares and the new sea wall.',
    published: '2026-03-03T20:00:00Z',
  },
  {
    id: 'mayor-en-2',
    event: 'selvana-mayor',
    lang: 'en',
    headline: 'Dastan promises free buses after Selvana win',
    text:
      'Mirela Dastan, elected mayor of Selvana with 54 per cent, promised on Wednesday to make city buses free within a year and to finish the sea wall. ' +
      'Orrin Vale conceded defeat and congratulated Dastan on her win.',
    published: '2026-03-04T08:00:00Z',
  },
  {
    id: 'mayor-hindi',
    event: 'selvana-mayor',
    lang: 'hi',
    headline: 'मिरेला दास्तान सेल्वाना की मेयर चुनी गईं',
    text:
      'सेल्वाना: ग्रीन हार्बर पार्टी की मिरेला दास्तान मंगलवार को 54 प्रतिशत वोट के साथ सेल्वाना की मेयर चुनी गईं। ' +
      'दास्तान ने मौजूदा मेयर ओरिन वेल को हराया; चुनाव बस किराए और नई समुद्री दीवार के मुद्दे पर लड़ा गया था।',
    published: '2026-03-04T02:00:00Z',
  },
  {
    id: 'final-en-1',
    event: 'cup-final',
    lang: 'en',
    headline: 'Talvar Rovers win Coastal Cup final on penalties',
    text:
      'Talvar Rovers beat Ostrel City 5-4 on penalties to win the Coastal Cup final at the Brannock stadium on Saturday after a 2-2 draw. ' +
      'Goalkeeper Idris Fenwick saved two kicks in the shoot-out in front of 38,000 fans.',
    published: '2026-03-07T21:00:00Z',
  },
  {
    id: 'final-en-2',
    event: 'cup-final',
    lang: 'en',
    headline: 'Fenwick the hero as Talvar lift the Coastal Cup',
    text:
      'Idris Fenwick saved twice in the shoot-out as Talvar Rovers lifted the Coastal Cup, beating Ostrel City on penalties at Brannock after the final ended 2-2. ' +
      'It is the first cup for Talvar in 38 years.',
    published: '2026-03-07T23:30:00Z',
  },
  {
    id: 'dastan-book',
    event: 'dastan-book',
    lang: 'en',
    headline: 'Poet Ilse Dastan launches book of harbour songs',
    text:
      'The poet Ilse Dastan launched her third collection, Songs of the Grey Harbour, at the Merriwick library on Thursday evening. ' +
      'The book gathers forty poems about fishing families and the winter storms of the north coast.',
    published: '2026-03-05T18:00:00Z',
  },
];
