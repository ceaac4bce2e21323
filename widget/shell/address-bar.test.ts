import { expect } from '@open-wc/testing';
import { viewInHash } from './address-bar.js';

describe('the view named in the address bar', () => {
  const before = location.href;
  afterEach(() => history.replaceState(null, '', before));

  it('is what follows its prefix, decoded; none for another hash or a mangled one', () => {
    history.replaceState(null, '', '#kp/requests/new?objectId=obj%201');
    expect(viewInHash('#kp/')).to.equal('requests/new?objectId=obj 1');
    expect(viewInHash('#/')).to.equal(null);
    history.replaceState(null, '', '#/requests/req_1');
    expect(viewInHash('#/')).to.equal('requests/req_1');
    history.replaceState(null, '', '#/requests/%E0%A4%A');
    expect(viewInHash('#/')).to.equal(null);
    history.replaceState(null, '', '#main');
    expect(viewInHash('#kp/')).to.equal(null);
  });
});
