package nl.welfare.testkit.contracts;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.Budget;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.ImmutableAreaProgramme;
import nl.welfare.domain.programme.ImmutableCommission;
import nl.welfare.domain.programme.ProgrammeId;
import nl.welfare.testkit.generators.ProgrammeGenerators;
import org.quicktheories.core.Gen;

/**
 * A commission, programmes under it and budgets for those programmes, all of which a store accepts when they are
 * saved in that order: the plans the contract of {@code Programmes} stores.
 *
 * @param commission the commission
 * @param programmes programmes that pass {@link AreaProgramme#validateAgainst(Commission)}, some sharing an id
 * @param budgets budgets that each pass {@link Budget#validateAgainst(AreaProgramme)} for the programme they name
 */
record ProgrammePlans(Commission commission, List<AreaProgramme> programmes, List<Budget> budgets) {

    /** A plan of copies of the given lists. */
    ProgrammePlans {
        programmes = List.copyOf(programmes);
        budgets = List.copyOf(budgets);
    }

    /**
     * Plans with at least {@code minimumProgrammes} programmes, whose commission has one of {@code commissionIds}
     * shared ids ({@code commission-0}, ...) or, when that is zero, a random one.
     */
    static Gen<ProgrammePlans> plans(int minimumProgrammes, int commissionIds) {
        Gen<Commission> commissions = commissionIds == 0
                ? ProgrammeGenerators.commissions()
                : ProgrammeGenerators.commissions()
                        .zip(
                                integers().between(0, commissionIds - 1),
                                (c, n) -> ImmutableCommission.copyOf(c).withId(CommissionId.of("commission-" + n)));
        return commissions.flatMap(c -> under(c, minimumProgrammes));
    }

    /** Plans of {@code commission}: its programmes, then budgets for the programmes kept last under each id. */
    private static Gen<ProgrammePlans> under(Commission commission, int minimumProgrammes) {
        Gen<AreaProgramme> underIt = ProgrammeGenerators.areaProgrammesUnder(commission)
                .zip(
                        integers().between(-Samples.SHARED_IDS, Samples.SHARED_IDS - 1),
                        (p, n) ->
                                n < 0 ? p : ImmutableAreaProgramme.copyOf(p).withId(ProgrammeId.of("programme-" + n)));
        return in -> {
            int count =
                    integers().between(minimumProgrammes, minimumProgrammes + 5).generate(in);
            List<AreaProgramme> programmes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                programmes.add(underIt.generate(in));
            }
            List<AreaProgramme> kept = Samples.lastById(programmes, AreaProgramme::id);
            List<Budget> budgets = new ArrayList<>();
            int budgetCount = kept.isEmpty() ? 0 : integers().between(0, 8).generate(in);
            for (int i = 0; i < budgetCount; i++) {
                AreaProgramme p =
                        kept.get(integers().between(0, kept.size() - 1).generate(in));
                budgets.add(ProgrammeGenerators.budgetsFor(p).generate(in));
            }
            return new ProgrammePlans(commission, programmes, budgets);
        };
    }
}
