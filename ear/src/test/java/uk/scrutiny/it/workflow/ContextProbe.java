package uk.scrutiny.it.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.FlowableFutureJavaDelegate;

/**
 * A future delegate ({@code flowable:delegateExpression="${contextProbe}"}): Flowable runs its {@link #execute}
 * on the engine's async task invoker pool and hands the result back to the process on the caller's thread.
 */
@Named
@ApplicationScoped
public class ContextProbe implements FlowableFutureJavaDelegate<String, String> {

    @Override
    public String prepareExecutionData(DelegateExecution execution) {
        return Thread.currentThread().getName();
    }

    @Override
    public String execute(String callerThread) {
        if (Thread.currentThread().getName().equals(callerThread)) {
            return "ran on the caller's thread " + callerThread;
        }
        return ContainerContext.componentContext();
    }

    @Override
    public void afterExecution(DelegateExecution execution, String componentContext) {
        execution.setVariable("invokerComponentContext", componentContext);
    }
}
