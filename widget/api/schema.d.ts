/**
 * The HTTP API's types, generated from /openapi.json by `npm run api-types`: do not edit.
 * A test fails when this file no longer matches the routes.
 */

export interface paths {
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
        /** Change a contact’s role or status */
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
        /** The customers */
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
        /** One customer */
        get: operations["getAdminCustomersExternalId"];
        /** Create or update a customer */
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
        /** The customer’s portal users */
        get: operations["getAdminCustomersExternalIdContacts"];
        put?: never;
        /** Invite a portal user for the customer (?portal=<slug> when the business runs several) */
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
        /** Create or update a work address */
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
        /** The documents, newest first; ?customerExternalId= for one customer */
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
        /** Create or update a document */
        put: operations["putAdminDocumentsExternalId"];
        post?: never;
        /** Remove a document */
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
        /** Store the document’s file */
        put: operations["putAdminDocumentsExternalIdFile"];
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
        /** The invoices, newest first; ?customerExternalId= for one customer */
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
        /** Create or update a invoice */
        put: operations["putAdminInvoicesExternalId"];
        post?: never;
        /** Remove a invoice */
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
        /** Store the invoice’s file */
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
        /** The objects, newest first; ?customerExternalId= for one customer */
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
        /** Create or update a object */
        put: operations["putAdminObjectsExternalId"];
        post?: never;
        /** Remove a object */
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
        /** The orders, newest first; ?customerExternalId= for one customer */
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
        /** Create or update a order */
        put: operations["putAdminOrdersExternalId"];
        post?: never;
        /** Remove a order */
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
        /** Set a portal’s settings (the whole settings object) */
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
        /** The quotes, newest first; ?customerExternalId= for one customer */
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
        /** Create or update a quote */
        put: operations["putAdminQuotesExternalId"];
        post?: never;
        /** Remove a quote */
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
        /** Store the quote’s file */
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
        /** The inbox: requests from every portal of the business, guest requests included, newest first */
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
        /** The work orders, newest first; ?customerExternalId= for one customer */
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
        /** Create or update a work order */
        put: operations["putAdminWorkOrdersExternalId"];
        post?: never;
        /** Remove a work order */
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
    "/api/v1/portal/{slug}/auth/invite/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation */
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
         * @description Needs the refresh cookie and the header X-Requested-With: klantportaal.
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
        /** Set a new password with the reset token */
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
        /**
         * A new access token for the refresh cookie
         * @description Needs the refresh cookie and the header X-Requested-With: klantportaal.
         */
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
        /** Colleagues (customer admins only) */
        get: operations["getPortalSlugContacts"];
        put?: never;
        /** Invite a colleague */
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
        /** Change a colleague’s role or status */
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
        /**
         * The customer’s documents, newest first
         * @description Filter with ?objectId=, ?workOrderId=, ?category=.
         */
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
        /** Download a document */
        get: operations["getPortalSlugDocumentsIdFile"];
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
        /** The customer’s work addresses */
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
        /** Change the name, phone or language */
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
        /** Change the password */
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
        /**
         * The customer’s installed objects, newest first
         * @description Filter with ?locationId=.
         */
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
        /** One object, with its work orders and documents */
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
        /**
         * The customer’s orders, newest first
         * @description Filter with ?status=.
         */
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
        /** One order */
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
        /** Counts and highlights for the home view: open requests and work orders, next visit, open invoices and quotes */
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
        /**
         * The customer’s quotes, newest first
         * @description Filter with ?status=.
         */
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
        /** One quote */
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
        /** Accept an open quote */
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
        /** Decline an open quote */
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
        /**
         * The customer’s work orders, newest first
         * @description Filter with ?status=, ?objectId=, ?locationId=.
         */
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
        /** One work order, with its timeline and documents */
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
            createdAt: string;
            updatedAt: string;
        };
        Error: {
            error: {
                /** @enum {string} */
                code: "validation_failed" | "unauthorized" | "forbidden" | "feature_disabled" | "not_found" | "conflict" | "payload_too_large" | "unsupported_media_type" | "idempotency_mismatch" | "rate_limited" | "internal" | "unavailable";
                message: string;
                details?: {
                    path?: string;
                    message: string;
                    reason?: string;
                }[];
            };
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
    getAdminAudit: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                        items: {
                            id: string;
                            action: string;
                            actor: {
                                /** @enum {string} */
                                type: "contact" | "api_key" | "system" | "anonymous";
                                id: string | null;
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
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
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
            /** @description The contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminCustomers: {
        parameters: {
            query?: {
                limit?: number;
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
                content?: never;
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
                content?: never;
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
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminCustomersExternalIdContacts: {
        parameters: {
            query?: {
                limit?: number;
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
                content?: never;
            };
        };
    };
    postAdminCustomersExternalIdContacts: {
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
                    email: string;
                    name: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "member" | "admin";
                    /** @default null */
                    phone?: string | null;
                    /** @default null */
                    locale?: ("nl" | "en") | null;
                    /** @default false */
                    sendInvite?: boolean;
                };
            };
        };
        responses: {
            /** @description {contact, invite: {url, token, expiresAt}} */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminDocuments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                content?: never;
            };
        };
    };
    getAdminDocumentsExternalId: {
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
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminDocumentsExternalId: {
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
                    customerExternalId: string;
                    objectExternalId?: string | null;
                    workOrderExternalId?: string | null;
                    title: string;
                    category?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not valid; unknown references are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminDocumentsExternalId: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminDocumentsExternalIdFile: {
        parameters: {
            query?: {
                filename?: string;
            };
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        /** @description The file itself as the body: PDF, a photo or an Office document. ?filename= names it. */
        requestBody: {
            content: {
                "*/*": Blob;
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Larger than 20 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an accepted type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminInvoices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                content?: never;
            };
        };
    };
    getAdminInvoicesExternalId: {
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
            /** @description The invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminInvoicesExternalId: {
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
                    paymentUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not valid; unknown references are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminInvoicesExternalId: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminInvoicesExternalIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        /** @description The PDF itself as the body, Content-Type: application/pdf. */
        requestBody: {
            content: {
                "*/*": Blob;
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Larger than 20 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an accepted type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminObjects: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                content?: never;
            };
        };
    };
    getAdminObjectsExternalId: {
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
            /** @description The object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminObjectsExternalId: {
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
                    customerExternalId: string;
                    locationExternalId?: string | null;
                    parentExternalId?: string | null;
                    name: string;
                    type?: string | null;
                    brand?: string | null;
                    model?: string | null;
                    serialNumber?: string | null;
                    installedAt?: string | null;
                    warrantyUntil?: string | null;
                    lastServiceAt?: string | null;
                    nextServiceAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not valid; unknown references are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminObjectsExternalId: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                content?: never;
            };
        };
    };
    getAdminOrdersExternalId: {
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
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminOrdersExternalId: {
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
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not valid; unknown references are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminOrdersExternalId: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description The portals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putAdminPortalsSlug: {
        parameters: {
            query?: never;
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
                    /** @default null */
                    homeUrl?: string | null;
                    allowedOrigins?: string[];
                    /** @default {} */
                    branding?: {
                        /** @default #0b5cad */
                        primaryColor?: string;
                        /** @default null */
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
                        /** @default null */
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
                        /** @default null */
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
            /** @description The portal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The portal, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postAdminPreviewToken: {
        parameters: {
            query?: {
                portal?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        portal: string;
                        contact: {
                            id: string;
                            name: string;
                            email: string;
                        };
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The contact is not active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminQuotes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                content?: never;
            };
        };
    };
    getAdminQuotesExternalId: {
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
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminQuotesExternalId: {
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
                    validUntil?: string | null;
                    /** @enum {string} */
                    status: "open" | "accepted" | "declined" | "expired" | "withdrawn";
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not valid; unknown references are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminQuotesExternalId: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminQuotesExternalIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        /** @description The PDF itself as the body, Content-Type: application/pdf. */
        requestBody: {
            content: {
                "*/*": Blob;
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Larger than 20 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an accepted type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminRequests: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: string;
                updatedSince?: string;
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
                        items: {
                            id: string;
                            /** @description Short reference for the phone: KP-7F3K2Q */
                            reference: string;
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            workType: string;
                            description: string;
                            locationId: string | null;
                            objectId: string | null;
                            preferredDate: string | null;
                            preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                            phone: string | null;
                            checklist: string[];
                            termsAcceptedAt: string | null;
                            workOrderId: string | null;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                            /** @description ISO-8601 date and time */
                            updatedAt: string;
                            /** @description The slug of the portal it came in through */
                            portal: string;
                            /** @enum {string} */
                            source: "portal" | "guest";
                            customer: {
                                id: string;
                                externalId: string;
                                name: string;
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
                                    /** @default NL */
                                    country: string;
                                } | null;
                            } | null;
                            location: {
                                id: string;
                                externalId: string;
                                street: string;
                                houseNumber: string;
                                postalCode: string;
                                city: string;
                            } | null;
                            /** @enum {string} */
                            locale: "nl" | "en";
                            workOrderExternalId: string | null;
                        }[];
                        nextCursor: string | null;
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
                    "application/json": {
                        id: string;
                        /** @description Short reference for the phone: KP-7F3K2Q */
                        reference: string;
                        /** @enum {string} */
                        status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                        workType: string;
                        description: string;
                        locationId: string | null;
                        objectId: string | null;
                        preferredDate: string | null;
                        preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                        phone: string | null;
                        checklist: string[];
                        termsAcceptedAt: string | null;
                        workOrderId: string | null;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                        /** @description ISO-8601 date and time */
                        updatedAt: string;
                        /** @description The slug of the portal it came in through */
                        portal: string;
                        /** @enum {string} */
                        source: "portal" | "guest";
                        customer: {
                            id: string;
                            externalId: string;
                            name: string;
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
                                /** @default NL */
                                country: string;
                            } | null;
                        } | null;
                        location: {
                            id: string;
                            externalId: string;
                            street: string;
                            houseNumber: string;
                            postalCode: string;
                            city: string;
                        } | null;
                        /** @enum {string} */
                        locale: "nl" | "en";
                        workOrderExternalId: string | null;
                        attachments: {
                            id: string;
                            filename: string;
                            contentType: string;
                            /** @description bytes */
                            size: number;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        timeline: {
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            note: string | null;
                            /** @description ISO-8601 date and time */
                            at: string;
                        }[];
                        /** @description The latest 100 messages, oldest first */
                        messages: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        workOrder: {
                            id: string;
                            externalId: string;
                            number: string;
                            status: string;
                        } | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    /** @enum {string} */
                    status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                    workOrderExternalId?: string;
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
                    "application/json": {
                        id: string;
                        /** @description Short reference for the phone: KP-7F3K2Q */
                        reference: string;
                        /** @enum {string} */
                        status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                        workType: string;
                        description: string;
                        locationId: string | null;
                        objectId: string | null;
                        preferredDate: string | null;
                        preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                        phone: string | null;
                        checklist: string[];
                        termsAcceptedAt: string | null;
                        workOrderId: string | null;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                        /** @description ISO-8601 date and time */
                        updatedAt: string;
                        /** @description The slug of the portal it came in through */
                        portal: string;
                        /** @enum {string} */
                        source: "portal" | "guest";
                        customer: {
                            id: string;
                            externalId: string;
                            name: string;
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
                                /** @default NL */
                                country: string;
                            } | null;
                        } | null;
                        location: {
                            id: string;
                            externalId: string;
                            street: string;
                            houseNumber: string;
                            postalCode: string;
                            city: string;
                        } | null;
                        /** @enum {string} */
                        locale: "nl" | "en";
                        workOrderExternalId: string | null;
                        attachments: {
                            id: string;
                            filename: string;
                            contentType: string;
                            /** @description bytes */
                            size: number;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        timeline: {
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            note: string | null;
                            /** @description ISO-8601 date and time */
                            at: string;
                        }[];
                        /** @description The latest 100 messages, oldest first */
                        messages: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        workOrder: {
                            id: string;
                            externalId: string;
                            number: string;
                            status: string;
                        } | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an allowed move */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminRequestsIdMessages: {
        parameters: {
            query?: {
                limit?: number;
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
                        items: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminRequestsIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
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
                    authorName?: string;
                };
            };
        };
        responses: {
            /** @description The message */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        requestId: string | null;
                        workOrderId: string | null;
                        /** @enum {string} */
                        author: "contact" | "business";
                        authorName: string;
                        body: string;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A guest request: answer by mail or phone */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminWebhooks: {
        parameters: {
            query?: {
                limit?: number;
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
                        items: {
                            id: string;
                            url: string;
                            events: ("request.created" | "request.cancelled" | "message.created" | "quote.accepted" | "quote.declined" | "contact.activated")[];
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
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
                    /** Format: uri */
                    url: string;
                    events: ("request.created" | "request.cancelled" | "message.created" | "quote.accepted" | "quote.declined" | "contact.activated")[];
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
                    "application/json": {
                        id: string;
                        url: string;
                        events: ("request.created" | "request.cancelled" | "message.created" | "quote.accepted" | "quote.declined" | "contact.activated")[];
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                        /** @description Shown only here: keep it to verify Klantportaal-Signature */
                        secret: string;
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
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminWorkOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                content?: never;
            };
        };
    };
    getAdminWorkOrdersExternalId: {
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
            /** @description The work order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAdminWorkOrdersExternalId: {
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
                    plannedStart?: string | null;
                    plannedEnd?: string | null;
                    completedAt?: string | null;
                    totalCents?: number | null;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not valid; unknown references are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminWorkOrdersExternalId: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminWorkOrdersExternalIdMessages: {
        parameters: {
            query?: {
                limit?: number;
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
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminWorkOrdersExternalIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    authorName?: string;
                };
            };
        };
        responses: {
            /** @description The message */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        requestId: string | null;
                        workOrderId: string | null;
                        /** @enum {string} */
                        author: "contact" | "business";
                        authorName: string;
                        body: string;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugAuthInviteAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Signed in: {accessToken, expiresIn, user}; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postPortalSlugAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Signed in: {accessToken, expiresIn, user}; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postPortalSlugAuthMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Always, whether or not the address is known */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postPortalSlugAuthMagicLinkVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Signed in: {accessToken, expiresIn, user}; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, used or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Always, whether or not the address is known */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postPortalSlugAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Changed; every session ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postPortalSlugAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: {accessToken, expiresIn, user}; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No live session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugAuthSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Signed in: {accessToken, expiresIn, user}; the refresh token is set as an HttpOnly cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a valid identity token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public portal configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such portal, or switched off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugContacts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
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
                content?: never;
            };
        };
    };
    postPortalSlugContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
        };
    };
    patchPortalSlugContactsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description The contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPortalSlugDocuments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description Switched off for this portal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugDocumentsIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugGuestRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
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
                        /** @default NL */
                        country?: string;
                    };
                    workType: string;
                    description: string;
                    preferredDate?: string | null;
                    preferredPartOfDay?: ("morning" | "afternoon" | "any") | null;
                    acceptTerms?: boolean;
                    /** @enum {string} */
                    locale?: "nl" | "en";
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Received; the reference to quote */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                    };
                };
            };
            /** @description The portal takes no guest requests */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
            /** @description No such invoice, or it has no PDF yet for this caller: another customer’s or business’s records are not found either (not_found) */
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
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
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
                content?: never;
            };
        };
    };
    getPortalSlugMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchPortalSlugMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: ("" | string) | null;
                    locale?: ("nl" | "en") | null;
                };
            };
        };
        responses: {
            /** @description The contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postPortalSlugMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
        };
    };
    getPortalSlugObjects: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of installed objects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Switched off for this portal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugObjectsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object, with its work orders and documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Switched off for this portal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugOrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
        };
    };
    getPortalSlugQuotes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Switched off for this portal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugQuotesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugQuotesIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signedName: string;
                };
            };
        };
        responses: {
            /** @description The accepted quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not open, or no longer valid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugQuotesIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description Not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugQuotesIdPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugRequests: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "open" | "closed";
            };
            header?: never;
            path: {
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
                        items: {
                            id: string;
                            /** @description Short reference for the phone: KP-7F3K2Q */
                            reference: string;
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            workType: string;
                            description: string;
                            locationId: string | null;
                            objectId: string | null;
                            preferredDate: string | null;
                            preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                            phone: string | null;
                            checklist: string[];
                            termsAcceptedAt: string | null;
                            workOrderId: string | null;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                            /** @description ISO-8601 date and time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Requests are switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workType: string;
                    description: string;
                    locationId?: string | null;
                    objectId?: string | null;
                    preferredDate?: string | null;
                    preferredPartOfDay?: ("morning" | "afternoon" | "any") | null;
                    phone?: string | null;
                    checklist?: string[];
                    acceptTerms?: boolean;
                };
            };
        };
        responses: {
            /** @description The request, with its timeline */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Short reference for the phone: KP-7F3K2Q */
                        reference: string;
                        /** @enum {string} */
                        status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                        workType: string;
                        description: string;
                        locationId: string | null;
                        objectId: string | null;
                        preferredDate: string | null;
                        preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                        phone: string | null;
                        checklist: string[];
                        termsAcceptedAt: string | null;
                        workOrderId: string | null;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                        /** @description ISO-8601 date and time */
                        updatedAt: string;
                        attachments: {
                            id: string;
                            filename: string;
                            contentType: string;
                            /** @description bytes */
                            size: number;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        timeline: {
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            note: string | null;
                            /** @description ISO-8601 date and time */
                            at: string;
                        }[];
                        /** @description The latest 100 messages, oldest first; all of them through /messages */
                        messages: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        workOrder: {
                            id: string;
                            number: string;
                            status: string;
                        } | null;
                    };
                };
            };
            /** @description Not valid; details name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was used for another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugRequestsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": {
                        id: string;
                        /** @description Short reference for the phone: KP-7F3K2Q */
                        reference: string;
                        /** @enum {string} */
                        status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                        workType: string;
                        description: string;
                        locationId: string | null;
                        objectId: string | null;
                        preferredDate: string | null;
                        preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                        phone: string | null;
                        checklist: string[];
                        termsAcceptedAt: string | null;
                        workOrderId: string | null;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                        /** @description ISO-8601 date and time */
                        updatedAt: string;
                        attachments: {
                            id: string;
                            filename: string;
                            contentType: string;
                            /** @description bytes */
                            size: number;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        timeline: {
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            note: string | null;
                            /** @description ISO-8601 date and time */
                            at: string;
                        }[];
                        /** @description The latest 100 messages, oldest first; all of them through /messages */
                        messages: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        workOrder: {
                            id: string;
                            number: string;
                            status: string;
                        } | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugRequestsIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description One file in field `file`: JPEG, PNG, WebP, HEIC or PDF (decided from its bytes), at most 10 MB; at most 5 a request. */
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
                    "application/json": {
                        id: string;
                        filename: string;
                        contentType: string;
                        /** @description bytes */
                        size: number;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request holds 5 files already, or is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Larger than 10 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not a photo or PDF, or not multipart */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugRequestsIdAttachmentsAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugRequestsIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": {
                        id: string;
                        /** @description Short reference for the phone: KP-7F3K2Q */
                        reference: string;
                        /** @enum {string} */
                        status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                        workType: string;
                        description: string;
                        locationId: string | null;
                        objectId: string | null;
                        preferredDate: string | null;
                        preferredPartOfDay: ("morning" | "afternoon" | "any") | null;
                        phone: string | null;
                        checklist: string[];
                        termsAcceptedAt: string | null;
                        workOrderId: string | null;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                        /** @description ISO-8601 date and time */
                        updatedAt: string;
                        attachments: {
                            id: string;
                            filename: string;
                            contentType: string;
                            /** @description bytes */
                            size: number;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        timeline: {
                            /** @enum {string} */
                            status: "submitted" | "in_review" | "accepted" | "rejected" | "cancelled";
                            note: string | null;
                            /** @description ISO-8601 date and time */
                            at: string;
                        }[];
                        /** @description The latest 100 messages, oldest first; all of them through /messages */
                        messages: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        workOrder: {
                            id: string;
                            number: string;
                            status: string;
                        } | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No longer submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugRequestsIdMessages: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
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
                        items: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Messages are switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugRequestsIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
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
            /** @description The message */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        requestId: string | null;
                        workOrderId: string | null;
                        /** @enum {string} */
                        author: "contact" | "business";
                        authorName: string;
                        body: string;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugWorkOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description Switched off for this portal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugWorkOrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The work order, with its timeline and documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalSlugWorkOrdersIdMessages: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
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
                        items: {
                            id: string;
                            requestId: string | null;
                            workOrderId: string | null;
                            /** @enum {string} */
                            author: "contact" | "business";
                            authorName: string;
                            body: string;
                            /** @description ISO-8601 date and time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPortalSlugWorkOrdersIdMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409. */
                "Idempotency-Key"?: string;
            };
            path: {
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
            /** @description The message */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        requestId: string | null;
                        workOrderId: string | null;
                        /** @enum {string} */
                        author: "contact" | "business";
                        authorName: string;
                        body: string;
                        /** @description ISO-8601 date and time */
                        createdAt: string;
                    };
                };
            };
            /** @description Not found, or not this customer’s or business’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                    "text/html": Blob;
                };
            };
        };
    };
    getConsolePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JavaScript module */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": Blob;
                };
            };
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
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
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JavaScript module */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": Blob;
                };
            };
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
