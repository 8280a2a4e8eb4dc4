package org.dronecoalition.domain.manufacturer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.dronecoalition.domain.shared.DroneCategory;

/** Stores a set of categories as one comma-separated column: a handful of values, never queried alone. */
@Converter
public class CategoriesConverter implements AttributeConverter<Set<DroneCategory>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DroneCategory> categories) {
        return categories == null ? "" : categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<DroneCategory> convertToEntityAttribute(String column) {
        Set<DroneCategory> categories = EnumSet.noneOf(DroneCategory.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(DroneCategory::valueOf).forEach(categories::add);
        }
        return categories;
    }
}
