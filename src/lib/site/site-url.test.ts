import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteUrlFrom } from './site-url.ts';

describe('siteUrlFrom', () => {
  it('uses the placeholder, and says so, when SITE_URL is unset or empty', () => {
    expect(siteUrlFrom(undefined)).toEqual({ url: PLACEHOLDER_SITE, placeholder: true });
    expect(siteUrlFrom('  ')).toEqual({ url: PLACEHOLDER_SITE, placeholder: true });
  });

  it('takes an http(s) origin, with or without a trailing slash or a port', () => {
    expect(siteUrlFrom('https://kb.example.gov.cn/')).toEqual({ url: 'https://kb.example.gov.cn', placeholder: false });
    expect(siteUrlFrom(' http://127.0.0.1:8080 ')).toEqual({ url: 'http://127.0.0.1:8080', placeholder: false });
    expect(siteUrlFrom('HTTPS://KB.Example.GOV.cn')).toEqual({ url: 'https://kb.example.gov.cn', placeholder: false });
  });

  it('fails the build, naming the fix, on anything else', () => {
    for (const bad of ['kb.example.gov.cn', 'ftp://kb.example.gov.cn', 'https://kb.example.gov.cn/docs/', 'https://kb.example.gov.cn/?a=1', 'not a url']) {
      expect(() => siteUrlFrom(bad), bad).toThrow(/SITE_URL=.*\n  Fix: set SITE_URL/);
    }
  });
});
