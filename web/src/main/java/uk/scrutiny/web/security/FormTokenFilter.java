package uk.scrutiny.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Refuses every page POST that does not carry the session's {@link FormToken}, before any page code runs, so a
 * forged or stale form changes nothing. The refusal is a 403 with a page that tells the person what to do. The
 * API is not covered: it takes no cookies from pages' forms as proof (HTTP Basic, or a session a program keeps).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FormTokenFilter extends HttpFilter {

    static final String REFUSED_PAGE = "/form-refused.xhtml";
    private static final Logger LOG = Logger.getLogger(FormTokenFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())
                || FormToken.matches(request.getSession(false), request.getParameter(FormToken.PARAMETER))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a form sent to " + request.getRequestURI() + " without this session's form token"
                + (request.getSession(false) == null ? " (no session: it may have expired)." : "."));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        // Shown as a GET with no parameters, so the page is rendered afresh and nothing of the refused form is used.
        request.getRequestDispatcher(REFUSED_PAGE).forward(new AsFreshGet(request), response);
    }

    private static final class AsFreshGet extends HttpServletRequestWrapper {

        AsFreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
