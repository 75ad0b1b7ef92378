import { candidateConditions, candidateOrder, distanceExpression, vacancyConditions, vacancyOrder } from './postgres-filter';
import { SqlParams } from '../../database/sql-params';
import { earthBoxMetres } from '../../reference-data/earth-distance';

describe('PostgreSQL filter translation', () => {
  it('turns no filter into no condition', () => {
    expect(candidateConditions({}, new SqlParams())).toEqual([]);
    expect(vacancyConditions({}, new SqlParams())).toEqual([]);
  });

  it('binds every value as a parameter, never as SQL text', () => {
    const p = new SqlParams();
    const hostile = "x'); DROP TABLE candidate; --";
    const sql = candidateConditions({ categories: [hostile], klantcategorieen: [hostile], matchmakerId: hostile }, p).join(' AND ');
    expect(sql).not.toContain('DROP');
    expect(p.values).toEqual([[hostile], [hostile], hostile]);
  });

  it('translates each candidate filter to its condition', () => {
    const p = new SqlParams();
    const w = candidateConditions(
      {
        statuses: ['ACTIVE'],
        categories: ['logistiek'],
        talents: ['heftruck', 'orderpicken'],
        minTaalniveauRank: 2,
        startkwalificatie: false,
        banenafspraak: true,
        targetGroups: ['STATUSHOUDER'],
        availableBy: '2026-12-01',
        visibleToEmployersOnly: true,
      },
      p,
    );
    expect(w).toEqual([
      'c.status = ANY($1::text[])',
      'c.category_wishes && $2::text[]',
      'c.talents @> $3::text[]',
      'c.taalniveau = ANY($4::text[])',
      'c.startkwalificatie = $5',
      'c.banenafspraak = $6',
      'c.target_groups && $7::text[]',
      '(c.available_from IS NULL OR c.available_from <= $8::date)',
      'c.visible',
    ]);
    // "At least B1" lists B1 and up; unknown levels are not in the list, so they are excluded.
    expect(p.values[3]).toEqual(['B1', 'B2', 'C1', 'C2']);
  });

  it("keeps an employer's search within each person's own travel distance, an unknown limit passing", () => {
    const p = new SqlParams();
    const w = candidateConditions({ within: { lat: 52, lon: 4.5, km: 15 }, withinOwnTravelDistance: true }, p, true);
    expect(w[1]).toMatch(/^COALESCE\(c\.max_travel_km::float8 >= \(111\.195\d* \* sqrt\(.*\)\), true\)$/);
    expect(candidateConditions({ withinOwnTravelDistance: true }, new SqlParams())).toEqual([]);
  });

  it('keeps people without hours in an hours filter (missing data never hides a person)', () => {
    const w = candidateConditions({ hoursMin: 24, hoursMax: 32 }, new SqlParams());
    expect(w).toEqual(['(c.hours_max IS NULL OR c.hours_max >= $1)', '(c.hours_min IS NULL OR c.hours_min <= $2)']);
  });

  it('reads "taalniveau" on vacancies as "the candidate\'s level is enough"', () => {
    const p = new SqlParams();
    expect(vacancyConditions({ maxTaalniveauRank: 1, leerwerkplek: true }, p)).toEqual([
      '(v.min_taalniveau IS NULL OR v.min_taalniveau = ANY($1::text[]))',
      'v.leerwerkplek = $2',
    ]);
    expect(p.values[0]).toEqual(['A1', 'A2']);
  });

  it('limits a radius by the indexed box and trims it by distance in km', () => {
    const p = new SqlParams();
    const [geo] = vacancyConditions({ within: { lat: 52, lon: 4.36, km: 15 } }, p);
    expect(geo).toMatch(/^\(earth_box\(ll_to_earth\(\$1::float8, \$2::float8\), \$3::float8\) @> v\.geo AND \(111\.195\d* \* sqrt/);
    expect(geo).toMatch(/<= \$7::float8\)$/);
    expect(p.values).toEqual([52, 4.36, earthBoxMetres(15), 52, 4.36, Math.cos((52 * Math.PI) / 180), 15]);
    expect(earthBoxMetres(15)).toBeGreaterThan(15000); // earthdistance's sphere is larger than ours
  });

  it('has no distance without a place', () => {
    expect(distanceExpression('c', undefined, new SqlParams())).toBeNull();
  });

  it('orders by distance with the operator the GiST index serves nearest-first', () => {
    const p = new SqlParams();
    expect(distanceExpression('v', { lat: 52, lon: 4.36, km: 15 }, p)).toBe('(v.geo <-> ll_to_earth($1::float8, $2::float8))');
    expect(p.values).toEqual([52, 4.36]);
  });

  it('orders relevance without text as newest, and always ends on the id', () => {
    expect(candidateOrder('RELEVANCE', false, false)).toBe('created_at DESC, id DESC');
    expect(candidateOrder('RELEVANCE', true, false)).toBe('rank DESC, id');
    expect(candidateOrder('DISTANCE', false, true)).toBe('dist ASC NULLS LAST, id');
    expect(vacancyOrder('CLOSING_DATE', false, false)).toBe('closing_date ASC NULLS LAST, id');
    expect(vacancyOrder('DISTANCE', false, false)).toBe('created_at DESC, id DESC');
  });
});
