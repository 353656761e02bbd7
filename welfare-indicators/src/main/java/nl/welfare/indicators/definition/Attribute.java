package nl.welfare.indicators.definition;

import java.util.Arrays;
import java.util.List;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A typed column of a fact type (kenmerk) that a filter can test or a measure can read: its name is the column of the
 * data package's resource ({@code lead}, {@code started}, {@code resident_id}), its {@link AttributeType}, for an
 * {@link AttributeType#ENUM} the codes allowed, and whether every row has a value.
 *
 * <pre>{@code
 * Attribute lead = FactType.INITIATIVES.attribute("lead").get();
 * lead.type();    // ENUM
 * lead.codes();   // [residents, professionals, joint]
 * lead.required(); // true
 * }</pre>
 *
 * <p>Attributes are declared by {@link FactType}; a definition names them by {@link #name()}.
 */
@Value.Immutable
public abstract class Attribute {

    /** Rule: codes are listed for a type that is not an enum, or an enum lists none. */
    public static final Rule CODES_MATCH_TYPE =
            Rule.of("attribute.codes-match-type", "must list codes exactly when the type is enum");

    Attribute() {}

    /** The column's name in the data package ({@code area_code}). */
    public abstract String name();

    /** The column's type. */
    public abstract AttributeType type();

    /** Whether every row has a value (a required column of docs/data-package.md); an optional column may be empty. */
    public abstract boolean required();

    /** The codes an {@link AttributeType#ENUM} allows, in the order docs/data-package.md lists them; empty for other types. */
    public abstract List<String> codes();

    /** A staged builder: name, type and required, then the codes of an enum. */
    public static ImmutableAttribute.NameBuildStage builder() {
        return ImmutableAttribute.builder();
    }

    /** A required attribute of a type other than enum. */
    public static Attribute required(String name, AttributeType type) {
        return builder().name(name).type(type).required(true).build();
    }

    /** An optional attribute (a column that may be empty) of a type other than enum. */
    public static Attribute optional(String name, AttributeType type) {
        return builder().name(name).type(type).required(false).build();
    }

    /** A required enum attribute with the given codes. */
    public static Attribute codes(String name, String... codes) {
        return builder()
                .name(name)
                .type(AttributeType.ENUM)
                .required(true)
                .addAllCodes(Arrays.asList(codes))
                .build();
    }

    @Value.Check
    final void check() {
        Violations.of("attribute")
                .check((type() == AttributeType.ENUM) != codes().isEmpty(), name(), CODES_MATCH_TYPE, codes())
                .throwIfAny();
    }

    /** Whether {@code code} is one of the codes of this enum attribute. */
    public boolean allows(String code) {
        return codes().contains(code);
    }

    /** The attribute's name. */
    @Override
    public String toString() {
        return name();
    }
}
