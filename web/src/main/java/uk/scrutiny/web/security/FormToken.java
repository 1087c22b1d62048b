package uk.scrutiny.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that proves a form was sent by a page of this service (synchronizer token against cross-site request
 * forgery). One per session, unguessable, written into every form by {@link FormTokenRenderKitFactory} and checked
 * on every page POST by {@link FormTokenFilter}.
 *
 * <p>Why not rely on the Faces view state alone: with server-side state saving its id is only as unguessable as
 * the implementation makes it, and a stateless view or a future switch to client-side state would silently remove
 * the protection. An explicit token keeps the guarantee ours and testable.
 */
public final class FormToken {

    /** The request parameter, the same in every form. */
    public static final String PARAMETER = "csrf-token";

    private static final String SESSION_ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, made on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Whether {@code given} is the session's token; a missing session or token never matches. */
    static boolean matches(HttpSession session, String given) {
        if (session == null || given == null) {
            return false;
        }
        String expected = (String) session.getAttribute(SESSION_ATTRIBUTE);
        // Constant time, so the comparison does not tell an attacker how much of a guess was right.
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
