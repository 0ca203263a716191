package uk.practicecheck.authoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureLoader;
import uk.practicecheck.fixtures.InvalidFixtureException;

/** The fixtures beside a rule, for showing and documenting it; unreadable ones are left to {@code rules lint}. */
public final class RuleFixtures {
    private RuleFixtures() {
    }

    /** The readable fixtures of a rule, in file order; none for a rule bundled in the jar. */
    public static List<Fixture> of(RuleInfo rule) throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        for (Path json : FixtureLoader.fixtureFiles(FixtureLoader.fixtureFolderOf(Path.of(rule.file())))) {
            try {
                fixtures.add(FixtureLoader.load(json));
            } catch (InvalidFixtureException e) {
                // reported by rules lint and rules test; a catalogue shows what can be read
            }
        }
        return fixtures;
    }
}
