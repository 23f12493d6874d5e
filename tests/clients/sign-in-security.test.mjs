// Sign-in security through the AWS SDK: a breached password refused at SignUp, lockout after five wrong
// passwords, and an EMAIL_OTP second factor read from the outbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetRiskConfigurationCommand,
  SetUserPoolMfaConfigCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient, rejectionOf, uniqueName } from './support/cognito.mjs';
import { createClient, createPool, nextCode } from './support/flows.mjs';

const admin = cognitoClient();
const password = 'Str0ng-Unique-Pass!';

async function pool(t, extra = {}) {
  const { Id: poolId } = await createPool(t, admin, {
    PoolName: uniqueName('security'),
    Policies: { PasswordPolicy: { MinimumLength: 6, RequireUppercase: false, RequireLowercase: false, RequireNumbers: false, RequireSymbols: false } },
    ...extra,
  });
  const { ClientId: clientId } = await createClient(admin, poolId);
  return { poolId, clientId };
}

async function user(poolId, username, attributes = []) {
  await admin.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS', UserAttributes: attributes }));
  await admin.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
}

const signIn = (clientId, username, secret) => admin.send(new InitiateAuthCommand({
  ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: secret },
}));

test('SignUp with a breached password is refused when the pool blocks compromised credentials', async (t) => {
  const { poolId, clientId } = await pool(t);
  await admin.send(new SetRiskConfigurationCommand({
    UserPoolId: poolId,
    CompromisedCredentialsRiskConfiguration: { EventFilter: ['SIGN_UP'], Actions: { EventAction: 'BLOCK' } },
  }));

  const error = await rejectionOf(() => admin.send(new SignUpCommand({ ClientId: clientId, Username: 'breached', Password: 'password' })));
  assert.equal(error.name, 'InvalidPasswordException');
  assert.equal(error.$metadata.httpStatusCode, 400);
  await admin.send(new SignUpCommand({ ClientId: clientId, Username: 'breached', Password: password }));
});

test('five wrong passwords lock sign-in, even with the right password', async (t) => {
  const { poolId, clientId } = await pool(t);
  await user(poolId, 'locked');
  for (let i = 0; i < 4; i++) {
    assert.equal((await rejectionOf(() => signIn(clientId, 'locked', 'wrong-password'))).message, 'Incorrect username or password.');
  }

  assert.equal((await rejectionOf(() => signIn(clientId, 'locked', 'wrong-password'))).message, 'Password attempts exceeded');
  const locked = await rejectionOf(() => signIn(clientId, 'locked', password));
  assert.equal(locked.name, 'NotAuthorizedException');
  assert.equal(locked.message, 'Password attempts exceeded');
});

test('EMAIL_OTP as a second factor: the code from the outbox completes the sign-in once', async (t) => {
  const { poolId, clientId } = await pool(t);
  await admin.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: { Message: 'Your code: {####}', Subject: 'Sign-in code' } }));
  await user(poolId, 'otp', [{ Name: 'email', Value: 'otp@example.com' }, { Name: 'email_verified', Value: 'true' }]);
  await admin.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'otp', EmailMfaSettings: { Enabled: true, PreferredMfa: true } }));

  const challenge = await signIn(clientId, 'otp', password);
  assert.equal(challenge.ChallengeName, 'EMAIL_OTP');
  assert.equal(challenge.ChallengeParameters.CODE_DELIVERY_DELIVERY_MEDIUM, 'EMAIL');
  const code = await nextCode({ poolId, username: 'otp', purpose: 'Authentication' });
  const respond = () => admin.send(new RespondToAuthChallengeCommand({
    ClientId: clientId, ChallengeName: 'EMAIL_OTP', Session: challenge.Session, ChallengeResponses: { USERNAME: 'otp', EMAIL_OTP_CODE: code },
  }));

  const done = await respond();
  assert.ok(done.AuthenticationResult.AccessToken);
  assert.equal((await rejectionOf(respond)).name, 'ExpiredCodeException');
});
