package org.dronecoalition.web.answers;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose answer is kept for its caller and given again until the data changes
 * ({@link ReadsAnsweredAgain}). Only for reads whose answer depends on nothing but the request, the
 * caller's account, the data and, through {@link ChangesWithTime}, the clock; never for a read that
 * is audited, as a kept answer is given without the read.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeptAnswer {
}
