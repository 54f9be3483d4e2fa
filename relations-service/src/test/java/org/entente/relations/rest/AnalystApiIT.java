package org.entente.relations.rest;

import org.entente.testinfra.EntenteInfrastructure;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link AnalystApiTest}, against the packaged jar in its production profile. */
@QuarkusIntegrationTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AnalystApiIT extends AnalystApiTest {
}
