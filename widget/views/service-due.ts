// Equipment past its next service date: the flag "Onderhoud verlopen" and the way to ask for that service, the same on
// the list of objects and on one object.
import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PortalConfig } from '../api/client.js';
import type { PortalObject } from '../api/types.js';
import { kp } from '../styles/theme.js';
import { localDate } from './records.js';

/** The next service date has passed on the customer's own calendar: the day itself is still in time. */
export function serviceOverdue(object: Pick<PortalObject, 'nextServiceAt'>, today = localDate(new Date())): boolean {
  return object.nextServiceAt !== null && object.nextServiceAt < today;
}

type WorkType = PortalConfig['requestForm']['workTypes'][number];

const meansMaintenance = /onderhoud|maintenance/i;

/**
 * The portal's work type for maintenance: one whose id or label is "onderhoud" or "maintenance" (the defaults of a new
 * portal and the demo's), else the first whose id or label speaks of it ("cv-onderhoud"); none when no type does.
 */
export function maintenanceWorkType(workTypes: readonly WorkType[]): string | undefined {
  const words = (type: WorkType) => [type.id, type.label.nl, type.label.en].map((word) => word.trim().toLowerCase());
  const exact = workTypes.find((type) => words(type).some((word) => word === 'onderhoud' || word === 'maintenance'));
  return (exact ?? workTypes.find((type) => words(type).some((word) => meansMaintenance.test(word))))?.id;
}

/** The request form with this object chosen, and the work type when one is given (maintenance, for an overdue one). */
export function serviceRequestView(object: Pick<PortalObject, 'id'>, workType?: string): string {
  const query = new URLSearchParams({ objectId: object.id, ...(workType ? { workType } : {}) });
  return `requests/new?${query.toString()}`;
}

/** The request form for this object's overdue maintenance, with the portal's maintenance work type when it has one. */
export const maintenanceRequestView = (object: Pick<PortalObject, 'id'>, config: Pick<PortalConfig, 'requestForm'> | undefined) =>
  serviceRequestView(object, maintenanceWorkType(config?.requestForm.workTypes ?? []));

export function overdueFlag(): TemplateResult {
  return html`<span class="flag overdue" part="service-overdue">${msg('Onderhoud verlopen', { id: 'views.object.serviceOverdue' })}</span>`;
}

export const serviceDueStyles = css`
  .flag {
    display: inline-flex;
    align-items: center;
    padding: 2px ${kp('space-2')};
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: ${kp('font-size-sm')};
    font-weight: 600;
    white-space: nowrap;
  }
  .flag.overdue {
    color: ${kp('color-warning')};
    background: ${kp('color-warning-surface')};
  }
  .service-action {
    padding: 0 ${kp('space-4')} ${kp('space-3')};
  }
`;
