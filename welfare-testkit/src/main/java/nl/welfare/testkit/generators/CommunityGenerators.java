package nl.welfare.testkit.generators;

import static nl.welfare.testkit.generators.CommonGenerators.dates;
import static nl.welfare.testkit.generators.CommonGenerators.datesBefore;
import static nl.welfare.testkit.generators.CommonGenerators.endsFrom;
import static nl.welfare.testkit.generators.CommonGenerators.identifierTexts;
import static nl.welfare.testkit.generators.CommonGenerators.ids;
import static nl.welfare.testkit.generators.CommonGenerators.malformedIdentifierTexts;
import static nl.welfare.testkit.generators.CommonGenerators.neighbourhoodCodes;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.ImmutableActivity;
import nl.welfare.domain.community.ImmutableInitiative;
import nl.welfare.domain.community.ImmutableParticipation;
import nl.welfare.domain.community.ImmutablePlace;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.community.PlaceKind;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.ProvisionId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of community values (bewonersinitiatieven, samenwerkingen, buurthuizen, activiteiten, deelnames): valid
 * values of every type, networks of linked initiatives, and for every rule a generator of {@link Breach} values that
 * break exactly that rule.
 *
 * <pre>{@code
 * qt().forAll(CommunityGenerators.initiatives(), CommonGenerators.periods())
 *         .checkAssert((initiative, period) -> ...);
 * qt().forAll(CommunityGenerators.initiativeLinkBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * qt().forAll(CommunityGenerators.initiativeNetworks()).checkAssert(network -> ...);
 * }</pre>
 *
 * <p>A {@link Participation} has no rules of its own, so it has no breach generator; the rules across rows of
 * {@link CommunityChecks} have {@link #linkCheckBreaches()} and {@link #participationCheckBreaches()}.
 */
public final class CommunityGenerators {

    private static final List<String> NAMES = List.of(
            "Beien",
            "Buren voor Buren",
            "Power",
            "Bewonersplatform Deppenbroek",
            "Wijkbudgetcommissie",
            "BAT vrijwilligers",
            "Huis van verhalen",
            "Huiskamer van de buurt",
            "Repair cafe",
            "Tuesday walk");

    private static final List<String> THEMES =
            List.of("meeting neighbours", "playgrounds", "volunteering", "sport", "work", "special transport");

    private static final List<String> BLANKS = List.of("", " ", "\t", "  \n ");

    private CommunityGenerators() {}

    /**
     * A network of initiatives: initiatives with distinct ids, and links only between two different initiatives of
     * the network. Links carry their own dates, which need not lie within their initiatives' lives, and the same pair
     * may be linked more than once (two rows of {@code initiative_links}).
     *
     * @param initiatives the initiatives, with distinct ids
     * @param links the links, each between two different initiatives of {@code initiatives}
     */
    public record InitiativeNetwork(List<Initiative> initiatives, List<InitiativeLink> links) {

        /** A network of copies of the given lists. */
        public InitiativeNetwork {
            initiatives = List.copyOf(initiatives);
            links = List.copyOf(links);
        }
    }

    // ---- identifiers and codes

    /** Well-formed initiative ids. */
    public static Gen<InitiativeId> initiativeIds() {
        return ids(InitiativeId::of);
    }

    /** Well-formed activity ids. */
    public static Gen<ActivityId> activityIds() {
        return ids(ActivityId::of);
    }

    /** Well-formed place ids. */
    public static Gen<PlaceId> placeIds() {
        return ids(PlaceId::of);
    }

    /** Every lead. */
    public static Gen<InitiativeLead> initiativeLeads() {
        return Generate.enumValues(InitiativeLead.class);
    }

    /** Every kind of place. */
    public static Gen<PlaceKind> placeKinds() {
        return Generate.enumValues(PlaceKind.class);
    }

    /** Every participation role. */
    public static Gen<ParticipationRole> participationRoles() {
        return Generate.enumValues(ParticipationRole.class);
    }

    /** Names that are not blank: Enschede's initiatives of Noord and random identifier-like texts. */
    public static Gen<String> names() {
        return Generate.pick(NAMES).mix(identifierTexts());
    }

    /** Optional themes, empty in about a third of cases. */
    public static Gen<Optional<String>> themes() {
        return Generate.pick(THEMES).toOptionals(33);
    }

    /** Areas of facts: Enschede's neighbourhood codes mostly, any CBS code sometimes. */
    public static Gen<AreaCode> areas() {
        return neighbourhoodCodes().mix(CommonGenerators.areaCodes(), 20);
    }

    // ---- values

    /** Valid initiatives of every lead, running or ended, with and without a theme. */
    public static Gen<Initiative> initiatives() {
        return initiativeIds()
                .zip(
                        names(),
                        areas(),
                        initiativeLeads(),
                        spans(),
                        (id, name, area, lead, span) -> Initiative.builder()
                                .id(id)
                                .name(name)
                                .area(area)
                                .lead(lead)
                                .started(span.start())
                                .ended(span.end())
                                .build())
                .zip(
                        themes(),
                        (initiative, theme) ->
                                ImmutableInitiative.copyOf(initiative).withTheme(theme));
    }

    /** Valid links between two different initiative ids, running or ended. */
    public static Gen<InitiativeLink> initiativeLinks() {
        return initiativeIds().zip(initiativeIds(), spans(), (a, b, span) -> link(a, distinctFrom(a, b), span));
    }

    /** Valid links between {@code initiative} and {@code other} (which must differ), running or ended. */
    public static Gen<InitiativeLink> linksBetween(InitiativeId initiative, InitiativeId other) {
        return spans().map(span -> link(initiative, other, span));
    }

    /**
     * Networks of 0 to 12 initiatives with distinct ids ({@code initiative-0}, {@code initiative-1}, ...) and up to
     * twice as many links, each between two different initiatives of the network.
     */
    public static Gen<InitiativeNetwork> initiativeNetworks() {
        return lists().of(initiatives()).ofSizeBetween(0, 12).flatMap(drawn -> {
            List<Initiative> initiatives = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                initiatives.add(ImmutableInitiative.copyOf(drawn.get(i)).withId(InitiativeId.of("initiative-" + i)));
            }
            int n = initiatives.size();
            if (n < 2) {
                return Generate.constant(new InitiativeNetwork(initiatives, List.of()));
            }
            Gen<InitiativeLink> links = integers()
                    .between(0, n - 1)
                    .zip(
                            integers().between(1, n - 1),
                            spans(),
                            (from, step, span) -> link(
                                    initiatives.get(from).id(),
                                    initiatives.get((from + step) % n).id(),
                                    span));
            return lists().of(links).ofSizeBetween(0, 2 * n).map(ls -> new InitiativeNetwork(initiatives, ls));
        });
    }

    /** Valid places of every kind, with or without opening and closing dates. */
    public static Gen<Place> places() {
        return placeIds()
                .zip(
                        names(),
                        placeKinds(),
                        areas(),
                        (id, name, kind, area) -> Place.builder()
                                .id(id)
                                .name(name)
                                .kind(kind)
                                .area(area)
                                .build())
                .zip(
                        integers().between(0, 2),
                        spans(),
                        (place, opened, span) -> ImmutablePlace.copyOf(place)
                                .withOpened(opened == 0 ? Optional.empty() : Optional.of(span.start()))
                                .withClosed(span.end()));
    }

    /** Valid activities, with or without an initiative, a place and a theme. */
    public static Gen<Activity> activities() {
        return activityIds()
                .zip(names(), areas(), (id, name, area) -> Activity.of(id, name, area))
                .zip(
                        initiativeIds().toOptionals(40),
                        placeIds().toOptionals(60),
                        themes(),
                        (activity, initiative, place, theme) -> ImmutableActivity.copyOf(activity)
                                .withInitiativeId(initiative)
                                .withPlaceId(place)
                                .withTheme(theme))
                .zip(
                        CommonGenerators.ids(ProvisionId::of).toOptionals(70),
                        (activity, provision) ->
                                ImmutableActivity.copyOf(activity).withProvisionId(provision));
    }

    /** Valid participations of any role on any date. */
    public static Gen<Participation> participations() {
        return ids(ResidentId::of).zip(activityIds(), areas(), dates(), participationRoles(), Participation::of);
    }

    /** Valid participations in one of {@code activities} (which must not be empty), in the activity's area. */
    public static Gen<Participation> participationsIn(List<Activity> activities) {
        return Generate.pick(activities)
                .zip(
                        ids(ResidentId::of),
                        dates(),
                        participationRoles(),
                        (activity, resident, date, role) ->
                                Participation.of(resident, activity.id(), activity.area(), date, role));
    }

    // ---- breaches of the values' own rules

    /** Texts that break {@link InitiativeId#FORMAT}. */
    public static Gen<Breach<InitiativeId>> initiativeIdBreaches() {
        return malformedIdentifierTexts()
                .map(text -> Breach.of(InitiativeId.FORMAT, "'" + text + "'", () -> InitiativeId.parse(text)));
    }

    /** Texts that break {@link ActivityId#FORMAT}. */
    public static Gen<Breach<ActivityId>> activityIdBreaches() {
        return malformedIdentifierTexts()
                .map(text -> Breach.of(ActivityId.FORMAT, "'" + text + "'", () -> ActivityId.parse(text)));
    }

    /** Texts that break {@link PlaceId#FORMAT}. */
    public static Gen<Breach<PlaceId>> placeIdBreaches() {
        return malformedIdentifierTexts()
                .map(text -> Breach.of(PlaceId.FORMAT, "'" + text + "'", () -> PlaceId.parse(text)));
    }

    /** Texts that break {@link InitiativeLead#KNOWN}. */
    public static Gen<Breach<InitiativeLead>> initiativeLeadBreaches() {
        return unknownCodes()
                .map(text -> Breach.of(InitiativeLead.KNOWN, "'" + text + "'", () -> InitiativeLead.parse(text)));
    }

    /** Texts that break {@link PlaceKind#KNOWN}. */
    public static Gen<Breach<PlaceKind>> placeKindBreaches() {
        return unknownCodes().map(text -> Breach.of(PlaceKind.KNOWN, "'" + text + "'", () -> PlaceKind.parse(text)));
    }

    /** Texts that break {@link ParticipationRole#KNOWN}. */
    public static Gen<Breach<ParticipationRole>> participationRoleBreaches() {
        return unknownCodes()
                .map(text -> Breach.of(ParticipationRole.KNOWN, "'" + text + "'", () -> ParticipationRole.parse(text)));
    }

    /** Initiatives that break {@link Initiative#NAME_BLANK} or {@link Initiative#END_BEFORE_START}, in equal shares. */
    public static Gen<Breach<Initiative>> initiativeBreaches() {
        Gen<Breach<Initiative>> blankName = initiatives()
                .zip(
                        Generate.pick(BLANKS),
                        (i, blank) -> Breach.of(
                                Initiative.NAME_BLANK,
                                i + " named '" + blank + "'",
                                () -> Initiative.validate(
                                        i.id(), blank, i.area(), i.lead(), i.started(), i.ended(), i.theme())));
        Gen<Breach<Initiative>> endBeforeStart = initiatives()
                .flatMap(i -> datesBefore(i.started())
                        .map(ended -> Breach.of(
                                Initiative.END_BEFORE_START,
                                i + " ended " + ended,
                                () -> Initiative.validate(
                                        i.id(),
                                        i.name(),
                                        i.area(),
                                        i.lead(),
                                        i.started(),
                                        Optional.of(ended),
                                        i.theme()))));
        return Generate.oneOf(blankName, endBeforeStart);
    }

    /**
     * Links that break {@link InitiativeLink#SELF_LINK} or {@link InitiativeLink#END_BEFORE_START}, in equal shares.
     */
    public static Gen<Breach<InitiativeLink>> initiativeLinkBreaches() {
        Gen<Breach<InitiativeLink>> selfLink = initiativeLinks()
                .map(l -> Breach.of(
                        InitiativeLink.SELF_LINK,
                        l + " with itself",
                        () -> InitiativeLink.validate(l.initiative(), l.initiative(), l.since(), l.until())));
        Gen<Breach<InitiativeLink>> endBeforeStart = initiativeLinks()
                .flatMap(l -> datesBefore(l.since())
                        .map(until -> Breach.of(
                                InitiativeLink.END_BEFORE_START,
                                l + " until " + until,
                                () -> InitiativeLink.validate(
                                        l.initiative(), l.otherInitiative(), l.since(), Optional.of(until)))));
        return Generate.oneOf(selfLink, endBeforeStart);
    }

    /** Places that break {@link Place#NAME_BLANK} or {@link Place#CLOSED_BEFORE_OPENED}, in equal shares. */
    public static Gen<Breach<Place>> placeBreaches() {
        Gen<Breach<Place>> blankName = places().zip(
                        Generate.pick(BLANKS),
                        (p, blank) -> Breach.of(
                                Place.NAME_BLANK,
                                p + " named '" + blank + "'",
                                () -> Place.validate(p.id(), blank, p.kind(), p.area(), p.opened(), p.closed())));
        Gen<Breach<Place>> closedBeforeOpened = dates().flatMap(opened -> places().zip(
                        datesBefore(opened),
                        (p, closed) -> Breach.of(
                                Place.CLOSED_BEFORE_OPENED,
                                p + " opened " + opened + " closed " + closed,
                                () -> Place.validate(
                                        p.id(),
                                        p.name(),
                                        p.kind(),
                                        p.area(),
                                        Optional.of(opened),
                                        Optional.of(closed)))));
        return Generate.oneOf(blankName, closedBeforeOpened);
    }

    /** Activities that break {@link Activity#NAME_BLANK}. */
    public static Gen<Breach<Activity>> activityBreaches() {
        return activities()
                .zip(
                        Generate.pick(BLANKS),
                        (a, blank) -> Breach.of(
                                Activity.NAME_BLANK,
                                a + " named '" + blank + "'",
                                () -> Activity.validate(
                                        a.id(),
                                        blank,
                                        a.area(),
                                        a.initiativeId(),
                                        a.provisionId(),
                                        a.placeId(),
                                        a.theme())));
    }

    // ---- breaches of the rules across rows

    /**
     * A network with one more link that names an initiative outside it, breaking
     * {@link CommunityChecks#LINK_UNKNOWN_INITIATIVE} (once or, when neither end is known, twice).
     */
    public static Gen<Breach<Seq<InitiativeLink>>> linkCheckBreaches() {
        return initiativeNetworks().zip(spans(), integers().between(0, 1), (network, span, reversed) -> {
            InitiativeId known = network.initiatives().isEmpty()
                    ? InitiativeId.of("unknown-a")
                    : network.initiatives().get(0).id();
            InitiativeId unknown = InitiativeId.of("unknown-b");
            InitiativeLink stray = reversed == 0 ? link(known, unknown, span) : link(unknown, known, span);
            List<InitiativeLink> links = new ArrayList<>(network.links());
            links.add(stray);
            return Breach.of(
                    CommunityChecks.LINK_UNKNOWN_INITIATIVE,
                    network + " and " + stray,
                    () -> CommunityChecks.validateLinks(network.initiatives(), links));
        });
    }

    /**
     * Activities with participations in them, and one participation in an activity that is not among them, breaking
     * {@link CommunityChecks#PARTICIPATION_UNKNOWN_ACTIVITY}.
     */
    public static Gen<Breach<Seq<Participation>>> participationCheckBreaches() {
        return lists().of(activities()).ofSizeBetween(1, 6).flatMap(drawn -> {
            List<Activity> activities = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                activities.add(ImmutableActivity.copyOf(drawn.get(i)).withId(ActivityId.of("activity-" + i)));
            }
            return lists().of(participationsIn(activities))
                    .ofSizeBetween(0, 10)
                    .zip(participations(), (known, stray) -> {
                        Participation unknown =
                                ImmutableParticipation.copyOf(stray).withActivity(ActivityId.of("unknown-activity"));
                        List<Participation> all = new ArrayList<>(known);
                        all.add(unknown);
                        return Breach.of(
                                CommunityChecks.PARTICIPATION_UNKNOWN_ACTIVITY,
                                activities + " and " + all,
                                () -> CommunityChecks.validateParticipations(activities, all));
                    });
        });
    }

    // ---- helpers

    /** A start date and an optional end on or after it. */
    private record Span(LocalDate start, Optional<LocalDate> end) {}

    private static Gen<Span> spans() {
        return dates().flatMap(start -> endsFrom(start).map(end -> new Span(start, end)));
    }

    private static InitiativeLink link(InitiativeId a, InitiativeId b, Span span) {
        return InitiativeLink.builder()
                .initiative(a)
                .otherInitiative(b)
                .since(span.start())
                .until(span.end())
                .build();
    }

    private static InitiativeId distinctFrom(InitiativeId a, InitiativeId b) {
        return a.equals(b) ? InitiativeId.of(b.value() + "2") : b;
    }

    /** Texts that name no lead, kind or role: a few Dutch or misspelt words, and texts starting with '?'. */
    private static Gen<String> unknownCodes() {
        return Generate.pick(List.of("", "resident", "bewoners", "organizer", "buurthuis", "community_centre"))
                .mix(identifierTexts().map(t -> "?" + t));
    }
}
