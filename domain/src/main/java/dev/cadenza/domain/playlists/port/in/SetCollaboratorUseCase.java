package dev.cadenza.domain.playlists.port.in;

/**
 * Adds a collaborator or changes their role; the owner only. Setting the role a collaborator has
 * already changes nothing. The user must exist and may not be the owner.
 */
public interface SetCollaboratorUseCase {
  CollaboratorChange setCollaborator(SetCollaboratorCommand command);
}
