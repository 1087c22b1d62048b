package uk.scrutiny.web.pages.democratic;

import java.util.Map;
import uk.scrutiny.domain.model.item.AgendaReadiness;

/**
 * A meeting's agenda counted as democratic services chase it, each item once: its responses are in (in, accepted
 * or published), it is late (a request past its due date, or no request once the officer response deadline has
 * passed), or it is not yet due.
 */
public record AgendaCount(int items, int responsesIn, int late, int notYetDue) {

    public static AgendaCount of(Map<AgendaReadiness, Integer> byReadiness) {
        int in = 0;
        int late = 0;
        int notYetDue = 0;
        for (Map.Entry<AgendaReadiness, Integer> e : byReadiness.entrySet()) {
            switch (e.getKey()) {
                case PUBLISHED, ACCEPTED, RESPONSE_IN -> in += e.getValue();
                case LATE, NO_REQUEST_LATE -> late += e.getValue();
                case NOT_YET_DUE, NO_REQUEST -> notYetDue += e.getValue();
            }
        }
        return new AgendaCount(in + late + notYetDue, in, late, notYetDue);
    }
}
