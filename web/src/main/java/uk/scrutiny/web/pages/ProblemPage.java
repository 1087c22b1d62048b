package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page shown when something unexpected fails. The failure is logged once with a correlation id, and the person
 * sees only that id to quote, never the exception.
 */
@Named
@RequestScoped
public class ProblemPage {

    private static final Logger LOG = Logger.getLogger(ProblemPage.class.getName());

    @Inject
    HttpServletRequest request;

    private String correlationId;

    public String getCorrelationId() {
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            LOG.log(Level.SEVERE, "Unexpected error on " + uri + ", correlation id " + correlationId,
                    failure instanceof Throwable t ? t : null);
        }
        return correlationId;
    }
}
