package nl.welfare.adapters.jdbc;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.sql.SQLException;
import java.util.function.Function;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.community.PlaceKind;
import nl.welfare.domain.programme.AttendeeKind;
import nl.welfare.domain.programme.MeetingKind;
import nl.welfare.domain.programme.OrganisationKind;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.value.Violation;

/**
 * The enums as the database holds them: by their {@code code()}, the word of the data package's files, which the
 * schema's check constraints list. A code the enum does not know is a broken schema, reported as such.
 */
final class Codes {

    private Codes() {}

    static ProvisionKind provisionKind(String code) throws SQLException {
        return parse(code, ProvisionKind::parse);
    }

    static InitiativeLead lead(String code) throws SQLException {
        return parse(code, InitiativeLead::parse);
    }

    static ParticipationRole role(String code) throws SQLException {
        return parse(code, ParticipationRole::parse);
    }

    static PlaceKind placeKind(String code) throws SQLException {
        return parse(code, PlaceKind::parse);
    }

    static OrganisationKind organisationKind(String code) throws SQLException {
        return parse(code, OrganisationKind::parse);
    }

    static MeetingKind meetingKind(String code) throws SQLException {
        return parse(code, MeetingKind::parse);
    }

    static AttendeeKind attendeeKind(String code) throws SQLException {
        return parse(code, AttendeeKind::parse);
    }

    private static <E> E parse(String code, Function<String, Validation<Seq<Violation>, E>> parser)
            throws SQLException {
        Validation<Seq<Violation>, E> parsed = parser.apply(code);
        if (parsed.isInvalid()) {
            throw new SQLException(
                    "the database holds an unknown code: " + parsed.getError().mkString("; "));
        }
        return parsed.get();
    }
}
