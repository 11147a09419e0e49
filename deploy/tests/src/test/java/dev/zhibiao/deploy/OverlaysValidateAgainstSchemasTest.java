package dev.zhibiao.deploy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** deploy/validate.sh: every overlay renders and every manifest is valid against the Kubernetes and CRD schemas. */
class OverlaysValidateAgainstSchemasTest {
    @Test
    void everyOverlayValidates() {
        for (String tool : new String[]{"kubectl", "node", "npm"}) {
            assumeTrue(Tools.installed(tool), tool + " is not installed: schema validation of the overlays skipped");
        }
        Command validation = Command.run(Repository.root(), 300, "bash", "deploy/validate.sh");
        assertEquals(0, validation.exitCode(), validation.output());
        assertTrue(validation.output().contains(" 0 invalid"), validation.output());
    }
}
