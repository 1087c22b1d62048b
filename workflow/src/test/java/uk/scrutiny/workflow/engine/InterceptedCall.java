package uk.scrutiny.workflow.engine;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/** A call as an interceptor sees it, for the retry tests: only {@link #proceed()} is the test's own. */
public abstract class InterceptedCall implements InvocationContext {

    @Override
    public Method getMethod() {
        try {
            return Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object getTarget() {
        return this;
    }

    @Override
    public Object getTimer() {
        return null;
    }

    @Override
    public Constructor<?> getConstructor() {
        return null;
    }

    @Override
    public Object[] getParameters() {
        return new Object[0];
    }

    @Override
    public void setParameters(Object[] params) {
    }

    @Override
    public Map<String, Object> getContextData() {
        return new HashMap<>();
    }
}
