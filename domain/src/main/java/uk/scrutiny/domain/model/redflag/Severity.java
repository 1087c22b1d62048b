package uk.scrutiny.domain.model.redflag;

/** How serious the member who raised a red flag judges it, for the order of triage. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
