package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of a failed form in the shape of the GOV.UK error summary: each with the id of the field it is
 * about, so the summary can link to the field and the field can show its own message.
 */
@Named
@RequestScoped
public class FormErrors {

    public record FieldMessage(String fieldId, String text) {
    }

    @Inject
    FacesContext faces;

    public List<FieldMessage> getAll() {
        List<FieldMessage> all = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            for (FacesMessage message : faces.getMessageList(id)) {
                all.add(new FieldMessage(id, message.getSummary()));
            }
        }
        return all;
    }

    public boolean isPresent() {
        return faces.getClientIdsWithMessages().hasNext();
    }

    /**
     * The first message about one field, or null. A date input's message is kept against its day field, which the
     * error summary links to, so it is found by the date's own id too.
     */
    public String about(String fieldId) {
        List<FacesMessage> messages = faces.getMessageList(fieldId);
        if (messages.isEmpty()) {
            messages = faces.getMessageList(fieldId + "-day");
        }
        return messages.isEmpty() ? null : messages.get(0).getSummary();
    }

    /** The ids for a field's aria-describedby: its hint and its error, when it has them. */
    public String describedBy(String fieldId, boolean hasHint) {
        StringBuilder ids = new StringBuilder();
        if (hasHint) {
            ids.append(fieldId).append("-hint");
        }
        if (about(fieldId) != null) {
            ids.append(ids.isEmpty() ? "" : " ").append(fieldId).append("-error");
        }
        return ids.toString();
    }

    /** Records a message about a field of a form with {@code prependId="false"}, and fails the form. */
    public void add(String fieldId, String message) {
        faces.addMessage(fieldId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }
}
