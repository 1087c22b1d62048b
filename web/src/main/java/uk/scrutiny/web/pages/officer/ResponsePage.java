package uk.scrutiny.web.pages.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.CurrentUser;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;
import uk.scrutiny.workflow.lifecycle.ResponseDrafts;

/**
 * The officer's response to one request: an answer to each line of enquiry and a statement on each standard data
 * inclusion, saved as a draft or submitted; and, on the same page, asking for an extension or handing the request
 * to a colleague. Three forms, each refused with the GOV.UK error summary and messages at the fields, keeping what
 * was typed.
 *
 * <p>The answers and inclusions are plain HTML fields named after the line or inclusion ("answer-2",
 * "inclusion-HISTORICAL_TRENDS") and read from the request: how many there are depends on the item, and a
 * request-scoped page has not loaded the item yet when Faces would decode repeated components.
 */
@Named
@RequestScoped
public class ResponsePage {

    static final String PROVIDED = "provided";
    static final String NOT_PROVIDED = "not-provided";

    @Inject
    ResponseDrafts drafts;

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    UserRepository users;

    @Inject
    CouncilCalendar calendar;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormErrors errors;

    @Inject
    FacesContext faces;

    Clock clock = Clock.system(MyRequestsPage.COUNCIL_ZONE);

    private ResponseDrafts.Saved saved;
    private DueDate due;
    private String extensionDay;
    private String extensionMonth;
    private String extensionYear;
    private String extensionReason;
    private String handOverTo;
    private String handOverReason;
    private List<User> colleagues;

    /**
     * On opening the page: answers 404 when there is no such request and 403 when it is someone else's. A form
     * sent back loads the request the same way ({@link #saved()}), since it names the request in hidden fields.
     */
    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            saved();
        } catch (NoSuchItem e) {
            faces.responseComplete(); // before the error page's own Faces request ends this one's context
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (LifecycleForbidden e) {
            faces.responseComplete(); // before the error page's own Faces request ends this one's context
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    @Transactional
    ResponseDrafts.Saved saved() {
        if (saved == null) {
            Long itemId = id("item");
            Long requestId = id("request");
            if (itemId == null || requestId == null) {
                throw new NoSuchItem(null, "Say which request: item and request are required.");
            }
            saved = drafts.load(itemId, requestId, currentUser.actor());
            items.find(itemId).flatMap(i -> i.findRequest(requestId)).ifPresent(request ->
                    due = MyRequestsPage.dueDate(calendar.deadlines(), request, LocalDate.now(clock)));
        }
        return saved;
    }

    // ---- The response ------------------------------------------------------------------------------------------

    public String saveDraft() {
        saved();
        ResponseDrafts.Draft draft = posted();
        checkLengths(draft);
        for (StandardDataInclusion inclusion : getInclusions()) {
            ResponseDrafts.InclusionChoice choice = draft.inclusions().get(inclusion);
            if (choice != null && Boolean.FALSE.equals(choice.provided()) && blank(choice.reasonNotProvided())) {
                errors.add("reason-" + inclusion.name(), "Enter why " + lower(inclusion) + " are not provided");
            }
        }
        if (errors.isPresent()) {
            return null;
        }
        if (!act(() -> drafts.save(saved.itemId(), saved.requestId(), draft, currentUser.actor()))) {
            return null;
        }
        return done("Your draft has been saved. You can come back to it until the response is due.", true);
    }

    public String submit() {
        saved();
        ResponseDrafts.Draft draft = posted();
        checkLengths(draft);
        for (ResponseDrafts.AnsweredLine line : saved.lines()) {
            if (blank(draft.answers().get(line.position()))) {
                errors.add("answer-" + line.position(), "Enter your answer to " + line.kind() + " "
                        + line.position());
            }
        }
        Map<StandardDataInclusion, String> notProvided = new EnumMap<>(StandardDataInclusion.class);
        for (StandardDataInclusion inclusion : getInclusions()) {
            ResponseDrafts.InclusionChoice choice = draft.inclusions().get(inclusion);
            if (choice == null || choice.provided() == null) {
                errors.add("inclusion-" + inclusion.name(), "Select whether " + lower(inclusion) + " are provided");
            } else if (!choice.provided()) {
                if (blank(choice.reasonNotProvided())) {
                    errors.add("reason-" + inclusion.name(), "Enter why " + lower(inclusion) + " are not provided");
                } else {
                    notProvided.put(inclusion, choice.reasonNotProvided());
                }
            }
        }
        if (errors.isPresent()) {
            return null;
        }
        // The draft first, so what was typed is kept (content given for a provided inclusion included) even if
        // the submission is refused; the submission then sends exactly what the draft holds.
        boolean sent = act(() -> {
            drafts.save(saved.itemId(), saved.requestId(), draft, currentUser.actor());
            lifecycle.submitResponse(saved.itemId(), new Commands.SubmitResponse(
                    ResponseDrafts.nonBlankAnswers(draft), notProvided), currentUser.actor());
        });
        if (!sent) {
            return null;
        }
        return done("Your response to \"" + saved.itemTitle() + "\" has been sent to democratic services.", false);
    }

    /** What the response form sent: the answers by line and the choice on each inclusion. */
    private ResponseDrafts.Draft posted() {
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (ResponseDrafts.AnsweredLine line : saved.lines()) {
            answers.put(line.position(), param("answer-" + line.position()));
        }
        Map<StandardDataInclusion, ResponseDrafts.InclusionChoice> inclusions =
                new EnumMap<>(StandardDataInclusion.class);
        for (StandardDataInclusion inclusion : getInclusions()) {
            String choice = param("inclusion-" + inclusion.name());
            Boolean provided = PROVIDED.equals(choice) ? Boolean.TRUE : NOT_PROVIDED.equals(choice) ? Boolean.FALSE
                    : null;
            inclusions.put(inclusion, new ResponseDrafts.InclusionChoice(provided,
                    param("content-" + inclusion.name()), param("reason-" + inclusion.name())));
        }
        return new ResponseDrafts.Draft(answers, inclusions);
    }

    private void checkLengths(ResponseDrafts.Draft draft) {
        draft.answers().forEach((position, text) -> {
            if (text != null && text.strip().length() > 4000) {
                errors.add("answer-" + position, "Your answer must be 4,000 characters or fewer");
            }
        });
        draft.inclusions().forEach((inclusion, choice) -> {
            if (choice.content() != null && choice.content().strip().length() > 4000) {
                errors.add("content-" + inclusion.name(), "What you give for " + lower(inclusion)
                        + " must be 4,000 characters or fewer");
            }
            if (choice.reasonNotProvided() != null && choice.reasonNotProvided().strip().length() > 1000) {
                errors.add("reason-" + inclusion.name(), "Why " + lower(inclusion)
                        + " are not provided must be 1,000 characters or fewer");
            }
        });
    }

    // ---- Extension and hand-over -------------------------------------------------------------------------------

    public String askForExtension() {
        saved();
        LocalDate until = DateFields.read(errors, "extensionDate", "the date you need", extensionDay, extensionMonth,
                extensionYear);
        if (blank(extensionReason)) {
            errors.add("extensionReason", "Enter why you need more time");
        } else if (extensionReason.strip().length() > 1000) {
            errors.add("extensionReason", "Why you need more time must be 1,000 characters or fewer");
        }
        if (until != null && !until.isAfter(saved.due())) {
            errors.add("extensionDate-day", "The date you need must be after the date the response is due, "
                    + DisplayDate.format(saved.due()));
        }
        if (errors.isPresent()) {
            return null;
        }
        if (!act(() -> lifecycle.askForExtension(saved.itemId(), saved.requestId(), until, extensionReason,
                currentUser.actor()))) {
            return null;
        }
        return done("You have asked for an extension to " + DisplayDate.format(until)
                + ". Democratic services will decide; until then the response is still due "
                + DisplayDate.format(saved.due()) + ".", true);
    }

    public String handOver() {
        saved();
        if (blank(handOverTo)) {
            errors.add("handOverTo", "Select the officer to hand the request to");
        }
        if (blank(handOverReason)) {
            errors.add("handOverReason", "Enter why you are handing the request over");
        } else if (handOverReason.strip().length() > 1000) {
            errors.add("handOverReason", "Why you are handing the request over must be 1,000 characters or fewer");
        }
        if (errors.isPresent()) {
            return null;
        }
        if (!act(() -> lifecycle.handOver(saved.itemId(), saved.requestId(), handOverTo, handOverReason,
                currentUser.actor()))) {
            return null;
        }
        String name = getColleagues().stream().filter(u -> u.username().equals(handOverTo)).map(User::displayName)
                .findFirst().orElse(handOverTo);
        return done("\"" + saved.itemTitle() + "\" has been handed over to " + name + ".", false);
    }

    /**
     * Runs a service call; a broken rule becomes a message at its field, a refusal (the request is no longer
     * awaiting this officer) a message at the top.
     */
    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainRuleViolation violation) {
            errors.add(fieldFor(violation.field()), violation.getMessage());
        } catch (LifecycleConflict | LifecycleForbidden refused) {
            errors.add(null, refused.getMessage());
        }
        return false;
    }

    /** The form field a domain rule's field name stands for, or null for the top of the page. */
    String fieldFor(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("standardInclusions.")) {
            String inclusion = field.substring("standardInclusions.".length());
            return (NOT_PROVIDED.equals(param("inclusion-" + inclusion)) ? "reason-" : "content-") + inclusion;
        }
        return switch (field) {
            case "answers" -> saved.lines().isEmpty() ? null : "answer-" + saved.lines().get(0).position();
            case "standardInclusions" -> getInclusions().isEmpty() ? null
                    : "inclusion-" + getInclusions().get(0).name();
            case "requestedDue" -> "extensionDate-day";
            case "reason" -> param("handOverForm") != null ? "handOverReason" : "extensionReason";
            case "toUsername", "officer" -> "handOverTo";
            default -> null;
        };
    }

    private String done(String message, boolean stay) {
        faces.getExternalContext().getFlash().put("success", message);
        return stay ? "/officer/response.xhtml?faces-redirect=true&item=" + saved.itemId() + "&request="
                + saved.requestId() : "/officer/requests.xhtml?faces-redirect=true";
    }

    // ---- What the page shows -----------------------------------------------------------------------------------

    public ResponseDrafts.Saved getSaved() {
        return saved();
    }

    public DueDate getDue() {
        saved();
        return due;
    }

    public boolean isAwaitingResponse() {
        return "OPEN".equals(saved().requestStatus());
    }

    public List<StandardDataInclusion> getInclusions() {
        return saved().inclusions().keySet().stream().sorted().toList();
    }

    public String label(StandardDataInclusion inclusion) {
        return inclusion.label();
    }

    /** Whether the response form was what was sent: then its fields show what was typed, else the saved draft. */
    private boolean responsePosted() {
        // A marker field of the form's own: the name Faces gives the form's submit marker is implementation-specific.
        return param("responseForm") != null;
    }

    public String answer(int position) {
        if (responsePosted()) {
            return param("answer-" + position);
        }
        return saved().lines().stream().filter(l -> l.position() == position).map(ResponseDrafts.AnsweredLine::answer)
                .filter(a -> a != null).findFirst().orElse("");
    }

    /** "provided", "not-provided" or "" (not decided yet). */
    public String choice(StandardDataInclusion inclusion) {
        if (responsePosted()) {
            String posted = param("inclusion-" + inclusion.name());
            return posted == null ? "" : posted;
        }
        Boolean provided = saved().inclusions().get(inclusion).provided();
        return provided == null ? "" : provided ? PROVIDED : NOT_PROVIDED;
    }

    public String content(StandardDataInclusion inclusion) {
        return responsePosted() ? nonNull(param("content-" + inclusion.name()))
                : nonNull(saved().inclusions().get(inclusion).content());
    }

    public String reason(StandardDataInclusion inclusion) {
        return responsePosted() ? nonNull(param("reason-" + inclusion.name()))
                : nonNull(saved().inclusions().get(inclusion).reasonNotProvided());
    }

    /** Other officers, for the hand-over. */
    @Transactional
    public List<User> getColleagues() {
        if (colleagues == null) {
            String me = currentUser.getUsername();
            colleagues = users.findByRole(Role.OFFICER).stream().filter(u -> !u.username().equals(me)).toList();
        }
        return colleagues;
    }

    public String format(LocalDate date) {
        return date == null ? "" : DisplayDate.format(date);
    }

    private String param(String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    private Long id(String name) {
        String value = param(name);
        try {
            long id = value == null ? -1 : Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String lower(StandardDataInclusion inclusion) {
        return inclusion.label().toLowerCase();
    }

    // Form fields.
    public String getExtensionDay() { return extensionDay; }
    public void setExtensionDay(String v) { extensionDay = v; }
    public String getExtensionMonth() { return extensionMonth; }
    public void setExtensionMonth(String v) { extensionMonth = v; }
    public String getExtensionYear() { return extensionYear; }
    public void setExtensionYear(String v) { extensionYear = v; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String v) { extensionReason = v; }
    public String getHandOverTo() { return handOverTo; }
    public void setHandOverTo(String v) { handOverTo = v; }
    public String getHandOverReason() { return handOverReason; }
    public void setHandOverReason(String v) { handOverReason = v; }
}
