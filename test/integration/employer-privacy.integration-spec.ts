import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { errorCode, gql, gqlOk, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Issue 8, the employer test suite: a WERKGEVER tries every path to a candidate's name, place, age, status or
 * situation (DOMAIN.md, "Visibility") and gets none of it. The candidates below carry distinctive values, so any
 * leak shows up as a plain substring of a raw JSON response.
 */

const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

/** What the seeded people are: each value is distinctive enough that finding it in a response is a leak. */
const PEOPLE = {
  quispel: {
    firstName: 'Xaviera', lastName: 'Quispel', email: 'xaviera.quispel@voorbeeld.nl', phone: '06-19283746', birthDate: '1961-07-19',
    placeName: 'Benthuizen', postcode: '2731 QX', klantcategorie: '3B', statushouder: true, banenafspraak: true,
    loonkostensubsidie: true, jobcoachNeeded: true, unemployedSince: '2011-04-01', maxTravelKm: 25,
    profileText: 'Kwam als vluchteling uit Eritrea; werkt met een jobcoach aan structuur',
  },
  wijnbergen: {
    firstName: 'Bartholomeus', lastName: 'Wijnbergen', email: 'b.wijnbergen@voorbeeld.nl', phone: '06-56473829', birthDate: '1958-11-03',
    placeName: 'Bleiswijk', postcode: '2665 WB', klantcategorie: '2B', loonkostensubsidie: true, unemployedSince: '2015-01-01', maxTravelKm: 20,
  },
  // Twins: the same job fit, one with every situation the employer may not learn, one with none.
  vrijmoed: {
    firstName: 'Ottoline', lastName: 'Vrijmoed', email: 'ottoline@voorbeeld.nl', phone: '06-91827364', birthDate: '1969-02-14',
    placeName: 'Pijnacker', postcode: '2641 OV', klantcategorie: '3A', statushouder: true, banenafspraak: true,
    loonkostensubsidie: true, jobcoachNeeded: true, unemployedSince: '2013-09-01', maxTravelKm: 20,
  },
  zandbergen: {
    firstName: 'Gerritje', lastName: 'Zandbergen', email: 'gerritje@voorbeeld.nl', phone: '06-11223399', birthDate: '1995-05-05',
    placeName: 'Pijnacker', postcode: '2642 GZ', klantcategorie: '1A', unemployedSince: '2026-10-01', maxTravelKm: 20,
  },
  // Lives 9 km from the workplace but travels at most 5: never shown around the employer's place.
  kortebeen: {
    firstName: 'Wilhelmina', lastName: 'Kortebeen', email: 'w.kortebeen@voorbeeld.nl', phone: '06-44556677', birthDate: '1977-03-30',
    placeName: 'Voorburg', postcode: '2271 WK', klantcategorie: '1C', banenafspraak: true, maxTravelKm: 5,
  },
  // Did not agree to be shown to employers.
  huisman: {
    firstName: 'Reinout', lastName: 'Huisman', email: 'reinout.huisman@voorbeeld.nl', phone: '06-99887766', birthDate: '1983-08-21',
    placeName: 'Berkel en Rodenrijs', postcode: '2651 RH', klantcategorie: '2A', banenafspraak: true, visibleToEmployers: false, maxTravelKm: 30,
  },
} as const;
type Key = keyof typeof PEOPLE;

const JOB_FIT = { talents: ['heftruck', 'orderpicken'], categoryWishes: ['logistiek'], taalniveau: 'B1', hoursMin: 24, hoursMax: 32, availableFrom: '2026-01-01' };

/** Personal values: none may appear anywhere in any answer to the employer, errors included. */
const PERSONAL = Object.values(PEOPLE).flatMap((p) => [p.firstName, p.lastName, p.email, p.phone, p.birthDate, p.placeName, p.postcode]);

/** Words and shapes that give a person's status or situation away, checked in every candidate-level object. */
const STATUS = [
  /doelgroepregister/i,
  /banenafspraak/i,
  /loonkostensubsidie/i,
  /jobcoach/i,
  /statushouder/i,
  /klantcategorie/i,
  /zonder werk/i,
  /werkloos/i,
  /VIJFTIG_PLUS|JONGERE_ZONDER_STARTKWALIFICATIE/,
  /"[123][AB]"/,
  /Woont (ca\. )?\d+(\.\d+)? km/,
  /dezelfde plaats/i,
  /tussen de plaatsen/,
  /wil max\./,
  /"distanceKm":\s*\d/,
];

function expectNoPersonalData(res: unknown): void {
  const json = JSON.stringify(res);
  for (const value of PERSONAL) expect({ leaked: value, found: json.includes(value) }).toEqual({ leaked: value, found: false });
}

function expectNoStatus(candidateLevel: unknown): void {
  const json = JSON.stringify(candidateLevel);
  for (const pattern of STATUS) expect({ pattern: String(pattern), found: pattern.test(json) }).toEqual({ pattern: String(pattern), found: false });
}

let server: TestServer;
let staff: Actor;
let werkgever: Actor;
const id = {} as Record<Key, string>;
const v = {} as Record<'magazijn' | 'banen' | 'twin' | 'bbl', string>;
const MISSING_ID = '00000000-0000-4000-8000-00000000abcd';

const as = (query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, variables, werkgever.token);

beforeAll(async () => {
  server = await startTestServer();
  staff = await loginAs(server, 'ACCOUNTHOUDER');
  const consulent = await loginAs(server, 'MATCHMAKER');
  const employer = await createEmployer(server, staff, { name: 'Tuincentrum Groenhof', placeName: 'Zoetermeer', erkendLeerbedrijf: true });
  werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer.id });
  for (const key of Object.keys(PEOPLE) as Key[]) {
    id[key] = (await createCandidate(server, consulent, { ...JOB_FIT, visibleToEmployers: true, consulentApprovesVisibility: true, ...PEOPLE[key] })).id;
  }
  const post = async (input: Record<string, unknown>) => {
    const vacancy = await createVacancy(server, werkgever, { placeName: 'Zoetermeer', requiredTalents: ['heftruck', 'orderpicken'], categoryCode: 'logistiek', minTaalniveau: 'A2', ...input });
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancy.id }, werkgever.token);
    return vacancy.id as string;
  };
  v.magazijn = await post({ title: 'Magazijnmedewerker' });
  v.banen = await post({ title: 'Heftruckchauffeur', banenafspraak: true, loonkostensubsidie: true, jobcoach: true });
  v.twin = await post({ title: 'Heftruckchauffeur' });
  v.bbl = await post({ title: 'Hovenier (BBL)', leerwerkplek: true, contractType: 'BBL', placeName: 'Delft', requiredTalents: ['orderpicken'] });
}, 120_000);
afterAll(() => server?.stop());

const PROFILE = 'profile { id opleidingsniveau startkwalificatie taalniveau talents categoryWishes workExperience { title years } rijbewijs hoursMin hoursMax maxTravelKm availableFrom }';
const CANDIDATE = 'candidate { id status klantcategorie targetGroups banenafspraak loonkostensubsidie placeName personal { firstName lastName email phone birthDate } }';
const SEARCH = (args: string) =>
  `{ searchCandidates(${args}) { totalCount totalCountExact engine pageInfo { hasNextPage endCursor } facets { field values { value count } }
     nodes { distanceKm distanceBand ${PROFILE} ${CANDIDATE} } } }`;
const MATCH_FIELDS = `score distanceBand notes reasons { criterion weight fulfilment contribution text } unmet { requirement text } ${PROFILE} ${CANDIDATE}`;
const MATCH = (vacancyId: string, extra = '') =>
  `{ matchCandidates(vacancyId: "${vacancyId}", first: 20${extra}) { vacancyOpen considered notes vacancy { id title } matches { ${MATCH_FIELDS} } nearMisses { ${MATCH_FIELDS} } } }`;

describe('searchCandidates as an employer', () => {
  it('gives anonymised profiles, job-fit facets only, and no personal data or status', async () => {
    for (const args of ['first: 20', 'first: 20, sort: NEWEST', 'first: 20, sort: AVAILABLE_FROM', 'query: "heftruck", first: 20', 'filter: { talents: ["heftruck"] }, first: 20']) {
      const res = await as(SEARCH(args));
      expect(res.errors).toBeUndefined();
      expectNoPersonalData(res);
      expectNoStatus(res.data.searchCandidates.nodes);
      expectNoStatus(res.data.searchCandidates.facets);
      expect(res.data.searchCandidates.facets.map((f: { field: string }) => f.field).sort()).toEqual(['categoryWishes', 'startkwalificatie', 'taalniveau']);
      expect(res.data.searchCandidates.nodes.every((n: { candidate: unknown }) => n.candidate === null)).toBe(true);
      expect(res.data.searchCandidates.nodes.map((n: { profile: { id: string } }) => n.profile.id)).not.toContain(id.huisman);
    }
  });

  it('finds no one by name, e-mail or place typed as free text', async () => {
    for (const text of ['Quispel', 'Xaviera', 'xaviera.quispel', 'Benthuizen', 'Wijnbergen']) {
      const res = await as(SEARCH(`query: "${text}"`));
      expect(res.data.searchCandidates.totalCount).toBe(0);
      expectNoPersonalData(res);
    }
  });

  it('does not match free text against the profile text the employer cannot read (no oracle for what is written there)', async () => {
    for (const text of ['Eritrea', 'vluchteling', 'jobcoach']) {
      expect((await as(SEARCH(`query: "${text}"`))).data.searchCandidates.totalCount).toBe(0);
      // The WSP does find the person by it.
      const found = await gqlOk(server.url, `{ searchCandidates(query: "${text}") { nodes { profile { id } } } }`, {}, staff.token);
      expect(found.searchCandidates.nodes.map((n: { profile: { id: string } }) => n.profile.id)).toEqual([id.quispel]);
    }
    // Talents and work experience stay searchable.
    expect((await as(SEARCH('query: "heftruck"'))).data.searchCandidates.totalCount).toBeGreaterThan(0);
  });

  it('refuses a radius below 10 km (withinKm 0 would list exactly who lives in a place)', async () => {
    for (const withinKm of [0, 1, 9.9]) {
      const res = await as(SEARCH(`filter: { near: { place: "Zoetermeer", withinKm: ${withinKm} } }`));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('filter.near.withinKm');
      expectNoPersonalData(res);
    }
  });

  it('names every problem with its near and sort in one answer', async () => {
    const res = await as(SEARCH('filter: { near: { place: "Nergenshuizen", withinKm: 0 } }, sort: DISTANCE'));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    for (const field of ['sort', 'filter.near.withinKm', 'filter.near.place']) expect(res.errors![0].message).toContain(field);
  });

  it('refuses nearest-first order, naming sort', async () => {
    const res = await as(SEARCH('filter: { near: { place: "Zoetermeer", withinKm: 20 } }, sort: DISTANCE'));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('sort');
  });

  it('centres a radius only on its own place or its open vacancies, so several centres cannot triangulate', async () => {
    for (const place of ['Benthuizen', 'Gouda', 'Rotterdam', 'Leiden']) {
      const res = await as(SEARCH(`filter: { near: { place: "${place}", withinKm: 10 } }`));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('filter.near.place');
      expect(res.errors![0].message).not.toMatch(/Benthuizen|Bleiswijk|Pijnacker|Voorburg|Berkel/);
    }
    // Its own vestigingsplaats and the place of its open leerwerkplek are allowed.
    for (const place of ['Zoetermeer', 'Delft']) expect((await as(SEARCH(`filter: { near: { place: "${place}", withinKm: 10 } }`))).errors).toBeUndefined();
  });

  it('gives the distance as a band only, and only people whose own travel distance reaches the centre', async () => {
    const res = await as(SEARCH('filter: { near: { place: "Zoetermeer", withinKm: 20 } }, first: 20'));
    expect(res.errors).toBeUndefined();
    const nodes = res.data.searchCandidates.nodes as Array<{ distanceKm: number | null; distanceBand: string; profile: { id: string } }>;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.distanceKm === null)).toBe(true);
    const band = Object.fromEntries(nodes.map((n) => [n.profile.id, n.distanceBand]));
    expect(band[id.quispel]).toBe('BINNEN_5_KM');
    expect(band[id.wijnbergen]).toBe('VAN_5_TOT_15_KM');
    expect(band[id.vrijmoed]).toBe('VAN_5_TOT_15_KM');
    expect(Object.keys(band)).not.toContain(id.kortebeen);
    expect(res.data.searchCandidates.totalCount).toBe(nodes.length);
    expectNoPersonalData(res);
    expectNoStatus(nodes);
  });

  it('cannot filter on status or situation', async () => {
    for (const filter of ['klantcategorieen: ["3B"]', 'targetGroups: [STATUSHOUDER]', 'banenafspraak: true', 'loonkostensubsidie: true', 'status: [INACTIVE]']) {
      const res = await as(SEARCH(`filter: { ${filter} }`));
      expect(errorCode(res)).toBe('FORBIDDEN');
      expectNoPersonalData(res);
    }
  });
});

describe('matchCandidates as an employer', () => {
  it('explains matches with job fit only: no situation in reasons, notes or near misses, the distance as a band', async () => {
    for (const vacancyId of Object.values(v)) {
      const res = await as(MATCH(vacancyId));
      expect(res.errors).toBeUndefined();
      const { matches, nearMisses } = res.data.matchCandidates;
      expect(matches.length).toBeGreaterThan(0);
      expectNoPersonalData(res);
      expectNoStatus([...matches, ...nearMisses]);
      for (const m of [...matches, ...nearMisses]) {
        expect(m.candidate).toBeNull();
        expect(m.notes).toEqual([]);
        for (const r of m.reasons) expect(['INSTRUMENTS', 'UNEMPLOYMENT_DURATION']).not.toContain(r.criterion);
        for (const u of m.unmet) expect(['DOELGROEPREGISTER', 'TRAVEL_DISTANCE', 'ACTIVE']).not.toContain(u.requirement);
      }
      const afstand = matches.flatMap((m: { reasons: Array<{ criterion: string; text: string }> }) => m.reasons.filter((r) => r.criterion === 'DISTANCE'));
      for (const r of afstand) expect(r.text).toMatch(/^Woont (binnen 5 km|5-15 km|15-30 km|meer dan 30 km) van de werkplek/);
      const shown = [...matches, ...nearMisses].map((m: { profile: { id: string } }) => m.profile.id);
      expect(shown).not.toContain(id.huisman);
      expect(shown).not.toContain(id.kortebeen);
    }
  });

  it('ranks two people who differ only in what the employer may not see the same', async () => {
    const { matches } = (await as(MATCH(v.banen))).data.matchCandidates;
    const [hard, plain] = [id.vrijmoed, id.zandbergen].map((x) => matches.find((m: { profile: { id: string } }) => m.profile.id === x));
    expect(hard.score).toBe(plain.score);
    expect(hard.reasons).toEqual(plain.reasons);
  });

  it('shows the same people, in the same order, for a banenafspraak vacancy as for its twin without the flag', async () => {
    const banen = (await as(MATCH(v.banen))).data.matchCandidates;
    const twin = (await as(MATCH(v.twin))).data.matchCandidates;
    const ids = (list: Array<{ profile: { id: string } }>) => list.map((m) => m.profile.id);
    expect(ids(banen.matches)).toEqual(ids(twin.matches));
    expect(ids(banen.nearMisses)).toEqual(ids(twin.nearMisses));
    expect(banen.matches.map((m: { score: number }) => m.score)).toEqual(twin.matches.map((m: { score: number }) => m.score));
    // The list as a whole says what the vacancy means, without naming anyone's status.
    expect(banen.notes.join(' ')).toMatch(/doelgroepregister/);
    expect(twin.notes).toEqual([]);
  });

  it('refuses filter.banenafspraak, as searchCandidates does', async () => {
    for (const value of [true, false]) {
      const res = await as(MATCH(v.magazijn, `, filter: { banenafspraak: ${value} }`));
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toContain('filter.banenafspraak');
      expect(res.data?.matchCandidates ?? null).toBeNull();
    }
  });

  it('leaves the WSP its full view: the same vacancy explained to staff names the register and the distance', async () => {
    const res = await gqlOk(server.url, MATCH(v.banen), {}, staff.token);
    const quispel = res.matchCandidates.matches.find((m: { profile: { id: string } }) => m.profile.id === id.quispel);
    expect(quispel.notes.join(' ')).toMatch(/doelgroepregister/);
    expect(quispel.reasons.find((r: { criterion: string }) => r.criterion === 'DISTANCE').text).toMatch(/^Woont (ca\. )?\d+ km/);
    expect(quispel.candidate.personal.lastName).toBe('Quispel');
  });
});

describe('every root operation, derived from the schema', () => {
  /** A literal for an input type: only what is required, filled with harmless values. */
  function literal(type: GraphQLInputType, idValue: string): string | null {
    if (isNonNullType(type)) return literal(type.ofType, idValue);
    if (isListType(type)) return `[${literal(type.ofType, idValue) ?? ''}]`;
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, idValue)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      const scalar: Record<string, string> = { ID: JSON.stringify(idValue), String: '"x"', Int: '1', Float: '1', Boolean: 'true', Date: '"2030-01-01"', DateTime: '"2030-01-01T00:00:00Z"' };
      return scalar[type.name] ?? '"x"';
    }
    return null;
  }

  /** Every field reachable without arguments, three levels deep: whatever the type holds comes back. */
  function selection(type: GraphQLNamedType, depth: number): string {
    if (!isObjectType(type)) return '';
    const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));
    const parts = fields.flatMap((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? [f.name] : ['__typename'];
      if (depth === 0) return [];
      const inner = selection(named, depth - 1);
      return inner ? [`${f.name} { ${inner} }`] : [];
    });
    return [...new Set(parts)].join(' ');
  }

  function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, idValue: string, depth: number): string {
    const args = field.args
      .filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || getNamedType(a.type).name === 'ID')
      .map((a) => `${a.name}: ${literal(a.type, idValue)}`);
    const inner = selection(getNamedType(field.type), depth);
    return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${inner ? ` { ${inner} }` : ''} }`;
  }

  /** Whether a person's data can sit anywhere below this type (reference lists such as klantcategorieen cannot). */
  function reachesPerson(type: GraphQLNamedType, seen = new Set<string>()): boolean {
    if (['Candidate', 'CandidateProfile', 'CandidatePersonal'].includes(type.name)) return true;
    if (!isObjectType(type) || seen.has(type.name)) return false;
    seen.add(type.name);
    return Object.values(type.getFields()).some((f) => reachesPerson(getNamedType(f.type), seen));
  }

  const roots = (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? SCHEMA.getQueryType() : SCHEMA.getMutationType();
    return Object.values((root as GraphQLObjectType).getFields()).map((field) => ({ kind, field }));
  });

  it('knows the schema it probes', () => {
    expect(roots.map((r) => r.field.name)).toEqual(expect.arrayContaining(['searchCandidates', 'matchCandidates', 'candidate', 'candidates', 'matchVacancies']));
  });

  /** The deepest selection the query cost cap lets through, so a probe is answered rather than refused as too complex. */
  async function probe(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, idValue: string): Promise<GraphQLResponse> {
    let res: GraphQLResponse | undefined;
    for (const depth of [3, 2, 1, 0]) {
      res = await as(operation(kind, field, idValue, depth));
      if (errorCode(res) !== 'QUERY_TOO_COMPLEX') return res;
    }
    return res!;
  }

  it('answers the searches and matches it probes, not only refusals', async () => {
    const fields = (SCHEMA.getQueryType() as GraphQLObjectType).getFields();
    expect((await probe('query', fields.searchCandidates, id.quispel)).data?.searchCandidates.nodes.length).toBeGreaterThan(0);
    expect((await probe('query', fields.matchCandidates, v.magazijn)).data?.matchCandidates.matches.length).toBeGreaterThan(0);
  });

  it.each(roots.map((r) => [`${r.kind} ${r.field.name}`, r] as const))('%s gives away nothing about a person', async (_name, { kind, field }) => {
    const withVisible = await probe(kind, field, id.quispel);
    expectNoPersonalData(withVisible);
    if (reachesPerson(getNamedType(field.type))) expectNoStatus(withVisible.data ?? null);
    // A hidden person's id is answered exactly like an id that does not exist.
    const withHidden = await probe(kind, field, id.huisman);
    const withMissing = await probe(kind, field, MISSING_ID);
    expectNoPersonalData(withHidden);
    const scrub = (res: GraphQLResponse, value: string) => JSON.stringify({ data: res.data ?? null, errors: res.errors ?? [] }).split(value).join('<id>');
    expect(scrub(withHidden, id.huisman)).toEqual(scrub(withMissing, MISSING_ID));
  });
});
