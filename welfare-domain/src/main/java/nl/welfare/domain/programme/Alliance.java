package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Set;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * An alliance (alliantie): two or more organisations that act as one contractor, such as the Twentse Alliantie that
 * Alifa, Vizier and Eurus formed in 2017. Its id is an {@link OrganisationId}, so that a {@link Commission} names an
 * alliance as its contractor the same way it names a single organisation.
 *
 * <pre>{@code
 * Alliance twentse = Alliance.builder()
 *         .id(OrganisationId.of("twentse-alliantie"))
 *         .name("Twentse Alliantie")
 *         .formed(LocalDate.of(2017, 1, 1))
 *         .addMembers(OrganisationId.of("alifa"), OrganisationId.of("vizier"), OrganisationId.of("eurus"))
 *         .build();
 * twentse.hasMember(OrganisationId.of("eurus")); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Alliance {

    /** Rule: the name is empty or only white space. */
    public static final Rule BLANK_NAME = Rule.of("alliance.blank-name", "must not be blank");

    /** Rule: fewer than two members other than the alliance itself. */
    public static final Rule TOO_FEW_MEMBERS =
            Rule.of("alliance.too-few-members", "must name at least two member organisations");

    /** Rule: the alliance names itself as one of its members. */
    public static final Rule MEMBER_IS_ITSELF =
            Rule.of("alliance.member-is-itself", "must not name the alliance itself as a member");

    Alliance() {}

    /** The alliance's identifier, under which it acts as one contractor. */
    public abstract OrganisationId id();

    /** The alliance's name, such as "Twentse Alliantie". */
    public abstract String name();

    /** The date the alliance was formed. */
    public abstract LocalDate formed();

    /** The member organisations: at least two, never the alliance itself. */
    public abstract Set<OrganisationId> members();

    /** A staged builder: {@code id}, {@code name}, {@code formed}, then the members. */
    public static ImmutableAlliance.IdBuildStage builder() {
        return ImmutableAlliance.builder();
    }

    /** The alliance, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Alliance> validate(
            OrganisationId id, String name, LocalDate formed, Set<OrganisationId> members) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .formed(formed)
                .addAllMembers(members)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("alliance")
                .check(Checks.isNonBlank(name()), "name", BLANK_NAME, name())
                .check(otherMembers() >= 2, "members", TOO_FEW_MEMBERS, members())
                .check(!members().contains(id()), "members", MEMBER_IS_ITSELF, id())
                .throwIfAny();
    }

    private long otherMembers() {
        return members().stream().filter(m -> !m.equals(id())).count();
    }

    /** Whether {@code organisation} is a member of the alliance. */
    public boolean hasMember(OrganisationId organisation) {
        return members().contains(organisation);
    }
}
