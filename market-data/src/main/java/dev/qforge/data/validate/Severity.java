package dev.qforge.data.validate;

/** ERROR problems make a {@link Policy#REJECT} import fail; WARNING problems are reported only. */
public enum Severity { ERROR, WARNING }
