package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;
import static uk.scrutiny.web.pages.democratic.FormRequests.id;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.item.ExtensionDecision;
import uk.scrutiny.domain.model.item.ExtensionRequest;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.officer.DueDate;
import uk.scrutiny.web.pages.officer.MyRequestsPage;
import uk.scrutiny.workflow.lifecycle.ConcurrentChange;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * Democratic services decide on an officer's extension request: the request's current due date, the date asked
 * for and why, then grant (to that date or another) or refuse (with the reason). Once decided the page shows the
 * decision and the due date in force, with the working days left and how it was worked out. A decision sent after
 * the extension was decided by someone else, or closed because the response came in, is refused and the page says
 * what happened instead.
 */
@Named
@RequestScoped
public class ExtensionPage extends DemocraticServicesPage {

    static final String GRANT = "GRANT";
    static final String REFUSE = "REFUSE";

    @Inject
    ItemLifecycle lifecycle;

    private String item;
    private String request;
    private String extension;
    private ScrutinyItem found;
    private InformationRequest foundRequest;
    private ExtensionRequest foundExtension;
    private boolean looked;
    private DueDate due;

    // Form fields, kept as typed so a refused form shows them again.
    private String decision;
    private String untilDay;
    private String untilMonth;
    private String untilYear;
    private String note;
    private String refusalReason;

    @Override
    public boolean isFound() {
        find();
        return foundExtension != null;
    }

    private void find() {
        if (looked) {
            return;
        }
        looked = true;
        Long itemId = id(value(item, "item"));
        Long requestId = id(value(request, "request"));
        Long extensionId = id(value(extension, "extension"));
        if (itemId == null || requestId == null || extensionId == null) {
            return;
        }
        try {
            found = lifecycle.status(itemId, actor()).item();
        } catch (NoSuchItem e) {
            return;
        }
        foundRequest = found.requests().stream().filter(r -> r.id() == requestId.longValue()).findFirst()
                .orElse(null);
        foundExtension = foundRequest == null ? null : foundRequest.extensions().stream()
                .filter(e -> e.id() == extensionId.longValue()).findFirst().orElse(null);
    }

    // ---- What the page shows -----------------------------------------------------------------------------

    public ScrutinyItem getScrutinyItem() {
        return found;
    }

    public InformationRequest getInformationRequest() {
        return foundRequest;
    }

    public ExtensionRequest getExtensionRequest() {
        return foundExtension;
    }

    /** The form is offered while the extension awaits a decision, and kept on the page while it is being sent. */
    public boolean isDecidable() {
        return isFound() && (foundExtension.isPending() || sent());
    }

    /** The due date in force, with the working days left and how it was worked out. */
    public DueDate getDue() {
        if (due == null) {
            due = MyRequestsPage.dueDate(deadlines(), foundRequest, today());
        }
        return due;
    }

    public String decisionWords() {
        ExtensionDecision d = foundExtension.decision();
        return switch (d) {
            case PENDING -> "Awaiting your decision";
            case GRANTED -> "Granted";
            case REFUSED -> "Refused";
            case NOT_NEEDED -> "Closed: no longer needed";
        };
    }

    /** The new due date starts at the date asked for, unless the form is being sent. */
    private void prefill() {
        if (untilDay != null || untilMonth != null || untilYear != null || sent() || foundExtension == null) {
            return;
        }
        LocalDate asked = foundExtension.requestedDue();
        untilDay = String.valueOf(asked.getDayOfMonth());
        untilMonth = String.valueOf(asked.getMonthValue());
        untilYear = String.valueOf(asked.getYear());
    }

    /** What was last chosen on the decision radios; "" when nothing. */
    public String getPostedDecision() {
        return decision == null ? "" : decision;
    }

    // ---- The action --------------------------------------------------------------------------------------

    public String decide() {
        find();
        decision = param("decision");
        LocalDate until = null;
        if (GRANT.equals(decision)) {
            until = DateFields.read(errors, "until", "the new due date", untilDay, untilMonth, untilYear);
            if (until != null && !until.isAfter(foundRequest.due())) {
                errors.add("until-day", "The new due date must be after the current due date, "
                        + Days.format(foundRequest.due()));
            }
        } else if (REFUSE.equals(decision)) {
            if (blank(refusalReason)) {
                errors.add("refusalReason", "Enter why the extension is refused");
            }
        } else {
            errors.add("decision", "Select whether to grant or refuse the extension");
        }
        if (errors.isPresent()) {
            return null;
        }
        long itemId = found.id();
        long requestId = foundRequest.id();
        long extensionId = foundExtension.id();
        LocalDate grantedUntil = until;
        try {
            if (GRANT.equals(decision)) {
                lifecycle.grantExtension(itemId, requestId, extensionId, grantedUntil, blank(note) ? null
                        : note.strip(), actor());
            } else {
                lifecycle.refuseExtension(itemId, requestId, extensionId, refusalReason.strip(), actor());
            }
        } catch (DomainRuleViolation violation) {
            errors.add(switch (violation.field() == null ? "" : violation.field()) {
                case "grantedDue" -> "until-day";
                case "decisionReason" -> GRANT.equals(decision) ? "note" : "refusalReason";
                default -> null;
            }, violation.getMessage());
            return null;
        } catch (LifecycleConflict | LifecycleForbidden refused) {
            reload();
            errors.add(null, "The extension can no longer be decided: " + refused.getMessage());
            return null;
        } catch (RuntimeException e) {
            if (!ConcurrentChange.detected(e)) {
                throw e;
            }
            reload();
            errors.add(null, "Someone else acted on this request at the same time. Check the extension below.");
            return null;
        }
        faces.getExternalContext().getFlash().put("success", GRANT.equals(decision)
                ? "The extension is granted. The response is now due on " + Days.format(grantedUntil) + "."
                : "The extension is refused. The response is still due on " + Days.format(foundRequest.due()) + ".");
        return "/democratic/extension.xhtml?faces-redirect=true&item=" + itemId + "&request=" + requestId
                + "&extension=" + extensionId;
    }

    /** After a refusal the page shows the extension as it is now, without the form. */
    private void reload() {
        looked = false;
        found = null;
        foundRequest = null;
        foundExtension = null;
        due = null;
        decisionSent = false;
        find();
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    private boolean decisionSent = true;

    /** Whether this request sends the decision form (and it has not just been refused as out of date). */
    private boolean sent() {
        return decisionSent && sent("decision-form");
    }

    private String value(String field, String parameter) {
        return field != null ? field : param(parameter);
    }

    // Fields.
    public String getItem() { return item; }
    public void setItem(String v) { item = v; }
    public String getRequest() { return request; }
    public void setRequest(String v) { request = v; }
    public String getExtension() { return extension; }
    public void setExtension(String v) { extension = v; }
    public String getUntilDay() { prefill(); return untilDay; }
    public void setUntilDay(String v) { untilDay = v; }
    public String getUntilMonth() { prefill(); return untilMonth; }
    public void setUntilMonth(String v) { untilMonth = v; }
    public String getUntilYear() { prefill(); return untilYear; }
    public void setUntilYear(String v) { untilYear = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String v) { refusalReason = v; }
}
