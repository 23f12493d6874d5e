// The client the tests use: the real AWS SDK v3, pointed at a running silo (COGNITO_ENDPOINT, default: `dotnet run`'s).
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

export const endpoint = process.env.COGNITO_ENDPOINT ?? 'http://127.0.0.1:9229';
export const region = 'us-east-1';

// The silo's local default admin key (AdminCredentials__AccessKeyId / __SecretAccessKey).
export const adminCredentials = {
  accessKeyId: process.env.COGNITO_ADMIN_ACCESS_KEY_ID ?? 'AKIALOCALADMIN000000',
  secretAccessKey: process.env.COGNITO_ADMIN_SECRET_ACCESS_KEY ?? 'local-admin-secret-change-me',
};

/** A client signing with the admin key, or with the given credentials. */
export function cognitoClient(credentials = adminCredentials, extra = {}) {
  return new CognitoIdentityProviderClient({ endpoint, region, credentials, maxAttempts: 1, ...extra });
}

/** A client whose requests carry no signature at all (no Authorization header). */
export function unsignedClient() {
  return cognitoClient(adminCredentials, { signer: { sign: async (request) => request } });
}

/** A pool name no other run or test shares. */
export function uniqueName(prefix) {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Runs `action` and returns the error it rejects with; fails if it resolves. */
export async function rejectionOf(action) {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
