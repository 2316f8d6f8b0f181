package io.kinrealm.application.chat.port.in;

import java.util.List;

/**
 * A gateway node backfills a sequenced channel it already serves: the stored messages after the last one it
 * delivered, oldest first. Used when the event bus skipped a sequence number or dropped its link. No access check:
 * the node only asks for channels whose members it has already admitted.
 */
public interface ReplayChannelUseCase {

    List<ChatMessageView> replay(String channel, long afterSeq, int limit);
}
