package uk.scrutiny.workflow.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.deepdive.EvidenceSession;
import uk.scrutiny.domain.model.deepdive.Witness;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * The deep dive of an item the committee (or triage) referred to one: democratic services start it with its scope,
 * working group and key lines of enquiry, record its evidence sessions and findings, and agree its final report
 * with SMART recommendations, which then follow the path of a meeting's recommendations (executive response,
 * monitoring). Same transaction pattern as {@link RecommendationLifecycle}.
 */
@ApplicationScoped
public class DeepDiveLifecycle {

    @Inject
    FollowUpTasks tasks;

    @Inject
    DeepDiveRepository deepDives;

    @Inject
    CommitteeRepository committees;

    @Inject
    RecommendationLifecycle recommendations;

    @Inject
    RuntimeService runtimeService;

    /**
     * Starts the deep dive of an item at stage deep dive: its scope, its working group (members of the item's
     * committee for the municipal year it starts in) and its key lines of enquiry, which replace any the item had
     * for its report. The process starts, waiting on the deep dive.
     */
    @Transactional
    public long start(long itemId, FollowUpCommands.StartDeepDive command, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        if (!tasks.awaitsDeepDive(item)) {
            throw tasks.conflict(item, tasks.currentTask(item), FollowUpAction.START_DEEP_DIVE, actor);
        }
        tasks.requireDemocraticServices(item, actor, "Only democratic services start a deep dive.");
        User by = tasks.user(actor);
        LocalDateTime now = FollowUpTasks.now();
        LocalDate startedOn = command.startedOn() != null ? command.startedOn() : FollowUpTasks.today();
        DeepDive deepDive = new DeepDive(item, command.scope(), startedOn);
        List<CommitteeMember> eligible = eligibleMembers(item, startedOn);
        List<Long> memberIds = command.workingGroup() == null ? List.of() : command.workingGroup();
        for (int i = 0; i < memberIds.size(); i++) {
            Long id = memberIds.get(i);
            String field = "workingGroup[" + i + "]";
            CommitteeMember member = eligible.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(
                    () -> new DomainRuleViolation(field, "No member of " + item.committee().name() + " in "
                            + MunicipalYear.of(startedOn).label() + " has id " + id + "."));
            try {
                deepDive.addMember(member);
            } catch (DomainRuleViolation e) {
                throw new DomainRuleViolation(field, e.getMessage());
            }
        }
        List<String> lines = command.keyLinesOfEnquiry() == null ? List.of() : command.keyLinesOfEnquiry();
        if (!lines.isEmpty() && item.keyLinesOfEnquiry().isAgreed()) {
            item.reopenKeyLinesOfEnquiry("The deep dive sets its own key lines of enquiry.", by, now);
        }
        for (int i = 0; i < lines.size(); i++) {
            try {
                item.addKeyQuestion(lines.get(i), by, now);
            } catch (DomainRuleViolation e) {
                throw new DomainRuleViolation("keyLinesOfEnquiry[" + i + "]", e.getMessage());
            }
        }
        if (!item.keyLinesOfEnquiry().isAgreed()) {
            item.agreeKeyLinesOfEnquiry(FollowUpTasks.today(), by, now);
        }
        deepDives.store(deepDive);
        item.recordFollowUp("Deep dive started on " + DisplayDate.format(startedOn) + ". Working group: "
                + (deepDive.workingGroup().isEmpty() ? "none yet" : deepDive.workingGroup().stream()
                        .map(CommitteeMember::name).collect(Collectors.joining(", "))) + ".",
                deepDive.scope(), by, now);
        tasks.store(item);
        runtimeService.createProcessInstanceBuilder().processDefinitionKey(FollowUpTasks.PROCESS_KEY)
                .businessKey(String.valueOf(item.id())).variable("itemId", item.id())
                .transientVariables(Map.of("deepDive", true)).start();
        return deepDive.id();
    }

    /**
     * A member of the item's committee (for the municipal year the deep dive started in) joins the working group
     * while the deep dive is under way; the timeline says who and why.
     */
    @Transactional
    public void addToWorkingGroup(long itemId, long memberId, String reason, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        tasks.requireTask(item, FollowUpAction.CHANGE_WORKING_GROUP, actor);
        DeepDive deepDive = deepDiveOf(item);
        CommitteeMember member = eligibleMembers(item, deepDive.startedOn()).stream()
                .filter(m -> m.id() == memberId).findFirst().orElseThrow(() -> new DomainRuleViolation("member",
                        "No member of " + item.committee().name() + " in "
                                + MunicipalYear.of(deepDive.startedOn()).label() + " has id " + memberId + "."));
        deepDive.addMember(member);
        deepDives.store(deepDive);
        item.recordFollowUp(member.name() + " joined the deep dive's working group.",
                Text.optional(reason, "reason", "Reason", 1000), tasks.user(actor),
                FollowUpTasks.now());
        tasks.store(item);
    }

    /** A member leaves the working group while the deep dive is under way; it keeps at least one member. */
    @Transactional
    public void removeFromWorkingGroup(long itemId, long memberId, String reason, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        tasks.requireTask(item, FollowUpAction.CHANGE_WORKING_GROUP, actor);
        DeepDive deepDive = deepDiveOf(item);
        CommitteeMember member = deepDive.workingGroup().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("member", "The working group has no member with id "
                        + memberId + "."));
        deepDive.removeMember(member);
        deepDives.store(deepDive);
        item.recordFollowUp(member.name() + " left the deep dive's working group.",
                Text.optional(reason, "reason", "Reason", 1000), tasks.user(actor),
                FollowUpTasks.now());
        tasks.store(item);
    }

    /** An evidence session, site visit or survey, with its witnesses and notes. */
    @Transactional
    public long addEvidenceSession(long itemId, FollowUpCommands.EvidenceSession command, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        tasks.requireTask(item, FollowUpAction.ADD_EVIDENCE_SESSION, actor);
        DeepDive deepDive = deepDiveOf(item);
        EvidenceSession session = deepDive.addSession(command.kind(), command.title(), command.heldOn());
        session.recordNotes(command.notes());
        List<FollowUpCommands.Witness> witnesses = command.witnesses() == null ? List.of() : command.witnesses();
        for (int i = 0; i < witnesses.size(); i++) {
            try {
                session.addWitness(new Witness(witnesses.get(i).name(), witnesses.get(i).role()));
            } catch (DomainRuleViolation e) {
                throw new DomainRuleViolation("witnesses[" + i + "]", e.getMessage());
            }
        }
        deepDives.store(deepDive);
        item.recordFollowUp("Deep dive " + FollowUpTasks.words(session.kind()) + " on "
                + DisplayDate.format(session.heldOn()) + ": \"" + session.title() + "\""
                + (session.witnesses().isEmpty() ? "." : ", witnesses: " + session.witnesses().stream()
                        .map(Witness::name).collect(Collectors.joining(", ")) + "."),
                null, tasks.user(actor), FollowUpTasks.now());
        tasks.store(item);
        return session.id(); // the deep dive was read in this transaction, so its new session is the stored one
    }

    @Transactional
    public void recordFinding(long itemId, String finding, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        tasks.requireTask(item, FollowUpAction.RECORD_FINDING, actor);
        DeepDive deepDive = deepDiveOf(item);
        deepDive.recordFinding(finding);
        deepDives.store(deepDive);
        item.recordFollowUp("Deep dive finding " + deepDive.findings().size() + ": \""
                + deepDive.findings().get(deepDive.findings().size() - 1) + "\"", null, tasks.user(actor),
                FollowUpTasks.now());
        tasks.store(item);
    }

    /**
     * The working group's final report is agreed with its SMART recommendations: the deep dive is concluded, the
     * recommendations count as made that day, and the item moves to executive response, with the same due date,
     * reminder and escalation as a meeting's recommendations.
     */
    @Transactional
    public List<Long> agreeFinalReport(long itemId, FollowUpCommands.FinalReport command, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        Task task = tasks.requireTask(item, FollowUpAction.AGREE_FINAL_REPORT, actor);
        DeepDive deepDive = deepDiveOf(item);
        LocalDate on = command.on() != null ? command.on() : FollowUpTasks.today();
        if (on.isAfter(FollowUpTasks.today())) {
            throw new DomainRuleViolation("finalReportOn", "The final report cannot be agreed on a day to come ("
                    + DisplayDate.format(on) + ").");
        }
        deepDive.completeFinalReport(on);
        deepDives.store(deepDive);
        User by = tasks.user(actor);
        item.recordFollowUp("Deep dive final report agreed on " + DisplayDate.format(on) + ", with "
                + deepDive.findings().size() + (deepDive.findings().size() == 1 ? " finding." : " findings."),
                null, by, FollowUpTasks.now());
        List<Recommendation> made = recommendations.record(item, deepDive, command.recommendations(), on, by);
        tasks.complete(task, recommendations.chaseVariables(made.get(0).executiveResponseDue()));
        return made.stream().map(Recommendation::id).toList();
    }

    // ---- Reading -----------------------------------------------------------------------------------------------

    public record Status(ScrutinyItem item, Optional<DeepDive> deepDive, List<CommitteeMember> eligibleMembers,
            List<String> allowedActions, List<String> yourActions) {
    }

    @Transactional
    public Status status(long itemId, Actor actor) {
        ScrutinyItem item = tasks.find(itemId);
        Optional<Task> task = tasks.currentTask(item);
        Optional<DeepDive> deepDive = deepDives.findForItem(itemId);
        LocalDate year = deepDive.map(DeepDive::startedOn).orElse(FollowUpTasks.today());
        return new Status(item, deepDive, eligibleMembers(item, year), tasks.allowedActions(item, task, actor),
                tasks.yourActions(item, task, actor));
    }

    private List<CommitteeMember> eligibleMembers(ScrutinyItem item, LocalDate on) {
        return committees.findMembers(item.committee().id(), MunicipalYear.of(on).startYear());
    }

    private DeepDive deepDiveOf(ScrutinyItem item) {
        return deepDives.findForItem(item.id()).orElseThrow(() -> new NoSuchItem(null,
                "Item " + item.id() + " has no deep dive."));
    }
}
