package uk.scrutiny.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.people.Role;

/**
 * The groups the lifecycle process offers its tasks to, read from the BPMN the application deploys: "my tasks" asks
 * about an officer's own tasks only (by name) because the officers' group is not among them.
 */
class WaitingTasksTest {

    @Test
    void theLifecycleOffersTasksToTheChairAndDemocraticServicesOnlyNeverToTheOfficersGroup() throws Exception {
        BpmnModel model;
        try (InputStream bpmn = getClass().getResourceAsStream("/processes/scrutiny-item.bpmn20.xml")) {
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(bpmn, "UTF-8");
            model = new BpmnXMLConverter().convertToBpmnModel(reader);
        }
        assertThat(model.getMainProcess().getId()).isEqualTo(ItemLifecycle.PROCESS_KEY);
        assertThat(CandidateGroups.declaredIn(model)).containsExactly(Role.CHAIR.groupName(),
                Role.DEMOCRATIC_SERVICES.groupName());
        assertThat(CandidateGroups.declaredIn(model)).doesNotContain(Role.OFFICER.groupName(),
                Role.MEMBER.groupName(), Role.ADMIN.groupName());
    }
}
