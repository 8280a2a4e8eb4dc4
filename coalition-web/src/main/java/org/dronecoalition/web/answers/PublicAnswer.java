package org.dronecoalition.web.answers;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public read whose answer to anonymous callers is kept and given again until the data changes
 * ({@link PublicAnswers}). Only for reads whose answer depends on nothing but the request, the data
 * and, through {@link ChangesWithTime}, the clock.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicAnswer {
}
