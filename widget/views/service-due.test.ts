import { expect } from '@open-wc/testing';
import { maintenanceWorkType, serviceRequestView } from './service-due.js';

const type = (id: string, nl: string, en: string) => ({ id, label: { nl, en } });

describe('the work type for overdue maintenance', () => {
  it('is the portal’s maintenance type: a new portal’s default and the demo’s', () => {
    const defaults = [type('repair', 'Storing of reparatie', 'Fault or repair'), type('maintenance', 'Onderhoud', 'Maintenance'), type('other', 'Anders', 'Other')];
    expect(maintenanceWorkType(defaults)).to.equal('maintenance');
    const demo = [type('storing', 'Storing of lekkage', 'Fault or leak'), type('onderhoud', 'Onderhoud', 'Maintenance'), type('advies', 'Advies', 'Advice')];
    expect(maintenanceWorkType(demo)).to.equal('onderhoud');
  });

  it('is found by its label, prefers an exact one, and is none when no type speaks of maintenance', () => {
    expect(maintenanceWorkType([type('jaarbeurt', 'Onderhoud', 'Service')])).to.equal('jaarbeurt');
    expect(maintenanceWorkType([type('contract', 'Onderhoudscontract afsluiten', 'Maintenance contract'), type('beurt', 'Onderhoud', 'Service')])).to.equal('beurt');
    expect(maintenanceWorkType([type('cv', 'Cv-onderhoud', 'Boiler maintenance')])).to.equal('cv');
    expect(maintenanceWorkType([type('repair', 'Storing', 'Fault'), type('advice', 'Advies', 'Advice')])).to.equal(undefined);
    expect(maintenanceWorkType([])).to.equal(undefined);
  });

  it('goes into the request form’s view name beside the object, or is left out', () => {
    expect(serviceRequestView({ id: 'obj_1' }, 'maintenance')).to.equal('requests/new?objectId=obj_1&workType=maintenance');
    expect(serviceRequestView({ id: 'obj_1' })).to.equal('requests/new?objectId=obj_1');
  });
});
