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

    /** The first message about one field, or null. */
    public String about(String fieldId) {
        List<FacesMessage> messages = faces.getMessageList(fieldId);
        return messages.isEmpty() ? null : messages.get(0).getSummary();
    }
}
