import { expect } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { documentCategoryName, objectTypeName } from './names.js';

describe('names of codes the back office sends', () => {
  afterEach(() => setLocale('nl'));

  it('names known object types and document categories in the customer’s language', async () => {
    expect(objectTypeName('heat_pump')).to.equal('Warmtepomp');
    expect(documentCategoryName('warranty')).to.equal('Garantie');
    await setLocale('en');
    expect(objectTypeName('boiler')).to.equal('Boiler');
    expect(documentCategoryName('report')).to.equal('Report');
  });

  it('shows what the business wrote itself, codes as words', () => {
    expect(objectTypeName('Cv-ketel')).to.equal('Cv-ketel');
    expect(objectTypeName('service_contract')).to.equal('Service contract');
    expect(documentCategoryName(null)).to.equal('');
  });
});
