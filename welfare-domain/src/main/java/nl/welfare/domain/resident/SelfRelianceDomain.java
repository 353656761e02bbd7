package nl.welfare.domain.resident;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * A domain of life scored by the self-reliance matrix (zelfredzaamheidsmatrix, ZRM): the 13 domains of the current
 * ZRM. {@link #code()} is the word the {@code domain} column of {@code self_reliance_assessments} uses.
 *
 * <pre>{@code
 * SelfRelianceDomain.parse("work_and_education"); // Valid(WORK_AND_EDUCATION)
 * SelfRelianceDomain.BASIC_ADL.code();             // "basic_adl"
 * SelfRelianceDomain.parse("income");              // Invalid(self-reliance-domain.known)
 * }</pre>
 */
public enum SelfRelianceDomain {
    /** Financiën: income, debts and managing money. */
    FINANCES,
    /** Werk &amp; opleiding: paid work, education and training. */
    WORK_AND_EDUCATION,
    /** Tijdsbesteding: a meaningful way of spending the day. */
    TIME_USE,
    /** Huisvesting: a stable and suitable home. */
    HOUSING,
    /** Huiselijke relaties: relations within the household and family. */
    DOMESTIC_RELATIONS,
    /** Geestelijke gezondheid: mental health. */
    MENTAL_HEALTH,
    /** Lichamelijke gezondheid: physical health. */
    PHYSICAL_HEALTH,
    /** Middelengebruik: use of alcohol, drugs and medication. */
    SUBSTANCE_USE,
    /** Basale ADL: basic activities of daily living, such as washing, dressing and eating. */
    BASIC_ADL,
    /** Instrumentele ADL: instrumental activities of daily living, such as shopping, cooking and housekeeping. */
    INSTRUMENTAL_ADL,
    /** Sociaal netwerk: family, friends and neighbours to turn to. */
    SOCIAL_NETWORK,
    /** Maatschappelijke participatie: taking part in society. */
    COMMUNITY_PARTICIPATION,
    /** Justitie: contact with police and justice. */
    JUSTICE;

    /** Rule: the text names none of the 13 domains. */
    public static final Rule KNOWN = Rule.of(
            "self-reliance-domain.known",
            "must be one of finances, work_and_education, time_use, housing, domestic_relations, mental_health,"
                    + " physical_health, substance_use, basic_adl, instrumental_adl, social_network,"
                    + " community_participation, justice");

    /** The word used in files: the name in lower case ({@code work_and_education}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The domain named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, SelfRelianceDomain> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (SelfRelianceDomain domain : values()) {
            if (domain.code().equals(wanted)) {
                return Validation.valid(domain);
            }
        }
        return Validation.invalid(List.of(Violation.of("domain", KNOWN, text)));
    }
}
