// What the compiled CLI under dist/ was built from, and whether that is still
// what src/ holds. bin/wiredesk.js asks this at every start, so it only reads
// file times: about 400 stat calls, 7 ms here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files outside src/ whose change changes the build. */
const ROOT_INPUTS = ['package.json', 'tsconfig.json', 'scripts/build.js'];

/** Newest modification time and number of the build's inputs; tests and test data are not inputs. */
export function inputsStamp(root) {
  let newest = 0;
  let count = 0;
  const note = (file) => {
    newest = Math.max(newest, statSync(file).mtimeMs);
    count += 1;
  };
  // A walk by hand: Node 20's recursive readdir takes fifteen times as long.
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'testdata') walk(file);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        note(file);
      }
    }
  };
  walk(path.join(root, 'src'));
  for (const file of ROOT_INPUTS) note(path.join(root, file));
  return `${Math.round(newest)}:${count}`;
}

/** The current build's entry module, or null when there is none or src/ has changed since. */
export function freshEntry(root) {
  let current;
  try {
    current = JSON.parse(readFileSync(path.join(root, 'dist', 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  if (current.stamp !== inputsStamp(root)) return null;
  return path.join(root, 'dist', current.dir, 'main.js');
}
