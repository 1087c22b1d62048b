package uk.scrutiny.web.pages.democratic;

import jakarta.faces.context.FacesContext;
import java.util.Map;

/** What the democratic services pages read from the request itself, before Faces has bound it to the bean. */
final class FormRequests {

    private FormRequests() {
    }

    /** Whether this request sends the form (MyFaces marks a sent form with {@code <id>_SUBMIT}). */
    static boolean sent(FacesContext faces, String form) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        return parameters.containsKey(form + "_SUBMIT") || parameters.containsKey(form);
    }

    /** A positive id, or null for anything else (a hand-edited address is a "not found", never an error). */
    static Long id(String value) {
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
}
