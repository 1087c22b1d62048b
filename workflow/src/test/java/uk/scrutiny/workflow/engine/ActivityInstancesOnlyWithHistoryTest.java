package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A process that keeps no history runs as before but leaves no runtime activity rows; one at the engine's default
 * level keeps them, and its history, as Flowable does.
 */
class ActivityInstancesOnlyWithHistoryTest {

    private static final String DATABASE = "activityInstancesTest";

    /** Two requests answered side by side, then a last task: the shape of the item's responses and publication. */
    private static String process(String key, String historyLevel) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://scrutiny.uk/test">
                  <process id="%s" isExecutable="true">
                    %s
                    <startEvent id="start"/>
                    <sequenceFlow id="toResponses" sourceRef="start" targetRef="responses"/>
                    <subProcess id="responses">
                      <multiInstanceLoopCharacteristics isSequential="false" flowable:collection="${requests}"
                                                        flowable:elementVariable="requestId"/>
                      <startEvent id="issued"/>
                      <sequenceFlow id="toReview" sourceRef="issued" targetRef="review"/>
                      <userTask id="review" name="Review" flowable:candidateGroups="democratic-services"/>
                      <sequenceFlow id="afterReview" sourceRef="review" targetRef="decision"/>
                      <exclusiveGateway id="decision"/>
                      <sequenceFlow id="accepted" sourceRef="decision" targetRef="done">
                        <conditionExpression xsi:type="tFormalExpression">${accepted}</conditionExpression>
                      </sequenceFlow>
                      <sequenceFlow id="returned" sourceRef="decision" targetRef="review">
                        <conditionExpression xsi:type="tFormalExpression">${!accepted}</conditionExpression>
                      </sequenceFlow>
                      <endEvent id="done"/>
                    </subProcess>
                    <sequenceFlow id="toPublish" sourceRef="responses" targetRef="publish"/>
                    <userTask id="publish" name="Publish" flowable:assignee="democratic"/>
                    <sequenceFlow id="toEnd" sourceRef="publish" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(key, historyLevel == null ? "" : "<extensionElements><flowable:historyLevel>"
                + historyLevel + "</flowable:historyLevel></extensionElements>");
    }

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = TestEngines.standalone(DATABASE).buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("activity-instances")
                .addString("unrecorded.bpmn20.xml", process("unrecorded", "none"))
                .addString("recorded.bpmn20.xml", process("recorded", null)).deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void aProcessWithoutHistoryRunsThroughItsLoopsAndLeavesNoActivityRows() throws SQLException {
        ProcessInstance instance = runToPublish("unrecorded");

        assertThat(activityRows(instance)).isZero();
        assertThat(engine.getRuntimeService().createActivityInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
        finish(instance);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aProcessAtTheDefaultLevelKeepsItsActivityRowsAndHistory() throws SQLException {
        ProcessInstance instance = runToPublish("recorded");

        assertThat(activityRows(instance)).isPositive();
        assertThat(engine.getRuntimeService().createActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("publish").unfinished().count()).isOne();
        finish(instance);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("review").finished().count()).isEqualTo(3);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).finished().count()).isOne();
    }

    /** Two requests; the first review returned once and then accepted, the second accepted: publish waits. */
    private static ProcessInstance runToPublish(String key) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key,
                Map.of("requests", List.of(1L, 2L)));
        List<Task> reviews = tasks(instance, "review");
        assertThat(reviews).hasSize(2);
        engine.getTaskService().complete(reviews.get(0).getId(), Map.of(), Map.of("accepted", false));
        assertThat(tasks(instance, "review")).hasSize(2);
        for (Task review : tasks(instance, "review")) {
            engine.getTaskService().complete(review.getId(), Map.of(), Map.of("accepted", true));
        }
        assertThat(tasks(instance, "review")).isEmpty();
        assertThat(tasks(instance, "publish")).hasSize(1);
        return instance;
    }

    private static void finish(ProcessInstance instance) {
        engine.getTaskService().complete(tasks(instance, "publish").get(0).getId());
    }

    private static List<Task> tasks(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .list();
    }

    private static int activityRows(ProcessInstance instance) throws SQLException {
        return Integer.parseInt(TestEngines.singleString(DATABASE,
                "select count(*) from ACT_RU_ACTINST where PROC_INST_ID_ = '" + instance.getId() + "'"));
    }
}
