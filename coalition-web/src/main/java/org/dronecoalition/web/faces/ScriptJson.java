package org.dronecoalition.web.faces;

import jakarta.json.JsonStructure;

/**
 * JSON that a page writes into a script (the charts' data): the characters that could end the
 * script or start markup are escaped as JSON allows, so a company called
 * {@code </script><script>…} stays a name.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String of(JsonStructure json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
