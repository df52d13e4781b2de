import type { LocalizedText } from '../law/rule-status';
import type { AreaOfConcern } from '../schemas/letters';

/**
 * Each area of concern as a lower-case noun phrase, so it reads inside a sentence ("reading, writing
 * and math"). No phrase contains "and"/"y" or a comma outside parentheses, so a list stays unambiguous.
 */
export const AREA_OF_CONCERN_LABELS: Readonly<Record<AreaOfConcern, LocalizedText>> = {
  reading: { en: 'reading', es: 'lectura' },
  writing: { en: 'writing', es: 'escritura' },
  math: { en: 'math', es: 'matemáticas' },
  'speech-language': { en: 'speech-language skills', es: 'comunicación oral' },
  attention: { en: 'attention', es: 'atención' },
  organization: { en: 'organization', es: 'organización' },
  behavior: { en: 'behavior', es: 'conducta' },
  'social-communication': { en: 'social communication', es: 'comunicación social' },
  emotional: { en: 'emotional well-being (such as anxiety)', es: 'bienestar emocional (como la ansiedad)' },
  health: { en: 'health', es: 'salud' },
  'physical-sensory': { en: 'physical or sensory needs', es: 'necesidades físicas o sensoriales' },
};
