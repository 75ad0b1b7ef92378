import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { Role } from '../auth/role.enum';
import { User } from '../auth/user.entity';
import { AppConfig } from '../config/app-config';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { ensureSeedStaff } from '../seed/seed-staff';
import { generateSyntheticData } from '../seed/synthetic-data';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * Zero-setup mode: on the first start against an empty database, creates demo users, employers, vacancies and
 * candidates (synthetic, deterministic) so the product can be tried at once.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly referenceData: ReferenceDataService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.NODE_ENV === 'production') return this.closeDemoAccounts();
    if (!this.config.demoData) return;
    await this.referenceData.ensureLoaded();
    if ((await this.dataSource.getRepository(User).count()) === 0) {
      this.logger.log('empty database: seeding demo data (first start only)');
      for (const user of DEMO_USERS.filter((u) => u.role !== Role.WERKGEVER)) {
        await this.auth.createUser({ ...user, password: DEMO_PASSWORD, employerId: null });
      }
      // A year of history in Zuid-Holland Centraal, every employer and candidate with someone of the demo team.
      const stats = await generateSyntheticData(this.dataSource, {
        candidates: 600,
        vacancies: 400,
        employers: 60,
        placements: 700,
        seed: 2026,
        ...(await ensureSeedStaff(this.dataSource)),
      });
      // The werkgever works at the Zoetermeer employer with the most vacancies (any, should there be none in
      // Zoetermeer), and says so in their name.
      const [employer] = (await this.dataSource.query(
        `SELECT e.id, e.name FROM employer e JOIN vacancy v ON v.employer_id = e.id
          GROUP BY e.id, e.name, e.place_name ORDER BY e.place_name = 'Zoetermeer' DESC, count(*) DESC, e.name LIMIT 1`,
      )) as Array<{ id: string; name: string }>;
      for (const user of DEMO_USERS.filter((u) => u.role === Role.WERKGEVER)) {
        await this.auth.createUser({ ...user, displayName: `${user.displayName} (${employer.name})`, password: DEMO_PASSWORD, employerId: employer.id });
      }
      this.logger.log(
        `seeded ${stats.candidates} candidates, ${stats.vacancies} vacancies, ${stats.employers} employers, ${stats.placements} placements; ` +
          `werkgever@wsp.demo works at ${employer.name}`,
      );
    }
    this.logger.log(
      `demo logins (zero-setup mode only), password "${DEMO_PASSWORD}":\n` +
        DEMO_USERS.map((u) => `  ${u.role.padEnd(17)} ${u.email}`).join('\n'),
    );
  }

  /**
   * A data folder that once ran the demo may be started in production: its demo logins (published password)
   * are switched off rather than left open.
   */
  private async closeDemoAccounts(): Promise<void> {
    const result = await this.dataSource
      .getRepository(User)
      .update({ email: In(DEMO_USERS.map((u) => u.email)), active: true }, { active: false });
    if (result.affected) this.logger.warn(`NODE_ENV=production: deactivated ${result.affected} demo account(s) with the published password`);
    else this.logger.log('NODE_ENV=production: no demo accounts');
  }
}
