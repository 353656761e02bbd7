package nl.welfare.adapters.files.json;

import static nl.welfare.adapters.files.json.JsonFaults.assertFault;
import static nl.welfare.adapters.files.json.JsonFaults.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Ledger;
import nl.welfare.indicators.disclosure.RoundingKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ledger of releases as JSON")
class LedgerJsonTest {

    private static final Map<CellKey, CellStatus> CELLS = Map.of(
            CellKey.of("feels-safe", "GM0153", "2022"), CellStatus.PUBLISHED,
            CellKey.of("feels-safe", "BU01530001", "2022"), CellStatus.SUPPRESSED,
            CellKey.of("feels-safe", "WK015300", "2022"), CellStatus.PUBLISHED,
            CellKey.of("loneliness", "GM0153", "2019-Q2"), CellStatus.PUBLISHED);

    @Test
    @DisplayName("writes the rules and the cells grouped by indicator and period, in order, and reads them back")
    void writesAndReads(@TempDir Path dir) throws IOException {
        Ledger ledger = Ledger.empty(DisclosureRules.standard().finestPeriod(PeriodGranularity.QUARTER))
                .plus(CELLS);
        String json = LedgerJson.toJson(ledger);
        assertEquals("""
                {
                  "rules": {
                    "min_count": 10,
                    "small_band": 4,
                    "finest_period": "quarter"
                  },
                  "cells": [
                    {
                      "indicator": "feels-safe",
                      "period": "2022",
                      "published": [
                        "GM0153",
                        "WK015300"
                      ],
                      "suppressed": [
                        "BU01530001"
                      ]
                    },
                    {
                      "indicator": "loneliness",
                      "period": "2019-Q2",
                      "published": [
                        "GM0153"
                      ],
                      "suppressed": []
                    }
                  ]
                }
                """, json);
        assertEquals(ledger, LedgerJson.validate("ledger.json", json).get());

        Path file = dir.resolve("ledger.json");
        LedgerJson.write(ledger, file);
        assertEquals(ledger, LedgerJson.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    @DisplayName("keeps a rounding key's fingerprint, never the key, and matches only rules with that key")
    void rounding() {
        RoundingKey key = RoundingKey.generate();
        DisclosureRules rules = DisclosureRules.standard().rounded(5, key);
        String json = LedgerJson.toJson(Ledger.empty(rules).plus(CELLS));
        assertTrue(json.contains("\"round\": 5"), json);
        assertTrue(json.contains(key.fingerprint()), json);
        assertFalse(json.contains(key.encoded()), "the key itself is never written");
        Ledger read = LedgerJson.validate("ledger.json", json).get();
        assertTrue(read.matches(rules));
        assertFalse(read.matches(DisclosureRules.standard().rounded(5, RoundingKey.generate())));
        assertFalse(read.matches(DisclosureRules.standard()));
    }

    @Test
    @DisplayName("reports a cell listed twice at its second place")
    void duplicateCell() {
        String json = """
                {"rules": {"min_count": 10, "small_band": 4, "finest_period": "year"},
                 "cells": [
                   {"indicator": "feels-safe", "period": "2022", "published": ["GM0153"], "suppressed": []},
                   {"indicator": "feels-safe", "period": "2022", "published": [], "suppressed": [»"GM0153"]}
                 ]}
                """.replace("»", "");
        Validation<Seq<FileFault>, Ledger> read = LedgerJson.validate("ledger.json", json);
        assertOnly(
                read.getError(),
                json,
                JsonRules.DUPLICATE_CELL,
                "cells[1].suppressed[0]",
                "\"suppressed\": [»\"GM0153\"]");
    }

    @Test
    @DisplayName("reports a rounding base without a fingerprint, and a base below two")
    void roundingShape() {
        String json = """
                {"rules": {"min_count": 10, "small_band": 4, "finest_period": "year", "round": 5},
                 "cells": []}
                """;
        assertOnly(
                LedgerJson.validate("ledger.json", json).getError(),
                json,
                JsonRules.ROUNDING_SHAPE,
                "rules",
                "»{\"min_count\"");
        String low = """
                {"rules": {"min_count": 10, "small_band": 4, "finest_period": "year", "round": 1,
                           "rounding_key_fingerprint": "ab"},
                 "cells": []}
                """;
        assertOnly(
                LedgerJson.validate("ledger.json", low).getError(),
                low,
                DisclosureRules.ROUNDING_BASE_BELOW_TWO,
                "rules.round",
                "\"round\": »1");
    }

    @Test
    @DisplayName("reports every fault at once, each where it is: types, unknown properties, rules out of range")
    void everyFault() {
        String json = """
                {"rules": {"min_count": 0, "small_band": 4, "finest_period": "week"},
                 "cells": [
                   {"indicator": "feels-safe", "period": "2022", "published": "GM0153", "colour": "red"},
                   {"indicator": "feels-safe", "period": "2021", "suppressed": [12]}
                 ]}
                """;
        Seq<FileFault> faults = LedgerJson.validate("ledger.json", json).getError();
        assertEquals(5, faults.size(), () -> faults.mkString("\n"));
        assertFault(faults.get(0), json, DisclosureRules.MINIMUM_BELOW_ONE, "rules.min_count", "\"min_count\": »0");
        assertFault(faults.get(1), json, PeriodGranularity.KNOWN, "rules.finest_period", "»\"week\"");
        assertFault(faults.get(2), json, JsonRules.NOT_AN_ARRAY, "cells[0].published", "\"published\": »\"GM0153\"");
        assertFault(faults.get(3), json, JsonRules.UNKNOWN_PROPERTY, "cells[0].colour", "»\"colour\"");
        assertFault(faults.get(4), json, JsonRules.NOT_A_STRING, "cells[1].suppressed[0]", "[»12]");
        assertThrows(FileFaultException.class, () -> LedgerJson.read(Path.of("no-such-ledger.json")));
    }
}
