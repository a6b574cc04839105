package dev.cadenza.testing.contract;

import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.port.out.TransactionRunner;

/**
 * The ratings context's outgoing ports of one adapter, with the catalog stores they refer to (an
 * adapter may insist that rated items exist), over empty storage. The song and album stores order
 * {@code rating} and {@code likes} by {@code stats}.
 */
public record RatingStores(SongRepository songs, AlbumRepository albums, RatingRepository ratings,
                           LikeRepository likes, ItemStatsRepository stats, TransactionRunner tx) {
}
