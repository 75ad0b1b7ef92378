#!/usr/bin/env node
/**
 * `npm start` runs this first: it builds (npm run build) only when dist/ is missing or older than a source,
 * so a restart with nothing changed starts the server at once instead of rebuilding server and front end.
 * `node scripts/build-if-stale.mjs --stamp` (the end of `npm run build`) records that dist/ is current.
 * Compared by modification time: a changed, added or removed file (its folder's time changes) means a rebuild;
 * a fresh clone has no dist/ and builds.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const STAMP = join(root, 'dist', '.build-stamp');
const OUTPUTS = [join(root, 'dist', 'main.js'), join(root, 'dist', 'client', 'index.html')];
const INPUTS = ['src', 'web', 'schema.graphql', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];
/** Written by the build itself. */
const GENERATED = new Set([join(root, 'web', 'src', 'gql')]);

function newestChange(path) {
  if (GENERATED.has(path) || !existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  process.exit(0);
}

const built = existsSync(STAMP) && OUTPUTS.every((file) => existsSync(file)) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...INPUTS.map((input) => newestChange(join(root, input))));
if (built && changed <= built) {
  process.stdout.write('dist/ is up to date with the sources: starting without a build\n');
} else {
  process.stdout.write(built ? 'sources changed since the last build: building\n' : 'no complete build yet: building\n');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
