import { errorCode, gql, gqlOk } from '../helpers/graphql-client';

/**
 * The contract every search engine must keep, driven through the GraphQL API of a running server so that the
 * whole path (validation, outbox, engine, loading from PostgreSQL) is what is tested. Each engine's spec file
 * starts a server configured for that engine and passes it here.
 */
export interface ContractServer {
  url: string;
  adminToken: string;
  /** Resolves once the engine's index has caught up with every committed write. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

const CANDIDATE_FIELDS = 'totalCount engine pageInfo { hasNextPage endCursor } nodes { distanceKm profile { id } candidate { personal { lastName } } }';
const VACANCY_FIELDS = 'totalCount engine pageInfo { hasNextPage endCursor } nodes { distanceKm vacancy { id title } }';

/**
 * `skipReason`: the engine cannot be reached here; the suite is then declared with describe.skip, so every test
 * of the contract is reported as skipped by its own name (and none of its set-up runs).
 */
export function searchEngineContract(engine: string, start: () => Promise<ContractServer>, skipReason?: string): void {
  const suite = skipReason ? describe.skip : describe;
  suite(`search contract: ${engine} engine${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let server: ContractServer;
    let admin: string;
    let werkgever: string;
    const c: Record<string, string> = {};
    const v: Record<string, string> = {};

    const mutate = (query: string, variables: Record<string, unknown>) => gqlOk(server.url, query, variables, admin);
    const createCandidate = async (key: string, input: Record<string, unknown>) => {
      const data = await mutate(`mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
        input: { firstName: 'Fixture', lastName: key, visibleToEmployers: true, consulentApprovesVisibility: true, ...input },
      });
      c[key] = data.createCandidate.id;
    };
    const searchCandidates = async (args: string, token = admin) => {
      const data = await gqlOk(server.url, `{ searchCandidates(${args}) { ${CANDIDATE_FIELDS} } }`, {}, token);
      return data.searchCandidates;
    };
    const candidateKeys = (result: { nodes: Array<{ profile: { id: string } }> }) =>
      result.nodes.map((n) => Object.keys(c).find((k) => c[k] === n.profile.id)).sort();
    const searchVacancies = async (args: string, token = admin) => (await gqlOk(server.url, `{ searchVacancies(${args}) { ${VACANCY_FIELDS} } }`, {}, token)).searchVacancies;
    const vacancyKeys = (result: { nodes: Array<{ vacancy: { id: string } }> }) =>
      result.nodes.map((n) => Object.keys(v).find((k) => v[k] === n.vacancy.id)).sort();

    beforeAll(async () => {
      server = await start();
      admin = server.adminToken;
      const { createEmployer } = await mutate(`mutation { createEmployer(input: { name: "Fixture BV", placeName: "Delft", erkendLeerbedrijf: true }) { id } }`, {});
      await mutate(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: 'werkgever@fixture.test', password: 'fixture-password-123', displayName: 'W', role: 'WERKGEVER', employerId: createEmployer.id },
      });
      werkgever = (await gqlOk(server.url, `mutation { login(email: "werkgever@fixture.test", password: "fixture-password-123") { token } }`)).login.token;

      await createCandidate('kassa', { talents: ['kassawerk'], categoryWishes: ['detailhandel'], taalniveau: 'B1', placeName: 'Zoetermeer', hoursMin: 16, hoursMax: 24 });
      await createCandidate('heftruck', {
        talents: ['heftruck', 'orderpicken'], categoryWishes: ['logistiek'], taalniveau: 'A2', placeName: 'Delft', hoursMin: 32, hoursMax: 40,
        banenafspraak: true, consulentApprovesVisibility: false,
      });
      await createCandidate('schoonmaak', {
        talents: ['schoonmaken'], placeName: 'Leiden', klantcategorie: '2A', statushouder: true, visibleToEmployers: false, hoursMin: 8, hoursMax: 16,
      });
      await createCandidate('verweg', { talents: ['heftruck'], taalniveau: 'C1', placeName: 'Groningen', loonkostensubsidie: true, hoursMin: 24, hoursMax: 36 });
      await createCandidate('inactief', { talents: ['heftruck'], placeName: 'Delft', status: 'INACTIVE' });
      await createCandidate('fietser', { talents: ['klantvriendelijk'], profileText: 'Repareert graag fietsen bij de buurtwerkplaats', placeName: 'Wassenaar' });

      const createVacancy = async (key: string, input: Record<string, unknown>, open = true) => {
        const data = await mutate(`mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`, {
          input: { employerId: createEmployer.id, hoursMin: 24, hoursMax: 32, contractType: 'TIJDELIJK', ...input },
        });
        v[key] = data.createVacancy.id;
        if (open) await mutate(`mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: v[key] });
      };
      await createVacancy('kassaBbl', { title: 'Kassamedewerker supermarkt', requiredTalents: ['kassawerk'], placeName: 'Zoetermeer', leerwerkplek: true, contractType: 'BBL', categoryCode: 'detailhandel' });
      await createVacancy('heftruck', { title: 'Heftruckchauffeur', requiredTalents: ['heftruck'], placeName: 'Delft', banenafspraak: true, minTaalniveau: 'A2', categoryCode: 'logistiek' });
      await createVacancy('concept', { title: 'Magazijnmedewerker', requiredTalents: ['orderpicken'], placeName: 'Delft' }, false);
      await createVacancy('groningen', { title: 'Schoonmaker kantoren', requiredTalents: ['schoonmaken'], placeName: 'Groningen', minTaalniveau: 'B2', categoryCode: 'schoonmaak' });
      await server.settle();
    }, 180_000);
    afterAll(() => server?.stop());

    it('names the engine that answered', async () => {
      expect((await searchCandidates('first: 1')).engine).toBe(engine);
    });

    it('stems Dutch: "kassamedewerkers" finds a kassamedewerker, "fietsen" finds "fiets"', async () => {
      expect(candidateKeys(await searchCandidates('query: "kassamedewerkers"'))).toEqual(['kassa']);
      expect(candidateKeys(await searchCandidates('query: "fiets"'))).toEqual(['fietser']);
      expect(vacancyKeys(await searchVacancies('query: "kassamedewerkers"'))).toEqual(['kassaBbl']);
    });

    it('tolerates typos: "kassamedewerkr" and "heftruk"', async () => {
      expect(candidateKeys(await searchCandidates('query: "kassamedewerkr"'))).toEqual(['kassa']);
      expect(candidateKeys(await searchCandidates('query: "heftruk"'))).toEqual(['heftruck', 'verweg']);
    });

    it('knows synonyms from the talent list: "vorkheftruck" ~ heftruck', async () => {
      expect(candidateKeys(await searchCandidates('query: "vorkheftruck"'))).toEqual(['heftruck', 'verweg']);
    });

    it('matches the last word as a prefix, for type-ahead', async () => {
      expect(candidateKeys(await searchCandidates('query: "heftr"'))).toEqual(['heftruck', 'verweg']);
    });

    it('filters: taalniveau, banenafspraak, klantcategorie, target group, hours, status', async () => {
      expect(candidateKeys(await searchCandidates('filter: { minTaalniveau: B1 }'))).toEqual(['kassa', 'verweg']);
      expect(candidateKeys(await searchCandidates('filter: { banenafspraak: true }'))).toEqual(['heftruck']);
      expect(candidateKeys(await searchCandidates('filter: { klantcategorieen: ["2A"] }'))).toEqual(['schoonmaak']);
      expect(candidateKeys(await searchCandidates('filter: { targetGroups: [STATUSHOUDER] }'))).toEqual(['schoonmaak']);
      expect(candidateKeys(await searchCandidates('filter: { hoursMin: 30, hoursMax: 40 }'))).toEqual(['fietser', 'heftruck', 'verweg']);
      expect(candidateKeys(await searchCandidates('filter: { status: [INACTIVE] }'))).toEqual(['inactief']);
      expect(candidateKeys(await searchCandidates('filter: { talents: ["vorkheftruck", "orderpicken"] }'))).toEqual(['heftruck']);
    });

    it('finds people within N km of a place, nearest first', async () => {
      const result = await searchCandidates('filter: { near: { place: "Delft", withinKm: 13 } }, sort: DISTANCE');
      expect(candidateKeys(result)).toEqual(['heftruck', 'kassa']);
      expect(result.nodes[0].profile.id).toBe(c.heftruck);
      expect(result.nodes[0].distanceKm).toBe(0);
      expect(result.nodes[1].distanceKm).toBeGreaterThan(8);
    });

    it('counts facets over every match, not just the page', async () => {
      const data = await gqlOk(server.url, `{ searchCandidates(first: 1) { totalCount facets { field values { value count } } } }`, {}, admin);
      const facets = Object.fromEntries(data.searchCandidates.facets.map((f: any) => [f.field, Object.fromEntries(f.values.map((x: any) => [x.value, x.count]))]));
      expect(data.searchCandidates.totalCount).toBe(5);
      expect(facets.taalniveau).toEqual({ A2: 1, B1: 1, C1: 1 });
      expect(facets.banenafspraak).toEqual({ true: 1 });
      expect(facets.klantcategorie).toEqual({ '2A': 1 });
    });

    it('pages through everything once, in a stable order', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const result: any = await searchCandidates(`first: 2${after ? `, after: "${after}"` : ''}`);
        expect(result.totalCount).toBe(5);
        seen.push(...result.nodes.map((n: any) => n.profile.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
    });

    it('shows an employer only anonymised profiles that the candidate and the consulent both made visible', async () => {
      const result = await searchCandidates('first: 20', werkgever);
      expect(candidateKeys(result)).toEqual(['fietser', 'kassa', 'verweg']);
      expect(result.nodes.every((n: any) => n.candidate === null)).toBe(true);
      const refused = await gql(server.url, '{ searchCandidates(filter: { klantcategorieen: ["2A"] }) { totalCount } }', {}, werkgever);
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });

    it("finds a leerwerkmakelaar's leerwerkplekken nearby, open ones only by default", async () => {
      expect(vacancyKeys(await searchVacancies('filter: { leerwerkplek: true, near: { place: "Zoetermeer", withinKm: 10 } }'))).toEqual(['kassaBbl']);
      expect(vacancyKeys(await searchVacancies('first: 10'))).toEqual(['groningen', 'heftruck', 'kassaBbl']);
      expect(vacancyKeys(await searchVacancies('filter: { status: [DRAFT] }'))).toEqual(['concept']);
      expect(vacancyKeys(await searchVacancies('filter: { taalniveau: A2 }'))).toEqual(['heftruck', 'kassaBbl']);
      expect(vacancyKeys(await searchVacancies('query: "heftruk"'))).toEqual(['heftruck']);
    });

    it('drops an erased candidate from results at once, and leaves the shared fixture whole', async () => {
      // A candidate of its own to erase: the fixture the other tests read stays as it is, in whatever order they run.
      await createCandidate('tewissen', { talents: ['klantvriendelijk'], profileText: 'Restaureert graag zeilboten in de haven', placeName: 'Wassenaar' });
      await server.settle();
      expect(candidateKeys(await searchCandidates('query: "zeilboten"'))).toEqual(['tewissen']);
      await mutate(`mutation ($id: ID!) { eraseCandidate(id: $id) }`, { id: c.tewissen });
      expect(candidateKeys(await searchCandidates('query: "zeilboten"'))).toEqual([]);
      await server.settle();
      expect((await searchCandidates('query: "zeilboten"')).totalCount).toBe(0);
      expect(candidateKeys(await searchCandidates('query: "fiets"'))).toEqual(['fietser']);
    });
  });
}
