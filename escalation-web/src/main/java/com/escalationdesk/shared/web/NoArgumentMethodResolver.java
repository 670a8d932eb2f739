package com.escalationdesk.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls of a public method without arguments in the pages' expressions ({@code #{t.number()}}, the
 * way the pages read the services' records), with the method looked up once per class and name.
 * The standard bean resolver searches the class's methods for a match on every call: on the ticket
 * page, with a few hundred such calls, that search alone was about 4% of the server's CPU. Any other
 * call (with arguments, or to a method this cannot reach) is left to the standard resolvers.
 */
public class NoArgumentMethodResolver extends ELResolver {

    private static final Optional<Method> NONE = Optional.empty();

    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || (params != null && params.length > 0)
                || (paramTypes != null && paramTypes.length > 0)) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(method.toString(), name -> lookUp(base.getClass(), name));
        if (found.isEmpty()) {
            return null;
        }
        try {
            Object result = found.get().invoke(base);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * The public method of that name without parameters, as the nearest public class in the type's
     * line declares it (a constant of an enum with a body, or {@code List.of}'s list, is of a class
     * that is not public, and its methods are called through a public supertype); else none.
     */
    static Optional<Method> lookUp(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (!reachable(c)) {
                continue;
            }
            try {
                Method method = c.getMethod(name);
                return reachable(method.getDeclaringClass()) && !Modifier.isStatic(method.getModifiers())
                        ? Optional.of(method) : NONE;
            } catch (NoSuchMethodException e) {
                return NONE;
            }
        }
        return NONE;
    }

    private static boolean reachable(Class<?> c) {
        return Modifier.isPublic(c.getModifiers()) && c.getModule().isExported(c.getPackageName());
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not a property resolver
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
