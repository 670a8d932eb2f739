package com.escalationdesk.exacerbation;

/** Why a case was made worse, as the manager's review finds it. */
public enum RootCause {
    TRAINING("Training"),
    PROCESS_OR_POLICY("Process or policy"),
    KNOWLEDGE_GAP("Knowledge gap"),
    STAFFING("Staffing"),
    PRODUCT_DEFECT("Product defect"),
    CUSTOMER_EXPECTATION("Customer expectation");

    private final String label;

    RootCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
