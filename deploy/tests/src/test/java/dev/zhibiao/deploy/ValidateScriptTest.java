package dev.zhibiao.deploy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy/validate.sh passes: every overlay renders and every manifest is valid against the Kubernetes and CRD
 * schemas, and the AsyncAPI document is valid against the AsyncAPI specification.
 */
class ValidateScriptTest {
    @Test
    void manifestsAndAsyncApiDocumentValidate() {
        for (String tool : new String[]{"kubectl", "node", "npm"}) {
            assumeTrue(Tools.installed(tool), tool + " is not installed: schema validation of the deployment skipped");
        }
        Command validation = Command.run(Repository.root(), 300, "bash", "deploy/validate.sh");
        assertEquals(0, validation.exitCode(), validation.output());
        assertTrue(validation.output().contains(" 0 invalid"), validation.output());
        assertTrue(validation.output().contains("AsyncAPI 3.0.0, 0 problems"), validation.output());
    }
}
