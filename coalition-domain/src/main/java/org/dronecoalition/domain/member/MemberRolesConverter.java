package org.dronecoalition.domain.member;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a member's roles as one comma-separated column: at most three values, never queried alone. */
@Converter
public class MemberRolesConverter implements AttributeConverter<Set<MemberRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<MemberRole> roles) {
        return roles == null ? "" : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<MemberRole> convertToEntityAttribute(String column) {
        Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(MemberRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
