import { LRUCache } from 'lru-cache';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInputError } from '../graphql/errors';
import { Category } from './category.entity';
import { CATEGORIES } from './categories.data';
import { Klantcategorie } from './klantcategorie.entity';
import { KLANTCATEGORIEEN } from './klantcategorieen.data';
import nlPlaces from './nl-places.json';
import { Place, PlaceDirectory, placeKey } from './places';
import { Talent } from './talent.entity';
import { TalentNormaliser } from './talent-normaliser';
import { TALENTS } from './talents.data';
import { orderedPair, TalentRelation } from './talent-relation.entity';
import { relationIndex, TALENT_RELATIONS } from './talent-relations.data';
import { foldText } from './text-utils';

/** What a job title stands for: the talents it names and their categories ("Magazijnmedewerker" -> magazijnwerk). */
export interface JobTitleReading {
  readonly talents: readonly string[];
  readonly categories: readonly string[];
}

/** Distinct job titles whose reading is kept; past this the least recently read is dropped. */
const JOB_TITLES_KEPT = 50_000;

/** Called after an ADMIN changed talents, synonyms or relations, with the talent codes concerned. */
export type TalentsChangedListener = (codes: string[]) => Promise<void>;

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/**
 * Reference data (categories, talents with synonyms, klantcategorieën) lives in the database; the lists in this
 * folder seed it once. An ADMIN maintains the talents, their synonyms and relations through the API
 * (talent-admin.resolver.ts); categories and klantcategorieën have no edit in the API yet. Lookups are answered
 * from memory.
 */
@Injectable()
export class ReferenceDataService implements OnApplicationBootstrap {
  readonly places = new PlaceDirectory(nlPlaces as Place[]);
  private talents = new TalentNormaliser([]);
  private categoryCodes = new Set<string>();
  private klantcategorieCodes = new Set<string>();
  private categoryLabels = new Map<string, string>();
  private talentCategories = new Map<string, string[]>();
  /** Per category, its talents: built once per load, asked on every match request. */
  private categoryTalents = new Map<string, string[]>();
  private relations = new Map<string, string[]>();
  private readonly talentsChangedListeners: TalentsChangedListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private loaded?: Promise<void>;

  onApplicationBootstrap(): Promise<void> {
    return this.ensureLoaded();
  }

  /** Seeds and loads once; anything that needs reference data at start-up awaits this. */
  ensureLoaded(): Promise<void> {
    this.loaded ??= this.seed().then(() => this.reload());
    return this.loaded;
  }

  /** Inserts the shipped reference lists; rows an ADMIN already has are left as they are. */
  async seed(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(Category)
        .values(CATEGORIES.map((c, i) => ({ code: c.code, label: c.label, isco: c.isco, description: c.description, sortOrder: i })))
        .orIgnore()
        .execute();
      await m
        .createQueryBuilder()
        .insert()
        .into(Talent)
        .values(TALENTS.map((t) => ({ code: t.code, label: t.label, categories: [...t.categories], synonyms: [...t.synonyms] })))
        .orIgnore()
        .execute();
      await m
        .createQueryBuilder()
        .insert()
        .into(Klantcategorie)
        .values(KLANTCATEGORIEEN.map((k, i) => ({ ...k, sortOrder: i })))
        .orIgnore()
        .execute();
      // Only pairs of talents that exist (an ADMIN may have changed codes); never twice.
      await m.query(
        `INSERT INTO talent_relation (talent_a, talent_b)
         SELECT p.a, p.b FROM unnest($1::text[], $2::text[]) AS p(a, b)
         WHERE EXISTS (SELECT 1 FROM talent WHERE code = p.a) AND EXISTS (SELECT 1 FROM talent WHERE code = p.b)
         ON CONFLICT DO NOTHING`,
        [TALENT_RELATIONS.map(([a, b]) => orderedPair(a, b).talentA), TALENT_RELATIONS.map(([a, b]) => orderedPair(a, b).talentB)],
      );
    });
  }

  async reload(): Promise<void> {
    const [categories, talents, klantcategorieen, relations] = await Promise.all([
      this.dataSource.getRepository(Category).find(),
      this.dataSource.getRepository(Talent).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(Klantcategorie).find(),
      this.dataSource.getRepository(TalentRelation).find({ order: { talentA: 'ASC', talentB: 'ASC' } }),
    ]);
    this.talentCategories = new Map(talents.map((t) => [t.code, t.categories]));
    this.categoryTalents = new Map();
    for (const t of talents) for (const c of t.categories) this.categoryTalents.set(c, [...(this.categoryTalents.get(c) ?? []), t.code]);
    this.relations = relationIndex(relations.map((r) => [r.talentA, r.talentB] as const));
    this.categoryCodes = new Set(categories.map((c) => c.code));
    this.categoryLabels = new Map(categories.map((c) => [c.code, c.label]));
    this.talents = new TalentNormaliser(talents);
    this.jobTitles.clear();
    this.klantcategorieCodes = new Set(klantcategorieen.map((k) => k.code));
  }

  /** Every talent word -> the other words for the same talent (label and synonyms, both directions). */
  talentSynonyms(): Record<string, string[]> {
    return this.talents.synonymGroups();
  }

  /** Talents related to this one (both directions), from the ADMIN-maintained relation table. */
  relatedTalents(code: string): readonly string[] {
    return this.relations.get(code) ?? [];
  }

  /** The talents of a category: a job showing one of them is work in that sector (job-fit.ts). */
  talentsInCategory(code: string): readonly string[] {
    return this.categoryTalents.get(code) ?? [];
  }

  /** Every relation as [a, b] with a < b, for the API. */
  talentRelations(): [string, string][] {
    const pairs: [string, string][] = [];
    for (const [a, list] of this.relations) for (const b of list) if (a < b) pairs.push([a, b]);
    return pairs.sort((x, y) => (x[0] + '~' + x[1] < y[0] + '~' + y[1] ? -1 : 1));
  }

  /**
   * Reads a job title the way a matchmaker would: the whole title as a talent or synonym ("orderpicker"), else
   * each word ("medewerker magazijn"), else a word's first part before "medewerker", alone or as "-werk"
   * ("callcentermedewerker" -> callcenterwerk).
   * Returns the talents found and their categories; nothing for a title that names no known work.
   */
  readJobTitle(title: string): JobTitleReading {
    // Kept per title until the talents change (reload): matching reads every pool member's work experience on
    // every request, and stemming the same titles again was a tenth of a match request's CPU.
    let reading = this.jobTitles.get(title);
    if (!reading) {
      reading = Object.freeze(this.readJobTitleNow(title));
      this.jobTitles.set(title, reading);
    }
    return reading;
  }

  private readonly jobTitles = new LRUCache<string, JobTitleReading>({ max: JOB_TITLES_KEPT });

  private readJobTitleNow(title: string): JobTitleReading {
    const talents = new Set<string>();
    const whole = this.talents.normalise(title);
    if (whole) talents.add(whole);
    else {
      for (const word of foldText(title).split(' ')) {
        const stem = word.replace(/(medewerk(st)?er|hulp)$/, '');
        const code = this.talents.normalise(word) ?? (stem ? (this.talents.normalise(stem) ?? this.talents.normalise(`${stem}werk`)) : null);
        if (code) talents.add(code);
      }
    }
    const codes = Object.freeze([...talents]);
    const categories = Object.freeze([...new Set(codes.flatMap((c) => this.talentCategories.get(c) ?? []))]);
    return { talents: codes, categories };
  }

  /** Lets the search index follow an ADMIN's talent edits (synonyms reach both engines). */
  onTalentsChanged(listener: TalentsChangedListener): void {
    this.talentsChangedListeners.push(listener);
  }

  /** After a write to the talent tables: reload, then tell the listeners (the search index) which codes. */
  async talentsChanged(codes: string[]): Promise<void> {
    await this.reload();
    for (const listener of this.talentsChangedListeners) await listener(codes);
  }

  /** The normaliser over the current list: for the talent admin's checks. */
  talentNormaliser(): TalentNormaliser {
    return this.talents;
  }

  talentLabel(code: string): string {
    return this.talents.label(code) ?? code;
  }

  categoryLabel(code: string): string {
    return this.categoryLabels.get(code) ?? code;
  }

  /** Free tags -> canonical talent codes; an unknown tag is bad input with suggestions. */
  normaliseTalents(field: string, tags: string[]): string[] {
    const { codes, unknown } = this.talents.normaliseAll(tags);
    if (unknown.length > 0) {
      throw new BadInputError(
        unknown.map((tag) => {
          const suggestions = this.talents.suggest(tag);
          return {
            field,
            message: `onbekend talent "${tag.slice(0, 60)}"${suggestions.length ? ` (bedoelt u: ${suggestions.join(', ')}?)` : ''}`,
          };
        }),
      );
    }
    return codes;
  }

  checkCategory(field: string, code: string): string {
    if (!this.categoryCodes.has(code)) {
      throw new BadInputError({ field, message: `onbekende beroepsgroep "${code.slice(0, 60)}"; zie de lijst categories` });
    }
    return code;
  }

  checkKlantcategorie(field: string, code: string): string {
    if (!this.klantcategorieCodes.has(code)) {
      throw new BadInputError({
        field,
        message: `onbekende klantcategorie "${code.slice(0, 20)}"; kies een van ${[...this.klantcategorieCodes].sort().join(', ')}`,
      });
    }
    return code;
  }

  /** A Dutch place name -> the place with coordinates; unknown places are bad input with suggestions. */
  resolvePlace(field: string, name: string): Place {
    const place = this.places.find(name);
    if (!place) {
      const suggestions = this.places.suggest(name, 3);
      throw new BadInputError({
        field,
        message: `onbekende plaats "${name.slice(0, 60)}"${suggestions.length ? ` (bedoelt u: ${suggestions.join(', ')}?)` : ''}`,
      });
    }
    return place;
  }

  /**
   * Places for a place picker: names starting as typed (case- and accent-insensitive), most populous first, then
   * close spellings for a typo ("Zoetermer"). One entry per name, the one `resolvePlace` would pick.
   */
  searchPlaces(search: string, limit: number): Place[] {
    const prefix = placeKey(search);
    const byName = new Map<string, Place>();
    const starting = this.places
      .all()
      .filter((p) => placeKey(p.name).startsWith(prefix))
      .sort((a, b) => b.population - a.population);
    for (const place of [...starting, ...this.places.suggest(search, limit).map((name) => this.places.find(name)!)]) {
      if (byName.size >= limit) break;
      if (!byName.has(place.name)) byName.set(place.name, this.places.find(place.name) ?? place);
    }
    return [...byName.values()];
  }

  /** Dutch postcode, stored as "1234 AB". */
  normalisePostcode(field: string, postcode: string): string {
    const m = POSTCODE.exec(postcode.trim());
    if (!m) throw new BadInputError({ field, message: 'moet een Nederlandse postcode zijn, zoals "2242 AB"' });
    return `${m[1]} ${m[2].toUpperCase()}`;
  }
}
