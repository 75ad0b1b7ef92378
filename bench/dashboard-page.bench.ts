import { launchBrowser, signIn } from '../test/browser/browser';
import { benchToken, machine, seededDatabase, startBenchServer, writeResults } from './bench-harness';

/**
 * npm run bench:dashboard-page [-- --runs 5]
 * Issue 10's speed point: the dashboard page in Debian's Chromium, from navigation to the first figure tile, on the
 * benchmark database with 100,000 candidates (20,000 vacancies, 50,000 placements; seeded by bench:dashboard or
 * here). Cold: the first opening, the server computes the figures; warm: the same period again within
 * DASHBOARD_CACHE_SECONDS. Run on an otherwise quiet machine.
 */
const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 5;

async function main(): Promise<void> {
  const database = await seededDatabase(100_000, 20_000, 50_000);
  const times: Array<{ run: number; cache: 'cold' | 'warm'; ms: number }> = [];
  for (let run = 1; run <= runs; run++) {
    // A fresh server per run, so the first opening is really computed (nothing cached in the process).
    const server = await startBenchServer(database, 3901);
    const browser = await launchBrowser();
    try {
      await benchToken(database, server.url); // sets the bench user's password
      const page = await browser.context.newPage();
      await signIn(page, server.url, 'bench@wsp.bench', 'bench-password-123');
      for (const cache of ['cold', 'warm'] as const) {
        const started = Date.now();
        await page.goto(`${server.url}/dashboard`);
        await page.getByText('open vacatures', { exact: true }).waitFor({ timeout: 60_000 });
        times.push({ run, cache, ms: Date.now() - started });
        process.stderr.write(`run ${run} ${cache}: ${times.at(-1)!.ms} ms\n`);
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cold = median(times.filter((t) => t.cache === 'cold').map((t) => t.ms));
  const warm = median(times.filter((t) => t.cache === 'warm').map((t) => t.ms));
  const m = machine();
  const markdown = [
    '# bench:dashboard-page',
    '',
    `${new Date().toISOString()} · commit ${m.commit} · ${m.cpu} × ${m.cores} cores, ${m.memoryGb} GB · Node ${m.node} · PostgreSQL ${m.postgres}`,
    '',
    `Dashboard page in headless Chromium (/usr/bin/chromium), navigation to the first figure tile, 100,000 candidates, ${runs} runs. Target: under 1 s.`,
    '',
    '| opening | median ms | all runs ms |',
    '|---|---:|---|',
    `| cold (figures computed) | ${cold} | ${times.filter((t) => t.cache === 'cold').map((t) => t.ms).join(', ')} |`,
    `| warm (figures cached, DASHBOARD_CACHE_SECONDS) | ${warm} | ${times.filter((t) => t.cache === 'warm').map((t) => t.ms).join(', ')} |`,
    '',
  ].join('\n');
  process.stdout.write(`${markdown}\nwritten to ${writeResults('dashboard-page', { machine: m, runs: times }, markdown)}.{json,md}\n`);
}

void main();
