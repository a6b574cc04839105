package dev.cadenza.testing.contract;

import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.TransactionRunner;

/** The catalog's outgoing ports of one adapter, over empty storage. */
public record CatalogStores(SongRepository songs, AlbumRepository albums, TransactionRunner tx) {
}
