import { permissions, roles } from '@callqa/core';
import { z } from 'zod';

export const LoginBodySchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const MeSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  agentId: z.string().optional(),
  teams: z.array(z.string()),
  permissions: z.array(z.enum(permissions)),
});
export type Me = z.infer<typeof MeSchema>;
