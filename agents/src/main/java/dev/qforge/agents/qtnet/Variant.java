package dev.qforge.agents.qtnet;

import java.util.Locale;

/**
 * The ablation's agents, each adding one of iRDPG's imitation parts to the previous: plain RDPG; + the
 * demonstration buffer (Dual Thrust trades in a separate prioritised replay mixed into every batch); + behaviour
 * cloning towards the hindsight expert on every sampled step (actor loss 0.7 RL + 0.3 BC); the full agent adds the
 * Q-filter (cloning only where the critic rates the expert's action above the actor's).
 */
public enum Variant {
    RDPG("rdpg", false, false, false),
    DEMO("rdpg+demo", true, false, false),
    BC("rdpg+demo+bc", true, true, false),
    FULL("qtnet", true, true, true);

    private final String label;
    public final boolean demoBuffer;
    public final boolean cloning;
    public final boolean qFilter;

    Variant(String label, boolean demoBuffer, boolean cloning, boolean qFilter) {
        this.label = label;
        this.demoBuffer = demoBuffer;
        this.cloning = cloning;
        this.qFilter = qFilter;
    }

    public String label() {
        return label;
    }

    public static Variant parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        for (Variant v : values()) if (v.label.equals(k) || v.name().toLowerCase(Locale.ROOT).equals(k)) return v;
        throw new IllegalArgumentException("unknown QTNet variant '" + s + "': use rdpg, demo, bc or full (qtnet)");
    }
}
