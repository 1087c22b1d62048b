package uk.scrutiny.web.pages.democratic;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the democratic services pages read from the request itself, before Faces has bound it to the bean. */
public final class FormRequests {

    private FormRequests() {
    }

    /** Whether this request sends the form (MyFaces marks a sent form with {@code <id>_SUBMIT}). */
    static boolean sent(FacesContext faces, String form) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        return parameters.containsKey(form + "_SUBMIT") || parameters.containsKey(form);
    }

    /** A positive id, or null for anything else (a hand-edited address is a "not found", never an error). */
    public static Long id(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The second line of a moved-on message: what may be done now, in the page's words, or that nothing may. */
    static String allowedNow(List<String> allowed, Function<String, String> words, String nothingLeft) {
        return allowed.isEmpty() ? nothingLeft
                : "Allowed now: " + String.join(", ", allowed.stream().map(words).toList()) + ".";
    }
}
