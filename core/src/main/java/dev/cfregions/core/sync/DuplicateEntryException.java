package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;

/**
 * A desired set lists one IP twice: two spellings of one address, or one address with two
 * targets. The message names both entries, such as
 * {@code Invalid desired.csv:7 ip "2001:DB8::1": same IP as desired.csv:3 ip "2001:db8::1" (both are 2001:db8::1); list each IP once}.
 */
public class DuplicateEntryException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** Where the IP was listed first. */
    private final String firstEntry;
    /** Where it was listed again. */
    private final String secondEntry;

    /**
     * @param firstEntry where the IP was listed first, such as {@code desired.csv:3}
     * @param firstSpelling the IP as written there
     * @param secondEntry where it was listed again
     * @param secondSpelling the IP as written there
     * @param reason how the two entries collide
     */
    public DuplicateEntryException(String firstEntry, String firstSpelling, String secondEntry, String secondSpelling,
            String reason) {
        super(secondEntry + " ip", secondSpelling, reason);
        this.firstEntry = firstEntry;
        this.secondEntry = secondEntry;
    }

    /**
     * Where the IP was listed first.
     *
     * @return the entry's name, such as {@code desired.csv:3} or {@code entries[0]}
     */
    public String firstEntry() {
        return firstEntry;
    }

    /**
     * Where the IP was listed again.
     *
     * @return the entry's name
     */
    public String secondEntry() {
        return secondEntry;
    }
}
