package nl.welfare.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the command line: the version of the jar it runs from. */
public final class Version implements IVersionProvider {

    /** Called by picocli. */
    public Version() {}

    @Override
    public String[] getVersion() {
        String version = Welfare.class.getPackage().getImplementationVersion();
        return new String[] {"welfare " + (version == null ? "(development build)" : version)};
    }
}
