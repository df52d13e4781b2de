import { describe, expect, it } from 'vitest';
import { VerifiedCookies } from './verified-cookies';

describe('VerifiedCookies', () => {
  it('gives back only a header remembered with the same secret', () => {
    const cookies = new VerifiedCookies();
    cookies.remember('__Host-binder.session=abc.sig', 'secret-one', 'abc');
    expect(cookies.tokenOf('__Host-binder.session=abc.sig', 'secret-one')).toBe('abc');
    expect(cookies.tokenOf('__Host-binder.session=abc.sig', 'secret-two')).toBeUndefined();
    expect(cookies.tokenOf('__Host-binder.session=abc.sIg', 'secret-one')).toBeUndefined();
  });

  it('forgets every header when a header is remembered with another secret', () => {
    const cookies = new VerifiedCookies();
    cookies.remember('a=1', 'secret-one', 'one');
    cookies.remember('b=2', 'secret-two', 'two');
    expect(cookies.tokenOf('a=1', 'secret-one')).toBeUndefined();
    expect(cookies.tokenOf('b=2', 'secret-two')).toBe('two');
  });

  it('keeps at most its capacity, dropping the header remembered first', () => {
    const cookies = new VerifiedCookies(2);
    cookies.remember('a=1', 's', 'one');
    cookies.remember('b=2', 's', 'two');
    cookies.remember('c=3', 's', 'three');
    expect(cookies.tokenOf('a=1', 's')).toBeUndefined();
    expect(cookies.tokenOf('b=2', 's')).toBe('two');
    expect(cookies.tokenOf('c=3', 's')).toBe('three');
  });

  it('does not remember a header longer than a browser sends, so a long header cannot fill the memory', () => {
    const cookies = new VerifiedCookies();
    const long = `pad=${'x'.repeat(VerifiedCookies.LONGEST_REMEMBERED)}; s=abc.sig`;
    cookies.remember(long, 's', 'abc');
    expect(cookies.tokenOf(long, 's')).toBeUndefined();
  });
});
