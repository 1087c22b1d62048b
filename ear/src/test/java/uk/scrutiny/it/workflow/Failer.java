package uk.scrutiny.it.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Called by name from the failing process's asynchronous step ({@code ${failer.fail()}}), always in vain. */
@Named
@ApplicationScoped
public class Failer {

    static final String MESSAGE = "deliberate failure of a test job";

    public void fail() {
        throw new IllegalStateException(MESSAGE);
    }
}
