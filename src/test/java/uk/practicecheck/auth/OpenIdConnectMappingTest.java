package uk.practicecheck.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping file from the identity provider's claim values to roles and teams: read, or refused in a sentence. */
class OpenIdConnectMappingTest {
    @TempDir
    Path folder;

    @Test
    void aMappingFileGivesEachRoleAndTeamItsValues() throws Exception {
        Path file = folder.resolve("mapping.json");
        Files.writeString(file, "{\"roles\": {\"qa\": [\"g-1\"]}, \"teams\": {\"Team A\": [\"g-2\", \"g-3\"]}}");
        OpenIdConnect.Mapping mapping = OpenIdConnect.Mapping.read(file);
        assertEquals(Map.of("qa", List.of("g-1")), mapping.roles());
        assertEquals(Map.of("Team A", List.of("g-2", "g-3")), mapping.teams());
    }

    @Test
    void aRoleWordPracticeCheckDoesNotKnowOrAnUnknownKeyIsRefused() throws Exception {
        Path role = folder.resolve("role.json");
        Files.writeString(role, "{\"roles\": {\"superuser\": [\"g-1\"]}}");
        SignInSetupException wrongRole = assertThrows(SignInSetupException.class, () -> OpenIdConnect.Mapping.read(role));
        assertTrue(wrongRole.getMessage().contains("names the role 'superuser', which is not one of"),
                wrongRole.getMessage());

        Path typo = folder.resolve("typo.json");
        Files.writeString(typo, "{\"role\": {\"qa\": [\"g-1\"]}}");
        SignInSetupException unknown = assertThrows(SignInSetupException.class, () -> OpenIdConnect.Mapping.read(typo));
        assertTrue(unknown.getMessage().contains("is not in the documented form"), unknown.getMessage());

        SignInSetupException missing = assertThrows(SignInSetupException.class,
                () -> OpenIdConnect.Mapping.read(folder.resolve("none.json")));
        assertTrue(missing.getMessage().contains("could not be read"), missing.getMessage());
    }
}
