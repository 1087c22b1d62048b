package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.item.InclusionStatement;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.LineOfEnquiry;
import uk.scrutiny.domain.model.item.OfficerResponse;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;

/**
 * The officer's response while it is being written: saved as a draft as often as the officer likes, and read back
 * when they return to it. Submitting is the lifecycle's business ({@link ItemLifecycle#submitResponse}); a draft
 * only changes the request's {@link OfficerResponse}, so it touches no process state and writes no timeline entry
 * (a draft is the officer's own work until it is sent).
 *
 * <p>Only the officer the request is addressed to writes or reads its draft; democratic services read it too, so
 * they can see how far an overdue response has got.
 */
@ApplicationScoped
public class ResponseDrafts {

    /** What the officer says about one standard data inclusion; neither choice made means undecided. */
    public record InclusionChoice(Boolean provided, String content, String reasonNotProvided) {
    }

    /**
     * A draft as the form holds it.
     *
     * @param answers by line position (1, 2, 3… as the item shows its lines); blank removes an answer
     * @param inclusions for each standard inclusion asked for; a missing entry leaves it undecided
     */
    public record Draft(Map<Integer, String> answers, Map<StandardDataInclusion, InclusionChoice> inclusions) {
    }

    /** One line of enquiry with the answer saved so far. */
    public record AnsweredLine(int position, String kind, String text, String answer) {
    }

    /**
     * The request and its draft, for the response form.
     *
     * @param inclusions each inclusion asked for, in the toolkit's order, with what the draft says about it
     */
    public record Saved(long itemId, String itemTitle, String committee, LocalDate meetingDate, long requestId,
            String officer, LocalDate due, String requestStatus, String responseStatus, String returnedReason,
            List<AnsweredLine> lines, Map<StandardDataInclusion, InclusionChoice> inclusions) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Transactional
    public void save(long itemId, long requestId, Draft draft, Actor actor) {
        ScrutinyItem item = find(itemId);
        InformationRequest request = request(item, requestId);
        requireOfficer(item, request, actor);
        OfficerResponse response = request.draftResponse();
        for (Map.Entry<Integer, String> answer : draft.answers().entrySet()) {
            response.answer(line(item, answer.getKey()), answer.getValue());
        }
        for (StandardDataInclusion inclusion : item.keyLinesOfEnquiry().standardInclusions()) {
            InclusionChoice choice = draft.inclusions().get(inclusion);
            if (choice == null || choice.provided() == null) {
                if (response.statementOn(inclusion).isPresent()) {
                    response.unstate(inclusion);
                }
            } else if (choice.provided()) {
                response.stateProvided(inclusion, choice.content());
            } else if (choice.reasonNotProvided() == null || choice.reasonNotProvided().isBlank()) {
                // A draft may be half-done, but "not provided" without a reason is not a statement the committee
                // could ever read: keep the choice undecided until the reason is given.
                throw new DomainRuleViolation("standardInclusions." + inclusion.name(), "Say why "
                        + inclusion.label().toLowerCase() + " are not provided");
            } else {
                response.stateNotProvided(inclusion, choice.reasonNotProvided());
            }
        }
        items.store(item);
    }

    @Transactional
    public Saved load(long itemId, long requestId, Actor actor) {
        ScrutinyItem item = find(itemId);
        InformationRequest request = request(item, requestId);
        if (!actor.has(Role.DEMOCRATIC_SERVICES)) {
            requireOfficer(item, request, actor);
        }
        OfficerResponse response = request.response().orElse(null);
        List<AnsweredLine> lines = item.keyLinesOfEnquiry().lines().stream()
                .map(l -> new AnsweredLine(l.position(), l.kind().name().toLowerCase().replace('_', ' '), l.text(),
                        response == null ? null : response.answerTo(l).orElse(null)))
                .toList();
        Map<StandardDataInclusion, InclusionChoice> inclusions = new EnumMap<>(StandardDataInclusion.class);
        for (StandardDataInclusion inclusion : item.keyLinesOfEnquiry().standardInclusions()) {
            InclusionStatement said = response == null ? null : response.statementOn(inclusion).orElse(null);
            inclusions.put(inclusion, said == null ? new InclusionChoice(null, null, null)
                    : new InclusionChoice(said.isProvided(), said.content(), said.reasonNotProvided()));
        }
        return new Saved(item.id(), item.title(), item.committee().name(),
                item.targetMeeting() == null ? null : item.targetMeeting().date(), request.id(),
                request.officer().displayName(), request.due(), request.status().name(),
                response == null ? null : response.status().name(),
                response == null ? null : response.returnedReason(), lines, inclusions);
    }

    /** The answers by position, as {@link Commands.SubmitResponse} takes them; blank answers left out. */
    public static Map<Integer, String> nonBlankAnswers(Draft draft) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        draft.answers().forEach((position, text) -> {
            if (text != null && !text.isBlank()) {
                answers.put(position, text);
            }
        });
        return answers;
    }

    private void requireOfficer(ScrutinyItem item, InformationRequest request, Actor actor) {
        User officer = request.officer();
        if (!officer.username().equals(actor.username())) {
            throw new LifecycleForbidden(item.id(), item.stage(), List.of(),
                    "This request is addressed to " + officer.displayName() + ".");
        }
    }

    private static LineOfEnquiry line(ScrutinyItem item, int position) {
        return item.keyLinesOfEnquiry().lines().stream().filter(l -> l.position() == position).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("answers", "The item has no line of enquiry " + position
                        + "."));
    }

    private static InformationRequest request(ScrutinyItem item, long requestId) {
        return item.findRequest(requestId).orElseThrow(
                () -> new NoSuchItem(null, "Item " + item.id() + " has no request with id " + requestId + "."));
    }

    private ScrutinyItem find(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NoSuchItem(null, "No item has id " + itemId + "."));
    }
}
