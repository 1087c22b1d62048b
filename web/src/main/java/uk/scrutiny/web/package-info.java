/**
 * The web module: the JSON API ({@code api}), the pages ({@code pages}), sign-in ({@code security}) and health
 * checks ({@code health}). It holds no business rules; it calls the domain and the application services.
 */
package uk.scrutiny.web;
