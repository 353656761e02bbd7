package nl.welfare.adapters.files.fault;

import io.vavr.collection.Seq;

/**
 * Thrown by the readers of this module when an input has faults (onleesbare invoer): it carries every
 * {@link FileFault.Severity#ERROR} found, in the order found (file by file, line by line), and its message lists them,
 * so that a command line prints it and a researcher fixes every fault in one go. It is the only exception a reader
 * throws for bad input; a bug in the library may still throw another.
 *
 * <pre>{@code
 * try {
 *     Dataset dataset = DataPackageReader.read(Path.of("data"));
 * } catch (FileFaultException e) {
 *     e.faults().forEach(f -> System.err.println(f.message()));
 * }
 * }</pre>
 */
public final class FileFaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most faults listed in the message; {@link #faults()} has them all. */
    public static final int MESSAGE_LIMIT = 50;

    private final transient Seq<FileFault> faults;

    /** An exception for {@code faults}, at least one. */
    public FileFaultException(Seq<FileFault> faults) {
        super(describe(faults));
        this.faults = faults;
    }

    private static String describe(Seq<FileFault> faults) {
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("an input with faults has at least one");
        }
        String list = faults.take(MESSAGE_LIMIT).map(FileFault::message).mkString("\n");
        String more = faults.size() > MESSAGE_LIMIT ? "\n... and " + (faults.size() - MESSAGE_LIMIT) + " more" : "";
        return faults.size() + (faults.size() == 1 ? " fault:\n" : " faults:\n") + list + more;
    }

    /** Every fault, in the order found. */
    public Seq<FileFault> faults() {
        return faults;
    }
}
