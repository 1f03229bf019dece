/**
 * The hostile-input generators every fuzz target draws from, in one place:
 * text and characters, HTML pages and fragments, syndication feeds, wire
 * documents, feed bodies as bytes, dates, and the desk's own files.
 */
export * from './arbitraries/hostile-text.ts';
export * from './arbitraries/html-pages.ts';
export * from './arbitraries/syndication-feeds.ts';
export * from './arbitraries/wire-documents.ts';
export * from './arbitraries/feed-bodies.ts';
export * from './arbitraries/dates-text.ts';
export * from './arbitraries/desk-documents.ts';
