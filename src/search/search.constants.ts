/** Injection token of the configured SearchEngine (see search.module.ts). */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
