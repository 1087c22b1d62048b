package uk.scrutiny.workflow.engine;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.ActivityInstanceDataManager;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * The engine's runtime record of activities (ACT_RU_ACTINST) only for processes that keep history. Flowable writes a
 * row for every activity and every sequence flow an instance passes, with its end time, and looks them up again to
 * end them: on Derby, with the table's seven indexes, that was a tenth of the time of accepting a response (the
 * review ends, the responses subprocess ends, the publish task begins: six rows). The row exists to become the
 * activity's history and to answer activity instance queries. A process whose model says it keeps no history
 * ({@code flowable:historyLevel} none: the application's own, whose timelines are the record) has no use for
 * either, and nothing here asks such queries; every other process (the engine's tests, the benchmark's raw
 * baseline) keeps its rows as before.
 */
public class ActivityInstancesOnlyWithHistory extends ActivityInstanceEntityManagerImpl {

    public ActivityInstancesOnlyWithHistory(ProcessEngineConfigurationImpl configuration,
            ActivityInstanceDataManager dataManager) {
        super(configuration, dataManager);
    }

    /** Installs this manager before the configuration makes its default one. */
    static void installIn(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getActivityInstanceEntityManager() == null) {
            configuration.setActivityInstanceEntityManager(new ActivityInstancesOnlyWithHistory(configuration,
                    configuration.getActivityInstanceDataManager()));
        }
    }

    /**
     * Per process definition, whether it keeps history: a definition's level is fixed when it is deployed, and asking
     * the engine looks up the definition, its model and the model's extension elements, several times a step.
     */
    private final Map<String, Boolean> withHistory = new ConcurrentHashMap<>();

    private boolean recorded(String processDefinitionId) {
        return processDefinitionId == null || withHistory.computeIfAbsent(processDefinitionId,
                id -> engineConfiguration.getHistoryConfigurationSettings().isHistoryEnabled(id));
    }

    @Override
    public void recordActivityStart(ExecutionEntity execution) {
        if (recorded(execution.getProcessDefinitionId())) {
            super.recordActivityStart(execution);
        }
    }

    @Override
    public void recordActivityEnd(ExecutionEntity execution, String deleteReason) {
        if (recorded(execution.getProcessDefinitionId())) {
            super.recordActivityEnd(execution, deleteReason);
        }
    }

    @Override
    public void recordSequenceFlowTaken(ExecutionEntity execution) {
        if (recorded(execution.getProcessDefinitionId())) {
            super.recordSequenceFlowTaken(execution);
        }
    }

    @Override
    public void recordSubProcessInstanceStart(ExecutionEntity parentExecution, ExecutionEntity subProcessInstance) {
        if (recorded(parentExecution.getProcessDefinitionId())) {
            super.recordSubProcessInstanceStart(parentExecution, subProcessInstance);
        }
    }

    @Override
    public void recordTaskCreated(TaskEntity task, ExecutionEntity execution) {
        if (recorded(task.getProcessDefinitionId())) {
            super.recordTaskCreated(task, execution);
        }
    }

    @Override
    public void recordActivityTaskEnd(TaskEntity task, ExecutionEntity execution, String deleteReason,
            String activityId, Date endTime) {
        if (recorded(task.getProcessDefinitionId())) {
            super.recordActivityTaskEnd(task, execution, deleteReason, activityId, endTime);
        }
    }

    @Override
    public void recordTaskInfoChange(TaskEntity task, Date changeTime) {
        if (recorded(task.getProcessDefinitionId())) {
            super.recordTaskInfoChange(task, changeTime);
        }
    }

    @Override
    public void syncUserTaskExecution(ExecutionEntity execution, FlowElement flowElement, String oldActivityId,
            TaskEntity task) {
        if (recorded(execution.getProcessDefinitionId())) {
            super.syncUserTaskExecution(execution, flowElement, oldActivityId, task);
        }
    }
}
