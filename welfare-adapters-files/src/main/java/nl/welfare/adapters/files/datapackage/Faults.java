package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.internal.io.FaultLog;

/**
 * The faults found while reading a package: the module's {@link FaultLog} with the package's caps, at most {@link
 * DataPackageReader#MAX_FAULTS_PER_RULE} per file, rule and column and {@link DataPackageReader#MAX_FAULTS_PER_FILE}
 * per file, the rest summed up in faults of {@link DataPackageRules#TOO_MANY_FAULTS}.
 */
final class Faults extends FaultLog {

    Faults() {
        super(
                PackageDescriptor.FILE,
                Option.some(new Caps(
                        DataPackageReader.MAX_FAULTS_PER_RULE,
                        DataPackageReader.MAX_FAULTS_PER_FILE,
                        DataPackageRules.TOO_MANY_FAULTS)));
    }

    /** The faults listed, in the order found. */
    Vector<FileFault> all() {
        return inOrderFound();
    }
}
