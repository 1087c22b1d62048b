package uk.scrutiny.domain.model.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its group name, the same string the identity store hands to the container. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.groupName();
    }

    @Override
    public Role convertToEntityAttribute(String groupName) {
        return groupName == null ? null : Role.fromGroupName(groupName)
                .orElseThrow(() -> new IllegalStateException("Unknown role in the database: " + groupName));
    }
}
