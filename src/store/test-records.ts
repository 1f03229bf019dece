/** Small builders for storage tests: valid records with the fields a test cares about overridden. */
import type { Article } from '../extract/article.ts';
import type { Entry } from '../ingest/entry.ts';
import type { SourceDefinition, TranslationRecord } from './store.ts';

export function sourceDefinition(id: string, fields: Partial<SourceDefinition> = {}): SourceDefinition {
  return {
    id,
    name: `Source ${id}`,
    url: `https://${id}.example/feed.xml`,
    format: 'auto',
    section: 'world',
    language: 'en',
    mode: 'republish',
    fullText: 'feed',
    licence: null,
    notice: null,
    ...fields,
  };
}

export function feedEntry(sourceId: string, guid: string, fields: Partial<Entry> = {}): Entry {
  return {
    sourceId,
    guid,
    url: `https://${sourceId}.example/${guid}`,
    title: `Item ${guid}`,
    summary: `Summary of ${guid}`,
    contentHtml: `<p>Body of ${guid}</p>`,
    published: '2024-05-01T08:00:00Z',
    updated: null,
    authors: ['Desk Reporter'],
    categories: ['world'],
    language: 'en',
    dateline: null,
    byline: null,
    subjects: [],
    geo: null,
    raw: JSON.stringify({ guid }),
    ...fields,
  };
}

export function cleanArticle(headline: string, fields: Partial<Article> = {}): Article {
  return {
    headline,
    headlineLang: null,
    standfirst: null,
    dateline: null,
    byline: null,
    published: '2024-05-01T08:00:00Z',
    updated: null,
    lang: 'en',
    url: null,
    canonicalUrl: null,
    siteName: null,
    image: null,
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: `${headline}.` }] }],
    text: `${headline}.`,
    ...fields,
  };
}

/** A Hindi translation that passed the gate, of the article's version `articleVersion`. */
export function hindiTranslation(articleId: number, articleVersion: string, fields: Partial<TranslationRecord> = {}): TranslationRecord {
  return {
    articleId,
    targetLang: 'hi',
    articleVersion,
    engine: 'apertium',
    headline: 'बंदरगाह फिर खुला',
    headlineLang: null,
    translatedHeadline: 'बंदरगाह फिर खुला',
    headlinePolicy: 'translate',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'बंदरगाह सोमवार को खुला।' }] }],
    text: 'बंदरगाह सोमवार को खुला।',
    status: 'pass',
    issues: [],
    attempts: 1,
    nextAttemptAt: null,
    lastError: null,
    ...fields,
  };
}
