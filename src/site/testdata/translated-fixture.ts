/**
 * The site fixture with machine translations into the Hindi edition: an
 * English business report translated and published, sport reports whose
 * translation is unavailable or held for review, and the Urdu report
 * translated under its original headline. Its app translates business,
 * sport and world into Hindi, as a configuration would.
 */
import type { Hono } from 'hono';
import type { TranslationRecord } from '../../store/store.ts';
import { hindiTranslation as passedTranslation } from '../../store/test-records.ts';
import { createSiteApp, type SiteOptions } from '../site-app.tsx';
import { NOW, type SiteFixture } from './site-fixture.ts';

/** The store tests' Hindi translation, with this fixture's story in it. */
export function hindiTranslation(articleId: number, version: string, fields: Partial<TranslationRecord>): TranslationRecord {
  const text = 'तूफ़ान के बाद बंदरगाह सोमवार को फिर खुले।';
  return passedTranslation(articleId, version, {
    headline: 'तूफ़ान के बाद बंदरगाह फिर खुले',
    translatedHeadline: 'तूफ़ान के बाद बंदरगाह फिर खुले',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text }] }],
    text,
    ...fields,
  });
}

/**
 * Stores the translations and returns an app configured to translate into
 * Hindi; `showUntranslated` turns on the editions' setting of that name.
 */
export async function translatedSite(site: SiteFixture, options: Partial<SiteOptions> & { showUntranslated?: boolean } = {}): Promise<Hono> {
  const { showUntranslated = false, ...siteOptions } = options;
  const translate = (id: string) => (['business', 'sport', 'world'].includes(id) ? { translate: ['hi'] } : {});
  const config = {
    ...site.config,
    editions: site.config.editions.map((e) => ({ ...e, showUntranslated })),
    sections: site.config.sections.map((s) => ({ ...s, ...translate(s.id) })),
  };
  const version = async (key: string) => (await site.store.getArticle(site.ids[key]!))!.updatedAt;
  const save = async (key: string, fields: Partial<TranslationRecord>) => site.store.saveTranslation(hindiTranslation(site.ids[key]!, await version(key), fields), NOW);
  await save('enBusiness', {});
  await save('sport-1', { status: 'unavailable', engine: null, headline: null, blocks: null, text: null });
  await save('sport-2', { status: 'review', headline: 'रोका गया अनुवाद' });
  await save('urWorld', {
    headline: 'دریا پر نیا پل کھل گیا',
    headlineLang: 'ur',
    headlinePolicy: 'keep',
    text: 'नदी पर नया पुल खुला।',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'नदी पर नया पुल खुला।' }] }],
  });
  return createSiteApp({ config, store: site.store, mediaDir: `${site.dir}/media`, now: () => new Date(NOW), logError: () => {}, ...siteOptions });
}
