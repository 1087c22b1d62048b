package uk.scrutiny.web.pages.democratic;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.item.AgendaReadiness;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ConcurrentChange;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * What every democratic services page bean (request scoped), and the chair's (who triage with them), stands on:
 * who is signed in, today and the deadline rules as the council counts them, the form errors, the request being
 * sent, and one way to run a command of the application services so that each refusal lands where the user looks
 * for it.
 *
 * <p>A command is refused in one of three ways. A domain rule names the field it is about: its message goes next to
 * that field (as the page calls it). The item moved on (or the action is not this user's): the error summary says
 * so and what is allowed now, and the page shows only the forms for that ({@link #isMovedOn()}). Someone else's
 * change won the race: said the same way, with what is allowed after it.
 */
public abstract class DemocraticServicesPage {

    @Inject
    CouncilCalendar calendar;

    @Inject
    protected FormErrors errors;

    @Inject
    protected FacesContext faces;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    private DeadlineCalculator deadlines;
    private boolean movedOn;

    /**
     * The page's view action: what it is about (an item, an extension) not existing is a 404, with the page saying
     * so. Set as the status rather than sent as an error: sending it would dispatch to the error page inside this
     * Faces request, which ends its contexts and loses the layout.
     */
    public void load() {
        if (!isFound()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    /** Whether what the page is about exists; pages about no one thing always show. */
    public boolean isFound() {
        return true;
    }

    protected Actor actor() {
        return Actors.of(security);
    }

    /** The council's deadline rules, read once a request: each read loads the calendar. */
    protected DeadlineCalculator deadlines() {
        if (deadlines == null) {
            deadlines = calendar.deadlines();
        }
        return deadlines;
    }

    protected LocalDate today() {
        return Days.today(clock);
    }

    /** A request parameter as sent (plain inputs, and view parameters while a form is being sent); or null. */
    protected String param(String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    /** Whether this request sends the form (MyFaces marks a sent form with {@code <id>_SUBMIT}). */
    protected boolean sent(String form) {
        return FormRequests.sent(faces, form);
    }

    public String format(LocalDate date) {
        return Days.format(date);
    }

    /** Working days left to a date, in words ("3 working days left", "overdue by 2 working days"). */
    public String left(LocalDate due) {
        return Days.left(deadlines(), today(), due);
    }

    /** The GOV.UK tag colour of a date by the working days left to it. */
    public String tagClass(LocalDate due) {
        return Days.tagClass(deadlines(), today(), due);
    }

    /** How a computed date was worked out, with its warnings, for its details element. */
    public List<String> steps(ExplainedDate date) {
        List<String> steps = new ArrayList<>(date.steps());
        steps.addAll(date.warnings());
        return steps;
    }

    /** The GOV.UK tag colour of an item's agenda readiness. */
    public String readinessTag(AgendaReadiness readiness) {
        return switch (readiness) {
            case PUBLISHED, ACCEPTED -> "govuk-tag--green";
            case RESPONSE_IN -> "govuk-tag--blue";
            case NOT_YET_DUE, NO_REQUEST -> "govuk-tag--grey";
            case LATE, NO_REQUEST_LATE -> "govuk-tag--red";
        };
    }

    /** An enum value in words: "REQUEST_ISSUED" as "Request issued". */
    public String words(Enum<?> value) {
        String lower = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Whether the form just sent was refused because the item had moved on: only what is allowed now is shown. */
    public boolean isMovedOn() {
        return movedOn;
    }

    // ---- Running a command -------------------------------------------------------------------------------

    /** What the item is called in "... has moved on" ("The item", "The deep dive"). */
    protected String subject() {
        return "The item";
    }

    /** An action's API name in this page's words, for "Allowed now: ...". */
    protected String actionWords(String apiName) {
        return itemActionWords(apiName);
    }

    /** An item's lifecycle action in democratic services' words, for every page that names one. */
    static String itemActionWords(String apiName) {
        return switch (apiName) {
            case "triage" -> "triage the red flag";
            case "agree-kloe" -> "agree the key lines of enquiry";
            case "issue-request" -> "issue the request";
            case "submit-response" -> "the officer submits the response";
            case "accept-response" -> "accept the response";
            case "return-response" -> "return the response for more";
            case "publish" -> "publish the report";
            case "record-outcome" -> "record the outcome";
            case "defer" -> "move it to a later meeting";
            case "withdraw" -> "withdraw the item";
            case "start-deep-dive" -> "start the deep dive";
            default -> apiName;
        };
    }

    /** What the page says when nothing more is allowed. */
    protected String nothingLeft() {
        return "Nothing more can be done with this item.";
    }

    /** The actions allowed now, read again after someone else's change won the race (pages that run commands). */
    protected List<String> allowedNow() {
        return List.of();
    }

    /** Forgets what the page read, so that it shows the item as it is after a refusal. */
    protected void forget() {
    }

    /**
     * Runs a command; on success the success message goes in the flash and the browser is sent to {@code next}.
     *
     * @param fieldOf the page's field for a refusal, from the field the service named (null: the error summary)
     * @return the next view, or null to show the page again with the refusal
     */
    protected String run(Runnable command, Function<DomainRuleViolation, String> fieldOf, String success,
            String next) {
        return run(command, fieldOf, missing -> fieldOf.apply(new DomainRuleViolation(null, missing.getMessage())),
                success, next);
    }

    /**
     * Runs a command, with the field for something it names not existing chosen apart from a domain rule's. The
     * pages above send that refusal where a refusal naming no field goes (the form's first field, mostly); the item
     * page sends it to the field the refusal names, or to the error summary when it names none of the form's.
     *
     * @param missingFieldOf the page's field for a refusal of something missing (null: the error summary)
     */
    protected String run(Runnable command, Function<DomainRuleViolation, String> fieldOf,
            Function<NoSuchItem, String> missingFieldOf, String success, String next) {
        try {
            command.run();
        } catch (DomainRuleViolation violation) {
            errors.add(fieldOf.apply(violation), violation.getMessage());
            return null;
        } catch (NoSuchItem missing) {
            errors.add(missingFieldOf.apply(missing), missing.getMessage());
            return null;
        } catch (LifecycleConflict conflict) {
            return refused(subject() + " has moved on: " + conflict.getMessage(), conflict.allowedActions());
        } catch (LifecycleForbidden forbidden) {
            return refused(forbidden.getMessage(), forbidden.allowedActions());
        } catch (RuntimeException e) {
            if (!ConcurrentChange.detected(e)) {
                throw e;
            }
            forget();
            return refused("Someone else acted on this item at the same time.", allowedNow());
        }
        faces.getExternalContext().getFlash().put("success", success);
        return next;
    }

    private String refused(String message, List<String> allowed) {
        movedOn = true;
        forget();
        errors.add(null, message);
        errors.add(null, FormRequests.allowedNow(allowed, this::actionWords, nothingLeft()));
        return null;
    }
}
