/**
 * A GraphQL enum object (for `registerEnumType`, `@Field(() => X)` and `@IsEnum(X)`) made from a TS const list, so
 * a list like the scorer's criteria is written once and the API enum and the union type both follow it.
 */
export function enumOf<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: K } {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in T[number]]: K };
}
