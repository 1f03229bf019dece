/**
 * Colour on the terminal, and only there. picocolors on its own colours
 * whenever `CI` is set or standard output is a terminal, so a log file or a
 * pipe on a CI machine got escape codes in the middle of wiredesk's sentences.
 * Our messages go to standard error; that is the stream whose kind decides.
 * NO_COLOR (any value) turns colour off and FORCE_COLOR (other than 0) on,
 * as https://no-color.org and most tools agree.
 */
import pc from 'picocolors';

export function colourWanted(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return 'isTTY' in stream && stream.isTTY === true && env.TERM !== 'dumb';
}

/** picocolors' functions, on or off for standard error. */
export const colours = pc.createColors(colourWanted(process.stderr));
