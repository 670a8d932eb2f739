package com.escalationdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.escalationdesk.shared.Boundary;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import org.junit.jupiter.api.Test;

/**
 * The screens and the API reach the services only through their boundaries: no page bean, resource
 * or filter may use a helper of the services (e.g. TicketLookup, which returns any ticket without the
 * access check), though records, enums and exceptions of the services are theirs to use.
 */
class WebReachesOnlyBoundariesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.escalationdesk");

    private static final DescribedPredicate<JavaClass> IN_THE_WEB_MODULE = inModule("escalation-web");

    private static final DescribedPredicate<JavaClass> A_HELPER_OF_THE_SERVICES =
            DescribedPredicate.describe("a bean of the services that is not a @Boundary", c -> inModule("escalation-ejb").test(c)
                    && (c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class) || c.isAnnotatedWith(Stateful.class)
                            || c.isAnnotatedWith(ApplicationScoped.class) || c.isAnnotatedWith(RequestScoped.class)
                            || c.isAnnotatedWith(Dependent.class))
                    && !c.isAnnotatedWith(Boundary.class));

    @Test
    void theWebModuleUsesNoHelperOfTheServices() {
        noClasses().that(IN_THE_WEB_MODULE).should().dependOnClassesThat(A_HELPER_OF_THE_SERVICES).check(ALL);
    }

    @Test
    void theRuleSeesBothModules() {
        // a rule over classes it cannot see would pass for nothing
        org.assertj.core.api.Assertions.assertThat(ALL.stream().filter(IN_THE_WEB_MODULE)).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(ALL.stream().filter(A_HELPER_OF_THE_SERVICES))
                .extracting(JavaClass::getSimpleName).contains("TicketLookup", "Notifier", "SlaClocks");
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, c -> c.getSource()
                .map(s -> s.getUri().toString().contains("/" + module + "/")).orElse(false));
    }
}
