import type { Metafile } from 'esbuild';

/** Compiles src/ to a new directory under root/dist and makes it the current build. */
export function build(root?: string): Promise<{ dir: string; metafile: Metafile }>;
/** The packages the entry chunk loads through static imports, sorted. */
export function packagesLoadedAtStart(metafile: Metafile, entry: string): string[];
