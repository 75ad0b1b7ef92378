import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium; .ci/run installs it), never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', 'screenshots');

export interface Browser {
  context: BrowserContext;
  /** Every URL the pages asked for, to prove nothing is fetched from outside the server. */
  requests: string[];
  close: () => Promise<void>;
}

/** Headless Chromium with a fresh profile and no background traffic of its own (updates, sync, QUIC probes). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'wsp-chromium-'));
  // launchPersistentContext is how playwright takes --user-data-dir: a fresh directory per run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    // A WSP's users are in the Netherlands: the screens' periods end on the Dutch date, as the API counts them.
    timezoneId: 'Europe/Amsterdam',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

/**
 * `pageAs(actor)`: a new tab signed in as the actor. Through the login page once per person; later tabs reuse that
 * session, as the login brake (10 a minute per address and account) would otherwise refuse a test that opens many
 * tabs quickly. `browser` and `baseUrl` are read when a tab opens (they are set in a beforeAll); `onPage` sees
 * each new tab before it loads anything; tab openers that pass one `sessions` map share the sign-ins.
 */
export function signedInTabs(
  browser: () => Browser,
  baseUrl: () => string,
  password: string,
  onPage?: (page: Page, actor: { id: string; email: string }) => void,
  sessions = new Map<string, string>(),
): (actor: { id: string; email: string }) => Promise<Page> {
  return async (actor) => {
    const page = await browser().context.newPage();
    onPage?.(page, actor);
    const saved = sessions.get(actor.id);
    if (saved) {
      await page.goto(`${baseUrl()}/`);
      await page.evaluate((session) => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('wsp.session', session), saved);
      await page.reload();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      return page;
    }
    await signIn(page, baseUrl(), actor.email, password);
    sessions.set(actor.id, await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('wsp.session')!));
    return page;
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core injected into the page (not @axe-core/playwright, which wants Node 22): serious and critical only. */
export async function seriousAccessibilityProblems(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    // Runs in the page: the browser's globals, not Node's.
    const page = globalThis as unknown as { document: unknown; axe: { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> } };
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
