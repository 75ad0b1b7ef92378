import { gqlOk } from './graphql-client';
import { Actor } from './actors';
import { TestServer } from './test-server';

/** Actions as a user would take them, through the GraphQL API. */

export const EMPLOYER_FIELDS = 'id name kvkNumber placeName postcode categoryCode erkendLeerbedrijf accounthouderId';
export const VACANCY_FIELDS =
  'id employerId title status requiredTalents niceToHaveTalents minTaalniveau hoursMin hoursMax placeName closingDate leerwerkplek banenafspraak loonkostensubsidie';
export const CANDIDATE_FIELDS =
  'id status personal { firstName lastName email birthDate } talents categoryWishes taalniveau startkwalificatie opleidingsniveau placeName postcode klantcategorie targetGroups completeness { percentage missing { field label } }';

export async function createEmployer(server: TestServer, actor: Actor, input: Record<string, unknown> = {}) {
  const data = await gqlOk(
    server.url,
    `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { ${EMPLOYER_FIELDS} } }`,
    { input: { name: 'Bakkerij Van Dijk', placeName: 'Zoetermeer', ...input } },
    actor.token,
  );
  return data.createEmployer;
}

export async function createVacancy(server: TestServer, actor: Actor, input: Record<string, unknown> = {}) {
  const data = await gqlOk(
    server.url,
    `mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { ${VACANCY_FIELDS} } }`,
    {
      input: {
        title: 'Magazijnmedewerker',
        hoursMin: 24,
        hoursMax: 32,
        placeName: 'Zoetermeer',
        contractType: 'TIJDELIJK',
        requiredTalents: ['heftruck', 'orderpicken'],
        ...input,
      },
    },
    actor.token,
  );
  return data.createVacancy;
}

export async function createCandidate(server: TestServer, actor: Actor, input: Record<string, unknown> = {}) {
  const data = await gqlOk(
    server.url,
    `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE_FIELDS} } }`,
    { input: { firstName: 'Samira', lastName: 'El Amrani', placeName: 'Leiden', talents: ['orderpicken'], ...input } },
    actor.token,
  );
  return data.createCandidate;
}
