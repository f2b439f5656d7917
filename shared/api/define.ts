import type { z } from 'zod';
import type { Role } from '../domain/roles';

/** 'public': no session; 'user': any logged-in user; a role list: one of those memberships. */
export type Access = 'public' | 'user' | readonly Role[];

export type EndpointDef = {
  access: Access;
  summary: string;
  tag: string;
  input: z.ZodType;
  output: z.ZodType;
};

/** Declares one endpoint, keeping its literal access rule and schema types. */
export const def = <A extends Access, I extends z.ZodType, O extends z.ZodType>(d: {
  access: A;
  summary: string;
  tag: string;
  input: I;
  output: O;
}) => d;
