package uk.practicecheck.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PracticeCheck.class.getPackage().getImplementationVersion();
        return new String[] {"practice-check " + (version == null ? "development" : version)};
    }
}
