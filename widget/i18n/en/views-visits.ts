// English texts of the views: work orders, visits, equipment and invoices.
import type { TemplateResult } from 'lit';
import { str, type StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'views.field.address': 'Address',
  'views.workOrder.technician': 'Technician',
  'views.workOrder.addToCalendar': 'Add to calendar',
  'views.home.visitUnderWay': 'Visit under way',
  'views.home.technician': str`Technician: ${0}`,
  'views.object.serviceOverdue': 'Service overdue',
  'views.object.requestMaintenance': 'Request maintenance',
  'views.object.serviceOverdueSince': str`the service was due on ${0}.`,
  'views.invoice.lines': 'Details',
  'views.invoice.linesCaption': 'Lines of the invoice',
};
