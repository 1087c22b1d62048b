package uk.scrutiny.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GOV.UK Frontend's precompiled CSS refers to its images at {@code /assets/...}; they live in the WebJar. The
 * GDS Transport fonts are deliberately not served: they are licensed for GOV.UK services only, and the council
 * stylesheet uses Arial instead.
 */
@WebFilter(urlPatterns = "/assets/*")
public class GovukAssets extends HttpFilter {

    static final String WEBJAR_ASSETS = "/webjars/govuk-frontend/5.13.0/dist/govuk/assets";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/assets".length());
        if (path.startsWith("/fonts/") || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(WEBJAR_ASSETS + path).forward(request, response);
    }
}
