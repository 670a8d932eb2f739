package com.escalationdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.shared.Boundary;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a session keeps moves to the other server when two share their sessions (the web module is
 * distributable). A session- or view-scoped bean that holds something not serializable is dropped
 * from the shared session whole ("Cannot serialize session attribute ...activeViewMaps"), and the
 * other server then answers the page's next action with an empty bean: a note added on a ticket page
 * sent to the other server was silently not added. So every field of such a bean must be
 * serializable all the way down, the records it holds and theirs included. Beans injected into it
 * and the services' boundaries it is handed are the container's serializable references.
 */
class SessionStateIsSerializableTest {

    private static final List<Class<?>> KEPT_IN_THE_SESSION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.escalationdesk").stream()
            .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
            .map(JavaClass::reflect).toList();

    @Test
    void everythingASessionOrViewScopedBeanHoldsIsSerializable() {
        List<String> notSerializable = new ArrayList<>();
        for (Class<?> bean : KEPT_IN_THE_SESSION) {
            checkFieldsOf(bean, bean.getSimpleName(), notSerializable, new HashSet<>());
        }
        assertThat(notSerializable).isEmpty();
    }

    @Test
    void theCheckSeesThePageBeans() {
        // a check over beans it cannot see would pass for nothing
        assertThat(KEPT_IN_THE_SESSION).extracting(Class::getSimpleName).contains("TicketView", "QueueView", "StatusPageBean");
    }

    private static void checkFieldsOf(Class<?> type, String path, List<String> notSerializable, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getName().startsWith("java.") || c.getName().startsWith("org.primefaces.")) {
                return;
            }
            // what a library's class holds for us, e.g. the rows a LazyDataModel<TicketSummary> keeps
            if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
                for (Type argument : parent.getActualTypeArguments()) {
                    check(argument, path + "<>", notSerializable, seen);
                }
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), notSerializable, seen);
            }
        }
    }

    private static void check(Type type, String path, List<String> notSerializable, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, notSerializable, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "[]", notSerializable, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, notSerializable, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", notSerializable, seen);
        } else if (type instanceof Class<?> c && !(type instanceof TypeVariable<?>)) {
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]", notSerializable, seen);
            } else if (c.isPrimitive() || c.isEnum() || c == Object.class || c.isAnnotationPresent(Boundary.class)
                    || c == List.class || c == Set.class || c == Map.class || c == Collection.class) {
                // the collection interfaces: what they hold is checked through their type arguments
                return;
            } else if (!Serializable.class.isAssignableFrom(c)) {
                notSerializable.add(path + ": " + c.getName());
            } else {
                checkFieldsOf(c, path, notSerializable, seen);
            }
        }
    }
}
