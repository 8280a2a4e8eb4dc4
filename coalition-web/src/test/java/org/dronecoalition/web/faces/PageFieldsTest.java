package org.dronecoalition.web.faces;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every page declares its {@code maxlength}: browsers stop typing there, and
 * PrimeFaces cuts a longer value sent by other means before it reaches a bean or the database.
 * Password fields are not cut; the password policy refuses an over-long one with a message.
 */
class PageFieldsTest {

    private static final Pattern TEXT_FIELD =
            Pattern.compile("<[hp]:(inputText|inputTextarea|password|inputSecret)\\b[^>]*>");

    @Test
    void everyTextFieldDeclaresItsMaximumLength() throws IOException {
        List<String> fields = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher field = TEXT_FIELD.matcher(Files.readString(page));
                while (field.find()) {
                    fields.add(field.group());
                    if (!field.group().matches("(?s).*\\smaxlength=\"[1-9][0-9]*\".*")) {
                        unbounded.add(page + ": " + field.group());
                    }
                }
            }
        }
        assertThat(fields.size(), is(greaterThan(40)));
        assertThat(unbounded, is(empty()));
    }
}
