/**
 * The source text a translation is made from, kept with it: the headline and
 * the paragraph-like segments (block-translation.ts), as plain text. With it
 * a pass can tell whether a rebuilt article still reads as its translation's
 * source did, and the desk can show a reviewer what changed since.
 */
import type { Article } from '../extract/article.ts';
import { segmentTexts } from './block-translation.ts';

export interface SourceSnapshot {
  headline: string;
  segments: string[];
}

export function sourceSnapshot(article: Pick<Article, 'headline' | 'blocks'>): SourceSnapshot {
  return { headline: article.headline, segments: segmentTexts(article.blocks) };
}

export function sameSource(a: SourceSnapshot, b: SourceSnapshot): boolean {
  return a.headline === b.headline && a.segments.length === b.segments.length && a.segments.every((text, i) => text === b.segments[i]);
}
