import { expect } from '@open-wc/testing';
import { formatDate, formatMoney } from './format.js';
import { pickLocale } from './localization.js';

describe('pickLocale', () => {
  it('takes the attribute first, then the portal, then the page, then Dutch', () => {
    expect(pickLocale('en', 'nl', 'nl')).to.equal('en');
    expect(pickLocale(null, 'en', 'nl')).to.equal('en');
    expect(pickLocale('fr', null, 'en-GB')).to.equal('en');
    expect(pickLocale(undefined, undefined, 'de')).to.equal('nl');
  });
});

describe('formatting', () => {
  it('writes dates and euros the way each language does', () => {
    expect(formatDate('2026-11-29', 'nl')).to.equal('29 november 2026');
    expect(formatDate('2026-11-29', 'en')).to.equal('29 November 2026');
    expect(formatMoney(123450, 'EUR', 'nl').replace(/\s/g, ' ')).to.equal('€ 1.234,50');
  });
});
