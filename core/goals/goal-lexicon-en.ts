import type { GoalLexicon } from './goal-lexicon';

const NUM =
  '(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';
const PERIOD =
  '(?:(?:\\d{4}[-–/]\\d{2,4} )?(?:school year|academic year|semester|trimester|quarter|grading period|marking period|iep (?:period|year|term|cycle)|year|term|annual iep(?: period| year)?|(?:\\w+ )?grade))';
const UNIT =
  '(?:words?|wcpm|cwpm|wpm|correct words|words correct|letter sounds|sounds|letters|digits|problems|items|questions|sight words|math facts|facts|steps|sentences|minutes|seconds|times|responses|requests|exchanges|turns|syllables|correct letter sequences|points|initiations|pages|peers|comments|sessions|days|incidents|occasions|prompts|errors)';

/**
 * English word lists and patterns for the goal checker (docs/progress-methods.md 3.1–3.2; the detectors of 3.2 written
 * out). Each pattern is matched as whole words, case-insensitively; a space stands for any whitespace.
 */
export const GOAL_LEXICON_EN: GoalLexicon = {
  timeframe: [
    `by (?:the )?(?:end of )?(?:the |this |next )?${PERIOD}`,
    `(?:at|by) the (?:end|close) of (?:the |this |next )?${PERIOD}`,
    `by (?:the )?(?:date of (?:the )?)?(?:next )?(?:annual )?(?:iep )?(?:review|annual review|iep meeting|iep date|review date)(?: date)?`,
    `by ${MONTH}(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?`,
    `by \\d{1,2}/\\d{1,2}/\\d{2,4}`,
    `by \\d{4}-\\d{2}-\\d{2}`,
    `(?:within|in|over|after) (?:the next |the following )?${NUM} (?:instructional |school |calendar |academic )?(?:weeks?|months?|days?|years?)`,
    `within (?:one|1|a|the) (?:iep )?year`,
    `(?:within|during) the (?:annual )?iep (?:period|year|term|cycle)`,
  ],
  condition: [
    'given',
    'when (?:given|presented with|provided(?: with)?|shown|asked(?: to)?|offered)',
    'provided with',
    'upon request',
    'during(?! \\d)',
    'using',
    'with access to',
    'with the use of',
    `(?:in|across) (?:${NUM}|all|multiple|different) (?:school )?(?:settings|environments|classes|classrooms|subjects|activities)`,
    'in (?:a|the) (?:general education|small[- ]group|one-on-one|1:1|resource|structured) (?:class|classroom|setting|group|instruction|lesson)',
    `from a (?:field|choice|array) of ${NUM}`,
    'after (?:a|an|being given a) (?:model|demonstration|direction|instruction|prompt)',
    'at (?:lunch|recess|arrival|dismissal)',
  ],
  criterion: [
    `\\d+(?:\\.\\d+)? ?(?:%|percent)(?: accuracy| of (?:the )?(?:time|trials|opportunities|intervals|observed intervals|steps|items|words|problems|questions|sessions|days))?`,
    `${NUM} (?:out )?of ${NUM}(?: (?:consecutive|weekly|daily|monthly|biweekly|observed|data))?(?: (?:trials|opportunities|probes|sessions|attempts|days|items|problems|questions|steps|occasions|observations|data days|school days|weeks|intervals|sentences|words|tasks|assignments|periods|classes))?`,
    `\\d{1,3}/\\d{1,3} (?:trials|opportunities|probes|sessions|attempts|days|items|problems|questions|steps|occasions)`,
    `\\d+(?:\\.\\d+)? (?:correct )?${UNIT}(?: correct)?(?: (?:per|a|each) (?:minute|hour|day|session|week|class|period)| in (?:\\d+|one|two|three) minutes?)?`,
    `(?:words|sounds|letters|digits|problems) (?:correct )?per minute`,
    `(?:rubric )?score of (?:at least )?${NUM}`,
    `(?:at least|no more than|fewer than|less than|a minimum of|a maximum of) ${NUM}`,
    `${NUM} consecutive (?:sessions|days|probes|weeks|trials|data points|opportunities|school days|observations)`,
    `from ${NUM} ?(?:%|percent)? to ${NUM}`,
    `with ${NUM}(?: or (?:fewer|less))? (?:verbal |visual |gestural |adult )?(?:prompts?|errors?|reminders?|cues?|redirections?)`,
    'with no (?:more than \\d+ )?(?:prompts?|errors?|reminders?|cues?)',
    '\\d+(?: [\\p{L}-]+){0,3} correct(?:ly)?',
  ],
  measurement: [
    '(?:as )?measured (?:by|through|using|with|via|on)',
    'as (?:documented|recorded|assessed|evaluated|determined|monitored|shown) (?:by|through|on|in|using)',
    'according to',
    'based on (?:\\w+ )?(?:data|probes|assessments|observations|work samples|records|checklists)',
    '(?:weekly|biweekly|bi-weekly|monthly|daily|quarterly|twice-weekly) (?:timed )?(?:probes?|cbms?|curriculum-based measures?|curriculum-based measurements?|assessments?|data|checks?|progress monitoring|observations?|running records?|tests?|quizzes|data collection)',
    'curriculum[- ]based (?:measures?|measurements?|assessments?|probes?)',
    'cbms?',
    '(?:data|tally|frequency|observation|behavior|point|collection) (?:sheets?|charts?|forms?|logs?|counts?)',
    'running records?',
    'work samples?',
    '(?:teacher|therapist|slp|speech[- ]language pathologist|case manager|staff|clinician)[- ](?:made|created|designed|developed) (?:tests?|probes?|checklists?|assessments?|rubrics?)',
    'rubrics?',
    'checklists?',
    'dibels|aimsweb|easycbm|fastbridge|i-ready|acadience|star (?:reading|math)|map growth',
    'progress[- ]monitoring (?:probes?|data|tools?|measures?|assessments?|charts?)',
    'teacher observations?',
    'interval recording|event recording|duration recording|momentary time sampling',
  ],
  baseline: [
    `from (?:a (?:baseline|current level) of )?${NUM} ?(?:%|percent)?(?: \\w+){0,4} to ${NUM}`,
    `(?:currently|presently) [^.;]{0,80}?\\d+`,
    `baseline(?: of| is| was|:)? ${NUM}`,
  ],
  behavior: {
    // prettier-ignore
    observable: [
      'read', 'write', 'solve', 'name', 'point', 'request', 'initiate', 'answer', 'compute', 'calculate', 'add',
      'subtract', 'multiply', 'divide', 'spell', 'count', 'say', 'state', 'label', 'list', 'match', 'sort', 'type',
      'compose', 'retell', 'produce', 'use', 'complete', 'ask', 'greet', 'respond', 'follow', 'raise', 'transition',
      'walk', 'identify', 'locate', 'circle', 'underline', 'highlight', 'tell', 'describe', 'explain', 'summarize',
      'sequence', 'decode', 'blend', 'segment', 'articulate', 'pronounce', 'imitate', 'copy', 'trace', 'draw', 'cut',
      'button', 'zip', 'tie', 'wash', 'dress', 'eat', 'drink', 'take', 'turn', 'submit', 'record', 'check', 'share',
      'engage', 'demonstrate', 'select', 'choose', 'indicate', 'touch', 'press', 'navigate', 'travel', 'cross',
      'hand', 'give', 'show', 'play', 'contribute', 'monitor', 'self-monitor', 'graph', 'measure', 'estimate',
      'round', 'compare', 'order', 'classify', 'predict', 'define', 'recite', 'sign', 'vocalize', 'verbalize',
      'gesture', 'look', 'make', 'maintain', 'return', 'put', 'place', 'clean', 'organize', 'pack', 'bring',
      'arrive', 'begin', 'start', 'finish', 'stop', 'accept', 'seek', 'express', 'communicate', 'correct', 'edit',
      'revise', 'plan', 'outline', 'cite', 'paraphrase', 'generate', 'formulate', 'construct', 'build', 'create',
      'introduce', 'invite', 'join', 'wait', 'comply', 'attend', 'log', 'enter', 'exit',
      'operate', 'activate', 'open', 'close', 'fill', 'fold', 'pour', 'brush', 'comb', 'tolerate',
    ],
    // prettier-ignore
    notObservable: [
      'know', 'understand', 'appreciate', 'realize', 'learn', 'grasp', 'comprehend', 'believe', 'feel', 'enjoy',
      'internalize', 'value', 'recognize', 'discover', 'improve', 'think', 'consider', 'become', 'behave', 'be',
      'try', 'work', 'develop', 'gain', 'acquire', 'progress', 'grow', 'strengthen', 'enhance', 'exhibit', 'display',
      'have', 'need', 'want', 'like', 'get', 'do', 'go', 'receive', 'continue', 'participate',
    ],
    change: ['increase', 'decrease', 'reduce'],
    deadMan: ['not', 'refrain', 'remain', 'avoid', 'stay', 'sit', 'never', 'cease'],
    // prettier-ignore
    skip: [
      'independently', 'accurately', 'correctly', 'orally', 'verbally', 'fluently', 'consistently', 'appropriately',
      'successfully', 'also', 'then', 'to', 'effectively', 'functionally',
      'reliably', 'spontaneously', 'quickly', 'clearly', 'legibly', 'silently', 'aloud', 'and',
    ],
  },
  vague: [
    {
      pattern: "will (?:\\w+ly )?improve|improve (?:his|her|their|the student’s|the student's) \\w+(?: skills)?",
      kind: 'vague-change',
    },
    {
      pattern:
        '(?:increase|improve) (?:his |her |their )?(?:participation|compliance|engagement|effort|motivation|self-esteem|confidence)',
      kind: 'vague-change',
    },
    {
      pattern:
        'behave (?:better|well|appropriately|properly)|better behavior|commitment to academic success|show (?:improvement|growth|progress)',
      kind: 'vague-change',
    },
    {
      pattern: 'demonstrate (?:appropriate|acceptable|age-appropriate) (?:behaviors?|social skills|skills)',
      kind: 'vague-change',
    },
    {
      pattern:
        'understands?|understanding|know(?:s|ing)?|knowledge of|appreciate|be aware of|awareness of|realize|grasp|comprehend(?!ing)|believe|feel|enjoy|internalize|(?<!place )value|recognize|discover|learn',
      kind: 'not-observable',
    },
    {
      pattern:
        'will not|will refrain from|refrain from|will remain|will sit quietly|will stay (?:in|on)|will avoid|will never|will keep (?:hands|feet) to (?:self|himself|herself|themselves)',
      kind: 'dead-man',
    },
    {
      pattern:
        'as needed|as appropriate|when (?:necessary|needed|appropriate)|appropriate(?:ly)?|adequate(?:ly)?|satisfactor(?:y|ily)|successfully|consistently|independently|age[- ]appropriate|grade[- ]appropriate|better|more (?:often|frequently|independent(?:ly)?|appropriate(?:ly)?|focused|successful|responsible|organized|attentive)|some|work on|be exposed to|exposure to|participate in|continue to|to the best of (?:his|her|their) ability',
      kind: 'hedge',
    },
    {
      pattern:
        'with (?:minimal |some |adult |teacher |staff |additional |appropriate |needed |reduced )?(?:support|assistance|help|prompting|scaffolding|guidance)(?! of \\d)',
      kind: 'unspecified-support',
    },
    {
      pattern:
        'hostile behaviou?rs?|angry outbursts?|expressive language deficits?|inappropriate behaviou?rs?|disruptive behaviou?rs?|off-task behaviou?rs?|negative behaviou?rs?|meltdowns?|tantrums?',
      kind: 'undefined-term',
    },
    {
      pattern:
        "teacher judg(?:e)?ment|grade[- ]level standards?|to the teacher’s satisfaction|to the teacher's satisfaction|(?:with|to|demonstrate) mastery|mastery level",
      kind: 'unanchored-criterion',
    },
    {
      pattern: 'informal(?:ly)?(?: \\w+)?|teacher observations?|anecdotal(?: \\w+)?|staff observations?',
      kind: 'informal-measurement',
    },
    { pattern: 'making progress|emerging(?: skills?)?|progressing', kind: 'progress-without-number' },
    {
      pattern:
        '80 ?(?:%|percent) (?:accuracy )?(?:in|on|over|across) (?:4|four) (?:out )?of (?:5|five)(?: (?:trials|opportunities|sessions|probes|attempts|days))?',
      kind: 'boilerplate-criterion',
    },
  ],
  // prettier-ignore
  markers: [
    'the', 'will', 'by', 'of', 'and', 'with', 'in', 'to', 'given', 'when', 'student', 'words', 'correct', 'per',
    'minute', 'weeks', 'trials', 'accuracy', 'his', 'her', 'their', 'read', 'write', 'as', 'measured', 'out',
    'during', 'from', 'at', 'least', 'is', 'has', 'reads', 'grade',
  ],
};
