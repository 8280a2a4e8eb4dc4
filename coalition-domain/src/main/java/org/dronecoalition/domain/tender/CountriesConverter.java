package org.dronecoalition.domain.tender;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores the eligible countries as one comma-separated column: a short list, read with its tender. */
@Converter
public class CountriesConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> countries) {
        return countries == null ? "" : String.join(",", new TreeSet<>(countries));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new TreeSet<>()
                : Arrays.stream(column.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
