// Sign-in, the signed-in contact, colleagues, portals, customers and their contacts. Bodies these routes do not
// export are described in words; the settings body is the settings schema itself.
import { pageQuerySchema } from '../../http/pagination.js';
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
  { method: 'post', path: `${portal}/auth/login`, tag: 'Sign-in', caller: 'public', summary: 'Sign in with {email, password}', responses: { 200: signedIn, 401: { description: 'Wrong email or password' }, 429: { description: 'Too many attempts' } } },
  { method: 'post', path: `${portal}/auth/refresh`, tag: 'Sign-in', caller: 'public', summary: 'A new access token for the refresh cookie', description: cookieNote, responses: { 200: signedIn, 401: { description: 'No live session' } } },
  { method: 'post', path: `${portal}/auth/logout`, tag: 'Sign-in', caller: 'public', summary: 'End the session', description: cookieNote, responses: { 204: { description: 'Signed out' } } },
  { method: 'post', path: `${portal}/auth/magic-link`, tag: 'Sign-in', caller: 'public', summary: 'Mail a sign-in link to {email}', responses: { 202: { description: 'Always, whether or not the address is known' } } },
  { method: 'post', path: `${portal}/auth/magic-link/verify`, tag: 'Sign-in', caller: 'public', summary: 'Sign in with the {token} from a sign-in link', responses: { 200: signedIn, 401: { description: 'Unknown, used or expired' } } },
  { method: 'post', path: `${portal}/auth/password-reset`, tag: 'Sign-in', caller: 'public', summary: 'Mail a password reset link to {email}', responses: { 202: { description: 'Always, whether or not the address is known' } } },
  { method: 'post', path: `${portal}/auth/password-reset/confirm`, tag: 'Sign-in', caller: 'public', summary: 'Set a new {password} with the reset {token}', responses: { 204: { description: 'Changed; every session ended' } } },
  { method: 'post', path: `${portal}/auth/invite/accept`, tag: 'Sign-in', caller: 'public', summary: 'Accept an invitation: {token, password, name?}', responses: { 200: signedIn } },
  { method: 'post', path: `${portal}/auth/sso`, tag: 'Sign-in', caller: 'public', summary: 'Sign in with an {identityToken} the business’s own site signed', responses: { 200: signedIn, 401: { description: 'Not a valid identity token' } } },
  { method: 'get', path: `${portal}/me`, tag: 'Account', caller: 'portal', summary: 'The signed-in contact', responses: { 200: { description: 'The contact' } } },
  { method: 'patch', path: `${portal}/me`, tag: 'Account', caller: 'portal', summary: 'Change {name?, phone?, locale?}', responses: { 200: { description: 'The contact' } } },
  { method: 'post', path: `${portal}/me/password`, tag: 'Account', caller: 'portal', summary: 'Change the password: {currentPassword, newPassword}', responses: { 204: { description: 'Changed' } } },
  { method: 'get', path: `${portal}/contacts`, tag: 'Account', caller: 'portal', summary: 'Colleagues (customer admins only)', query: pageQuerySchema, responses: { 200: { description: 'A page of contacts' } } },
  { method: 'post', path: `${portal}/contacts`, tag: 'Account', caller: 'portal', summary: 'Invite a colleague: {email, name, role}', responses: { 201: { description: 'The invited contact' } } },
  { method: 'patch', path: `${portal}/contacts/:id`, tag: 'Account', caller: 'portal', summary: 'Change a colleague’s {role?, status?}', responses: { 200: { description: 'The contact' } } },

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
    summary: 'Create or update a customer: {name, debtorNumber?, email?, phone?, address?}',
    responses: { 200: { description: 'Updated' }, 201: { description: 'Created' } },
  },
  { method: 'get', path: `${admin}/customers`, tag: 'Back office: customers', caller: 'admin', summary: 'The customers', query: pageQuerySchema, responses: { 200: { description: 'A page of customers' } } },
  { method: 'get', path: `${admin}/customers/:externalId`, tag: 'Back office: customers', caller: 'admin', summary: 'One customer', responses: { 200: { description: 'The customer' } } },
  {
    method: 'put',
    path: `${admin}/customers/:externalId/locations/:locationExternalId`,
    tag: 'Back office: customers',
    caller: 'admin',
    summary: 'Create or update a work address: {name?, street, houseNumber, postalCode, city, country?}',
    responses: { 200: { description: 'Updated' }, 201: { description: 'Created' } },
  },
  {
    method: 'post',
    path: `${admin}/customers/:externalId/contacts`,
    tag: 'Back office: customers',
    caller: 'admin',
    summary: 'Invite a portal user for the customer: {email, name, role?, sendInvite?}',
    responses: { 201: { description: '{contact, invite: {url, token, expiresAt}}' } },
  },
  { method: 'get', path: `${admin}/customers/:externalId/contacts`, tag: 'Back office: customers', caller: 'admin', summary: 'The customer’s portal users', query: pageQuerySchema, responses: { 200: { description: 'A page of contacts' } } },
  { method: 'patch', path: `${admin}/contacts/:id`, tag: 'Back office: customers', caller: 'admin', summary: 'Change a contact’s {role?, status?}', responses: { 200: { description: 'The contact' } } },
];
