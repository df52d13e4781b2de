import type { GoalLexicon } from './goal-lexicon';

const NUM =
  '(?:\\d+(?:[.,]\\d+)?|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta)';
const MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const PERIOD =
  '(?:(?:\\d{4}[-–/]\\d{2,4} )?(?:año escolar|ciclo escolar|curso escolar|año académico|semestre|trimestre|periodo de calificaciones|período de calificaciones|periodo del iep|período del iep|año del iep|iep|año|curso|(?:\\w+ )?grado))';
const UNIT =
  '(?:palabras?|palabras correctas|ppm|pcpm|sonidos|letras|dígitos|problemas|ejercicios|preguntas|palabras de uso frecuente|operaciones|datos|pasos|oraciones|minutos|segundos|veces|respuestas|peticiones|solicitudes|turnos|sílabas|puntos|páginas|intercambios|compañeros|comentarios|sesiones|días|incidentes|ocasiones|apoyos|errores)';

/**
 * Spanish word lists and patterns for the goal checker, the counterpart of `goal-lexicon-en.ts` (docs/progress-methods.md
 * 2.2–2.5 carried over to how IEP goals are written in Spanish in US schools).
 */
export const GOAL_LEXICON_ES: GoalLexicon = {
  timeframe: [
    `(?:para|antes de|hacia) (?:el |la )?(?:final|fin|término|cierre) (?:del?|de la) (?:este |próximo |presente )?${PERIOD}`,
    `al (?:final|fin|término|cierre) (?:del?|de la) (?:este |próximo |presente )?${PERIOD}`,
    `(?:para|antes de) (?:la )?(?:fecha de (?:la )?)?(?:próxima )?revisión anual(?: del iep)?`,
    `(?:para|antes de|hacia) (?:el )?(?:\\d{1,2} de )?${MONTH}(?: (?:de|del) \\d{4})?`,
    `(?:para|antes del?) \\d{1,2}/\\d{1,2}/\\d{2,4}`,
    `(?:para|antes del?) \\d{4}-\\d{2}-\\d{2}`,
    `(?:en|dentro de|durante|después de) (?:las |los )?(?:próximas |próximos |siguientes )?${NUM} (?:semanas|meses|días|años|año|semana|mes)(?: (?:de instrucción|escolares|lectivas|lectivos|de clase))?`,
    'en (?:un|1) año',
    'dentro del (?:periodo|período|año) (?:del iep|escolar)',
  ],
  condition: [
    'dad[oa]s? (?:un|una|unos|unas|el|la|los|las|\\d+)',
    'cuando se le(?:s)? (?:presente|presenten|dé|den|pida|pidan|muestre|muestren|ofrezca|ofrezcan|proporcione|proporcionen)',
    'al (?:presentársele|dársele|pedírsele|mostrársele|recibir)',
    'durante(?! \\d)',
    'usando',
    'utilizando',
    'con acceso a',
    'mediante el uso de',
    'con el uso de',
    `en (?:${NUM}|todos los|varios|diferentes|distintos) (?:entornos|ambientes|contextos|clases|salones|materias|actividades)`,
    'en (?:un|una|el|la) (?:clase|salón|aula|grupo|entorno) (?:de educación general|pequeño|de recursos|individual|estructurad[oa])',
    `de (?:un|una) (?:grupo|conjunto|campo) de ${NUM}`,
    'después de (?:un|una) (?:modelo|demostración|instrucción|indicación)',
    'a partir de (?:un|una)',
    'en el (?:almuerzo|recreo)',
  ],
  criterion: [
    `\\d+(?:[.,]\\d+)? ?(?:%|por ciento)(?: de (?:precisión|exactitud|acierto|aciertos|las (?:veces|oportunidades|ocasiones)|los (?:intentos|ensayos|intervalos|días|pasos|problemas)|el tiempo))?`,
    `${NUM} de (?:cada )?${NUM}(?! de \\d{4})(?: (?:intentos|ensayos|oportunidades|sondeos|sesiones|días|ocasiones|observaciones|pruebas|semanas|intervalos|problemas|preguntas|pasos|oraciones|tareas|periodos|períodos|clases))?(?: (?:semanales|diari[oa]s|mensuales|consecutiv[oa]s|observad[oa]s))?`,
    `\\d{1,3}/\\d{1,3} (?:intentos|ensayos|oportunidades|sondeos|sesiones|días|ocasiones)`,
    `\\d+(?:[.,]\\d+)? ${UNIT}(?: correct[oa]s)?(?: (?:por|cada|al) (?:minuto|hora|día|sesión|semana|clase|periodo|período)| en (?:\\d+|un|dos|tres) minutos?)?`,
    `(?:palabras|sonidos|letras|dígitos|problemas) (?:correct[oa]s )?por minuto`,
    `puntuación de (?:al menos )?${NUM}`,
    `(?:al menos|no más de|menos de|un mínimo de|un máximo de|como mínimo|como máximo) ${NUM}`,
    `${NUM} (?:sesiones|días|sondeos|semanas|intentos|ensayos|oportunidades|observaciones) consecutiv[oa]s`,
    `de ${NUM} ?(?:%|por ciento)? a ${NUM}`,
    `con ${NUM}(?: o menos)? (?:apoyos?|ayudas?|errores?|indicaciones?|recordatorios?|pistas?|redirecciones?)`,
    'sin (?:apoyos?|ayudas?|errores?|indicaciones?|recordatorios?|pistas?)',
    '\\d+(?: [\\p{L}-]+){0,3} correctamente',
  ],
  measurement: [
    'según (?:lo )?(?:medido|medida|mida|midan|miden|registrado|registrada|documentado|documentada|indiquen|muestren) (?:por|en|con|mediante)?',
    'medid[oa]s? (?:por|mediante|con|a través de|en)',
    'se medirá (?:por|mediante|con|a través de|en)',
    'de acuerdo con',
    'registrad[oa]s? en',
    'documentad[oa]s? en',
    '(?:sondeos|pruebas|evaluaciones|observaciones|registros|mediciones|muestras|recogida de datos) (?:cronometrad[oa]s )?(?:semanales|quincenales|mensuales|diari[oa]s|trimestrales)',
    '(?:medición|medida|evaluación) basada en el (?:currículo|plan de estudios)',
    'cbms?',
    'hojas? de (?:datos|registro|observación|conteo)',
    'registros? (?:de datos|anecdóticos|de frecuencia|de lectura|de conducta)',
    'recuento de frecuencia|conteo de frecuencia',
    'muestras? de trabajo',
    'rúbricas?',
    'listas? de (?:cotejo|verificación|control)',
    '(?:pruebas?|sondeos?|evaluaciones?) (?:hech[oa]s|elaborad[oa]s|cread[oa]s|diseñad[oa]s) por (?:el|la) (?:maestr[oa]|docente|terapeuta|especialista)',
    'observación (?:del|de la) (?:maestr[oa]|docente|personal)',
    'dibels|aimsweb|easycbm|fastbridge|i-ready|acadience|idel|logramos|map growth',
    'semanalmente|quincenalmente|mensualmente|cada semana|cada dos semanas|cada mes|diariamente',
    'registro (?:por|de) intervalos|muestreo (?:momentáneo )?de tiempo',
  ],
  baseline: [
    `de (?:una línea de base de |un nivel actual de )?${NUM} ?(?:%|por ciento)?(?: [\\p{L}]+){0,4} a ${NUM}`,
    `actualmente [^.;]{0,80}?\\d+`,
    `línea de base(?: de| es| era|:)? ${NUM}`,
  ],
  behavior: {
    // prettier-ignore
    observable: [
      'leer', 'escribir', 'resolver', 'nombrar', 'señalar', 'pedir', 'solicitar', 'iniciar', 'contestar',
      'responder', 'calcular', 'sumar', 'restar', 'multiplicar', 'dividir', 'deletrear', 'contar', 'decir',
      'identificar', 'etiquetar', 'clasificar', 'ordenar', 'emparejar', 'relatar', 'recontar', 'volver', 'producir',
      'usar', 'utilizar', 'completar', 'preguntar', 'saludar', 'seguir', 'levantar', 'caminar', 'redactar',
      'pronunciar', 'articular', 'localizar', 'marcar', 'subrayar', 'encerrar', 'explicar', 'describir', 'resumir',
      'copiar', 'trazar', 'dibujar', 'recortar', 'cortar', 'abotonar', 'lavar', 'vestir', 'comer', 'beber',
      'entregar', 'registrar', 'compartir', 'tocar', 'presionar', 'elegir', 'escoger', 'seleccionar', 'indicar',
      'mirar', 'mantener', 'hacer', 'comenzar', 'empezar', 'terminar', 'llegar', 'traer', 'guardar', 'organizar',
      'aceptar', 'tomar', 'dar', 'mostrar', 'decodificar', 'segmentar', 'combinar', 'mezclar', 'imitar', 'recitar',
      'definir', 'comparar', 'estimar', 'redondear', 'medir', 'graficar', 'verbalizar', 'expresar', 'comunicar',
      'pasar', 'cambiar', 'demostrar', 'corregir', 'editar', 'revisar', 'planificar', 'planear', 'citar',
      'parafrasear', 'generar', 'formular', 'construir', 'crear', 'presentar', 'invitar', 'unirse', 'esperar',
      'cumplir', 'asistir', 'abrir', 'cerrar', 'llenar', 'doblar', 'servir', 'cepillar', 'peinar', 'tolerar',
      'trabajar', 'transitar', 'anotar', 'enumerar', 'enlistar', 'hablar', 'repetir', 'realizar', 'ejecutar',
      'aplicar',
    ],
    // prettier-ignore
    notObservable: [
      'saber', 'conocer', 'comprender', 'entender', 'apreciar', 'darse', 'aprender', 'captar', 'creer', 'sentir',
      'disfrutar', 'interiorizar', 'internalizar', 'valorar', 'reconocer', 'descubrir', 'mejorar', 'pensar',
      'considerar', 'ser', 'estar', 'intentar', 'desarrollar', 'ganar', 'adquirir', 'progresar', 'crecer',
      'fortalecer', 'comportarse', 'portarse', 'exhibir', 'manifestar', 'tener', 'haber', 'necesitar', 'querer',
      'recibir', 'ir', 'continuar', 'participar',
    ],
    change: ['aumentar', 'incrementar', 'disminuir', 'reducir'],
    deadMan: ['no', 'abstenerse', 'permanecer', 'quedarse', 'evitar', 'nunca', 'dejar'],
    // prettier-ignore
    skip: [
      'independientemente', 'correctamente', 'oralmente', 'verbalmente', 'con', 'fluidez', 'de', 'forma', 'manera',
      'independiente', 'precisión', 'también', 'luego', 'se', 'le', 'les', 'lo', 'la', 'los', 'las', 'y', 'capaz',
      'capaces', 'en', 'voz', 'alta',
    ],
  },
  vague: [
    { pattern: 'mejorará|mejorar (?:su|sus) [\\p{L}]+(?: [\\p{L}]+)?', kind: 'vague-change' },
    {
      pattern:
        '(?:aumentará|aumentar|mejorará|mejorar|incrementará) (?:su |la )?(?:participación|cumplimiento|motivación|esfuerzo|autoestima|confianza)',
      kind: 'vague-change',
    },
    {
      pattern:
        'se portará (?:mejor|bien)|se comportará (?:mejor|bien|apropiadamente|adecuadamente)|compromiso con el éxito académico|mostrará (?:mejoría|mejora|progreso|avances)',
      kind: 'vague-change',
    },
    {
      pattern:
        '(?:demostrará|mostrará) (?:un |una )?(?:conducta|comportamiento)s? (?:apropiad[oa]s?|adecuad[oa]s?|aceptables?)',
      kind: 'vague-change',
    },
    {
      pattern:
        'comprenderá|comprender|comprensión de|entenderá|entender|sabrá|saber|conocerá|conocer|conocimiento de|apreciará|apreciar|se dará cuenta|darse cuenta|será consciente|estará consciente|tomará conciencia|aprenderá|aprender|captará|creerá|sentirá|disfrutará|interiorizará|internalizará|valorará|reconocerá|reconocer|descubrirá',
      kind: 'not-observable',
    },
    {
      pattern:
        'no [\\p{L}]+rán?|se abstendrán? de|permanecerán?|se quedarán? sentad[oa]s?|estarán? sentad[oa]s? en silencio|se mantendrán? sentad[oa]s?|evitará|nunca [\\p{L}]+rán?',
      kind: 'dead-man',
    },
    {
      pattern:
        'según sea necesario|cuando sea necesario|cuando se necesite|según corresponda|de (?:manera|forma) (?:apropiada|adecuada|satisfactoria|consistente|independiente|exitosa)|apropiad[oa](?:s|mente)?|adecuad[oa](?:s|mente)?|satisfactori[oa](?:s|mente)?|exitosamente|con éxito|consistentemente|independientemente|apropiad[oa]s? para (?:su|la) edad|mejor|más (?:a menudo|seguido|independiente|enfocad[oa]|responsable|organizad[oa]|atent[oa])|algun[oa]s?|algún|trabajará en|trabajar en|estará expuest[oa] a|exposición a|participará en|participar en|continuará|seguirá (?=[\\p{L}]+ndo)',
      kind: 'hedge',
    },
    {
      pattern:
        'con (?:un )?(?:mínimo |poco |algo de |el |la )?(?:apoyo|ayuda|asistencia|andamiaje|guía)(?: (?:mínim[oa]|del adulto|de un adulto|del maestro|de la maestra|del personal|adicional|necesari[oa]|adecuad[oa]))?(?! de \\d)',
      kind: 'unspecified-support',
    },
    {
      pattern:
        'conductas? hostiles?|comportamientos? hostiles?|arrebatos? de (?:ira|enojo)|déficit del lenguaje expresivo|conductas? inapropiadas?|comportamientos? inapropiados?|conductas? disruptivas?|berrinches?|rabietas?',
      kind: 'undefined-term',
    },
    {
      pattern:
        'juicio del? (?:la )?(?:maestr[oa]|docente)|estándares? (?:de|del) nivel de grado|a satisfacción del? (?:la )?(?:maestr[oa]|docente)|con dominio|nivel de dominio',
      kind: 'unanchored-criterion',
    },
    {
      pattern: 'informal(?:es|mente)?|observación (?:del|de la) (?:maestr[oa]|docente|personal)|anecdótic[oa]s?',
      kind: 'informal-measurement',
    },
    { pattern: 'está progresando|progresando|habilidad(?:es)? emergentes?|emergente', kind: 'progress-without-number' },
    {
      pattern:
        '80 ?(?:%|por ciento) (?:de (?:precisión|exactitud) )?(?:en|durante) (?:4|cuatro) de (?:5|cinco)(?: (?:intentos|ensayos|oportunidades|sesiones|sondeos|días))?',
      kind: 'boilerplate-criterion',
    },
  ],
  // prettier-ignore
  markers: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'con', 'por', 'para', 'en', 'y', 'un', 'una', 'dado', 'dada',
    'cuando', 'estudiante', 'alumno', 'alumna', 'palabras', 'correctas', 'minuto', 'semanas', 'intentos',
    'precisión', 'su', 'sus', 'según', 'medido', 'meta', 'nivel', 'grado', 'año', 'escolar', 'actualmente', 'lee',
  ],
};
