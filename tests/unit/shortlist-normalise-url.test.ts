import { describe, expect, it } from 'vitest';
import { NotAWebPageError, normaliseProviderUrl } from '@/lib/shortlist/normalise-url';

describe('normaliseProviderUrl', () => {
  it('lower-cases the host but keeps the path as written', () => {
    expect(normaliseProviderUrl('https://Example.COM/About-Us')).toBe('https://example.com/About-Us');
  });
  it('drops a leading www.', () => {
    expect(normaliseProviderUrl('https://www.example.com/team')).toBe('https://example.com/team');
    expect(normaliseProviderUrl('https://www2.example.com/')).toBe('https://www2.example.com/');
  });
  it('drops the #fragment', () => {
    expect(normaliseProviderUrl('https://example.com/services#prices')).toBe('https://example.com/services');
  });
  it('drops tracking parameters: utm_*, fbclid, gclid, ref', () => {
    expect(
      normaliseProviderUrl('https://example.com/p?utm_source=x&UTM_Medium=y&utm_campaign=z&fbclid=1&gclid=2&ref=nav&id=7'),
    ).toBe('https://example.com/p?id=7');
    expect(normaliseProviderUrl('https://example.com/p?utm_source=x')).toBe('https://example.com/p');
    // Only exact names: a parameter that merely contains "ref" stays.
    expect(normaliseProviderUrl('https://example.com/p?referral=1')).toBe('https://example.com/p?referral=1');
  });
  it('sorts the remaining parameters', () => {
    expect(normaliseProviderUrl('https://example.com/p?b=2&a=1&c=3')).toBe('https://example.com/p?a=1&b=2&c=3');
    expect(normaliseProviderUrl('https://example.com/p?a=2&a=1')).toBe(normaliseProviderUrl('https://example.com/p?a=1&a=2'));
  });
  it('drops a trailing slash except on the root', () => {
    expect(normaliseProviderUrl('https://example.com/team/')).toBe('https://example.com/team');
    expect(normaliseProviderUrl('https://example.com/team//')).toBe('https://example.com/team');
    expect(normaliseProviderUrl('https://example.com/')).toBe('https://example.com/');
    expect(normaliseProviderUrl('https://example.com')).toBe('https://example.com/');
  });
  it('treats http and https as the same page (https)', () => {
    expect(normaliseProviderUrl('http://example.com/a')).toBe('https://example.com/a');
    expect(normaliseProviderUrl('http://example.com:8080/a')).toBe('https://example.com:8080/a');
  });
  it('drops user info and an empty query', () => {
    expect(normaliseProviderUrl('https://user:pw@example.com/a?')).toBe('https://example.com/a');
  });
  it('gives one id for all the spellings of one page', () => {
    const spellings = [
      'http://WWW.Example.com/clinic/?utm_source=google&b=2&a=1#top',
      'https://example.com/clinic?a=1&b=2',
      'https://www.example.com/clinic/?fbclid=abc&a=1&b=2',
    ];
    expect(new Set(spellings.map(normaliseProviderUrl)).size).toBe(1);
  });
  it('refuses anything that is not an http(s) page', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'not a url', '']) {
      expect(() => normaliseProviderUrl(bad)).toThrow(NotAWebPageError);
    }
  });
});
