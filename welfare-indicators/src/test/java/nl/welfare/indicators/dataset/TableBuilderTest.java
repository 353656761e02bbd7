package nl.welfare.indicators.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A table's layout, derived from its fact type, and the order in which a row must be written. */
@DisplayName("A table being built")
class TableBuilderTest {

    @Test
    @DisplayName("stores an enum as a byte, a decimal as a double and any other attribute as an int")
    void kindsFollowTheAttributeTypes() {
        TableBuilder.Layout layout = TableBuilder.Layout.of(FactType.SURVEY_RESPONSES);
        assertEquals(
                List.of(
                        new TableBuilder.Column("respondent_id", TableBuilder.Kind.INT),
                        new TableBuilder.Column("area_code", TableBuilder.Kind.INT),
                        new TableBuilder.Column("date", TableBuilder.Kind.INT),
                        new TableBuilder.Column("question", TableBuilder.Kind.INT),
                        new TableBuilder.Column("answer", TableBuilder.Kind.INT),
                        new TableBuilder.Column("weight", TableBuilder.Kind.DOUBLE)),
                layout.columns());
        assertEquals(
                TableBuilder.Kind.BYTE,
                TableBuilder.Layout.of(FactType.PARTICIPATIONS).columns().last().kind());
    }

    @Test
    @DisplayName("refuses a row written in another order than its columns, naming the column")
    void refusesAValueOfTheWrongKind() {
        TableBuilder participations = TableBuilder.of(TableBuilder.Layout.of(FactType.PARTICIPATIONS));
        participations.i(1).i(2).i(3).i(4);
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> participations.i(0));
        assertEquals("column role of participations is stored as BYTE, written as INT", wrong.getMessage());
    }

    @Test
    @DisplayName("refuses a row that leaves columns out, or writes more than it has")
    void refusesARowOfTheWrongLength() {
        TableBuilder links = TableBuilder.of(TableBuilder.Layout.of(FactType.INITIATIVE_LINKS));
        links.i(1).i(2).i(3);
        IllegalStateException short_ = assertThrows(IllegalStateException.class, links::end);
        assertEquals("a row of initiative_links left columns out from until", short_.getMessage());
        TableBuilder residents = TableBuilder.of(TableBuilder.Layout.of(FactType.RESIDENTS));
        residents.i(1).i(2).i(3);
        IllegalStateException long_ = assertThrows(IllegalStateException.class, () -> residents.i(4));
        assertEquals("a row of residents has more than its 3 columns", long_.getMessage());
    }

    @Test
    @DisplayName("stores in bytes only a whole-number attribute of the fact type")
    void inBytesOnlyForWholeNumbers() {
        TableBuilder.Layout ladder = TableBuilder.Layout.of(FactType.LADDER_ASSESSMENTS);
        assertEquals(
                TableBuilder.Kind.BYTE, ladder.inBytes("rung").columns().last().kind());
        assertThrows(IllegalArgumentException.class, () -> ladder.inBytes("date"));
        assertThrows(IllegalArgumentException.class, () -> ladder.inBytes("score"));
        assertThrows(IllegalArgumentException.class, () -> ladder.extra("rung", TableBuilder.Kind.INT));
    }
}
