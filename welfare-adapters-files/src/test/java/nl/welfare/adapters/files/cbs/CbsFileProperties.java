package nl.welfare.adapters.files.cbs;

import static nl.welfare.adapters.files.cbs.CbsTestFiles.enschede;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.enschedePopulations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("Reading any bytes as a CBS file")
class CbsFileProperties {

    /** The only faults of a whole file, without a line: every other fault is inside the file. */
    private static final Set<Rule> WHOLE_FILE =
            Set.of(CbsFile.UNREADABLE, CbsFile.EMPTY, CbsRegionList.MUNICIPALITY_NOT_LISTED);

    /** Bytes a mutation writes: CSV's own characters, CBS's, white space, a byte order mark, and bytes no UTF-8. */
    private static final byte[] PALETTE = {
        '"',
        ',',
        '\n',
        '\r',
        ' ',
        '0',
        '9',
        'X',
        '.',
        '-',
        'G',
        'W',
        'B',
        (byte) 0xEF,
        (byte) 0xBB,
        (byte) 0xBF,
        (byte) 0xC3,
        (byte) 0xFF,
        0
    };

    /** One change to a file: delete, duplicate or swap lines; delete, repeat or replace bytes; cut the file short. */
    record Mutation(int kind, int at, int other, int value) {

        byte[] applyTo(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            int p = at % in.length;
            byte written = value < PALETTE.length ? PALETTE[value] : (byte) value;
            switch (kind) {
                case 0:
                    return deleteLine(in, at);
                case 1:
                    return duplicateLine(in, at);
                case 2:
                    return duplicateLine(deleteLine(in, at), other);
                case 3:
                    return splice(in, p, Math.min(in.length, p + 1 + other % 8), new byte[0]);
                case 4:
                    return splice(in, p, p, new byte[] {in[p]});
                case 5:
                    return splice(in, p, p + 1, new byte[] {written});
                case 6:
                    return splice(in, p, in.length, new byte[0]);
                default:
                    return splice(in, p, p, new byte[] {written});
            }
        }

        private static int[] lineAt(byte[] in, int index) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < in.length - 1; i++) {
                if (in[i] == '\n') {
                    starts.add(i + 1);
                }
            }
            int line = index % starts.size();
            int end = line + 1 < starts.size() ? starts.get(line + 1) : in.length;
            return new int[] {starts.get(line), end};
        }

        private static byte[] deleteLine(byte[] in, int index) {
            int[] line = lineAt(in, index);
            return splice(in, line[0], line[1], new byte[0]);
        }

        private static byte[] duplicateLine(byte[] in, int index) {
            if (in.length == 0) {
                return in;
            }
            int[] line = lineAt(in, index);
            byte[] copy = new byte[line[1] - line[0]];
            System.arraycopy(in, line[0], copy, 0, copy.length);
            return splice(in, line[1], line[1], copy);
        }

        private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
            out.write(in, 0, from);
            out.write(insert, 0, insert.length);
            out.write(in, to, in.length - to);
            return out.toByteArray();
        }
    }

    private static Gen<List<Mutation>> mutations() {
        Gen<Mutation> one = integers()
                .between(0, 7)
                .zip(
                        integers().between(0, 1_000_000),
                        integers().between(0, 1_000),
                        integers().between(0, 255),
                        Mutation::new);
        return lists().of(one).ofSizeBetween(1, 6);
    }

    private static Gen<byte[]> randomBytes() {
        return Generate.byteArrays(
                integers().between(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    /** Text from the characters that matter to a region list, after a valid header or none. */
    private static Gen<byte[]> regionLikeText() {
        List<Character> alphabet = new ArrayList<>();
        for (char c : "\"\",,,\n\r GMWKBUNL0012345678 ".toCharArray()) {
            alphabet.add(c);
        }
        return booleans().all().zip(lists().of(Generate.pick(alphabet)).ofSizeBetween(0, 300), (withHeader, chars) -> {
            StringBuilder text = new StringBuilder(withHeader ? CbsTestFiles.HEADER : "");
            chars.forEach(text::append);
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] text = original;
        for (Mutation m : mutations) {
            text = m.applyTo(text);
        }
        return text;
    }

    /** The lines of the text as the CSV parser counts them: CR, LF and CR LF each end one. */
    private static long lines(byte[] text) {
        long lines = 1;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 == text.length || text[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * Writes {@code text} to {@code file} and reads it: either a result, or a {@link FileFaultException} (any other
     * exception fails the test) whose every fault names the file and, unless it is about the whole file, a line in it.
     */
    private static <T> void readsOrFaults(Path file, byte[] text, Function<Path, T> read) {
        try {
            Files.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            read.apply(file);
        } catch (FileFaultException e) {
            assertFalse(e.faults().isEmpty());
            for (FileFault fault : e.faults()) {
                assertEquals(file.toString(), fault.file(), fault::message);
                assertTrue(fault.message().startsWith(file.toString()), fault::message);
                if (!WHOLE_FILE.contains(fault.rule())) {
                    assertTrue(fault.line().isPresent(), fault::message);
                }
                fault.line()
                        .ifPresent(line -> assertTrue(
                                line >= 1 && line <= lines(text),
                                () -> fault.message() + " of " + lines(text) + " lines"));
            }
        }
    }

    private static CbsRegions readRegions(Path file, boolean narrowed) {
        return narrowed
                ? CbsRegionList.read(file, Optional.of(Year.of(2022)), Optional.of(AreaCode.of("GM0153")))
                : CbsRegionList.read(file);
    }

    @Test
    @DisplayName("as a region list gives regions or faults that name the file and a line, for random bytes")
    void randomBytesAsRegionList(@TempDir Path dir) {
        Path file = dir.resolve("random_2022.csv");
        qt().withExamples(300)
                .forAll(randomBytes().mix(regionLikeText()), booleans().all())
                .checkAssert((text, narrowed) -> readsOrFaults(file, text, f -> readRegions(f, narrowed)));
    }

    @Test
    @DisplayName("as a region list gives regions or faults that name the file and a line, for Enschede's list with"
            + " lines or bytes deleted, repeated or changed")
    void mutatedEnschedeList(@TempDir Path dir) {
        byte[] original = bytes(enschede());
        Path file = dir.resolve("CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv");
        qt().withExamples(500)
                .forAll(mutations(), booleans().all())
                .checkAssert((mutations, narrowed) ->
                        readsOrFaults(file, mutate(original, mutations), f -> readRegions(f, narrowed)));
    }

    @Test
    @DisplayName("as key figures gives populations or faults that name the file and a line, for Enschede's figures"
            + " with lines or bytes deleted, repeated or changed, and for random bytes")
    void mutatedKeyFigures(@TempDir Path dir) {
        CbsRegions regions = CbsRegionList.read(enschede());
        byte[] original = bytes(enschedePopulations());
        Path file = dir.resolve("figures.csv");
        Function<Path, CbsRegions> read = f -> CbsKeyFigures.addPopulations(regions, f, Year.of(2013));
        qt().withExamples(300)
                .forAll(mutations())
                .checkAssert(mutations -> readsOrFaults(file, mutate(original, mutations), read));
        qt().withExamples(100).forAll(randomBytes()).checkAssert(text -> readsOrFaults(file, text, read));
    }

    @Test
    @DisplayName("reads Enschede's list unchanged, and without the line of a neighbourhood that a mutation deleted")
    void mutationsChangeTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv");
        byte[] original = bytes(enschede());
        assertEquals(
                81, CbsRegionList.read(Files.write(file, original)).hierarchy().size());
        byte[] withoutCity = mutate(original, List.of(new Mutation(0, 3, 0, 0)));
        CbsRegions regions = CbsRegionList.read(Files.write(file, withoutCity));
        assertEquals(80, regions.hierarchy().size());
        assertFalse(regions.hierarchy().contains(AreaCode.of("BU01530000")));
    }
}
