import type { GoalLanguage } from '../schemas/goal-check';
import type { VagueEntry } from './goal-lexicon';

/** Word lists for a present-levels (PLAAFP) statement, docs/progress-methods.md 3.3. */
export interface PresentLevelsLexicon {
  /** A number with its unit: current performance. */
  readonly baseline: readonly string[];
  /** A sentence is an impact statement when it has an effect word and a curriculum word. */
  readonly impactEffect: readonly string[];
  readonly impactCurriculum: readonly string[];
  readonly strengths: readonly string[];
  readonly needs: readonly string[];
  readonly peerComparison: readonly string[];
  readonly parentInput: readonly string[];
  readonly dataSources: readonly string[];
  /** Descriptions without a number ("struggles with reading", "below grade level"). */
  readonly vague: readonly VagueEntry[];
}

/** Present-levels word lists in English and Spanish. */
export const PRESENT_LEVELS_LEXICONS: Readonly<Record<GoalLanguage, PresentLevelsLexicon>> = {
  en: {
    baseline: [
      '\\d+(?:\\.\\d+)? ?(?:%|percent)',
      '\\d+(?:\\.\\d+)? (?:correct )?(?:wcpm|cwpm|wpm|words correct per minute|words per minute|correct words per minute)',
      '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:out )?of (?:\\d+|two|three|four|five|six|seven|eight|nine|ten)',
      '\\d+(?:\\.\\d+)? (?:correct )?(?:words|letters|letter sounds|sounds|problems|items|questions|times|incidents|minutes|seconds|sight words|math facts|facts|steps|sentences|responses|requests|initiations|outbursts|episodes|digits|correct letter sequences|syllables|points|pages)(?: (?:per|a|each) (?:minute|hour|day|session|week|class|period))?',
      '\\d+(?:st|nd|rd|th) percentile',
      '(?:scale|standard|rubric|raw) score of \\d+',
    ],
    impactEffect: [
      'affects?|affected|affecting|impacts?|impacted|impacting|interferes? with|limits?|limited|hinders?|prevents?|makes it (?:hard|difficult)|impedes?',
    ],
    impactCurriculum: [
      'general (?:education )?curriculum|general education(?: setting| classroom| class| instruction)?|grade[- ]level (?:curriculum|content|instruction|work|classroom|standards)|involvement and progress|access to (?:the )?(?:curriculum|instruction)|age-appropriate activities',
    ],
    strengths: [
      'strengths?|is strong in|does well (?:in|with|at|on)|excels|is (?:good|skilled|skillful) at|assets?|enjoys|is motivated by|can already|is able to',
    ],
    needs: [
      'needs? (?:[\\p{L}-]+ ){0,2}?(?:instruction|support|help|practice|intervention|accommodations|services|to|in)|areas? of need|needs (?:include|are)|requires?|would benefit from|(?:has|shows|demonstrates) (?:difficulty|difficulties)|needs:',
    ],
    peerComparison: [
      'peers|grade[- ]level (?:benchmark|expectations?|norms?|target|peers|standards?)|benchmarks?|percentile|same[- ]age|typically developing|typical peers|expected (?:score|level|range|rate)|national norms?|compared (?:to|with)',
    ],
    parentInput: [
      '(?:parents?|mother|father|guardians?|family|mom|dad|grandmother|grandfather)(?: [\\p{L}]+){0,3} (?:reports?|reported|shares?|shared|states?|stated|notes?|noted|is concerned|are concerned|concerns?|would like|wants?|says|said|expressed)',
      "parents?'? concerns?|family concerns?|parent input",
    ],
    dataSources: [
      'evaluation|assessments?|cbms?|curriculum[- ]based|probes?|work samples?|observations?|screening|dibels|aimsweb|acadience|progress[- ]monitoring data|running records?|state tests?|benchmark (?:assessment|testing)|i-ready|map growth|data sheets?',
    ],
    vague: [
      { pattern: 'struggles?(?: with)?|struggling', kind: 'unquantified-level' },
      { pattern: '(?:below|above|at|behind) grade[- ]level|not at grade level', kind: 'unquantified-level' },
      {
        pattern: 'out of control|is a pleasure|doing (?:well|fine|ok)|low(?: skills)?|weak|poor|behind|limited skills',
        kind: 'unquantified-level',
      },
      { pattern: 'making progress|emerging(?: skills?)?|progressing', kind: 'progress-without-number' },
      {
        pattern:
          'hostile behaviou?rs?|angry outbursts?|inappropriate behaviou?rs?|disruptive behaviou?rs?|meltdowns?|tantrums?',
        kind: 'undefined-term',
      },
    ],
  },
  es: {
    baseline: [
      '\\d+(?:[.,]\\d+)? ?(?:%|por ciento)',
      '\\d+(?:[.,]\\d+)? (?:ppm|pcpm|palabras correctas por minuto|palabras por minuto)',
      '(?:\\d+|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) de (?:cada )?(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)(?! de \\d{4})',
      '\\d+(?:[.,]\\d+)? (?:palabras|letras|sonidos|problemas|ejercicios|preguntas|veces|incidentes|minutos|segundos|palabras de uso frecuente|operaciones|pasos|oraciones|respuestas|peticiones|solicitudes|arrebatos|episodios|dígitos|sílabas|puntos|páginas)(?: correct[oa]s)?(?: (?:por|cada|al) (?:minuto|hora|día|sesión|semana|clase|periodo|período))?',
      'percentil \\d+',
      'puntuación (?:de|escalar de|estándar de) \\d+',
    ],
    impactEffect: ['afecta|afectan|impacta|impactan|interfiere|limita|dificulta|impide|le cuesta'],
    impactCurriculum: [
      'currículo general|plan de estudios general|currículo de educación general|educación general|contenido (?:del|de) nivel de grado|clase de educación general|participación y progreso|acceso al (?:currículo|plan de estudios)',
    ],
    strengths: [
      'fortalezas?|puntos fuertes|se destaca|le va bien|disfruta|es buen[oa]|tiene facilidad|es capaz de|ya puede',
    ],
    needs: ['necesita|necesidad(?:es)?|áreas? de necesidad|requiere|se beneficiaría de|tiene dificultad(?:es)?'],
    peerComparison: [
      'compañeros|nivel de grado|puntos? de referencia|percentil|misma edad|desarrollo típico|esperad[oa]|normas? nacionales?|en comparación con|comparad[oa] con',
    ],
    parentInput: [
      '(?:padres|madre|padre|tutor(?:a|es)?|familia|mamá|papá|abuel[oa])(?: [\\p{L}]+){0,3} (?:informa|informó|comparte|compartió|dice|dijo|comenta|comentó|le preocupa|les preocupa|está preocupad[oa]|están preocupados|quiere|quieren|desea|desean|nota|notó|reporta|reportó|expresó)',
      'preocupaciones de (?:los padres|la familia)|aportes de (?:los padres|la familia)',
    ],
    dataSources: [
      'evaluaci(?:ón|ones)|sondeos?|muestras? de trabajo|observaci(?:ón|ones)|evaluación de referencia|datos de (?:seguimiento|monitoreo)|prueba estatal|dibels|idel|logramos|cbms?|hojas? de datos|registros? de lectura',
    ],
    vague: [
      { pattern: 'tiene problemas con|le cuesta|batalla con', kind: 'unquantified-level' },
      {
        pattern: '(?:por debajo|por encima) del nivel de grado|atrasad[oa]|no está al nivel de grado',
        kind: 'unquantified-level',
      },
      {
        pattern:
          'fuera de control|es un placer|(?:nivel|rendimiento|habilidades) baj[oa]s?|baj[oa] rendimiento|débil(?:es)?|pobres?|limitad[oa]s?',
        kind: 'unquantified-level',
      },
      {
        pattern: 'está progresando|progresando|habilidad(?:es)? emergentes?|emergente',
        kind: 'progress-without-number',
      },
      {
        pattern:
          'conductas? hostiles?|arrebatos? de (?:ira|enojo)|conductas? inapropiadas?|conductas? disruptivas?|berrinches?|rabietas?',
        kind: 'undefined-term',
      },
    ],
  },
};
