package dev.protovet.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"protovet " + (version == null ? "development" : version)};
    }
}
