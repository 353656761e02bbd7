package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A resident's self-reliance matrix (zelfredzaamheidsmatrix, ZRM) filled in on a date: a score from 1 to 5 for each
 * domain assessed. Following the ZRM, the scores describe the resident's situation over the 30 days before the date.
 * Not every domain need be assessed, but at least one must be.
 *
 * <p>The {@code self_reliance_assessments} file has one row per domain ({@code resident_id, date, domain, score}); the
 * rows of one resident and date together make one assessment.
 *
 * <pre>{@code
 * SelfRelianceAssessment zrm = SelfRelianceAssessment.builder()
 *         .resident(ResidentId.of("r-7f3a9c"))
 *         .date(LocalDate.of(2019, 5, 14))
 *         .putScore(SelfRelianceDomain.HOUSING, SelfRelianceScore.SUFFICIENT)
 *         .putScore(SelfRelianceDomain.FINANCES, SelfRelianceScore.LIMITED)
 *         .build();
 * zrm.allSufficient(); // false: finances scores 3
 * }</pre>
 */
@Value.Immutable
public abstract class SelfRelianceAssessment {

    /** Rule: no domain is scored. */
    public static final Rule NO_DOMAINS =
            Rule.of("self-reliance-assessment.no-domains", "must score at least one domain");

    /** The number of days before the assessment's date that its scores describe. */
    public static final int DAYS_COVERED = 30;

    SelfRelianceAssessment() {}

    /** The resident assessed. */
    public abstract ResidentId resident();

    /** The day of the assessment; the scores cover the {@value #DAYS_COVERED} days before it. */
    public abstract LocalDate date();

    /** The score of every domain assessed; domains not assessed are absent. */
    public abstract Map<SelfRelianceDomain, SelfRelianceScore> scores();

    /** A builder that asks for resident and date, then takes the scores. */
    public static ImmutableSelfRelianceAssessment.ResidentBuildStage builder() {
        return ImmutableSelfRelianceAssessment.builder();
    }

    /** The assessment with these fields, or the violation of {@link #NO_DOMAINS} (field {@code domain}). */
    public static Validation<Seq<Violation>, SelfRelianceAssessment> validate(
            ResidentId resident, LocalDate date, Map<SelfRelianceDomain, SelfRelianceScore> scores) {
        return Violations.attempt(() ->
                builder().resident(resident).date(date).putAllScores(scores).build());
    }

    @Value.Check
    final void check() {
        Violations.of("self-reliance assessment")
                .check(!scores().isEmpty(), "domain", NO_DOMAINS, "")
                .throwIfAny();
    }

    /** The score of {@code domain}, if it was assessed. */
    public Optional<SelfRelianceScore> score(SelfRelianceDomain domain) {
        return Optional.ofNullable(scores().get(domain));
    }

    /** Whether every assessed domain scores 4 or 5 (sufficiently or fully self-reliant). */
    public boolean allSufficient() {
        return scores().values().stream().allMatch(SelfRelianceScore::isSufficient);
    }
}
