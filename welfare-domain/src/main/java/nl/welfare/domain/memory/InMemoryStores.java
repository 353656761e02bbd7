package nl.welfare.domain.memory;

import nl.welfare.domain.spi.Activities;
import nl.welfare.domain.spi.Areas;
import nl.welfare.domain.spi.Assessments;
import nl.welfare.domain.spi.Cohorts;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.spi.Participations;
import nl.welfare.domain.spi.Programmes;
import nl.welfare.domain.spi.Provisions;
import nl.welfare.domain.spi.Residents;
import nl.welfare.domain.spi.SupportEpisodes;
import nl.welfare.domain.spi.SurveyResponses;

/**
 * In-memory stores (opslag in het geheugen) for every port of {@code nl.welfare.domain.spi}: for tests, examples and
 * small embedded uses. Each method returns a new, empty store that shares nothing with any other.
 *
 * <p>The stores are thread-safe: each keeps its values in a persistent (immutable) Vavr map behind an atomic
 * reference, so a write replaces the map at once and every read returns one consistent snapshot, never a half-done
 * write. They keep everything in the heap and forget it with the store. Each passes the contract tests of
 * {@code welfare-testkit} ({@code nl.welfare.testkit.contracts}).
 *
 * <pre>{@code
 * Initiatives initiatives = InMemoryStores.initiatives();
 * initiatives.save(beien);
 * initiatives.byId(InitiativeId.of("beien"));         // Some(beien)
 *
 * Participations participations = InMemoryStores.participations();
 * participations.addAll(rows);
 * participations.in(ReportingPeriod.year(2019));      // by date, then in the order added
 * }</pre>
 */
public final class InMemoryStores {

    private InMemoryStores() {}

    /** A new, empty store of an area hierarchy, its groupings and populations. */
    public static Areas areas() {
        return new InMemoryAreas();
    }

    /** A new, empty store of initiatives and their links. */
    public static Initiatives initiatives() {
        return new InMemoryInitiatives();
    }

    /** A new, empty store of places and activities. */
    public static Activities activities() {
        return new InMemoryActivities();
    }

    /** A new, empty store of participations. */
    public static Participations participations() {
        return new InMemoryParticipations();
    }

    /** A new, empty store of residents. */
    public static Residents residents() {
        return new InMemoryResidents();
    }

    /** A new, empty store of cohorts. */
    public static Cohorts cohorts() {
        return new InMemoryCohorts();
    }

    /** A new, empty store of ladder and self-reliance assessments. */
    public static Assessments assessments() {
        return new InMemoryAssessments();
    }

    /** A new, empty store of provisions. */
    public static Provisions provisions() {
        return new InMemoryProvisions();
    }

    /** A new, empty store of support episodes. */
    public static SupportEpisodes supportEpisodes() {
        return new InMemorySupportEpisodes();
    }

    /** A new, empty store of survey responses. */
    public static SurveyResponses surveyResponses() {
        return new InMemorySurveyResponses();
    }

    /** A new, empty store of policies, organisations, alliances, commissions, programmes, budgets and meetings. */
    public static Programmes programmes() {
        return new InMemoryProgrammes();
    }
}
