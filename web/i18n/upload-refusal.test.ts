import { describe, expect, it } from 'vitest';
import { UPLOAD_REFUSAL_CODES, uploadRefusalOf } from '../../core/schemas/upload-refusal';
import english from './followups.en.json';
import spanish from './followups.es.json';

// Issue 19: every refusal code the upload route can send has its words in English and in Spanish, and the page
// takes only our codes from an API issue.
describe('upload refusals', () => {
  it.each(UPLOAD_REFUSAL_CODES)('%s is said in English and in Spanish, differently', (code) => {
    const en = english.followups.uploadRefusal[code];
    const es = spanish.followups.uploadRefusal[code];
    expect(en.trim()).not.toBe('');
    expect(es.trim()).not.toBe('');
    expect(es).not.toBe(en);
  });

  it('lists no words for a code the server does not send', () => {
    expect(Object.keys(english.followups.uploadRefusal).sort()).toEqual([...UPLOAD_REFUSAL_CODES].sort());
  });

  it('reads the code of an issue, and nothing else', () => {
    expect(uploadRefusalOf({ code: 'file-empty' })).toBe('file-empty');
    expect(uploadRefusalOf({ code: 'not-ours' })).toBeNull();
    expect(uploadRefusalOf({})).toBeNull();
    expect(uploadRefusalOf(undefined)).toBeNull();
  });
});
