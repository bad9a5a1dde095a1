/** Invitations to join a workspace (pure): their states and how long one stays open. */

export const invitationStatuses = ['pending', 'accepted', 'declined', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** An unanswered invitation lapses after two weeks. */
export const invitationTtlMs = 14 * 86_400_000;

export function isInvitationStatus(value: string): value is InvitationStatus {
  return (invitationStatuses as readonly string[]).includes(value);
}

/** The status as of `now`: a pending invitation past its expiry reads as expired. */
export function invitationStatusAt(stored: InvitationStatus, expiresAt: number, now: number): InvitationStatus {
  return stored === 'pending' && expiresAt <= now ? 'expired' : stored;
}
