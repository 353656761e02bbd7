package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.indicators.dataset.Dataset;

/**
 * What reading a data package gave (ingelezen gegevenspakket): the dataset, if there is one, and every fault found,
 * errors and warnings, in the order found (file by file in the order of {@link DataPackageReader}, line by line).
 *
 * <pre>{@code
 * DataPackageRead read = DataPackageReader.validate(Path.of("data"));
 * read.faults().forEach(f -> System.err.println(f.message()));   // every error and warning
 * if (read.hasErrors()) {
 *     System.exit(1);
 * }
 * Dataset dataset = read.orElseThrow();
 * }</pre>
 *
 * <p>A strict read ({@link DataPackageReader#validate}) has a dataset only when it found no error; a lenient read
 * ({@link DataPackageReader#readLenient}) always has one, of the rows that passed, and {@link #rejectedRows()} says
 * how many did not.
 */
public final class DataPackageRead {

    private final Option<Dataset> dataset;
    private final Seq<FileFault> faults;
    private final long rejectedRows;

    DataPackageRead(Option<Dataset> dataset, Seq<FileFault> faults, long rejectedRows) {
        this.dataset = dataset;
        this.faults = faults;
        this.rejectedRows = rejectedRows;
    }

    /** The dataset: in a strict read, only when there was no error; in a lenient read, always. */
    public Option<Dataset> dataset() {
        return dataset;
    }

    /** Every fault, errors and warnings, in the order found. */
    public Seq<FileFault> faults() {
        return faults;
    }

    /** The faults that reject the package (or, in a lenient read, their rows). */
    public Seq<FileFault> errors() {
        return faults.filter(FileFault::isError);
    }

    /** The faults that reject nothing, such as an answer that is not valid for its question. */
    public Seq<FileFault> warnings() {
        return faults.filter(f -> !f.isError());
    }

    /** Whether any fault is an error. */
    public boolean hasErrors() {
        return faults.exists(FileFault::isError);
    }

    /**
     * The number of rows left out: rows with an error, and groups of rows read as one value (the scores of one
     * self-reliance assessment) counted once. Zero in a strict read without errors.
     */
    public long rejectedRows() {
        return rejectedRows;
    }

    /** The dataset, or a {@link FileFaultException} with every error when there is none. */
    public Dataset orElseThrow() {
        if (dataset.isDefined()) {
            return dataset.get();
        }
        throw new FileFaultException(errors());
    }

    /** The dataset when there was no error, else every error. */
    public Validation<Seq<FileFault>, Dataset> toValidation() {
        return dataset.isDefined() && !hasErrors() ? Validation.valid(dataset.get()) : Validation.invalid(errors());
    }

    /** The number of faults, for messages. */
    @Override
    public String toString() {
        return "DataPackageRead[" + errors().size() + " errors, " + warnings().size() + " warnings, "
                + (dataset.isDefined() ? dataset.get() : "no dataset") + "]";
    }
}
