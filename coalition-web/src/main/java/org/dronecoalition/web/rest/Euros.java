package org.dronecoalition.web.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of euros in a request: at most 12 digits before the point and 2 after, checked on the
 * number as sent, before anything converts it. The API document shows it as money.
 */
@Digits(integer = 12, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Euros {

    String message() default "must be euros with at most 12 digits before the point and 2 after";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
