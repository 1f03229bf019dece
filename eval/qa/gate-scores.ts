/**
 * What `npm run eval:qa` measures and the floor test holds: on FLORES-200
 * dev, how many human Hindi translations (of the English and of the Urdu
 * sentences) the quality gate passes, and how many copies damaged with each
 * defect class it holds for review, and under that class's own code.
 * Needs the language detector loaded (src/text/language.ts).
 */
import { checkTranslation, qaStatus, type LanguagePair, type QaIssue } from '../../src/translate/qa.ts';
import { seededRandom } from '../seeded-random.ts';
import { CORRUPTIONS, withPlaceholder, type Sample } from './corruptions.ts';
import type { Flores } from './flores-lines.ts';

/** Fixed so that every run damages the same copies the same way. */
export const SEED = 20260501;
export const TARGET = 'hi';
/** Source language of each direction, and the third language a wrong-language answer comes in. */
const DIRECTIONS = [
  { from: 'en', other: 'ur' },
  { from: 'ur', other: 'en' },
];

export interface PassRate {
  passed: number;
  total: number;
}

export interface ReferenceScore extends PassRate {
  from: string;
  /** References held for review: their line number (from 1) and the issues found. */
  held: { line: number; issues: QaIssue[] }[];
}

export interface CorruptionScore {
  samples: number;
  /** Held for review, for any reason. */
  caught: number;
  /** Reported under the class's own issue code. */
  byCode: number;
  /** The damaged outputs whose class code was not reported, with their source language. */
  missed: { from: string; output: string }[];
}

export interface GateScores {
  references: ReferenceScore[];
  /** References with a placeholder set in both sides, which must not be reported as lost. */
  placeholdersKept: PassRate;
  /** By defect class, named by the issue code the gate should report. */
  corruptions: Map<string, CorruptionScore>;
}

export function scoreGate(flores: Flores): GateScores {
  return {
    references: DIRECTIONS.map(({ from }) => scoreReferences(flores, from)),
    placeholdersKept: scorePlaceholdersKept(flores),
    corruptions: scoreCorruptions(flores),
  };
}

function pairOf(from: string): LanguagePair {
  return { from, to: TARGET };
}

function scoreReferences(flores: Flores, from: string): ReferenceScore {
  const outputs = flores[TARGET]!;
  const held: ReferenceScore['held'] = [];
  for (const [i, source] of flores[from]!.entries()) {
    const issues = checkTranslation(source, outputs[i]!, pairOf(from));
    if (qaStatus(issues) === 'review') held.push({ line: i + 1, issues });
  }
  return { from, passed: outputs.length - held.length, total: outputs.length, held };
}

function samplesOf(flores: Flores, from: string, other: string): Sample[] {
  const outputs = flores[TARGET]!;
  return flores[from]!.map((source, i) => ({ source, output: outputs[i]!, other: flores[other]![i]!, pool: outputs }));
}

function scorePlaceholdersKept(flores: Flores): PassRate {
  const random = seededRandom(SEED);
  let passed = 0;
  let total = 0;
  for (const { from, other } of DIRECTIONS) {
    for (const sample of samplesOf(flores, from, other)) {
      const kept = withPlaceholder(sample, random);
      if (!kept) continue;
      total++;
      if (!checkTranslation(kept.source, kept.output, pairOf(from)).some((found) => found.code === 'placeholder-lost')) passed++;
    }
  }
  return { passed, total };
}

function scoreCorruptions(flores: Flores): Map<string, CorruptionScore> {
  const scores = new Map<string, CorruptionScore>();
  for (const [code, corrupt] of CORRUPTIONS) {
    const random = seededRandom(SEED ^ hash(code));
    const score: CorruptionScore = { samples: 0, caught: 0, byCode: 0, missed: [] };
    for (const { from, other } of DIRECTIONS) {
      for (const sample of samplesOf(flores, from, other)) {
        const damaged = corrupt(sample, random);
        if (!damaged) continue;
        const issues = checkTranslation(damaged.source, damaged.output, pairOf(from));
        score.samples++;
        if (qaStatus(issues) === 'review') score.caught++;
        if (issues.some((found) => found.code === code)) score.byCode++;
        else score.missed.push({ from, output: damaged.output });
      }
    }
    scores.set(code, score);
  }
  return scores;
}

/** FNV-1a, to give each class its own stream of random numbers from one seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}
