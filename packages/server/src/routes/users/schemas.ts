import { roles } from '@callqa/core';
import { z } from 'zod';

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  agentId: z.string().optional(),
  teams: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.number(),
});

const username = z.string().regex(/^[A-Za-z0-9._-]{2,64}$/, 'letters, digits, . _ - (2 to 64)');

export const CreateUserBodySchema = z.object({
  username,
  displayName: z.string().min(1).max(100).optional(),
  role: z.enum(roles),
  agentId: z
    .string()
    .min(1)
    .optional()
    .describe('The agent id on calls (坐席工号); needed for the agent role.'),
  teams: z.array(z.string().min(1)).default([]).describe('ACD groups a team lead leads.'),
  password: z.string(),
});

export const UpdateUserBodySchema = z.object({
  displayName: z.string().min(1).max(100).optional(),
  role: z.enum(roles).optional(),
  agentId: z.string().min(1).nullable().optional(),
  teams: z.array(z.string().min(1)).optional(),
  disabled: z.boolean().optional(),
  password: z.string().optional(),
  reason: z.string().max(500).optional().describe('Why, for the audit log.'),
});

export const UserParamsSchema = z.object({ id: z.coerce.number().int().positive() });
