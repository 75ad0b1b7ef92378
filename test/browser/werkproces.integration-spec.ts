import { Page } from 'playwright-core';
import { Actor, loginAs, TEST_PASSWORD } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';
import { Browser, launchBrowser, screenshot, seriousAccessibilityProblems, signedInTabs } from './browser';

/**
 * The work after matching, in real headless Chromium against the built server: voordragen, the placement board,
 * instruments, introduction requests between employer and matchmaker, the dashboard and beheer. Each person signs
 * in through the login page once; later tabs reuse that session (the login brake allows 10 a minute).
 */
describe('placements, dashboard and beheer in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let accounthouder: Actor;
  let matchmaker: Actor;
  let werkgever: Actor;
  let admin: Actor;
  let vacancyId: string;
  let samiraId: string;
  let pietId: string;
  const pageAs = signedInTabs(() => browser, () => server.url, TEST_PASSWORD);

  async function placementsOf(vacancy: string) {
    const data = await gqlOk<{ placements: { nodes: Array<{ id: string; candidateId: string; status: string; steps: Array<{ toStatus: string; note: string | null }>; instruments: { loonkostensubsidie: boolean; loonwaardePct: number | null } | null }> } }>(
      server.url,
      `query ($v: ID!) { placements(vacancyId: $v, first: 50) { nodes { id candidateId status steps { toStatus note } instruments { loonkostensubsidie loonwaardePct } } } }`,
      { v: vacancy },
      matchmaker.token,
    );
    return data.placements.nodes;
  }

  async function settle(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.locator('[role="status"]').filter({ hasText: 'laden' }).waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    matchmaker = await loginAs(server, 'MATCHMAKER');
    admin = await loginAs(server, 'ADMIN');
    const employer = await createEmployer(server, accounthouder, { name: 'Logistiek Zoetermeer BV', placeName: 'Zoetermeer', accounthouderId: accounthouder.id });
    werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer.id });
    const vacancy = await createVacancy(server, accounthouder, {
      employerId: employer.id,
      title: 'Magazijnmedewerker',
      requiredTalents: ['heftruck', 'orderpicken'],
    });
    vacancyId = vacancy.id;
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancyId }, accounthouder.token);
    const common = { placeName: 'Zoetermeer', talents: ['orderpicken', 'heftruck'], taalniveau: 'B1', hoursMin: 24, hoursMax: 38, maxTravelKm: 20, matchmakerId: matchmaker.id };
    // Samira is not shown to employers; Piet is, so he is the one card the employer sees.
    samiraId = (await createCandidate(server, matchmaker, { ...common, firstName: 'Samira', lastName: 'El Amrani' })).id;
    pietId = (
      await createCandidate(server, matchmaker, {
        ...common,
        firstName: 'Piet',
        lastName: 'Jansen',
        email: 'piet@example.nl',
        visibleToEmployers: true,
        consulentApprovesVisibility: true,
      })
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a matchmaker proposes a candidate from the vacancy page with a note, and then sees that she is proposed', async () => {
    const page = await pageAs(matchmaker);
    await page.goto(`${server.url}/vacatures/${vacancyId}`);
    const card = page.locator('.match-card').filter({ hasText: 'Samira El Amrani' });
    await card.getByRole('button', { name: 'Voordragen' }).click();
    await card.getByLabel('Notitie bij de voordracht (optioneel)').fill('Sterke orderpicker, wil snel aan de slag.');
    await card.getByRole('button', { name: 'Samira El Amrani voordragen' }).click();
    await card.getByText('Samira El Amrani is voorgedragen.').waitFor();
    await screenshot(page, 'voordragen');

    const placements = await placementsOf(vacancyId);
    expect(placements).toEqual([expect.objectContaining({ candidateId: samiraId, status: 'PROPOSED', steps: [{ toStatus: 'PROPOSED', note: 'Sterke orderpicker, wil snel aan de slag.' }] })]);

    // A fresh page shows the voordracht instead of a second button.
    await page.reload();
    const again = page.locator('.match-card').filter({ hasText: 'Samira El Amrani' });
    await again.getByRole('link', { name: 'Bekijk de voordracht' }).waitFor();
    expect(await again.getByText('Voorgedragen', { exact: true }).count()).toBe(1);
    expect(await again.getByRole('button', { name: 'Voordragen' }).count()).toBe(0);
    await page.close();
  });

  it('a matchmaker advances the voordracht on the board: without consent the API says so at the field, with it the card moves on', async () => {
    const page = await pageAs(matchmaker);
    await page.goto(`${server.url}/plaatsingen`);
    const proposed = page.getByRole('region', { name: /^Voorgedragen/ });
    // The matchmaker's own candidate is named on the card.
    const card = proposed.getByRole('listitem').filter({ hasText: 'Magazijnmedewerker' }).filter({ hasText: 'Samira El Amrani' });
    await card.getByText('Volgende stap').click();
    await card.getByLabel('Notitie (optioneel)').fill('Gebeld met Samira, ze wil graag.');
    await card.getByRole('button', { name: 'Opslaan: Voorstellen aan werkgever' }).click();
    await card.getByText(/^Moet aangevinkt zijn: de werkgever hoort alleen met toestemming van de kandidaat wie het is\.$/).waitFor();
    expect((await placementsOf(vacancyId))[0].status).toBe('PROPOSED');
    await screenshot(page, 'plaatsingen-bord-fout');

    await card.getByLabel(/De kandidaat geeft toestemming/).check();
    await card.getByRole('button', { name: 'Opslaan: Voorstellen aan werkgever' }).click();
    await page
      .getByRole('region', { name: /^Voorgesteld aan werkgever/ })
      .getByRole('listitem')
      .filter({ hasText: 'Magazijnmedewerker' })
      .waitFor();
    const [placement] = await placementsOf(vacancyId);
    expect(placement.status).toBe('INTRODUCED');
    expect(placement.steps.at(-1)).toEqual({ toStatus: 'INTRODUCED', note: 'Gebeld met Samira, ze wil graag.' });
    await settle(page);
    await screenshot(page, 'plaatsingen');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('a matchmaker sets instruments: a loonkostensubsidie without loonwaarde is refused at the field, then saved', async () => {
    const [placement] = await placementsOf(vacancyId);
    const page = await pageAs(matchmaker);
    await page.goto(`${server.url}/plaatsingen/${placement.id}`);
    await page.getByRole('heading', { level: 1, name: 'Voordracht: Samira El Amrani' }).waitFor();
    await page.getByText('Sterke orderpicker, wil snel aan de slag.').waitFor();
    await page.getByLabel('Loonkostensubsidie', { exact: true }).check();
    await page.getByLabel('Jobcoach').check();
    await page.getByRole('button', { name: 'Instrumenten opslaan' }).click();
    const loonwaarde = page.getByLabel('Loonwaarde (% van het minimumloon)');
    await page.getByText('Is verplicht bij loonkostensubsidie (de uitkomst van de loonwaardebepaling).').waitFor();
    expect(await loonwaarde.getAttribute('aria-invalid')).toBe('true');
    // The error is announced with the field it belongs to.
    const describedBy = (await loonwaarde.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts).toContain('Is verplicht bij loonkostensubsidie (de uitkomst van de loonwaardebepaling).');
    expect((await placementsOf(vacancyId))[0].instruments).toEqual(expect.objectContaining({ loonkostensubsidie: false }));
    await screenshot(page, 'plaatsing-instrumenten-fout');

    await loonwaarde.fill('65');
    await page.getByRole('button', { name: 'Instrumenten opslaan' }).click();
    await page.getByText('Instrumenten opgeslagen.').waitFor();
    // Nothing typed was lost on the error: jobcoach is still ticked and saved.
    expect(await page.getByLabel('Jobcoach').isChecked()).toBe(true);
    expect((await placementsOf(vacancyId))[0].instruments).toEqual(expect.objectContaining({ loonkostensubsidie: true, loonwaardePct: 65 }));
    await settle(page);
    await screenshot(page, 'plaatsing');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('an employer asks for an introduction to an anonymised match, the matchmaker accepts with consent, and the employer then sees the name', async () => {
    const employerPage = await pageAs(werkgever);
    await employerPage.goto(`${server.url}/vacatures/${vacancyId}`);
    const card = employerPage.locator('.match-card').filter({ hasText: `Kandidaat ${pietId.slice(0, 8).toUpperCase()}` });
    await card.getByRole('button', { name: 'Kennismaking aanvragen' }).click();
    await card.getByRole('button', { name: 'Verzoek versturen' }).click();
    await card.getByText('Mag niet leeg zijn.').waitFor();
    await card.getByLabel('Waarom wilt u kennismaken?').fill('Ervaring met heftruck past precies bij ons magazijn.');
    await card.getByRole('button', { name: 'Verzoek versturen' }).click();
    await card.getByText(/Uw verzoek is verstuurd/).waitFor();
    expect(await employerPage.getByText('Piet').count()).toBe(0);

    const page = await pageAs(matchmaker);
    await page.goto(`${server.url}/plaatsingen`);
    const request = page.getByRole('region', { name: 'Open kennismakingsverzoeken van werkgevers' }).getByRole('listitem').filter({ hasText: 'Ervaring met heftruck' });
    await request.getByRole('button', { name: 'Accepteren' }).click();
    await request.getByRole('button', { name: 'Accepteren en voorstellen' }).click();
    await request.getByText(/^Moet aangevinkt zijn: accepteer alleen met toestemming van de kandidaat/).waitFor();
    await request.getByLabel(/De kandidaat geeft toestemming/).check();
    await request.getByRole('button', { name: 'Accepteren en voorstellen' }).click();
    await request.getByText(/Geaccepteerd/).waitFor();
    const piet = (await placementsOf(vacancyId)).find((p) => p.candidateId === pietId);
    expect(piet?.status).toBe('INTRODUCED');
    await page.close();

    await employerPage.goto(`${server.url}/plaatsingen`);
    await employerPage.getByRole('heading', { level: 1, name: 'Kandidaten voor mijn vacatures' }).waitFor();
    await employerPage.getByText('Geaccepteerd').waitFor();
    await employerPage.getByText('Piet Jansen').waitFor();
    await settle(employerPage);
    await screenshot(employerPage, 'werkgever-kennismakingen');
    expect(await seriousAccessibilityProblems(employerPage)).toEqual([]);
    await employerPage.close();
  });

  it('the dashboard shows the voordrachten and the placement just made, in tiles and the funnel', async () => {
    const [samira] = (await placementsOf(vacancyId)).filter((p) => p.candidateId === samiraId);
    for (const status of ['INTERVIEW', 'PLACED']) {
      await gqlOk(server.url, `mutation ($id: ID!, $s: PlacementStatus!) { advancePlacement(placementId: $id, status: $s) { id } }`, { id: samira.id, s: status }, matchmaker.token);
    }
    const page = await pageAs(accounthouder);
    await page.goto(`${server.url}/dashboard`);
    const tile = (label: string) => page.getByRole('list', { name: 'Kerncijfers' }).getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) });
    await tile('geplaatst').waitFor();
    expect(await tile('geplaatst').locator('.tile__value').textContent()).toBe('1');
    expect(await tile('voordrachten').locator('.tile__value').textContent()).toBe('2');
    // The vacancy had one opening, which the placement filled.
    expect(await tile('open vacatures').locator('.tile__value').textContent()).toBe('0');
    // The funnel's figures are in a table for a screen reader as well.
    const funnel = page.locator('figure').filter({ hasText: 'Plaatsingstrechter' });
    expect(await funnel.getByRole('row', { name: /Geplaatst/ }).getByRole('cell').first().textContent()).toBe('1');
    await settle(page);
    await screenshot(page, 'dashboard-cijfers');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // A filter narrows the figures: nothing was placed in Delft.
    await page.getByLabel('Gemeente of plaats').fill('Delft');
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }).document;
      const values = Array.from(doc.querySelectorAll('.tile')).find((t) => t.textContent?.includes('geplaatst'));
      return values?.textContent?.startsWith('0');
    });
    await page.close();
  });

  it('an ADMIN deactivates a user in Beheer (whose token stops working at once) and resets a password shown once', async () => {
    const colleague = await loginAs(server, 'MATCHMAKER', { email: 'jan.collega@test.wsp' });
    const me = `query { me { id } }`;
    await gqlOk(server.url, me, {}, colleague.token);
    const page = await pageAs(admin);
    await page.goto(`${server.url}/beheer`);
    const row = page.getByRole('row').filter({ hasText: 'jan.collega@test.wsp' });
    await row.getByRole('button', { name: /uitschakelen$/ }).click();
    await row.getByText('Uitgeschakeld').waitFor();
    const refused = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${colleague.token}` },
      body: JSON.stringify({ query: me }),
    });
    expect(JSON.stringify(await refused.json())).toContain('UNAUTHENTICATED');

    await row.getByRole('button', { name: /^Nieuw wachtwoord/ }).click();
    const shown = page.locator('code.password');
    await shown.waitFor();
    const password = (await shown.textContent())!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    await page.getByRole('heading', { name: 'Uitleg van de rangschikking' }).waitFor();
    await page.getByRole('table', { name: 'Criteria en gewichten' }).waitFor();
    await page.getByRole('table', { name: 'Auditlog' }).waitFor();
    await settle(page);
    await screenshot(page, 'beheer');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // The audit trail filtered to user records shows the deactivation.
    await page.getByLabel('Soort gegevens').selectOption('user');
    await page.getByRole('table', { name: 'Auditlog' }).getByRole('row').filter({ hasText: 'Gebruiker' }).first().waitFor();
    await page.close();
  });
});
