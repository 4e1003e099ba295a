// Generated from the server's OpenAPI document by `npm run api:generate -w web`. Do not edit by hand.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            database: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password (and TOTP code when enabled) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                deputyId: string | null;
                                roles: {
                                    role: string;
                                    roleName: string;
                                    regionCode: string | null;
                                    venueId: string | null;
                                    unitId: string | null;
                                    scopeName: string;
                                }[];
                                /** @description The named role sets the user holds: what the console may offer (the server checks each request) */
                                capabilities: ("suggestions.work" | "suggestions.intake" | "suggestions.bulk_assign" | "suggestions.publish" | "contact.reveal" | "deputy.contact" | "reference.read" | "directory.browse" | "reference.edit" | "units.read" | "duty.edit" | "receptions.record" | "records.read" | "records.keep" | "projects.read" | "projects.plan" | "projects.manage" | "proposals.read" | "proposals.draft" | "proposals.register" | "proposals.handle" | "county.admin" | "partners.admin" | "integrity.work" | "any.role")[];
                                csrfToken: string;
                                mfaPending: boolean;
                                /** @description The account signed in with a temporary password: it must change it (POST /api/auth/password) first */
                                passwordMustChange: boolean;
                                totpEnabled: boolean;
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends the session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account, its roles and scopes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            deputyId: string | null;
                            roles: {
                                role: string;
                                roleName: string;
                                regionCode: string | null;
                                venueId: string | null;
                                unitId: string | null;
                                scopeName: string;
                            }[];
                            /** @description The named role sets the user holds: what the console may offer (the server checks each request) */
                            capabilities: ("suggestions.work" | "suggestions.intake" | "suggestions.bulk_assign" | "suggestions.publish" | "contact.reveal" | "deputy.contact" | "reference.read" | "directory.browse" | "reference.edit" | "units.read" | "duty.edit" | "receptions.record" | "records.read" | "records.keep" | "projects.read" | "projects.plan" | "projects.manage" | "proposals.read" | "proposals.draft" | "proposals.register" | "proposals.handle" | "county.admin" | "partners.admin" | "integrity.work" | "any.role")[];
                            csrfToken: string;
                            mfaPending: boolean;
                            /** @description The account signed in with a temporary password: it must change it (POST /api/auth/password) first */
                            passwordMustChange: boolean;
                            totpEnabled: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s password (policy: 8+ characters of 3 classes, none of the last 5) */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment: a new secret, its otpauth URL and QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUrl: string;
                            qrSvg: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP enrolment with a current code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn TOTP off (needs a current code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Region tree: county, towns/subdistricts, villages/communities (12-digit codes) */
        get: {
            parameters: {
                query?: {
                    level?: "county" | "town" | "village";
                    /** @description 12-digit statistical region code */
                    parentCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Also list regions retired from the national codes */
                    includeRetired?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string | null;
                                /** @enum {unknown} */
                                level: "county" | "town" | "village";
                                kind: string;
                                parentCode: string | null;
                                lat: number | null;
                                lng: number | null;
                                active: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Social-governance grids in the caller’s scope */
        get: {
            parameters: {
                query?: {
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                                townCode: string | null;
                                townName: string | null;
                                deputyCount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liaison venues (station, point, window, post, mobile) in the caller’s scope */
        get: {
            parameters: {
                query?: {
                    kind?: "station" | "point" | "window" | "post" | "mobile";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                /** @enum {unknown} */
                                kind: "station" | "point" | "window" | "post" | "mobile";
                                name: string;
                                regionCode: string;
                                regionName: string;
                                townCode: string | null;
                                townName: string | null;
                                address: string;
                                lat: number | null;
                                lng: number | null;
                                receptionHours: string;
                                description: string;
                                active: boolean;
                                deputyCount: number;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a venue (county admin; town staff within their town) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {unknown} */
                        kind: "station" | "point" | "window" | "post" | "mobile";
                        name: string;
                        /** @description 12-digit statistical region code */
                        regionCode: string;
                        address?: string;
                        lat?: number | null;
                        lng?: number | null;
                        receptionHours?: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            /** @enum {unknown} */
                            kind: "station" | "point" | "window" | "post" | "mobile";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            townCode: string | null;
                            townName: string | null;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            receptionHours: string;
                            description: string;
                            active: boolean;
                            deputyCount: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/venues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One venue (404 outside the caller’s scope) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            /** @enum {unknown} */
                            kind: "station" | "point" | "window" | "post" | "mobile";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            townCode: string | null;
                            townName: string | null;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            receptionHours: string;
                            description: string;
                            active: boolean;
                            deputyCount: number;
                            version: number;
                            /** @description What the caller may do with this venue */
                            allowedActions: "update"[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a venue (optimistic concurrency on version) */
        patch: {
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
                        /** @description The version you read; a stale version answers 409 */
                        version: number;
                        /** @enum {unknown} */
                        kind?: "station" | "point" | "window" | "post" | "mobile";
                        name?: string;
                        /** @description 12-digit statistical region code */
                        regionCode?: string;
                        address?: string;
                        lat?: number | null;
                        lng?: number | null;
                        receptionHours?: string;
                        description?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            /** @enum {unknown} */
                            kind: "station" | "point" | "window" | "post" | "mobile";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            townCode: string | null;
                            townName: string | null;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            receptionHours: string;
                            description: string;
                            active: boolean;
                            deputyCount: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deputies in the caller’s scope (phone masked) */
        get: {
            parameters: {
                query?: {
                    level?: "national" | "provincial" | "city" | "county" | "town";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    groupId?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {unknown} */
                                gender: "male" | "female";
                                birthYear: number | null;
                                ethnicity: string;
                                party: string;
                                occupation: string;
                                organisation: string;
                                regionCode: string;
                                regionName: string;
                                townCode: string | null;
                                townName: string | null;
                                phoneMasked: string | null;
                                memberships: {
                                    /** @enum {unknown} */
                                    level: "national" | "provincial" | "city" | "county" | "town";
                                    term: number;
                                    constituency: string;
                                }[];
                                active: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deputy with memberships, groups, venues and grids */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {unknown} */
                            gender: "male" | "female";
                            birthYear: number | null;
                            ethnicity: string;
                            party: string;
                            occupation: string;
                            organisation: string;
                            regionCode: string;
                            regionName: string;
                            townCode: string | null;
                            townName: string | null;
                            phoneMasked: string | null;
                            memberships: {
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "city" | "county" | "town";
                                term: number;
                                constituency: string;
                            }[];
                            active: boolean;
                        } & {
                            bio: string;
                            groups: {
                                id: string;
                                name: string;
                            }[];
                            venues: {
                                id: string;
                                name: string;
                            }[];
                            grids: {
                                id: string;
                                name: string;
                            }[];
                            /** @description What the caller may do with this deputy */
                            allowedActions: "reveal"[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputies/{id}/reveal-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal a deputy’s phone number (audited) */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputy-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deputy groups (代表小组), organised by liaison station */
        get: {
            parameters: {
                query?: {
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                                venueId: string | null;
                                venueName: string | null;
                                leaderName: string | null;
                                memberCount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Handling units: 一府一委两院 departments, town governments, 一室四平台 platforms */
        get: {
            parameters: {
                query?: {
                    kind?: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                                platformType: string | null;
                                platformTypeName: string | null;
                                regionCode: string;
                                regionName: string;
                                active: boolean;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a handling unit (county admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {unknown} */
                        kind: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                        /** @description 12-digit statistical region code */
                        regionCode: string;
                        platformType?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {unknown} */
                            kind: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                            platformType: string | null;
                            platformTypeName: string | null;
                            regionCode: string;
                            regionName: string;
                            active: boolean;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The town platform types (一室四平台), kept as data */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
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
        /** Change, retire or restore a handling unit (county admins; optimistic concurrency on version) */
        patch: {
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
                        /** @description The version you read; a stale version answers 409 */
                        version: number;
                        name?: string;
                        /** @enum {unknown} */
                        kind?: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                        /** @description 12-digit statistical region code */
                        regionCode?: string;
                        platformType?: string | null;
                        /** @description false retires the unit, true restores it */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {unknown} */
                            kind: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                            platformType: string | null;
                            platformTypeName: string | null;
                            regionCode: string;
                            regionName: string;
                            active: boolean;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first (county admins) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: string;
                                /** Format: date-time */
                                at: string;
                                actorId: string | null;
                                actorName: string;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                result: string;
                                requestId: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import regions from .xlsx or .csv: every bad row is reported and nothing is imported if any row is bad */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                            dryRun: boolean;
                            changes?: {
                                /** @enum {unknown} */
                                change: "added" | "changed" | "retired" | "restored";
                                key: string;
                                label: string;
                                previous: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/regions/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blank .xlsx template for importing regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import venues from .xlsx or .csv: every bad row is reported and nothing is imported if any row is bad */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                            dryRun: boolean;
                            changes?: {
                                /** @enum {unknown} */
                                change: "added" | "changed" | "retired" | "restored";
                                key: string;
                                label: string;
                                previous: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/venues/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blank .xlsx template for importing venues */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import deputies from .xlsx or .csv: every bad row is reported and nothing is imported if any row is bad */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                            dryRun: boolean;
                            changes?: {
                                /** @enum {unknown} */
                                change: "added" | "changed" | "retired" | "restored";
                                key: string;
                                label: string;
                                previous: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/deputies/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blank .xlsx template for importing deputies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the regions list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    level?: "county" | "town" | "village";
                    /** @description 12-digit statistical region code */
                    parentCode?: string;
                    q?: string;
                    /** @description Also list regions retired from the national codes */
                    includeRetired?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the grids list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the venues list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    kind?: "station" | "point" | "window" | "post" | "mobile";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the deputies list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    level?: "national" | "provincial" | "city" | "county" | "town";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    groupId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/deputy-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the deputy-groups list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the units list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    kind?: "department" | "supervisory" | "court" | "procuratorate" | "town_government" | "platform";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the audit list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the suggestions list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query?: {
                    status?: ("submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed")[];
                    channel?: "station" | "mobile" | "online" | "grid" | "mediation" | "external" | "supervision";
                    tier?: "town" | "county" | "proposal";
                    regionCode?: string;
                    unitId?: string;
                    deputyId?: string;
                    venueId?: string;
                    category?: string;
                    overdue?: boolean;
                    /** @description 关注度高: support at or above the threshold */
                    highAttention?: boolean;
                    /** @description support: the most supported first */
                    sort?: "support";
                    q?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/deputy-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the deputy-records list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query: {
                    /** @description The year, in county time */
                    year: number;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    /** @description Name or code */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/project-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the project-progress list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM, county time */
                    month: string;
                    projectId?: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the proposals list (same filters as the list) as .xlsx */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff and deputy accounts (county admins) */
        get: {
            parameters: {
                query?: {
                    role?: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                deputyId: string | null;
                                active: boolean;
                                locked: boolean;
                                totpEnabled: boolean;
                                lastLoginAt: string | null;
                                /** @description Holds a temporary password an administrator issued, not yet replaced by its holder */
                                passwordMustChange: boolean;
                                roles: {
                                    /** @enum {unknown} */
                                    role: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                                    roleName: string;
                                    regionCode: string | null;
                                    venueId: string | null;
                                    unitId: string | null;
                                    scopeName: string;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an account with its roles and scopes (county admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        password: string;
                        /** Format: uuid */
                        deputyId?: string;
                        roles: {
                            /** @enum {unknown} */
                            role: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                            regionCode?: string;
                            /** Format: uuid */
                            venueId?: string;
                            /** Format: uuid */
                            unitId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            deputyId: string | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            /** @description Holds a temporary password an administrator issued, not yet replaced by its holder */
                            passwordMustChange: boolean;
                            roles: {
                                /** @enum {unknown} */
                                role: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                                roleName: string;
                                regionCode: string | null;
                                venueId: string | null;
                                unitId: string | null;
                                scopeName: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
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
        /** Change an account: name, roles, disable/enable, unlock, set a new password (county admins) */
        patch: {
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
                        displayName?: string;
                        active?: boolean;
                        roles?: {
                            /** @enum {unknown} */
                            role: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                            regionCode?: string;
                            /** Format: uuid */
                            venueId?: string;
                            /** Format: uuid */
                            unitId?: string;
                        }[];
                        unlock?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            deputyId: string | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            /** @description Holds a temporary password an administrator issued, not yet replaced by its holder */
                            passwordMustChange: boolean;
                            roles: {
                                /** @enum {unknown} */
                                role: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                                roleName: string;
                                regionCode: string | null;
                                venueId: string | null;
                                unitId: string | null;
                                scopeName: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a temporary password, shown once; the holder must change it at the next sign-in (county admins) */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Shown once: only its hash is stored. The holder must replace it at the next sign-in. */
                            temporaryPassword: string;
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                deputyId: string | null;
                                active: boolean;
                                locked: boolean;
                                totpEnabled: boolean;
                                lastLoginAt: string | null;
                                /** @description Holds a temporary password an administrator issued, not yet replaced by its holder */
                                passwordMustChange: boolean;
                                roles: {
                                    /** @enum {unknown} */
                                    role: "county_admin" | "town_staff" | "station_staff" | "deputy" | "unit_staff" | "integrity_liaison";
                                    roleName: string;
                                    regionCode: string | null;
                                    venueId: string | null;
                                    unitId: string | null;
                                    scopeName: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working-day calendar for a range of days (at most 400) · 工作日历 */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    from: string;
                    /** @description YYYY-MM-DD (China Standard Time) */
                    to: string;
                    /** @description Default: the whole list */
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                day: string;
                                workday: boolean;
                                /** @description workday · rest (weekend) · holiday (法定节假日/补休) · makeup (调休上班) */
                                kind: "workday" | "rest" | "holiday" | "makeup";
                                /** @description statutory: the published calendar; notice: the State Council's notice as the county entered it; provisional: computed from the law, until the notice is entered; override: the county’s correction */
                                source: "statutory" | "notice" | "provisional" | "override";
                                /** @description True until the State Council's notice for the day's year is entered */
                                provisional: boolean;
                                /** @description Holiday or make-up day name, or the override note */
                                name?: string;
                                nameEn?: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's holidays and make-up days, and whether they are provisional · 年度放假安排 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            status: "statutory" | "notice" | "provisional";
                            message: {
                                zh: string;
                                en: string;
                            };
                            notice: {
                                title: string;
                                /** Format: date-time */
                                enteredAt: string;
                                enteredBy: string | null;
                            } | null;
                            /** @description The holidays and make-up working days of the year */
                            days: {
                                day: string;
                                workday: boolean;
                                /** @description workday · rest (weekend) · holiday (法定节假日/补休) · makeup (调休上班) */
                                kind: "workday" | "rest" | "holiday" | "makeup";
                                /** @description statutory: the published calendar; notice: the State Council's notice as the county entered it; provisional: computed from the law, until the notice is entered; override: the county’s correction */
                                source: "statutory" | "notice" | "provisional" | "override";
                                /** @description True until the State Council's notice for the day's year is entered */
                                provisional: boolean;
                                /** @description Holiday or make-up day name, or the override note */
                                name?: string;
                                nameEn?: string;
                            }[];
                            /** @description Open items whose deadlines were recomputed */
                            recomputed?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/notices/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the State Council's notice for a year: its holidays and 调休 make-up days (county admins) · 录入放假通知 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 国务院办公厅关于2027年部分节假日安排的通知 */
                        title: string;
                        days: {
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            /**
                             * @description holiday (放假) · makeup (调休上班)
                             * @enum {unknown}
                             */
                            kind: "holiday" | "makeup";
                            /** @description 元旦, 春节 … */
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            status: "statutory" | "notice" | "provisional";
                            message: {
                                zh: string;
                                en: string;
                            };
                            notice: {
                                title: string;
                                /** Format: date-time */
                                enteredAt: string;
                                enteredBy: string | null;
                            } | null;
                            /** @description The holidays and make-up working days of the year */
                            days: {
                                day: string;
                                workday: boolean;
                                /** @description workday · rest (weekend) · holiday (法定节假日/补休) · makeup (调休上班) */
                                kind: "workday" | "rest" | "holiday" | "makeup";
                                /** @description statutory: the published calendar; notice: the State Council's notice as the county entered it; provisional: computed from the law, until the notice is entered; override: the county’s correction */
                                source: "statutory" | "notice" | "provisional" | "override";
                                /** @description True until the State Council's notice for the day's year is entered */
                                provisional: boolean;
                                /** @description Holiday or make-up day name, or the override note */
                                name?: string;
                                nameEn?: string;
                            }[];
                            /** @description Open items whose deadlines were recomputed */
                            recomputed?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a day as a working day or a day off (county admins) · 设置调休/节假日 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        kind: "workday" | "holiday";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            workday: boolean;
                            /** @description workday · rest (weekend) · holiday (法定节假日/补休) · makeup (调休上班) */
                            kind: "workday" | "rest" | "holiday" | "makeup";
                            /** @description statutory: the published calendar; notice: the State Council's notice as the county entered it; provisional: computed from the law, until the notice is entered; override: the county’s correction */
                            source: "statutory" | "notice" | "provisional" | "override";
                            /** @description True until the State Council's notice for the day's year is entered */
                            provisional: boolean;
                            /** @description Holiday or make-up day name, or the override note */
                            name?: string;
                            nameEn?: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove an override: the statutory calendar applies again (county admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/office-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's office hours and same-day cut-off · 办公时间 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 08:30-12:00,13:30-17:30 */
                            regular: string;
                            summer?: {
                                /** @description MM-DD */
                                from: string;
                                /** @description MM-DD */
                                to: string;
                                hours: string;
                            } | null;
                            sameDayCutoff?: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the office hours, summer hours and same-day cut-off (county admins) · 设置办公时间 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 08:30-12:00,13:30-17:30 */
                        regular: string;
                        summer?: {
                            /** @description MM-DD */
                            from: string;
                            /** @description MM-DD */
                            to: string;
                            hours: string;
                        } | null;
                        sameDayCutoff?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 08:30-12:00,13:30-17:30 */
                            regular: string;
                            summer?: {
                                /** @description MM-DD */
                                from: string;
                                /** @description MM-DD */
                                to: string;
                                hours: string;
                            } | null;
                            sameDayCutoff?: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time limits per tier and category · 办理时限 */
        get: {
            parameters: {
                query?: {
                    /** @description Default: the whole list */
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                tier: "default" | "town" | "county" | "proposal";
                                category: string | null;
                                categoryName: string | null;
                                completionWorkingDays: number;
                                maxExtensionWorkingDays: number;
                                escalateAfterWorkingDays: number;
                                ratingWindowDays: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the time limits of a tier, optionally for one category (county admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tier: "default" | "town" | "county" | "proposal";
                        category?: string | null;
                        completionWorkingDays: number;
                        maxExtensionWorkingDays: number;
                        escalateAfterWorkingDays: number;
                        ratingWindowDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tier: "default" | "town" | "county" | "proposal";
                            category: string | null;
                            categoryName: string | null;
                            completionWorkingDays: number;
                            maxExtensionWorkingDays: number;
                            escalateAfterWorkingDays: number;
                            ratingWindowDays: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s queue: items in their scope (county, town, station, deputy inbox, unit), overdue first */
        get: {
            parameters: {
                query?: {
                    status?: ("submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed")[];
                    channel?: "station" | "mobile" | "online" | "grid" | "mediation" | "external" | "supervision";
                    tier?: "town" | "county" | "proposal";
                    regionCode?: string;
                    unitId?: string;
                    deputyId?: string;
                    venueId?: string;
                    category?: string;
                    overdue?: boolean;
                    /** @description 关注度高: support at or above the threshold */
                    highAttention?: boolean;
                    /** @description support: the most supported first */
                    sort?: "support";
                    q?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {unknown} */
                                channel: "station" | "mobile" | "online" | "grid" | "mediation" | "external" | "supervision";
                                tier: ("town" | "county" | "proposal") | null;
                                regionCode: string;
                                regionName: string;
                                regionNameEn: string | null;
                                townCode: string | null;
                                townName: string | null;
                                townNameEn: string | null;
                                category: string | null;
                                categoryName: string | null;
                                categoryNameEn: string | null;
                                excerpt: string;
                                /** Format: date-time */
                                receivedAt: string;
                                dueAt: string | null;
                                overdue: boolean;
                                leadUnitId: string | null;
                                leadUnitName: string | null;
                                contactPhoneMasked: string | null;
                                urgeCount: number;
                                escalated: boolean;
                                extensionRequested: boolean;
                                mergedIntoId: string | null;
                                venueId: string | null;
                                deputyId: string | null;
                                /** @description 附议: supports, plus the items merged into this one and theirs */
                                supportCount: number;
                                /** @description 关注度高: the support count has reached the county’s threshold */
                                highAttention: boolean;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Staff intake on behalf of a citizen (station reception, mobile rounds, grid report, mediation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        channel: "station" | "mobile" | "grid" | "mediation";
                        content: string;
                        category?: string;
                        /** Format: uuid */
                        venueId?: string;
                        /** Format: uuid */
                        deputyId?: string;
                        regionCode?: string;
                        location?: {
                            lat: number;
                            lng: number;
                        };
                        contact?: {
                            name?: string;
                            phone?: string;
                        };
                        photoIds?: string[];
                        /** @description The citizen agrees that the opinion and its answer may be published without their name, phone and other personal data (default false) */
                        publishConsent?: boolean;
                        /** @enum {boolean} */
                        consent: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            trackingCode: string;
                            accessToken: string;
                            trackingUrl: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item: content, timeline, units, duplicates and the actions the caller may take */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {unknown} */
                            channel: "station" | "mobile" | "online" | "grid" | "mediation" | "external" | "supervision";
                            tier: ("town" | "county" | "proposal") | null;
                            content: string;
                            category: string | null;
                            categoryName: string | null;
                            categoryNameEn: string | null;
                            regionCode: string;
                            regionName: string;
                            regionNameEn: string | null;
                            townCode: string | null;
                            townName: string | null;
                            townNameEn: string | null;
                            venue: {
                                id: string;
                                name: string;
                            } | null;
                            deputy: {
                                id: string;
                                name: string;
                            } | null;
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            contactNameMasked: string | null;
                            contactPhoneMasked: string | null;
                            canRevealContact: boolean;
                            units: {
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                role: "lead" | "co";
                            }[];
                            answer: string | null;
                            unitAnswer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            ratingComment: string | null;
                            rejectReason: ("invalid" | "out_of_scope" | "duplicate") | null;
                            mergedInto: {
                                id: string;
                                trackingCode: string;
                            } | null;
                            mergedFollowers: {
                                id: string;
                                trackingCode: string;
                            }[];
                            duplicates: {
                                id: string;
                                trackingCode: string;
                                score: number;
                                excerpt: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            }[];
                            photos: {
                                id: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            attachments: {
                                id: string;
                                url: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            timestamps: {
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                clockStartAt: string;
                                /** Format: date-time */
                                sameDayDueAt: string;
                                acceptedAt: string | null;
                                routedAt: string | null;
                                acknowledgedAt: string | null;
                                assignedAt: string | null;
                                signedAt: string | null;
                                repliedAt: string | null;
                                reviewedAt: string | null;
                                feedbackAt: string | null;
                                closedAt: string | null;
                                dueAt: string | null;
                            };
                            dueAt: string | null;
                            overdue: boolean;
                            extensionRequest: {
                                days: number;
                                reason: string;
                            } | null;
                            reopenCount: number;
                            urgeCount: number;
                            escalatedAt: string | null;
                            allowedActions: ("accept" | "reject" | "merge" | "answer_on_spot" | "route" | "assign" | "return" | "sign" | "start" | "request_extension" | "decide_extension" | "urge" | "escalate" | "reply" | "review" | "send_back" | "give_feedback" | "rate" | "close_unrated" | "reopen" | "reschedule" | "note")[];
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                action: "submit" | "accept" | "reject" | "merge" | "answer_on_spot" | "route" | "assign" | "return" | "sign" | "start" | "request_extension" | "decide_extension" | "urge" | "escalate" | "reply" | "review" | "send_back" | "give_feedback" | "rate" | "close_unrated" | "reopen" | "reschedule" | "note";
                                actionLabel: {
                                    zh: string;
                                    en: string;
                                };
                                fromStatus: ("submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed") | null;
                                /** @enum {unknown} */
                                toStatus: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                actorName: string;
                                public: boolean;
                                note: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 · Accept */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理 · Reject */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note: string;
                        /** @enum {unknown} */
                        reason: "invalid" | "out_of_scope";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 并单 · Merge into another */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        /** Format: uuid */
                        primaryId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/answer-on-spot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 当场答复 · Answer on the spot */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        answer: string;
                        /** @enum {unknown} */
                        outcome?: "A" | "B" | "C" | "D";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 流转 · Route */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        /** @enum {unknown} */
                        tier: "town" | "county" | "proposal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交办 · Assign */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        /** Format: uuid */
                        leadUnitId: string;
                        coUnitIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退单 · Return */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收 · Sign for */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始办理 · Start handling */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延期 · Request extension */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note: string;
                        days: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/decide-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批延期 · Decide extension */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        approve: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 · Urge */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办 · Escalate */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复 · Reply */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        answer: string;
                        /** @enum {unknown} */
                        outcome: "A" | "B" | "C" | "D";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 · Approve the reply */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                        /** @description The corrected wording the citizen will read */
                        answer?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回重办 · Send back */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/give-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反馈群众 · Send the answer */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 备注 · Note */
        post: {
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
                        /** @description The version you read; a stale one answers 409 */
                        version?: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign several routed items to the same units; each item succeeds or fails on its own */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        /** Format: uuid */
                        leadUnitId: string;
                        coUnitIds?: string[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                ok: boolean;
                                /** @enum {unknown} */
                                status?: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                code?: string;
                                message?: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/reveal-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal the citizen’s name and phone (intake staff only; audited) */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a photo to the reply (lead unit while handling; reviewing staff before sending): multipart field "file" */
        post: {
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            width: number | null;
                            height: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of an item (re-encoded JPEG, no metadata) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload one photo (multipart field "file"; JPEG, PNG or WebP by content; ≤ 10 MB); re-encoded without EXIF/GPS */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            width: number;
                            height: number;
                            byteSize: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an opinion or suggestion (no account). Retrying with the same Idempotency-Key creates nothing new. */
        post: {
            parameters: {
                query?: never;
                header: {
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        category?: string;
                        /** Format: uuid */
                        venueId?: string;
                        /** Format: uuid */
                        deputyId?: string;
                        regionCode?: string;
                        location?: {
                            lat: number;
                            lng: number;
                        };
                        contact?: {
                            name?: string;
                            phone?: string;
                        };
                        photoIds?: string[];
                        /** @description The citizen agrees that the opinion and its answer may be published without their name, phone and other personal data (default false) */
                        publishConsent?: boolean;
                        /**
                         * @description Consent to the personal-information notice
                         * @enum {boolean}
                         */
                        consent: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingCode: string;
                            accessToken: string;
                            trackingUrl: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/suggestions/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Track a submission with its secret access token (header X-Access-Token); public events only */
        get: {
            parameters: {
                query?: never;
                header: {
                    "x-access-token": string;
                };
                path: {
                    trackingCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            content: string;
                            category: string | null;
                            /** Format: date-time */
                            submittedAt: string;
                            regionName: string;
                            venueName: string | null;
                            deputyName: string | null;
                            unitName: string | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            canRate: boolean;
                            canReopen: boolean;
                            mergedInto: {
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            } | null;
                            photoIds: string[];
                            attachmentIds: string[];
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                action: "submit" | "accept" | "reject" | "merge" | "answer_on_spot" | "route" | "assign" | "return" | "sign" | "start" | "request_extension" | "decide_extension" | "urge" | "escalate" | "reply" | "review" | "send_back" | "give_feedback" | "rate" | "close_unrated" | "reopen" | "reschedule" | "note";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                note: string | null;
                            }[];
                            /** @description Whether the citizen agreed to publication without personal data (办理结果公开) */
                            publishConsent: boolean;
                            publicUrl: string | null;
                            /** @description Formal deputy proposals (代表建议) that took the item up, from their submission */
                            proposals: {
                                title: string;
                                /** @description The proposal’s state (代表建议), e.g. registered */
                                status: string;
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                leadDeputyName: string;
                                answer: string | null;
                                outcome: ("A" | "B" | "C" | "D") | null;
                                answeredAt: string | null;
                            }[];
                            nextSteps: {
                                /** Format: date-time */
                                acceptBy: string;
                                /** @description Working days the handling unit has to answer once the item is assigned */
                                answerWithinWorkingDays: number;
                                answerBy: string | null;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/suggestions/{trackingCode}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the answer: 满意 satisfied / 基本满意 basically satisfied / 不满意 dissatisfied */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-access-token": string;
                };
                path: {
                    trackingCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            content: string;
                            category: string | null;
                            /** Format: date-time */
                            submittedAt: string;
                            regionName: string;
                            venueName: string | null;
                            deputyName: string | null;
                            unitName: string | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            canRate: boolean;
                            canReopen: boolean;
                            mergedInto: {
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            } | null;
                            photoIds: string[];
                            attachmentIds: string[];
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                action: "submit" | "accept" | "reject" | "merge" | "answer_on_spot" | "route" | "assign" | "return" | "sign" | "start" | "request_extension" | "decide_extension" | "urge" | "escalate" | "reply" | "review" | "send_back" | "give_feedback" | "rate" | "close_unrated" | "reopen" | "reschedule" | "note";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                note: string | null;
                            }[];
                            /** @description Whether the citizen agreed to publication without personal data (办理结果公开) */
                            publishConsent: boolean;
                            publicUrl: string | null;
                            /** @description Formal deputy proposals (代表建议) that took the item up, from their submission */
                            proposals: {
                                title: string;
                                /** @description The proposal’s state (代表建议), e.g. registered */
                                status: string;
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                leadDeputyName: string;
                                answer: string | null;
                                outcome: ("A" | "B" | "C" | "D") | null;
                                answeredAt: string | null;
                            }[];
                            nextSteps: {
                                /** Format: date-time */
                                acceptBy: string;
                                /** @description Working days the handling unit has to answer once the item is assigned */
                                answerWithinWorkingDays: number;
                                answerBy: string | null;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/suggestions/{trackingCode}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the item to be handled again (once, within the rating window) */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-access-token": string;
                };
                path: {
                    trackingCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            content: string;
                            category: string | null;
                            /** Format: date-time */
                            submittedAt: string;
                            regionName: string;
                            venueName: string | null;
                            deputyName: string | null;
                            unitName: string | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            canRate: boolean;
                            canReopen: boolean;
                            mergedInto: {
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            } | null;
                            photoIds: string[];
                            attachmentIds: string[];
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                action: "submit" | "accept" | "reject" | "merge" | "answer_on_spot" | "route" | "assign" | "return" | "sign" | "start" | "request_extension" | "decide_extension" | "urge" | "escalate" | "reply" | "review" | "send_back" | "give_feedback" | "rate" | "close_unrated" | "reopen" | "reschedule" | "note";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                note: string | null;
                            }[];
                            /** @description Whether the citizen agreed to publication without personal data (办理结果公开) */
                            publishConsent: boolean;
                            publicUrl: string | null;
                            /** @description Formal deputy proposals (代表建议) that took the item up, from their submission */
                            proposals: {
                                title: string;
                                /** @description The proposal’s state (代表建议), e.g. registered */
                                status: string;
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                leadDeputyName: string;
                                answer: string | null;
                                outcome: ("A" | "B" | "C" | "D") | null;
                                answeredAt: string | null;
                            }[];
                            nextSteps: {
                                /** Format: date-time */
                                acceptBy: string;
                                /** @description Working days the handling unit has to answer once the item is assigned */
                                answerWithinWorkingDays: number;
                                answerBy: string | null;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/suggestions/{trackingCode}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of one’s own submission */
        get: {
            parameters: {
                query?: never;
                header: {
                    "x-access-token": string;
                };
                path: {
                    trackingCode: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/suggestions/{trackingCode}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo the unit attached to its answer (once the answer has reached the citizen) */
        get: {
            parameters: {
                query?: never;
                header: {
                    "x-access-token": string;
                };
                path: {
                    trackingCode: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this installation can send recovery codes by SMS, before anyone asks for one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false when this installation cannot send SMS (no webhook): the same for every phone number */
                            smsAvailable: boolean;
                            codeValidMinutes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/recovery/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a one-time code by SMS to find one’s items by phone; the same answer whatever the number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The phone number given with the items */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false when this installation cannot send SMS (no webhook): the same for every phone number */
                            smsAvailable: boolean;
                            codeValidMinutes: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/recovery/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter the code received by SMS: one’s items, each with a new access key (the original links keep working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The phone number given with the items */
                        phone: string;
                        /** @description The 6-digit code received by SMS */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                trackingCode: string;
                                /** @description A new access key for this item (the original link keeps working) */
                                accessToken: string;
                                trackingUrl: string;
                                /** Format: date-time */
                                submittedAt: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duty slots in a date range, in my scope (mine=true: my own, as a deputy) · 排班 */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    from: string;
                    /** @description YYYY-MM-DD (China Standard Time) */
                    to: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    venueId?: string;
                    deputyId?: string;
                    mine?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (China Standard Time) */
                            from: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            to: string;
                            slots: {
                                /** Format: uuid */
                                id: string;
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                    address: string;
                                };
                                regionName: string;
                                townCode: string | null;
                                /** @description YYYY-MM-DD (China Standard Time) */
                                day: string;
                                ruleDay: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "held" | "cancelled";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                changeReason: {
                                    zh: string;
                                    en: string;
                                } | null;
                                moved: boolean;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    swappedFor: string | null;
                                }[];
                                version: number;
                                manual: boolean;
                                allowedActions: string[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duty rules of the venues in my scope · 排班规则 */
        get: {
            parameters: {
                query?: {
                    venueId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                /** Format: uuid */
                                id: string;
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {unknown} */
                                kind: "monthly" | "weekly";
                                dayOfMonth: number | null;
                                weekday: number | null;
                                /** @description HH:MM, the county’s time */
                                startsAt: string;
                                /** @description HH:MM, the county’s time */
                                endsAt: string;
                                /** @description YYYY-MM-DD (China Standard Time) */
                                validFrom: string;
                                validUntil: string | null;
                                /** @enum {unknown} */
                                onDayOff: "next_workday" | "previous_workday" | "cancel";
                                note: string;
                                active: boolean;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                summary: {
                                    zh: string;
                                    en: string;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a recurring duty rule to a venue; its slots are placed on the calendar */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        venueId: string;
                        /** @enum {unknown} */
                        kind: "monthly" | "weekly";
                        dayOfMonth?: number | null;
                        weekday?: number | null;
                        /** @description HH:MM, the county’s time */
                        startsAt: string;
                        /** @description HH:MM, the county’s time */
                        endsAt: string;
                        /** @description YYYY-MM-DD (China Standard Time) */
                        validFrom: string;
                        validUntil?: string | null;
                        /** @enum {unknown} */
                        onDayOff: "next_workday" | "previous_workday" | "cancel";
                        note?: string;
                        deputyIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {unknown} */
                            kind: "monthly" | "weekly";
                            dayOfMonth: number | null;
                            weekday: number | null;
                            /** @description HH:MM, the county’s time */
                            startsAt: string;
                            /** @description HH:MM, the county’s time */
                            endsAt: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            validFrom: string;
                            validUntil: string | null;
                            /** @enum {unknown} */
                            onDayOff: "next_workday" | "previous_workday" | "cancel";
                            note: string;
                            active: boolean;
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            summary: {
                                zh: string;
                                en: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a duty rule; the untouched slots ahead are placed again */
        put: {
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
                        /** @enum {unknown} */
                        kind: "monthly" | "weekly";
                        dayOfMonth?: number | null;
                        weekday?: number | null;
                        /** @description HH:MM, the county’s time */
                        startsAt: string;
                        /** @description HH:MM, the county’s time */
                        endsAt: string;
                        /** @description YYYY-MM-DD (China Standard Time) */
                        validFrom: string;
                        validUntil?: string | null;
                        /** @enum {unknown} */
                        onDayOff: "next_workday" | "previous_workday" | "cancel";
                        note?: string;
                        deputyIds: string[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {unknown} */
                            kind: "monthly" | "weekly";
                            dayOfMonth: number | null;
                            weekday: number | null;
                            /** @description HH:MM, the county’s time */
                            startsAt: string;
                            /** @description HH:MM, the county’s time */
                            endsAt: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            validFrom: string;
                            validUntil: string | null;
                            /** @enum {unknown} */
                            onDayOff: "next_workday" | "previous_workday" | "cancel";
                            note: string;
                            active: boolean;
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            summary: {
                                zh: string;
                                en: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty/rules/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a duty rule: its untouched slots ahead are removed, the past and changed ones stay */
        post: {
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
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {unknown} */
                            kind: "monthly" | "weekly";
                            dayOfMonth: number | null;
                            weekday: number | null;
                            /** @description HH:MM, the county’s time */
                            startsAt: string;
                            /** @description HH:MM, the county’s time */
                            endsAt: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            validFrom: string;
                            validUntil: string | null;
                            /** @enum {unknown} */
                            onDayOff: "next_workday" | "previous_workday" | "cancel";
                            note: string;
                            active: boolean;
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            summary: {
                                zh: string;
                                en: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty/slots/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel (with the reason), restore, or swap a deputy of one duty slot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "cancel" | "restore" | "swap";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                        note?: string;
                        /** Format: uuid */
                        outDeputyId?: string;
                        /** Format: uuid */
                        inDeputyId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                                address: string;
                            };
                            regionName: string;
                            townCode: string | null;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            ruleDay: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @enum {unknown} */
                            status: "scheduled" | "held" | "cancelled";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            changeReason: {
                                zh: string;
                                en: string;
                            } | null;
                            moved: boolean;
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                swappedFor: string | null;
                            }[];
                            version: number;
                            manual: boolean;
                            allowedActions: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/duty-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who receives citizens where and when (public) · 代表接待排班 */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    from: string;
                    /** @description YYYY-MM-DD (China Standard Time) */
                    to: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    venueId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (China Standard Time) */
                            from: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            to: string;
                            slots: {
                                /** Format: uuid */
                                id: string;
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                    address: string;
                                };
                                regionName: string;
                                townCode: string | null;
                                /** @description YYYY-MM-DD (China Standard Time) */
                                day: string;
                                ruleDay: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "held" | "cancelled";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                changeReason: {
                                    zh: string;
                                    en: string;
                                } | null;
                                moved: boolean;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    swappedFor: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mobile rounds in a date range, in my scope (mine=true: the rounds I go on, as a deputy) · 流动巡诊 */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    from: string;
                    /** @description YYYY-MM-DD (China Standard Time) */
                    to: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    mine?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (China Standard Time) */
                            from: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            to: string;
                            rounds: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @description 12-digit statistical region code */
                                townCode: string;
                                townName: string;
                                /** @description YYYY-MM-DD (China Standard Time) */
                                day: string;
                                /** @enum {unknown} */
                                status: "planned" | "underway" | "completed" | "cancelled";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                stops: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    /** @enum {unknown} */
                                    kind: "village" | "community" | "enterprise";
                                    name: string;
                                    /** @description 12-digit statistical region code */
                                    regionCode: string;
                                    regionName: string;
                                    address: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                    checkedInAt: string | null;
                                    checkInLocation: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    happened: string;
                                    receptions: number;
                                    people: number;
                                }[];
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                note: string;
                                summary: string;
                                version: number;
                                allowedActions: string[];
                                events: {
                                    action: string;
                                    label: {
                                        zh: string;
                                        en: string;
                                    };
                                    toStatus: string;
                                    actorName: string;
                                    note: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Plan a round: its town, day, deputies and stops (published on the duty calendar) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id?: string;
                        /** @description 12-digit statistical region code */
                        townCode: string;
                        title: string;
                        /** @description YYYY-MM-DD (China Standard Time) */
                        day: string;
                        venueId?: string | null;
                        note?: string;
                        deputyIds: string[];
                        stops: {
                            /** @enum {unknown} */
                            kind: "village" | "community" | "enterprise";
                            name: string;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            address?: string;
                            /** @description HH:MM, the county’s time */
                            startsAt: string;
                            /** @description HH:MM, the county’s time */
                            endsAt: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            /** @enum {unknown} */
                            status: "planned" | "underway" | "completed" | "cancelled";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            stops: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {unknown} */
                                kind: "village" | "community" | "enterprise";
                                name: string;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                address: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                checkedInAt: string | null;
                                checkInLocation: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                happened: string;
                                receptions: number;
                                people: number;
                            }[];
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            note: string;
                            summary: string;
                            version: number;
                            allowedActions: string[];
                            events: {
                                action: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                toStatus: string;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round: its stops, check-ins, receptions, history */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            /** @enum {unknown} */
                            status: "planned" | "underway" | "completed" | "cancelled";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            stops: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {unknown} */
                                kind: "village" | "community" | "enterprise";
                                name: string;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                address: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                checkedInAt: string | null;
                                checkInLocation: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                happened: string;
                                receptions: number;
                                people: number;
                            }[];
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            note: string;
                            summary: string;
                            version: number;
                            allowedActions: string[];
                            events: {
                                action: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                toStatus: string;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change a planned round (not once a stop is checked in) */
        put: {
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
                        title: string;
                        /** @description YYYY-MM-DD (China Standard Time) */
                        day: string;
                        venueId?: string | null;
                        note?: string;
                        deputyIds: string[];
                        stops: {
                            /** @enum {unknown} */
                            kind: "village" | "community" | "enterprise";
                            name: string;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            address?: string;
                            /** @description HH:MM, the county’s time */
                            startsAt: string;
                            /** @description HH:MM, the county’s time */
                            endsAt: string;
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            /** @enum {unknown} */
                            status: "planned" | "underway" | "completed" | "cancelled";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            stops: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {unknown} */
                                kind: "village" | "community" | "enterprise";
                                name: string;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                address: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                checkedInAt: string | null;
                                checkInLocation: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                happened: string;
                                receptions: number;
                                people: number;
                            }[];
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            note: string;
                            summary: string;
                            version: number;
                            allowedActions: string[];
                            events: {
                                action: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                toStatus: string;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in at a stop, say what happened there, complete, cancel (with the reason) or restore a round */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "check_in" | "report" | "complete" | "cancel" | "restore";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                        note?: string;
                        /** Format: uuid */
                        stopId?: string;
                        /** Format: date-time */
                        at?: string;
                        location?: {
                            lat: number;
                            lng: number;
                        } | null;
                        happened?: string;
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            /** @enum {unknown} */
                            status: "planned" | "underway" | "completed" | "cancelled";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            stops: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {unknown} */
                                kind: "village" | "community" | "enterprise";
                                name: string;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                address: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                checkedInAt: string | null;
                                checkInLocation: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                happened: string;
                                receptions: number;
                                people: number;
                            }[];
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            note: string;
                            summary: string;
                            version: number;
                            allowedActions: string[];
                            events: {
                                action: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                toStatus: string;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reception records started in a date range, in my scope, with the people received · 接待记录 */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    from: string;
                    /** @description YYYY-MM-DD (China Standard Time) */
                    to: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    venueId?: string;
                    roundId?: string;
                    mine?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (China Standard Time) */
                            from: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            to: string;
                            receptions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                kind: "station" | "mobile";
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                round: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** Format: uuid */
                                    stopId: string;
                                    stopName: string;
                                } | null;
                                dutySlotId: string | null;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                /** Format: date-time */
                                startedAt: string;
                                endedAt: string | null;
                                /** @description people received (人次): the sum of the visitors’ head counts */
                                people: number;
                                visitorCount: number;
                                issueCount: number;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                note: string;
                                version: number;
                                allowedActions: string[];
                            }[];
                            /** @description people received in the listed records */
                            people: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a reception record (the id is chosen by the device: sent again, it finds the record and adds only what is new) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "station" | "mobile";
                        venueId?: string | null;
                        dutySlotId?: string | null;
                        roundStopId?: string | null;
                        /** Format: date-time */
                        startedAt?: string;
                        deputyIds: string[];
                        note?: string;
                        visitors?: {
                            /** Format: uuid */
                            id: string;
                            headcount: number;
                            name?: string | null;
                            phone?: string | null;
                            note?: string;
                            /** Format: date-time */
                            recordedAt?: string;
                            issues: {
                                /** Format: uuid */
                                id: string;
                                content: string;
                                category?: string | null;
                                /** @enum {unknown} */
                                disposition: "loop" | "on_spot";
                                answer?: string | null;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reception: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                kind: "station" | "mobile";
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                round: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** Format: uuid */
                                    stopId: string;
                                    stopName: string;
                                } | null;
                                dutySlotId: string | null;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                /** Format: date-time */
                                startedAt: string;
                                endedAt: string | null;
                                /** @description people received (人次): the sum of the visitors’ head counts */
                                people: number;
                                visitorCount: number;
                                issueCount: number;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                note: string;
                                version: number;
                                allowedActions: string[];
                                visitors: {
                                    /** Format: uuid */
                                    id: string;
                                    headcount: number;
                                    name: string | null;
                                    phone: string | null;
                                    note: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                    issues: {
                                        /** Format: uuid */
                                        id: string;
                                        content: string;
                                        /** @enum {unknown} */
                                        disposition: "loop" | "on_spot";
                                        answer: string | null;
                                        suggestion: {
                                            /** Format: uuid */
                                            id: string;
                                            trackingCode: string;
                                            status: string;
                                            statusLabel: {
                                                zh: string;
                                                en: string;
                                            };
                                        } | null;
                                    }[];
                                }[];
                            };
                            created: boolean;
                            added: string[];
                            alreadyRecorded: string[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reception: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                kind: "station" | "mobile";
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                round: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** Format: uuid */
                                    stopId: string;
                                    stopName: string;
                                } | null;
                                dutySlotId: string | null;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                /** Format: date-time */
                                startedAt: string;
                                endedAt: string | null;
                                /** @description people received (人次): the sum of the visitors’ head counts */
                                people: number;
                                visitorCount: number;
                                issueCount: number;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                note: string;
                                version: number;
                                allowedActions: string[];
                                visitors: {
                                    /** Format: uuid */
                                    id: string;
                                    headcount: number;
                                    name: string | null;
                                    phone: string | null;
                                    note: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                    issues: {
                                        /** Format: uuid */
                                        id: string;
                                        content: string;
                                        /** @enum {unknown} */
                                        disposition: "loop" | "on_spot";
                                        answer: string | null;
                                        suggestion: {
                                            /** Format: uuid */
                                            id: string;
                                            trackingCode: string;
                                            status: string;
                                            statusLabel: {
                                                zh: string;
                                                en: string;
                                            };
                                        } | null;
                                    }[];
                                }[];
                            };
                            created: boolean;
                            added: string[];
                            alreadyRecorded: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reception record: its visitors (contacts masked) and each issue with the item it became */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "station" | "mobile";
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            round: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: uuid */
                                stopId: string;
                                stopName: string;
                            } | null;
                            dutySlotId: string | null;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            regionName: string;
                            /** Format: date-time */
                            startedAt: string;
                            endedAt: string | null;
                            /** @description people received (人次): the sum of the visitors’ head counts */
                            people: number;
                            visitorCount: number;
                            issueCount: number;
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            note: string;
                            version: number;
                            allowedActions: string[];
                            visitors: {
                                /** Format: uuid */
                                id: string;
                                headcount: number;
                                name: string | null;
                                phone: string | null;
                                note: string;
                                /** Format: date-time */
                                recordedAt: string;
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    content: string;
                                    /** @enum {unknown} */
                                    disposition: "loop" | "on_spot";
                                    answer: string | null;
                                    suggestion: {
                                        /** Format: uuid */
                                        id: string;
                                        trackingCode: string;
                                        status: string;
                                        statusLabel: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receptions/{id}/visitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add visitors (head counts) and their issues to an open record; visitors sent before are skipped */
        post: {
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
                        visitors: {
                            /** Format: uuid */
                            id: string;
                            headcount: number;
                            name?: string | null;
                            phone?: string | null;
                            note?: string;
                            /** Format: date-time */
                            recordedAt?: string;
                            issues: {
                                /** Format: uuid */
                                id: string;
                                content: string;
                                category?: string | null;
                                /** @enum {unknown} */
                                disposition: "loop" | "on_spot";
                                answer?: string | null;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reception: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                kind: "station" | "mobile";
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                round: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** Format: uuid */
                                    stopId: string;
                                    stopName: string;
                                } | null;
                                dutySlotId: string | null;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                /** Format: date-time */
                                startedAt: string;
                                endedAt: string | null;
                                /** @description people received (人次): the sum of the visitors’ head counts */
                                people: number;
                                visitorCount: number;
                                issueCount: number;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                note: string;
                                version: number;
                                allowedActions: string[];
                                visitors: {
                                    /** Format: uuid */
                                    id: string;
                                    headcount: number;
                                    name: string | null;
                                    phone: string | null;
                                    note: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                    issues: {
                                        /** Format: uuid */
                                        id: string;
                                        content: string;
                                        /** @enum {unknown} */
                                        disposition: "loop" | "on_spot";
                                        answer: string | null;
                                        suggestion: {
                                            /** Format: uuid */
                                            id: string;
                                            trackingCode: string;
                                            status: string;
                                            statusLabel: {
                                                zh: string;
                                                en: string;
                                            };
                                        } | null;
                                    }[];
                                }[];
                            };
                            created: boolean;
                            added: string[];
                            alreadyRecorded: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receptions/{id}/visitors/{visitorId}/reveal-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal a visitor’s name and phone (staff who record the reception; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    visitorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receptions/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a reception (its duty slot becomes held) or reopen it with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "close" | "reopen";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                        note?: string;
                        /** Format: date-time */
                        endedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "station" | "mobile";
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            venue: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            round: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: uuid */
                                stopId: string;
                                stopName: string;
                            } | null;
                            dutySlotId: string | null;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            regionName: string;
                            /** Format: date-time */
                            startedAt: string;
                            endedAt: string | null;
                            /** @description people received (人次): the sum of the visitors’ head counts */
                            people: number;
                            visitorCount: number;
                            issueCount: number;
                            deputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            note: string;
                            version: number;
                            allowedActions: string[];
                            visitors: {
                                /** Format: uuid */
                                id: string;
                                headcount: number;
                                name: string | null;
                                phone: string | null;
                                note: string;
                                /** Format: date-time */
                                recordedAt: string;
                                issues: {
                                    /** Format: uuid */
                                    id: string;
                                    content: string;
                                    /** @enum {unknown} */
                                    disposition: "loop" | "on_spot";
                                    answer: string | null;
                                    suggestion: {
                                        /** Format: uuid */
                                        id: string;
                                        trackingCode: string;
                                        status: string;
                                        statusLabel: {
                                            zh: string;
                                            en: string;
                                        };
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mobile rounds (流动巡诊) in a date range, for the public duty calendar */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD (China Standard Time) */
                    from: string;
                    /** @description YYYY-MM-DD (China Standard Time) */
                    to: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (China Standard Time) */
                            from: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            to: string;
                            rounds: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @description 12-digit statistical region code */
                                townCode: string;
                                townName: string;
                                /** @description YYYY-MM-DD (China Standard Time) */
                                day: string;
                                /** @enum {unknown} */
                                status: "planned" | "underway" | "completed" | "cancelled";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                stops: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    /** @enum {unknown} */
                                    kind: "village" | "community" | "enterprise";
                                    name: string;
                                    /** @description 12-digit statistical region code */
                                    regionCode: string;
                                    regionName: string;
                                    address: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                    checkedInAt: string | null;
                                    checkInLocation: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    happened: string;
                                    receptions: number;
                                    people: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputies/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deputy's record of a year: indicators and entries made by hand · 履职档案 */
        get: {
            parameters: {
                query: {
                    /** @description The year, in county time */
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deputy: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                                regionName: string;
                                townCode: string | null;
                                townName: string | null;
                                active: boolean;
                            };
                            year: number;
                            indicators: {
                                /** @description 排班接待: duty slots held with the deputy on duty */
                                dutySlotsHeld: number;
                                /** @description 参加接待: closed reception records with the deputy */
                                receptionsAttended: number;
                                /** @description 接待群众 (人次): people of those receptions */
                                peopleReceived: number;
                                /** @description 流动巡诊: completed rounds with the deputy */
                                roundsCompleted: number;
                                /** @description 领办意见建议: items addressed to the deputy */
                                suggestionsReceived: number;
                                /** @description of them closed (办结) */
                                suggestionsClosed: number;
                                /** @description of them closed with outcome A (已解决) */
                                suggestionsResolved: number;
                                /** @description of them rated by the citizen */
                                suggestionsRated: number;
                                /** @description of them rated satisfied or basically satisfied */
                                suggestionsSatisfied: number;
                                groupActivities: number | null;
                                /** @description 点位督查报告: monthly reports on the sites the deputy leads */
                                siteReports: number;
                                /** @description 参加培训: trainings entered (sum of quantity) */
                                trainings: number;
                                /** @description 培训学时: hours of those trainings */
                                trainingHours: number;
                                /** @description 提出议案建议: proposals entered (sum of quantity) */
                                proposals: number;
                                /** @description 领衔代表建议: the platform’s proposals the deputy led (submitted) */
                                proposalsLed: number;
                                /** @description 联名代表建议: the platform’s proposals the deputy co-signed */
                                proposalsCosigned: number;
                                /** @description of those led, closed with the deputy’s rating of the answer */
                                proposalsRated: number;
                                /** @description of them rated satisfied or basically satisfied */
                                proposalsSatisfied: number;
                                /** @description 其他履职活动: other activities entered (sum of quantity) */
                                activities: number;
                            };
                            entries: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                deputyId: string;
                                /** @enum {unknown} */
                                kind: "training" | "proposal" | "activity";
                                /** @description YYYY-MM-DD (China Standard Time) */
                                day: string;
                                title: string;
                                quantity: number;
                                hours: number | null;
                                note: string;
                                createdByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                allowedActions: ("edit" | "retire")[];
                            }[];
                            entryKinds: ("training" | "proposal" | "activity")[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputy-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records of the deputies in my scope for a year · 代表履职档案 */
        get: {
            parameters: {
                query: {
                    /** @description The year, in county time */
                    year: number;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    /** @description Name or code */
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                deputy: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    name: string;
                                    regionName: string;
                                    townCode: string | null;
                                    townName: string | null;
                                    active: boolean;
                                };
                                indicators: {
                                    /** @description 排班接待: duty slots held with the deputy on duty */
                                    dutySlotsHeld: number;
                                    /** @description 参加接待: closed reception records with the deputy */
                                    receptionsAttended: number;
                                    /** @description 接待群众 (人次): people of those receptions */
                                    peopleReceived: number;
                                    /** @description 流动巡诊: completed rounds with the deputy */
                                    roundsCompleted: number;
                                    /** @description 领办意见建议: items addressed to the deputy */
                                    suggestionsReceived: number;
                                    /** @description of them closed (办结) */
                                    suggestionsClosed: number;
                                    /** @description of them closed with outcome A (已解决) */
                                    suggestionsResolved: number;
                                    /** @description of them rated by the citizen */
                                    suggestionsRated: number;
                                    /** @description of them rated satisfied or basically satisfied */
                                    suggestionsSatisfied: number;
                                    groupActivities: number | null;
                                    /** @description 点位督查报告: monthly reports on the sites the deputy leads */
                                    siteReports: number;
                                    /** @description 参加培训: trainings entered (sum of quantity) */
                                    trainings: number;
                                    /** @description 培训学时: hours of those trainings */
                                    trainingHours: number;
                                    /** @description 提出议案建议: proposals entered (sum of quantity) */
                                    proposals: number;
                                    /** @description 领衔代表建议: the platform’s proposals the deputy led (submitted) */
                                    proposalsLed: number;
                                    /** @description 联名代表建议: the platform’s proposals the deputy co-signed */
                                    proposalsCosigned: number;
                                    /** @description of those led, closed with the deputy’s rating of the answer */
                                    proposalsRated: number;
                                    /** @description of them rated satisfied or basically satisfied */
                                    proposalsSatisfied: number;
                                    /** @description 其他履职活动: other activities entered (sum of quantity) */
                                    activities: number;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputies/{id}/record/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a training, a session's proposals or another activity in a deputy's record */
        post: {
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
                        /** @enum {unknown} */
                        kind: "training" | "proposal" | "activity";
                        /** @description YYYY-MM-DD (China Standard Time) */
                        day: string;
                        title: string;
                        /** @default 1 */
                        quantity?: number;
                        hours?: number | null;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deputyId: string;
                            /** @enum {unknown} */
                            kind: "training" | "proposal" | "activity";
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            title: string;
                            quantity: number;
                            hours: number | null;
                            note: string;
                            createdByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            allowedActions: ("edit" | "retire")[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputy-record-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an entry of a deputy's record */
        put: {
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
                        /** @enum {unknown} */
                        kind: "training" | "proposal" | "activity";
                        /** @description YYYY-MM-DD (China Standard Time) */
                        day: string;
                        title: string;
                        /** @default 1 */
                        quantity?: number;
                        hours?: number | null;
                        note?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deputyId: string;
                            /** @enum {unknown} */
                            kind: "training" | "proposal" | "activity";
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            title: string;
                            quantity: number;
                            hours: number | null;
                            note: string;
                            createdByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            allowedActions: ("edit" | "retire")[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputy-record-entries/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an entry of a deputy's record: it no longer counts, and stays in the history */
        post: {
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
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deputyId: string;
                            /** @enum {unknown} */
                            kind: "training" | "proposal" | "activity";
                            /** @description YYYY-MM-DD (China Standard Time) */
                            day: string;
                            title: string;
                            quantity: number;
                            hours: number | null;
                            note: string;
                            createdByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            allowedActions: ("edit" | "retire")[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year’s livelihood projects (民生实事) with their sites counted by state; the years there are */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number | null;
                            years: number[];
                            items: {
                                /** Format: uuid */
                                id: string;
                                year: number;
                                seq: number;
                                name: string;
                                description: string;
                                leadUnit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                sites: number;
                                notStarted: number;
                                inProgress: number;
                                completed: number;
                                /** @description Of the completed: crossed off (销号) */
                                crossedOff: number;
                                averageProgress: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a project to a year (county congress staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        seq?: number;
                        name: string;
                        description?: string;
                        leadUnitId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            seq: number;
                            name: string;
                            description: string;
                            leadUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            sites: number;
                            notStarted: number;
                            inProgress: number;
                            completed: number;
                            /** @description Of the completed: crossed off (销号) */
                            crossedOff: number;
                            averageProgress: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename or describe a project, or change its lead unit */
        put: {
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
                        name: string;
                        description?: string;
                        leadUnitId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            seq: number;
                            name: string;
                            description: string;
                            leadUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            sites: number;
                            notStarted: number;
                            inProgress: number;
                            completed: number;
                            /** @description Of the completed: crossed off (销号) */
                            crossedOff: number;
                            averageProgress: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Project sites in my scope (mine=true: the sites I lead; unreportedIn=YYYY-MM: that month’s report missing) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    projectId?: string;
                    /** @description 12-digit statistical region code */
                    townCode?: string;
                    status?: "not_started" | "in_progress" | "completed" | "crossed_off";
                    /** @description YYYY-MM, county time */
                    unreportedIn?: string;
                    mine?: boolean;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                projectId: string;
                                projectName: string;
                                year: number;
                                /** @description 12-digit statistical region code */
                                townCode: string;
                                townName: string;
                                /** @description 12-digit statistical region code */
                                regionCode: string;
                                regionName: string;
                                address: string;
                                location: {
                                    lat: number;
                                    lng: number;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                leadDeputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {unknown} */
                                status: "not_started" | "in_progress" | "completed" | "crossed_off";
                                /** @enum {unknown} */
                                colour: "red" | "yellow" | "blue";
                                progress: number;
                                lastReportMonth: string | null;
                                reportedThisMonth: boolean;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Place a site of a project: its village, map point, responsible unit, lead deputies and plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        projectId: string;
                        name: string;
                        /** @description 12-digit statistical region code */
                        regionCode: string;
                        address?: string;
                        location: {
                            lat: number;
                            lng: number;
                        };
                        unitId: string | null;
                        deputyIds: string[];
                        planStart?: string | null;
                        planEnd?: string | null;
                        investment?: number | null;
                        milestones?: {
                            name: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            due: string;
                            done: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            projectId: string;
                            projectName: string;
                            year: number;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            regionName: string;
                            address: string;
                            location: {
                                lat: number;
                                lng: number;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            leadDeputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @enum {unknown} */
                            status: "not_started" | "in_progress" | "completed" | "crossed_off";
                            /** @enum {unknown} */
                            colour: "red" | "yellow" | "blue";
                            progress: number;
                            lastReportMonth: string | null;
                            reportedThisMonth: boolean;
                            version: number;
                            plan: {
                                start: string | null;
                                end: string | null;
                                investment: number | null;
                                milestones: {
                                    name: string;
                                    /** @description YYYY-MM-DD (China Standard Time) */
                                    due: string;
                                    done: boolean;
                                }[];
                            };
                            crossedOffAt: string | null;
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                            }[];
                            reports: {
                                /** Format: uuid */
                                id: string;
                                /** @description YYYY-MM, county time */
                                month: string;
                                /** Format: date-time */
                                filedAt: string;
                                deputy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                progress: number;
                                /** @enum {unknown} */
                                status: "not_started" | "in_progress" | "completed";
                                onTime: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quality: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quantity: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                problems: string;
                                opinion: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                }[];
                                checkIn: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                suggestion: {
                                    /** Format: uuid */
                                    id: string;
                                    trackingCode: string;
                                } | null;
                            }[];
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                label: string;
                                fromStatus: ("not_started" | "in_progress" | "completed" | "crossed_off") | null;
                                /** @enum {unknown} */
                                toStatus: "not_started" | "in_progress" | "completed" | "crossed_off";
                                progress: number;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            allowedActions: string[];
                            editable: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project site: plan, lead deputies, monthly reports, history, the actions I may take */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            projectId: string;
                            projectName: string;
                            year: number;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            regionName: string;
                            address: string;
                            location: {
                                lat: number;
                                lng: number;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            leadDeputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @enum {unknown} */
                            status: "not_started" | "in_progress" | "completed" | "crossed_off";
                            /** @enum {unknown} */
                            colour: "red" | "yellow" | "blue";
                            progress: number;
                            lastReportMonth: string | null;
                            reportedThisMonth: boolean;
                            version: number;
                            plan: {
                                start: string | null;
                                end: string | null;
                                investment: number | null;
                                milestones: {
                                    name: string;
                                    /** @description YYYY-MM-DD (China Standard Time) */
                                    due: string;
                                    done: boolean;
                                }[];
                            };
                            crossedOffAt: string | null;
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                            }[];
                            reports: {
                                /** Format: uuid */
                                id: string;
                                /** @description YYYY-MM, county time */
                                month: string;
                                /** Format: date-time */
                                filedAt: string;
                                deputy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                progress: number;
                                /** @enum {unknown} */
                                status: "not_started" | "in_progress" | "completed";
                                onTime: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quality: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quantity: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                problems: string;
                                opinion: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                }[];
                                checkIn: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                suggestion: {
                                    /** Format: uuid */
                                    id: string;
                                    trackingCode: string;
                                } | null;
                            }[];
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                label: string;
                                fromStatus: ("not_started" | "in_progress" | "completed" | "crossed_off") | null;
                                /** @enum {unknown} */
                                toStatus: "not_started" | "in_progress" | "completed" | "crossed_off";
                                progress: number;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            allowedActions: string[];
                            editable: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change a site’s place, unit, lead deputies or plan */
        put: {
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
                        name: string;
                        /** @description 12-digit statistical region code */
                        regionCode: string;
                        address?: string;
                        location: {
                            lat: number;
                            lng: number;
                        };
                        unitId: string | null;
                        deputyIds: string[];
                        planStart?: string | null;
                        planEnd?: string | null;
                        investment?: number | null;
                        milestones?: {
                            name: string;
                            /** @description YYYY-MM-DD (China Standard Time) */
                            due: string;
                            done: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            projectId: string;
                            projectName: string;
                            year: number;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            regionName: string;
                            address: string;
                            location: {
                                lat: number;
                                lng: number;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            leadDeputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @enum {unknown} */
                            status: "not_started" | "in_progress" | "completed" | "crossed_off";
                            /** @enum {unknown} */
                            colour: "red" | "yellow" | "blue";
                            progress: number;
                            lastReportMonth: string | null;
                            reportedThisMonth: boolean;
                            version: number;
                            plan: {
                                start: string | null;
                                end: string | null;
                                investment: number | null;
                                milestones: {
                                    name: string;
                                    /** @description YYYY-MM-DD (China Standard Time) */
                                    due: string;
                                    done: boolean;
                                }[];
                            };
                            crossedOffAt: string | null;
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                            }[];
                            reports: {
                                /** Format: uuid */
                                id: string;
                                /** @description YYYY-MM, county time */
                                month: string;
                                /** Format: date-time */
                                filedAt: string;
                                deputy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                progress: number;
                                /** @enum {unknown} */
                                status: "not_started" | "in_progress" | "completed";
                                onTime: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quality: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quantity: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                problems: string;
                                opinion: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                }[];
                                checkIn: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                suggestion: {
                                    /** Format: uuid */
                                    id: string;
                                    trackingCode: string;
                                } | null;
                            }[];
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                label: string;
                                fromStatus: ("not_started" | "in_progress" | "completed" | "crossed_off") | null;
                                /** @enum {unknown} */
                                toStatus: "not_started" | "in_progress" | "completed" | "crossed_off";
                                progress: number;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            allowedActions: string[];
                            editable: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/sites/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo for the site’s monthly report (lead deputies) or its verification (congress staff): multipart field "file" */
        post: {
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/sites/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File the monthly report (lead deputies: progress, state, 按时·保质·保量, problems, opinion, photos, check-in), cross off after verification, reopen or correct (congress staff, with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "report" | "cross_off" | "reopen" | "correct";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                        note?: string;
                        /** @description YYYY-MM, county time */
                        month?: string;
                        progress?: number;
                        /** @enum {unknown} */
                        status?: "not_started" | "in_progress" | "completed";
                        onTime?: {
                            /** @enum {unknown} */
                            finding: "good" | "concern" | "problem";
                            note?: string;
                        };
                        quality?: {
                            /** @enum {unknown} */
                            finding: "good" | "concern" | "problem";
                            note?: string;
                        };
                        quantity?: {
                            /** @enum {unknown} */
                            finding: "good" | "concern" | "problem";
                            note?: string;
                        };
                        problems?: string;
                        opinion?: string;
                        photoIds?: string[];
                        checkIn?: {
                            lat: number;
                            lng: number;
                        } | null;
                        raiseProblems?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            projectId: string;
                            projectName: string;
                            year: number;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            /** @description 12-digit statistical region code */
                            regionCode: string;
                            regionName: string;
                            address: string;
                            location: {
                                lat: number;
                                lng: number;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            leadDeputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @enum {unknown} */
                            status: "not_started" | "in_progress" | "completed" | "crossed_off";
                            /** @enum {unknown} */
                            colour: "red" | "yellow" | "blue";
                            progress: number;
                            lastReportMonth: string | null;
                            reportedThisMonth: boolean;
                            version: number;
                            plan: {
                                start: string | null;
                                end: string | null;
                                investment: number | null;
                                milestones: {
                                    name: string;
                                    /** @description YYYY-MM-DD (China Standard Time) */
                                    due: string;
                                    done: boolean;
                                }[];
                            };
                            crossedOffAt: string | null;
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                            }[];
                            reports: {
                                /** Format: uuid */
                                id: string;
                                /** @description YYYY-MM, county time */
                                month: string;
                                /** Format: date-time */
                                filedAt: string;
                                deputy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                progress: number;
                                /** @enum {unknown} */
                                status: "not_started" | "in_progress" | "completed";
                                onTime: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quality: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quantity: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                problems: string;
                                opinion: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                }[];
                                checkIn: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                suggestion: {
                                    /** Format: uuid */
                                    id: string;
                                    trackingCode: string;
                                } | null;
                            }[];
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                label: string;
                                fromStatus: ("not_started" | "in_progress" | "completed" | "crossed_off") | null;
                                /** @enum {unknown} */
                                toStatus: "not_started" | "in_progress" | "completed" | "crossed_off";
                                progress: number;
                                actorName: string;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            allowedActions: string[];
                            editable: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Livelihood projects of a year: sites by colour overall, per project and per town (live or at a month end) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description YYYY-MM, county time */
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number | null;
                            years: number[];
                            month: string | null;
                            months: string[];
                            /** Format: date-time */
                            asOf: string;
                            summary: {
                                sites: number;
                                notStarted: number;
                                inProgress: number;
                                completed: number;
                                crossedOff: number;
                                percentComplete: number;
                                averageProgress: number;
                            };
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                sites: number;
                                notStarted: number;
                                inProgress: number;
                                completed: number;
                                crossedOff: number;
                                averageProgress: number;
                            }[];
                            towns: {
                                /** @description 12-digit statistical region code */
                                code: string;
                                name: string;
                                sites: number;
                                notStarted: number;
                                inProgress: number;
                                completed: number;
                                crossedOff: number;
                                averageProgress: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects/sites.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every site of a year as an RFC 7946 FeatureCollection (for the map and the county’s map platform) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description YYYY-MM, county time */
                    month?: string;
                    project?: string;
                    /** @description 12-digit statistical region code */
                    town?: string;
                    status?: "not_started" | "in_progress" | "completed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 7946 GeoJSON: one Point per site, [longitude, latitude] in WGS 84 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            year: number | null;
                            month: string | null;
                            /** Format: date-time */
                            asOf: string;
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                /** Format: uuid */
                                id: string;
                                geometry: {
                                    /** @enum {string} */
                                    type: "Point";
                                    coordinates: number[];
                                };
                                properties: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** Format: uuid */
                                    projectId: string;
                                    projectName: string;
                                    /** @description 12-digit statistical region code */
                                    townCode: string;
                                    townName: string;
                                    /** @enum {unknown} */
                                    status: "not_started" | "in_progress" | "completed";
                                    /** @enum {unknown} */
                                    colour: "red" | "yellow" | "blue";
                                    crossedOff: boolean;
                                    progress: number;
                                    leadDeputies: string[];
                                    unit: string | null;
                                    lastReportMonth: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A site’s card: plan, lead deputies, responsible unit, its latest report (live or at a month end) */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM, county time */
                    month?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            projectId: string;
                            projectName: string;
                            year: number;
                            /** @description 12-digit statistical region code */
                            townCode: string;
                            townName: string;
                            regionName: string;
                            address: string;
                            lat: number;
                            lng: number;
                            /** @enum {unknown} */
                            status: "not_started" | "in_progress" | "completed";
                            /** @enum {unknown} */
                            colour: "red" | "yellow" | "blue";
                            crossedOff: boolean;
                            crossedOffAt: string | null;
                            progress: number;
                            unit: string | null;
                            leadDeputies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            plan: {
                                start: string | null;
                                end: string | null;
                                investment: number | null;
                                milestones: {
                                    name: string;
                                    /** @description YYYY-MM-DD (China Standard Time) */
                                    due: string;
                                    done: boolean;
                                }[];
                            };
                            latestReport: {
                                /** @description YYYY-MM, county time */
                                month: string;
                                /** Format: date-time */
                                filedAt: string;
                                deputyName: string | null;
                                progress: number;
                                /** @enum {unknown} */
                                status: "not_started" | "in_progress" | "completed";
                                onTime: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quality: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                quantity: {
                                    /** @enum {unknown} */
                                    finding: "good" | "concern" | "problem";
                                    note: string;
                                };
                                problems: string;
                                opinion: string;
                                photos: {
                                    url: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects/sites/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of a site’s monthly report (re-encoded on upload: no EXIF, no GPS) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review before publication (办理结果公开): the consent, whether the item may be published, the draft with the personal data found, the current publication */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestionId: string;
                            /** @description The citizen agreed to publication without personal data */
                            consent: boolean;
                            /** @description The question may be published: accepted or later, neither rejected nor merged */
                            eligible: boolean;
                            /** @description The item has an answer that may be published with it */
                            answerPublishable: boolean;
                            reason: {
                                zh: string;
                                en: string;
                            } | null;
                            /** @description The caller manages the item and may publish, update or withdraw */
                            canPublish: boolean;
                            draft: {
                                question: {
                                    original: string;
                                    spans: {
                                        start: number;
                                        end: number;
                                        /** @enum {unknown} */
                                        kind: "phone" | "landline" | "id_card" | "bank_card" | "email" | "plate" | "house_number" | "name";
                                        text: string;
                                    }[];
                                    scrubbed: string;
                                };
                                answer: {
                                    original: string;
                                    spans: {
                                        start: number;
                                        end: number;
                                        /** @enum {unknown} */
                                        kind: "phone" | "landline" | "id_card" | "bank_card" | "email" | "plate" | "house_number" | "name";
                                        text: string;
                                    }[];
                                    scrubbed: string;
                                } | null;
                            };
                            publication: {
                                /** @enum {unknown} */
                                status: "published" | "withdrawn";
                                question: string;
                                answer: string | null;
                                findings: {
                                    /** @enum {unknown} */
                                    field: "question" | "answer";
                                    start: number;
                                    end: number;
                                    /** @enum {unknown} */
                                    kind: "phone" | "landline" | "id_card" | "bank_card" | "email" | "plate" | "house_number" | "name";
                                    confirmed: boolean;
                                    text: string | null;
                                }[];
                                /** Format: date-time */
                                publishedAt: string;
                                answerPublishedAt: string | null;
                                withdrawnAt: string | null;
                                withdrawReason: string | null;
                                publicUrl: string | null;
                                version: number;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Publish the reviewed question (and the answer, once there is one), or update what is published; personal data still found refuses it */
        put: {
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
                        question: string;
                        answer?: string | null;
                        findings: {
                            /** @enum {unknown} */
                            field?: "question" | "answer";
                            start: number;
                            end: number;
                            /** @enum {unknown} */
                            kind: "phone" | "landline" | "id_card" | "bank_card" | "email" | "plate" | "house_number" | "name";
                            /** @description true: personal data, hidden in the text; false: staff say it is not personal data and it stays in the text */
                            confirmed: boolean;
                        }[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            status: "published" | "withdrawn";
                            question: string;
                            answer: string | null;
                            findings: {
                                /** @enum {unknown} */
                                field: "question" | "answer";
                                start: number;
                                end: number;
                                /** @enum {unknown} */
                                kind: "phone" | "landline" | "id_card" | "bank_card" | "email" | "plate" | "house_number" | "name";
                                confirmed: boolean;
                                text: string | null;
                            }[];
                            /** Format: date-time */
                            publishedAt: string;
                            answerPublishedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            publicUrl: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/publication/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a published item off the public list (the reason is kept) */
        post: {
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            status: "published" | "withdrawn";
                            question: string;
                            answer: string | null;
                            findings: {
                                /** @enum {unknown} */
                                field: "question" | "answer";
                                start: number;
                                end: number;
                                /** @enum {unknown} */
                                kind: "phone" | "landline" | "id_card" | "bank_card" | "email" | "plate" | "house_number" | "name";
                                confirmed: boolean;
                                text: string | null;
                            }[];
                            /** Format: date-time */
                            publishedAt: string;
                            answerPublishedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            publicUrl: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published questions and answers, newest first: by town, category, stage (open / answered) and words */
        get: {
            parameters: {
                query?: {
                    town?: string;
                    category?: string;
                    q?: string;
                    stage?: "open" | "answered";
                    /** @description Items received in this year (county time) */
                    year?: number;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description The published question (shortened in the list) */
                                question: string;
                                /** @enum {unknown} */
                                stage: "open" | "answered";
                                stageLabel: {
                                    zh: string;
                                    en: string;
                                };
                                townName: string | null;
                                categoryName: string | null;
                                /** @description A day, county time */
                                receivedDay: string;
                                answeredDay: string | null;
                                unitName: string | null;
                                workingDaysTaken: number | null;
                                outcome: ("A" | "B" | "C" | "D") | null;
                                rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                                answerPublished: boolean;
                                /** @description Citizens who added their support (附议), the items merged into it included */
                                supportCount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/answers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published item: the question, the answer, the responsible unit, the working days taken, the outcome, the rating and its public timeline */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description The published question (shortened in the list) */
                            question: string;
                            /** @enum {unknown} */
                            stage: "open" | "answered";
                            stageLabel: {
                                zh: string;
                                en: string;
                            };
                            townName: string | null;
                            categoryName: string | null;
                            /** @description A day, county time */
                            receivedDay: string;
                            answeredDay: string | null;
                            unitName: string | null;
                            workingDaysTaken: number | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            answerPublished: boolean;
                            /** @description Citizens who added their support (附议), the items merged into it included */
                            supportCount: number;
                            answer: string | null;
                            /** Format: date-time */
                            publishedAt: string;
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                action: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deputies’ proposals in my scope (mine=true: those I lead or was invited to co-sign) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                    year?: number;
                    /** @description Deputies: the proposals I lead or was invited to co-sign */
                    mine?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                year: number;
                                number: number | null;
                                title: string;
                                /** @enum {unknown} */
                                status: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                leadDeputy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Deputies who co-signed */
                                cosigners: number;
                                leadUnitName: string | null;
                                dueOn: string | null;
                                outcome: ("A" | "B" | "C" | "D") | null;
                                rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Draft a proposal (代表建议) from items of the loop I handle, inviting co-signers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 标题 */
                        title: string;
                        /** @description 案由: the situation and its reasons */
                        reason: string;
                        /** @description 建议措施 */
                        measures: string;
                        category?: string | null;
                        /** @description Items of the loop the proposal takes up (ones the deputy sees) */
                        suggestionIds: string[];
                        /** @description Monthly reports on sites the deputy leads */
                        siteReportIds?: string[];
                        /** @description Deputies to invite to co-sign (联名) */
                        cosignerIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            number: number | null;
                            title: string;
                            reason: string;
                            measures: string;
                            category: {
                                code: string;
                                name: string;
                            } | null;
                            /** @enum {unknown} */
                            status: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            leadDeputy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            cosigners: {
                                /** Format: uuid */
                                deputyId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "invited" | "signed" | "declined" | "withdrawn";
                                respondedAt: string | null;
                            }[];
                            requiredCosigners: number;
                            sources: {
                                /** @enum {unknown} */
                                type: "suggestion" | "site_report";
                                /** Format: uuid */
                                id: string;
                                /** @description The tracking code, or the site and month of the report */
                                label: string;
                                text: string;
                            }[];
                            leadUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coUnits: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            submittedAt: string | null;
                            registeredAt: string | null;
                            dueOn: string | null;
                            notRegisteredReason: string | null;
                            contact: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                method: "in_person" | "phone" | "meeting";
                                with: string;
                                note: string;
                            } | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            firstRating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            closedAt: string | null;
                            /** @description Sent back to the unit once after an unsatisfied rating */
                            rehandled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                            allowedActions: (("invite" | "cosign" | "decline" | "unsign" | "submit" | "withdraw" | "register" | "not_register" | "contact" | "answer" | "rate") | "edit")[];
                            timeline: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                action: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                fromStatus: ("draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn") | null;
                                /** @enum {unknown} */
                                toStatus: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proposal: text, sources, co-signers, units, contact, answer, rating, history, my actions */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            number: number | null;
                            title: string;
                            reason: string;
                            measures: string;
                            category: {
                                code: string;
                                name: string;
                            } | null;
                            /** @enum {unknown} */
                            status: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            leadDeputy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            cosigners: {
                                /** Format: uuid */
                                deputyId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "invited" | "signed" | "declined" | "withdrawn";
                                respondedAt: string | null;
                            }[];
                            requiredCosigners: number;
                            sources: {
                                /** @enum {unknown} */
                                type: "suggestion" | "site_report";
                                /** Format: uuid */
                                id: string;
                                /** @description The tracking code, or the site and month of the report */
                                label: string;
                                text: string;
                            }[];
                            leadUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coUnits: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            submittedAt: string | null;
                            registeredAt: string | null;
                            dueOn: string | null;
                            notRegisteredReason: string | null;
                            contact: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                method: "in_person" | "phone" | "meeting";
                                with: string;
                                note: string;
                            } | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            firstRating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            closedAt: string | null;
                            /** @description Sent back to the unit once after an unsatisfied rating */
                            rehandled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                            allowedActions: (("invite" | "cosign" | "decline" | "unsign" | "submit" | "withdraw" | "register" | "not_register" | "contact" | "answer" | "rate") | "edit")[];
                            timeline: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                action: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                fromStatus: ("draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn") | null;
                                /** @enum {unknown} */
                                toStatus: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft: text, sources, the deputies to invite (the lead deputy, while a draft) */
        patch: {
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
                        /** @description 标题 */
                        title: string;
                        /** @description 案由: the situation and its reasons */
                        reason: string;
                        /** @description 建议措施 */
                        measures: string;
                        category?: string | null;
                        /** @description Items of the loop the proposal takes up (ones the deputy sees) */
                        suggestionIds: string[];
                        /** @description Monthly reports on sites the deputy leads */
                        siteReportIds?: string[];
                        /** @description Deputies to invite to co-sign (联名) */
                        cosignerIds?: string[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            number: number | null;
                            title: string;
                            reason: string;
                            measures: string;
                            category: {
                                code: string;
                                name: string;
                            } | null;
                            /** @enum {unknown} */
                            status: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            leadDeputy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            cosigners: {
                                /** Format: uuid */
                                deputyId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "invited" | "signed" | "declined" | "withdrawn";
                                respondedAt: string | null;
                            }[];
                            requiredCosigners: number;
                            sources: {
                                /** @enum {unknown} */
                                type: "suggestion" | "site_report";
                                /** Format: uuid */
                                id: string;
                                /** @description The tracking code, or the site and month of the report */
                                label: string;
                                text: string;
                            }[];
                            leadUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coUnits: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            submittedAt: string | null;
                            registeredAt: string | null;
                            dueOn: string | null;
                            notRegisteredReason: string | null;
                            contact: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                method: "in_person" | "phone" | "meeting";
                                with: string;
                                note: string;
                            } | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            firstRating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            closedAt: string | null;
                            /** @description Sent back to the unit once after an unsatisfied rating */
                            rehandled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                            allowedActions: (("invite" | "cosign" | "decline" | "unsign" | "submit" | "withdraw" | "register" | "not_register" | "contact" | "answer" | "rate") | "edit")[];
                            timeline: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                action: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                fromStatus: ("draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn") | null;
                                /** @enum {unknown} */
                                toStatus: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/proposals/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite co-signers, co-sign or decline, withdraw a signature, submit, withdraw (deputies); register with units and due date or decline (county office); record the contact and answer (lead unit); rate (lead deputy) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "invite" | "cosign" | "decline" | "unsign" | "submit" | "withdraw" | "register" | "not_register" | "contact" | "answer" | "rate";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                        note?: string;
                        deputyIds?: string[];
                        /** Format: uuid */
                        leadUnitId?: string;
                        coUnitIds?: string[];
                        /** @description YYYY-MM-DD (China Standard Time) */
                        dueOn?: string;
                        /** Format: date-time */
                        contactedAt?: string;
                        /** @enum {unknown} */
                        method?: "in_person" | "phone" | "meeting";
                        contactWith?: string;
                        answer?: string;
                        /** @enum {unknown} */
                        outcome?: "A" | "B" | "C" | "D";
                        /** @enum {unknown} */
                        rating?: "satisfied" | "basically_satisfied" | "dissatisfied";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            number: number | null;
                            title: string;
                            reason: string;
                            measures: string;
                            category: {
                                code: string;
                                name: string;
                            } | null;
                            /** @enum {unknown} */
                            status: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            leadDeputy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            cosigners: {
                                /** Format: uuid */
                                deputyId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "invited" | "signed" | "declined" | "withdrawn";
                                respondedAt: string | null;
                            }[];
                            requiredCosigners: number;
                            sources: {
                                /** @enum {unknown} */
                                type: "suggestion" | "site_report";
                                /** Format: uuid */
                                id: string;
                                /** @description The tracking code, or the site and month of the report */
                                label: string;
                                text: string;
                            }[];
                            leadUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coUnits: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            submittedAt: string | null;
                            registeredAt: string | null;
                            dueOn: string | null;
                            notRegisteredReason: string | null;
                            contact: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                method: "in_person" | "phone" | "meeting";
                                with: string;
                                note: string;
                            } | null;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            answeredAt: string | null;
                            firstRating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            rating: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            closedAt: string | null;
                            /** @description Sent back to the unit once after an unsatisfied rating */
                            rehandled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                            allowedActions: (("invite" | "cosign" | "decline" | "unsign" | "submit" | "withdraw" | "register" | "not_register" | "contact" | "answer" | "rate") | "edit")[];
                            timeline: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                action: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                fromStatus: ("draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn") | null;
                                /** @enum {unknown} */
                                toStatus: "draft" | "cosigning" | "submitted" | "registered" | "not_registered" | "contacted" | "answered" | "rehandling" | "closed" | "withdrawn";
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggestion categories (configurable taxonomy) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a category (county admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lower-case letters, digits and underscores; fixed once created */
                        code: string;
                        name: string;
                        nameEn?: string;
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            sort: number;
                            active: boolean;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every category, retired ones too, with order and version (county admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                sort: number;
                                active: boolean;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{code}": {
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
        /** Rename, reorder, retire or restore a category (county admins; optimistic concurrency) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version answers 409 */
                        version: number;
                        name?: string;
                        nameEn?: string;
                        sort?: number;
                        /** @description false retires the category, true restores it */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            sort: number;
                            active: boolean;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/public/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions (public) */
        get: {
            parameters: {
                query?: {
                    level?: "county" | "town" | "village";
                    /** @description 12-digit statistical region code */
                    parentCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string | null;
                                /** @enum {unknown} */
                                level: "county" | "town" | "village";
                                kind: string;
                                parentCode: string | null;
                                lat: number | null;
                                lng: number | null;
                                active: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active liaison venues (public) */
        get: {
            parameters: {
                query?: {
                    kind?: "station" | "point" | "window" | "post" | "mobile";
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                /** @enum {unknown} */
                                kind: "station" | "point" | "window" | "post" | "mobile";
                                name: string;
                                regionCode: string;
                                regionName: string;
                                townCode: string | null;
                                townName: string | null;
                                address: string;
                                lat: number | null;
                                lng: number | null;
                                receptionHours: string;
                                /** @description The next reception on the published duty schedule (排班) within 60 days; null when none */
                                nextDuty: {
                                    /** Format: date-time */
                                    startsAt: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                    venue: {
                                        id: string;
                                        name: string;
                                    };
                                    deputies: {
                                        id: string;
                                        name: string;
                                    }[];
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/venues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A venue’s public page: hours, address and the deputies on duty there */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            /** @enum {unknown} */
                            kind: "station" | "point" | "window" | "post" | "mobile";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            townCode: string | null;
                            townName: string | null;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            receptionHours: string;
                            /** @description The next reception on the published duty schedule (排班) within 60 days; null when none */
                            nextDuty: {
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                venue: {
                                    id: string;
                                    name: string;
                                };
                                deputies: {
                                    id: string;
                                    name: string;
                                }[];
                            } | null;
                        } & {
                            description: string;
                            deputies: {
                                id: string;
                                name: string;
                                levels: {
                                    level: string;
                                    term: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deputies’ public profiles */
        get: {
            parameters: {
                query?: {
                    /** @description 12-digit statistical region code */
                    regionCode?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                gender: string;
                                levels: {
                                    level: string;
                                    term: number;
                                }[];
                                townCode: string | null;
                                townName: string | null;
                                occupation: string;
                                /** @description The next reception on the published duty schedule (排班) within 60 days; null when none */
                                nextDuty: {
                                    /** Format: date-time */
                                    startsAt: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                    venue: {
                                        id: string;
                                        name: string;
                                    };
                                    deputies: {
                                        id: string;
                                        name: string;
                                    }[];
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/deputies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deputy’s public page (never the private contact) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            gender: string;
                            levels: {
                                level: string;
                                term: number;
                            }[];
                            townCode: string | null;
                            townName: string | null;
                            occupation: string;
                            /** @description The next reception on the published duty schedule (排班) within 60 days; null when none */
                            nextDuty: {
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                venue: {
                                    id: string;
                                    name: string;
                                };
                                deputies: {
                                    id: string;
                                    name: string;
                                }[];
                            } | null;
                        } & {
                            organisation: string;
                            bio: string;
                            venues: {
                                id: string;
                                name: string;
                                receptionHours: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/venues/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SVG: a venue’s QR code (联络站码), opening its public page */
        get: {
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
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/venues/{id}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PNG: a venue’s QR code (联络站码), opening its public page */
        get: {
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
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/deputies/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SVG: a deputy’s QR code (代表码 · 亮身份), opening the deputy’s public page */
        get: {
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
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/deputies/{id}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PNG: a deputy’s QR code (代表码 · 亮身份), opening the deputy’s public page */
        get: {
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
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public map’s frame: centre, zoom, base tiles and overlays (数字乡村一张图) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            center: {
                                lat: number;
                                lng: number;
                            } | null;
                            zoom: number;
                            baseLayers: {
                                url: string;
                                attribution: string;
                                subdomains?: string[];
                                maxZoom: number;
                            }[];
                            layers: "venues"[];
                            regionsApproximate: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map/regions.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The towns as schematic cells (Voronoi of their centres, 示意范围，非行政区划界线), GeoJSON (RFC 7946) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                };
                                properties: {
                                    code: string;
                                    name: string;
                                    center: number[];
                                    approximate: boolean;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map/venues.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active liaison venues with a position, GeoJSON points (RFC 7946) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                geometry: {
                                    /** @enum {string} */
                                    type: "Point";
                                    coordinates: number[];
                                };
                                properties: {
                                    id: string;
                                    code: string;
                                    name: string;
                                    /** @enum {unknown} */
                                    kind: "station" | "point" | "window" | "post" | "mobile";
                                    townCode: string | null;
                                    address: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app notifications, newest first · 我的消息 */
        get: {
            parameters: {
                query?: {
                    /** @description true: only unread; false: only read */
                    unread?: boolean;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                titleEn: string | null;
                                body: string;
                                subject: {
                                    /** @description The record type, e.g. suggestion */
                                    type: string;
                                    id: string;
                                } | null;
                                link: string | null;
                                recipientType: "user" | "unit" | "region" | "venue" | "deputy";
                                /** Format: date-time */
                                createdAt: string;
                                read: boolean;
                                readAt: string | null;
                                /** @description The record it is about has moved on since (accepted, assigned, answered…): it asks nothing more of its reader */
                                done: boolean;
                                doneAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread · 未读消息数 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read · 标记已读 */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            titleEn: string | null;
                            body: string;
                            subject: {
                                /** @description The record type, e.g. suggestion */
                                type: string;
                                id: string;
                            } | null;
                            link: string | null;
                            recipientType: "user" | "unit" | "region" | "venue" | "deputy";
                            /** Format: date-time */
                            createdAt: string;
                            read: boolean;
                            readAt: string | null;
                            /** @description The record it is about has moved on since (accepted, assigned, answered…): it asks nothing more of its reader */
                            done: boolean;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read · 全部标记已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My workspace: what waits on me by step and clock, and my figures · 我的工作台 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What waits on me, by step; steps with nothing waiting left out */
                            steps: {
                                /** @enum {unknown} */
                                step: "accept" | "route" | "assign" | "sign" | "handle" | "decide_extension" | "review" | "send" | "follow_up";
                                count: number;
                                /** @description How many of them are past their clock */
                                overdue: number;
                            }[];
                            /** @description The first items waiting on me, overdue first, then by clock */
                            waiting: {
                                /** Format: uuid */
                                id: string;
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                /** @enum {unknown} */
                                step: "accept" | "route" | "assign" | "sign" | "handle" | "decide_extension" | "review" | "send" | "follow_up";
                                /** @description The opening of the text */
                                content: string;
                                /** Format: date-time */
                                receivedAt: string;
                                dueAt: string | null;
                                overdue: boolean;
                            }[];
                            waitingTotal: number;
                            deputy: {
                                received: number;
                                open: number;
                                /** @description Items I urged or added a note to */
                                followed: number;
                                resolved: number;
                                rated: number;
                                /** @description Rated satisfied or basically satisfied */
                                satisfied: number;
                            } | null;
                            venue: {
                                receivedToday: number;
                                open: number;
                            } | null;
                            unit: {
                                open: number;
                                /** @description Handled by me and due within three days */
                                dueSoon: number;
                                extensionsAsked: number;
                                returns: number;
                                replied: number;
                                /** @description Replies given before the deadline */
                                onTime: number;
                            } | null;
                            /** @description My duty in the coming two weeks: my own slots (deputies), my venue’s (station staff) */
                            duty: {
                                /** Format: uuid */
                                id: string;
                                venue: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                    address: string;
                                };
                                regionName: string;
                                townCode: string | null;
                                /** @description YYYY-MM-DD (China Standard Time) */
                                day: string;
                                ruleDay: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "held" | "cancelled";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                changeReason: {
                                    zh: string;
                                    en: string;
                                } | null;
                                moved: boolean;
                                deputies: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    swappedFor: string | null;
                                }[];
                            }[];
                            manager: {
                                open: number;
                                overdue: number;
                                escalated: number;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner systems and their API keys (county admins) · 外部系统 */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f61",
                         *           "name": "德清县 12345 热线",
                         *           "kind": "hotline",
                         *           "kindLabel": {
                         *             "zh": "12345 热线",
                         *             "en": "12345 hotline"
                         *           },
                         *           "unitId": null,
                         *           "unitName": null,
                         *           "webhookUrl": "https://hotline.example.gov.cn/lianxin/hook",
                         *           "createdAt": "2026-12-07T01:30:00.000Z",
                         *           "keys": [
                         *             {
                         *               "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *               "prefix": "lxk_xF4KGKIP",
                         *               "scopes": [
                         *                 "intake",
                         *                 "status"
                         *               ],
                         *               "createdAt": "2026-12-07T01:30:00.000Z",
                         *               "createdBy": "admin",
                         *               "revokedAt": null,
                         *               "lastUsedAt": "2026-12-07T02:12:09.000Z"
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "total": 1
                         *     }
                         */
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "province" | "hotline" | "platform" | "other";
                                kindLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: string | null;
                                unitName: string | null;
                                webhookUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                keys: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description The first characters of the key, to tell keys apart */
                                    prefix: string;
                                    scopes: ("intake" | "status" | "platform_reply")[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdBy: string | null;
                                    revokedAt: string | null;
                                    lastUsedAt: string | null;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a partner system and issue its first API key (the key and the webhook secret are shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "浙江省人大代表履职平台",
                     *       "kind": "province",
                     *       "webhookUrl": "https://province.example.gov.cn/lianxin/hook",
                     *       "scopes": [
                     *         "intake",
                     *         "status"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        name: string;
                        /** @enum {unknown} */
                        kind: "province" | "hotline" | "platform" | "other";
                        /** Format: uuid */
                        unitId?: string;
                        /** @description Where the partner hears of its items (and a platform of its assignments), signed HMAC-SHA256 */
                        webhookUrl?: string;
                        scopes: ("intake" | "status" | "platform_reply")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "partner": {
                         *         "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f61",
                         *         "name": "德清县 12345 热线",
                         *         "kind": "hotline",
                         *         "kindLabel": {
                         *           "zh": "12345 热线",
                         *           "en": "12345 hotline"
                         *         },
                         *         "unitId": null,
                         *         "unitName": null,
                         *         "webhookUrl": "https://hotline.example.gov.cn/lianxin/hook",
                         *         "createdAt": "2026-12-07T01:30:00.000Z",
                         *         "keys": [
                         *           {
                         *             "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *             "prefix": "lxk_xF4KGKIP",
                         *             "scopes": [
                         *               "intake",
                         *               "status"
                         *             ],
                         *             "createdAt": "2026-12-07T01:30:00.000Z",
                         *             "createdBy": "admin",
                         *             "revokedAt": null,
                         *             "lastUsedAt": "2026-12-07T02:12:09.000Z"
                         *           }
                         *         ]
                         *       },
                         *       "keyId": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *       "key": "lxk_xF4KGKIPSGT8I6_5c_C7ebx5ueawjWppfo64jyaEZ3U",
                         *       "webhookSecret": "whsec_Fj6YsQoXiwMn2lIq7S4EJUqtbK_bViop"
                         *     }
                         */
                        "application/json": {
                            partner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "province" | "hotline" | "platform" | "other";
                                kindLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: string | null;
                                unitName: string | null;
                                webhookUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                keys: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description The first characters of the key, to tell keys apart */
                                    prefix: string;
                                    scopes: ("intake" | "status" | "platform_reply")[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdBy: string | null;
                                    revokedAt: string | null;
                                    lastUsedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            keyId: string;
                            /** @description The API key: shown this once, stored only as its hash */
                            key: string;
                            webhookSecret: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue another API key to a partner (to replace one); the key is shown once */
        post: {
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
                    /**
                     * @example {
                     *       "scopes": [
                     *         "intake",
                     *         "status"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        scopes: ("intake" | "status" | "platform_reply")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "partner": {
                         *         "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f61",
                         *         "name": "德清县 12345 热线",
                         *         "kind": "hotline",
                         *         "kindLabel": {
                         *           "zh": "12345 热线",
                         *           "en": "12345 hotline"
                         *         },
                         *         "unitId": null,
                         *         "unitName": null,
                         *         "webhookUrl": "https://hotline.example.gov.cn/lianxin/hook",
                         *         "createdAt": "2026-12-07T01:30:00.000Z",
                         *         "keys": [
                         *           {
                         *             "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *             "prefix": "lxk_xF4KGKIP",
                         *             "scopes": [
                         *               "intake",
                         *               "status"
                         *             ],
                         *             "createdAt": "2026-12-07T01:30:00.000Z",
                         *             "createdBy": "admin",
                         *             "revokedAt": null,
                         *             "lastUsedAt": "2026-12-07T02:12:09.000Z"
                         *           }
                         *         ]
                         *       },
                         *       "keyId": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *       "key": "lxk_xF4KGKIPSGT8I6_5c_C7ebx5ueawjWppfo64jyaEZ3U",
                         *       "webhookSecret": "whsec_Fj6YsQoXiwMn2lIq7S4EJUqtbK_bViop"
                         *     }
                         */
                        "application/json": {
                            partner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "province" | "hotline" | "platform" | "other";
                                kindLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: string | null;
                                unitName: string | null;
                                webhookUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                keys: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description The first characters of the key, to tell keys apart */
                                    prefix: string;
                                    scopes: ("intake" | "status" | "platform_reply")[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdBy: string | null;
                                    revokedAt: string | null;
                                    lastUsedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            keyId: string;
                            /** @description The API key: shown this once, stored only as its hash */
                            key: string;
                            webhookSecret: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key: it is refused (401) from now on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f61",
                         *       "name": "德清县 12345 热线",
                         *       "kind": "hotline",
                         *       "kindLabel": {
                         *         "zh": "12345 热线",
                         *         "en": "12345 hotline"
                         *       },
                         *       "unitId": null,
                         *       "unitName": null,
                         *       "webhookUrl": "https://hotline.example.gov.cn/lianxin/hook",
                         *       "createdAt": "2026-12-07T01:30:00.000Z",
                         *       "keys": [
                         *         {
                         *           "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *           "prefix": "lxk_xF4KGKIP",
                         *           "scopes": [
                         *             "intake",
                         *             "status"
                         *           ],
                         *           "createdAt": "2026-12-07T01:30:00.000Z",
                         *           "createdBy": "admin",
                         *           "revokedAt": "2026-12-08T03:00:00.000Z",
                         *           "lastUsedAt": "2026-12-07T02:12:09.000Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            kind: "province" | "hotline" | "platform" | "other";
                            kindLabel: {
                                zh: string;
                                en: string;
                            };
                            unitId: string | null;
                            unitName: string | null;
                            webhookUrl: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            keys: {
                                /** Format: uuid */
                                id: string;
                                /** @description The first characters of the key, to tell keys apart */
                                prefix: string;
                                scopes: ("intake" | "status" | "platform_reply")[];
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                revokedAt: string | null;
                                lastUsedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set, change or remove (null) a partner’s webhook URL; a new signing secret is issued and shown once */
        put: {
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
                    /**
                     * @example {
                     *       "webhookUrl": "https://province.example.gov.cn/lianxin/hook"
                     *     }
                     */
                    "application/json": {
                        webhookUrl: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "partner": {
                         *         "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f61",
                         *         "name": "德清县 12345 热线",
                         *         "kind": "hotline",
                         *         "kindLabel": {
                         *           "zh": "12345 热线",
                         *           "en": "12345 hotline"
                         *         },
                         *         "unitId": null,
                         *         "unitName": null,
                         *         "webhookUrl": "https://hotline.example.gov.cn/lianxin/hook",
                         *         "createdAt": "2026-12-07T01:30:00.000Z",
                         *         "keys": [
                         *           {
                         *             "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f62",
                         *             "prefix": "lxk_xF4KGKIP",
                         *             "scopes": [
                         *               "intake",
                         *               "status"
                         *             ],
                         *             "createdAt": "2026-12-07T01:30:00.000Z",
                         *             "createdBy": "admin",
                         *             "revokedAt": null,
                         *             "lastUsedAt": "2026-12-07T02:12:09.000Z"
                         *           }
                         *         ]
                         *       },
                         *       "webhookSecret": "whsec_Fj6YsQoXiwMn2lIq7S4EJUqtbK_bViop"
                         *     }
                         */
                        "application/json": {
                            partner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                kind: "province" | "hotline" | "platform" | "other";
                                kindLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: string | null;
                                unitName: string | null;
                                webhookUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                keys: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description The first characters of the key, to tell keys apart */
                                    prefix: string;
                                    scopes: ("intake" | "status" | "platform_reply")[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdBy: string | null;
                                    revokedAt: string | null;
                                    lastUsedAt: string | null;
                                }[];
                            };
                            webhookSecret: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner/v1/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand an item in (channel external). Retries are safe: the same Idempotency-Key, or the same reference, answers the first item (200) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key answer the first response; another body with it is a 409 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reference": "12345-20261207-0042",
                     *       "content": "新市镇某村路口路灯已坏一周，夜间通行不便，请尽快修复。",
                     *       "category": "construction",
                     *       "regionCode": "330521101201",
                     *       "contact": {
                     *         "name": "张三",
                     *         "phone": "13800000000"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The partner's own reference for the item (unique per partner) */
                        reference: string;
                        content: string;
                        category?: string;
                        regionCode?: string;
                        location?: {
                            lat: number;
                            lng: number;
                        };
                        contact?: {
                            name?: string;
                            phone?: string;
                        };
                        /** Format: date-time */
                        receivedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60",
                         *       "reference": "12345-20261207-0042",
                         *       "trackingCode": "K7Q2MP",
                         *       "statusUrl": "/api/partner/v1/suggestions/12345-20261207-0042"
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            trackingCode: string;
                            statusUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60",
                         *       "reference": "12345-20261207-0042",
                         *       "trackingCode": "K7Q2MP",
                         *       "statusUrl": "/api/partner/v1/suggestions/12345-20261207-0042"
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            trackingCode: string;
                            statusUrl: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner/v1/suggestions/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's status and public timeline, by the partner's own reference */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The partner's own reference for the item (unique per partner) */
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60",
                         *       "reference": "12345-20261207-0042",
                         *       "trackingCode": "K7Q2MP",
                         *       "status": "feedback_given",
                         *       "statusLabel": {
                         *         "zh": "已反馈",
                         *         "en": "Answered"
                         *       },
                         *       "receivedAt": "2026-12-07T09:30:00+08:00",
                         *       "updatedAt": "2026-12-09T16:02:11+08:00",
                         *       "answer": "路灯已于12月9日修复。",
                         *       "outcome": "A",
                         *       "mergedInto": null,
                         *       "events": [
                         *         {
                         *           "at": "2026-12-07T09:30:00+08:00",
                         *           "action": "submit",
                         *           "label": {
                         *             "zh": "提交",
                         *             "en": "Submitted"
                         *           },
                         *           "status": "submitted"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-12-07T09:30:00+08:00
                             */
                            receivedAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-12-07T09:30:00+08:00
                             */
                            updatedAt: string;
                            answer: string | null;
                            outcome: ("A" | "B" | "C" | "D") | null;
                            mergedInto: {
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                            } | null;
                            events: {
                                /**
                                 * Format: date-time
                                 * @example 2026-12-07T09:30:00+08:00
                                 */
                                at: string;
                                action: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {unknown} */
                                status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item assigned to the platform’s unit (一室四平台), as the assignment webhook announced it */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60",
                         *       "trackingCode": "K7Q2MP",
                         *       "status": "assigned",
                         *       "statusLabel": {
                         *         "zh": "已交办",
                         *         "en": "Assigned"
                         *       },
                         *       "role": "lead",
                         *       "content": "新市镇某村路口路灯已坏一周，夜间通行不便，请尽快修复。",
                         *       "category": "construction",
                         *       "regionCode": "330521101201",
                         *       "contactPhone": "138****0000",
                         *       "dueAt": "2026-12-14T17:30:00+08:00",
                         *       "version": 4
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {unknown} */
                            role: "lead" | "co";
                            content: string;
                            category: string | null;
                            regionCode: string;
                            contactPhone: string | null;
                            dueAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner/v1/assignments/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The platform’s answer to an item assigned to its unit as lead unit: signs and starts it when needed, then replies (the workflow’s reply, for the manager to review) */
        post: {
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
                    /**
                     * @example {
                     *       "answer": "路灯已于12月9日更换并恢复照明。",
                     *       "outcome": "A"
                     *     }
                     */
                    "application/json": {
                        answer: string;
                        /** @enum {unknown} */
                        outcome: "A" | "B" | "C" | "D";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0193a5c2-7f10-7c3e-9a51-2b9d3c4e5f60",
                         *       "trackingCode": "K7Q2MP",
                         *       "status": "assigned",
                         *       "statusLabel": {
                         *         "zh": "已交办",
                         *         "en": "Assigned"
                         *       },
                         *       "role": "lead",
                         *       "content": "新市镇某村路口路灯已坏一周，夜间通行不便，请尽快修复。",
                         *       "category": "construction",
                         *       "regionCode": "330521101201",
                         *       "contactPhone": "138****0000",
                         *       "dueAt": "2026-12-14T17:30:00+08:00",
                         *       "version": 4
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            trackingCode: string;
                            /** @enum {unknown} */
                            status: "submitted" | "accepted" | "rejected" | "answered_on_spot" | "routed" | "assigned" | "signed" | "in_progress" | "replied" | "reviewed" | "feedback_given" | "closed";
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {unknown} */
                            role: "lead" | "co";
                            content: string;
                            category: string | null;
                            regionCode: string;
                            contactPhone: string | null;
                            dueAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 GeoReport v2: the services (the categories of opinions and suggestions) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_code: string;
                            service_name: string;
                            description: string;
                            metadata: boolean;
                            /** @enum {unknown} */
                            type: "realtime" | "batch" | "blackbox";
                            keywords: string;
                            group: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 GeoReport v2: service requests the public may know of (90 days by default, at most 1000; no personal data) */
        get: {
            parameters: {
                query?: {
                    service_request_id?: string;
                    service_code?: string;
                    start_date?: string;
                    end_date?: string;
                    status?: "open" | "closed";
                    jurisdiction_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            status_notes: string;
                            service_name: string | null;
                            service_code: string | null;
                            agency_responsible: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime: string | null;
                            address: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open311 GeoReport v2: create a service request (api_key = a partner key with the intake scope; form or JSON) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key answer the first response; another body with it is a 409 */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "api_key": "lxk_…",
                     *       "service_code": "construction",
                     *       "address_id": "330521101201",
                     *       "address_string": "新市镇某村村口",
                     *       "description": "村口路灯已坏一周，夜间通行不便。",
                     *       "first_name": "三",
                     *       "last_name": "张",
                     *       "phone": "13800000000"
                     *     }
                     */
                    "application/x-www-form-urlencoded": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code: string;
                        lat?: number | string;
                        long?: number | string;
                        address_string?: string;
                        address_id?: string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description: string;
                        media_url?: string;
                    };
                    /**
                     * @example {
                     *       "api_key": "lxk_…",
                     *       "service_code": "construction",
                     *       "address_id": "330521101201",
                     *       "address_string": "新市镇某村村口",
                     *       "description": "村口路灯已坏一周，夜间通行不便。",
                     *       "first_name": "三",
                     *       "last_name": "张",
                     *       "phone": "13800000000"
                     *     }
                     */
                    "application/json": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code: string;
                        lat?: number | string;
                        long?: number | string;
                        address_string?: string;
                        address_id?: string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description: string;
                        media_url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            service_notice: string;
                            account_id: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            service_notice: string;
                            account_id: string | null;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 GeoReport v2: one service request, by its id (the tracking code) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            status_notes: string;
                            service_name: string | null;
                            service_code: string | null;
                            agency_responsible: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime: string | null;
                            address: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/answers/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published item’s support count (附议), and whether this device supports it */
        get: {
            parameters: {
                query?: {
                    /** @description A random UUID the browser keeps in localStorage: one support per device (stored as a keyed hash) */
                    device?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Supports, plus the items merged into this one and their supports */
                            count: number;
                            /** @description Whether the device given supports this item */
                            supported: boolean;
                            /** @description Whether the item still takes supports (open and not yet answered) */
                            open: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add one’s support (附议) to a published item still being handled: once per device and phone */
        post: {
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
                        /**
                         * Format: uuid
                         * @description A random UUID the browser keeps in localStorage: one support per device (stored as a keyed hash)
                         */
                        device: string;
                        /** @description Optional: one support per phone too (stored as a keyed hash) */
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Supports, plus the items merged into this one and their supports */
                            count: number;
                            /** @description Whether the device given supports this item */
                            supported: boolean;
                            /** @description Whether the item still takes supports (open and not yet answered) */
                            open: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item’s support count (附议): its own supports and its merged duplicates, and the threshold */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            /** @description Citizens who added their support to this item */
                            direct: number;
                            /** @description Items merged into this one (each counts as a support, with its own) */
                            merged: number;
                            threshold: number;
                            /** @description 关注度高: the count has reached the county’s threshold */
                            highAttention: boolean;
                            label: {
                                zh: string;
                                en: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/support-threshold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supports from which an item is of high attention (关注度高) · 附议关注阈值 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Supports from which an item is of high attention (关注度高) */
                            threshold: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the high-attention threshold (county admins) · 设置附议关注阈值 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Supports from which an item is of high attention (关注度高) */
                        threshold: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Supports from which an item is of high attention (关注度高) */
                            threshold: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this installation can confirm subscriptions by SMS (else: the Atom feeds) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            smsAvailable: boolean;
                            codeValidMinutes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Follow a town, a category or a published item (关注): a one-time code by SMS to confirm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        target: {
                            /**
                             * @description town (镇/街道, its 12-digit code) · category (类别 code) · item (a published item’s id)
                             * @enum {unknown}
                             */
                            type: "town" | "category" | "item";
                            id: string;
                        };
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False when no SMS gateway is configured: follow the Atom feed instead */
                            smsAvailable: boolean;
                            codeValidMinutes: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/subscriptions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter the code received by SMS: the subscription starts; its unsubscribe token is answered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        /** @description The 6 digits received by SMS */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            target: {
                                /**
                                 * @description town (镇/街道, its 12-digit code) · category (类别 code) · item (a published item’s id)
                                 * @enum {unknown}
                                 */
                                type: "town" | "category" | "item";
                                id: string;
                                /** @description The town’s or category’s name, or the item’s question */
                                name: string;
                            };
                            phoneMasked: string;
                            unsubscribeToken: string;
                            /** @description The public page that ends the subscription */
                            unsubscribeUrl: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/subscriptions/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a subscription with its unsubscribe token (退订); ending it again answers the same */
        post: {
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
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ended: true;
                            target: {
                                /**
                                 * @description town (镇/街道, its 12-digit code) · category (类别 code) · item (a published item’s id)
                                 * @enum {unknown}
                                 */
                                type: "town" | "category" | "item";
                                id: string;
                                /** @description The town’s or category’s name, or the item’s question */
                                name: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/feeds/towns/{code}.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A town's latest 50 published items and answers, as an Atom feed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An Atom feed (application/atom+xml) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/feeds/categories/{code}.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A category's latest 50 published items and answers, as an Atom feed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An Atom feed (application/atom+xml) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/follow/towns/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A town to follow (关注本镇): its name, feed and latest published items with their support */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string | null;
                            /** @description The town’s Atom feed */
                            feedUrl: string;
                            /** @description The town’s latest published items (at most 10), newest first */
                            latest: {
                                id: string;
                                question: string;
                                /** Format: date-time */
                                publishedAt: string;
                                answered: boolean;
                                supportCount: number;
                                /** @description Whether it still takes support (附议) */
                                open: boolean;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/openness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year’s figures of openness: answers published (办理结果公开), supports (附议), follows (关注), deputies’ proposals (代表建议) by state and outcome, and the deputies’ satisfaction with the answers */
        get: {
            parameters: {
                query: {
                    /** @description The year, in county time */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            publishedAnswers: {
                                /** @description Items first published in the year and still published (办理结果公开) */
                                total: number;
                                /** @description Of those, with their answer published */
                                answered: number;
                                /** @description Of those, still being handled: the question only */
                                open: number;
                            };
                            supports: {
                                /** @description Supports (附议) citizens added in the year */
                                total: number;
                                /** @description Items that received at least one of them */
                                items: number;
                            };
                            subscriptions: {
                                /** @description Confirmed follows (关注) of towns, categories and items now */
                                active: number;
                            };
                            proposals: {
                                /** @description Formal deputy proposals (代表建议) of the year, drafts included */
                                total: number;
                                /** @description By state */
                                byStatus: {
                                    draft: number;
                                    cosigning: number;
                                    submitted: number;
                                    registered: number;
                                    not_registered: number;
                                    contacted: number;
                                    answered: number;
                                    rehandling: number;
                                    closed: number;
                                    withdrawn: number;
                                };
                                /** @description Answers by outcome class: A 已解决 · B 正在解决 · C 计划解决 · D 留作参考 */
                                byOutcome: {
                                    A: number;
                                    B: number;
                                    C: number;
                                    D: number;
                                };
                                /** @description The deputies’ final ratings of the answers, of closed proposals */
                                ratings: {
                                    satisfied: number;
                                    basically_satisfied: number;
                                    dissatisfied: number;
                                };
                                /** @description Handled again after an unsatisfied first rating */
                                rehandled: number;
                                /** @description Satisfied or basically satisfied, of the rated ones (null: none rated) */
                                satisfactionRate: number | null;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details with Chinese and English messages */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
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
        /** @description RFC 9457 problem details with Chinese and English messages */
        Problem: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail: string;
            message: {
                zh: string;
                en: string;
            };
            field?: string;
            errors?: {
                field: string;
                message: {
                    zh: string;
                    en: string;
                };
                row?: number;
            }[];
            /** Format: date-time */
            lockedUntil?: string;
            retryAfterSeconds?: number;
            /** @description For invalid_transition: the state the item is in */
            currentStatus?: string;
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
