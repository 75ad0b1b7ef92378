'use strict';
/* global require */
/**
 * Preloaded into the benchmark's capture server (`node --require bench/sql-capture.cjs dist/main.js`, see
 * sql-floor.ts): appends every statement node-postgres sends, with its parameters as node-postgres serialises them,
 * to the JSON-lines file in SQL_CAPTURE_FILE. Benchmark use only: it records parameter values, so it never runs in
 * the service itself.
 */
const { appendFileSync } = require('node:fs');
const pg = require('pg');
const { prepareValue } = require('pg/lib/utils');

const file = process.env.SQL_CAPTURE_FILE;
if (file) {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function capturedQuery(config, values) {
    const text = typeof config === 'string' ? config : config && config.text;
    const params = Array.isArray(values) ? values : (config && config.values) || [];
    if (typeof text === 'string') {
      appendFileSync(file, `${JSON.stringify({ text, values: params.map((v) => prepareValue(v)) })}\n`);
    }
    return query.apply(this, arguments);
  };
}
