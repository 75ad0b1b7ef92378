import type { DataSource, EntityMetadata, EntityTarget } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/** The array type of an unnest parameter: one per column, one element per row. */
export type UnnestParam = 'uuid[]' | 'text[]' | 'int4[]' | 'float8[]' | 'bool[]' | 'date[]' | 'timestamptz[]';

/**
 * How one column travels: `param` is the array type of the unnest parameter, `cast` turns the unnested value into
 * the column type where the two differ (text[] and jsonb columns go as text, one literal per row).
 */
export interface UnnestColumn {
  name: string;
  propertyName: string;
  param: UnnestParam;
  cast?: 'text[]' | 'jsonb';
  /** SQL for the selected value instead of the plain column (`u.<name>` is the unnested value). */
  select?: string;
  value: (row: Record<string, unknown>) => unknown;
}

/** Which columns of an entity a bulk insert leaves out, and the SQL some of the others are selected with. */
export interface UnnestInsertRules<E> {
  /** Columns the insert leaves to their default or to the database (property name: why). */
  leftOut?: { [P in keyof E]?: string };
  /** Columns selected with SQL of their own (see UnnestColumn.select). */
  select?: { [P in keyof E]?: string };
  /** SQL after the SELECT: ON CONFLICT, WHERE. */
  tail?: string;
}

/** Scalar column types (as the driver normalises them) and the unnest parameter each travels in. */
const PARAM_BY_TYPE: Readonly<Record<string, UnnestParam>> = {
  uuid: 'uuid[]',
  text: 'text[]',
  'character varying': 'text[]',
  integer: 'int4[]',
  'double precision': 'float8[]',
  boolean: 'bool[]',
  date: 'date[]',
  'timestamp with time zone': 'timestamptz[]',
};

/** A PostgreSQL array literal for a text[] column: {"a","b"}. */
export function pgTextArray(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function unnestColumn(dataSource: DataSource, table: string, column: ColumnMetadata, select: string | undefined): UnnestColumn {
  const { databaseName: name, propertyName } = column;
  const type = dataSource.driver.normalizeType(column);
  const base = { name, propertyName, ...(select ? { select } : {}) };
  if (column.isArray) {
    if (type !== 'text') throw new Error(`${table}.${name}: ${type}[] columns are not supported by the bulk insert`);
    return { ...base, param: 'text[]', cast: 'text[]', value: (row) => pgTextArray(row[propertyName] as string[]) };
  }
  if (type === 'jsonb') return { ...base, param: 'text[]', cast: 'jsonb', value: (row) => JSON.stringify(row[propertyName]) };
  const param = PARAM_BY_TYPE[type];
  if (!param) throw new Error(`${table}.${name}: column type ${type} is not supported by the bulk insert`);
  return { ...base, param, value: (row) => row[propertyName] };
}

/**
 * A bulk insert into an entity's table: `INSERT INTO t (a, b) SELECT u.a, u.b::text[] FROM unnest($1::uuid[],
 * $2::text[]) AS u(a, b)`, one parameter array per column. The columns come from the entity's TypeORM metadata
 * (the entity is the one definition of its columns): every column but those `rules.leftOut` names, each filled
 * from the row property of the same name.
 */
export class UnnestInsert {
  readonly sql: string;

  constructor(
    readonly table: string,
    readonly columns: readonly UnnestColumn[],
    tail?: string,
  ) {
    const names = columns.map((c) => c.name).join(', ');
    const selects = columns.map((c) => c.select ?? (c.cast ? `u.${c.name}::${c.cast}` : `u.${c.name}`)).join(', ');
    const params = columns.map((c, i) => `$${i + 1}::${c.param}`).join(', ');
    this.sql = `INSERT INTO ${table} (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${names})${tail ? ` ${tail}` : ''}`;
  }

  static forEntity<E>(dataSource: DataSource, entity: EntityTarget<E>, rules: UnnestInsertRules<E> = {}): UnnestInsert {
    const metadata = dataSource.getMetadata(entity);
    const leftOut = new Set(Object.keys(rules.leftOut ?? {}));
    const selects = (rules.select ?? {}) as Record<string, string | undefined>;
    for (const property of [...leftOut, ...Object.keys(selects)]) {
      if (!metadata.columns.some((c) => c.propertyName === property)) throw new Error(`${metadata.tableName} has no column for property ${property}`);
    }
    const columns = metadata.columns
      .filter((c) => !leftOut.has(c.propertyName))
      .map((c) => unnestColumn(dataSource, metadata.tableName, c, selects[c.propertyName]));
    return new UnnestInsert(metadata.tableName, columns, rules.tail);
  }

  /**
   * One parameter array per column. A row without a property for one of the columns is refused: the entity gained
   * a column that the generator neither fills nor leaves out, and a silent NULL would hide that.
   */
  params(rows: readonly object[]): unknown[][] {
    const first = rows[0] as Record<string, unknown> | undefined;
    const missing = first ? this.columns.filter((c) => !(c.propertyName in first)) : [];
    if (missing.length > 0) {
      const names = missing.map((c) => `${c.name} (${c.propertyName})`).join(', ');
      throw new Error(`${this.table} rows have no value for ${names}: generate it, or leave the column out with a reason`);
    }
    return this.columns.map((c) => rows.map((row) => c.value(row as Record<string, unknown>)));
  }
}
