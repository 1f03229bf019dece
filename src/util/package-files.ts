/**
 * Files that ship beside the code (package.json, stylesheets, the demo's
 * fixtures), found from the package's root rather than from the importing
 * module: the same module runs from `src/` through tsx and from a bundled
 * chunk under `dist/`, and a path relative to either would be wrong for the other.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The directory holding wiredesk's own package.json. */
export function packageRoot(): string {
  root ??= findRoot(path.dirname(fileURLToPath(import.meta.url)));
  return root;
}

/** An absolute path to a file of the package, given from its root (`src/site/site.css`). */
export function packageFile(relative: string): string {
  return path.join(packageRoot(), relative);
}

/** The package's version, from package.json: one place to bump it. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'wiredesk') return dir;
    if (path.dirname(dir) === dir) throw new Error(`wiredesk: cannot find its package.json above ${start}`);
  }
}
