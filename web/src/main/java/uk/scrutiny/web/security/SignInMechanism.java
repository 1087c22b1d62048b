package uk.scrutiny.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import uk.scrutiny.domain.model.people.PasswordHashing;

/**
 * One sign-in for two kinds of client. People using the pages sign in with a form and keep a session; programs
 * using {@code /api} send HTTP Basic with the same user name and password on each request (or keep the session
 * cookie they were given). Both are checked against the same users table through the database identity store.
 *
 * <p>Jakarta Security 3 allows one mechanism per application, so this class chooses by path. An API call
 * without valid credentials gets 401 with a problem body rather than a redirect to the sign-in page, which a
 * program could not follow.
 */
@ApplicationScoped
@AutoApplySession
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/scrutiny",
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE,
                PasswordHashing.KEY_SIZE})
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // The sign-in page called SecurityContext.authenticate with what the person typed.
            CredentialValidationResult result = identityStore.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (context.isProtected()) {
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(header.substring(6).strip());
            if (credential == null) {
                return unauthorized(response, "The Authorization header is not valid HTTP Basic.");
            }
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, "The user name or password is not right.");
        }
        if (context.isProtected()) {
            return unauthorized(response, "Sign in to use this part of the API: send HTTP Basic credentials.");
        }
        return context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"scrutiny\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; there is no one left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
