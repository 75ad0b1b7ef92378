import { maskQuotedValues, safeErrorText, statementSummary } from './safe-log';

describe('safe log text', () => {
  it('masks a quoted input value, keeps quoted identifiers', () => {
    expect(maskQuotedValues('invalid input syntax for type uuid: "jan@example.nl"')).toBe('invalid input syntax for type uuid: "***"');
    expect(maskQuotedValues('new row for relation "employer" violates check constraint "boom"')).toBe('new row for relation "employer" violates check constraint "boom"');
  });

  it('says the error kind, SQLSTATE and constraint without parameters or detail', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "app_user_email_key"'), {
      name: 'QueryFailedError',
      parameters: ['jan@example.nl', '$argon2id$v=19$m=65536'],
      driverError: { code: '23505', constraint: 'app_user_email_key', table: 'app_user', detail: 'Key (lower(email))=(jan@example.nl) already exists.' },
    });
    const text = safeErrorText(error);
    expect(text).toMatch(/^QueryFailedError \[23505\] constraint app_user_email_key table app_user: duplicate key/);
    expect(text).not.toContain('jan@example.nl');
    expect(text).not.toContain('argon2');
  });

  it('summarises a statement by its kind and table only', () => {
    expect(statementSummary('INSERT INTO "app_user"("email", "password_hash") VALUES ($1, $2)')).toBe('INSERT INTO "app_user"');
    expect(statementSummary('SELECT "u"."email" FROM app_user WHERE email = $1')).toBe('SELECT');
  });
});
