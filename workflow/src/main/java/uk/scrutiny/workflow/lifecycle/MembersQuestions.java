package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import uk.scrutiny.domain.model.item.Question;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * Members' questions on a published report (lifecycle step 7): a member asks, the question goes to the report
 * author (or the lead officer when the author has no account), who answers it before the meeting, or democratic
 * services record the answer given at the meeting. The questions belong to the item: each is written to its
 * timeline, and they are not process steps, so the process neither waits for them nor holds them up.
 */
@ApplicationScoped
public class MembersQuestions {

    /** A question and its answer, if it has one. */
    public record Asked(long id, long itemId, String text, String askedBy, String askedByName, LocalDateTime askedAt,
            String addressedTo, String addressedToName, String answer, String answeredBy, LocalDateTime answeredAt,
            boolean answeredAtMeeting) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Inject
    UserRepository users;

    /** A member (or chair) asks; the item must be published and open (the domain says why not otherwise). */
    @Transactional
    public Asked ask(long itemId, String text, Actor actor) {
        ScrutinyItem item = find(itemId);
        if (!(actor.has(Role.MEMBER) || actor.has(Role.CHAIR))) {
            throw new LifecycleForbidden(itemId, item.stage(), List.of(), "Only committee members ask questions on "
                    + "a report.");
        }
        Question question = item.askQuestion(text, user(actor), now());
        items.store(item); // flushes, so the question has its id
        return view(question);
    }

    /**
     * The person the question was sent to answers it in writing, or democratic services record the answer given
     * at the meeting.
     */
    @Transactional
    public Asked answer(long itemId, long questionId, String answer, boolean atMeeting, Actor actor) {
        ScrutinyItem item = find(itemId);
        Question question = item.questions().stream().filter(q -> q.id() == questionId).findFirst().orElseThrow(
                () -> new NoSuchItem(null, "Item " + itemId + " has no question with id " + questionId + "."));
        boolean addressee = question.addressedTo().username().equals(actor.username());
        if (!addressee && !actor.has(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(itemId, item.stage(), List.of(), "The question was sent to "
                    + question.addressedTo().displayName() + "; only they, or democratic services, answer it.");
        }
        question.answer(answer, atMeeting, user(actor), now());
        items.store(item);
        return view(question);
    }

    /** Every question on the item, oldest first. */
    @Transactional
    public List<Asked> on(long itemId) {
        return find(itemId).questions().stream().map(MembersQuestions::view).toList();
    }

    private static Asked view(Question q) {
        return new Asked(q.id(), q.item().id(), q.text(), q.askedBy().username(), q.askedBy().displayName(),
                q.askedAt(), q.addressedTo().username(), q.addressedTo().displayName(), q.answer(),
                q.answeredBy() == null ? null : q.answeredBy().username(), q.answeredAt(), q.answeredAtMeeting());
    }

    private ScrutinyItem find(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NoSuchItem(null, "No item has id " + itemId + "."));
    }

    private User user(Actor actor) {
        return users.findByUsername(actor.username()).orElseThrow(() -> new IllegalStateException(
                "The signed-in user " + actor.username() + " has no account in the database"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
