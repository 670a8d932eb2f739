package com.escalationdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.escalationdesk.shared.Boundary;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

/** What makes a boundary, checked on the services' classes without a container. */
class BoundariesTest {

    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.escalationdesk");

    @Test
    void aBoundaryIsAStatelessBean() {
        classes().that().areAnnotatedWith(Boundary.class).should().beAnnotatedWith(Stateless.class)
                .allowEmptyShould(false).check(SERVICES);
    }

    @Test
    void everyPublicOperationOfABoundarySaysWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Boundary.class).and().arePublic()
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PermitAll.class)
                .check(SERVICES);
    }
}
