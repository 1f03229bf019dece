/** A plain-text table for terminals, with columns padded to their widest cell. */

/** Long cells (error messages) are cut so a row stays on one line of a wide terminal. */
const MAX_CELL = 60;

export function formatTable(header: string[], rows: string[][]): string {
  const cut = (cell: string) => (cell.length > MAX_CELL ? `${cell.slice(0, MAX_CELL - 1)}…` : cell);
  const all = [header, ...rows].map((row) => row.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((row) => displayWidth(row[i] ?? ''))));
  return all
    .map((row) => row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell))).join('  ').trimEnd())
    .join('\n');
}

/** Counts grapheme clusters, so Devanagari names line up as well as a terminal allows. */
function displayWidth(text: string): number {
  return [...new Intl.Segmenter().segment(text)].length;
}
