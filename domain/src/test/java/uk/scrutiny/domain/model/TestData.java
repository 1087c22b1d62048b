package uk.scrutiny.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import uk.scrutiny.domain.model.catalogue.Accessibility;
import uk.scrutiny.domain.model.catalogue.Application;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.Scope;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.model.redflag.Severity;

/**
 * Fictional people, committees and sources for unit tests of the model, none of them stored: entities without ids
 * are the same entity only if they are the same object, which is what the rules about "another committee" need.
 */
public final class TestData {

    /** A Monday in the 2025/26 municipal year, before the meetings below. */
    public static final LocalDateTime NOW = LocalDateTime.of(2025, 11, 3, 10, 0);
    public static final LocalDate TODAY = NOW.toLocalDate();

    public static final User DANA = user("dana", "Dana Example", Role.DEMOCRATIC_SERVICES);
    public static final User OLU = user("olu", "Olu Example", Role.OFFICER);
    public static final User OONA = user("oona", "Oona Example", Role.OFFICER);
    public static final User MO = user("mo", "Cllr Mo Example", Role.MEMBER);

    private TestData() {
    }

    public static User user(String username, String displayName, Role role) {
        return new User(username, displayName, username + "@example.org", "not-a-real-hash", EnumSet.of(role));
    }

    public static Committee committee() {
        return new Committee("Children's Services Overview and Scrutiny Committee", null);
    }

    public static Meeting meeting(Committee committee, LocalDate date) {
        return new Meeting(committee, date, LocalTime.of(18, 0), "Committee Room 1");
    }

    public static DataSource dataSource() {
        return new DataSource("Children's Social Care Dashboard", null, Accessibility.SELF_SERVE, Scope.NATIONAL,
                Application.BOTH, true);
    }

    public static RedFlag redFlag(Committee committee) {
        return new RedFlag(committee, dataSource(), "Re-referrals to children's social care within 12 months", null,
                Severity.HIGH, "Re-referrals rose for the third year running.", MO, TODAY);
    }

    /** Asserts a rule violation naming the field as the API would; chain the message check. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertViolation(ThrowingCallable call, String field) {
        return assertThatThrownBy(call).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
    }
}
