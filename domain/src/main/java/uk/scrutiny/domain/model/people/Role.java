package uk.scrutiny.domain.model.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in the system. The names are the group names the container's security sees, so a role
 * check in a page, a REST resource or a BPMN candidate group all speak of the same thing.
 */
public enum Role {
    DEMOCRATIC_SERVICES("democratic-services"),
    OFFICER("officer"),
    MEMBER("member"),
    CHAIR("chair"),
    ADMIN("admin");

    /** Constants for annotations such as {@code @RolesAllowed}, which need compile-time strings. */
    public static final String DEMOCRATIC_SERVICES_NAME = "democratic-services";
    public static final String OFFICER_NAME = "officer";
    public static final String MEMBER_NAME = "member";
    public static final String CHAIR_NAME = "chair";
    public static final String ADMIN_NAME = "admin";

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    public static Optional<Role> fromGroupName(String groupName) {
        return Arrays.stream(values()).filter(r -> r.groupName.equals(groupName)).findFirst();
    }
}
