package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.CharacterId;
import java.util.HashSet;
import java.util.Set;

/**
 * The characters a family has let in: those offered kin access who have not answered yet ({@code invited}) and
 * those who accepted ({@code kin}). A character is in at most one of the two.
 */
public record Kinship(Set<CharacterId> invited, Set<CharacterId> kin) {
    public Kinship {
        invited = Set.copyOf(invited);
        kin = Set.copyOf(kin);
        if (invited.stream().anyMatch(kin::contains)) {
            throw new IllegalArgumentException("a character is either invited or kin, not both");
        }
    }

    /** No one let in: how every family starts. */
    public static Kinship none() {
        return new Kinship(Set.of(), Set.of());
    }

    /** Invited and accepted together: what counts against the kin limit. */
    public int size() {
        return invited.size() + kin.size();
    }

    public boolean includes(CharacterId character) {
        return invited.contains(character) || kin.contains(character);
    }

    Kinship inviting(CharacterId character) {
        Set<CharacterId> more = new HashSet<>(invited);
        more.add(character);
        return new Kinship(more, kin);
    }

    Kinship accepting(CharacterId character) {
        Set<CharacterId> fewer = new HashSet<>(invited);
        fewer.remove(character);
        Set<CharacterId> more = new HashSet<>(kin);
        more.add(character);
        return new Kinship(fewer, more);
    }

    Kinship without(CharacterId character) {
        Set<CharacterId> fewerInvited = new HashSet<>(invited);
        fewerInvited.remove(character);
        Set<CharacterId> fewerKin = new HashSet<>(kin);
        fewerKin.remove(character);
        return new Kinship(fewerInvited, fewerKin);
    }
}
