// Helpers for the end-to-end user flows: pools made and removed per test, the outbox the silo writes codes to,
// SECRET_HASH, and token verification with jose against the pool's JWKS.
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { endpoint } from './cognito.mjs';

// Where the silo writes codes and invitations (Messaging__OutboxPath; by default <Storage__DataPath>/outbox.jsonl).
// test.sh sets COGNITO_OUTBOX; the fallback is `dotnet run`'s ./data, relative to where the tests are started.
export const outboxPath = process.env.COGNITO_OUTBOX ?? resolve('data/outbox.jsonl');

/** Every outbox message so far for this pool, user and purpose, oldest first. */
export async function outboxMessages({ poolId, username, purpose }) {
  let text;
  try {
    text = await readFile(outboxPath, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((m) => m.poolId === poolId && m.username === username && (purpose === undefined || m.purpose === purpose));
}

/**
 * Waits for the message after the first `after` that match (the silo writes before it answers, but a slow disk
 * should not fail a test) and returns it.
 */
export async function nextMessage(filter, after = 0, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await outboxMessages(filter);
    if (messages.length > after) return messages[messages.length - 1];
    if (Date.now() > deadline) {
      throw new Error(`No ${filter.purpose ?? 'message'} for ${filter.username} in ${filter.poolId} in ${outboxPath} `
        + `(found ${messages.length}, waited for more than ${after}). Set COGNITO_OUTBOX to the silo's outbox.`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The six-digit code in the latest matching message after the first `after`. */
export async function nextCode(filter, after = 0) {
  const message = await nextMessage(filter, after);
  const match = /\b(\d{6})\b/.exec(message.body);
  if (!match) throw new Error(`No six-digit code in ${JSON.stringify(message)}`);
  return match[1];
}

/** Cognito's SECRET_HASH: Base64(HMAC-SHA256(key = client secret, message = username + client id)). */
export function secretHash(username, clientId, clientSecret) {
  return createHmac('sha256', clientSecret).update(username + clientId).digest('base64');
}

/** Creates a pool (and optionally clients) that is deleted when the test ends. */
export async function createPool(t, admin, input) {
  const { UserPool } = await admin.send(new CreateUserPoolCommand(input));
  t.after(() => admin.send(new DeleteUserPoolCommand({ UserPoolId: UserPool.Id })).catch(() => {}));
  return UserPool;
}

export async function createClient(admin, poolId, input = {}) {
  const { UserPoolClient } = await admin.send(new CreateUserPoolClientCommand({
    UserPoolId: poolId,
    ClientName: 'app',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    ...input,
  }));
  return UserPoolClient;
}

export const issuerOf = (poolId) => `${endpoint}/${poolId}`;

const jwksByPool = new Map();
/** The pool's JWKS as jose fetches it: GET {endpoint}/{poolId}/.well-known/jwks.json. */
export function jwksOf(poolId) {
  if (!jwksByPool.has(poolId)) {
    jwksByPool.set(poolId, createRemoteJWKSet(new URL(`${issuerOf(poolId)}/.well-known/jwks.json`)));
  }
  return jwksByPool.get(poolId);
}

/** Verifies an ID token's signature, issuer, audience (the app client) and token_use; returns the payload. */
export async function verifyIdToken(token, poolId, clientId) {
  const { payload, protectedHeader } = await jwtVerify(token, jwksOf(poolId), {
    issuer: issuerOf(poolId),
    audience: clientId,
    algorithms: ['RS256', 'ES256'],
    requiredClaims: ['sub', 'exp', 'iat', 'auth_time', 'token_use'],
  });
  if (payload.token_use !== 'id') throw new Error(`token_use is ${payload.token_use}, not id`);
  return { payload, protectedHeader };
}

/** Verifies an access token: signature, issuer, token_use access and client_id (access tokens carry no aud). */
export async function verifyAccessToken(token, poolId, clientId) {
  const { payload, protectedHeader } = await jwtVerify(token, jwksOf(poolId), {
    issuer: issuerOf(poolId),
    algorithms: ['RS256', 'ES256'],
    requiredClaims: ['sub', 'exp', 'iat', 'auth_time', 'token_use', 'client_id', 'username'],
  });
  if (payload.token_use !== 'access') throw new Error(`token_use is ${payload.token_use}, not access`);
  if (payload.client_id !== clientId) throw new Error(`client_id is ${payload.client_id}, not ${clientId}`);
  return { payload, protectedHeader };
}

/** The attributes of a GetUser/AdminGetUser/AdminCreateUser answer as an object. */
export function attributesOf(list) {
  return Object.fromEntries((list ?? []).map((a) => [a.Name, a.Value]));
}
