package com.escalationdesk.approval;

import com.escalationdesk.shared.RuleViolation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount of money in a currency, to the cent. Never a double. */
public record Money(BigDecimal amount, String currency) implements Comparable<Money>, Serializable {

    public Money {
        RuleViolation.require(amount, "The amount");
        if (amount.signum() <= 0) {
            throw new RuleViolation("The amount must be more than zero.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("The amount can have at most two decimals.");
        }
        if (amount.compareTo(new BigDecimal("1000000000")) >= 0) {
            throw new RuleViolation("The amount is too large.");
        }
        currency = RuleViolation.requireText(currency, "The currency", 3).toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(currency + " is not a currency code (e.g. EUR, USD).");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Only amounts in the same currency compare. */
    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }
}
