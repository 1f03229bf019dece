import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eld } from 'eld';
import { detectorFromBuild, detectorFromJson } from './language-database.ts';

/** Sentences of several scripts and some eld finds hard (short, mixed, Devanagari shared by Hindi and Marathi). */
const SAMPLES = [
  'The council approved the new budget for schools and roads on Tuesday evening.',
  'सियोल: दक्षिण कोरिया की संसद ने शुक्रवार को एक प्रस्ताव को मंजूरी दी।',
  'पुण्यात आज जोरदार पाऊस झाला असून अनेक भागांत पाणी साचले आहे.',
  'لاہور میں آج شدید بارش ہوئی اور کئی سڑکیں پانی میں ڈوب گئیں۔',
  'Le conseil municipal a voté le budget des écoles mardi soir.',
  'Der Stadtrat hat am Dienstagabend den Haushalt für Schulen beschlossen.',
  'Городской совет во вторник вечером утвердил бюджет для школ.',
  'ok',
  'Update 12:30',
];

test('a detector given eld\'s medium database as JSON answers exactly as eld loading its own module', async () => {
  const own = eld.newInstance() as ReturnType<typeof eld.newInstance> & { load: (size: string) => Promise<unknown> };
  await own.load('medium');
  const { ngramsData } = (await import(new URL('../ngrams/medium.js', import.meta.resolve('eld')).href)) as { ngramsData: unknown };
  const fromJson = await detectorFromJson(JSON.stringify(ngramsData));
  assert.ok(fromJson, 'this eld has the factory the JSON path needs');
  for (const text of SAMPLES) assert.equal(fromJson.detect(text).language, own.detect(text).language, text);
});

test('run from the sources there is no copy beside the module, and the caller falls back to eld\'s loader', async () => {
  assert.equal(await detectorFromBuild('medium'), null);
});
