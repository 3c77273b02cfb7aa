package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RangeLookup} says of one IP: a closed set of answers. Only a {@link Match} maps the
 * IP; every other answer says why not, in {@link #describe()}. Answers carry no IP, so the lookup
 * returns shared, pre-built instances; pair an answer with the IP that was looked up through
 * {@link #mapping(OriginIp)}, which keeps that IP exactly as given (an IPv4-mapped
 * {@code ::ffff:192.0.2.1} stays IPv6, never unmapped). Immutable.
 */
public sealed interface RangeAnswer
        permits RangeAnswer.Match, RangeAnswer.NoRegion, RangeAnswer.Conflict, RangeAnswer.NoMatch,
        RangeAnswer.Unsupported {

    /**
     * Why this answer, in a few words fit for a message about the IP, such as
     * {@code aws us-east-1 (3.5.0.0/19)} or {@code no published range contains it}.
     *
     * @return the description
     */
    String describe();

    /**
     * The longest loaded prefix that contains the IP, whatever it says.
     *
     * @return the prefix; empty for {@link NoMatch}
     */
    Optional<IpPrefix> longestPrefix();

    /**
     * The mapping this answer gives {@code ip}, if it is a {@link Match}.
     *
     * @param ip the IP that was looked up; it becomes the mapping's IP unchanged
     * @return the mapping of a match; empty for every other answer
     */
    default Optional<Mapping> mapping(OriginIp ip) {
        Objects.requireNonNull(ip, "ip");
        return Optional.empty();
    }

    /**
     * The longest published prefix containing the IP names one vendor and region.
     *
     * @param vendor the vendor
     * @param region the region, in Cloudflare's spelling
     * @param prefix the longest matching prefix
     */
    record Match(Vendor vendor, String region, IpPrefix prefix) implements RangeAnswer {
        /**
         * Checks the components.
         *
         * @param vendor the vendor
         * @param region the region
         * @param prefix the prefix
         * @throws NullPointerException if one is null
         */
        public Match {
            Objects.requireNonNull(vendor, "vendor");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public Optional<IpPrefix> longestPrefix() {
            return Optional.of(prefix);
        }

        @Override
        public String describe() {
            return vendor + " " + region + " (" + prefix + ")";
        }

        @Override
        public Optional<Mapping> mapping(OriginIp ip) {
            return Optional.of(Mapping.of(ip, vendor, region));
        }
    }

    /**
     * The longest published prefix containing the IP is one the vendor publishes as global
     * (AWS {@code GLOBAL}, Google {@code global}): the IP is the vendor's, but in no region.
     *
     * @param vendor the vendor
     * @param prefix the longest matching prefix
     */
    record NoRegion(Vendor vendor, IpPrefix prefix) implements RangeAnswer {
        /**
         * Checks the components.
         *
         * @param vendor the vendor
         * @param prefix the prefix
         * @throws NullPointerException if one is null
         */
        public NoRegion {
            Objects.requireNonNull(vendor, "vendor");
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public Optional<IpPrefix> longestPrefix() {
            return Optional.of(prefix);
        }

        @Override
        public String describe() {
            return "in " + vendor + "'s global range " + prefix + ", which names no region";
        }
    }

    /**
     * The longest published prefix containing the IP is listed with two or more different
     * (vendor, region) answers, by different vendors or by one. Reported, never guessed.
     *
     * @param prefix the longest matching prefix
     * @param candidates the distinct entries listing it, sorted by vendor then region (global first)
     */
    record Conflict(IpPrefix prefix, List<RangeEntry> candidates) implements RangeAnswer {
        /**
         * Checks and copies the components.
         *
         * @param prefix the prefix
         * @param candidates at least two entries, all of {@code prefix}
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if there are fewer than two candidates or one is of another prefix
         */
        public Conflict {
            Objects.requireNonNull(prefix, "prefix");
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("a conflict needs two candidates, got " + candidates);
            }
            for (RangeEntry e : candidates) {
                if (!e.prefix().equals(prefix)) {
                    throw new IllegalArgumentException("candidate " + e + " is not of " + prefix);
                }
            }
        }

        @Override
        public Optional<IpPrefix> longestPrefix() {
            return Optional.of(prefix);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("conflict: ").append(prefix).append(" is listed as ");
            for (int i = 0; i < candidates.size(); i++) {
                RangeEntry e = candidates.get(i);
                sb.append(i == 0 ? "" : i == candidates.size() - 1 ? " and " : ", ")
                        .append(e.vendor()).append(' ').append(e.isGlobal() ? "(global)" : e.region());
            }
            return sb.toString();
        }
    }

    /** No loaded prefix contains the IP. */
    record NoMatch() implements RangeAnswer {
        @Override
        public Optional<IpPrefix> longestPrefix() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "no published range contains it";
        }
    }

    /**
     * The IP matched a vendor and region that the zone's supported regions do not list. Only
     * {@link RangeLookup#lookup(OriginIp, SupportedRegions)} gives it: the region is reported, not
     * mapped to a near one.
     *
     * @param match what the ranges said: vendor, region and prefix
     */
    record Unsupported(Match match) implements RangeAnswer {
        /**
         * Checks the component.
         *
         * @param match the match
         * @throws NullPointerException if it is null
         */
        public Unsupported {
            Objects.requireNonNull(match, "match");
        }

        @Override
        public Optional<IpPrefix> longestPrefix() {
            return match.longestPrefix();
        }

        @Override
        public String describe() {
            return match.describe() + " is not among the zone's supported regions";
        }
    }
}
