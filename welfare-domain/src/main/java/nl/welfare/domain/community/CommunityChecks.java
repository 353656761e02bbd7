package nl.welfare.domain.community;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;

/**
 * The rules of community data that need more than one value: a link, an activity or a participation must name rows
 * that exist. An importer runs them once every row of a resource has been read; each returns the rows it was given
 * when they pass, or every violation.
 *
 * <pre>{@code
 * Validation<Seq<Violation>, Seq<InitiativeLink>> links = CommunityChecks.validateLinks(initiatives, linkRows);
 * Validation<Seq<Violation>, Seq<Participation>> parts =
 *         CommunityChecks.validateParticipations(activities, participationRows);
 * }</pre>
 *
 * <p>A violation names the field (the column) and the unknown id; it does not say which row it came from, which the
 * importer adds.
 */
public final class CommunityChecks {

    /** Rule: a link names an initiative that is not among the initiatives. */
    public static final Rule LINK_UNKNOWN_INITIATIVE =
            Rule.of("initiative-link.unknown-initiative", "must name an initiative that exists");

    /** Rule: an activity names an initiative that is not among the initiatives. */
    public static final Rule ACTIVITY_UNKNOWN_INITIATIVE =
            Rule.of("activity.unknown-initiative", "must name an initiative that exists");

    /** Rule: an activity names a provision that is not in the data. */
    public static final Rule ACTIVITY_UNKNOWN_PROVISION =
            Rule.of("activity.unknown-provision", "must name a provision that exists");

    /** Rule: an activity names a place that is not among the places. */
    public static final Rule ACTIVITY_UNKNOWN_PLACE =
            Rule.of("activity.unknown-place", "must name a place that exists");

    /** Rule: a participation names an activity that is not among the activities. */
    public static final Rule PARTICIPATION_UNKNOWN_ACTIVITY =
            Rule.of("participation.unknown-activity", "must name an activity that exists");

    /** Rule: a participation names a resident who is not among the residents. */
    public static final Rule PARTICIPATION_UNKNOWN_RESIDENT =
            Rule.of("participation.unknown-resident", "must name a resident who exists");

    private CommunityChecks() {}

    /**
     * The links, or a violation of {@link #LINK_UNKNOWN_INITIATIVE} for each end of a link that names an initiative
     * not in {@code initiatives} (field {@code initiative_id} or {@code other_initiative_id}): a link with two unknown
     * ends gives two violations.
     */
    public static Validation<Seq<Violation>, Seq<InitiativeLink>> validateLinks(
            Collection<Initiative> initiatives, Collection<InitiativeLink> links) {
        Set<InitiativeId> known = HashSet.ofAll(initiatives).map(Initiative::id);
        Violations found = Violations.of("initiative links");
        for (InitiativeLink link : links) {
            found.check(known.contains(link.initiative()), "initiative_id", LINK_UNKNOWN_INITIATIVE, link.initiative())
                    .check(
                            known.contains(link.otherInitiative()),
                            "other_initiative_id",
                            LINK_UNKNOWN_INITIATIVE,
                            link.otherInitiative());
        }
        return found.toValidation(() -> List.ofAll(links));
    }

    /**
     * The activities, or a violation of {@link #ACTIVITY_UNKNOWN_INITIATIVE} (field {@code initiative_id}) for each
     * activity that names an initiative not in {@code initiatives}.
     */
    public static Validation<Seq<Violation>, Seq<Activity>> validateActivities(
            Collection<Initiative> initiatives, Collection<Activity> activities) {
        return references(
                "activities",
                activities,
                HashSet.ofAll(initiatives).map(Initiative::id),
                a -> a.initiativeId(),
                "initiative_id",
                ACTIVITY_UNKNOWN_INITIATIVE);
    }

    /**
     * The activities, or a violation of {@link #ACTIVITY_UNKNOWN_PLACE} (field {@code place_id}) for each activity
     * that names a place not in {@code places}.
     */
    public static Validation<Seq<Violation>, Seq<Activity>> validateActivityPlaces(
            Collection<Place> places, Collection<Activity> activities) {
        return references(
                "activities",
                activities,
                HashSet.ofAll(places).map(Place::id),
                a -> a.placeId(),
                "place_id",
                ACTIVITY_UNKNOWN_PLACE);
    }

    /**
     * The activities, or a violation of {@link #ACTIVITY_UNKNOWN_PROVISION} (field {@code provision_id}) for each
     * activity that names a provision not in {@code provisions}.
     */
    public static Validation<Seq<Violation>, Seq<Activity>> validateActivityProvisions(
            Collection<ProvisionId> provisions, Collection<Activity> activities) {
        return references(
                "activities",
                activities,
                HashSet.ofAll(provisions),
                a -> a.provisionId(),
                "provision_id",
                ACTIVITY_UNKNOWN_PROVISION);
    }

    /**
     * The participations, or a violation of {@link #PARTICIPATION_UNKNOWN_ACTIVITY} (field {@code activity_id}) for
     * each participation that names an activity not in {@code activities}.
     */
    public static Validation<Seq<Violation>, Seq<Participation>> validateParticipations(
            Collection<Activity> activities, Collection<Participation> participations) {
        return references(
                "participations",
                participations,
                HashSet.ofAll(activities).map(Activity::id),
                p -> Optional.of(p.activity()),
                "activity_id",
                PARTICIPATION_UNKNOWN_ACTIVITY);
    }

    /**
     * The participations, or a violation of {@link #PARTICIPATION_UNKNOWN_RESIDENT} (field {@code resident_id}) for
     * each participation that names a resident not in {@code residents}.
     */
    public static Validation<Seq<Violation>, Seq<Participation>> validateParticipationResidents(
            Collection<ResidentId> residents, Collection<Participation> participations) {
        return references(
                "participations",
                participations,
                HashSet.ofAll(residents),
                p -> Optional.of(p.resident()),
                "resident_id",
                PARTICIPATION_UNKNOWN_RESIDENT);
    }

    /** The rows, or a violation of {@code rule} in {@code field} for each row whose reference is not {@code known}. */
    private static <R, K> Validation<Seq<Violation>, Seq<R>> references(
            String type,
            Collection<R> rows,
            Set<K> known,
            Function<R, Optional<K>> reference,
            String field,
            Rule rule) {
        Violations found = Violations.of(type);
        for (R row : rows) {
            reference.apply(row).ifPresent(k -> found.check(known.contains(k), field, rule, k));
        }
        return found.toValidation(() -> List.ofAll(rows));
    }
}
