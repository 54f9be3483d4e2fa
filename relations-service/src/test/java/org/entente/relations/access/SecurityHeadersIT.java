package org.entente.relations.access;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.entente.testinfra.EntenteInfrastructure;

/** The same checks as {@link SecurityHeadersTest}, against the packaged jar in its production profile. */
@QuarkusIntegrationTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersIT extends SecurityHeadersTest {
}
