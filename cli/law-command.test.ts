import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../test/helpers/capture-io';
import { runCli } from './run-cli';

interface CoverageJson {
  jurisdictions: {
    code: string;
    rules: { id: string; type: string; citation: string; status: string; sourceUrl: string; numbers: string | null }[];
    federalKinds: string[];
  }[];
  federal: { rules: { id: string }[] };
}

async function coverageJson(): Promise<CoverageJson> {
  const io = captureIo();
  expect(await runCli(['law', 'coverage', '--json'], io)).toBe(0);
  return JSON.parse(io.out()) as CoverageJson;
}

describe('binder law coverage', () => {
  it('lists the 50 states and DC as JSON, each rule with its status, citation and source', async () => {
    const coverage = await coverageJson();
    const codes = coverage.jurisdictions.map((jurisdiction) => jurisdiction.code);
    expect(codes).toHaveLength(51);
    expect(new Set(codes).size).toBe(51);
    expect(codes).toEqual(expect.arrayContaining(['AL', 'DC', 'DE', 'HI', 'TX', 'WY']));
    expect(codes).not.toContain('US');
    expect(codes).not.toContain('PR');
    for (const jurisdiction of coverage.jurisdictions) {
      // Every jurisdiction has its own initial-evaluation rule; the federal one no longer stands in.
      expect(jurisdiction.rules.map((rule) => rule.id)).toContain(
        `${jurisdiction.code.toLowerCase()}.initial-evaluation`,
      );
      expect(jurisdiction.federalKinds).not.toContain('initial-evaluation');
      for (const rule of jurisdiction.rules) {
        expect(['confirmed', 'confirmed-secondary', 'dataset', 'unconfirmed']).toContain(rule.status);
        expect(rule.citation).not.toBe('');
        expect(rule.sourceUrl).toMatch(/^https?:\/\//);
      }
    }
    expect(coverage.federal.rules.map((rule) => rule.id)).toContain('idea.initial-evaluation');
  });

  it('shows the research as encoded: Delaware’s two clocks, Alaska’s unconfirmed clock, Nebraska’s 19', async () => {
    const coverage = await coverageJson();
    const rule = (code: string, id: string) =>
      coverage.jurisdictions.find((jurisdiction) => jurisdiction.code === code)?.rules.find((item) => item.id === id);
    expect(rule('DE', 'de.initial-evaluation')).toMatchObject({
      numbers: '45 school days or 90 calendar days, whichever is less',
      status: 'confirmed',
    });
    expect(rule('AK', 'ak.initial-evaluation')?.status).toBe('unconfirmed');
    expect(rule('NE', 'ne.age-of-majority-notice')?.citation).toBe('Neb. Rev. Stat. 43-2101');
    expect(rule('HI', 'hi.reimbursement-hearing-limit')?.type).toBe('citation');
  });

  it('writes the docs page exactly as committed (regenerate it when the rules change)', async () => {
    const io = captureIo();
    expect(await runCli(['law', 'coverage', '--markdown'], io)).toBe(0);
    const committed = readFileSync('docs/law-coverage.md', 'utf8');
    expect(
      io.out() === committed,
      'docs/law-coverage.md differs from the rules data: run npm run --silent binder -- law coverage --markdown > docs/law-coverage.md',
    ).toBe(true);
  });

  it('prints a one-line-per-jurisdiction table without flags', async () => {
    const io = captureIo();
    expect(await runCli(['law', 'coverage'], io)).toBe(0);
    expect(io.out()).toContain('51 jurisdictions');
    expect(io.out()).toMatch(/\n {2}DE {2}Delaware +2 records: 1 confirmed, 1 confirmed-secondary\n/);
  });

  it('exits 2 with one line on stderr for bad usage', async () => {
    const cases: [string[], string][] = [
      [['law'], 'binder law: expected one subcommand: binder law coverage [--json | --markdown]\n'],
      [['law', 'rules'], 'binder law: expected one subcommand: binder law coverage [--json | --markdown]\n'],
      [['law', 'coverage', '--json', '--markdown'], 'binder law: --json and --markdown are exclusive\n'],
      [['law', 'coverage', '--csv'], 'binder law: unknown option --csv (see binder law --help)\n'],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err()).toBe(message);
      expect(io.out()).toBe('');
    }
  });
});
