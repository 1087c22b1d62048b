/** Backing beans of the Facelets pages: what each page shows and the form actions it offers. */
package uk.scrutiny.web.pages;
