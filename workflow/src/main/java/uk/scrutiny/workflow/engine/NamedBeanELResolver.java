package uk.scrutiny.workflow.engine;

import java.util.Objects;
import java.util.Optional;

import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

/**
 * Resolves the top-level identifiers of BPMN expressions, such as {@code someBean} in
 * {@code ${someBean.check(execution)}}, to named beans of the application.
 *
 * <p>Flowable evaluates expressions with its own copy of the EL API (not {@code jakarta.el}) and
 * offers no CDI integration for Jakarta EE, so the bridge is a resolver on Flowable's side that asks
 * a {@link NamedBeanLookup}; {@link WorkflowEngine} supplies one over the CDI {@code BeanManager}.
 * Installed with {@code addPreDefaultResolver}, it comes after process variables (a variable
 * shadows a bean of the same name, as with Flowable's Spring integration) and before Flowable's
 * own map/list/bean resolvers. Beans are read-only from expressions.
 */
public class NamedBeanELResolver extends ELResolver {

    /** Finds the application bean with an EL name; empty when there is none. */
    @FunctionalInterface
    public interface NamedBeanLookup {
        Optional<Object> find(String name);
    }

    private final NamedBeanLookup lookup;

    public NamedBeanELResolver(NamedBeanLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Optional<Object> bean = lookup.find(name);
        if (bean.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(true);
        return bean.get();
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Optional<Object> bean = lookup.find(name);
        if (bean.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(true);
        return bean.get().getClass();
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Never resolved here: assigning to a bean name in an expression is not supported.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name && lookup.find(name).isPresent()) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
