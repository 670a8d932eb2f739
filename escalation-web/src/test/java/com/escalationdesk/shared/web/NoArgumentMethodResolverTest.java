package com.escalationdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoArgumentMethodResolverTest {

    public record Ticket(String number, int reopenCount) {
        public String shout() {
            throw new IllegalStateException("refused");
        }
    }

    public enum Tone {
        CALM {
            @Override
            public String label() {
                return "Calm";
            }
        };

        public abstract String label();
    }

    private final NoArgumentMethodResolver resolver = new NoArgumentMethodResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void aRecordsAccessorIsCalledAndTheCallMarkedResolved() {
        Object number = resolver.invoke(context, new Ticket("ESC-1", 2), "number", new Class<?>[0], new Object[0]);

        assertThat(number).isEqualTo("ESC-1");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.invoke(context, new Ticket("ESC-1", 2), "reopenCount", null, null)).isEqualTo(2);
    }

    @Test
    void aMethodOfAnEnumConstantWithABodyIsCalledThroughItsPublicType() {
        assertThat(resolver.invoke(context, Tone.CALM, "label", new Class<?>[0], new Object[0])).isEqualTo("Calm");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void callsWithArgumentsUnknownNamesAndUnreachableClassesAreLeftToTheStandardResolvers() {
        assertThat(resolver.invoke(context, "abc", "charAt", new Class<?>[] {int.class}, new Object[] {1})).isNull();
        assertThat(resolver.invoke(context, new Ticket("ESC-1", 0), "missing", new Class<?>[0], new Object[0])).isNull();
        assertThat(resolver.invoke(context, "abc", "valueOf", new Class<?>[0], new Object[0])).isNull();
        assertThat(resolver.invoke(context, null, "size", new Class<?>[0], new Object[0])).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aMethodOfAClassThatIsNotPublicIsCalledThroughItsPublicSuperclass() {
        assertThat(resolver.invoke(context, List.of(1, 2), "size", new Class<?>[0], new Object[0])).isEqualTo(2);
    }

    @Test
    void whatTheMethodThrowsReachesThePageAsTheCauseOfAnElException() {
        assertThatThrownBy(() -> resolver.invoke(context, new Ticket("ESC-1", 0), "shout", new Class<?>[0], new Object[0]))
                .isInstanceOf(ELException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("refused");
    }
}
