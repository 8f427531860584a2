package dev.qforge.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest when packaged, "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"qforge " + (v == null ? "development" : v) + " (Java " + Runtime.version() + ")"};
    }
}
