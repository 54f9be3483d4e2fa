package org.entente.relations.access;

import org.entente.testinfra.EntenteInfrastructure;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link SecurityHeadersTest}, against the packaged jar in its production profile. */
@QuarkusIntegrationTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersIT extends SecurityHeadersTest {
}
