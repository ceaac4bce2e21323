/**
 * The HTTP API's types, generated from /openapi.json by `npm run api-types`: do not edit.
 * A test fails when this file no longer matches the routes.
 */

export interface paths {
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API keys that still work, newest first */
        get: operations["getAdminApiKeys"];
        put?: never;
        /** Make a new API key for a back office */
        post: operations["postAdminApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: it stops working at once */
        delete: operations["deleteAdminApiKeysId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: operations["getAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a contact’s role or status
         * @description Disabling ends the contact’s access at once and voids their links.
         */
        patch: operations["patchAdminContactsId"];
        trace?: never;
    };
    "/api/v1/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customers, newest first */
        get: operations["getAdminCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer, with their work addresses */
        get: operations["getAdminCustomersExternalId"];
        /**
         * Create or update a customer
         * @description Replaces the record: an optional field left out is cleared. The same body again changes nothing, not even updatedAt.
         */
        put: operations["putAdminCustomersExternalId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{externalId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s portal users, newest first */
        get: operations["getAdminCustomersExternalIdContacts"];
        put?: never;
        /**
         * Invite a portal user for the customer
         * @description Answers the invite link and token; with sendInvite: true the portal mails the link itself, in the contact’s language.
         */
        post: operations["postAdminCustomersExternalIdContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/customers/{externalId}/locations/{locationExternalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a work address of a customer
         * @description Replaces the record: an optional field left out is cleared. The same body again changes nothing, not even updatedAt.
         */
        put: operations["putAdminCustomersExternalIdLocationsLocationExternalId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents, newest first */
        get: operations["getAdminDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/documents/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document */
        get: operations["getAdminDocumentsExternalId"];
        /**
         * Create or update a document
         * @description An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.
         */
        put: operations["putAdminDocumentsExternalId"];
        post?: never;
        /**
         * Remove a document
         * @description Its file goes with it; records that referred to it stay, unlinked.
         */
        delete: operations["deleteAdminDocumentsExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/documents/{externalId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Store the document’s file
         * @description The file itself as the body: a PDF, a photo (JPEG, PNG, WebP, HEIC) or an Office document, judged by its contents whatever its Content-Type says. ?filename= names it.
         */
        put: operations["putAdminDocumentsExternalIdFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates: requests, messages, work orders, quotes and invoices of the business as they change
         * @description A text/event-stream: each event is an id: line with its id and a data: line with the event as JSON ({id, type, createdAt, data}), without event: lines, so EventSource’s onmessage gets every type. A comment line every 25 seconds keeps proxies from closing a quiet stream. After a break, reconnect with the last id as Last-Event-ID (EventSource does so by itself) or ?lastEventId=: the events since then come first, from a log kept 24 hours. The stream ends when the session behind it ends; reconnecting then answers 401. The console reads it with EventSource and its session cookie; a back office with fetch() and its API key.
         */
        get: operations["getAdminEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoices, newest first */
        get: operations["getAdminInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice */
        get: operations["getAdminInvoicesExternalId"];
        /**
         * Create or update a invoice
         * @description An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.
         */
        put: operations["putAdminInvoicesExternalId"];
        post?: never;
        /**
         * Remove a invoice
         * @description Its file goes with it; records that referred to it stay, unlinked.
         */
        delete: operations["deleteAdminInvoicesExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invoices/{externalId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Store the invoice’s file
         * @description The file itself as the body: a PDF, judged by its contents whatever its Content-Type says.
         */
        put: operations["putAdminInvoicesExternalIdPdf"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The objects, newest first */
        get: operations["getAdminObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/objects/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One object */
        get: operations["getAdminObjectsExternalId"];
        /**
         * Create or update a object
         * @description An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.
         */
        put: operations["putAdminObjectsExternalId"];
        post?: never;
        /**
         * Remove a object
         * @description Its file goes with it; records that referred to it stay, unlinked.
         */
        delete: operations["deleteAdminObjectsExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orders, newest first */
        get: operations["getAdminOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/orders/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order */
        get: operations["getAdminOrdersExternalId"];
        /**
         * Create or update a order
         * @description An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.
         */
        put: operations["putAdminOrdersExternalId"];
        post?: never;
        /**
         * Remove a order
         * @description Its file goes with it; records that referred to it stay, unlinked.
         */
        delete: operations["deleteAdminOrdersExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/portals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business’s portals with their settings */
        get: operations["getAdminPortals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/portals/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create a portal, or replace its settings (the whole settings object) */
        put: operations["putAdminPortalsSlug"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/preview-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A 15-minute read-only portal token: see the portal as this contact does */
        post: operations["postAdminPreviewToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quotes, newest first */
        get: operations["getAdminQuotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/quotes/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quote */
        get: operations["getAdminQuotesExternalId"];
        /**
         * Create or update a quote
         * @description An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.
         */
        put: operations["putAdminQuotesExternalId"];
        post?: never;
        /**
         * Remove a quote
         * @description Its file goes with it; records that referred to it stay, unlinked.
         */
        delete: operations["deleteAdminQuotesExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/quotes/{externalId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Store the quote’s file
         * @description The file itself as the body: a PDF, judged by its contents whatever its Content-Type says.
         */
        put: operations["putAdminQuotesExternalIdPdf"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox: requests from every portal of the business, guest requests included, newest first
         * @description Filters combine: only requests that pass every filter given are listed, and the cursor pages through those alone.
         */
        get: operations["getAdminRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its attachments, messages, timeline and work order */
        get: operations["getAdminRequestsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a request: submitted → in_review | rejected, in_review → accepted | rejected
         * @description Accepting requires workOrderExternalId: the work order the request became (it may be pushed before or after). The note is shown to the customer. Asking for the status the request already has changes nothing.
         */
        patch: operations["patchAdminRequestsId"];
        trace?: never;
    };
    "/api/v1/admin/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["getAdminRequestsIdAttachmentsAttachmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/requests/{id}/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a customer of a guest request’s guest, with an invited contact, in one step
         * @description Creates the customer from the guest’s name, email address, phone number and address (also its first work address), the guest as the customer’s first contact (an admin of the customer, invited; mailed with invite: true), and moves the request onto that customer and contact. Then the request is a customer request like any other: accept it into a work order for this customer.
         */
        post: operations["postAdminRequestsIdCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation on a request, newest first */
        get: operations["getAdminRequestsIdMessages"];
        put?: never;
        /** Answer the customer on a request */
        post: operations["postAdminRequestsIdMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/requests/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The internal notes on a request, newest first
         * @description Notes are the business’s own: they are never in a portal answer, a webhook or a customer’s live updates.
         */
        get: operations["getAdminRequestsIdNotes"];
        put?: never;
        /**
         * Keep an internal note on a request
         * @description Signed with the staff member’s or the API key’s name. Staff streams hear of it as request.updated; customers never do.
         */
        post: operations["postAdminRequestsIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business’s staff, newest first */
        get: operations["getAdminStaff"];
        put?: never;
        /** Invite a staff member: mails a link to <KP_PUBLIC_URL>/console#kp-staff-invite=… (7 days, once) */
        post: operations["postAdminStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member’s role or status
         * @description Disabling ends their sessions and voids their links at once. The business always keeps one active admin.
         */
        patch: operations["patchAdminStaffId"];
        trace?: never;
    };
    "/api/v1/admin/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business: its name and whether two-step sign-in is required of all staff */
        get: operations["getAdminTenant"];
        /** Change the business’s name and whether two-step sign-in is required of all staff */
        put: operations["putAdminTenant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered endpoints */
        get: operations["getAdminWebhooks"];
        put?: never;
        /**
         * Register an endpoint for events
         * @description Deliveries are POST {id, type, createdAt, data} with Klantportaal-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body" keyed with the secret>. Retried with growing delays for a day; the event id stays the same.
         */
        post: operations["postAdminWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint and what was still queued for it */
        delete: operations["deleteAdminWebhooksId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The work orders, newest first */
        get: operations["getAdminWorkOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/work-orders/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work order */
        get: operations["getAdminWorkOrdersExternalId"];
        /**
         * Create or update a work order
         * @description An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.
         */
        put: operations["putAdminWorkOrdersExternalId"];
        post?: never;
        /**
         * Remove a work order
         * @description Its file goes with it; records that referred to it stay, unlinked.
         */
        delete: operations["deleteAdminWorkOrdersExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/work-orders/{externalId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation on a work order, newest first */
        get: operations["getAdminWorkOrdersExternalIdMessages"];
        put?: never;
        /** Write to the customer about a work order */
        post: operations["postAdminWorkOrdersExternalIdMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/invite/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invite (from <KP_PUBLIC_URL>/console#kp-staff-invite=…): choose a password, and be signed in */
        post: operations["postConsoleAuthInviteAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Answers one of three: signed in (with the session cookie); mfaRequired with a challenge for POST mfa; or, when the email and password fit staff of several businesses, tenantChoiceRequired with those businesses: sign in again with the chosen tenantId.
         */
        post: operations["postConsoleAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: the session ends at once
         * @description Without a live session it answers 204 all the same.
         */
        post: operations["postConsoleAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member and their business */
        get: operations["getConsoleAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one’s own name or language */
        patch: operations["patchConsoleAuthMe"];
        trace?: never;
    };
    "/api/v1/console/auth/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Every other session of the staff member ends; this one stays.
         */
        post: operations["postConsoleAuthMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second step: a TOTP code or a recovery code */
        post: operations["postConsoleAuthMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password-reset link (to <KP_PUBLIC_URL>/console#kp-staff-reset=…) */
        post: operations["postConsoleAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the token from the reset link
         * @description Every session of the staff member ends.
         */
        post: operations["postConsoleAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm two-step sign-in with a first code; answers the recovery codes once
         * @description Every other session of the staff member ends.
         */
        post: operations["postConsoleAuthTotpConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-step sign-in off with a code or a recovery code
         * @description Every other session of the staff member ends.
         */
        post: operations["postConsoleAuthTotpDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-step sign-in: a new secret, in force once confirmed */
        post: operations["postConsoleAuthTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/invite/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: choose a password (where the portal signs in with one) and sign in */
        post: operations["postPortalSlugAuthInviteAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["postPortalSlugAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session
         * @description Ends the session of the refresh cookie, and the session of the access token when one is sent as Authorization: Bearer … (for browsers that keep no cookie for this site).
         */
        post: operations["postPortalSlugAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a sign-in link */
        post: operations["postPortalSlugAuthMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/magic-link/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the token from a sign-in link */
        post: operations["postPortalSlugAuthMagicLinkVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link */
        post: operations["postPortalSlugAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from a reset link */
        post: operations["postPortalSlugAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token for the refresh cookie, and a new cookie */
        post: operations["postPortalSlugAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/auth/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with an identity token the business’s own site signed */
        post: operations["postPortalSlugAuthSso"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the widget needs before anyone signs in: name, locale, branding, features, request form, sign-in methods */
        get: operations["getPortalSlugConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The colleagues: every contact of the own customer (customer administrators only) */
        get: operations["getPortalSlugContacts"];
        put?: never;
        /** Invite a colleague: the invite link goes to their mailbox only */
        post: operations["postPortalSlugContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a colleague’s role or status
         * @description Disabling ends their access at once. Nobody can disable themself or give up their own administrator role.
         */
        patch: operations["patchPortalSlugContactsId"];
        trace?: never;
    };
    "/api/v1/portal/{slug}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s documents, newest first; only those whose file has arrived */
        get: operations["getPortalSlugDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document; the download is kept in the audit trail */
        get: operations["getPortalSlugDocumentsIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates: the customer’s requests, messages, work orders, quotes and invoices as they change
         * @description A text/event-stream: each event is an id: line with its id and a data: line with the event as JSON ({id, type, createdAt, data}), without event: lines, so EventSource’s onmessage gets every type. A comment line every 25 seconds keeps proxies from closing a quiet stream. After a break, reconnect with the last id as Last-Event-ID (EventSource does so by itself) or ?lastEventId=: the events since then come first, from a log kept 24 hours. The stream ends when the session behind it ends; reconnecting then answers 401. Only this customer’s events come, and only of parts the portal shows. fetch() with the Bearer token reads it; EventSource cannot send one.
         */
        get: operations["getPortalSlugEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/guest-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a request without an account (when the portal allows guest requests)
         * @description Leave `website` empty: it is a honeypot. Throttled per address and per email address.
         */
        post: operations["postPortalSlugGuestRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s invoices, newest first */
        get: operations["getPortalSlugInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice; the view is kept in the audit trail */
        get: operations["getPortalSlugInvoicesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as PDF */
        get: operations["getPortalSlugInvoicesIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s work addresses, newest first */
        get: operations["getPortalSlugLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in contact */
        get: operations["getPortalSlugMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the name, phone number or language */
        patch: operations["patchPortalSlugMe"];
        trace?: never;
    };
    "/api/v1/portal/{slug}/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Every other device signed in with the old password is signed out; this one stays.
         */
        post: operations["postPortalSlugMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s installed objects, newest first */
        get: operations["getPortalSlugObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One object, with its parts, work orders and documents
         * @description The most recent page of each; the filtered lists (/work-orders?objectId=, /documents?objectId=) hold the rest.
         */
        get: operations["getPortalSlugObjectsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s orders, newest first */
        get: operations["getPortalSlugOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its lines */
        get: operations["getPortalSlugOrdersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts and highlights for the home view: open requests and work orders, the next visit, open invoices and quotes */
        get: operations["getPortalSlugOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s quotes, newest first */
        get: operations["getPortalSlugQuotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quote with its lines; the view is kept in the audit trail */
        get: operations["getPortalSlugQuotesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/quotes/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an open quote, with the name of whoever accepts as signature
         * @description Once, while the quote is open and valid. Who answered, when and from where is kept with the quote; the back office gets the quote.accepted webhook.
         */
        post: operations["postPortalSlugQuotesIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/quotes/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an open quote, with a reason if the customer gives one
         * @description Once, while the quote is open and valid. Who answered, when and from where is kept with the quote; the back office gets the quote.declined webhook.
         */
        post: operations["postPortalSlugQuotesIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/quotes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quote as PDF */
        get: operations["getPortalSlugQuotesIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s requests, newest first */
        get: operations["getPortalSlugRequests"];
        put?: never;
        /**
         * Submit a service request
         * @description workType must be one of the portal’s work types; locationId and objectId must be the customer’s; acceptTerms must be true when the portal requires it; checklist holds ids of the portal’s checklist items. Photos follow through /requests/{id}/attachments.
         */
        post: operations["postPortalSlugRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its attachments, messages, status timeline and linked work order */
        get: operations["getPortalSlugRequestsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo or PDF to a request */
        post: operations["postPortalSlugRequestsIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["getPortalSlugRequestsIdAttachmentsAttachmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a request while it is still submitted */
        post: operations["postPortalSlugRequestsIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation on a request, newest first */
        get: operations["getPortalSlugRequestsIdMessages"];
        put?: never;
        /** Write to the business about a request */
        post: operations["postPortalSlugRequestsIdMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s work orders in the statuses the portal shows, newest first */
        get: operations["getPortalSlugWorkOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work order, with its status timeline and documents */
        get: operations["getPortalSlugWorkOrdersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{slug}/work-orders/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation on a work order, newest first */
        get: operations["getPortalSlugWorkOrdersIdMessages"];
        put?: never;
        /** Write to the business about a work order */
        post: operations["postPortalSlugWorkOrdersIdMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The business console: the page staff sign in on (it loads /console/kp-console.js)
         * @description Staff links of mails open here: #kp-staff-invite=<token> and #kp-staff-reset=<token>. Served with a content security policy of script-src 'self'.
         */
        get: operations["getConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The console's script: kp-console.js and its hashed chunks */
        get: operations["getConsolePath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document: OpenAPI 3.1 */
        get: operations["getOpenapi.json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and the server is not shutting down */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The widget: klantportaal.js and its hashed chunks, served to any site */
        get: operations["getWidgetPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PortalConfig: {
            portal: {
                slug: string;
                name: string;
                /** @enum {string} */
                locale: "nl" | "en";
                homeUrl: string | null;
            };
            branding: {
                primaryColor: string;
                logoUrl: string | null;
            };
            /** @description Which parts of the portal the business switched on. */
            features: {
                requests: boolean;
                workOrders: boolean;
                quotes: boolean;
                invoices: boolean;
                objects: boolean;
                documents: boolean;
                orders: boolean;
                messages: boolean;
                guestRequests: boolean;
                contacts: boolean;
            };
            requestForm: {
                workTypes: {
                    id: string;
                    label: {
                        nl: string;
                        en: string;
                    };
                }[];
                requireTerms: boolean;
                termsUrl: string | null;
                checklist: {
                    id: string;
                    label: {
                        nl: string;
                        en: string;
                    };
                }[];
            };
            /** @description The ways of signing in this portal offers. */
            auth: {
                password: boolean;
                magicLink: boolean;
                sso: boolean;
            };
        };
        SignIn: {
            /** @description For Authorization: Bearer …; a new one comes from POST …/auth/refresh before it expires. */
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            user: components["schemas"]["PortalUser"];
        };
        PortalUser: {
            id: string;
            email: string;
            name: string;
            phone: string | null;
            /** @enum {string} */
            role: "member" | "admin";
            /**
             * @description The contact’s own choice, else the portal’s language.
             * @enum {string}
             */
            locale: "nl" | "en";
            customer: {
                id: string;
                name: string;
            };
        };
        Contact: {
            id: string;
            email: string;
            name: string;
            phone: string | null;
            /** @enum {string} */
            role: "member" | "admin";
            /**
             * @description invited until they accept the invite; disabled contacts cannot sign in.
             * @enum {string}
             */
            status: "invited" | "active" | "disabled";
            /**
             * @description The contact’s own language; null for the portal’s.
             * @enum {string|null}
             */
            locale: "nl" | "en" | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            lastLoginAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalOverview: {
            /** @description Requests submitted or in review; null when the portal does not show them. */
            openRequests: number | null;
            /** @description Work orders open, planned or in progress; null when the portal does not show them. */
            openWorkOrders: number | null;
            /** @description The first planned visit that has not ended yet; null when there is none or the portal does not show work orders. */
            nextVisit: components["schemas"]["PortalWorkOrder"] | null;
            /** @description Open and overdue invoices; null when the portal does not show invoices. */
            openInvoices: {
                count: number;
                overdueCount: number;
                /** @description Per currency: amounts in different currencies are never added up. */
                totals: {
                    currency: string;
                    totalCents: number;
                }[];
            } | null;
            /** @description Quotes open and still valid; null when the portal does not show them. */
            openQuotes: number | null;
        };
        PortalWorkOrder: {
            id: string;
            locationId: string | null;
            objectId: string | null;
            /** @description The portal request this work order answers. */
            requestId: string | null;
            number: string;
            workType: string | null;
            description: string;
            /** @enum {string} */
            status: "open" | "planned" | "in_progress" | "completed" | "cancelled";
            /** @description The business’s own name for the stage, shown instead of the status. */
            statusLabel: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            plannedStart: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            plannedEnd: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            completedAt: string | null;
            /** @description Only when the portal shows prices (workOrders.showPrices). */
            totalCents?: number | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalLocation: {
            id: string;
            name: string | null;
            street: string;
            houseNumber: string;
            postalCode: string;
            city: string;
            /** @description ISO 3166 code, such as NL. */
            country: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalObject: {
            id: string;
            locationId: string | null;
            parentId: string | null;
            name: string;
            type: string | null;
            brand: string | null;
            model: string | null;
            serialNumber: string | null;
            /** Format: date */
            installedAt: string | null;
            /** Format: date */
            warrantyUntil: string | null;
            /** Format: date */
            lastServiceAt: string | null;
            /** Format: date */
            nextServiceAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalObjectDetail: components["schemas"]["PortalObject"] & {
            /** @description Its parts: the most recent page of them. */
            children: components["schemas"]["PortalObject"][];
            /** @description The most recent page of its work orders (/work-orders?objectId= holds the rest); null when the portal does not show work orders. */
            workOrders: components["schemas"]["PortalWorkOrder"][] | null;
            /** @description The most recent page of its documents (/documents?objectId= holds the rest); null when the portal does not show documents. */
            documents: components["schemas"]["PortalDocument"][] | null;
        };
        PortalDocument: {
            id: string;
            objectId: string | null;
            workOrderId: string | null;
            title: string;
            category: string | null;
            filename: string;
            contentType: string;
            size: number;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalWorkOrderDetail: components["schemas"]["PortalWorkOrder"] & {
            timeline: components["schemas"]["WorkOrderTimelineEntry"][];
            /** @description null when the portal does not show documents at all. */
            documents: components["schemas"]["PortalDocument"][] | null;
        };
        WorkOrderTimelineEntry: {
            /** @enum {string} */
            status: "open" | "planned" | "in_progress" | "completed" | "cancelled";
            statusLabel: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            at: string;
        };
        PortalQuoteSummary: {
            id: string;
            number: string;
            title: string;
            totalCents: number;
            currency: string;
            /** Format: date */
            validUntil: string | null;
            /**
             * @description An open quote past its last valid day reads as expired.
             * @enum {string}
             */
            status: "open" | "accepted" | "declined" | "expired" | "withdrawn";
            hasPdf: boolean;
            /** @description The customer’s answer given in the portal. */
            decision: {
                /** @enum {string} */
                outcome: "accepted" | "declined";
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time, in UTC
                 */
                at: string;
                /** @description The name the customer typed to accept. */
                signedName: string | null;
                /** @description Why the customer declined, if they said. */
                reason: string | null;
            } | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalQuote: components["schemas"]["PortalQuoteSummary"] & {
            lines: components["schemas"]["QuoteLine"][];
        };
        QuoteLine: {
            description: string;
            quantity: number;
            unitPriceCents: number;
            /** @description Percent, such as 21 or 9. */
            vatRate: number;
        };
        PortalInvoice: {
            id: string;
            workOrderId: string | null;
            number: string;
            /** Format: date */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            totalCents: number;
            totalExclVatCents: number | null;
            currency: string;
            /**
             * @description An open invoice past its due date reads as overdue.
             * @enum {string}
             */
            status: "open" | "paid" | "overdue" | "credited" | "cancelled";
            /** @description Only while the invoice is open or overdue. */
            paymentUrl: string | null;
            hasPdf: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalOrderSummary: {
            id: string;
            number: string;
            /** Format: date */
            orderedAt: string;
            /** @enum {string} */
            status: "open" | "confirmed" | "shipped" | "delivered" | "cancelled";
            totalCents: number;
            currency: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalOrder: components["schemas"]["PortalOrderSummary"] & {
            lines: components["schemas"]["OrderLine"][];
        };
        OrderLine: {
            description: string;
            quantity: number;
            unitPriceCents: number;
        };
        PortalRequest: {
            id: string;
            /** @description Short reference for the phone: KP-7F3K2Q */
            reference: string;
            status: components["schemas"]["RequestStatus"];
            /** @description One of the portal’s work types */
            workType: string;
            description: string;
            locationId: string | null;
            objectId: string | null;
            /** Format: date */
            preferredDate: string | null;
            preferredPartOfDay: components["schemas"]["PartOfDay"] | null;
            phone: string | null;
            /** @description Ids of the portal’s checklist items the customer ticked */
            checklist: string[];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            termsAcceptedAt: string | null;
            /** @description The work order the request became, once the back office has it */
            workOrderId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The last change: a status move, a message or a file
             */
            updatedAt: string;
        };
        /**
         * @description submitted → in_review | rejected; in_review → accepted | rejected; a customer may cancel while submitted.
         * @enum {string}
         */
        RequestStatus: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
        /**
         * @description When the customer would like the visit; any: no preference.
         * @enum {string}
         */
        PartOfDay: "morning" | "afternoon" | "any";
        PortalRequestDetail: {
            id: string;
            /** @description Short reference for the phone: KP-7F3K2Q */
            reference: string;
            status: components["schemas"]["RequestStatus"];
            /** @description One of the portal’s work types */
            workType: string;
            description: string;
            locationId: string | null;
            objectId: string | null;
            /** Format: date */
            preferredDate: string | null;
            preferredPartOfDay: components["schemas"]["PartOfDay"] | null;
            phone: string | null;
            /** @description Ids of the portal’s checklist items the customer ticked */
            checklist: string[];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            termsAcceptedAt: string | null;
            /** @description The work order the request became, once the back office has it */
            workOrderId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The last change: a status move, a message or a file
             */
            updatedAt: string;
            attachments: components["schemas"]["RequestAttachment"][];
            timeline: components["schemas"]["TimelineEntry"][];
            /** @description The latest 100 messages, oldest first; all of them through /messages */
            messages: components["schemas"]["Message"][];
            workOrder: {
                id: string;
                number: string;
                status: string;
            } | null;
        };
        RequestAttachment: {
            id: string;
            filename: string;
            /** @description Decided from the file’s bytes: a photo (JPEG, PNG, WebP, HEIC, HEIF) or a PDF */
            contentType: string;
            /** @description bytes */
            size: number;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
        };
        TimelineEntry: {
            status: components["schemas"]["RequestStatus"];
            /** @description The business’s note with the move, shown to the customer */
            note: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            at: string;
        };
        Message: {
            id: string;
            /** @description Set on a request’s conversation */
            requestId: string | null;
            /** @description Set on a work order’s conversation */
            workOrderId: string | null;
            /** @enum {string} */
            author: "contact" | "business";
            /** @description The contact, or the employee who wrote (the business’s name when none was given) */
            authorName: string;
            body: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
        };
        GuestRequestAccepted: {
            /** @description The request’s reference, to quote on the phone */
            reference: string;
        };
        /** @description One event of the customer’s live updates, as the JSON of an event’s data: line; its id: line holds the same id. */
        PortalEvent: {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "request.created";
            /** Format: date-time */
            createdAt: string;
            data: {
                request: components["schemas"]["PortalRequest"];
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "request.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                request: components["schemas"]["PortalRequest"];
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "message.created";
            /** Format: date-time */
            createdAt: string;
            data: {
                message: components["schemas"]["Message"];
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "work_order.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                workOrder: {
                    id: string;
                    /** @description The record’s status as the back office set it. */
                    status: string;
                };
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "quote.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                quote: {
                    id: string;
                };
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "invoice.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                invoice: {
                    id: string;
                };
            };
        };
        Portal: {
            slug: string;
            settings: components["schemas"]["PortalSettings"];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        PortalSettings: {
            name: string;
            /** @default true */
            enabled: boolean;
            /**
             * @default nl
             * @enum {string}
             */
            locale: "nl" | "en";
            /** @default null */
            homeUrl: string | null;
            /** @default [] */
            allowedOrigins: string[];
            branding: {
                /** @default #0b5cad */
                primaryColor: string;
                /** @default null */
                logoUrl: string | null;
            };
            features: {
                /** @default true */
                requests: boolean;
                /** @default true */
                workOrders: boolean;
                /** @default true */
                quotes: boolean;
                /** @default true */
                invoices: boolean;
                /** @default true */
                objects: boolean;
                /** @default true */
                documents: boolean;
                /** @default false */
                orders: boolean;
                /** @default true */
                messages: boolean;
                /** @default false */
                guestRequests: boolean;
                /** @default true */
                contacts: boolean;
            };
            workOrders: {
                /** @default false */
                showPrices: boolean;
                /**
                 * @default [
                 *       "open",
                 *       "planned",
                 *       "in_progress",
                 *       "completed",
                 *       "cancelled"
                 *     ]
                 */
                visibleStatuses: ("open" | "planned" | "in_progress" | "completed" | "cancelled")[];
            };
            requestForm: {
                /**
                 * @default [
                 *       {
                 *         "id": "repair",
                 *         "label": {
                 *           "nl": "Storing of reparatie",
                 *           "en": "Fault or repair"
                 *         }
                 *       },
                 *       {
                 *         "id": "maintenance",
                 *         "label": {
                 *           "nl": "Onderhoud",
                 *           "en": "Maintenance"
                 *         }
                 *       },
                 *       {
                 *         "id": "installation",
                 *         "label": {
                 *           "nl": "Installatie of vervanging",
                 *           "en": "Installation or replacement"
                 *         }
                 *       },
                 *       {
                 *         "id": "other",
                 *         "label": {
                 *           "nl": "Anders",
                 *           "en": "Other"
                 *         }
                 *       }
                 *     ]
                 */
                workTypes: {
                    id: string;
                    label: {
                        nl: string;
                        en: string;
                    };
                }[];
                /** @default false */
                requireTerms: boolean;
                /** @default null */
                termsUrl: string | null;
                /** @default [] */
                checklist: {
                    id: string;
                    label: {
                        nl: string;
                        en: string;
                    };
                }[];
            };
            notifications: {
                /** @default null */
                newRequestEmail: string | null;
                customerEmails: {
                    /** @default true */
                    statusChanged: boolean;
                    /** @default true */
                    newMessage: boolean;
                    /** @default true */
                    newInvoice: boolean;
                    /** @default true */
                    newQuote: boolean;
                };
            };
            auth: {
                /** @default true */
                password: boolean;
                /** @default true */
                magicLink: boolean;
                sso: {
                    /** @default false */
                    enabled: boolean;
                };
            };
        };
        SavedPortal: components["schemas"]["Portal"] & {
            /** @description The secret for SSO identity tokens: only in the answer that made it (SSO switched on, or ?rotateSsoSecret=1). Keep it; it is not shown again. */
            ssoSecret?: string;
        };
        Customer: {
            externalId: string;
            name: string;
            debtorNumber: string | null;
            email: string | null;
            phone: string | null;
            address: {
                street: string;
                houseNumber: string;
                postalCode: string;
                city: string;
                country: string;
            } | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        CustomerWithLocations: components["schemas"]["Customer"] & {
            locations: components["schemas"]["Location"][];
        };
        Location: {
            externalId: string;
            customerExternalId: string;
            name: string | null;
            street: string;
            houseNumber: string;
            postalCode: string;
            city: string;
            country: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        ContactInvitation: {
            contact: components["schemas"]["CustomerContact"];
            invite: components["schemas"]["Invite"];
        };
        CustomerContact: components["schemas"]["Contact"] & {
            /** @description The back office’s id of the contact’s customer. */
            customerExternalId: string;
        };
        Invite: {
            /** @description The link to accept the invite on the portal’s home page; null while the portal has no homeUrl. */
            url: string | null;
            /** @description The invite token in that link, for a back office that sends the invite itself. */
            token: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            expiresAt: string;
        };
        ObjectRecord: {
            externalId: string;
            customerExternalId: string;
            locationExternalId: string | null;
            parentExternalId: string | null;
            name: string;
            type: string | null;
            brand: string | null;
            model: string | null;
            serialNumber: string | null;
            /** Format: date */
            installedAt: string | null;
            /** Format: date */
            warrantyUntil: string | null;
            /** Format: date */
            lastServiceAt: string | null;
            /** Format: date */
            nextServiceAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        WorkOrderRecord: {
            externalId: string;
            customerExternalId: string;
            locationExternalId: string | null;
            objectExternalId: string | null;
            /** @description The portal request this work order answers. */
            requestId: string | null;
            number: string;
            workType: string | null;
            description: string;
            /** @enum {string} */
            status: "open" | "planned" | "in_progress" | "completed" | "cancelled";
            /** @description The business’s own name for the stage, shown instead of the status. */
            statusLabel: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            plannedStart: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            plannedEnd: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            completedAt: string | null;
            totalCents: number | null;
            timeline: components["schemas"]["WorkOrderTimelineEntry"][];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        QuoteRecord: {
            externalId: string;
            customerExternalId: string;
            number: string;
            title: string;
            totalCents: number;
            currency: string;
            /** Format: date */
            validUntil: string | null;
            lines: components["schemas"]["QuoteLine"][];
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "expired" | "withdrawn";
            pdf: components["schemas"]["StoredPdf"] | null;
            /** @description The customer’s answer in the portal; it stands when a later upsert still says open. */
            decision: {
                /** @enum {string} */
                outcome: "accepted" | "declined";
                /**
                 * Format: date-time
                 * @description ISO-8601 date and time, in UTC
                 */
                at: string;
                /** @description The name the customer typed to accept. */
                signedName: string | null;
                /** @description Why the customer declined, if they said. */
                reason: string | null;
                contactId: string | null;
                ip: string | null;
            } | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        StoredPdf: {
            contentType: string;
            size: number;
            /** @description Of the contents, hex. */
            sha256: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            uploadedAt: string;
        };
        InvoiceRecord: {
            externalId: string;
            customerExternalId: string;
            workOrderExternalId: string | null;
            number: string;
            /** Format: date */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            totalCents: number;
            totalExclVatCents: number | null;
            currency: string;
            /** @enum {string} */
            status: "open" | "paid" | "overdue" | "credited" | "cancelled";
            paymentUrl: string | null;
            pdf: components["schemas"]["StoredPdf"] | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        DocumentRecord: {
            externalId: string;
            customerExternalId: string;
            objectExternalId: string | null;
            workOrderExternalId: string | null;
            title: string;
            category: string | null;
            file: components["schemas"]["StoredFile"] | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
        };
        StoredFile: {
            filename: string;
            contentType: string;
            size: number;
            /** @description Of the contents, hex. */
            sha256: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            uploadedAt: string;
        };
        OrderRecord: {
            externalId: string;
            customerExternalId: string;
            number: string;
            /** Format: date */
            orderedAt: string;
            /** @enum {string} */
            status: "open" | "confirmed" | "shipped" | "delivered" | "cancelled";
            totalCents: number;
            currency: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            updatedAt: string;
            lines: components["schemas"]["OrderLine"][];
        };
        AdminRequest: {
            id: string;
            /** @description Short reference for the phone: KP-7F3K2Q */
            reference: string;
            status: components["schemas"]["RequestStatus"];
            /** @description One of the portal’s work types */
            workType: string;
            description: string;
            locationId: string | null;
            objectId: string | null;
            /** Format: date */
            preferredDate: string | null;
            preferredPartOfDay: components["schemas"]["PartOfDay"] | null;
            phone: string | null;
            /** @description Ids of the portal’s checklist items the customer ticked */
            checklist: string[];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            termsAcceptedAt: string | null;
            /** @description The work order the request became, once it has been pushed */
            workOrderId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The last change: a status move, a message or a file
             */
            updatedAt: string;
            /** @description The slug of the portal it came in through */
            portal: string;
            source: components["schemas"]["RequestSource"];
            customer: {
                id: string;
                externalId: string;
                name: string;
                debtorNumber: string | null;
            } | null;
            contact: {
                id: string;
                name: string;
                email: string;
            } | null;
            guest: {
                name: string;
                email: string;
                phone: string | null;
                address: {
                    street: string;
                    houseNumber: string;
                    postalCode: string;
                    city: string;
                    /** @description ISO 3166 two-letter code */
                    country: string;
                } | null;
            } | null;
            /** @description The work address the customer chose */
            location: {
                id: string;
                externalId: string;
                street: string;
                houseNumber: string;
                postalCode: string;
                city: string;
            } | null;
            /** @description The installation the customer chose */
            object: {
                id: string;
                externalId: string;
                name: string;
                type: string | null;
                brand: string | null;
                model: string | null;
                serialNumber: string | null;
            } | null;
            /** @enum {string} */
            locale: "nl" | "en";
            /** @description The work order named when the request was accepted */
            workOrderExternalId: string | null;
        };
        /**
         * @description portal: a customer’s contact sent it, signed in; guest: someone without an account did.
         * @enum {string}
         */
        RequestSource: "portal" | "guest";
        AdminRequestDetail: {
            id: string;
            /** @description Short reference for the phone: KP-7F3K2Q */
            reference: string;
            status: components["schemas"]["RequestStatus"];
            /** @description One of the portal’s work types */
            workType: string;
            description: string;
            locationId: string | null;
            objectId: string | null;
            /** Format: date */
            preferredDate: string | null;
            preferredPartOfDay: components["schemas"]["PartOfDay"] | null;
            phone: string | null;
            /** @description Ids of the portal’s checklist items the customer ticked */
            checklist: string[];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            termsAcceptedAt: string | null;
            /** @description The work order the request became, once it has been pushed */
            workOrderId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The last change: a status move, a message or a file
             */
            updatedAt: string;
            /** @description The slug of the portal it came in through */
            portal: string;
            source: components["schemas"]["RequestSource"];
            customer: {
                id: string;
                externalId: string;
                name: string;
                debtorNumber: string | null;
            } | null;
            contact: {
                id: string;
                name: string;
                email: string;
            } | null;
            guest: {
                name: string;
                email: string;
                phone: string | null;
                address: {
                    street: string;
                    houseNumber: string;
                    postalCode: string;
                    city: string;
                    /** @description ISO 3166 two-letter code */
                    country: string;
                } | null;
            } | null;
            /** @description The work address the customer chose */
            location: {
                id: string;
                externalId: string;
                street: string;
                houseNumber: string;
                postalCode: string;
                city: string;
            } | null;
            /** @description The installation the customer chose */
            object: {
                id: string;
                externalId: string;
                name: string;
                type: string | null;
                brand: string | null;
                model: string | null;
                serialNumber: string | null;
            } | null;
            /** @enum {string} */
            locale: "nl" | "en";
            /** @description The work order named when the request was accepted */
            workOrderExternalId: string | null;
            attachments: components["schemas"]["RequestAttachment"][];
            timeline: components["schemas"]["TimelineEntry"][];
            /** @description The latest 100 messages, oldest first */
            messages: components["schemas"]["Message"][];
            workOrder: {
                id: string;
                externalId: string;
                number: string;
                status: string;
            } | null;
        };
        GuestCustomer: {
            customer: components["schemas"]["Customer"];
            contact: components["schemas"]["Contact"] & unknown;
            invite: components["schemas"]["Invite"];
            request: components["schemas"]["AdminRequestDetail"];
        };
        CreatedWebhook: {
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
            /** @description Shown only here: keep it to verify Klantportaal-Signature */
            secret: string;
        };
        /** @enum {string} */
        WebhookEventType: "request.created" | "request.cancelled" | "message.created" | "quote.accepted" | "quote.declined" | "contact.activated";
        Webhook: {
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
        };
        PreviewToken: {
            /** @description A portal token that reads as the contact; every write with it answers 403 */
            accessToken: string;
            /** @description Seconds until it expires */
            expiresIn: number;
            /** @description The slug of the portal it reads */
            portal: string;
            contact: {
                id: string;
                name: string;
                email: string;
            };
        };
        AuditEvent: {
            id: string;
            /** @description A dotted verb: contact.login, invoice.viewed, request.status_changed, … */
            action: string;
            actor: {
                /** @enum {string} */
                type: "contact" | "api_key" | "staff" | "system" | "anonymous";
                id: string | null;
                /** @description The API key’s or staff member’s name as it was then; null for contacts, guests and the system */
                name: string | null;
            };
            subject: {
                type: string;
                id: string;
            } | null;
            portalId: string | null;
            ip: string | null;
            details: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
        };
        Staff: {
            id: string;
            email: string;
            name: string;
            /**
             * @description admin: everything; staff: everything but portal settings, webhooks, API keys, staff and business settings.
             * @enum {string}
             */
            role: "admin" | "staff";
            /**
             * @description invited until the invite is accepted; disabled staff cannot sign in.
             * @enum {string}
             */
            status: "invited" | "active" | "disabled";
            /**
             * @description The language of their mail; null: Dutch.
             * @enum {string|null}
             */
            locale: "nl" | "en" | null;
            /** @description Two-step sign-in (TOTP) is set up. */
            totpEnabled: boolean;
            lastLoginAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        ApiKey: {
            id: string;
            name: string;
            /** @description The first characters of the key, to tell keys apart; never enough to use it. */
            prefix: string;
            createdAt: string;
            /** @description Noted to the minute. */
            lastUsedAt: string | null;
        };
        NewApiKey: {
            id: string;
            name: string;
            /** @description kp_live_…: shown this once, stored only as its sha256. */
            key: string;
        };
        Tenant: {
            id: string;
            name: string;
            requireTotp: boolean;
            createdAt: string;
        };
        /** @description An internal note on a request: never shown to the customer, never in a webhook. */
        RequestNote: {
            id: string;
            requestId: string;
            /** @description The staff member or API key that wrote it */
            author: {
                /** @enum {string} */
                kind: "api_key" | "staff";
                id: string;
                name: string;
            };
            body: string;
            /**
             * Format: date-time
             * @description ISO-8601 date and time, in UTC
             */
            createdAt: string;
        };
        /** @description One event of the business’s live updates, as the JSON of an event’s data: line; its id: line holds the same id. */
        BusinessEvent: {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "request.created";
            /** Format: date-time */
            createdAt: string;
            data: {
                request: components["schemas"]["AdminRequest"];
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "request.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                request: components["schemas"]["AdminRequest"];
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "message.created";
            /** Format: date-time */
            createdAt: string;
            data: {
                message: components["schemas"]["Message"];
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "work_order.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                workOrder: {
                    id: string;
                    externalId: string;
                    customerExternalId: string;
                    /** @description The record’s status as the back office set it. */
                    status: string;
                };
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "quote.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                quote: {
                    id: string;
                    externalId: string;
                    customerExternalId: string;
                    /** @description The record’s status as the back office set it. */
                    status: string;
                };
            };
        } | {
            /** @description Grows with every event. Send the last one you got as Last-Event-ID to resume after it. */
            id: string;
            /** @enum {string} */
            type: "invoice.updated";
            /** Format: date-time */
            createdAt: string;
            data: {
                invoice: {
                    id: string;
                    externalId: string;
                    customerExternalId: string;
                    /** @description The record’s status as the back office set it. */
                    status: string;
                };
            };
        };
        StaffSignedIn: {
            staff: components["schemas"]["Staff"];
            tenant: components["schemas"]["StaffTenant"];
            /** @description The business requires two-step sign-in and it is not set up: until it is, this session reaches only me, totp/setup, totp/confirm and logout. */
            totpSetupRequired: boolean;
        };
        StaffTenant: {
            id: string;
            name: string;
            /** @description Every staff member must use two-step sign-in. */
            requireTotp: boolean;
        };
        StaffMfaRequired: {
            /** @enum {boolean} */
            mfaRequired: true;
            /** @description Send it to POST /api/v1/console/auth/mfa with a code, within 5 minutes. */
            challenge: string;
        };
        /** @description The email is staff of several businesses: sign in again with the same email and password and the chosen tenantId. */
        StaffTenantChoice: {
            /** @enum {boolean} */
            tenantChoiceRequired: true;
            /** @description The businesses this email and password sign in to, by name. */
            tenants: {
                id: string;
                name: string;
            }[];
        };
        StaffTotpSetup: {
            /** @description Base32, for typing into an authenticator app by hand. */
            secret: string;
            /** @description otpauth://totp/… for a QR code. */
            otpauthUri: string;
        };
        StaffRecoveryCodes: {
            /** @description Ten codes, each usable once instead of a TOTP code. Shown only now. */
            recoveryCodes: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminApiKeys: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator signed in to the console manages API keys, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The key, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator signed in to the console manages API keys, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminApiKeysId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator signed in to the console manages API keys, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such API key for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminAudit: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only events of this action, such as request.status_changed */
                action?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    patchAdminContactsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role?: "member" | "admin";
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description The contact, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerContact"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such contact for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description An invited contact becomes active only by accepting the invite (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminCustomers: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Customer"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminCustomersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerWithLocations"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such customer for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminCustomersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    debtorNumber?: string | null;
                    /** @default null */
                    email?: string | null;
                    /** @default null */
                    phone?: string | null;
                    /** @default null */
                    address?: {
                        street: string;
                        houseNumber: string;
                        postalCode: string;
                        city: string;
                        /** @default NL */
                        country?: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminCustomersExternalIdContacts: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomerContact"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such customer for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminCustomersExternalIdContacts: {
        parameters: {
            query?: {
                /** @description The slug of the portal the invite is for, when the business runs several; else its first portal. */
                portal?: string;
            };
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "member" | "admin";
                    /** @default null */
                    phone?: string | null;
                    /**
                     * @default null
                     * @enum {string|null}
                     */
                    locale?: "nl" | "en" | null;
                    /** @default false */
                    sendInvite?: boolean;
                };
            };
        };
        responses: {
            /** @description The invited contact and their invite */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactInvitation"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such customer or portal for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The email address is in use by this business already, or a mailed invite has no page to open (the portal has no homeUrl) (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminCustomersExternalIdLocationsLocationExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
                locationExternalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    name?: string | null;
                    street: string;
                    houseNumber: string;
                    postalCode: string;
                    city: string;
                    /** @default NL */
                    country?: string;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such customer for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminDocuments: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the records of the customer with this externalId. */
                customerExternalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DocumentRecord"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminDocumentsExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the document. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRecord"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such document for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminDocumentsExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the document. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerExternalId: string;
                    objectExternalId?: string | null;
                    workOrderExternalId?: string | null;
                    title: string;
                    category?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged: the record as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRecord"];
                };
            };
            /** @description Created: the record as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRecord"];
                };
            };
            /** @description Not valid, or it refers to records this business does not have: each is named in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminDocumentsExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the document. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such document for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminDocumentsExternalIdFile: {
        parameters: {
            query?: {
                /** @description The name the customer downloads the file under; the title when left out. */
                filename?: string;
            };
            header?: never;
            path: {
                /** @description The back office’s own id of the document. */
                externalId: string;
            };
            cookie?: never;
        };
        /** @description The file, at most 20 MB */
        requestBody: {
            content: {
                "application/pdf": Blob;
                "image/jpeg": Blob;
                "image/png": Blob;
                "image/webp": Blob;
                "image/heic": Blob;
                "image/heif": Blob;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                "application/msword": Blob;
                "application/vnd.ms-excel": Blob;
            };
        };
        responses: {
            /** @description Stored, or unchanged when it is the same file again: the document with its file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentRecord"];
                };
            };
            /** @description A photo of more than 100 million pixels, or the query is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such document for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Larger than 20 MB (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not a PDF, a photo (JPEG, PNG, WebP, HEIC) or an Office document, judged by its contents (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminEvents: {
        parameters: {
            query?: {
                /** @description Resume after this event: the events since then are sent first, from the log of the last 24 hours. */
                lastEventId?: string;
            };
            header?: {
                /** @description Resume after this event: the events since then are sent first, from the log of the last 24 hours. */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream: one event per id:/data: pair, comment lines in between */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["BusinessEvent"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many streams open: by this caller, or on this server (Retry-After says when to try again) (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The server is shutting down: connect again, another server takes it (unavailable) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminInvoices: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the records of the customer with this externalId. */
                customerExternalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InvoiceRecord"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminInvoicesExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the invoice. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRecord"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such invoice for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminInvoicesExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the invoice. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerExternalId: string;
                    workOrderExternalId?: string | null;
                    number: string;
                    /** Format: date */
                    issueDate: string;
                    /** Format: date */
                    dueDate: string;
                    totalCents: number;
                    totalExclVatCents?: number | null;
                    currency: string;
                    /** @enum {string} */
                    status: "open" | "paid" | "overdue" | "credited" | "cancelled";
                    /** Format: uri */
                    paymentUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged: the record as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRecord"];
                };
            };
            /** @description Created: the record as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRecord"];
                };
            };
            /** @description Not valid, or it refers to records this business does not have: each is named in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminInvoicesExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the invoice. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such invoice for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminInvoicesExternalIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the invoice. */
                externalId: string;
            };
            cookie?: never;
        };
        /** @description The file, at most 20 MB */
        requestBody: {
            content: {
                "application/pdf": Blob;
            };
        };
        responses: {
            /** @description Stored, or unchanged when it is the same file again: the invoice with its file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRecord"];
                };
            };
            /** @description A photo of more than 100 million pixels, or the query is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such invoice for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Larger than 20 MB (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not a PDF, judged by its contents (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminObjects: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the records of the customer with this externalId. */
                customerExternalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of objects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ObjectRecord"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminObjectsExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the object. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectRecord"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such object for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminObjectsExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the object. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerExternalId: string;
                    locationExternalId?: string | null;
                    parentExternalId?: string | null;
                    name: string;
                    type?: string | null;
                    brand?: string | null;
                    model?: string | null;
                    serialNumber?: string | null;
                    /** Format: date */
                    installedAt?: string | null;
                    /** Format: date */
                    warrantyUntil?: string | null;
                    /** Format: date */
                    lastServiceAt?: string | null;
                    /** Format: date */
                    nextServiceAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged: the record as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectRecord"];
                };
            };
            /** @description Created: the record as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectRecord"];
                };
            };
            /** @description Not valid, or it refers to records this business does not have: each is named in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminObjectsExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the object. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such object for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminOrders: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the records of the customer with this externalId. */
                customerExternalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrderRecord"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminOrdersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the order. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderRecord"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminOrdersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the order. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerExternalId: string;
                    number: string;
                    /** Format: date */
                    orderedAt: string;
                    /** @enum {string} */
                    status: "open" | "confirmed" | "shipped" | "delivered" | "cancelled";
                    lines: {
                        description: string;
                        quantity: number;
                        unitPriceCents: number;
                    }[];
                    totalCents: number;
                    currency: string;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged: the record as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderRecord"];
                };
            };
            /** @description Created: the record as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderRecord"];
                };
            };
            /** @description Not valid, or it refers to records this business does not have: each is named in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminOrdersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the order. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminPortals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every portal of the business, oldest first, on one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Portal"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminPortalsSlug: {
        parameters: {
            query?: {
                /** @description 1 or true: replace the SSO secret with a new one, shown once in this answer. Needs auth.sso.enabled: true. */
                rotateSsoSecret?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default true */
                    enabled?: boolean;
                    /**
                     * @default nl
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /**
                     * Format: uri
                     * @default null
                     */
                    homeUrl?: string | null;
                    /** @default [] */
                    allowedOrigins?: string[];
                    /** @default {} */
                    branding?: {
                        /** @default #0b5cad */
                        primaryColor?: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        logoUrl?: string | null;
                    };
                    /** @default {} */
                    features?: {
                        /** @default true */
                        requests?: boolean;
                        /** @default true */
                        workOrders?: boolean;
                        /** @default true */
                        quotes?: boolean;
                        /** @default true */
                        invoices?: boolean;
                        /** @default true */
                        objects?: boolean;
                        /** @default true */
                        documents?: boolean;
                        /** @default false */
                        orders?: boolean;
                        /** @default true */
                        messages?: boolean;
                        /** @default false */
                        guestRequests?: boolean;
                        /** @default true */
                        contacts?: boolean;
                    };
                    /** @default {} */
                    workOrders?: {
                        /** @default false */
                        showPrices?: boolean;
                        /**
                         * @default [
                         *       "open",
                         *       "planned",
                         *       "in_progress",
                         *       "completed",
                         *       "cancelled"
                         *     ]
                         */
                        visibleStatuses?: ("open" | "planned" | "in_progress" | "completed" | "cancelled")[];
                    };
                    /** @default {} */
                    requestForm?: {
                        /**
                         * @default [
                         *       {
                         *         "id": "repair",
                         *         "label": {
                         *           "nl": "Storing of reparatie",
                         *           "en": "Fault or repair"
                         *         }
                         *       },
                         *       {
                         *         "id": "maintenance",
                         *         "label": {
                         *           "nl": "Onderhoud",
                         *           "en": "Maintenance"
                         *         }
                         *       },
                         *       {
                         *         "id": "installation",
                         *         "label": {
                         *           "nl": "Installatie of vervanging",
                         *           "en": "Installation or replacement"
                         *         }
                         *       },
                         *       {
                         *         "id": "other",
                         *         "label": {
                         *           "nl": "Anders",
                         *           "en": "Other"
                         *         }
                         *       }
                         *     ]
                         */
                        workTypes?: {
                            id: string;
                            label: {
                                nl: string;
                                en: string;
                            };
                        }[];
                        /** @default false */
                        requireTerms?: boolean;
                        /**
                         * Format: uri
                         * @default null
                         */
                        termsUrl?: string | null;
                        /** @default [] */
                        checklist?: {
                            id: string;
                            label: {
                                nl: string;
                                en: string;
                            };
                        }[];
                    };
                    /** @default {} */
                    notifications?: {
                        /**
                         * Format: email
                         * @default null
                         */
                        newRequestEmail?: string | null;
                        /** @default {} */
                        customerEmails?: {
                            /** @default true */
                            statusChanged?: boolean;
                            /** @default true */
                            newMessage?: boolean;
                            /** @default true */
                            newInvoice?: boolean;
                            /** @default true */
                            newQuote?: boolean;
                        };
                    };
                    /** @default {} */
                    auth?: {
                        /** @default true */
                        password?: boolean;
                        /** @default true */
                        magicLink?: boolean;
                        /** @default {} */
                        sso?: {
                            /** @default false */
                            enabled?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The portal, replaced or unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedPortal"];
                };
            };
            /** @description The portal, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedPortal"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such portal: the slug is another business’s for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminPreviewToken: {
        parameters: {
            query?: {
                /** @description The slug of the portal to preview, when the business runs several; its first portal otherwise */
                portal?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The contact whose portal to see */
                    contactId: string;
                };
            };
        };
        responses: {
            /** @description The token; every write with it answers 403 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewToken"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The business has no such contact, no portal by that slug, or no portal yet (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The contact is invited or disabled, not active (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminQuotes: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the records of the customer with this externalId. */
                customerExternalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["QuoteRecord"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminQuotesExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the quote. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRecord"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such quote for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminQuotesExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the quote. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerExternalId: string;
                    number: string;
                    title: string;
                    lines: {
                        description: string;
                        quantity: number;
                        unitPriceCents: number;
                        vatRate: number;
                    }[];
                    totalCents: number;
                    currency: string;
                    /** Format: date */
                    validUntil?: string | null;
                    /** @enum {string} */
                    status: "open" | "accepted" | "declined" | "expired" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged: the record as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRecord"];
                };
            };
            /** @description Created: the record as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRecord"];
                };
            };
            /** @description Not valid, or it refers to records this business does not have: each is named in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminQuotesExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the quote. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such quote for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminQuotesExternalIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the quote. */
                externalId: string;
            };
            cookie?: never;
        };
        /** @description The file, at most 20 MB */
        requestBody: {
            content: {
                "application/pdf": Blob;
            };
        };
        responses: {
            /** @description Stored, or unchanged when it is the same file again: the quote with its file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRecord"];
                };
            };
            /** @description A photo of more than 100 million pixels, or the query is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such quote for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Larger than 20 MB (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not a PDF, judged by its contents (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminRequests: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One or more of submitted, in_review, accepted, rejected, cancelled, separated by commas. */
                status?: string;
                /** @description Only requests changed (status, message, file) at or after this moment, such as 2026-03-02T08:00:00+01:00 */
                updatedSince?: string;
                /** @description Only requests that came in through the portal with this slug */
                portal?: string;
                /** @description Only requests of this work type (an id of the portal’s requestForm.workTypes) */
                workType?: string;
                /** @description portal: only requests of customers (sent by their contacts); guest: only guest requests */
                source?: components["schemas"]["RequestSource"] & unknown;
                /** @description Search: requests whose reference, customer name, contact name or guest name contains this text, in any case; % and _ are matched as themselves. Empty searches nothing. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminRequest"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminRequestsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRequestDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    patchAdminRequestsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: components["schemas"]["RequestStatus"];
                    /** @description Required to accept, and only then: the back office’s work order this request became */
                    workOrderExternalId?: string;
                    /** @description Shown to the customer in the request’s timeline, and in the status mail */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRequestDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not an allowed move, accepted already as another work order, or changed meanwhile (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminRequestsIdAttachmentsAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (nosniff, sandboxed) */
            200: {
                headers: {
                    /** @description attachment, with the file’s name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                    "image/heic": Blob;
                    "image/heif": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request, or file on it for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminRequestsIdCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The back office’s id for the new customer; when left out, guest- and the request’s reference (guest-KP-7F3K2Q) */
                    externalId?: string;
                    /** @description The customer’s name, such as a company’s; the guest’s name when left out */
                    name?: string;
                    /**
                     * @description Mail the guest the invite to the portal now
                     * @default false
                     */
                    invite?: boolean;
                    /** @description The slug of the portal the invite opens; the one the request came in through when left out */
                    portal?: string;
                };
            };
        };
        responses: {
            /** @description The customer, its contact with their invite, and the request as it is now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestCustomer"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request, or portal for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not a guest request (any more), a customer with this externalId or a contact with the guest’s email address exists already, or an invite to mail for a portal without a homeUrl (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminRequestsIdMessages: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminRequestsIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description The employee who writes, shown to the customer; the business’s name when left out */
                    authorName?: string;
                };
            };
        };
        responses: {
            /** @description The message; a retry with the same key answers it again */
            201: {
                headers: {
                    /** @description Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A message with this Idempotency-Key is still being processed, or the request is a guest’s: answer by mail or phone (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used for another message (idempotency_mismatch) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_mismatch";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminRequestsIdNotes: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RequestNote"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminRequestsIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The note; only the business reads it */
                    body: string;
                };
            };
        };
        responses: {
            /** @description The note */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestNote"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminStaff: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Staff"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator signed in to the console manages staff, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "admin" | "staff";
                    /**
                     * @description The language of their mail; Dutch when left out.
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                };
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator signed in to the console manages staff, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This email address is already staff of this business (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    patchAdminStaffId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role?: "admin" | "staff";
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description The staff member as they are now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator signed in to the console manages staff, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such staff member for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The last active admin cannot be demoted or disabled (reason last_admin), or an invited person cannot be activated (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Staff without two-step sign-in must set it up before they can do anything else. */
                    requireTotp: boolean;
                };
            };
        };
        responses: {
            /** @description The business as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Only an administrator (or an API key) changes the business’s settings, not role staff; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description Where deliveries are POSTed; an address in the server’s own network is refused
                     */
                    url: string;
                    events: components["schemas"]["WebhookEventType"][];
                };
            };
        };
        responses: {
            /** @description The endpoint and its secret, shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminWebhooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such webhook for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminWorkOrders: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the records of the customer with this externalId. */
                customerExternalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of work orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorkOrderRecord"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminWorkOrdersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the work order. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The work order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderRecord"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such work order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putAdminWorkOrdersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the work order. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerExternalId: string;
                    locationExternalId?: string | null;
                    objectExternalId?: string | null;
                    requestId?: string | null;
                    number: string;
                    workType?: string | null;
                    description: string;
                    /** @enum {string} */
                    status: "open" | "planned" | "in_progress" | "completed" | "cancelled";
                    statusLabel?: string | null;
                    /** Format: date-time */
                    plannedStart?: string | null;
                    /** Format: date-time */
                    plannedEnd?: string | null;
                    /** Format: date-time */
                    completedAt?: string | null;
                    totalCents?: number | null;
                };
            };
        };
        responses: {
            /** @description Updated, or unchanged: the record as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderRecord"];
                };
            };
            /** @description Created: the record as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderRecord"];
                };
            };
            /** @description Not valid, or it refers to records this business does not have: each is named in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    deleteAdminWorkOrdersExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back office’s own id of the work order. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such work order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAdminWorkOrdersExternalIdMessages: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The back office’s own id of the work order */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such work order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postAdminWorkOrdersExternalIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The back office’s own id of the work order */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description The employee who writes, shown to the customer; the business’s name when left out */
                    authorName?: string;
                };
            };
        };
        responses: {
            /** @description The message; a retry with the same key answers it again */
            201: {
                headers: {
                    /** @description Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such work order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A message with this Idempotency-Key is still being processed (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used for another message (idempotency_mismatch) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_mismatch";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthInviteAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the kp_staff session cookie is set (HttpOnly; Secure; SameSite=Strict; Path=/api) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSignedIn"];
                };
            };
            /** @description The body is not valid, the link has expired or was used (reason link_invalid), or the password is refused (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Sent from another site, or the account has been disabled (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many passwords are being checked at this moment: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    /** @description The business to sign in to, when the email is staff of several. */
                    tenantId?: string;
                };
            };
        };
        responses: {
            /** @description Signed in, a code is needed next, or a business must be chosen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSignedIn"] | components["schemas"]["StaffMfaRequired"] | components["schemas"]["StaffTenantChoice"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The email address or password is not correct (the same answer for an unknown email) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Sent from another site than this server (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts: wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when the session cookie is sent. */
                "x-requested-with"?: "klantportaal-console";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Sent from another site than this server (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getConsoleAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSignedIn"];
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not sent by the console (header or Origin), or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    patchConsoleAuthMe: {
        parameters: {
            query?: never;
            header: {
                /** @description Proves the console made the request: required on every write with the session cookie. */
                "x-requested-with": "klantportaal-console";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description null: Dutch.
                     * @enum {string|null}
                     */
                    locale?: "nl" | "en" | null;
                };
            };
        };
        responses: {
            /** @description Who is signed in, as they are now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSignedIn"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not sent by the console (header or Origin), or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthMePassword: {
        parameters: {
            query?: never;
            header: {
                /** @description Proves the console made the request: required on every write with the session cookie. */
                "x-requested-with": "klantportaal-console";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description The password is changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid, the current password is wrong (reason wrong_password), or the new one is refused (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not sent by the console (header or Origin), or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts: wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    /** @description The 6-digit code from the authenticator app, or one of the recovery codes. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the kp_staff session cookie is set (HttpOnly; Secure; SameSite=Strict; Path=/api) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSignedIn"];
                };
            };
            /** @description The body is not valid, or the code is wrong or used already (details reason wrong_code) (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The challenge has expired or was used: sign in again (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Sent from another site than this server (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts: wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted, whether or not the address is staff anywhere */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Sent from another site than this server (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts: wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The password is changed; sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid, the link has expired or was used (reason link_invalid), or the password is refused (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Sent from another site than this server (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many passwords are being checked at this moment: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthTotpConfirm: {
        parameters: {
            query?: never;
            header: {
                /** @description Proves the console made the request: required on every write with the session cookie. */
                "x-requested-with": "klantportaal-console";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 6-digit code from the authenticator app, or one of the recovery codes. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Two-step sign-in is on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRecoveryCodes"];
                };
            };
            /** @description The body is not valid, or the code is wrong (reason wrong_code) (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not sent by the console (header or Origin), or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Already on, or not set up yet (POST totp/setup first) (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthTotpDisable: {
        parameters: {
            query?: never;
            header: {
                /** @description Proves the console made the request: required on every write with the session cookie. */
                "x-requested-with": "klantportaal-console";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 6-digit code from the authenticator app, or one of the recovery codes. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Two-step sign-in is off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid, or the code is wrong (reason wrong_code) (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not sent by the console (header or Origin), or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Two-step sign-in is not on (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts: wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postConsoleAuthTotpSetup: {
        parameters: {
            query?: never;
            header: {
                /** @description Proves the console made the request: required on every write with the session cookie. */
                "x-requested-with": "klantportaal-console";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret and its otpauth:// URI */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffTotpSetup"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not sent by the console (header or Origin), or two-step sign-in must be set up first (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Two-step sign-in is already on: turn it off first (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthInviteAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the access token, its lifetime and the contact; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    /** @description kp_refresh=…; Max-Age=1209600; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh token, which the browser sends to this portal’s …/auth routes only. */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description The body is not valid, the link has expired or was used already (details[].reason link_invalid), the password is refused (details[].reason too_short, too_long, too_common or too_weak), a password is missing (reason required) or this portal signs in without one (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The contact cannot sign in (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The business disabled this contact (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts, or too many sign-ins at once: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the access token, its lifetime and the contact; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    /** @description kp_refresh=…; Max-Age=1209600; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh token, which the browser sends to this portal’s …/auth routes only. */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The email address or password is not correct: the same answer for either (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This way of signing in is switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts, or too many sign-ins at once: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthLogout: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: a page of another site cannot send it without a CORS preflight. */
                "x-requested-with": "klantportaal";
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: {
                /** @description The refresh token a sign-in set; the browser sends it. */
                kp_refresh?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    /** @description kp_refresh=; Max-Age=0; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh cookie removed. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Without the header X-Requested-With: klantportaal, or from an origin the portal does not allow (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted, whether or not the address has an account; when it has, the link is mailed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This way of signing in is switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts, or too many sign-ins at once: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthMagicLinkVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the access token, its lifetime and the contact; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    /** @description kp_refresh=…; Max-Age=1209600; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh token, which the browser sends to this portal’s …/auth routes only. */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description The body is not valid, or the link has expired or was used already (details[].reason link_invalid) (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The contact cannot sign in (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This way of signing in is switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted, whether or not the address has an account; when it has, the link is mailed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This way of signing in is switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts, or too many sign-ins at once: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The password is changed, and every session of the contact ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid, the link has expired or was used already (details[].reason link_invalid), or the password is refused (details[].reason too_short, too_long, too_common or too_weak); a refused password leaves the link usable (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This way of signing in is switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many attempts, or too many sign-ins at once: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthRefresh: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: a page of another site cannot send it without a CORS preflight. */
                "x-requested-with": "klantportaal";
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: {
                /** @description The refresh token a sign-in set; the browser sends it. */
                kp_refresh?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: the access token, its lifetime and the contact; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    /** @description kp_refresh=…; Max-Age=1209600; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh token, which the browser sends to this portal’s …/auth routes only. */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No live session for this cookie: sign in again (unauthorized) */
            401: {
                headers: {
                    /** @description kp_refresh=; Max-Age=0; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh cookie removed. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Without the header X-Requested-With: klantportaal, or from an origin the portal does not allow (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugAuthSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identityToken: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the access token, its lifetime and the contact; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    /** @description kp_refresh=…; Max-Age=1209600; Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned: the refresh token, which the browser sends to this portal’s …/auth routes only. */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The identity token was not accepted; the message says why (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Single sign-on is switched off or not set up for this portal, or the business disabled this contact (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public portal configuration; revalidated on every use (Cache-Control: no-cache) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalConfig"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug, or the business switched it off (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugContacts: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contact"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Colleagues are switched off for this portal, the contact is no administrator of their organisation, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "member" | "admin";
                    /** @enum {string} */
                    locale?: "nl" | "en";
                };
            };
        };
        responses: {
            /** @description The invited contact */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Colleagues are switched off for this portal, the contact is no administrator of their organisation, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The email address is in use by this business already, or the portal has no home page for the link (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    patchPortalSlugContactsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role?: "member" | "admin";
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description The contact, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Colleagues are switched off for this portal, the contact is no administrator of their organisation, or this is a read-only preview; or the change would disable the contact themself or end their own administrator role (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug, or no such contact of the own customer: another customer’s or business’s contacts are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description An invited contact becomes active only by accepting the invite (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugDocuments: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the documents about this object. */
                objectId?: string;
                /** @description Only the documents of this work order. */
                workOrderId?: string;
                /** @description Only the documents in this category, as the back office names it. */
                category?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalDocument"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Documents are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugDocumentsIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment, with the file’s name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                    "image/heic": Blob;
                    "image/heif": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/msword": Blob;
                    "application/vnd.ms-excel": Blob;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Documents are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no document by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugEvents: {
        parameters: {
            query?: {
                /** @description Resume after this event: the events since then are sent first, from the log of the last 24 hours. */
                lastEventId?: string;
            };
            header?: {
                /** @description Resume after this event: the events since then are sent first, from the log of the last 24 hours. */
                "last-event-id"?: string;
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream: one event per id:/data: pair, comment lines in between */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["PortalEvent"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests, messages, work orders, quotes and invoices are all switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many streams open: by this caller, or on this server (Retry-After says when to try again) (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The server is shutting down: connect again, another server takes it (unavailable) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unavailable";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugGuestRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                    phone: string;
                    address: {
                        street: string;
                        houseNumber: string;
                        postalCode: string;
                        city: string;
                        /**
                         * @description ISO 3166 two-letter code
                         * @default NL
                         */
                        country?: string;
                    };
                    /** @description One of the portal’s work types (GET /config: requestForm.workTypes) */
                    workType: string;
                    description: string;
                    /**
                     * Format: date
                     * @description From yesterday (the customer’s today may still be yesterday in UTC) to two years ahead
                     */
                    preferredDate?: string | null;
                    /** @enum {string|null} */
                    preferredPartOfDay?: "morning" | "afternoon" | "any" | null;
                    /** @description Must be true when the portal requires its terms to be accepted */
                    acceptTerms?: boolean;
                    /**
                     * @description The language of the mails the guest gets; the portal’s when left out
                     * @enum {string}
                     */
                    locale?: "nl" | "en";
                    /** @description Leave it out or empty: people never fill it in, bots do (a honeypot) */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Received; the reference to quote (a retry with the same key answers it again) */
            202: {
                headers: {
                    /** @description Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestRequestAccepted"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The portal takes no guest requests (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still being processed: retry in a moment (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used for another body (idempotency_mismatch) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_mismatch";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many guest requests from this address, or for this email address, in the last hour (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugInvoices: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One or more of open, paid, overdue, credited, cancelled, separated by commas. */
                status?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalInvoice"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Invoices are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugInvoicesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalInvoice"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Invoices are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no invoice by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugInvoicesIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment */
            200: {
                headers: {
                    /** @description attachment, with the file’s name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Invoices are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no invoice, or it has no PDF yet by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugLocations: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of locations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalLocation"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, with their customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalUser"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug, or the signed-in contact is gone (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    patchPortalSlugMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: "" | string | null;
                    /** @enum {string|null} */
                    locale?: "nl" | "en" | null;
                };
            };
        };
        responses: {
            /** @description The contact, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalUser"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A read-only preview of the portal cannot change anything (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug, or the signed-in contact is gone (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid, the current password is not correct (details[].reason wrong_password), or the new one is refused (too_short, too_long, too_common or too_weak) (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A read-only preview of the portal cannot change anything (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The account has no password yet (details[].reason no_password): use the reset link instead (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many wrong current passwords: try again after Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugObjects: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the objects at this location. */
                locationId?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of objects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalObject"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Objects are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugObjectsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalObjectDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Objects are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no object by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugOrders: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One or more of open, confirmed, shipped, delivered, cancelled, separated by commas. */
                status?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders, without their lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalOrderSummary"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Orders are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugOrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalOrder"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Orders are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no order by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalOverview"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugQuotes: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One or more of open, accepted, declined, expired, withdrawn, separated by commas. */
                status?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes, without their lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalQuoteSummary"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Quotes are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugQuotesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalQuote"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Quotes are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no quote by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugQuotesIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name of whoever accepts, typed as a signature. */
                    signedName: string;
                };
            };
        };
        responses: {
            /** @description The acceptd quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalQuote"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Quotes are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no quote by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The quote is not open any more: accepted, declined, expired or withdrawn; details name its status (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugQuotesIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description The declined quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalQuote"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Quotes are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no quote by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The quote is not open any more: accepted, declined, expired or withdrawn; details name its status (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugQuotesIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment */
            200: {
                headers: {
                    /** @description attachment, with the file’s name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Quotes are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no quote, or it has no PDF yet by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugRequests: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description open: submitted or in review; closed: accepted, rejected or cancelled */
                status?: "open" | "closed";
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalRequest"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugRequests: {
        parameters: {
            query?: never;
            header: {
                /** @description A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the portal’s work types (GET /config: requestForm.workTypes) */
                    workType: string;
                    description: string;
                    /** @description One of the customer’s addresses */
                    locationId?: string | null;
                    /** @description One of the customer’s installations */
                    objectId?: string | null;
                    /**
                     * Format: date
                     * @description From yesterday (the customer’s today may still be yesterday in UTC) to two years ahead
                     */
                    preferredDate?: string | null;
                    /** @enum {string|null} */
                    preferredPartOfDay?: "morning" | "afternoon" | "any" | null;
                    phone?: string | null;
                    /** @description Ids of the portal’s checklist items the customer ticked */
                    checklist?: string[];
                    /** @description Must be true when the portal requires its terms to be accepted */
                    acceptTerms?: boolean;
                };
            };
        };
        responses: {
            /** @description The request, with its timeline; a retry with the same key answers this again */
            201: {
                headers: {
                    /** @description Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalRequestDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still being processed: retry in a moment (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used for another body (idempotency_mismatch) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_mismatch";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many requests from this contact in the last hour (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugRequestsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalRequestDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugRequestsIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description One file in the field `file`: JPEG, PNG, WebP, HEIC or PDF (decided from its bytes), at most 10 MB; at most 5 a request. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description The stored attachment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestAttachment"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The request holds 5 files already, or is no longer submitted or in review (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The file is larger than 10 MB (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not a photo or PDF judged by its bytes, or not sent as multipart/form-data (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Too many uploads from this contact in the last hour (rate_limited) */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugRequestsIdAttachmentsAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (nosniff, sandboxed) */
            200: {
                headers: {
                    /** @description attachment, with the file’s name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                    "image/heic": Blob;
                    "image/heif": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request, or file on it for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugRequestsIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalRequestDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The request is no longer submitted, or changed meanwhile (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugRequestsIdMessages: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests or messages are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugRequestsIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The message; a retry with the same key answers it again */
            201: {
                headers: {
                    /** @description Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Requests or messages are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such request for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A message with this Idempotency-Key is still being processed: retry in a moment (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used for another message (idempotency_mismatch) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_mismatch";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugWorkOrders: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description One or more of open, planned, in_progress, completed, cancelled, separated by commas. */
                status?: string;
                /** @description Only the work orders on this object. */
                objectId?: string;
                /** @description Only the work orders at this location. */
                locationId?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of work orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalWorkOrder"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Work orders are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No portal has this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugWorkOrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The work order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalWorkOrderDetail"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Work orders are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This customer has no work order by this id (another customer’s is not found either), or there is no portal by this slug (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPortalSlugWorkOrdersIdMessages: {
        parameters: {
            query?: {
                /** @description Items per page: default 20, at most 100 (a larger number is read as 100). */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Work orders or messages are switched off for this portal (feature_disabled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such work order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    postPortalSlugWorkOrdersIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The portal’s slug, as in <klant-portaal portal="…"> */
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The message; a retry with the same key answers it again */
            201: {
                headers: {
                    /** @description Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in, or the credentials are not valid (any more) (unauthorized) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Work orders or messages are switched off for this portal, or this is a read-only preview (feature_disabled, forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "feature_disabled" | "forbidden";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such work order for this caller: another customer’s or business’s records are not found either (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description A message with this Idempotency-Key is still being processed: retry in a moment (conflict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "conflict";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The body is not sent as JSON (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used for another message (idempotency_mismatch) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_mismatch";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page with <kp-console> */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getConsolePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file’s path, such as klantportaal.js or chunks/… */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: a JavaScript module, or its source map */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such console file (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    "getOpenapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready for traffic */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Draining after SIGTERM, or the database is unreachable: send traffic elsewhere */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "draining" | "database_unreachable";
                    };
                };
            };
        };
    };
    getWidgetPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file’s path, such as klantportaal.js or chunks/… */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file: a JavaScript module, or its source map */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description The request is not valid: each field’s problem is in details (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_failed";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No such widget file (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            /** @description For people; the code is for programs. */
                            message: string;
                            /** @description Per field: where, and what is wrong. */
                            details?: {
                                /** @description The field, dotted for nested ones (lines.0.quantity). */
                                path?: string;
                                message: string;
                                /** @description A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid. */
                                reason?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
}
