package nl.welfare.examples.report;

import java.util.Map;
import java.util.Optional;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;

/**
 * The Dutch names, units and descriptions of the reference catalogue's indicators, for the Dutch report
 * (referentiecatalogus in het Nederlands). They are given only to a definition that is the catalogue's own, equal in
 * every field: a user's definition that reuses an id with another meaning keeps its own words, since a name that says
 * more than the definition computes would mislead.
 */
final class DutchCatalogue {

    /** A name, unit and description in Dutch. */
    record Words(String name, String unit, String description) {}

    private static final String SHARE = "aandeel";
    private static final String PER_1000 = "per 1.000 inwoners";
    private static final String MARK = "rapportcijfer (1-10)";

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry(
                    "resident-led-initiatives",
                    new Words(
                            "Initiatieven in regie van bewoners",
                            SHARE,
                            "Van de initiatieven die in de periode actief zijn, het aandeel waarvan bewoners de regie"
                                    + " hebben (regie bij bewoners; gezamenlijk en professionals tellen niet mee).")),
            Map.entry(
                    "self-reliance-sufficient",
                    new Words(
                            "Voldoende zelfredzame bewoners",
                            SHARE,
                            "Van de bewoners met een meting op de zelfredzaamheidsmatrix in de periode, het aandeel"
                                    + " van wie de laatste meting in de periode op elk gemeten domein 4 of 5"
                                    + " scoort.")),
            Map.entry(
                    "participation-ladder-progress",
                    new Words(
                            "Vooruitgang op de participatieladder",
                            SHARE,
                            "Van de bewoners met ten minste twee metingen op de participatieladder in de periode,"
                                    + " het aandeel van wie de laatste trede hoger is dan de eerste.")),
            Map.entry(
                    "residents-participating-per-1000",
                    new Words(
                            "Deelnemende bewoners per 1.000 inwoners",
                            PER_1000,
                            "Verschillende bewoners met een deelname aan een activiteit in de periode, per 1.000"
                                    + " inwoners.")),
            Map.entry(
                    "volunteers",
                    new Words(
                            "Vrijwilligers",
                            "bewoners",
                            "Verschillende bewoners met een deelname in de rol van vrijwilliger in de periode.")),
            Map.entry(
                    "life-satisfaction-mean",
                    new Words(
                            "Tevredenheid met het leven",
                            MARK,
                            "Het gewogen gemiddelde van de geldige antwoorden (1-10) in de periode op zw00, \"Hoe"
                                    + " tevreden bent u met uw leven?\".")),
            Map.entry(
                    "loneliness",
                    new Words(
                            "Eenzaamheid",
                            SHARE,
                            "Van de geldige antwoorden in de periode op zw04, \"Voelt u zich weleens eenzaam?\", het"
                                    + " gewogen aandeel dat vaak of heel vaak antwoordt.")),
            Map.entry(
                    "feels-safe",
                    new Words(
                            "Voelt zich veilig",
                            SHARE,
                            "Van de geldige antwoorden (1-5) in de periode op wl04, \"Voelt u zich veilig in uw"
                                    + " buurt?\", het gewogen aandeel dat (bijna) altijd of meestal antwoordt.")),
            Map.entry(
                    "pleasant-to-live-mean",
                    new Words(
                            "Prettig wonen",
                            MARK,
                            "Het gewogen gemiddelde van de geldige antwoorden (1-10) in de periode op wl01, \"Hoe"
                                    + " prettig is het wonen in uw buurt?\".")),
            Map.entry(
                    "social-cohesion",
                    new Words(
                            "Sociale samenhang",
                            SHARE,
                            "Van de geldige antwoorden (1-5) in de periode op sc01, \"Ik voel me verbonden met de"
                                    + " mensen in mijn buurt.\", het gewogen aandeel dat het (helemaal) eens is.")),
            Map.entry(
                    "initiative-network-connectedness",
                    new Words(
                            "Verbonden initiatieven",
                            SHARE,
                            "Van de initiatieven die in de periode actief zijn, het aandeel met ten minste één in de"
                                    + " periode actieve verbinding met een ander initiatief dat dan actief is.")),
            Map.entry(
                    "individual-support-per-1000",
                    new Words(
                            "Individuele ondersteuning per 1.000 inwoners",
                            PER_1000,
                            "Individuele ondersteuningstrajecten die in de periode lopen, per 1.000 inwoners.")),
            Map.entry(
                    "new-individual-cases-per-1000",
                    new Words(
                            "Nieuwe individuele trajecten per 1.000 inwoners",
                            PER_1000,
                            "Individuele ondersteuningstrajecten die in de periode begonnen, per 1.000 inwoners.")),
            Map.entry(
                    "collective-support-per-1000",
                    new Words(
                            "Collectieve ondersteuning per 1.000 inwoners",
                            PER_1000,
                            "Collectieve ondersteuningstrajecten die in de periode lopen, per 1.000 inwoners.")),
            Map.entry(
                    "collective-to-individual-ratio",
                    new Words(
                            "Collectieve tegenover individuele ondersteuning",
                            "collectieve trajecten per individueel traject",
                            "Collectieve ondersteuningstrajecten die in de periode lopen, gedeeld door de"
                                    + " individuele trajecten die dan lopen.")),
            Map.entry(
                    "collective-provisions-offered",
                    new Words(
                            "Aangeboden collectieve voorzieningen",
                            "voorzieningen",
                            "Collectieve voorzieningen die in de periode actief zijn.")),
            Map.entry(
                    "provision-awareness",
                    new Words(
                            "Bekendheid met het speciaal vervoer",
                            SHARE,
                            "Van de geldige antwoorden (0-1) in de periode op aw01, \"Weet u waar u speciaal vervoer"
                                    + " kunt krijgen?\", het gewogen aandeel dat ja antwoordt.")));

    private DutchCatalogue() {}

    /** The Dutch words of {@code definition} if it is the reference catalogue's own, equal in every field. */
    static Optional<Words> of(IndicatorDefinition definition) {
        Words words = WORDS.get(definition.id().value());
        if (words == null) {
            return Optional.empty();
        }
        return ReferenceCatalogue.byId(definition.id())
                .filter(definition::equals)
                .map(d -> words)
                .toJavaOptional();
    }
}
