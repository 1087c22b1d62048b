package uk.scrutiny.domain.model.deepdive;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.MO;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.MemberRole;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;

class DeepDiveTest {

    private final Committee committee = committee();
    private final ScrutinyItem item = new ScrutinyItem(committee, "Children missing education", null,
            ItemType.DEEP_DIVE, "Work programme");
    private final CommitteeMember member = new CommitteeMember(committee, 2025, "Cllr Mo Example", MemberRole.MEMBER, MO);
    private final LocalDate started = LocalDate.of(2026, 2, 2);
    private final DeepDive deepDive = new DeepDive(item, "How children missing education are found and helped", started);

    @Test
    void theWorkingGroupIsDrawnFromTheItemsCommitteeEachMemberOnce() {
        CommitteeMember elsewhere = new CommitteeMember(new Committee("Overview and Scrutiny Board", null), 2025,
                "Cllr Pat Sample", MemberRole.MEMBER, null);

        assertViolation(() -> deepDive.addMember(elsewhere), "workingGroup")
                .hasMessage("Cllr Pat Sample is not a member of Children's Services Overview and Scrutiny Committee.");
        deepDive.addMember(member);
        assertViolation(() -> deepDive.addMember(member), "workingGroup")
                .hasMessage("Cllr Mo Example is already in the working group.");
        assertThat(deepDive.workingGroup()).containsExactly(member);
    }

    @Test
    void membersJoinAndLeaveTheWorkingGroupWhileTheDeepDiveIsUnderWayButItNeverEmpties() {
        CommitteeMember chair = new CommitteeMember(committee, 2025, "Cllr Chris Example", MemberRole.CHAIR, null);
        deepDive.addMember(member);

        assertViolation(() -> deepDive.removeMember(member), "workingGroup")
                .hasMessage("Cllr Mo Example is the only member of the working group. Add another member before "
                        + "removing them.");
        assertViolation(() -> deepDive.removeMember(chair), "workingGroup")
                .hasMessage("Cllr Chris Example is not in the working group.");
        deepDive.addMember(chair);
        deepDive.removeMember(member);
        assertThat(deepDive.workingGroup()).containsExactly(chair);
        deepDive.addMember(member);
        assertThat(deepDive.workingGroup()).containsExactly(chair, member);

        deepDive.recordFinding("Referrals from schools arrive late");
        deepDive.completeFinalReport(started);
        assertViolation(() -> deepDive.removeMember(member), "workingGroup")
                .hasMessageContaining("it can no longer be changed");
        assertViolation(() -> deepDive.addMember(new CommitteeMember(committee, 2025, "Cllr Pat Sample",
                MemberRole.MEMBER, null)), "workingGroup").hasMessageContaining("it can no longer be changed");
        assertThat(deepDive.workingGroup()).containsExactly(chair, member);
    }

    @Test
    void sessionsGatherWitnessesAndComeAfterTheStart() {
        assertViolation(() -> deepDive.addSession(EvidenceKind.SITE_VISIT, "Visit", started.minusDays(1)), "heldOn")
                .hasMessageContaining("before the deep dive started");

        EvidenceSession session = deepDive.addSession(EvidenceKind.EVIDENCE_SESSION, "Education welfare service",
                LocalDate.of(2026, 2, 16));
        session.addWitness(new Witness("Head of Education Welfare", "The council"));
        assertViolation(() -> session.addWitness(new Witness("Head of Education Welfare", "The council")), "witnesses")
                .hasMessage("Head of Education Welfare is already a witness of this session.");
        assertViolation(() -> new Witness(" ", null), "witnesses.name");

        assertThat(deepDive.sessions()).singleElement().satisfies(s ->
                assertThat(s.witnesses()).extracting(Witness::role).containsExactly("The council"));
    }

    @Test
    void theFinalReportNeedsAWorkingGroupAndFindingsAndEndsTheDeepDive() {
        LocalDate reported = LocalDate.of(2026, 6, 1);
        assertViolation(() -> deepDive.completeFinalReport(reported), "workingGroup");
        deepDive.addMember(member);
        assertViolation(() -> deepDive.completeFinalReport(reported), "findings")
                .hasMessage("Record at least one finding before the final report.");
        deepDive.recordFinding("Referrals from schools arrive late");

        deepDive.completeFinalReport(reported);

        assertThat(deepDive.isConcluded()).isTrue();
        assertViolation(() -> deepDive.recordFinding("Another"), "findings")
                .hasMessage("The deep dive concluded with its final report on Mon 1 Jun 2026; it can no longer be changed.");
        assertViolation(() -> deepDive.addSession(EvidenceKind.SURVEY, "Survey", reported), "sessions");
        assertThat(deepDive.findings()).containsExactly("Referrals from schools arrive late");
    }

    @Test
    void aDeepDiveHasAScope() {
        assertViolation(() -> new DeepDive(item, "", started), "scope").hasMessage("Scope is required.");
        assertViolation(() -> new DeepDive(null, "Scope", started), "item");
    }
}
