// Equipment past its next service date: the flag "Onderhoud verlopen" and the way to ask for that service, the same on
// the list of objects and on one object.
import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PortalObject } from '../api/types.js';
import { kp } from '../styles/theme.js';
import { localDate } from './records.js';

/** The next service date has passed on the customer's own calendar: the day itself is still in time. */
export function serviceOverdue(object: Pick<PortalObject, 'nextServiceAt'>, today = localDate(new Date())): boolean {
  return object.nextServiceAt !== null && object.nextServiceAt < today;
}

/** The request form with this object chosen. */
export const serviceRequestView = (object: Pick<PortalObject, 'id'>) => `requests/new?objectId=${encodeURIComponent(object.id)}`;

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
