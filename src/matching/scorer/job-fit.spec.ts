/**
 * Issue 11: rank as an experienced matchmaker would. Each block is one point of the issue; every test here
 * fails on the scorer before it (which read no work experience, no related talents, weighed hours by the ratio,
 * and ranked on score alone).
 */
import { evaluateMatch, isNearMiss } from './evaluate-match';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './match-input';
import { rankMatches } from './rank-matches';
import { aCandidate, aContext, aVacancy, reasonFor, ZOETERMEER } from './testing/match-fixtures';

const RELATED: Record<string, string[]> = {
  heftruck: ['reachtruck'],
  reachtruck: ['heftruck'],
  kassa: ['klantcontact'],
  klantcontact: ['kassa'],
};
const context = (overrides: Partial<ScorerContext> = {}) => aContext({ relatedTalents: (code) => RELATED[code] ?? [], ...overrides });
const evaluate = (vacancy: Partial<ScorerVacancy>, candidate: Partial<ScorerCandidate>) =>
  evaluateMatch(aVacancy(vacancy), aCandidate(candidate), context());
const warehouse = { requiredTalents: ['heftruck', 'orderpicken', 'magazijn', 'reachtruck'], niceToHaveTalents: [] };

describe('1. work experience counts, and the reason says so', () => {
  const veteran = {
    talents: [],
    experience: [{ title: 'Magazijnmedewerker', years: 23, talents: ['magazijn'], categories: ['LOGISTIEK'] }],
  };

  it('gives WORK_EXPERIENCE full points for years in the same kind of work, naming the job and the years', () => {
    const r = reasonFor(evaluate(warehouse, veteran), 'WORK_EXPERIENCE');
    expect(r.fulfilment).toBe(1);
    expect(r.text).toBe('Werkervaring: 23 jaar als Magazijnmedewerker: hetzelfde soort werk; telt volledig mee');
  });

  it('counts a talent the job used as a talent the person has, and says where it comes from', () => {
    const r = reasonFor(evaluate(warehouse, veteran), 'REQUIRED_TALENTS');
    expect(r.fulfilment).toBe(0.25);
    expect(r.text).toBe(
      'Heeft 1 van de 4 gevraagde talenten: magazijn (uit werkervaring als Magazijnmedewerker); mist: heftruck, orderpicken en reachtruck',
    );
  });

  it('counts related work and the same sector for part, and a short time for part', () => {
    const related = reasonFor(
      evaluate(
        { requiredTalents: ['heftruck'], niceToHaveTalents: [] },
        { talents: [], experience: [{ title: 'Reachtruckchauffeur', years: 2, talents: ['reachtruck'], categories: [] }] },
      ),
      'WORK_EXPERIENCE',
    );
    expect(related).toMatchObject({
      fulfilment: 0.5,
      text: 'Werkervaring: 2 jaar als Reachtruckchauffeur: verwant werk (reachtruck, verwant aan heftruck); telt deels mee',
    });
    const other = reasonFor(
      evaluate(warehouse, { talents: [], experience: [{ title: 'Kassamedewerker', years: 5, talents: ['kassa'], categories: [] }] }),
      'WORK_EXPERIENCE',
    );
    expect(other.fulfilment).toBe(0);
    const sector = reasonFor(
      evaluate(warehouse, { talents: [], experience: [{ title: 'Chauffeur DC', years: 2, talents: [], categories: ['LOGISTIEK'] }] }),
      'WORK_EXPERIENCE',
    );
    expect(sector).toMatchObject({ fulfilment: 0.5, text: 'Werkervaring: 2 jaar als Chauffeur DC: dezelfde sector (Logistiek); telt deels mee' });
  });

  it('says when no job was recorded (ask) and when the jobs are other work', () => {
    expect(reasonFor(evaluate(warehouse, { experience: [] }), 'WORK_EXPERIENCE')).toMatchObject({
      fulfilment: 0,
      text: 'Geen werkervaring ingevuld: vraag dit na',
    });
    expect(
      reasonFor(evaluate(warehouse, { experience: [{ title: 'Kapper', years: 9, talents: [], categories: ['KAPPER'] }] }), 'WORK_EXPERIENCE'),
    ).toMatchObject({ fulfilment: 0, text: 'Geen werkervaring in dit soort werk (wel als Kapper)' });
  });

  it('ranks 23 years of warehouse work above an empty profile that is otherwise the same', () => {
    const a = evaluate(warehouse, { ...veteran, id: 'b-veteran' });
    const b = evaluate(warehouse, { talents: [], experience: [], id: 'a-empty' });
    expect(rankMatches([{ id: 'a-empty', evaluation: b }, { id: 'b-veteran', evaluation: a }])[0].id).toBe('b-veteran');
  });
});

describe('2. no required talent and no related experience: below everyone who has some', () => {
  it('marks the person as not able to do the job, and ranks them last however well the rest fits', () => {
    const nothing = evaluate(warehouse, { talents: ['koken'], experience: [], categoryWishes: ['LOGISTIEK'], location: ZOETERMEER });
    const some = evaluate(warehouse, { talents: ['orderpicken'], experience: [], categoryWishes: [], hoursMin: 8, hoursMax: 8 });
    expect(nothing.canDoJob).toBe(false);
    expect(nothing.goodMatch).toBe(false);
    expect(some.canDoJob).toBe(true);
    expect(nothing.score).toBeGreaterThan(some.score);
    const ranked = rankMatches([
      { id: 'a-nothing', evaluation: nothing },
      { id: 'b-some', evaluation: some },
    ]);
    expect(ranked.map((m) => m.id)).toEqual(['b-some', 'a-nothing']);
  });

  it('a leerwerkplek is for whoever has no startkwalificatie, whatever their talents', () => {
    const leerwerkplek = { ...warehouse, leerwerkplek: true };
    expect(evaluate(leerwerkplek, { talents: [], experience: [], startkwalificatie: false }).canDoJob).toBe(true);
    expect(evaluate(leerwerkplek, { startkwalificatie: true }).canDoJob).toBe(false);
  });
});

describe('3. related talents get partial credit from the relation table, named', () => {
  it('gives half a talent for a related one and names the relation', () => {
    const r = reasonFor(evaluate({ requiredTalents: ['heftruck', 'orderpicken'], niceToHaveTalents: [] }, { talents: ['reachtruck', 'orderpicken'] }), 'REQUIRED_TALENTS');
    expect(r.fulfilment).toBe(0.75);
    expect(r.text).toBe('Heeft 1 van de 2 gevraagde talenten: orderpicken; verwant: heftruck (heeft reachtruck), telt deels mee');
  });

  it('counts a relation as the ability to do the job, but gives nothing without a relation table', () => {
    const kassa = { requiredTalents: ['kassa'], niceToHaveTalents: [] };
    expect(evaluate(kassa, { talents: ['klantcontact'], experience: [] }).canDoJob).toBe(true);
    const without = evaluateMatch(aVacancy(kassa), aCandidate({ talents: ['klantcontact'], experience: [] }), aContext());
    expect(reasonFor(without, 'REQUIRED_TALENTS').fulfilment).toBe(0);
    expect(without.canDoJob).toBe(false);
  });
});

describe('4. hours follow how much of the job the person can do', () => {
  const job = { requiredTalents: ['orderpicken'], niceToHaveTalents: ['reachtruck'], hoursMin: 32, hoursMax: 40 };

  it('ranks exact hours without the nice-to-have talent above half the hours with it', () => {
    const exact = evaluate(job, { talents: ['orderpicken'], hoursMin: 32, hoursMax: 40 });
    const half = evaluate(job, { talents: ['orderpicken', 'reachtruck'], hoursMin: 16, hoursMax: 16 });
    expect(exact.score).toBeGreaterThan(half.score);
  });

  it('gives half the hours a quarter of the points, and says "passen bijna" only when nearly all fit', () => {
    expect(reasonFor(evaluate(job, { hoursMin: 16, hoursMax: 16 }), 'HOURS')).toMatchObject({
      fulfilment: 0.25,
      text: 'Uren passen niet: kan hooguit 16 van de minstens 32 uur per week werken (50%)',
    });
    expect(reasonFor(evaluate({ hoursMin: 16, hoursMax: 24 }, { hoursMin: 32, hoursMax: 40 }), 'HOURS').text).toBe(
      'Uren passen niet: wil minstens 32 uur per week, vacature biedt hooguit 24 uur (75%)',
    );
    expect(reasonFor(evaluate({ hoursMin: 36, hoursMax: 40 }, { hoursMin: 24, hoursMax: 32 }), 'HOURS').text).toBe(
      'Uren passen bijna: kan hooguit 32 van de minstens 36 uur per week werken (89%)',
    );
  });
});

describe('7. a near miss would be a good match but for the one requirement', () => {
  it('is no near miss with nothing for the job', () => {
    const nothing = evaluate({ ...warehouse, banenafspraak: true }, { talents: ['koken'], experience: [], banenafspraak: false });
    expect(nothing.unmet.map((u) => u.requirement)).toEqual(['DOELGROEPREGISTER']);
    expect(isNearMiss(nothing)).toBe(false);
    const good = evaluate({ ...warehouse, banenafspraak: true }, { talents: warehouse.requiredTalents, banenafspraak: false });
    expect(isNearMiss(good)).toBe(true);
  });
});

describe('8. sentences say what the data knows, with a verdict', () => {
  it('says "in dezelfde plaats" when both are in the same place, not a distance', () => {
    const r = reasonFor(evaluate({ placeName: 'Zoetermeer' }, { placeName: 'Zoetermeer', location: ZOETERMEER }), 'DISTANCE');
    expect(r.text).toBe('Woont in dezelfde plaats als de werkplek; wil max. 15 km reizen: binnen de reisafstand');
  });

  it('gives the distance between places, and says so, otherwise', () => {
    expect(reasonFor(evaluate({}, {}), 'DISTANCE').text).toBe(
      'Woont ca. 6 km van de werkplek (gemeten tussen de plaatsen); wil max. 15 km reizen: binnen de reisafstand',
    );
  });

  it('gives taalniveau a verdict either way', () => {
    expect(reasonFor(evaluate({ minTaalniveau: 'A2' as never }, { taalniveau: 'B1' as never }), 'TAALNIVEAU').text).toBe(
      'Taalniveau B1, gevraagd A2: voldoet ruim',
    );
    expect(evaluate({ minTaalniveau: 'B1' as never }, { taalniveau: 'A2' as never }).unmet[0].text).toBe('Taalniveau A2, gevraagd B1: voldoet niet');
  });

  it('asks to find out whatever is unknown', () => {
    const texts = evaluate({}, { unemployedSince: null, hoursMin: null, hoursMax: null, categoryWishes: [], experience: [] }).reasons.map((r) => r.text);
    for (const text of texts.filter((t) => /onbekend|niet ingevuld|Geen .* ingevuld/.test(t))) expect(text).toMatch(/vraag dit na/);
    expect(texts).toContain('Duur zonder werk onbekend: vraag dit na');
  });
});
