package uk.scrutiny.workflow.lifecycle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.CommitteesChaired;
import uk.scrutiny.domain.model.people.Role;

/**
 * The committees an acting chair chairs (or is vice-chair of) today: the only committees whose red flags they
 * triage and whose late reports they agree to take as urgent. The chair role alone says they chair some committee,
 * not which. Read once per transaction: "my tasks" asks for the triage tasks and for the urgent agreements, and an
 * action asks for the refusal and for the actions allowed.
 */
@ApplicationScoped
public class ChairsCommittees {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private static final String KEPT = ChairsCommittees.class.getName() + ".";

    @Inject
    CommitteeRepository committees;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Those of the actor; none for someone without the chair role, whatever seats they hold. */
    public CommitteesChaired of(Actor actor) {
        if (!actor.has(Role.CHAIR)) {
            return CommitteesChaired.NONE;
        }
        return of(actor.username());
    }

    /** Those of the person with this user name, whether or not they are signed in now. */
    public CommitteesChaired of(String username) {
        if (transactions.getTransactionKey() == null) {
            return committees.findCommitteesChaired(username, LocalDate.now(COUNCIL_ZONE));
        }
        String key = KEPT + username;
        CommitteesChaired kept = (CommitteesChaired) transactions.getResource(key);
        if (kept == null) {
            kept = committees.findCommitteesChaired(username, LocalDate.now(COUNCIL_ZONE));
            transactions.putResource(key, kept);
        }
        return kept;
    }
}
