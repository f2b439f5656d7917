/** Rows → the shared event, sign-up and attendee shapes. Sealed fields are opened here, for the ones allowed. */
import { distanceMetres } from '../../../../shared/domain/geo';
import { maskMobile } from '../../../../shared/domain/identity';
import type { TAttendee, TEvent } from '../../../../shared/schemas/events';
import type { FieldCipher } from '../../lib/crypto';
import type { EventView } from './events.repo';
import type { SignupRow } from './signups.repo';

export function toEvent(v: EventView, here?: { lat: number; lng: number }): TEvent {
  const e = v.event;
  const located = v.venueLat !== null && v.venueLng !== null;
  return {
    id: e.id,
    code: e.code,
    theme: e.theme,
    springMonth: e.springMonth,
    department: e.departmentId ? { id: e.departmentId, name: v.departmentName ?? '' } : null,
    publisherPoint: e.ownerPointId ? { id: e.ownerPointId, name: v.ownerPointName ?? '' } : null,
    place: {
      pointId: e.venuePointId,
      name: e.venuePointId ? (v.venueName ?? '') : (e.address ?? ''),
      address: e.venuePointId ? v.venueAddress : e.address,
      lat: v.venueLat,
      lng: v.venueLng,
    },
    streetCode: e.streetCode,
    streetName: v.streetName,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    capacity: e.capacity,
    confirmed: v.confirmed,
    waitlisted: v.waitlisted,
    placesLeft: Math.max(0, e.capacity - v.confirmed),
    audience: e.audience,
    description: e.description,
    status: e.status,
    distanceMetres: here && located ? Math.round(distanceMetres(here, { lat: v.venueLat!, lng: v.venueLng! })) : null,
  };
}

export function toAttendee(
  r: { signup: SignupRow; waitPosition: number | null; displayName: string; userPhoneEnc: string | null },
  cipher: FieldCipher,
): TAttendee {
  const s = r.signup;
  const phoneEnc = s.forRelative ? s.relativePhoneEnc : r.userPhoneEnc;
  return {
    id: s.id,
    status: s.status,
    name: s.relativeNameEnc ? cipher.decrypt(s.relativeNameEnc) : r.displayName,
    phoneMasked: phoneEnc ? maskMobile(cipher.decrypt(phoneEnc)) : null,
    forRelative: s.forRelative,
    waitPosition: r.waitPosition,
    checkedInAt: s.checkedInAt ? s.checkedInAt.toISOString() : null,
  };
}
