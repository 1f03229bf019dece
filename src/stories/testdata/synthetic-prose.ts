/** A deterministic text of n words from a 5,000-word vocabulary, different per seed (a linear congruential generator). */
export function prose(n: number, seed: number): string {
  const words: string[] = [];
  let state = seed;
  for (let i = 0; i < n; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(`w${state % 5000}`);
  }
  return words.join(' ');
}
