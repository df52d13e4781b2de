import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkSessionAgainstPlan } from '../../../core/ledger/check-session';
import { parseSessionCsv } from '../../../core/ledger/parse-session-csv';
import type { IepVersionInEffect } from '../../../core/ledger/services-ledger';
import { csvFieldIssue, parseProgressCsv, type CsvError } from '../../../core/progress/parse-progress-csv';
import { apiErrorSchema } from '../../../core/schemas/api-error';
import { ApiError } from '../../api/api-error';
import { CSV_PROBLEM_CODES } from '../../../core/schemas/csv-problem';
import { iepServiceSchema } from '../../../core/schemas/iep';
import ar from '../../i18n/progress.ar.json';
import en from '../../i18n/progress.en.json';
import es from '../../i18n/progress.es.json';
import vi from '../../i18n/progress.vi.json';
import zhHans from '../../i18n/progress.zh-Hans.json';
import {
  csvProblemLine,
  csvProblemMessage,
  csvProblemOfIssue,
  importRefusalText,
  issuesInLanguage,
} from './progress-issues';

// Every problem either CSV import (progress scores, a provider's session log) can report is said in the page's
// language from its code, naming the row and column; the English message stays for the API and the CLI.
// All data is fictional.

const FILES = { en, es, vi, 'zh-Hans': zhHans, ar } as const;
type Language = keyof typeof FILES;

async function translatorFor(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: Object.fromEntries(Object.entries(FILES).map(([lng, file]) => [lng, { translation: file }])),
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** The one error a file has (the cases below each make exactly one). */
function onlyError(result: { ok: true } | { ok: false; errors: CsvError[] }): CsvError {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors;
  if (error === undefined) throw new Error('no error');
  return error;
}

const progress = (text: string) => onlyError(parseProgressCsv(text));
const sessions = (rows: readonly string[], header = 'date,service,minutes,status,reason,make_up,note') =>
  onlyError(parseSessionCsv([header, ...rows].join('\n')));

/** A final IEP with one service, Speech therapy, from 2026-09-08 to 2027-06-11 (fictional). */
const VERSIONS: IepVersionInEffect[] = [
  {
    effectiveFrom: '2026-09-08',
    effectiveTo: null,
    services: [iepServiceSchema.parse({ id: 's', name: 'Speech therapy', startDate: null, endDate: '2027-06-11' })],
  },
];

function planProblem(session: { service: string; date: string }, versions = VERSIONS): CsvError {
  const [issue] = checkSessionAgainstPlan(versions, session);
  if (issue === undefined) throw new Error('expected the session to be refused');
  return { row: 4, column: issue.field, message: issue.message, code: issue.code, params: issue.params };
}

const LONG_NOTE = 'n'.repeat(501);
const LONG_SERVICE = 's'.repeat(201);

/** One case for every problem, as the Spanish page says it. */
const SPANISH: readonly { readonly error: () => CsvError; readonly line: string }[] = [
  {
    error: () => progress('date,value\n2026-09-07,"66\n'),
    line: 'Fila 2: un valor entre comillas nunca se cierra (falta una ")',
  },
  { error: () => progress(''), line: 'Fila 1, columna «date»: el archivo está vacío' },
  {
    error: () => progress('date,value\n'),
    line: 'Fila 1, columna «date»: no hay filas después de la fila de encabezado',
  },
  {
    error: () => progress('2026-09-07,66\n'),
    line: 'Fila 1, columna «2026-09-07»: la primera fila debe ser el encabezado con los nombres de las columnas (por ejemplo date,value); el archivo empieza con "2026-09-07,66"',
  },
  {
    error: () => progress('date,value,clima\n2026-09-07,66,sol\n'),
    line: 'Fila 1, columna «clima»: columna desconocida "clima"; las columnas son date, value, note, measured_by',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,30,delivered,,,,'], 'date,service,minutes,status,,reason'),
    line: 'Fila 1: la columna 5 de la fila de encabezado no tiene nombre',
  },
  {
    error: () => progress('date,value,Fecha\n2026-09-07,66,2026-09-08\n'),
    line: 'Fila 1, columna «Fecha»: la columna «date» aparece dos veces',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,delivered'], 'date,service,status'),
    line: 'Fila 1, columna «minutes»: la fila de encabezado no tiene la columna «minutes»',
  },
  {
    error: () => progress('date,value\n2026-09-07,66,67\n'),
    line: 'Fila 2: 3 columnas donde el encabezado tiene 2; ponga entre comillas un valor que tenga una coma',
  },
  {
    error: () => progress('date,value\n9/7/2026,66\n'),
    line: 'Fila 2, columna «date»: la fecha se escribe AAAA-MM-DD (por ejemplo 2026-09-07); el archivo tiene "9/7/2026"',
  },
  {
    error: () => progress('date,value\n2026-09-07,66\n2026-09-07,67\n'),
    line: 'Fila 3, columna «date»: 7 de septiembre de 2026 también está en la fila 2; hay un resultado por día',
  },
  {
    error: () => progress('Fecha,Puntuación\n2026-09-07,unos 60\n'),
    line: 'Fila 2, columna «Puntuación»: el resultado debe ser un número en cifras; el archivo tiene "unos 60"',
  },
  {
    error: () => progress('date,value\n2026-09-07,2000000\n'),
    line: 'Fila 2, columna «value»: el resultado debe estar entre -1.000.000 y 1.000.000; el archivo tiene "2000000"',
  },
  {
    error: () => progress(`date,value,note\n2026-09-07,66,${LONG_NOTE}\n`),
    line: 'Fila 2, columna «note»: como máximo 500 caracteres',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,30,delivered,,quizás,']),
    line: 'Fila 2, columna «make_up»: escriba yes (sí) o no, o déjelo vacío; el archivo tiene "quizás"',
  },
  {
    error: () => sessions(['2026-09-14,,30,delivered,,,']),
    line: 'Fila 2, columna «service»: falta el nombre del servicio',
  },
  {
    error: () => sessions([`2026-09-14,${LONG_SERVICE},30,delivered,,,`]),
    line: 'Fila 2, columna «service»: como máximo 200 caracteres',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,treinta,delivered,,,']),
    line: 'Fila 2, columna «minutes»: los minutos deben ser un número entero en cifras; el archivo tiene "treinta"',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,,delivered,,,']),
    line: 'Fila 2, columna «minutes»: los minutos deben ser un número entero en cifras; el archivo tiene una celda vacía',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,1441,delivered,,,']),
    line: 'Fila 2, columna «minutes»: los minutos deben estar entre 0 y 1440',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,30,hecha,,,']),
    line: 'Fila 2, columna «status»: el estado debe ser «delivered» (prestada) o «missed» (perdida); el archivo tiene "hecha"',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,30,missed,lluvia,,']),
    line: 'Fila 2, columna «reason»: el motivo debe ser provider-absent, school-event, student-absent, student-refused o holiday-closure; el archivo tiene "lluvia"',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,30,delivered,student-absent,,']),
    line: 'Fila 2, columna «reason»: el motivo se indica solo para una sesión perdida',
  },
  {
    error: () => sessions(['2026-09-14,Speech therapy,30,missed,provider-absent,yes,']),
    line: 'Fila 2, columna «make_up»: solo una sesión prestada puede ser de recuperación',
  },
  {
    error: () => sessions(['14/09/2026,Speech therapy,30,delivered,,,']),
    line: 'Fila 2, columna «date»: la fecha se escribe AAAA-MM-DD (por ejemplo 2026-09-07); el archivo tiene "14/09/2026"',
  },
  {
    error: () => planProblem({ service: 'Music therapy', date: '2026-09-14' }),
    line: 'Fila 4, columna «service»: ninguna versión definitiva del IEP incluye un servicio llamado «Music therapy»; sus servicios son Speech therapy',
  },
  {
    error: () => planProblem({ service: 'Music therapy', date: '2026-09-14' }, []),
    line: 'Fila 4, columna «service»: ninguna versión definitiva del IEP incluye un servicio llamado «Music therapy» (el IEP todavía no tiene servicios)',
  },
  {
    error: () => planProblem({ service: 'Speech therapy', date: '2027-06-14' }),
    line: 'Fila 4, columna «date»: «Speech therapy» no está vigente en el IEP el 14 de junio de 2027',
  },
];

/** Codes no file reaches through the parsers today (minutes are read as digits; every schema issue is named). */
const UNREACHABLE = ['minutes-whole', 'invalid'];

describe('CSV problem words', () => {
  it('exist for every code in all five languages, and only for codes', () => {
    for (const [language, file] of Object.entries(FILES)) {
      expect(Object.keys(file.progress.csv.problem).sort(), language).toEqual([...CSV_PROBLEM_CODES].sort());
      for (const words of Object.values(file.progress.csv.problem)) expect(words.trim(), language).not.toBe('');
    }
  });

  it('are said in Spanish for every problem either parser reports, naming the row and column', async () => {
    const t = await translatorFor('es');
    const seen = new Set<string>();
    for (const { error, line } of SPANISH) {
      const problem = error();
      seen.add(problem.code);
      expect(csvProblemLine(problem, t, 'es')).toBe(line);
    }
    // Each code is exercised by a real file, except those no file can reach (checked by code just below).
    expect([...seen, ...UNREACHABLE].sort()).toEqual([...CSV_PROBLEM_CODES].sort());
  });

  it('say the codes no file reaches in Spanish too', async () => {
    const t = await translatorFor('es');
    expect(csvProblemMessage({ message: 'expected whole minutes', code: 'minutes-whole' }, t, 'es')).toBe(
      'los minutos deben ser un número entero',
    );
    expect(csvProblemMessage({ message: 'Invalid input', code: 'invalid' }, t, 'es')).toBe('este valor no se acepta');
  });

  it('leave a problem without a known code as the server wrote it', async () => {
    const t = await translatorFor('es');
    expect(csvProblemMessage({ message: 'something new', code: 'not-a-code' }, t, 'es')).toBe('something new');
    expect(csvProblemMessage({ message: 'something new' }, t, 'es')).toBe('something new');
  });
});

describe('a bad session log, from the parser through the 400 to the page', () => {
  const FILE = [
    'Fecha,Servicio,Minutos,Estado,Motivo,Recuperación',
    '2026-09-14,Speech therapy,30,delivered,,',
    '2026-09-15,Speech therapy,1441,delivered,,',
    '15/09/2026,Speech therapy,30,delivered,,',
    '2026-09-16,Speech therapy,30,cancelada,,',
    '2026-09-17,Speech therapy,30,missed,weather,',
    '2026-09-18,Speech therapy,30,delivered,,tal vez',
    '2026-09-21,Speech therapy,30,delivered,,,extra',
  ].join('\n');

  /** What the server sends (AppError.invalidInput of csvFieldIssue) and the web client reads back (apiErrorSchema). */
  function issuesAsTheClientReadsThem() {
    const parsed = parseSessionCsv(FILE);
    if (parsed.ok) throw new Error('expected the file to be refused');
    const issues = parsed.errors.map(csvFieldIssue);
    const body = JSON.parse(JSON.stringify({ error: { code: 'invalid-input', message: 'csv', issues } })) as unknown;
    return apiErrorSchema.parse(body).error.issues ?? [];
  }

  it('keeps the English lines for the API and the CLI', () => {
    expect(issuesAsTheClientReadsThem().map((issue) => issue.message)).toEqual([
      'row 3, Minutos: expected 0–1440 minutes',
      'row 4, Fecha: expected YYYY-MM-DD, got "15/09/2026"',
      'row 5, Estado: expected "delivered" or "missed"',
      'row 6, Motivo: expected provider-absent, school-event, student-absent, student-refused or holiday-closure',
      'row 7, Recuperación: expected yes or no, got "tal vez"',
      'row 8, (row): expected 6 columns, got 7 (quote a value that contains a comma)',
    ]);
  });

  it('says each problem in Spanish, by row and by the column as the file names it', async () => {
    const t = await translatorFor('es');
    const lines = issuesAsTheClientReadsThem().map((issue) => {
      const problem = csvProblemOfIssue(issue);
      return problem === null ? issue.message : csvProblemLine(problem, t, 'es');
    });
    expect(lines).toEqual([
      'Fila 3, columna «Minutos»: los minutos deben estar entre 0 y 1440',
      'Fila 4, columna «Fecha»: la fecha se escribe AAAA-MM-DD (por ejemplo 2026-09-07); el archivo tiene "15/09/2026"',
      'Fila 5, columna «Estado»: el estado debe ser «delivered» (prestada) o «missed» (perdida); el archivo tiene "cancelada"',
      'Fila 6, columna «Motivo»: el motivo debe ser provider-absent, school-event, student-absent, student-refused o holiday-closure; el archivo tiene "weather"',
      'Fila 7, columna «Recuperación»: escriba yes (sí) o no, o déjelo vacío; el archivo tiene "tal vez"',
      'Fila 8: 7 columnas donde el encabezado tiene 6; ponga entre comillas un valor que tenga una coma',
    ]);
  });

  it('leaves no English sentence in any other language', async () => {
    const english = await translatorFor('en');
    const englishLines = issuesAsTheClientReadsThem().map((issue) => {
      const problem = csvProblemOfIssue(issue);
      if (problem === null) throw new Error(`no code for ${issue.message}`);
      return csvProblemLine(problem, english, 'en');
    });
    for (const language of ['vi', 'zh-Hans', 'ar'] as const) {
      const t = await translatorFor(language);
      issuesAsTheClientReadsThem().forEach((issue, i) => {
        const problem = csvProblemOfIssue(issue);
        if (problem === null) throw new Error(`no code for ${issue.message}`);
        const line = csvProblemLine(problem, t, language);
        expect(line, language).not.toBe(englishLines[i]);
        expect(line, language).not.toMatch(/\b(expected|got|row|column|the file)\b/i);
        expect(line, language).not.toContain('progress.csv');
      });
    }
  });
});

describe('the single session form', () => {
  it('says the IEP checks of its 400 in the page language, and leaves the schema messages to the form', async () => {
    const t = await translatorFor('es');
    const checks = checkSessionAgainstPlan(VERSIONS, { service: 'Occupational therapy', date: '2026-09-14' });
    const body = JSON.parse(
      JSON.stringify({
        error: {
          code: 'invalid-input',
          message: 'service',
          issues: [...checks, { field: 'minutes', message: 'expected 0–1440 minutes' }],
        },
      }),
    ) as unknown;
    const issues = apiErrorSchema.parse(body).error.issues ?? [];
    const said = issuesInLanguage(issues, t, 'es');
    expect(said).toHaveLength(checks.length + 1);
    expect(said[0]?.field).toBe(checks[0]?.field);
    expect(said[0]?.message).toMatch(
      /^ninguna versión definitiva del IEP incluye un servicio llamado «Occupational therapy»/,
    );
    expect(said.at(-1)).toEqual({ field: 'minutes', message: 'expected 0–1440 minutes' });
  });
});

describe('an import refused after its check', () => {
  it('says scores recorded meanwhile, a changed file, or any other refusal in the page language', async () => {
    const t = await translatorFor('es');
    const conflict = new ApiError(409, 'conflict', 'nothing was imported: 2 dates have a different score recorded', [
      { field: 'csv', message: '2026-01-26: the file says 4 but 5 is recorded' },
      { field: 'csv', message: '2026-02-02: the file says 6 but 7 is recorded' },
    ]);
    expect(importRefusalText(conflict, t, 'es')).toBe(
      '2 fechas ya tienen otro resultado. Borre los resultados registrados o corrija el archivo, y revíselo de nuevo.',
    );
    const changed = new ApiError(400, 'invalid-input', 'csv', [
      csvFieldIssue(progress('date,value\n2026-01-26,abc\n')),
    ]);
    expect(importRefusalText(changed, t, 'es')).toBe(
      'No se importó nada: Fila 2, columna «value»: el resultado debe ser un número en cifras; el archivo tiene "abc". Revise el archivo de nuevo.',
    );
    expect(importRefusalText(new Error('the server is not answering'), t, 'es')).toBe(
      'No se importó nada: the server is not answering. Revise el archivo de nuevo.',
    );
  });
});
