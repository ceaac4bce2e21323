// Sign-in, the signed-in contact, colleagues, portals, customers and their contacts, with the bodies their routes
// validate with.
import { contactChanges as adminContactChanges, newContact } from '../../admin/contacts.js';
import { customerBody, locationBody } from '../../admin/customers.js';
import { pageQuerySchema } from '../../http/pagination.js';
import { emailBody, inviteAcceptBody, loginBody, resetConfirmBody, ssoBody, tokenBody } from '../../portal/auth.js';
import { contactChanges, invitation } from '../../portal/contacts.js';
import { passwordChange, profileChanges } from '../../portal/me.js';
import { portalSettingsSchema } from '../../portals/settings.js';
import type { RouteDoc } from '../registry.js';

const portal = '/api/v1/portal/:slug';
const admin = '/api/v1/admin';
const signedIn = { description: 'Signed in: {accessToken, expiresIn, user}; the refresh token is set as an HttpOnly cookie' };
const cookieNote = 'Needs the refresh cookie and the header X-Requested-With: klantportaal.';

export const accountRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: `${portal}/config`,
    tag: 'Portal',
    caller: 'public',
    summary: 'What the widget needs before anyone signs in: name, locale, branding, features, request form, sign-in methods',
    responses: { 200: { description: 'The public portal configuration' }, 404: { description: 'No such portal, or switched off' } },
  },
  { method: 'post', path: `${portal}/auth/login`, tag: 'Sign-in', caller: 'public', summary: 'Sign in with email and password', body: loginBody, responses: { 200: signedIn, 401: { description: 'Wrong email or password' }, 429: { description: 'Too many attempts' } } },
  { method: 'post', path: `${portal}/auth/refresh`, tag: 'Sign-in', caller: 'public', summary: 'A new access token for the refresh cookie', description: cookieNote, responses: { 200: signedIn, 401: { description: 'No live session' } } },
  { method: 'post', path: `${portal}/auth/logout`, tag: 'Sign-in', caller: 'public', summary: 'End the session', description: cookieNote, responses: { 204: { description: 'Signed out' } } },
  { method: 'post', path: `${portal}/auth/magic-link`, tag: 'Sign-in', caller: 'public', summary: 'Mail a sign-in link', body: emailBody, responses: { 202: { description: 'Always, whether or not the address is known' } } },
  { method: 'post', path: `${portal}/auth/magic-link/verify`, tag: 'Sign-in', caller: 'public', summary: 'Sign in with the token from a sign-in link', body: tokenBody, responses: { 200: signedIn, 401: { description: 'Unknown, used or expired' } } },
  { method: 'post', path: `${portal}/auth/password-reset`, tag: 'Sign-in', caller: 'public', summary: 'Mail a password reset link', body: emailBody, responses: { 202: { description: 'Always, whether or not the address is known' } } },
  { method: 'post', path: `${portal}/auth/password-reset/confirm`, tag: 'Sign-in', caller: 'public', summary: 'Set a new password with the reset token', body: resetConfirmBody, responses: { 204: { description: 'Changed; every session ended' } } },
  { method: 'post', path: `${portal}/auth/invite/accept`, tag: 'Sign-in', caller: 'public', summary: 'Accept an invitation', body: inviteAcceptBody, responses: { 200: signedIn } },
  { method: 'post', path: `${portal}/auth/sso`, tag: 'Sign-in', caller: 'public', summary: 'Sign in with an identity token the business’s own site signed', body: ssoBody, responses: { 200: signedIn, 401: { description: 'Not a valid identity token' } } },
  { method: 'get', path: `${portal}/me`, tag: 'Account', caller: 'portal', summary: 'The signed-in contact', responses: { 200: { description: 'The contact' } } },
  { method: 'patch', path: `${portal}/me`, tag: 'Account', caller: 'portal', summary: 'Change the name, phone or language', body: profileChanges, responses: { 200: { description: 'The contact' } } },
  { method: 'post', path: `${portal}/me/password`, tag: 'Account', caller: 'portal', summary: 'Change the password', body: passwordChange, responses: { 204: { description: 'Changed' } } },
  { method: 'get', path: `${portal}/contacts`, tag: 'Account', caller: 'portal', summary: 'Colleagues (customer admins only)', query: pageQuerySchema, responses: { 200: { description: 'A page of contacts' } } },
  { method: 'post', path: `${portal}/contacts`, tag: 'Account', caller: 'portal', summary: 'Invite a colleague', body: invitation, responses: { 201: { description: 'The invited contact' } } },
  { method: 'patch', path: `${portal}/contacts/:id`, tag: 'Account', caller: 'portal', summary: 'Change a colleague’s role or status', body: contactChanges, responses: { 200: { description: 'The contact' } } },

  { method: 'get', path: `${admin}/portals`, tag: 'Back office: portals', caller: 'admin', summary: 'The business’s portals with their settings', responses: { 200: { description: 'The portals' } } },
  {
    method: 'put',
    path: `${admin}/portals/:slug`,
    tag: 'Back office: portals',
    caller: 'admin',
    summary: 'Set a portal’s settings (the whole settings object)',
    body: portalSettingsSchema,
    responses: { 200: { description: 'The portal' }, 201: { description: 'The portal, created' } },
  },
  {
    method: 'put',
    path: `${admin}/customers/:externalId`,
    tag: 'Back office: customers',
    caller: 'admin',
    summary: 'Create or update a customer',
    body: customerBody,
    responses: { 200: { description: 'Updated' }, 201: { description: 'Created' } },
  },
  { method: 'get', path: `${admin}/customers`, tag: 'Back office: customers', caller: 'admin', summary: 'The customers', query: pageQuerySchema, responses: { 200: { description: 'A page of customers' } } },
  { method: 'get', path: `${admin}/customers/:externalId`, tag: 'Back office: customers', caller: 'admin', summary: 'One customer', responses: { 200: { description: 'The customer' } } },
  {
    method: 'put',
    path: `${admin}/customers/:externalId/locations/:locationExternalId`,
    tag: 'Back office: customers',
    caller: 'admin',
    summary: 'Create or update a work address',
    body: locationBody,
    responses: { 200: { description: 'Updated' }, 201: { description: 'Created' } },
  },
  {
    method: 'post',
    path: `${admin}/customers/:externalId/contacts`,
    tag: 'Back office: customers',
    caller: 'admin',
    summary: 'Invite a portal user for the customer (?portal=<slug> when the business runs several)',
    body: newContact,
    responses: { 201: { description: '{contact, invite: {url, token, expiresAt}}' } },
  },
  { method: 'get', path: `${admin}/customers/:externalId/contacts`, tag: 'Back office: customers', caller: 'admin', summary: 'The customer’s portal users', query: pageQuerySchema, responses: { 200: { description: 'A page of contacts' } } },
  { method: 'patch', path: `${admin}/contacts/:id`, tag: 'Back office: customers', caller: 'admin', summary: 'Change a contact’s role or status', body: adminContactChanges, responses: { 200: { description: 'The contact' } } },
];
