/**
 * What an error may say in a log line: its kind, SQLSTATE and constraint, and its message with any quoted input
 * value masked. Never a query's parameters, a driver error's `detail` ("Key (email)=(...)"), or a row.
 * PostgreSQL quotes a bad value after a colon (`invalid input syntax for type uuid: "..."`); identifiers it
 * quotes elsewhere ("relation \"employer\"", "constraint \"boom\"") stay, because they name no person.
 */
export function maskQuotedValues(message: string): string {
  return message.replace(/: "(?:[^"]|"")*"/g, ': "***"');
}

export function safeErrorText(error: unknown, stackFrames = 5): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const driver = (error as { driverError?: { code?: string; constraint?: string; table?: string } }).driverError;
  const code = driver?.code ?? (error as { code?: unknown }).code;
  const facts = [code ? `[${String(code)}]` : '', driver?.constraint ? `constraint ${driver.constraint}` : '', driver?.table ? `table ${driver.table}` : '']
    .filter(Boolean)
    .join(' ');
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, stackFrames);
  return [`${error.name}${facts ? ` ${facts}` : ''}: ${maskQuotedValues(error.message)}`, ...frames].join('\n');
}

/** The statement's kind and target without values or parameters: "INSERT INTO app_user", "SELECT". */
export function statementSummary(query: string): string {
  const words = query.trim().split(/\s+/).slice(0, 4).join(' ');
  const match = /^(INSERT INTO|UPDATE|DELETE FROM|SELECT|WITH|CREATE|ALTER|DROP|START TRANSACTION|COMMIT|ROLLBACK)\s*("?[\w.]+"?)?/i.exec(words);
  if (!match) return 'statement';
  return /^(INSERT INTO|UPDATE|DELETE FROM)$/i.test(match[1]) ? `${match[1].toUpperCase()} ${match[2] ?? ''}`.trim() : match[1].toUpperCase();
}
