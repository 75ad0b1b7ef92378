import { InstrumentsState, instrumentProblems, trialLimit } from './placement-instruments';

const NONE: InstrumentsState = {
  loonkostensubsidie: false,
  loonwaardePct: null,
  jobcoach: false,
  noRiskpolis: false,
  trialStart: null,
  trialEnd: null,
  trialExtensionReason: null,
  opleidingSchool: null,
  opleidingCrebo: null,
};
const fields = (s: Partial<InstrumentsState>, leerwerkplek = false) =>
  instrumentProblems({ ...NONE, ...s }, { leerwerkplek }).map((p) => `${p.field}: ${p.message}`);

describe('placement instruments', () => {
  it('accepts no instruments, and all of them together on a leerwerkplek', () => {
    expect(fields({})).toEqual([]);
    expect(
      fields(
        { loonkostensubsidie: true, loonwaardePct: 60, jobcoach: true, noRiskpolis: true, trialStart: '2026-01-05', trialEnd: '2026-03-05', opleidingSchool: 'mboRijnland', opleidingCrebo: '25397' },
        true,
      ),
    ).toEqual([]);
  });

  it('keeps the loonwaarde a whole percentage, with loonkostensubsidie only', () => {
    expect(fields({ loonkostensubsidie: true, loonwaardePct: 0 })).toEqual([]);
    expect(fields({ loonkostensubsidie: true, loonwaardePct: 100 })).toEqual([]);
    expect(fields({ loonkostensubsidie: true, loonwaardePct: 101 })).toEqual(['input.loonwaardePct: moet een heel percentage van 0 tot en met 100 zijn']);
    expect(fields({ loonkostensubsidie: true, loonwaardePct: -1 })).toHaveLength(1);
    expect(fields({ loonkostensubsidie: true })[0]).toMatch(/^input.loonwaardePct: is verplicht bij loonkostensubsidie/);
    expect(fields({ loonwaardePct: 50 })[0]).toMatch(/^input.loonwaardePct: hoort bij loonkostensubsidie/);
  });

  it('counts two calendar months, clamped at the end of a short month', () => {
    expect(trialLimit('2026-01-15', 2)).toBe('2026-03-15');
    expect(trialLimit('2025-12-31', 2)).toBe('2026-02-28');
    expect(trialLimit('2026-01-01', 6)).toBe('2026-07-01');
  });

  it('allows a proefplaatsing of two months, up to six with a reason, never more', () => {
    expect(fields({ trialStart: '2026-01-15', trialEnd: '2026-03-15' })).toEqual([]);
    expect(fields({ trialStart: '2026-01-15', trialEnd: '2026-03-16' })).toEqual([
      'input.trialExtensionReason: is verplicht bij een proefplaatsing langer dan 2 maanden (na 2026-03-15)',
    ]);
    expect(fields({ trialStart: '2026-01-15', trialEnd: '2026-07-15', trialExtensionReason: 'Jobcoach start later' })).toEqual([]);
    expect(fields({ trialStart: '2026-01-15', trialEnd: '2026-07-16', trialExtensionReason: 'Jobcoach start later' })).toEqual([
      'input.trialEnd: een proefplaatsing duurt hoogstens 6 maanden (tot 2026-07-15)',
    ]);
  });

  it('needs both dates in order, and real dates', () => {
    expect(fields({ trialStart: '2026-01-15' })).toEqual(['input.trialEnd: een proefplaatsing heeft een begin- en een einddatum nodig']);
    expect(fields({ trialStart: '2026-02-01', trialEnd: '2026-01-31' })).toEqual(['input.trialEnd: mag niet voor de begindatum liggen (2026-02-01)']);
    expect(fields({ trialStart: '2026-02-30', trialEnd: '2026-03-01' })).toEqual(['input.trialStart: moet een datum zijn (jjjj-mm-dd)']);
    expect(fields({ trialExtensionReason: 'waarom' })).toEqual(['input.trialExtensionReason: hoort bij een proefplaatsing: vul ook de begin- en einddatum in']);
  });

  it('records an opleiding only on a leerwerkplek, with school and crebo', () => {
    expect(fields({ opleidingSchool: 'ROC Mondriaan', opleidingCrebo: '25397' })).toEqual([
      'input.opleidingSchool: een opleiding hoort bij een leerwerkplek, en deze vacature is er geen',
    ]);
    expect(fields({ opleidingSchool: 'ROC Mondriaan' }, true)).toEqual(['input.opleidingCrebo: een opleiding heeft zowel de school als het crebonummer of de cursus nodig']);
  });
});
