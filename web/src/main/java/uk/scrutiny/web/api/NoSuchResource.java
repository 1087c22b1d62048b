package uk.scrutiny.web.api;

import jakarta.ws.rs.NotFoundException;

/** A 404 whose message is ours to show, e.g. "No committee has id 99.", unlike the runtime's own 404s. */
public class NoSuchResource extends NotFoundException {

    public NoSuchResource(String message) {
        super(message);
    }
}
