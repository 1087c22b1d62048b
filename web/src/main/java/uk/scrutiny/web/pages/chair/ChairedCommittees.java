package uk.scrutiny.web.pages.chair;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteesChaired;
import uk.scrutiny.web.pages.CurrentUser;
import uk.scrutiny.workflow.lifecycle.ChairsCommittees;

/**
 * The committees the signed-in person chairs (or is vice-chair of) this municipal year, by the domain's rule
 * ({@link CommitteesChaired}): read once per page, from the one query of their seats that the lifecycle's own
 * checks share within a transaction.
 */
@RequestScoped
public class ChairedCommittees {

    @Inject
    ChairsCommittees chairs;

    @Inject
    CurrentUser currentUser;

    private CommitteesChaired chaired;

    @Transactional
    public List<Committee> mine() {
        return chaired().committees();
    }

    @Transactional
    public boolean chairs(long committeeId) {
        return chaired().chairs(committeeId);
    }

    private CommitteesChaired chaired() {
        if (chaired == null) {
            chaired = chairs.of(currentUser.getUsername());
        }
        return chaired;
    }
}
