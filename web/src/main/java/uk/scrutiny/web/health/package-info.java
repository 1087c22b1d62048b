/** MicroProfile Health checks: live when the application answers, ready when its database is. */
package uk.scrutiny.web.health;
