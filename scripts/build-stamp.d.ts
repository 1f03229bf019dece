/** Newest modification time and number of the build's inputs under root. */
export function inputsStamp(root: string): string;
/** The current build's entry module, or null when there is none or src/ has changed since. */
export function freshEntry(root: string): string | null;
