#!/usr/bin/env node
// The package ships TypeScript sources and runs them through tsx's loader,
// so there is no build step between a clone and a running desk. The loader is
// pointed at the package's own tsconfig: tsx would otherwise look in the
// directory wiredesk is run from, and compile the site's JSX for React.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
