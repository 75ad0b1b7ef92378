import { Opleidingsniveau } from '../../reference-data/opleidingsniveau';
import { Rijbewijs } from '../../reference-data/rijbewijs';
import { Taalniveau } from '../../reference-data/taalniveau';
import { evaluateMatch, isNearMiss } from './evaluate-match';
import type { Criterion, MatchEvaluation } from './match-evaluation';
import { CRITERIA } from './match-evaluation';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './match-input';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights';
import type { MatchWeights } from './match-weights';
import { aCandidate, aContext, aVacancy, kmNorthOf, reasonFor, ZOETERMEER } from './testing/match-fixtures';

function evaluate(
  vacancy: Partial<ScorerVacancy> = {},
  candidate: Partial<ScorerCandidate> = {},
  context: Partial<ScorerContext> = {},
): MatchEvaluation {
  return evaluateMatch(aVacancy(vacancy), aCandidate(candidate), aContext(context));
}

function reason(
  criterion: Criterion,
  vacancy: Partial<ScorerVacancy> = {},
  candidate: Partial<ScorerCandidate> = {},
  context: Partial<ScorerContext> = {},
) {
  return reasonFor(evaluate(vacancy, candidate, context), criterion);
}

describe('evaluateMatch: the baseline match of the fixtures', () => {
  it('explains every criterion, in the fixed order, with its part of the score', () => {
    expect(evaluate()).toEqual({
      score: 0.9221,
      eligible: true,
      canDoJob: true,
      goodMatch: true,
      unmet: [],
      reasons: [
        { criterion: 'REQUIRED_TALENTS', weight: 30, fulfilment: 1, contribution: 0.3, text: 'Heeft beide gevraagde talenten: heftruck en orderpicken' },
        {
          criterion: 'WORK_EXPERIENCE',
          weight: 12,
          fulfilment: 1,
          contribution: 0.12,
          text: 'Werkervaring: 4 jaar als Medewerker distributiecentrum: dezelfde sector (Logistiek); telt volledig mee',
        },
        { criterion: 'NICE_TO_HAVE_TALENTS', weight: 6, fulfilment: 0, contribution: 0, text: 'Mist het wenselijke talent: reachtruck' },
        { criterion: 'CATEGORY', weight: 10, fulfilment: 1, contribution: 0.1, text: 'Vacature past bij de beroepswens Logistiek' },
        { criterion: 'TAALNIVEAU', weight: 6, fulfilment: 1, contribution: 0.06, text: 'Taalniveau B1, gevraagd A2: voldoet ruim' },
        { criterion: 'STARTKWALIFICATIE', weight: 3, fulfilment: 1, contribution: 0.03, text: 'Vacature vraagt geen startkwalificatie' },
        {
          criterion: 'DISTANCE',
          weight: 10,
          fulfilment: 0.9714,
          contribution: 0.0971,
          text: 'Woont ca. 6 km van de werkplek (gemeten tussen de plaatsen); wil max. 15 km reizen: binnen de reisafstand',
        },
        { criterion: 'HOURS', weight: 12, fulfilment: 1, contribution: 0.12, text: 'Uren passen: wil 24-32 uur per week, vacature biedt 32-40 uur' },
        { criterion: 'AVAILABILITY', weight: 3, fulfilment: 1, contribution: 0.03, text: 'Direct beschikbaar' },
        { criterion: 'INSTRUMENTS', weight: 5, fulfilment: 1, contribution: 0.05, text: 'Geen loonkostensubsidie, jobcoach of proefplaatsing nodig' },
        { criterion: 'UNEMPLOYMENT_DURATION', weight: 3, fulfilment: 0.5, contribution: 0.015, text: '12 maanden zonder werk' },
      ],
      notes: [],
    });
  });

  it('lists one reason per criterion in CRITERIA order', () => {
    expect(evaluate().reasons.map((r) => r.criterion)).toEqual([...CRITERIA]);
  });

  it('gives a perfect candidate the score 1', () => {
    const evaluation = evaluate(
      { niceToHaveTalents: [] },
      { location: ZOETERMEER, unemployedSince: '2023-03-01' },
    );
    expect(evaluation.score).toBe(1);
    expect(evaluation.reasons.every((r) => r.fulfilment === 1)).toBe(true);
  });
});

describe('REQUIRED_TALENTS: share of the required talents the candidate has', () => {
  const four = ['heftruck', 'orderpicken', 'magazijn', 'reachtruck'];

  it('names the talents present and the missing one (3 of 4)', () => {
    const r = reason('REQUIRED_TALENTS', { requiredTalents: four, niceToHaveTalents: [] }, { talents: ['heftruck', 'orderpicken', 'magazijn'] });
    expect(r.text).toBe('Heeft 3 van de 4 gevraagde talenten: heftruck, orderpicken en magazijn; mist: reachtruck');
    expect(r.fulfilment).toBe(0.75);
    expect(r.contribution).toBe(0.225);
  });

  it.each([
    [four, four, 'Heeft alle 4 gevraagde talenten: heftruck, orderpicken, magazijn en reachtruck', 1],
    [['heftruck', 'orderpicken'], ['heftruck', 'orderpicken'], 'Heeft beide gevraagde talenten: heftruck en orderpicken', 1],
    [['heftruck'], ['heftruck'], 'Heeft het gevraagde talent: heftruck', 1],
    [['heftruck'], ['kassa'], 'Mist het gevraagde talent: heftruck', 0],
    [['heftruck', 'orderpicken'], ['kassa'], 'Heeft geen van beide gevraagde talenten; mist: heftruck en orderpicken', 0],
    [['heftruck', 'orderpicken'], ['orderpicken'], 'Heeft 1 van de 2 gevraagde talenten: orderpicken; mist: heftruck', 0.5],
    [['heftruck', 'orderpicken', 'magazijn'], ['kassa'], 'Heeft geen van de 3 gevraagde talenten; mist: heftruck, orderpicken en magazijn', 0],
    [['heftruck', 'orderpicken', 'magazijn'], ['heftruck'], 'Heeft 1 van de 3 gevraagde talenten: heftruck; mist: orderpicken en magazijn', 0.3333],
  ])('required %j, candidate has %j: "%s"', (required, has, text, fulfilment) => {
    const r = reason('REQUIRED_TALENTS', { requiredTalents: required, niceToHaveTalents: [] }, { talents: has });
    expect(r.text).toBe(text);
    expect(r.fulfilment).toBe(fulfilment);
  });

  it('is full with a neutral sentence when the vacancy requires no talents', () => {
    const r = reason('REQUIRED_TALENTS', { requiredTalents: [] }, { talents: [] });
    expect(r).toMatchObject({ fulfilment: 1, text: 'Vacature vraagt geen specifieke talenten' });
  });

  it('says the profile has no talents, and what is asked, without removing the candidate', () => {
    const evaluation = evaluate({ requiredTalents: ['heftruck', 'orderpicken'] }, { talents: [] });
    expect(reasonFor(evaluation, 'REQUIRED_TALENTS')).toMatchObject({
      fulfilment: 0,
      text: 'Geen talenten ingevuld: vraag dit na; gevraagd: heftruck en orderpicken',
    });
    expect(evaluation.eligible).toBe(true);
  });

  it('counts a talent listed twice by the vacancy once', () => {
    const r = reason('REQUIRED_TALENTS', { requiredTalents: ['heftruck', 'heftruck', 'orderpicken'] }, { talents: ['heftruck'] });
    expect(r.text).toBe('Heeft 1 van de 2 gevraagde talenten: heftruck; mist: orderpicken');
    expect(r.fulfilment).toBe(0.5);
  });

  it('lists talents in the order the vacancy gives them, not the candidate', () => {
    const r = reason('REQUIRED_TALENTS', { requiredTalents: ['orderpicken', 'heftruck'] }, { talents: ['heftruck', 'orderpicken'] });
    expect(r.text).toBe('Heeft beide gevraagde talenten: orderpicken en heftruck');
  });

  it('ignores the candidate talents the vacancy does not ask for', () => {
    expect(reason('REQUIRED_TALENTS', {}, { talents: ['heftruck', 'orderpicken', 'kassa', 'klantcontact'] }).fulfilment).toBe(1);
  });

  it('uses the labels from the context, and the code when a label is missing or empty', () => {
    const r = reason(
      'REQUIRED_TALENTS',
      { requiredTalents: ['heftruck', 'lassen', 'x'] },
      { talents: ['heftruck', 'lassen', 'x'] },
      { talentLabel: (code) => (code === 'heftruck' ? 'Heftruck rijden' : code === 'x' ? '' : code) },
    );
    expect(r.text).toBe('Heeft alle 3 gevraagde talenten: Heftruck rijden, lassen en x');
  });

  it('matches codes exactly (normalising synonyms is done at write time)', () => {
    expect(reason('REQUIRED_TALENTS', { requiredTalents: ['heftruck'] }, { talents: ['Heftruck'] }).fulfilment).toBe(0);
  });
});

describe('NICE_TO_HAVE_TALENTS: share of the nice-to-have talents', () => {
  it.each([
    [[], ['heftruck'], 'Vacature noemt geen wenselijke talenten', 1],
    [['reachtruck'], ['reachtruck'], 'Heeft het wenselijke talent: reachtruck', 1],
    [['reachtruck'], ['heftruck'], 'Mist het wenselijke talent: reachtruck', 0],
    [['reachtruck', 'kassa'], ['reachtruck', 'kassa'], 'Heeft beide wenselijke talenten: reachtruck en kassawerk', 1],
    [['reachtruck', 'kassa'], ['heftruck'], 'Heeft geen van beide wenselijke talenten; mist: reachtruck en kassawerk', 0],
    [['reachtruck', 'kassa', 'klantcontact'], ['kassa', 'klantcontact'], 'Heeft 2 van de 3 wenselijke talenten: kassawerk en klantcontact; mist: reachtruck', 0.6667],
    [['reachtruck', 'kassa', 'klantcontact'], ['reachtruck', 'kassa', 'klantcontact'], 'Heeft alle 3 wenselijke talenten: reachtruck, kassawerk en klantcontact', 1],
  ])('nice to have %j, candidate has %j: "%s"', (niceToHave, has, text, fulfilment) => {
    const r = reason('NICE_TO_HAVE_TALENTS', { requiredTalents: [], niceToHaveTalents: niceToHave }, { talents: has });
    expect(r.text).toBe(text);
    expect(r.fulfilment).toBe(fulfilment);
  });

  it('does not count a required talent again when the vacancy also lists it as nice to have', () => {
    const r = reason('NICE_TO_HAVE_TALENTS', { requiredTalents: ['heftruck'], niceToHaveTalents: ['heftruck', 'reachtruck'] }, { talents: ['heftruck'] });
    expect(r.text).toBe('Mist het wenselijke talent: reachtruck');
  });

  it('is full when every nice-to-have talent is also required', () => {
    expect(reason('NICE_TO_HAVE_TALENTS', { requiredTalents: ['heftruck'], niceToHaveTalents: ['heftruck'] }).text).toBe(
      'Vacature noemt geen wenselijke talenten',
    );
  });

  it('says the profile has no talents', () => {
    expect(reason('NICE_TO_HAVE_TALENTS', { niceToHaveTalents: ['reachtruck', 'kassa'] }, { talents: [] })).toMatchObject({
      fulfilment: 0,
      text: 'Geen talenten ingevuld: vraag dit na; wenselijk: reachtruck en kassawerk',
    });
  });
});

describe('CATEGORY: the vacancy category against the beroepswensen', () => {
  it.each([
    ['LOGISTIEK', ['ZORG', 'LOGISTIEK'], 1, 'Vacature past bij de beroepswens Logistiek'],
    ['LOGISTIEK', ['ZORG'], 0, 'Vacature (Logistiek) valt buiten de beroepswens: Zorg'],
    ['LOGISTIEK', ['ZORG', 'SCHOONMAAK'], 0, 'Vacature (Logistiek) valt buiten de beroepswensen: Zorg en Schoonmaak'],
    ['LOGISTIEK', ['ZORG', 'ZORG'], 0, 'Vacature (Logistiek) valt buiten de beroepswens: Zorg'],
    ['LOGISTIEK', [], 0.5, 'Geen beroepswensen ingevuld: vraag dit na'],
    [null, ['LOGISTIEK'], 0.5, 'Vacature heeft geen beroepscategorie'],
    [null, [], 0.5, 'Vacature heeft geen beroepscategorie'],
    ['ONBEKEND_CODE', ['ONBEKEND_CODE'], 1, 'Vacature past bij de beroepswens ONBEKEND_CODE'],
  ])('category %s, wishes %j -> %d', (categoryCode, wishes, fulfilment, text) => {
    expect(reason('CATEGORY', { categoryCode }, { categoryWishes: wishes })).toMatchObject({ fulfilment, text });
  });

  it('never removes a candidate without beroepswensen', () => {
    expect(evaluate({}, { categoryWishes: [] }).eligible).toBe(true);
  });
});

describe('TAALNIVEAU: requirement and margin', () => {
  it.each([
    [Taalniveau.A2, Taalniveau.A2, 0.75, 'Taalniveau A2, gevraagd A2: voldoet'],
    [Taalniveau.B1, Taalniveau.A2, 1, 'Taalniveau B1, gevraagd A2: voldoet ruim'],
    [Taalniveau.C2, Taalniveau.A1, 1, 'Taalniveau C2, gevraagd A1: voldoet ruim'],
    [Taalniveau.B1, Taalniveau.B1, 0.75, 'Taalniveau B1, gevraagd B1: voldoet'],
    [Taalniveau.A2, Taalniveau.B1, 0, 'Taalniveau A2, gevraagd B1: voldoet niet'],
    [Taalniveau.A1, Taalniveau.C1, 0, 'Taalniveau A1, gevraagd C1: voldoet niet'],
  ])('candidate %s, vacancy asks %s -> %d', (has, asked, fulfilment, text) => {
    expect(reason('TAALNIVEAU', { minTaalniveau: asked }, { taalniveau: has })).toMatchObject({ fulfilment, text });
  });

  it('fails the requirement below the minimum, with the same sentence', () => {
    const evaluation = evaluate({ minTaalniveau: Taalniveau.B1 }, { taalniveau: Taalniveau.A2 });
    expect(evaluation.unmet).toEqual([{ requirement: 'TAALNIVEAU', text: 'Taalniveau A2, gevraagd B1: voldoet niet' }]);
    expect(evaluation.eligible).toBe(false);
  });

  it('does not fail an unknown level, but lowers the criterion and asks to find out', () => {
    const evaluation = evaluate({ minTaalniveau: Taalniveau.B1 }, { taalniveau: null });
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'TAALNIVEAU')).toMatchObject({
      fulfilment: 0.5,
      text: 'Taalniveau onbekend, gevraagd B1: vraag dit na',
    });
  });

  it('ranks unknown between below and at the minimum', () => {
    const at = reason('TAALNIVEAU', { minTaalniveau: Taalniveau.B1 }, { taalniveau: Taalniveau.B1 }).fulfilment;
    const unknown = reason('TAALNIVEAU', { minTaalniveau: Taalniveau.B1 }, { taalniveau: null }).fulfilment;
    const below = reason('TAALNIVEAU', { minTaalniveau: Taalniveau.B1 }, { taalniveau: Taalniveau.A2 }).fulfilment;
    expect(below).toBeLessThan(unknown);
    expect(unknown).toBeLessThan(at);
  });

  it.each([
    [Taalniveau.A1, 'Taalniveau A1; vacature stelt geen taaleis: voldoet'],
    [null, 'Vacature stelt geen taaleis: voldoet'],
  ])('is full without a taaleis (candidate %s)', (has, text) => {
    expect(reason('TAALNIVEAU', { minTaalniveau: null }, { taalniveau: has })).toMatchObject({ fulfilment: 1, text });
    expect(evaluate({ minTaalniveau: null }, { taalniveau: has }).eligible).toBe(true);
  });
});

describe('STARTKWALIFICATIE, and the leerwerkplek exception', () => {
  const required = { startkwalificatieRequired: true };

  it('passes a candidate who has one', () => {
    const evaluation = evaluate(required, { startkwalificatie: true });
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'STARTKWALIFICATIE')).toMatchObject({ fulfilment: 1, text: 'Heeft een startkwalificatie' });
  });

  it('fails a candidate without one: "Mist startkwalificatie"', () => {
    const evaluation = evaluate(required, { startkwalificatie: false });
    expect(evaluation.unmet).toEqual([{ requirement: 'STARTKWALIFICATIE', text: 'Mist startkwalificatie' }]);
    expect(reasonFor(evaluation, 'STARTKWALIFICATIE')).toMatchObject({ fulfilment: 0, text: 'Mist startkwalificatie' });
  });

  it('does not fail when unknown, and asks to find out', () => {
    const evaluation = evaluate(required, { startkwalificatie: null, opleidingsniveau: null });
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'STARTKWALIFICATIE')).toMatchObject({
      fulfilment: 0.5,
      text: 'Startkwalificatie onbekend: vraag dit na',
    });
  });

  it.each([
    [Opleidingsniveau.MBO2, true],
    [Opleidingsniveau.HAVO, true],
    [Opleidingsniveau.WO, true],
    [Opleidingsniveau.MBO1, false],
    [Opleidingsniveau.VMBO, false],
    [Opleidingsniveau.GEEN, false],
  ])('derives it from opleidingsniveau %s when unknown (has: %s)', (opleidingsniveau, has) => {
    expect(evaluate(required, { startkwalificatie: null, opleidingsniveau }).eligible).toBe(has);
  });

  it('trusts an explicit answer over the opleidingsniveau', () => {
    expect(evaluate(required, { startkwalificatie: false, opleidingsniveau: Opleidingsniveau.HBO }).eligible).toBe(false);
    expect(evaluate(required, { startkwalificatie: true, opleidingsniveau: Opleidingsniveau.VMBO }).eligible).toBe(true);
  });

  it('is full with a neutral sentence when the vacancy does not ask for one', () => {
    const evaluation = evaluate({ startkwalificatieRequired: false }, { startkwalificatie: false });
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'STARTKWALIFICATIE')).toMatchObject({ fulfilment: 1, text: 'Vacature vraagt geen startkwalificatie' });
  });

  describe('a leerwerkplek', () => {
    const leerwerkplek = { leerwerkplek: true, startkwalificatieRequired: true };

    it('never requires a startkwalificatie, even when the flag says so', () => {
      const evaluation = evaluate(leerwerkplek, { startkwalificatie: false, opleidingsniveau: Opleidingsniveau.VMBO });
      expect(evaluation.eligible).toBe(true);
      expect(evaluation.unmet).toEqual([]);
    });

    it('gives a candidate WITHOUT one a positive reason', () => {
      expect(reason('STARTKWALIFICATIE', leerwerkplek, { startkwalificatie: false })).toMatchObject({
        fulfilment: 1,
        text: 'Heeft nog geen startkwalificatie: daar is deze leerwerkplek voor bedoeld',
      });
      expect(reason('STARTKWALIFICATIE', { leerwerkplek: true }, { startkwalificatie: false }).fulfilment).toBe(1);
    });

    it('gives a candidate who already has one less, and says why', () => {
      expect(reason('STARTKWALIFICATIE', leerwerkplek, { startkwalificatie: true })).toMatchObject({
        fulfilment: 0.25,
        text: 'Heeft al een startkwalificatie; een leerwerkplek is bedoeld voor wie die nog mist',
      });
    });

    it('treats unknown as half', () => {
      expect(reason('STARTKWALIFICATIE', leerwerkplek, { startkwalificatie: null, opleidingsniveau: null })).toMatchObject({
        fulfilment: 0.5,
        text: 'Startkwalificatie onbekend; een leerwerkplek is bedoeld voor wie die nog mist: vraag dit na',
      });
    });

    it('ranks the candidate without startkwalificatie above the one with, other things equal', () => {
      const without = evaluate(leerwerkplek, { startkwalificatie: false }).score;
      const unknown = evaluate(leerwerkplek, { startkwalificatie: null, opleidingsniveau: null }).score;
      const withIt = evaluate(leerwerkplek, { startkwalificatie: true }).score;
      expect(without).toBeGreaterThan(unknown);
      expect(unknown).toBeGreaterThan(withIt);
    });

    it('derives "without" from a low opleidingsniveau', () => {
      expect(reason('STARTKWALIFICATIE', leerwerkplek, { startkwalificatie: null, opleidingsniveau: Opleidingsniveau.VMBO }).fulfilment).toBe(1);
    });
  });
});

describe('DISTANCE and TRAVEL_DISTANCE: closer is better, and within the candidate\'s own limit', () => {
  const at = (km: number, maxTravelKm: number | null = 15) => evaluate({}, { location: kmNorthOf(ZOETERMEER, km), maxTravelKm });

  it('reads the distance and the limit', () => {
    expect(reasonFor(at(6), 'DISTANCE').text).toBe('Woont ca. 6 km van de werkplek (gemeten tussen de plaatsen); wil max. 15 km reizen: binnen de reisafstand');
  });

  it.each([
    [0, 1],
    [3, 1],
    [5, 1],
    [12.5, 0.7857],
    [22.5, 0.5],
    [40, 0],
    [80, 0],
  ])('at %d km the fulfilment is %d (full up to 5 km, nothing from 40 km)', (km, fulfilment) => {
    expect(reasonFor(at(km, null), 'DISTANCE').fulfilment).toBeCloseTo(fulfilment, 4);
  });

  it('says "minder dan 1 km" below half a kilometre', () => {
    expect(reasonFor(at(0.3), 'DISTANCE').text).toBe('Woont op minder dan 1 km van de werkplek (gemeten tussen de plaatsen); wil max. 15 km reizen: binnen de reisafstand');
  });

  it('fails beyond the maximum travel distance, and says both numbers', () => {
    const evaluation = at(23);
    expect(evaluation.unmet).toEqual([{ requirement: 'TRAVEL_DISTANCE', text: 'Woont ca. 23 km van de werkplek (gemeten tussen de plaatsen); wil max. 15 km reizen: te ver' }]);
    expect(reasonFor(evaluation, 'DISTANCE').text).toBe('Woont ca. 23 km van de werkplek (gemeten tussen de plaatsen); wil max. 15 km reizen: te ver');
    expect(isNearMiss(evaluation)).toBe(true);
  });

  it.each([
    [15, true],
    [15.4, true],
    [15.6, false],
  ])('compares whole km, as shown (%d km with max 15 -> eligible %s)', (km, eligible) => {
    expect(at(km).eligible).toBe(eligible);
  });

  it('shows a fractional maximum with a decimal comma', () => {
    expect(reasonFor(at(6, 7.5), 'DISTANCE').text).toBe('Woont ca. 6 km van de werkplek (gemeten tussen de plaatsen); wil max. 7,5 km reizen: binnen de reisafstand');
  });

  it('never fails when the maximum is unknown, and says so', () => {
    const evaluation = at(100, null);
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'DISTANCE').text).toBe('Woont ca. 100 km van de werkplek (gemeten tussen de plaatsen); maximale reisafstand onbekend: vraag dit na');
  });

  it.each([
    [{ location: null }, {}, 'Woonplaats onbekend: afstand niet te bepalen, vraag dit na'],
    [{}, { location: null }, 'Werkplek onbekend: afstand niet te bepalen, vraag dit na bij de werkgever'],
    [{ location: null }, { location: null }, 'Woonplaats en werkplek onbekend: afstand niet te bepalen, vraag dit na'],
    [{ location: { lat: Number.NaN, lon: 4.4 } }, {}, 'Woonplaats onbekend: afstand niet te bepalen, vraag dit na'],
  ])('never fails an unknown distance (%j / %j)', (candidate, vacancy, text) => {
    const evaluation = evaluate(vacancy, { ...candidate, maxTravelKm: 1 });
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'DISTANCE')).toMatchObject({ fulfilment: 0.5, text });
  });

  it('treats a negative or non-numeric maximum as unknown', () => {
    expect(at(30, -5).eligible).toBe(true);
    expect(at(30, Number.NaN).eligible).toBe(true);
  });

  it('uses the distance alone for the fulfilment, not the candidate\'s limit', () => {
    expect(reasonFor(at(10, 50), 'DISTANCE').fulfilment).toBe(reasonFor(at(10, 11), 'DISTANCE').fulfilment);
  });
});

describe('HOURS: the hours the candidate wants against the hours offered', () => {
  const hours = (cMin: number | null, cMax: number | null, vMin: number | null, vMax: number | null) =>
    reason('HOURS', { hoursMin: vMin, hoursMax: vMax }, { hoursMin: cMin, hoursMax: cMax });

  it.each([
    [24, 32, 32, 40, 1, 'Uren passen: wil 24-32 uur per week, vacature biedt 32-40 uur'],
    [32, 32, 32, 32, 1, 'Uren passen: wil 32 uur per week, vacature biedt 32 uur'],
    [20, 40, 24, 24, 1, 'Uren passen: wil 20-40 uur per week, vacature biedt 24 uur'],
    [16, 20, 32, 40, 0.3906, 'Uren passen niet: kan hooguit 20 van de minstens 32 uur per week werken (63%)'],
    [24, 32, 36, 40, 0.7901, 'Uren passen bijna: kan hooguit 32 van de minstens 36 uur per week werken (89%)'],
    [36, 40, 16, 24, 0.4444, 'Uren passen niet: wil minstens 36 uur per week, vacature biedt hooguit 24 uur (67%)'],
    [24, null, null, 20, 0.6944, 'Uren passen niet: wil minstens 24 uur per week, vacature biedt hooguit 20 uur (83%)'],
    [null, 20, 16, null, 1, 'Uren passen: wil maximaal 20 uur per week, vacature biedt minimaal 16 uur'],
    [7.5, 12, 16, 20, 0.5625, 'Uren passen niet: kan hooguit 12 van de minstens 16 uur per week werken (75%)'],
    [0, 0, 8, 12, 0, 'Uren passen niet: kan hooguit 0 van de minstens 8 uur per week werken (0%)'],
  ])('wants %s-%s, offered %s-%s -> %d', (cMin, cMax, vMin, vMax, fulfilment, text) => {
    expect(hours(cMin, cMax, vMin, vMax)).toMatchObject({ fulfilment, text });
  });

  it('reads a range given the wrong way round', () => {
    expect(hours(32, 24, 40, 32)).toMatchObject({ fulfilment: 1, text: 'Uren passen: wil 24-32 uur per week, vacature biedt 32-40 uur' });
  });

  it.each([
    [null, null, 32, 40, 'Urenwens onbekend: vraag dit na; vacature biedt 32-40 uur per week'],
    [24, 32, null, null, 'Uren van de vacature onbekend: vraag dit na bij de werkgever; wil 24-32 uur per week'],
    [null, null, null, null, 'Urenwens en uren van de vacature onbekend: vraag dit na'],
    [-4, Number.NaN, 32, 40, 'Urenwens onbekend: vraag dit na; vacature biedt 32-40 uur per week'],
  ])('lowers but keeps unknown hours (%s-%s / %s-%s)', (cMin, cMax, vMin, vMax, text) => {
    expect(hours(cMin, cMax, vMin, vMax)).toMatchObject({ fulfilment: 0.5, text });
  });

  it('is a ranking criterion, never a requirement', () => {
    expect(evaluate({ hoursMin: 38, hoursMax: 40 }, { hoursMin: 4, hoursMax: 8 }).eligible).toBe(true);
  });
});

describe('AVAILABILITY: available on time (today is 1 March 2025)', () => {
  const avail = (availableFrom: string | null, startDate: string | null = null, today?: string) =>
    evaluate({ startDate }, { availableFrom }, today ? { today } : {});

  describe('a vacancy without start date: as soon as possible, at the latest in 3 months', () => {
    it('rewards "direct beschikbaar"', () => {
      expect(reasonFor(avail('2025-01-15'), 'AVAILABILITY')).toMatchObject({ fulfilment: 1, text: 'Direct beschikbaar' });
      expect(reasonFor(avail('2025-03-01'), 'AVAILABILITY')).toMatchObject({ fulfilment: 1, text: 'Direct beschikbaar' });
    });

    it('gives less for every day later, and names the date', () => {
      expect(reasonFor(avail('2025-04-01'), 'AVAILABILITY')).toMatchObject({
        fulfilment: 0.8297,
        text: 'Beschikbaar vanaf 1 april 2025',
      });
    });

    it('passes on the last day of the 3 months and fails the day after', () => {
      expect(avail('2025-06-01').eligible).toBe(true);
      const late = avail('2025-06-02');
      expect(late.unmet).toEqual([
        { requirement: 'AVAILABILITY', text: 'Pas beschikbaar vanaf 2 juni 2025; de vacature moet binnen 3 maanden worden vervuld' },
      ]);
      expect(reasonFor(late, 'AVAILABILITY').text).toBe(
        'Pas beschikbaar vanaf 2 juni 2025; de vacature moet binnen 3 maanden worden vervuld',
      );
    });

    it('clamps the 3 months at the end of a shorter month (30 November -> 28 February)', () => {
      expect(avail('2026-02-28', null, '2025-11-30').eligible).toBe(true);
      expect(avail('2026-03-01', null, '2025-11-30').eligible).toBe(false);
    });

    it('treats a start date that has passed (or is today) as "as soon as possible"', () => {
      expect(avail('2025-05-01', '2025-01-01').eligible).toBe(true);
      expect(avail('2025-05-01', '2025-03-01').eligible).toBe(true);
      expect(reasonFor(avail('2025-01-01', '2025-02-01'), 'AVAILABILITY').text).toBe('Direct beschikbaar');
    });
  });

  describe('a vacancy with a start date in the future', () => {
    it('passes a candidate available by the start date, with full points', () => {
      const evaluation = avail('2025-03-15', '2025-04-01');
      expect(evaluation.eligible).toBe(true);
      expect(reasonFor(evaluation, 'AVAILABILITY')).toMatchObject({
        fulfilment: 1,
        text: 'Beschikbaar vanaf 15 maart 2025; de baan begint op 1 april 2025',
      });
    });

    it('passes on the start date itself', () => {
      expect(avail('2025-04-01', '2025-04-01').eligible).toBe(true);
    });

    it('says "direct beschikbaar" when already available', () => {
      expect(reasonFor(avail('2025-02-01', '2025-04-01'), 'AVAILABILITY').text).toBe(
        'Direct beschikbaar; de baan begint op 1 april 2025',
      );
    });

    it('fails a candidate available only after the start date', () => {
      const evaluation = avail('2025-04-02', '2025-04-01');
      expect(evaluation.unmet).toEqual([
        { requirement: 'AVAILABILITY', text: 'Pas beschikbaar vanaf 2 april 2025; de baan begint op 1 april 2025' },
      ]);
      expect(reasonFor(evaluation, 'AVAILABILITY').fulfilment).toBe(0.9945);
    });
  });

  it('reaches 0 at half a year late', () => {
    expect(reasonFor(avail('2025-08-30'), 'AVAILABILITY').fulfilment).toBe(0);
    expect(reasonFor(avail('2026-08-30'), 'AVAILABILITY').fulfilment).toBe(0);
  });

  it.each([null, '2025-02-30', 'binnenkort'])('does not fail an unknown date (%s) and asks for it', (availableFrom) => {
    const evaluation = avail(availableFrom);
    expect(evaluation.eligible).toBe(true);
    expect(reasonFor(evaluation, 'AVAILABILITY')).toMatchObject({ fulfilment: 0.5, text: 'Beschikbaarheidsdatum onbekend: vraag dit na' });
  });

  it('reads a date-time as its date', () => {
    expect(reasonFor(avail('2025-04-01T09:00:00Z'), 'AVAILABILITY').text).toBe('Beschikbaar vanaf 1 april 2025');
  });

  it('treats an unreadable start date as "as soon as possible"', () => {
    expect(avail('2025-05-01', 'volgende maand').eligible).toBe(true);
  });
});

describe('INSTRUMENTS: the vacancy offers the support the candidate needs', () => {
  it.each([
    [{}, {}, 1, 'Geen loonkostensubsidie, jobcoach of proefplaatsing nodig'],
    [{ loonkostensubsidie: true, jobcoach: true, proefplaatsing: true }, {}, 1, 'Geen loonkostensubsidie, jobcoach of proefplaatsing nodig'],
    [{ loonkostensubsidie: true }, { loonkostensubsidie: true }, 1, 'Vacature biedt wat nodig is: loonkostensubsidie'],
    [{ loonkostensubsidie: true, jobcoach: true }, { loonkostensubsidie: true, jobcoachNeeded: true }, 1, 'Vacature biedt wat nodig is: loonkostensubsidie en een jobcoach'],
    [{ loonkostensubsidie: true }, { loonkostensubsidie: true, jobcoachNeeded: true }, 0.5, 'Vacature biedt loonkostensubsidie, maar geen jobcoach'],
    [{ jobcoach: true }, { loonkostensubsidie: true, jobcoachNeeded: true }, 0.5, 'Vacature biedt een jobcoach, maar geen loonkostensubsidie'],
    [{}, { loonkostensubsidie: true }, 0, 'Heeft loonkostensubsidie nodig; de vacature biedt dat niet'],
    [{}, { loonkostensubsidie: true, jobcoachNeeded: true }, 0, 'Heeft loonkostensubsidie en een jobcoach nodig; de vacature biedt dat niet'],
    [
      { jobcoach: true, proefplaatsing: true },
      { loonkostensubsidie: true, jobcoachNeeded: true, proefplaatsingNeeded: true },
      0.6667,
      'Vacature biedt een jobcoach en een proefplaatsing, maar geen loonkostensubsidie',
    ],
    [
      { proefplaatsing: true },
      { loonkostensubsidie: true, jobcoachNeeded: true, proefplaatsingNeeded: true },
      0.3333,
      'Vacature biedt een proefplaatsing, maar geen loonkostensubsidie en geen jobcoach',
    ],
    [{}, { proefplaatsingNeeded: true }, 0, 'Heeft een proefplaatsing nodig; de vacature biedt dat niet'],
  ])('vacancy %j, candidate %j -> %d', (vacancy, candidate, fulfilment, text) => {
    expect(reason('INSTRUMENTS', vacancy, candidate)).toMatchObject({ fulfilment, text });
  });

  it('is a ranking criterion, never a requirement', () => {
    expect(evaluate({ loonkostensubsidie: false }, { loonkostensubsidie: true, jobcoachNeeded: true }).eligible).toBe(true);
  });
});

describe('UNEMPLOYMENT_DURATION: a small, capped bonus for time without work (today is 1 March 2025)', () => {
  it.each([
    ['2025-03-01', 0, 'Korter dan een maand zonder werk'],
    ['2025-02-02', 0, 'Korter dan een maand zonder werk'],
    ['2025-02-01', 0.0417, '1 maand zonder werk'],
    ['2024-12-01', 0.125, '3 maanden zonder werk'],
    ['2024-03-01', 0.5, '12 maanden zonder werk'],
    ['2023-03-02', 0.9583, '23 maanden zonder werk'],
    ['2023-03-01', 1, '2 jaar zonder werk'],
    ['2022-09-01', 1, 'Ruim 2 jaar zonder werk'],
    ['2020-03-01', 1, '5 jaar zonder werk'],
    ['2026-01-01', 0, 'Korter dan een maand zonder werk'],
  ])('unemployed since %s -> %d', (unemployedSince, fulfilment, text) => {
    expect(reason('UNEMPLOYMENT_DURATION', {}, { unemployedSince })).toMatchObject({ fulfilment, text });
  });

  it('lowers but keeps an unknown date', () => {
    expect(reason('UNEMPLOYMENT_DURATION', {}, { unemployedSince: null })).toMatchObject({ fulfilment: 0.5, text: 'Duur zonder werk onbekend: vraag dit na' });
  });

  it('stays small: five years without work do not outweigh one missing required talent', () => {
    const longUnemployedMissingOne = evaluate({}, { unemployedSince: '2020-03-01', talents: ['heftruck'] });
    const newlyUnemployedWithAll = evaluate({}, { unemployedSince: '2025-03-01' });
    expect(newlyUnemployedWithAll.score).toBeGreaterThan(longUnemployedMissingOne.score);
  });

  it('lifts the long-term unemployed above an otherwise equal newcomer', () => {
    expect(evaluate({}, { unemployedSince: '2022-01-01' }).score).toBeGreaterThan(evaluate({}, { unemployedSince: '2025-02-01' }).score);
  });
});

describe('the other hard requirements', () => {
  it('ACTIVE: an inactive candidate is not eligible, but is still scored', () => {
    const active = evaluate();
    const inactive = evaluate({}, { active: false });
    expect(inactive.unmet).toEqual([{ requirement: 'ACTIVE', text: 'Staat niet actief als werkzoekende' }]);
    expect(inactive.eligible).toBe(false);
    expect(inactive.score).toBe(active.score);
    expect(inactive.reasons).toEqual(active.reasons);
  });

  describe('DOELGROEPREGISTER', () => {
    it('fails a banenafspraak vacancy for a candidate outside the register', () => {
      expect(evaluate({ banenafspraak: true }, { banenafspraak: false }).unmet).toEqual([
        { requirement: 'DOELGROEPREGISTER', text: 'Staat niet in het doelgroepregister (vereist voor deze banenafspraakbaan)' },
      ]);
    });

    it('passes a candidate in the register, with a note', () => {
      const evaluation = evaluate({ banenafspraak: true }, { banenafspraak: true });
      expect(evaluation.eligible).toBe(true);
      expect(evaluation.notes).toContain('Staat in het doelgroepregister: telt mee voor de banenafspraak');
    });

    it('does not limit an ordinary vacancy, and still notes the register (it counts for the quota)', () => {
      const evaluation = evaluate({ banenafspraak: false }, { banenafspraak: true });
      expect(evaluation.eligible).toBe(true);
      expect(evaluation.notes).toEqual(['Staat in het doelgroepregister: telt mee voor de banenafspraak']);
    });

    it('gives the register no weight in the score', () => {
      expect(evaluate({}, { banenafspraak: true }).score).toBe(evaluate({}, { banenafspraak: false }).score);
    });
  });

  describe('RIJBEWIJS', () => {
    const licence = (required: Rijbewijs[], held: Rijbewijs[]) => evaluate({ rijbewijsRequired: required }, { rijbewijs: held });

    it.each([
      [[Rijbewijs.B], [Rijbewijs.B]],
      [[Rijbewijs.B], [Rijbewijs.BE]],
      [[Rijbewijs.C], [Rijbewijs.CE]],
      [[Rijbewijs.B, Rijbewijs.C], [Rijbewijs.CE]],
      [[Rijbewijs.BE], [Rijbewijs.CE]],
      [[Rijbewijs.B], [Rijbewijs.C]],
      [[Rijbewijs.B], [Rijbewijs.D]],
      [[Rijbewijs.AM], [Rijbewijs.B]],
      [[Rijbewijs.AM], [Rijbewijs.A]],
      [[], []],
    ])('requires %j: holding %j is enough', (required, held) => {
      expect(licence(required, held).eligible).toBe(true);
    });

    it.each([
      [[Rijbewijs.B], [], 'Mist rijbewijs B'],
      [[Rijbewijs.CE], [Rijbewijs.C], 'Mist rijbewijs CE'],
      [[Rijbewijs.BE], [Rijbewijs.B], 'Mist rijbewijs BE'],
      [[Rijbewijs.C, Rijbewijs.CE], [Rijbewijs.B], 'Mist rijbewijs C en CE'],
      [[Rijbewijs.B, Rijbewijs.C, Rijbewijs.D], [Rijbewijs.AM], 'Mist rijbewijs B, C en D'],
      [[Rijbewijs.A], [Rijbewijs.B], 'Mist rijbewijs A'],
      [[Rijbewijs.D], [Rijbewijs.CE], 'Mist rijbewijs D'],
      [[Rijbewijs.B, Rijbewijs.B], [], 'Mist rijbewijs B'],
    ])('requires %j: holding %j -> "%s"', (required, held, text) => {
      expect(licence(required, held).unmet).toEqual([{ requirement: 'RIJBEWIJS', text }]);
    });

    it('notes the licences the candidate holds', () => {
      expect(licence([Rijbewijs.B], [Rijbewijs.BE]).notes).toEqual(['Heeft het gevraagde rijbewijs B']);
      expect(licence([Rijbewijs.B, Rijbewijs.C], [Rijbewijs.CE]).notes).toEqual(['Heeft de gevraagde rijbewijzen B en C']);
      expect(licence([Rijbewijs.B, Rijbewijs.C], [Rijbewijs.B]).notes).toEqual(['Heeft het gevraagde rijbewijs B']);
    });

    it('gives a licence no weight in the score', () => {
      expect(licence([Rijbewijs.C], []).score).toBe(licence([], []).score);
    });
  });

  it('lists several unmet requirements in a fixed order, and scores anyway', () => {
    const evaluation = evaluate(
      {
        banenafspraak: true,
        startkwalificatieRequired: true,
        minTaalniveau: Taalniveau.B2,
        rijbewijsRequired: [Rijbewijs.C],
        startDate: '2025-04-01',
      },
      {
        active: false,
        banenafspraak: false,
        startkwalificatie: false,
        taalniveau: Taalniveau.A1,
        rijbewijs: [],
        availableFrom: '2025-05-01',
        location: kmNorthOf(ZOETERMEER, 30),
        maxTravelKm: 10,
      },
    );
    expect(evaluation.unmet.map((u) => u.requirement)).toEqual([
      'ACTIVE',
      'DOELGROEPREGISTER',
      'AVAILABILITY',
      'TRAVEL_DISTANCE',
      'TAALNIVEAU',
      'STARTKWALIFICATIE',
      'RIJBEWIJS',
    ]);
    expect(evaluation.eligible).toBe(false);
    expect(isNearMiss(evaluation)).toBe(false);
    expect(evaluation.score).toBeGreaterThan(0);
  });

  it('an incomplete profile stays eligible: unknown data never fails a requirement', () => {
    const evaluation = evaluate(
      { minTaalniveau: Taalniveau.B2, startkwalificatieRequired: true, startDate: '2025-04-01' },
      {
        talents: [],
        categoryWishes: [],
        taalniveau: null,
        startkwalificatie: null,
        opleidingsniveau: null,
        hoursMin: null,
        hoursMax: null,
        availableFrom: null,
        location: null,
        placeName: null,
        maxTravelKm: null,
        unemployedSince: null,
        experience: [],
      },
    );
    expect(evaluation.eligible).toBe(true);
    expect(evaluation.reasons.map((r) => r.text)).toEqual([
      'Geen talenten ingevuld: vraag dit na; gevraagd: heftruck en orderpicken',
      'Geen werkervaring ingevuld: vraag dit na',
      'Geen talenten ingevuld: vraag dit na; wenselijk: reachtruck',
      'Geen beroepswensen ingevuld: vraag dit na',
      'Taalniveau onbekend, gevraagd B2: vraag dit na',
      'Startkwalificatie onbekend: vraag dit na',
      'Woonplaats onbekend: afstand niet te bepalen, vraag dit na',
      'Urenwens onbekend: vraag dit na; vacature biedt 32-40 uur per week',
      'Beschikbaarheidsdatum onbekend: vraag dit na',
      'Geen loonkostensubsidie, jobcoach of proefplaatsing nodig',
      'Duur zonder werk onbekend: vraag dit na',
    ]);
    // 0 + 0 + 0 + 10x.5 + 6x.5 + 3x.5 + 10x.5 + 12x.5 + 3x.5 + 5x1 + 3x.5 = 28.5 of 100
    expect(evaluation.score).toBe(0.285);
  });

  it('isNearMiss: exactly one unmet requirement', () => {
    expect(isNearMiss(evaluate())).toBe(false);
    expect(isNearMiss(evaluate({}, { active: false }))).toBe(true);
    expect(isNearMiss(evaluate({ banenafspraak: true }, { active: false }))).toBe(false);
  });
});

describe('notes: facts for the employer that carry no weight', () => {
  it.each([
    ['OPEN' as const, []],
    ['DRAFT' as const, ['Vacature is nog een concept']],
    ['FILLED' as const, ['Vacature is al vervuld']],
    ['CLOSED' as const, ['Vacature is gesloten']],
  ])('status %s', (status, notes) => {
    const evaluation = evaluate({ status });
    expect(evaluation.notes).toEqual(notes);
    expect(evaluation.eligible).toBe(true);
    expect(evaluation.score).toBe(evaluate().score);
  });

  it('lists the instruments on offer and the register, in a fixed order', () => {
    const evaluation = evaluate(
      { status: 'CLOSED', loonkostensubsidie: true, jobcoach: true, proefplaatsing: true, beschutWerk: true, rijbewijsRequired: [Rijbewijs.B] },
      { banenafspraak: true, loonkostensubsidie: true, jobcoachNeeded: true },
    );
    expect(evaluation.notes).toEqual([
      'Vacature is gesloten',
      'Staat in het doelgroepregister: telt mee voor de banenafspraak',
      'Loonkostensubsidie mogelijk',
      'Jobcoach mogelijk',
      'Proefplaatsing mogelijk',
      'Beschut werk mogelijk',
      'Heeft het gevraagde rijbewijs B',
    ]);
  });

  it('mentions loonkostensubsidie and jobcoach only for a candidate who needs them', () => {
    expect(evaluate({ loonkostensubsidie: true, jobcoach: true }).notes).toEqual([]);
  });
});

describe('weights', () => {
  const withWeights = (weights: MatchWeights, vacancy: Partial<ScorerVacancy> = {}, candidate: Partial<ScorerCandidate> = {}) =>
    evaluate(vacancy, candidate, { weights });

  it('default weights add up to 100', () => {
    expect(Object.values(DEFAULT_MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('has a weight for every criterion and nothing else', () => {
    expect(Object.keys(DEFAULT_MATCH_WEIGHTS).sort()).toEqual([...CRITERIA].sort());
  });

  it('uses DEFAULT_MATCH_WEIGHTS when the context has none', () => {
    expect(withWeights(DEFAULT_MATCH_WEIGHTS)).toEqual(evaluate());
  });

  it('drops a criterion whose weight is 0 and rescales the rest', () => {
    const weights = { ...DEFAULT_MATCH_WEIGHTS, UNEMPLOYMENT_DURATION: 0 };
    const evaluation = withWeights(weights);
    expect(evaluation.reasons.map((r) => r.criterion)).not.toContain('UNEMPLOYMENT_DURATION');
    expect(reasonFor(evaluation, 'REQUIRED_TALENTS').contribution).toBe(0.3093); // 30 / 97
  });

  it('only ratios matter: doubling every weight changes nothing but the weights shown', () => {
    const doubled = Object.fromEntries(CRITERIA.map((c) => [c, DEFAULT_MATCH_WEIGHTS[c] * 2])) as MatchWeights;
    const a = evaluate();
    const b = withWeights(doubled);
    expect(b.score).toBe(a.score);
    expect(b.reasons.map((r) => r.contribution)).toEqual(a.reasons.map((r) => r.contribution));
  });

  it('a single criterion with weight decides the whole score', () => {
    const onlyTalents = Object.fromEntries(CRITERIA.map((c) => [c, c === 'REQUIRED_TALENTS' ? 1 : 0])) as MatchWeights;
    const evaluation = withWeights(onlyTalents, {}, { talents: ['heftruck'] });
    expect(evaluation.score).toBe(0.5);
    expect(evaluation.reasons).toHaveLength(1);
  });

  it.each([
    ['a negative weight', { ...DEFAULT_MATCH_WEIGHTS, DISTANCE: -1 }],
    ['a NaN weight', { ...DEFAULT_MATCH_WEIGHTS, DISTANCE: Number.NaN }],
    ['an infinite weight', { ...DEFAULT_MATCH_WEIGHTS, DISTANCE: Infinity }],
    ['a missing weight', { ...DEFAULT_MATCH_WEIGHTS, DISTANCE: undefined as unknown as number }],
    ['all zero', Object.fromEntries(CRITERIA.map((c) => [c, 0])) as MatchWeights],
  ])('refuses %s', (_name, weights) => {
    expect(() => withWeights(weights)).toThrow();
  });

  it('contribution = weight x fulfilment / total weight, and the contributions add up to the score', () => {
    const evaluation = evaluate({}, { talents: ['heftruck'], hoursMin: 16, hoursMax: 20, location: kmNorthOf(ZOETERMEER, 17) });
    for (const r of evaluation.reasons) expect(r.contribution).toBeCloseTo((r.weight * r.fulfilment) / 100, 4);
    const sum = evaluation.reasons.reduce((s, r) => s + r.contribution, 0);
    expect(Math.abs(sum - evaluation.score)).toBeLessThanOrEqual(0.0005);
  });
});

describe('context and purity', () => {
  it('refuses an invalid "today"', () => {
    expect(() => evaluate({}, {}, { today: 'gisteren' })).toThrow(/today/);
    expect(() => evaluate({}, {}, { today: '2025-02-30' })).toThrow(/today/);
  });

  it('does not change its inputs', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object') {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    const vacancy = deepFreeze(aVacancy({ requiredTalents: ['orderpicken', 'heftruck', 'heftruck'], rijbewijsRequired: [Rijbewijs.C, Rijbewijs.B] }));
    const candidate = deepFreeze(aCandidate({ categoryWishes: ['ZORG', 'LOGISTIEK'] }));
    const before = JSON.stringify([vacancy, candidate]);
    expect(() => evaluateMatch(vacancy, candidate, aContext())).not.toThrow();
    expect(JSON.stringify([vacancy, candidate])).toBe(before);
  });

  it('depends on "today" from the context only, not on the clock', () => {
    // The clock really moves between the two evaluations (six years, across a day boundary in any time zone): a
    // scorer that read Date.now() or new Date() for availability or time without work would answer differently.
    jest.useFakeTimers({ now: new Date('2025-03-01T09:00:00Z') });
    let a: MatchEvaluation;
    let b: MatchEvaluation;
    try {
      a = evaluate({}, {}, { today: '2025-03-01' });
      jest.setSystemTime(new Date('2031-11-20T23:30:00Z'));
      expect(Date.now()).toBe(Date.parse('2031-11-20T23:30:00Z'));
      b = evaluate({}, {}, { today: '2025-03-01' });
    } finally {
      jest.useRealTimers();
    }
    expect(b).toEqual(a);
    expect(reasonFor(a, 'UNEMPLOYMENT_DURATION').text).not.toBe(reasonFor(evaluate({}, {}, { today: '2031-11-20' }), 'UNEMPLOYMENT_DURATION').text);
    expect(reasonFor(evaluate({}, {}, { today: '2026-03-01' }), 'UNEMPLOYMENT_DURATION').text).toBe('2 jaar zonder werk');
  });
});
