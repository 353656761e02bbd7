package nl.welfare.domain.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on each value package's {@code package-info.java}.
 *
 * <p>Staged builders (a missing attribute is a compile error), no nulls, JDK collections only, and {@code with*}
 * copy methods. A value type is an abstract class annotated with {@code @Value.Immutable}; Immutables generates
 * {@code Immutable<Name>}, and the abstract type offers the static factories ({@code of}, {@code builder},
 * {@code validate}) that callers use:
 *
 * <pre>{@code
 * // package-info.java
 * @NullMarked @WelfareStyle package nl.welfare.domain.community;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        stagedBuilder = true,
        jdkOnly = true,
        depluralize = true,
        get = {"is*", "get*"},
        init = "*",
        allParameters = false,
        optionalAcceptNullable = false,
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true, prehash = false))
public @interface WelfareStyle {}
