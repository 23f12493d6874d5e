// Remembered devices and TOTP MFA with amazon-cognito-identity-js and otplib: a device confirmed after a sign-in
// proves its own SRP secret next time and skips the authenticator code; a new device does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  ForgetDeviceCommand,
  ListDevicesCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { generateSync } from 'otplib';
import { cognitoClient, endpoint, uniqueName } from './support/cognito.mjs';
import { createClient, createPool } from './support/flows.mjs';

const admin = cognitoClient();
const password = 'Dev1ce-Passw0rd!';

/** What one phone keeps between app launches: the library stores device keys and tokens here. */
function phoneStorage() {
  const items = new Map();
  return {
    setItem: (k, v) => items.set(k, v),
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => items.delete(k),
    clear: () => items.clear(),
  };
}

function signIn(pool, username, { totpSecret } = {}) {
  const user = new CognitoUser({ Username: username, Pool: pool, Storage: pool.storage });
  const steps = [];
  return new Promise((resolve, reject) => {
    const callbacks = {
      onSuccess: (session) => resolve({ session, steps }),
      onFailure: reject,
      totpRequired: (challenge) => {
        steps.push(challenge);
        if (!totpSecret) return reject(new Error('unexpected TOTP challenge'));
        // One step ahead: within the allowed drift, and never a step already used.
        user.sendMFACode(generateSync({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) + 30 }), callbacks, 'SOFTWARE_TOKEN_MFA');
      },
      mfaRequired: () => reject(new Error('unexpected SMS challenge')),
      newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
    };
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
  });
}

test('a remembered device skips TOTP; a new device is asked for the code; a forgotten one is asked again', async (t) => {
  const { Id: poolId } = await createPool(t, admin, {
    PoolName: uniqueName('devices'),
    DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
  });
  await admin.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } }));
  const { ClientId: clientId } = await createClient(admin, poolId, { ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  await admin.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'dana', MessageAction: 'SUPPRESS' }));
  await admin.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'dana', Password: password, Permanent: true }));

  const phone = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint, Storage: phoneStorage() });
  const first = await signIn(phone, 'dana');
  const access = first.session.getAccessToken().getJwtToken();

  // The library confirmed the device it was offered; the user now turns on an authenticator app.
  const { SecretCode } = await admin.send(new AssociateSoftwareTokenCommand({ AccessToken: access }));
  const verified = await admin.send(new VerifySoftwareTokenCommand({ AccessToken: access, UserCode: generateSync({ secret: SecretCode }) }));
  assert.equal(verified.Status, 'SUCCESS');
  await admin.send(new SetUserMFAPreferenceCommand({ AccessToken: access, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
  const { Devices } = await admin.send(new ListDevicesCommand({ AccessToken: access }));
  assert.equal(Devices.length, 1);
  assert.ok(Devices[0].DeviceAttributes.some((a) => a.Name === 'dev:device_remembered_status' && a.Value === 'remembered'));

  const again = await signIn(phone, 'dana');
  assert.deepEqual(again.steps, [], 'the remembered device must not be asked for a TOTP code');

  const laptop = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint, Storage: phoneStorage() });
  const fresh = await signIn(laptop, 'dana', { totpSecret: SecretCode });
  assert.equal(fresh.steps.length, 1, 'a new device must answer the TOTP challenge');

  await admin.send(new ForgetDeviceCommand({ AccessToken: again.session.getAccessToken().getJwtToken(), DeviceKey: Devices[0].DeviceKey }));
  await assert.rejects(signIn(phone, 'dana'), /unexpected TOTP challenge/);
});
