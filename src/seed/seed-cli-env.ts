/**
 * Imported first by seed.cli.ts, before the application module: the generator loads its own data, so the app's
 * first-start demo data must stay off.
 */
process.env.DEMO_DATA = 'false';
