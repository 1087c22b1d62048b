/** Sign-in: one authentication mechanism for pages (form and session) and the API (HTTP Basic). */
package uk.scrutiny.web.security;
