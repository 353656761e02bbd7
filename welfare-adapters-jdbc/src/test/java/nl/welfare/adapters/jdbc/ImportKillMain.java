package nl.welfare.adapters.jdbc;

import java.nio.file.Path;
import nl.welfare.indicators.dataset.Dataset;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The process {@link ImportKillTest} kills: it imports a large generated dataset into the H2 file named by its first
 * argument, replacing what it holds, and prints {@link #UNDER_WAY} once the import's transaction has written its
 * tenth batch of rows (and {@link #DONE} if it ever finishes).
 */
public final class ImportKillMain {

    /** Printed once the import's transaction has written rows. */
    static final String UNDER_WAY = "import under way";

    /** Printed when the import has committed. */
    static final String DONE = "import done";

    private ImportKillMain() {}

    /** Arguments: the H2 file (without {@code .mv.db}), the number of residents of the dataset to import. */
    public static void main(String[] args) {
        Dataset large = Datasets.generated("K", Integer.parseInt(args[1]), 10);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + Path.of(args[0]).toAbsolutePath());
        FaultyDataSource counting = new FaultyDataSource(
                h2,
                10,
                () -> {
                    System.out.println(UNDER_WAY);
                    System.out.flush();
                },
                Integer.MAX_VALUE);
        JdbcWelfareStore store = JdbcWelfareStore.open(counting);
        store.importDataset(large, ImportMode.REPLACE);
        System.out.println(DONE);
        System.out.flush();
    }
}
