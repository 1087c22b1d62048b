package uk.scrutiny.web.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.item.AgendaReadiness;

class AgendaCountTest {

    @Test
    void eachItemIsCountedOnceAsInLateOrNotYetDue() {
        Map<AgendaReadiness, Integer> byReadiness = new EnumMap<>(AgendaReadiness.class);
        byReadiness.put(AgendaReadiness.PUBLISHED, 1);
        byReadiness.put(AgendaReadiness.ACCEPTED, 2);
        byReadiness.put(AgendaReadiness.RESPONSE_IN, 3);
        byReadiness.put(AgendaReadiness.LATE, 4);
        byReadiness.put(AgendaReadiness.NO_REQUEST_LATE, 5);
        byReadiness.put(AgendaReadiness.NOT_YET_DUE, 6);
        byReadiness.put(AgendaReadiness.NO_REQUEST, 7);
        assertThat(AgendaCount.of(byReadiness)).isEqualTo(new AgendaCount(28, 6, 9, 13));
        assertThat(AgendaCount.of(Map.of())).isEqualTo(new AgendaCount(0, 0, 0, 0));
    }
}
