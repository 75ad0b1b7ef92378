import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectBadInput, withoutWrites } from '../helpers/expectations';
import { gql, gqlOk } from '../helpers/graphql-client';
import { PlacePicker } from '../../src/seed/synthetic-places';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * wspDashboard against a hand-counted fixture. Employers, vacancies and candidates go in through the API; their
 * history (publication and end dates, statuses) and the placements with their steps at known dates go in as SQL,
 * as a year of history cannot be made through the API today. Every figure below is counted by hand in the
 * comments next to the fixture. Period: 2025-01-01 .. 2025-12-31. All moments at 09:00 UTC (10:00 in Amsterdam).
 */
const DASHBOARD = `query ($from: Date!, $to: Date!, $filter: WspDashboardFilter, $t: Float) {
  wspDashboard(from: $from, to: $to, filter: $filter, knelpuntThreshold: $t) {
    from to
    vacancies { openVacancies openings openingsUnfilled leerwerkplekkenOpen
      perCategory { categoryCode categoryLabel openVacancies openings openingsUnfilled leerwerkplekken } }
    candidates { activeCandidates vijftigPlus statushouder jongereZonderStartkwalificatie
      perKlantcategorie { code label candidates }
      profileGaps { missingOpleidingsniveau missingTalents missingBeroepswensen missingTaalniveau } }
    funnel { steps { step reached conversion } rejected withdrawn }
    placements { placed banenafspraak loonkostensubsidie leerwerkplek jobcoach
      inWorkAfter6Months { due inWork notInWork notRecorded share }
      inWorkAfter12Months { due inWork notInWork notRecorded share } }
    uitstroom { candidatesPlaced candidateBase share }
    perMonth { month proposed placed }
    timing { overall { medianDaysToFirstProposal vacanciesWithoutProposal medianDaysToFill filledVacancies }
      perCategory { categoryCode medianDaysToFirstProposal vacanciesWithoutProposal medianDaysToFill filledVacancies } }
    knelpunten { count notYetAssessed threshold vacancies { vacancyId title employerName bestScore eligibleCandidates } }
    workloadAccounthouders { userId displayName employers openVacancies candidates openPlacements }
    workloadMatchmakers { userId displayName employers openVacancies candidates openPlacements }
    proportionality { targetGroup shareOfCandidates shareOfProposals shareOfPlacements perMonth { month shareOfProposals shareOfPlacements } }
  } }`;

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
/** Today's date in the Netherlands, as the dashboard counts (src/graphql/local-date.scalar.ts, which Jest cannot load here). */
const todayInNetherlands = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const at = (day: string) => `${day}T09:00:00Z`;

describe('wspDashboard', () => {
  let server: TestServer;
  let admin: Actor;
  let acc1: Actor;
  let acc2: Actor;
  let mm1: Actor;
  let mm2: Actor;
  let werkgever: Actor;
  const v: Record<string, string> = {};
  const c: Record<string, string> = {};
  let e1: string;

  const dashboard = async (actor: Actor, variables: Record<string, unknown> = {}) =>
    (await gqlOk(server.url, DASHBOARD, { ...YEAR, ...variables }, actor.token)).wspDashboard;

  beforeAll(async () => {
    // The knelpunten read model is filled by hand below, so the background refresh stays off here.
    server = await startTestServer({ MATCH_SUMMARY_INTERVAL_MS: '0', DASHBOARD_CACHE_SECONDS: '0' });
    admin = await loginAs(server, 'ADMIN');
    acc1 = await loginAs(server, 'ACCOUNTHOUDER');
    acc2 = await loginAs(server, 'ACCOUNTHOUDER');
    mm1 = await loginAs(server, 'MATCHMAKER');
    mm2 = await loginAs(server, 'MATCHMAKER');
    await server.db.query(`UPDATE app_user SET display_name = 'Joost' WHERE id = $1`, [acc1.id]);
    await server.db.query(`UPDATE app_user SET display_name = 'Anouk' WHERE id = $1`, [acc2.id]);
    await server.db.query(`UPDATE app_user SET display_name = 'Sanne' WHERE id = $1`, [mm1.id]);
    await server.db.query(`UPDATE app_user SET display_name = 'Mehmet' WHERE id = $1`, [mm2.id]);

    // Employers: E1 Zoetermeer (Joost), E2 Wassenaar (Anouk), E3 Delft (no accounthouder).
    e1 = (await createEmployer(server, acc1, { name: 'Bakkerij Zoet', placeName: 'Zoetermeer', accounthouderId: acc1.id, erkendLeerbedrijf: true })).id;
    const e2 = (await createEmployer(server, acc1, { name: 'Zorghuis Duinrust', placeName: 'Wassenaar', accounthouderId: acc2.id, erkendLeerbedrijf: true })).id;
    const e3 = (await createEmployer(server, acc1, { name: 'Metaal Delft', placeName: 'Delft' })).id;
    werkgever = await loginAs(server, 'WERKGEVER', { employerId: e1 });

    // Vacancies, then their history:
    //  V1 E1 logistiek Zoetermeer, 2 openings, OPEN, published 2025-01-10
    //  V2 E1 logistiek Zoetermeer, 1 opening, leerwerkplek, OPEN, published 2025-03-01
    //  V3 E2 zorg Wassenaar, 1 opening, leerwerkplek, FILLED, published 2024-11-20, filled 2025-01-20 (61 days)
    //  V4 E2 zorg Wassenaar, 3 openings, OPEN, published 2025-06-01
    //  V5 E3 metaal Delft, 1 opening, FILLED, published 2025-04-01, filled 2025-04-21 (20 days)
    //  V6 E3 metaal Delft, CLOSED, published 2025-08-01, ended 2025-09-01, never proposed
    //  V7 E1 logistiek Zoetermeer, CLOSED, published 2024-04-01, ended 2025-01-15
    //  V8 E1 logistiek Zoetermeer, DRAFT
    const vacancies: Array<[string, string, string, string, number, boolean, string, string | null, string | null]> = [
      ['V1', e1, 'logistiek', 'Zoetermeer', 2, false, 'OPEN', '2025-01-10', null],
      ['V2', e1, 'logistiek', 'Zoetermeer', 1, true, 'OPEN', '2025-03-01', null],
      ['V3', e2, 'zorg-en-welzijn', 'Wassenaar', 1, true, 'FILLED', '2024-11-20', '2025-01-20'],
      ['V4', e2, 'zorg-en-welzijn', 'Wassenaar', 3, false, 'OPEN', '2025-06-01', null],
      ['V5', e3, 'metaal', 'Delft', 1, false, 'FILLED', '2025-04-01', '2025-04-21'],
      ['V6', e3, 'metaal', 'Delft', 1, false, 'CLOSED', '2025-08-01', '2025-09-01'],
      ['V7', e1, 'logistiek', 'Zoetermeer', 1, false, 'CLOSED', '2024-04-01', '2025-01-15'],
      ['V8', e1, 'logistiek', 'Zoetermeer', 1, false, 'DRAFT', null, null],
    ];
    for (const [key, employerId, categoryCode, placeName, openings, leerwerkplek, status, published, ended] of vacancies) {
      v[key] = (await createVacancy(server, acc1, { employerId, categoryCode, placeName, openings, title: `Vacature ${key}` })).id;
      await server.db.query(
        `UPDATE vacancy SET status = $2, leerwerkplek = $3, published_at = $4, ended_at = $5, contract_type = CASE WHEN $3 THEN 'BBL' ELSE contract_type END WHERE id = $1`,
        [v[key], status, leerwerkplek, published && at(published), ended && at(ended)],
      );
    }

    // Candidates (status now; target groups from the birth date):
    //  C1 Zoetermeer 1A 50+ (1960), logistiek, talents, B1, MBO2, Sanne, ACTIVE
    //  C2 Leiden 2A statushouder (1990), no wishes, no talents, A2, no education, Sanne, ACTIVE
    //  C3 Zoetermeer 1B jongere (2005) without startkwalificatie, logistiek, talents, no taalniveau, no education, Mehmet, ACTIVE
    //  C4 Wassenaar 2B banenafspraak (1980), zorg, B1, MBO1, Mehmet, PLACED
    //  C5 Delft 1A (1985), metaal, B2, MBO3, no matchmaker, PLACED
    //  C6 Zoetermeer 3A 50+ statushouder (1965), INACTIVE
    //  C7 Zoetermeer 1C (1995), logistiek, B1, MBO2, Sanne, PLACED
    //  C8 Den Haag, no klantcategorie, 50+ (1970), administratie, no talents, C1, HBO, Sanne, ACTIVE
    const candidates: Array<[string, Record<string, unknown>]> = [
      ['C1', { placeName: 'Zoetermeer', klantcategorie: '1A', birthDate: '1960-05-01', categoryWishes: ['logistiek'], talents: ['orderpicken'], taalniveau: 'B1', opleidingsniveau: 'MBO2', matchmakerId: mm1.id }],
      ['C2', { placeName: 'Leiden', klantcategorie: '2A', statushouder: true, birthDate: '1990-03-01', categoryWishes: [], talents: [], taalniveau: 'A2', matchmakerId: mm1.id }],
      ['C3', { placeName: 'Zoetermeer', klantcategorie: '1B', birthDate: '2005-01-01', startkwalificatie: false, categoryWishes: ['logistiek'], talents: ['orderpicken'], matchmakerId: mm2.id }],
      ['C4', { placeName: 'Wassenaar', klantcategorie: '2B', banenafspraak: true, birthDate: '1980-01-01', categoryWishes: ['zorg-en-welzijn'], talents: ['orderpicken'], taalniveau: 'B1', opleidingsniveau: 'MBO1', matchmakerId: mm2.id, status: 'PLACED' }],
      ['C5', { placeName: 'Delft', klantcategorie: '1A', birthDate: '1985-01-01', categoryWishes: ['metaal'], talents: ['orderpicken'], taalniveau: 'B2', opleidingsniveau: 'MBO3', status: 'PLACED' }],
      ['C6', { placeName: 'Zoetermeer', klantcategorie: '3A', statushouder: true, birthDate: '1965-01-01', categoryWishes: ['logistiek'], talents: ['orderpicken'], status: 'INACTIVE' }],
      ['C7', { placeName: 'Zoetermeer', klantcategorie: '1C', birthDate: '1995-01-01', categoryWishes: ['logistiek'], talents: ['orderpicken'], taalniveau: 'B1', opleidingsniveau: 'MBO2', matchmakerId: mm1.id, status: 'PLACED' }],
      ['C8', { placeName: 'Den Haag', birthDate: '1970-01-01', categoryWishes: ['administratie'], talents: [], taalniveau: 'C1', opleidingsniveau: 'HBO', matchmakerId: mm1.id }],
    ];
    for (const [key, input] of candidates) c[key] = (await createCandidate(server, mm1, input)).id;
    await server.db.query(`UPDATE candidate SET klantcategorie_code = NULL WHERE id = $1`, [c.C8]);

    // Placements with their steps:
    //  P1 C7 on V1: proposed 02-01, introduced 02-05, interview 02-10, trial 02-15, placed 03-01; jobcoach; 6 months: in work
    //  P2 C4 on V4: proposed 06-10, introduced 06-12, interview 06-15, placed 06-20 (no proefplaatsing); loonkostensubsidie 60 %; 6 months: not in work
    //  P3 C5 on V5: proposed 04-05, introduced 04-08, interview 04-10, placed 04-20; 6 months not recorded
    //  P4 C1 on V1: proposed 03-10, rejected 03-20
    //  P5 C2 on V4: proposed 06-15, introduced 06-18, withdrawn 06-25
    //  P6 C3 on V2: proposed 12-20, introduced 2026-01-05, still open
    //  P7 C8 on V3: proposed 2024-12-01, introduced 12-05, interview 12-10, placed 2025-01-20; 6 months: in work (C8 is active again now)
    //  P8 C6 on V7: proposed 2024-04-01, introduced 04-05, interview 04-10, placed 2024-05-10; 12 months: in work
    const placements: Array<{
      key: string;
      vacancy: string;
      candidate: string;
      steps: Array<[string, string]>;
      lks?: boolean;
      jobcoach?: boolean;
      six?: boolean | null;
      twelve?: boolean | null;
    }> = [
      { key: 'P1', vacancy: 'V1', candidate: 'C7', steps: [['PROPOSED', '2025-02-01'], ['INTRODUCED', '2025-02-05'], ['INTERVIEW', '2025-02-10'], ['TRIAL', '2025-02-15'], ['PLACED', '2025-03-01']], jobcoach: true, six: true },
      { key: 'P2', vacancy: 'V4', candidate: 'C4', steps: [['PROPOSED', '2025-06-10'], ['INTRODUCED', '2025-06-12'], ['INTERVIEW', '2025-06-15'], ['PLACED', '2025-06-20']], lks: true, six: false },
      { key: 'P3', vacancy: 'V5', candidate: 'C5', steps: [['PROPOSED', '2025-04-05'], ['INTRODUCED', '2025-04-08'], ['INTERVIEW', '2025-04-10'], ['PLACED', '2025-04-20']] },
      { key: 'P4', vacancy: 'V1', candidate: 'C1', steps: [['PROPOSED', '2025-03-10'], ['REJECTED', '2025-03-20']] },
      { key: 'P5', vacancy: 'V4', candidate: 'C2', steps: [['PROPOSED', '2025-06-15'], ['INTRODUCED', '2025-06-18'], ['WITHDRAWN', '2025-06-25']] },
      { key: 'P6', vacancy: 'V2', candidate: 'C3', steps: [['PROPOSED', '2025-12-20'], ['INTRODUCED', '2026-01-05']] },
      { key: 'P7', vacancy: 'V3', candidate: 'C8', steps: [['PROPOSED', '2024-12-01'], ['INTRODUCED', '2024-12-05'], ['INTERVIEW', '2024-12-10'], ['PLACED', '2025-01-20']], six: true },
      { key: 'P8', vacancy: 'V7', candidate: 'C6', steps: [['PROPOSED', '2024-04-01'], ['INTRODUCED', '2024-04-05'], ['INTERVIEW', '2024-04-10'], ['PLACED', '2024-05-10']], twelve: true },
    ];
    for (const p of placements) {
      const last = p.steps[p.steps.length - 1];
      const placed = p.steps.find(([s]) => s === 'PLACED');
      const closed = ['REJECTED', 'WITHDRAWN'].includes(last[0]) ? last[1] : null;
      const { rows } = await server.db.query(
        `INSERT INTO placement (vacancy_id, candidate_id, status, proposed_by, proposed_at, placed_at, closed_at, close_reason,
                                loonkostensubsidie, loonwaarde_pct, jobcoach, in_work_after_6_months, in_work_after_12_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          v[p.vacancy], c[p.candidate], last[0], mm1.id, at(p.steps[0][1]), placed ? at(placed[1]) : null, closed && at(closed),
          closed ? 'OTHER' : null, p.lks ?? false, p.lks ? 60 : null, p.jobcoach ?? false, p.six ?? null, p.twelve ?? null,
        ],
      );
      let from: string | null = null;
      for (const [status, day] of p.steps) {
        await server.db.query(`INSERT INTO placement_step (placement_id, from_status, to_status, actor_id, at) VALUES ($1, $2, $3, $4, $5)`, [
          rows[0].id, from, status, mm1.id, at(day),
        ]);
        from = status;
      }
    }

    // The matching module's knelpunten read model: V1 best 0.8, V2 nobody eligible, V4 assessed for an older version.
    await server.db.query(
      `INSERT INTO vacancy_match_summary (vacancy_id, vacancy_version, best_score, eligible_count)
       SELECT id, version, 0.8, 5 FROM vacancy WHERE id = $1
       UNION ALL SELECT id, version, NULL, 0 FROM vacancy WHERE id = $2
       UNION ALL SELECT id, version - 1, 0.5, 2 FROM vacancy WHERE id = $3`,
      [v.V1, v.V2, v.V4],
    );
  }, 120_000);

  afterAll(() => server?.stop());

  it('builds the fixture as described (target groups derived from the birth date)', async () => {
    const { rows } = await server.db.query(
      `SELECT count(*) FILTER (WHERE vijftig_plus)::int AS v, count(*) FILTER (WHERE jongere AND startkwalificatie = false)::int AS j FROM candidate`,
    );
    expect(rows[0]).toEqual({ v: 3, j: 1 }); // C1, C6, C8; C3
  });

  it('reports every figure for staff as counted by hand', async () => {
    const d = await dashboard(admin);
    expect(d.from).toBe('2025-01-01');
    expect(d.to).toBe('2025-12-31');

    // Open now: V1 (2 openings, 1 placed), V2 (1, leerwerkplek), V4 (3, 1 placed).
    expect(d.vacancies).toEqual({
      openVacancies: 3,
      openings: 6,
      openingsUnfilled: 4,
      leerwerkplekkenOpen: 1,
      perCategory: [
        { categoryCode: 'logistiek', categoryLabel: expect.any(String), openVacancies: 2, openings: 3, openingsUnfilled: 2, leerwerkplekken: 1 },
        { categoryCode: 'zorg-en-welzijn', categoryLabel: expect.any(String), openVacancies: 1, openings: 3, openingsUnfilled: 2, leerwerkplekken: 0 },
      ],
    });

    // Active now: C1, C2, C3, C8.
    expect(d.candidates).toEqual({
      activeCandidates: 4,
      vijftigPlus: 2, // C1, C8
      statushouder: 1, // C2
      jongereZonderStartkwalificatie: 1, // C3
      perKlantcategorie: [
        { code: '1A', label: expect.any(String), candidates: 1 },
        { code: '1B', label: expect.any(String), candidates: 1 },
        { code: '1C', label: expect.any(String), candidates: 0 },
        { code: '2A', label: expect.any(String), candidates: 1 },
        { code: '2B', label: expect.any(String), candidates: 0 },
        { code: '3A', label: expect.any(String), candidates: 0 },
        { code: '3B', label: expect.any(String), candidates: 0 },
        { code: null, label: 'Niet vastgelegd', candidates: 1 },
      ],
      // education: C2, C3; talents: C2, C8; beroepswensen: C2; taalniveau: C3
      profileGaps: { missingOpleidingsniveau: 0.5, missingTalents: 0.5, missingBeroepswensen: 0.25, missingTaalniveau: 0.25 },
    });
    const labels = (await server.db.query(`SELECT code, label FROM klantcategorie`)).rows;
    for (const row of d.candidates.perKlantcategorie.filter((k: { code: string | null }) => k.code)) {
      expect(row.label).toBe(labels.find((l) => l.code === row.code).label);
    }

    // Proposed in 2025: P1..P6. Reached: P1, P2, P3 placed (P2 and P3 without a proefplaatsing, counted for TRIAL as a
    // later step counts for every earlier one); P5, P6 introduced; P4 proposed only.
    expect(d.funnel).toEqual({
      steps: [
        { step: 'PROPOSED', reached: 6, conversion: null },
        { step: 'INTRODUCED', reached: 5, conversion: 0.8333 },
        { step: 'INTERVIEW', reached: 3, conversion: 0.6 },
        { step: 'TRIAL', reached: 3, conversion: 1 },
        { step: 'PLACED', reached: 3, conversion: 1 },
      ],
      rejected: 1,
      withdrawn: 1,
    });

    // Placed in 2025: P7 (01-20), P1 (03-01), P3 (04-20), P2 (06-20).
    expect(d.placements).toEqual({
      placed: 4,
      banenafspraak: 1, // C4
      loonkostensubsidie: 1, // P2
      leerwerkplek: 1, // V3
      jobcoach: 1, // P1
      // 6-month checks due in 2025: P7 (07-20) yes, P1 (09-01) yes, P3 (10-20) not recorded, P2 (12-20) no.
      inWorkAfter6Months: { due: 4, inWork: 2, notInWork: 1, notRecorded: 1, share: 0.6667 },
      // 12-month checks due in 2025: P8 (2025-05-10) yes.
      inWorkAfter12Months: { due: 1, inWork: 1, notInWork: 0, notRecorded: 0, share: 1 },
    });

    // Placed: C7, C4, C5, C8; base: 4 active + C7, C4, C5 (C8 is active again) = 7.
    expect(d.uitstroom).toEqual({ candidatesPlaced: 4, candidateBase: 7, share: 0.5714 });

    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`);
    const proposed: Record<string, number> = { '2025-02': 1, '2025-03': 1, '2025-04': 1, '2025-06': 2, '2025-12': 1 };
    const placedPerMonth: Record<string, number> = { '2025-01': 1, '2025-03': 1, '2025-04': 1, '2025-06': 1 };
    expect(d.perMonth).toEqual(months.map((month) => ({ month, proposed: proposed[month] ?? 0, placed: placedPerMonth[month] ?? 0 })));

    // First proposal after publication (published in 2025): V1 22 d, V2 294 d, V4 9 d, V5 4 d; V6 none.
    // Filled in 2025: V3 61 d, V5 20 d.
    expect(d.timing).toEqual({
      overall: { medianDaysToFirstProposal: 15.5, vacanciesWithoutProposal: 1, medianDaysToFill: 40.5, filledVacancies: 2 },
      perCategory: [
        { categoryCode: 'logistiek', medianDaysToFirstProposal: 158, vacanciesWithoutProposal: 0, medianDaysToFill: null, filledVacancies: 0 },
        { categoryCode: 'zorg-en-welzijn', medianDaysToFirstProposal: 9, vacanciesWithoutProposal: 0, medianDaysToFill: 61, filledVacancies: 1 },
        { categoryCode: 'metaal', medianDaysToFirstProposal: 4, vacanciesWithoutProposal: 1, medianDaysToFill: 20, filledVacancies: 1 },
      ],
    });

    // V2 has no eligible candidate; V1's best is 0.8; V4's summary is for an older version.
    expect(d.knelpunten).toEqual({
      count: 1,
      notYetAssessed: 1,
      threshold: 0.6,
      vacancies: [{ vacancyId: v.V2, title: 'Vacature V2', employerName: 'Bakkerij Zoet', bestScore: null, eligibleCandidates: 0 }],
    });

    expect(d.workloadAccounthouders).toEqual([
      { userId: acc1.id, displayName: 'Joost', employers: 1, openVacancies: 2, candidates: null, openPlacements: 1 }, // P6
      { userId: acc2.id, displayName: 'Anouk', employers: 1, openVacancies: 1, candidates: null, openPlacements: 0 },
      { userId: null, displayName: 'Niet toegewezen', employers: 1, openVacancies: 0, candidates: null, openPlacements: 0 },
    ]);
    expect(d.workloadMatchmakers).toEqual([
      { userId: mm1.id, displayName: 'Sanne', employers: null, openVacancies: null, candidates: 3, openPlacements: 0 }, // C1, C2, C8
      { userId: mm2.id, displayName: 'Mehmet', employers: null, openVacancies: null, candidates: 1, openPlacements: 1 }, // C3, P6
    ]);

    // Proposals (6): C7, C4, C5, C1 (50+), C2 (statushouder), C3 (jongere). Placements (4): C7, C4, C5, C8 (50+).
    const [vijftig, statushouder, jongere] = d.proportionality;
    expect(vijftig).toMatchObject({ targetGroup: 'VIJFTIG_PLUS', shareOfCandidates: 0.5, shareOfProposals: 0.1667, shareOfPlacements: 0.25 });
    expect(statushouder).toMatchObject({ targetGroup: 'STATUSHOUDER', shareOfCandidates: 0.25, shareOfProposals: 0.1667, shareOfPlacements: 0 });
    expect(jongere).toMatchObject({ targetGroup: 'JONGERE_ZONDER_STARTKWALIFICATIE', shareOfCandidates: 0.25, shareOfProposals: 0.1667, shareOfPlacements: 0 });
    expect(vijftig.perMonth).toHaveLength(12);
    expect(vijftig.perMonth[0]).toEqual({ month: '2025-01', shareOfProposals: null, shareOfPlacements: 1 }); // P7 (C8)
    expect(vijftig.perMonth[2]).toEqual({ month: '2025-03', shareOfProposals: 1, shareOfPlacements: 0 }); // P4 (C1); P1 (C7)
    expect(statushouder.perMonth[5]).toEqual({ month: '2025-06', shareOfProposals: 0.5, shareOfPlacements: 0 }); // P2, P5 (C2); P2
  });

  it('moves the knelpunten with the threshold', async () => {
    const d = await dashboard(admin, { t: 0.9 });
    expect(d.knelpunten.count).toBe(2); // V2 and now V1 (0.8)
    expect(d.knelpunten.vacancies.map((k: { vacancyId: string }) => k.vacancyId)).toEqual([v.V1, v.V2]); // longest open first
  });

  it('filters by municipality, category and accounthouder', async () => {
    const zoetermeer = await dashboard(admin, { filter: { municipality: 'Zoetermeer' } });
    expect(zoetermeer.vacancies).toMatchObject({ openVacancies: 2, openings: 3, leerwerkplekkenOpen: 1 }); // V1, V2
    expect(zoetermeer.candidates.activeCandidates).toBe(2); // C1, C3
    expect(zoetermeer.funnel.steps[0].reached).toBe(3); // P1, P4, P6
    expect(zoetermeer.placements.placed).toBe(1); // P1

    const lansingerland = await dashboard(admin, { filter: { municipality: 'Lansingerland' } });
    expect(lansingerland.vacancies.openVacancies).toBe(0);
    expect(lansingerland.candidates.activeCandidates).toBe(0);

    const zorg = await dashboard(admin, { filter: { categoryCode: 'zorg-en-welzijn' } });
    expect(zorg.vacancies).toMatchObject({ openVacancies: 1, openings: 3 }); // V4
    expect(zorg.candidates.activeCandidates).toBe(0); // C4 wishes zorg but is placed
    expect(zorg.placements.placed).toBe(2); // P2 (V4), P7 (V3)
    expect(zorg.timing.perCategory.map((t: { categoryCode: string }) => t.categoryCode)).toEqual(['zorg-en-welzijn']);

    const anouk = await dashboard(admin, { filter: { accounthouderId: acc2.id } });
    expect(anouk.vacancies.openVacancies).toBe(1); // V4
    expect(anouk.placements.placed).toBe(2); // P2, P7
    expect(anouk.funnel.steps[0].reached).toBe(2); // P2, P5
    expect(anouk.workloadAccounthouders).toEqual([expect.objectContaining({ userId: acc2.id, openVacancies: 1 })]);
    expect(anouk.candidates.activeCandidates).toBe(4); // candidates are not an accounthouder's
  });

  it('gives a WERKGEVER its own employer’s figures only, and nothing that describes people', async () => {
    const d = await dashboard(werkgever);
    expect(d.vacancies).toMatchObject({ openVacancies: 2, openings: 3, openingsUnfilled: 2, leerwerkplekkenOpen: 1 }); // V1, V2
    expect(d.funnel.steps.map((s: { reached: number }) => s.reached)).toEqual([3, 2, 1, 1, 1]); // P1, P4, P6
    expect(d.placements).toMatchObject({ placed: 1, leerwerkplek: 0, banenafspraak: null, loonkostensubsidie: null, jobcoach: null });
    expect(d.placements.inWorkAfter6Months).toBeNull();
    expect(d.candidates).toBeNull();
    expect(d.uitstroom).toBeNull();
    expect(d.workloadAccounthouders).toBeNull();
    expect(d.workloadMatchmakers).toBeNull();
    expect(d.proportionality).toBeNull();
    expect(d.knelpunten.vacancies.map((k: { employerName: string }) => k.employerName)).toEqual(['Bakkerij Zoet']);

    // Another accounthouder's filter narrows, never widens, the employer's own scope.
    const other = await dashboard(werkgever, { filter: { accounthouderId: acc2.id } });
    expect(other.vacancies.openVacancies).toBe(0);
    expect(other.placements.placed).toBe(0);
  });

  it('names the field of bad input, and reads nothing', async () => {
    const ask = (variables: Record<string, unknown>) => withoutWrites(server, () => gql(server.url, DASHBOARD, { ...YEAR, ...variables }, admin.token));
    expectBadInput(await ask({ from: '2025-06-01', to: '2025-05-31' }), 'from', /mag niet na het einde van de periode liggen/);
    expectBadInput(await ask({ from: '2015-01-01', to: '2025-01-02' }), 'to', /langer dan 10 jaar/);
    expect((await ask({ from: '2015-01-02', to: '2025-01-02' })).errors).toBeUndefined(); // exactly 10 years
    expectBadInput(await ask({ filter: { categoryCode: 'ruimtevaart' } }), 'filter.categoryCode', /onbekende categorie/);
    expectBadInput(await ask({ filter: { accounthouderId: mm1.id } }), 'filter.accounthouderId', /geen bekende accounthouder/);
    expectBadInput(await ask({ filter: { accounthouderId: 'not-an-id' } }), 'filter.accounthouderId', /geen bekende accounthouder/);
    expectBadInput(await ask({ filter: { municipality: 'Atlantis' } }), 'filter.municipality', /onbekende gemeente/);
    expectBadInput(await ask({ t: 1.5 }), 'knelpuntThreshold', /tussen 0 en 1/);
    const several = await ask({ from: '2025-06-01', to: '2025-05-31', filter: { categoryCode: 'ruimtevaart' } });
    expect(several.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'from' }),
      expect.objectContaining({ field: 'filter.categoryCode' }),
    ]);
    expect((await ask({ from: '2025-02-30' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an anonymous caller', async () => {
    const res = await gql(server.url, DASHBOARD, YEAR);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('wspDashboard on placements made through the API', () => {
  let server: TestServer;
  afterAll(() => server?.stop());

  it('counts what the placements module writes, at once (no counters to update)', async () => {
    server = await startTestServer({ MATCH_SUMMARY_INTERVAL_MS: '0', DASHBOARD_CACHE_SECONDS: '0' });
    const acc = await loginAs(server, 'ACCOUNTHOUDER');
    const mm = await loginAs(server, 'MATCHMAKER');
    const employer = await createEmployer(server, acc, { name: 'Tuincentrum Groen', placeName: 'Pijnacker', accounthouderId: acc.id });
    const vacancy = await createVacancy(server, acc, { employerId: employer.id, placeName: 'Pijnacker', openings: 1 });
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancy.id }, acc.token);
    const first = await createCandidate(server, mm, { placeName: 'Delft', matchmakerId: mm.id });
    const second = await createCandidate(server, mm, { placeName: 'Delft', matchmakerId: mm.id });
    const propose = async (candidateId: string) =>
      (await gqlOk(server.url, `mutation ($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, candidateId: $c, note: "Past goed") { id } }`, { v: vacancy.id, c: candidateId }, mm.token))
        .proposeCandidate.id;
    const advance = (id: string, status: string, extra = '') =>
      gqlOk(server.url, `mutation ($id: ID!) { advancePlacement(placementId: $id, status: ${status}${extra}) { id } }`, { id }, mm.token);
    const placed = await propose(first.id);
    const withdrawn = await propose(second.id);
    await advance(withdrawn, 'WITHDRAWN', ', reason: CANDIDATE_FOUND_OTHER_WORK'); // before the last opening is filled
    await advance(placed, 'INTRODUCED', ', candidateConsent: true');
    await advance(placed, 'INTERVIEW');
    await advance(placed, 'PLACED');

    const today = todayInNetherlands(); // the Dutch date, as the dashboard counts
    const d = (await gqlOk(server.url, DASHBOARD, { from: today, to: today }, acc.token)).wspDashboard;
    // Placed without a proefplaatsing: a later step counts for every earlier one, TRIAL included.
    expect(d.funnel.steps.map((s: { reached: number }) => s.reached)).toEqual([2, 1, 1, 1, 1]);
    expect(d.funnel.withdrawn).toBe(1);
    expect(d.placements.placed).toBe(1);
    expect(d.vacancies.openVacancies).toBe(0); // its one opening is filled
    expect(d.uitstroom).toEqual({ candidatesPlaced: 1, candidateBase: 2, share: 0.5 }); // the other is still active
    expect(d.perMonth).toEqual([{ month: today.slice(0, 7), proposed: 2, placed: 1 }]);
  });
});

describe('wspDashboard figures of now, reused while nothing changed', () => {
  // The figures that do not depend on the period (open vacancies, candidates, workload, knelpunten) are kept per
  // scope and reused until a write touches a table they read (src/dashboard/dashboard-figure-cache.ts). The result
  // cache with its TTL is off, so every request below goes through that figure cache.
  let server: TestServer;
  afterAll(() => server?.stop());

  it('shows every write on the next request, including one that was still uncommitted while figures were read', async () => {
    server = await startTestServer({ MATCH_SUMMARY_INTERVAL_MS: '0', DASHBOARD_CACHE_SECONDS: '0' });
    const acc = await loginAs(server, 'ACCOUNTHOUDER');
    const mm = await loginAs(server, 'MATCHMAKER');
    const today = todayInNetherlands(); // the Dutch date, as the dashboard counts
    const read = async (variables: Record<string, unknown> = {}) => (await gqlOk(server.url, DASHBOARD, { from: today, to: today, ...variables }, acc.token)).wspDashboard;
    const employer = await createEmployer(server, acc, { name: 'Bakkerij Brood', placeName: 'Wassenaar' });
    const vacancy = await createVacancy(server, acc, { employerId: employer.id, placeName: 'Wassenaar', openings: 2 });
    const candidate = await createCandidate(server, mm, { placeName: 'Wassenaar', matchmakerId: mm.id });

    // Read twice (the second from kept figures), then each write shows on the very next request.
    for (let i = 0; i < 2; i++) {
      const d = await read();
      expect(d.vacancies.openVacancies).toBe(0);
      expect(d.candidates.activeCandidates).toBe(1);
    }
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancy.id }, acc.token);
    let d = await read();
    expect(d.vacancies).toMatchObject({ openVacancies: 1, openings: 2, openingsUnfilled: 2 });
    expect(d.knelpunten.notYetAssessed).toBe(1);
    expect(d.workloadAccounthouders).toEqual([expect.objectContaining({ userId: null, employers: 1, openVacancies: 1 })]);
    // Per scope: a municipality's figures are kept apart from the region's.
    expect((await read({ filter: { municipality: 'Delft' } })).vacancies.openVacancies).toBe(0);
    expect((await read({ filter: { municipality: 'Wassenaar' } })).vacancies.openVacancies).toBe(1);

    await gqlOk(server.url, `mutation ($e: ID!, $a: ID) { assignAccounthouder(employerId: $e, accounthouderId: $a) { id } }`, { e: employer.id, a: acc.id }, acc.token);
    expect((await read()).workloadAccounthouders).toEqual([expect.objectContaining({ userId: acc.id, employers: 1, openVacancies: 1 })]);

    await gqlOk(server.url, `mutation ($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, candidateId: $c, note: "Past") { id } }`, { v: vacancy.id, c: candidate.id }, mm.token);
    d = await read();
    expect(d.workloadAccounthouders[0].openPlacements).toBe(1);
    expect(d.workloadMatchmakers).toEqual([expect.objectContaining({ userId: mm.id, candidates: 1, openPlacements: 1 })]);

    // The matching module's read model: a summary written for the vacancy's current version assesses it.
    await server.db.query(
      `INSERT INTO vacancy_match_summary (vacancy_id, vacancy_version, best_score, eligible_count, computed_at)
       SELECT id, version, 0.2, 1, now() FROM vacancy WHERE id = $1`,
      [vacancy.id],
    );
    expect((await read()).knelpunten).toMatchObject({ count: 1, notYetAssessed: 0 });

    // A write that has not committed yet while the figures are read: that request does not see it (read
    // committed), and the figures it read are not kept, so the request after the commit does.
    const writer = await server.db.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`UPDATE candidate SET status = 'INACTIVE' WHERE id = $1`, [candidate.id]);
      expect((await read()).candidates.activeCandidates).toBe(1);
      await writer.query('COMMIT');
    } finally {
      writer.release();
    }
    expect((await read()).candidates.activeCandidates).toBe(0);
  });

  it('reuses figures while a transaction that wrote only other tables is still open', async () => {
    const acc = await loginAs(server, 'ACCOUNTHOUDER');
    const mm = await loginAs(server, 'MATCHMAKER');
    const VIEW = `{ wspDashboard { candidates { activeCandidates } } }`;
    const view = async (signal?: AbortSignal) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${acc.token}` },
        body: JSON.stringify({ query: VIEW }),
        signal,
      });
      return ((await res.json()) as { data: { wspDashboard: { candidates: { activeCandidates: number } } } }).data.wspDashboard;
    };
    await createCandidate(server, mm, { placeName: 'Wassenaar' });
    const active = (await server.db.query(`SELECT count(*)::int AS n FROM candidate WHERE status = 'ACTIVE'`)).rows[0].n;

    // Another transaction has written (it has a transaction id) but only its own table, and stays open.
    const other = await server.db.connect();
    const locker = await server.db.connect();
    try {
      await other.query('BEGIN');
      await other.query('CREATE TEMP TABLE elsewhere (x int)');
      await other.query('INSERT INTO elsewhere VALUES (1)');
      expect((await view()).candidates.activeCandidates).toBe(active);
      // Kept: answered again while the tables are locked, so without reading them.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE candidate, vacancy, placement IN ACCESS EXCLUSIVE MODE');
      expect((await view(AbortSignal.timeout(5000))).candidates.activeCandidates).toBe(active);
    } finally {
      await locker.query('ROLLBACK');
      await other.query('ROLLBACK');
      locker.release();
      other.release();
    }
  });
});


describe('the default view, computed ahead', () => {
  let server: TestServer;
  afterAll(() => server?.stop());

  it('opens on the last 12 months and answers from figures computed in the background, up to date with the last write', async () => {
    server = await startTestServer({ DASHBOARD_WARM_SECONDS: '1', DASHBOARD_CACHE_SECONDS: '0', MATCH_SUMMARY_INTERVAL_MS: '0' });
    const acc = await loginAs(server, 'ACCOUNTHOUDER');
    const mm = await loginAs(server, 'MATCHMAKER');
    const employer = await createEmployer(server, acc, { name: 'Warm BV', placeName: 'Leiden' });
    await createVacancy(server, acc, { employerId: employer.id, placeName: 'Leiden', categoryCode: 'logistiek' });
    const DEFAULT_VIEW = `{ wspDashboard { from to candidates { activeCandidates } perMonth { month } } }`;

    // No dates: today in the Netherlands and the first day of the month 11 months before.
    const today = todayInNetherlands();
    const [y, m] = today.split('-').map(Number);
    const first = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
    const opened = (await gqlOk(server.url, DEFAULT_VIEW, {}, acc.token)).wspDashboard;
    expect(opened).toMatchObject({ from: first, to: today, candidates: { activeCandidates: 0 } });
    expect(opened.perMonth).toHaveLength(12);

    // After a write and the background round that followed it, the default view is read while the tables it counts
    // are locked: only figures computed ahead (after the write) can answer. A request that had to read the tables
    // would wait for the lock. (A round may see a writer of another test file's database in progress and then keep
    // nothing, hence a few attempts.)
    const rounds = () => server.logs().split('\n').filter((line) => line.includes('default dashboard view computed ahead')).length;
    let answered: { candidates: { activeCandidates: number } } | undefined;
    let written = 0;
    for (let attempt = 0; attempt < 5 && !answered; attempt++) {
      const before = rounds();
      await createCandidate(server, mm, { placeName: 'Leiden' });
      written++;
      for (let i = 0; i < 100 && rounds() === before; i++) await new Promise((r) => setTimeout(r, 100));
      const locker = await server.db.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE candidate, vacancy, placement IN ACCESS EXCLUSIVE MODE');
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${acc.token}` },
          body: JSON.stringify({ query: DEFAULT_VIEW }),
          signal: AbortSignal.timeout(3000),
        }).catch(() => undefined);
        answered = res ? ((await res.json()) as { data: { wspDashboard: typeof answered } }).data.wspDashboard : undefined;
      } finally {
        await locker.query('ROLLBACK');
        locker.release();
      }
    }
    expect(answered).toMatchObject({ candidates: { activeCandidates: written } });
  });
});

describe('knelpunten read model', () => {
  let server: TestServer;
  afterAll(() => server?.stop());

  it('is filled in the background for every open vacancy, and a changed vacancy is assessed again', async () => {
    server = await startTestServer({ MATCH_SUMMARY_INTERVAL_MS: '200', DASHBOARD_CACHE_SECONDS: '0' });
    const acc = await loginAs(server, 'ACCOUNTHOUDER');
    const mm = await loginAs(server, 'MATCHMAKER');
    const employer = await createEmployer(server, acc, { name: 'Groen BV', placeName: 'Voorschoten' });
    const open = await createVacancy(server, acc, { employerId: employer.id, placeName: 'Voorschoten', categoryCode: 'logistiek' });
    const nobody = await createVacancy(server, acc, { employerId: employer.id, placeName: 'Voorschoten', categoryCode: 'logistiek', requiredTalents: ['lassen'], minTaalniveau: 'C2' });
    // The candidate first: a new candidate does not make summaries stale (they are rescored at least daily).
    await createCandidate(server, mm, { placeName: 'Voorschoten', talents: ['heftruck', 'orderpicken'], taalniveau: 'B1', maxTravelKm: 20, hoursMin: 24, hoursMax: 32 });
    await server.db.query(`UPDATE vacancy SET status = 'OPEN', published_at = now(), version = version + 1 WHERE id IN ($1, $2)`, [open.id, nobody.id]);

    const read = async () => (await gqlOk(server.url, DASHBOARD, { from: '2026-01-01', to: '2026-12-31', t: 0.3 }, acc.token)).wspDashboard.knelpunten;
    let k = await read();
    for (let i = 0; i < 400 && k.notYetAssessed > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      k = await read();
    }
    expect(k.notYetAssessed).toBe(0);
    const { rows } = await server.db.query(`SELECT vacancy_id, eligible_count, best_score FROM vacancy_match_summary`);
    expect(rows).toHaveLength(2);
    // The C2 taalniveau requirement excludes the B1 candidate: a knelpunt with nobody eligible.
    expect(k.vacancies).toEqual([expect.objectContaining({ vacancyId: nobody.id, eligibleCandidates: 0, bestScore: null })]);
    expect(rows.find((r) => r.vacancy_id === open.id).eligible_count).toBe(1);

    // A change to the vacancy (its version) makes it pending until the refresh has scored the new version.
    const { rows: bumped } = await server.db.query(`UPDATE vacancy SET version = version + 1 WHERE id = $1 RETURNING version`, [open.id]);
    const summaryVersion = async () =>
      (await server.db.query(`SELECT vacancy_version FROM vacancy_match_summary WHERE vacancy_id = $1`, [open.id])).rows[0].vacancy_version;
    for (let i = 0; i < 400 && (await summaryVersion()) !== bumped[0].version; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await summaryVersion()).toBe(bumped[0].version);
    expect((await read()).notYetAssessed).toBe(0);
  });
});

describe('demo data', () => {
  let server: TestServer;
  afterAll(() => server?.stop());

  it('tells a believable year in Zuid-Holland Centraal, and the dashboard shows it', async () => {
    server = await startTestServer({ DEMO_DATA: 'true', MATCH_SUMMARY_INTERVAL_MS: '0' });
    const q = async (sql: string) => (await server.db.query(sql)).rows[0];

    // Everyone has their person at the WSP; leerwerkplekken only at erkende leerbedrijven.
    expect(await q(`SELECT count(*)::int AS n FROM employer WHERE accounthouder_id IS NULL`)).toEqual({ n: 0 });
    expect(await q(`SELECT count(*)::int AS n FROM candidate WHERE matchmaker_id IS NULL`)).toEqual({ n: 0 });
    expect(await q(`SELECT count(*)::int AS n FROM vacancy v JOIN employer e ON e.id = v.employer_id WHERE v.leerwerkplek AND NOT e.erkend_leerbedrijf`)).toEqual({ n: 0 });

    // Only the region and the towns a commuter reaches.
    const region = new PlacePicker().regionPlaces.map((p) => p.name);
    const places = (await server.db.query(`SELECT place_name FROM employer UNION SELECT place_name FROM vacancy UNION SELECT place_name FROM candidate WHERE place_name IS NOT NULL`)).rows;
    expect(places.map((r) => r.place_name).filter((name: string) => !region.includes(name))).toEqual([]);

    // Taalniveau as among bijstand clients.
    const taal = await q(`SELECT avg((taalniveau IN ('A1', 'A2', 'B1'))::int)::float AS low, avg((taalniveau IN ('C1', 'C2'))::int)::float AS high FROM candidate WHERE taalniveau IS NOT NULL`);
    expect(taal.low).toBeGreaterThan(0.6);
    expect(taal.high).toBeLessThan(0.15);

    // No name in a profile text (as a word: "pizzabakker" is no Bakker).
    expect(await q(`SELECT count(*)::int AS n FROM candidate c JOIN candidate_personal p ON p.candidate_id = c.id
                     WHERE c.profile_text ~ ('\\m' || p.last_name || '\\M') OR c.profile_text ~ ('\\m' || p.first_name || '\\M')`)).toEqual({ n: 0 });

    // The werkgever is linked to its own company by name.
    const werkgever = await q(`SELECT u.display_name, e.name FROM app_user u JOIN employer e ON e.id = u.employer_id WHERE u.email = 'werkgever@wsp.demo'`);
    expect(werkgever.display_name).toContain(werkgever.name);

    // A year of figures on the dashboard.
    const { login } = await gqlOk(server.url, 'mutation { login(email: "accounthouder@wsp.demo", password: "demo-wachtwoord") { token } }');
    const today = todayInNetherlands(); // the Dutch date, as the dashboard counts
    const yearAgo = new Date(Date.parse(today) - 364 * 86_400_000).toISOString().slice(0, 10);
    const d = (await gqlOk(server.url, DASHBOARD, { from: yearAgo, to: today }, login.token)).wspDashboard;
    expect(d.placements.placed).toBeGreaterThan(30);
    expect(d.perMonth.filter((m: { placed: number }) => m.placed > 0).length).toBeGreaterThanOrEqual(10);
    expect(d.funnel.rejected).toBeGreaterThan(0);
    expect(d.funnel.withdrawn).toBeGreaterThan(0);
    expect(d.placements.loonkostensubsidie).toBeGreaterThan(0);
    expect(d.placements.inWorkAfter6Months.due).toBeGreaterThan(0);
    expect(d.placements.inWorkAfter12Months.due).toBeGreaterThan(0);
    expect(d.vacancies.openVacancies).toBeGreaterThan(50);
    expect(d.workloadAccounthouders.every((w: { userId: string | null }) => w.userId !== null)).toBe(true);
    expect(d.timing.overall.medianDaysToFill).toBeGreaterThan(0);
  }, 120_000);
});
