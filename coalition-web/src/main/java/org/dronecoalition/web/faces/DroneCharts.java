package org.dronecoalition.web.faces;

import static org.dronecoalition.web.faces.ScriptJson.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/** Chart.js bar charts for the home page, one dataset per series, built from rows of figures. */
final class DroneCharts {

    /** A series of a chart: its label, colour and the value it takes from a row. */
    record Series<T>(String label, String colour, Function<T, Number> value) {
    }

    private DroneCharts() {
    }

    @SafeVarargs
    static <T> String bars(List<T> rows, Function<T, String> label, Series<T>... series) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        rows.forEach(r -> labels.add(label.apply(r)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series<T> s : series) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            rows.forEach(r -> data.add(s.value().apply(r).doubleValue()));
            datasets.add(JSON.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()));
        }
        // The chart fills its box on the page (a fixed height in the style sheet) rather than keeping
        // Chart.js's 2:1 shape, which in a narrow card left the bars a few pixels high.
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true)));
        return ScriptJson.of(JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build());
    }
}
