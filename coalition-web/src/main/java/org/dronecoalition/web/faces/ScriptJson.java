package org.dronecoalition.web.faces;

import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;

/**
 * JSON that a page writes into a script (the charts' data): the characters that could end the
 * script or start markup are escaped as JSON allows, so a company called
 * {@code </script><script>…} stays a name.
 */
public final class ScriptJson {

    /**
     * Found once: {@code Json.create...} looks the provider up through the ServiceLoader on every call,
     * which cost the home page most of its time.
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private ScriptJson() {
    }

    public static String of(JsonStructure json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
