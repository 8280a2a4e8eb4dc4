package org.dronecoalition.web.faces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces table model that pages in the database through an application service. */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page for the table's current sort and filters. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest page, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy);
    }

    /** Gives the row key of an item. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, String>, Serializable {
    }

    private final Loader<T> loader;
    private final RowKey<T> rowKey;

    public PagedDataModel(Loader<T> loader, RowKey<T> rowKey) {
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(new PageRequest(0, 1), Map.of(), filterBy).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        return loader.load(new PageRequest(first / size, size), sortBy, filterBy).items();
    }

    @Override
    public String getRowKey(T item) {
        return rowKey.apply(item);
    }

    /**
     * The value of a column filter that chooses among an enum's values, or null when it is empty
     * or not one of them (a tampered request): the table then shows every row, never an error.
     */
    public static <E extends Enum<E>> E filterValue(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        String text = filterText(filterBy, field);
        return text == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text))
                .findFirst().orElse(null);
    }

    /** The text a column filter holds, or null when it is empty. */
    public static String filterText(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
