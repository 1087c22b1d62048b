package uk.scrutiny.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPropertiesTest {

    /** A row as a page bean gives it. */
    public record Row(String title, List<String> steps) {
    }

    private record Hidden(String title) {
    }

    /** A record that says itself what a page reads of a component (as DueDate does with its days left). */
    public record Told(int days) {
        public String getDays() {
            return days + " working days left";
        }
    }

    /** Just enough of an expression's context to say whether a resolver answered. */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    private final RecordProperties resolver = new RecordProperties();

    @Test
    void aRecordsComponentIsReadAsAProperty() {
        Context context = new Context();
        Row row = new Row("School transport", List.of("Due 12 January 2026"));

        assertThat(resolver.getValue(context, row, "title")).isEqualTo("School transport");
        assertThat(context.isPropertyResolved()).isTrue();

        Context again = new Context();
        assertThat(resolver.getValue(again, row, "steps")).isEqualTo(List.of("Due 12 January 2026"));
        assertThat(resolver.getValue(again, new Hidden("Libraries"), "title")).as("a record the page bean keeps private")
                .isEqualTo("Libraries");
    }

    @Test
    void aComponentWithABeanGetterIsLeftToTheBeanResolver() {
        Context context = new Context();
        assertThat(resolver.getValue(context, new Told(3), "days")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void anythingElseIsLeftToTheOtherResolvers() {
        Context context = new Context();

        assertThat(resolver.getValue(context, new Row("Parks", List.of()), "toString")).isNull();
        assertThat(resolver.getValue(context, new Row("Parks", List.of()), "missing")).isNull();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(resolver.getValue(context, null, "title")).isNull();
        assertThat(resolver.isReadOnly(context, "not a record", "length")).isFalse();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aRecordsComponentCannotBeWritten() {
        Context context = new Context();
        Row row = new Row("Parks", List.of());

        assertThat(resolver.isReadOnly(context, row, "title")).isTrue();
        assertThat(resolver.getType(new Context(), row, "title")).as("read only").isNull();
        assertThatThrownBy(() -> resolver.setValue(new Context(), row, "title", "Bus lanes"))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
