package org.dronecoalition.web.faces;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    private static final String NAME = "</script><script>alert('x')</script> & Co\u2028";

    @Test
    void aNameCannotEndTheScriptItIsWrittenInto() {
        String json = ScriptJson.of(Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(NAME))
                .build());
        assertThat(json, not(containsString("<")));
        assertThat(json, not(containsString("\u2028")));
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertThat("the same data, only escaped", read.getJsonArray("labels").getString(0), is(NAME));
    }
}
