import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInputError, NotFoundError } from '../graphql/errors';
import { FieldProblem } from '../graphql/errors';
import { ReferenceDataService } from './reference-data.service';
import { orderedPair, TalentRelation } from './talent-relation.entity';
import { Talent } from './talent.entity';
import { foldText } from './text-utils';

export interface TalentChanges {
  label?: string;
  categories?: string[];
  synonyms?: string[];
}

/** Kebab slug of a label, as the shipped list's codes are made: "Hygiënisch werken" -> "hygienisch-werken". */
export function talentCode(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An ADMIN keeps the talent list open: new talents ("bladblazer"), synonyms and relations. Every write is checked
 * against the whole list (a word belongs to one talent only), then the in-memory lookups reload and the search
 * index follows (ReferenceDataService.talentsChanged).
 */
@Injectable()
export class TalentAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
  ) {}

  async create(input: Required<TalentChanges>): Promise<Talent> {
    const code = talentCode(input.label);
    const problems = this.check(null, { ...input, code });
    if (problems.length) throw new BadInputError(problems);
    const talent = await this.dataSource.getRepository(Talent).save({ code, label: input.label.trim(), categories: unique(input.categories), synonyms: cleanSynonyms(input.synonyms) });
    await this.referenceData.talentsChanged([code]);
    return talent;
  }

  async update(code: string, changes: TalentChanges): Promise<Talent> {
    const repo = this.dataSource.getRepository(Talent);
    const talent = await repo.findOneBy({ code });
    if (!talent) throw new NotFoundError('talent', code);
    const next = {
      code,
      label: changes.label?.trim() ?? talent.label,
      categories: changes.categories ? unique(changes.categories) : talent.categories,
      synonyms: changes.synonyms ? cleanSynonyms(changes.synonyms) : talent.synonyms,
    };
    const problems = this.check(code, next);
    if (problems.length) throw new BadInputError(problems);
    const saved = await repo.save(next);
    await this.referenceData.talentsChanged([code]);
    return saved;
  }

  async relate(a: string, b: string, related: boolean): Promise<void> {
    const problems: FieldProblem[] = [];
    for (const [field, code] of [['talent', a], ['relatedTo', b]] as const) {
      if (!this.referenceData.talentNormaliser().has(code)) problems.push({ field, message: `onbekende talentcode "${code.slice(0, 60)}"` });
    }
    if (a === b) problems.push({ field: 'relatedTo', message: 'een talent kan niet aan zichzelf verwant zijn' });
    if (problems.length) throw new BadInputError(problems);
    const repo = this.dataSource.getRepository(TalentRelation);
    if (related) await repo.createQueryBuilder().insert().values(orderedPair(a, b)).orIgnore().execute();
    else await repo.delete(orderedPair(a, b));
    await this.referenceData.talentsChanged([a, b]);
  }

  /** Every problem with a talent as it would be stored, named by input field. */
  private check(self: string | null, t: { code: string; label: string; categories: string[]; synonyms: string[] }): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const normaliser = this.referenceData.talentNormaliser();
    const owner = (word: string) => {
      const code = normaliser.normalise(word);
      return code !== null && code !== self ? code : null;
    };
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.code) || t.label.trim().length < 2 || t.label.length > 60) {
      problems.push({ field: 'input.label', message: 'moet 2 tot 60 tekens lang zijn, met minstens één letter of cijfer' });
    } else if (self === null && normaliser.has(t.code)) {
      problems.push({ field: 'input.label', message: `talent "${t.code}" bestaat al` });
    } else if (owner(t.label)) {
      problems.push({ field: 'input.label', message: `"${t.label.slice(0, 60)}" betekent al talent "${owner(t.label)}"` });
    }
    for (const category of t.categories) {
      try {
        this.referenceData.checkCategory('input.categories', category);
      } catch {
        problems.push({ field: 'input.categories', message: `onbekende beroepsgroep "${category.slice(0, 60)}"; zie de lijst categories` });
      }
    }
    for (const synonym of t.synonyms) {
      if (synonym.length < 2 || synonym.length > 60) problems.push({ field: 'input.synonyms', message: `"${synonym.slice(0, 60)}" moet 2 tot 60 tekens lang zijn` });
      else if (owner(synonym)) problems.push({ field: 'input.synonyms', message: `"${synonym}" betekent al talent "${owner(synonym)}"` });
    }
    return problems;
  }
}

const unique = (items: readonly string[]) => [...new Set(items)];

/** Lower case, trimmed, single spaces, deduplicated by their folded form. */
function cleanSynonyms(synonyms: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of synonyms) {
    const clean = s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    const key = foldText(clean);
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}
