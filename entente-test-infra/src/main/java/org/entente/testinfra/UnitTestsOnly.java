package org.entente.testinfra;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fast local loop ({@code ./mvnw -o -Punit test}, README): with {@code entente.unit-tests-only=true}
 * a test class that boots Quarkus (and with it a broker and a database) is left out, so only plain-Java
 * tests run. Found by JUnit's extension auto-detection, which only the {@code unit} profile turns on;
 * without the property it disables nothing.
 */
public final class UnitTestsOnly implements ExecutionCondition {

    public static final String PROPERTY = "entente.unit-tests-only";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return ConditionEvaluationResult.enabled("all tests");
        }
        return context.getTestClass().filter(UnitTestsOnly::bootsQuarkus)
                .map(c -> ConditionEvaluationResult.disabled("boots Quarkus: not a unit test (" + PROPERTY + ")"))
                .orElseGet(() -> ConditionEvaluationResult.enabled("plain Java"));
    }

    /** {@code @QuarkusTest}, {@code @QuarkusIntegrationTest}, {@code @QuarkusMainTest}, on the class or its outer class. */
    static boolean bootsQuarkus(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (Arrays.stream(c.getAnnotations()).map(Annotation::annotationType).map(Class::getName)
                    .anyMatch(name -> name.startsWith("io.quarkus.test.junit.Quarkus"))) {
                return true;
            }
        }
        return false;
    }
}
