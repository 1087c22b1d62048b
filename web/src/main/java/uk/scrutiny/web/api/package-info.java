/**
 * The JSON API: thin resources that parse and check what a client sent, call the domain or the application
 * services, and answer JSON or an RFC 9457 problem.
 */
package uk.scrutiny.web.api;
