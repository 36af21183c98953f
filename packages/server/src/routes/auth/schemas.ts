import { permissions } from '@callqa/core';
import { z } from 'zod';
import { UserSchema } from '../users/schemas.js';

export const LoginBodySchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const MeSchema = UserSchema.pick({
  id: true,
  username: true,
  displayName: true,
  role: true,
  agentId: true,
  teams: true,
}).extend({ permissions: z.array(z.enum(permissions)) });
export type Me = z.infer<typeof MeSchema>;
