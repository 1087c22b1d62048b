package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;

/**
 * Whether an item's page links to its recommendations page: the item has recommendations, or the committee
 * resolved to make some (so they can be recorded), or it is at a stage that follows them.
 */
@Named
@ApplicationScoped
public class RecommendationsLink {

    private static final Set<Stage> FOLLOWING = EnumSet.of(Stage.EXECUTIVE_RESPONSE,
            Stage.MONITORING_RECOMMENDATIONS);

    @Inject
    RecommendationRepository recommendations;

    @Transactional
    public boolean shows(ScrutinyItem item) {
        if (item == null) {
            return false;
        }
        return FOLLOWING.contains(item.stage())
                || item.outcomes().stream().anyMatch(o -> o.resolution() == Resolution.RECOMMENDATIONS_MADE)
                || !recommendations.findByItem(item.id()).isEmpty();
    }
}
