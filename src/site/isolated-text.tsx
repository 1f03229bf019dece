/**
 * Text in one language that quotes names in another script: a Hindi notice
 * naming an Urdu paper. Each quoted name goes in a <bdi>, so a right-to-left
 * name in left-to-right text (or the other way round) cannot pull the words
 * and numbers around it out of order (Unicode Bidirectional Algorithm, UAX #9:
 * isolates). The text itself is unchanged.
 */
import type { Child } from 'hono/jsx';

export function IsolatedText({ text, names }: { text: string; names: readonly (string | null | undefined)[] }): Child {
  // Longest first, so a name that contains another is isolated whole.
  const quoted = [...new Set(names.filter((n): n is string => Boolean(n && n.trim())))].sort((a, b) => b.length - a.length);
  const parts: Child[] = [];
  let rest = text;
  while (rest !== '') {
    let found: { at: number; name: string } | null = null;
    for (const name of quoted) {
      const at = rest.indexOf(name);
      if (at >= 0 && (found === null || at < found.at)) found = { at, name };
    }
    if (!found) break;
    if (found.at > 0) parts.push(rest.slice(0, found.at));
    parts.push(<bdi>{found.name}</bdi>);
    rest = rest.slice(found.at + found.name.length);
  }
  if (rest !== '') parts.push(rest);
  return <>{parts}</>;
}
