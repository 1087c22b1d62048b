package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.el.FlowableElContext;
import org.junit.jupiter.api.Test;

/** The resolver on its own; {@link DerbyEngineTest} shows it inside a running process. */
class NamedBeanELResolverTest {

    private final NamedBeanELResolver resolver = new NamedBeanELResolver(name -> Optional.ofNullable(Map.of("deadlines", (Object) "bean").get(name)));

    private static ELContext context() {
        return new FlowableElContext(null, null, null);
    }

    @Test
    void resolvesATopLevelNameToTheBean() {
        ELContext context = context();

        assertThat(resolver.getValue(context, null, "deadlines")).isEqualTo("bean");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesUnknownNamesAndPropertiesOfObjectsToOtherResolvers() {
        ELContext unknown = context();
        assertThat(resolver.getValue(unknown, null, "nobody")).isNull();
        assertThat(unknown.isPropertyResolved()).isFalse();

        ELContext property = context();
        assertThat(resolver.getValue(property, "some object", "deadlines")).isNull();
        assertThat(property.isPropertyResolved()).isFalse();
    }

    @Test
    void beansAreReadOnly() {
        ELContext context = context();

        assertThat(resolver.isReadOnly(context, null, "deadlines")).isTrue();
        assertThat(context.isPropertyResolved()).isTrue();
    }
}
